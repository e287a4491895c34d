"""Sentence segmentation of an article's prose, with exact offsets.

pysbd (a rule-based segmenter, "Golden Rules" tested) does the work; a thin layer of
corrections read from kg/data/nlp/sentences.toml fixes what it gets wrong on this paper:
it breaks after "vol." before a number, keeps "Washington, D.C. The title" and
"(LCW, vol. 31, p. 242.) And" together, and keeps the sentences of a parenthesis together.
Sentences never cross a prose span (a paragraph or a note), never include a numbered point's
label ("2) "), and carry exact offsets into doc.text: pysbd's output is aligned back to the
text, not trusted for offsets.
"""

from __future__ import annotations

import re
from functools import cache

import pysbd

from kg.annotations import Sentence
from kg.model import Document, Span
from kg.nlp import cuedata

_CLOSE_PAREN_BREAK = re.compile(r"[.!?][”\"’']?\)(?=\s+[“\"(]?[A-Z])")
# A quotation closed after its sentence's mark, then another opening with a capital: two
# sentences ("… a placard reading “Free the Dorrow Five.” “Nobody here forgets.”"), which pysbd keeps as one.
_CLOSE_QUOTE_BREAK = re.compile(r"[.!?][”\"](?=[ \t]+[“\"][A-Z])")


@cache
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def _pieces(text: str) -> list[str]:
    """pysbd's sentences of text, without its character-span step.

    `Segmenter.segment` runs the rules (`processor(text).process()`) and then finds each sentence
    back in the text with a pattern compiled from the sentence itself (`re.escape(sent)`), even when
    no spans are asked for. `_align` below does that work without patterns, so it is skipped: the
    sentences are the same (checked on every article of the quality sets and tests), and the
    per-sentence patterns, each new, no longer flush `re`'s cache, where pysbd's own rules and the
    abbreviation patterns it builds per text live (tests/test_sentences.py
    `test_the_rules_alone_give_pysbd_s_own_sentences` holds the two to the same sentences)."""
    return _segmenter().processor(text).process() if text else []


def _align(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Offsets of each piece in text, in order; whitespace differences are tolerated."""
    out: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = text.find(piece, cursor)
        if at >= 0:
            out.append((at, at + len(piece)))
            cursor = at + len(piece)
            continue
        # Walk both strings over non-space characters (pysbd may change spacing).
        chars = [c for c in piece if not c.isspace()]
        i = cursor
        while i < len(text) and text[i].isspace():
            i += 1
        begin, j = i, 0
        while i < len(text) and j < len(chars):
            if text[i].isspace():
                i += 1
                continue
            if text[i] != chars[j]:
                raise ValueError(f"cannot align segment {piece[:40]!r} at offset {cursor}")
            i += 1
            j += 1
        out.append((begin, i))
        cursor = i
    return out


def _ends_with(text: str, abbrevs: list[str]) -> bool:
    return any(text.endswith(a) and (len(text) == len(a) or not text[-len(a) - 1].isalnum())
               for a in abbrevs)


def _merge_no_break(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces split after an abbreviation that never ends a sentence."""
    no_break = cuedata.words("sentences", "no_break_after")
    out: list[tuple[int, int]] = []
    for b, e in spans:
        if out:
            pb, pe = out[-1]
            nxt = text[b:e].lstrip()
            if _ends_with(text[pb:pe], no_break) and nxt and (
                    nxt[0].isdigit() or nxt[0].islower() or nxt[0] in "([" or nxt[0].isupper()):
                out[-1] = (pb, e)
                continue
            # Initials: "V.I." then "Lenin".
            if re.search(r"(?:^|[\s(])(?:[A-Z]\.){1,3}$", text[pb:pe]) and nxt[:1].isupper() \
                    and not re.search(r"(?:^|\s)I\.$", text[pb:pe]):
                out[-1] = (pb, e)
                continue
        out.append((b, e))
    return out


def _split_missed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Break after "D.C." + a sentence starter, after a closed parenthetical sentence, and
    between a quotation closed after its sentence's mark and the next one opening."""
    may_end = cuedata.words("sentences", "may_end")
    starters = cuedata.words("sentences", "sentence_starters")
    abbrev = "|".join(re.escape(a) for a in sorted(may_end, key=len, reverse=True))
    start = "|".join(re.escape(w) for w in starters)
    after_abbrev = re.compile(rf"(?<![\w.])(?:{abbrev})(?=\s+(?:{start})\b)")
    out: list[tuple[int, int]] = []
    for b, e in spans:
        cuts = [m.end() for m in after_abbrev.finditer(text, b, e)]
        cuts += [m.end() for pattern in (_CLOSE_PAREN_BREAK, _CLOSE_QUOTE_BREAK)
                 for m in pattern.finditer(text, b, e)
                 if text.count("(", b, m.end()) == text.count(")", b, m.end())]
        cur = b
        for cut in sorted(set(cuts)):
            if cut < e and text[cur:cut].strip():
                out.append((cur, cut))
                cur = cut
        out.append((cur, e))
    return out


def _split_parenthetical(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences inside a parenthesis that stands alone ("(Those who slide ... privileges.
    Israel is no exception.)"): pysbd keeps a parenthesis whole; its inside is segmented
    again, the first piece keeping "(" and the last ")"."""
    out: list[tuple[int, int]] = []
    for b, e in spans:
        seg = text[b:e].rstrip()
        close = b + len(seg) - 1
        if not (seg.startswith("(") and seg.endswith(")")) or text.find(")", b, close) >= 0 \
                or text.find("(", b + 1, close) >= 0:
            out.append((b, e))
            continue
        inner = text[b + 1:close]
        pieces = [(b + 1 + x, b + 1 + y) for x, y in _align(inner, _pieces(inner))]
        pieces = _merge_no_break(text, pieces)
        if len(pieces) < 2:
            out.append((b, e))
            continue
        pieces[0] = (b, pieces[0][1])
        pieces[-1] = (pieces[-1][0], e)
        out += pieces
    return out


def _trim(text: str, b: int, e: int, labels: list[Span]) -> tuple[int, int]:
    for label in labels:
        if b <= label.begin < e and not text[b:label.begin].strip():
            b = label.end
    while b < e and text[b].isspace():
        b += 1
    while e > b and text[e - 1].isspace():
        e -= 1
    return b, e


def segment(text: str, span: Span, labels: list[Span] = ()) -> list[Span]:
    """Sentences of text[span] as spans of text (labels: spans to leave out, e.g. "2) ")."""
    chunk = text[span.begin:span.end]
    local = _align(chunk, _pieces(chunk))
    spans = [(span.begin + b, span.begin + e) for b, e in local]
    spans = _split_parenthetical(text, _split_missed(text, _merge_no_break(text, spans)))
    out = []
    for b, e in spans:
        b, e = _trim(text, b, e, list(labels))
        if e > b:
            out.append(Span(b, e))
    return out


def annotate(doc: Document) -> Document:
    """Fill doc.annotations.sentences from every prose span (paragraphs, note texts and photo captions)."""
    labels = [p.label for p in doc.points]
    sentences: list[Sentence] = []
    for span in doc.prose_spans():
        sentences += [Sentence(s) for s in segment(doc.text, span, labels)]
    doc.annotations.sentences = sentences
    return doc


def sentence_at(doc: Document, offset: int) -> Span | None:
    """The sentence that contains offset (None outside prose)."""
    for s in doc.annotations.sentences:
        if s.span.begin <= offset < s.span.end:
            return s.span
    return None
