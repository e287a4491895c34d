"""Sentence segmentation (kg.nlp.sentences): abbreviations, initials, quotes, exact offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from nlp_support import article

from kg.config import CORPUS_DIR
from kg.model import Span
from kg.nlp import sentences
from kg.reader import read_article

BUNDLED = next(CORPUS_DIR.glob("*.txt"))


def _texts(paragraph: str) -> list[str]:
    doc = sentences.annotate(article(paragraph))
    return [s.span.of(doc.text) for s in doc.annotations.sentences]


def test_abbreviations_do_not_end_sentences():
    got = _texts("He spoke in St. Paul, Minnesota, on the U.S. war drive. See vol. 31, pp. 149-50, "
                 "and New International no. 7 for more. V.I. Lenin wrote it in 1920.")
    assert got == ["He spoke in St. Paul, Minnesota, on the U.S. war drive.",
                   "See vol. 31, pp. 149-50, and New International no. 7 for more.",
                   "V.I. Lenin wrote it in 1920."]


def test_abbreviation_that_ends_a_sentence_before_a_sentence_starter():
    got = _texts("The forum was held in Washington, D.C. The title of the talk was long.")
    assert got == ["The forum was held in Washington, D.C.", "The title of the talk was long."]


def test_abbreviation_before_a_name_stays_inside():
    got = _texts("Many went to Washington, D.C. Metro stations on Saturday.")
    assert len(got) == 1


def test_quotations_and_parenthetical_references():
    got = _texts("Lenin emphasized “that we will support them.” (LCW, vol. 31, p. 242.) And so it went. "
                 "“The enemy of my enemy is my friend.” Voila!")
    assert got == ["Lenin emphasized “that we will support them.” (LCW, vol. 31, p. 242.)",
                   "And so it went.", "“The enemy of my enemy is my friend.”", "Voila!"]


def test_a_quotation_closed_after_its_full_stop_and_the_next_one_are_two_sentences():
    got = _texts("She held a placard reading “Free the Dorrow Five.” “Nobody here forgets.” "
                 "He said \"No.\" \"Never.\"")
    assert got == ["She held a placard reading “Free the Dorrow Five.”",
                   "“Nobody here forgets.”", "He said \"No.\"", "\"Never.\""]


def test_sentences_inside_a_parenthesis():
    got = _texts("Israel is at war. (Those who slide far enough want other kids dying to protect their "
                 "privileges. Israel is no exception.) The war goes on.")
    assert got == ["Israel is at war.",
                   "(Those who slide far enough want other kids dying to protect their privileges.",
                   "Israel is no exception.)", "The war goes on."]


def test_a_parenthesis_of_one_sentence_or_a_reference_stays_whole():
    got = _texts("(See “Packinghouse Workers Fight Back,” in Labor Review no. 9, pp. 12-30.) "
                 "(It is not totally dissimilar to what is happening in Washington now.)")
    assert got == ["(See “Packinghouse Workers Fight Back,” in Labor Review no. 9, pp. 12-30.)",
                   "(It is not totally dissimilar to what is happening in Washington now.)"]


def test_offsets_are_exact_and_never_cross_a_prose_span():
    doc = sentences.annotate(article("First one here. Second one here.1", "Third one in a new paragraph.",
                                     notes=("A note. With two sentences.",)))
    prose = doc.prose_spans()
    for s in doc.annotations.sentences:
        text = s.span.of(doc.text)
        assert text == text.strip() and text
        assert any(p.contains(s.span) for p in prose)
    assert [s.span.of(doc.text) for s in doc.annotations.sentences][-2:] == ["A note.", "With two sentences."]


def test_numbered_point_label_is_left_out():
    doc = read_article(BUNDLED)
    sentences.annotate(doc)
    label = doc.points[1].label  # "2)"
    first = next(s for s in doc.annotations.sentences if s.span.begin >= label.begin)
    assert first.span.begin > label.end
    assert first.span.of(doc.text).startswith("The indecision of the Kadima-Labor coalition government")


def test_bundled_article():
    doc = sentences.annotate(read_article(BUNDLED))
    texts = [s.span.of(doc.text) for s in doc.annotations.sentences]
    assert len(texts) > 150
    assert any(t.endswith("Militant Labor Forum in Washington, D.C.") for t in texts)
    assert any(t.startswith("The fighting title of the talk") for t in texts)
    assert any(t.startswith("Lenin’s draft theses") and t.endswith("vol. 31, pp. 149-50.)") for t in texts)
    assert "Moshe Dayan was commander of the Haganah forces" in next(
        t for t in texts if t.startswith("Moshe Dayan"))
    fourth = doc.annotations.sentences[3].span
    assert sentences.sentence_at(doc, fourth.begin) == fourth
    assert sentences.sentence_at(doc, 0) is None  # the masthead is not prose


WORD = st.sampled_from(["workers", "rulers", "the", "war", "Iran", "U.S.", "vol.", "31", "pp.",
                        "St.", "Paul", "no.", "7", "V.I.", "Lenin", "said", "“we", "win,”"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(WORD, min_size=3, max_size=12), min_size=1, max_size=5))
def test_any_paragraph_segments_into_exact_disjoint_spans(sents):
    paragraph = " ".join(" ".join(ws).capitalize() + "." for ws in sents)
    doc = article(paragraph)
    got = [s.span for s in sentences.annotate(doc).annotations.sentences]
    para = doc.paragraphs[0].span
    assert got and all(para.contains(s) for s in got)
    assert all(a.end <= b.begin for a, b in zip(got, got[1:], strict=False))
    # every non-space character of the paragraph is in exactly one sentence
    covered = sum(len(s.of(doc.text).replace(" ", "")) for s in got)
    assert covered == len(para.of(doc.text).replace(" ", ""))
    assert isinstance(got[0], Span)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(WORD, min_size=2, max_size=10), min_size=1, max_size=5),
       st.sampled_from([" ", "  ", " \n", "\t"]))
def test_the_rules_alone_give_pysbd_s_own_sentences(sents, gap):
    """`_pieces` skips pysbd's span step (patterns compiled from each sentence): its sentences
    are the ones `Segmenter.segment` gives, whitespace aside, on abbreviations, initials,
    quotes and odd spacing."""
    text = gap.join(" ".join(ws).capitalize() + "." for ws in sents)
    ours = [p.strip() for p in sentences._pieces(text) if p.strip()]
    theirs = [p.strip() for p in sentences._segmenter().segment(text) if p.strip()]
    assert ours == theirs
    assert sentences._pieces("") == []
