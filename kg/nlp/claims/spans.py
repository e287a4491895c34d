"""Where a claim's words are, and the collector the claim rules add to.

A claim's span is its asserted words: without the dateline that opens a news article's first
sentence ("TORONTO—"), enclosing parentheses, opening quotation marks, closing punctuation
and glued footnote markers. Its text leaves out markers inside it ("the victory of 1934³").
"""

from __future__ import annotations

import re

from kg.annotations import Agent, Claim
from kg.model import Document, Span
from kg.nlp import agents, cuedata
from kg.nlp.text import words


def kind_of(text: str) -> str:
    """The claim's kind: the first of claims.toml [kinds].order whose cues occur, else
    interpretive. A kind's weak_cues count only when no later kind's cues occur ("More than
    300 people took part in a conference May 16 to ... demand ..." reports a fact)."""
    order = cuedata.words("claims", "kinds", "order")
    for i, kind in enumerate(order):
        if cuedata.compiled("claims", "kinds", kind, "cues").search(text):
            return kind
        if "weak_cues" in cuedata.load("claims")["kinds"][kind] and cuedata.compiled(
                "claims", "kinds", kind, "weak_cues").search(text) and not any(
                cuedata.compiled("claims", "kinds", later, "cues").search(text) for later in order[i + 1:]):
            return kind
    return "interpretive"


def clean_end(text: str, begin: int, end: int) -> int:
    """End of a claim without closing punctuation and glued footnote markers."""
    while end > begin and (text[end - 1] in " .;:,\n" or text[end - 1].isdigit()
                           and text[end - 2:end - 1] in (".", "”", ")")):
        end -= 1
    return end


def claim_span(doc: Document, begin: int, end: int) -> Span:
    """The asserted words between begin and end (see the module docstring)."""
    text = doc.text
    if doc.dateline and begin <= doc.dateline.span.begin < end:
        begin = doc.dateline.span.end
        while begin < end and text[begin] in "—–-,: \u00a0":
            begin += 1
    while begin < end and (text[begin].isspace() or text[begin] in "“\"‘"):
        begin += 1
    end = clean_end(text, begin, end)
    if begin < end and text[begin] == "(":  # "(It is not totally dissimilar ... now.)"
        close = _matching_paren(text, begin, end)
        if close is not None and not text[close + 1:end].strip(" .”\"’)0123456789"):
            begin, end = begin + 1, clean_end(text, begin + 1, close)
        elif close is None:  # the first sentence of a parenthesis
            begin += 1
    if begin < end and text[end - 1] == ")" and text.count("(", begin, end) < text.count(")", begin, end):
        end = clean_end(text, begin, end - 1)  # its last sentence
    return Span(begin, end)


def _matching_paren(text: str, at: int, end: int) -> int | None:
    depth = 0
    for i in range(at, end):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def without_markers(doc: Document, span: Span) -> str:
    """The span's text without the footnote markers inside it ("Union1" -> "Union")."""
    text = doc.text
    inside = sorted((m.span for m in doc.markers if span.begin < m.span.begin and m.span.end <= span.end),
                    key=lambda s: s.begin)
    if not inside:
        return ""
    out, at = [], span.begin
    for m in inside:
        out.append(text[at:m.begin])
        at = m.end
    out.append(text[at:span.end])
    return "".join(out)


def writer_voice(doc: Document, sentence: Span) -> bool:
    """Whether a sentence is in the writer's voice (a body section, not the editors'
    introduction or the notes)."""
    section = next((s for s in doc.sections if s.span.begin <= sentence.begin < s.span.end), None)
    return section is not None and section.kind == "body"


def section_of(doc: Document, offset: int) -> int | None:
    return next((i for i, s in enumerate(doc.sections) if s.span.begin <= offset < s.span.end), None)


class Claims:
    """The claims found so far in one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.out: list[Claim] = []

    def add(self, span: Span, sentence: Span, voice: str, authors: list[Agent], *,
            work: str | None = None, text: str = "") -> Claim | None:
        """A claim of authors (None when it has no author or fewer than two words)."""
        text = text or without_markers(self.doc, span)
        words_of = text or span.of(self.doc.text)
        if not authors or len(span) == 0 or len(words(words_of)) < 2:
            return None
        claim = Claim(span=span, sentence=sentence, kind=kind_of(words_of), voice=voice,
                      authors=list(authors), mentions=agents.entity_keys(self.doc, span),
                      work=work, text=text)
        self.out.append(claim)
        return claim

    def in_sentence(self, sentence: Span) -> list[Claim]:
        return [c for c in self.out if c.sentence == sentence]


def strip_end(s: str) -> str:
    return re.sub(r"[\s.;:,]*\d*$", "", s) if s else s
