"""Claims: what the article asserts, who asserts it, and the writer's verdict on others' claims.

- Writer's claims: each assertive sentence of the body ("body" sections, the writer's voice;
  the editors' introduction and notes are not the writer's), minus greetings, thanks,
  asides about the letter, questions, headings, imperatives and fragments
  (kg/data/nlp/claims.toml); minus sentences that only frame someone else's claim ("The company
  claims that …", "“…,” said X, a …") or only give a verdict ("That is not true."). The
  writer of an unsigned piece (an editorial) is the paper's publisher (kg.nlp.agents).
- Quoted claims: each sentence of an attributed quotation, by its source (not questions);
  a quotation interrupted by its attribution ("“A,” Trotsky wrote, “B”") is one claim; a
  quoted fragment inside a reported clause of the same source is part of that claim.
- Reported claims: kg.nlp.claims.reported ("X says (that) …", "according to X, …", "…, she added").
- Reviews: kg.nlp.claims.reviews (a verdict in the claim's sentence or alone in the next one).
- Kinds: programmatic, predictive, factual, interpretive, by the cues in claims.toml.
- Words: kg.nlp.claims.spans (no dateline, enclosing parentheses or footnote markers).

annotate_claims() is the stage "claims" of kg.nlp.stages.
"""

from __future__ import annotations

import re

from kg.annotations import Claim, Quotation, Review
from kg.model import Document, Span
from kg.nlp import agents, cuedata
from kg.nlp.claims import reported, reviews
from kg.nlp.claims.spans import Claims, claim_span, clean_end, kind_of, section_of, writer_voice
from kg.nlp.text import sentence_spans, words

__all__ = ["annotate_claims", "is_assertive", "kind_of"]


@cuedata.cached
def _rx() -> dict[str, re.Pattern]:
    c = cuedata.compiled
    return {
        "openers": re.compile(r"^\W*" + cuedata.phrase_pattern(
            cuedata.words("claims", "non_claim_openers")) + r"(?![\w’'])", re.I),
        "asides": c("claims", "aside_phrases"),
        "heads": re.compile(r"\W*" + cuedata.phrase_pattern(cuedata.words("claims", "fragment_heads"))
                            + r"(?![\w’'])", re.I),
    }


def _bare(text: str) -> str:
    """A sentence without closing quotation marks, parentheses and glued footnote markers."""
    return text.rstrip(" \t\n\"”’)0123456789")


def is_assertive(text: str) -> bool:
    """Whether a sentence asserts something (see the module docstring)."""
    data = cuedata.load("claims")
    ws = words(text)
    stripped = _bare(text)
    if len(ws) < data["min_words"] or stripped.endswith("?"):
        return False
    if stripped.endswith("!") and len(ws) < data["exclamation_max_words"]:
        return False
    if not stripped.endswith(tuple(data["sentence_ends"])):
        return False  # a heading or a fragment cut off by the segmenter
    first = next((ch for ch in text if ch.isalnum()), "")
    if first.islower():
        return False  # a fragment: a sentence starts with a capital
    if ws[0].lower() in data["fragment_openers"] and len(ws) < data["fragment_max_words"]:
        return False
    if ws[0].lower() in data["relative_openers"]:
        return False  # "Which is exactly what happened in 1934."
    if len(ws) < data["fragment_max_words"] and _rx()["heads"].match(text):
        return False  # "Quite the opposite."
    rx = _rx()
    if rx["openers"].search(text) or rx["asides"].search(text):
        return False
    return True


def _quoted_assertive(text: str) -> bool:
    """Whether a quoted sentence asserts something: not a question nor a short exclamation."""
    data = cuedata.load("claims")
    stripped = _bare(text).rstrip(",")
    n = len(words(text))
    return not stripped.endswith("?") and not (stripped.endswith("!") and n < data["exclamation_max_words"])


def _quoted(doc: Document, cl: Claims) -> set[int]:
    """Claims of attributed quotations; returns the begins of the sentences they dominate
    (mostly quotation, or opening with an attributed quotation: "“…,” said X, a …")."""
    text = doc.text
    share = cuedata.load("claims")["quoted_share"]
    quotes = [q for q in doc.annotations.quotations if q.kind == "quotation" and q.speakers]
    dominated: set[int] = set()
    i = 0
    while i < len(quotes):
        group = [quotes[i]]
        while i + 1 < len(quotes) and _interrupted(text, group[-1], quotes[i + 1]):
            i += 1
            group.append(quotes[i])
        i += 1
        pieces = _sentence_pieces(doc, group[0]) if len(group) == 1 else [
            (Span(group[0].content.begin, group[-1].content.end), group[0].sentence,
             " ".join(text[g.content.begin:clean_end(text, g.content.begin, g.content.end)]
                      for g in group))]
        for span, sentence, joined in pieces:
            if not _quoted_assertive(joined):
                continue
            claim = cl.add(span, sentence, "quoted", group[0].speakers, work=group[0].work,
                           text=joined if joined != span.of(text) else "")
            if claim is not None and writer_voice(doc, sentence):
                reviews.review(doc, sentence, claim)
    for s in doc.annotations.sentences:
        covered = sum(max(0, min(s.span.end, x.span.end) - max(s.span.begin, x.span.begin)) for x in quotes)
        opens = any(q.span.begin == claim_span(doc, s.span.begin, s.span.end).begin - 1 for q in quotes)
        if len(s.span) and (covered / len(s.span) > share or opens):
            dominated.add(s.span.begin)
    return dominated


def _interrupted(text: str, a: Quotation, b: Quotation) -> bool:
    """“A,” Trotsky wrote, “B”: b continues a after its attribution."""
    between = text[a.span.end:b.span.begin]
    return (a.sentence == b.sentence and a.speakers == b.speakers and len(between) <= 40
            and a.content.of(text).rstrip().endswith(",") and between.strip().endswith(","))


def _sentence_pieces(doc: Document, q: Quotation) -> list[tuple[Span, Span, str]]:
    """A quotation's content cut at sentence ends: (span, sentence, text)."""
    text = doc.text
    out = []
    for s in doc.annotations.sentences:
        b, e = max(s.span.begin, q.content.begin), min(s.span.end, q.content.end)
        if e > b:
            sp = claim_span(doc, b, e)
            if len(sp):
                out.append((sp, s.span, sp.of(text)))
    return out or [(claim_span(doc, q.content.begin, q.content.end), q.sentence, "")]


def _editorial(s: str) -> bool:
    """An editor's insertion in square brackets ("[For a brief discussion ... —Ed.]")."""
    return s.startswith("[") and s.rstrip(" .").endswith("]")


def _within_reported(claims: list[Claim]) -> list[Claim]:
    """Without quoted fragments inside a reported claim of the same source ("Dobbs explained
    that the union relied on “the power of the ranks”": one claim, the reported one)."""
    reported_claims = [c for c in claims if c.voice == "reported"]
    return [c for c in claims if c.voice != "quoted" or not any(
        r.sentence == c.sentence and r.span.contains(c.span) and r.authors == c.authors
        for r in reported_claims)]


def annotate_claims(doc: Document) -> Document:
    """Fill doc.annotations.claims (quotations, citations and works must be annotated)."""
    text = doc.text
    cl = Claims(doc)
    dominated = _quoted(doc, cl)
    writer = agents.writers(doc)
    prev_reported: Claim | None = None
    prev_sentence: Span | None = None
    for sentence in sentence_spans(doc):
        before, prev_sentence = prev_sentence, sentence
        voice = writer_voice(doc, sentence)
        if voice and _verdict(doc, cl, sentence, before, writer):
            prev_reported = None  # "The company claims that ... . Nothing could be further from the truth."
            continue
        found = reported.find(doc, cl, sentence, prev_reported)
        prev_reported = found.claims[-1] if found else None
        if not writer or not voice or sentence.begin in dominated or (found and found.frame):
            continue
        if is_assertive(sentence.of(text)) and not _editorial(sentence.of(text)):
            cl.add(claim_span(doc, sentence.begin, sentence.end), sentence, "writer", writer)
    claims = _within_reported(cl.out)
    doc.annotations.claims = sorted(claims, key=lambda c: (c.span.begin, c.span.end, c.voice))
    return doc


def _verdict(doc: Document, cl: Claims, sentence: Span, before: Span | None, writer) -> bool:
    """A sentence that only gives the writer's verdict: it reviews the others' claims of the
    sentence just before it (in the same section) and is not a claim itself."""
    targets = []
    if before is not None and section_of(doc, before.begin) == section_of(doc, sentence.begin):
        targets = [c for c in cl.in_sentence(before) if c.voice != "writer" and c.review is None
                   and not set(c.authors) & set(writer)]
    verdict = reviews.verdict(doc, sentence, [a for c in targets for a in c.authors])
    if verdict is None:
        return False
    for c in targets:
        c.review = Review(verdict.rating, verdict.cue, verdict.author)
    return True
