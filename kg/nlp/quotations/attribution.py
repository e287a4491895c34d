"""One quotation's attribution as its rules share it: what every rule reads (the document, the
quotation, its scope, sentence and words, the text after its closing mark, the works and
citations, the patterns) and what the rules fill in their order (the verb of saying and the
words that name its subject, the speakers, the work). kg.nlp.quotations.quotes `attribute`
builds one per quotation and runs the rules of kg.nlp.quotations.speakerrules `QUOTE_RULES` on
it until one settles the speaker, then reads the quotation's work and citation from its
footnote or reference (`footnote`, `reference` here) and fills the quotation.

`KG_TRACE_QUOTES=1` logs (logger "kg.nlp.quotations.quotes", DEBUG) the rules that answered for
each quotation; read once per quotation, so it costs nothing when unset.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property

from kg.annotations import Agent, Citation, Quotation, Work
from kg.model import Document, Span
from kg.nlp.quotations.patterns import patterns
from kg.nlp.text import scope_of

TRACE_VARIABLE = "KG_TRACE_QUOTES"


@dataclass(eq=False)
class Attribution:
    """The quotation `q` being attributed, what its rules read (fields and cached properties)
    and what they fill (the fields after `citations`). `verb_begin` is where the verb of saying
    begins (the opening mark when no verb was found); `verb_who` the verb's match in `after`
    when it was read after the closing mark; `who_span` the words that name the speaker;
    `appositive` a name after a role that the entities stage typed no agent ("said his wife,
    Florence."); `source` the one a quoting phrase passes the words on from; `slogan` whether a
    thing carries the words (nobody speaks them, whatever a later rule finds)."""

    doc: Document
    q: Quotation
    works: list[Work]
    citations: list[Citation]
    speakers: list[Agent] = field(default_factory=list)
    work: Work | None = None
    who_span: Span | None = None
    verb_who: re.Match | None = None
    verb_begin: int = field(init=False)
    appositive: Agent | None = None
    source: Span | None = None
    slogan: bool = False
    trace: bool = field(default_factory=lambda: os.environ.get(TRACE_VARIABLE) == "1")

    def __post_init__(self) -> None:
        self.verb_begin = self.q.span.begin

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def sentence(self) -> Span:
        return self.q.sentence

    @property
    def settled(self) -> bool:
        """Whether a rule has given a speaker or a work: the rules after it do not run (each
        reads only a quotation that names neither)."""
        return bool(self.speakers) or self.work is not None

    @cached_property
    def rx(self) -> dict[str, re.Pattern]:
        return patterns()

    @cached_property
    def scope(self) -> Span | None:
        """The section (or letter) the quotation stands in, where a pronoun's antecedent is read."""
        return scope_of(self.doc, self.q.span.begin)

    @cached_property
    def content(self) -> str:
        """The quoted words, without trailing space."""
        return self.q.content.of(self.text).rstrip()

    @cached_property
    def fragment(self) -> bool:
        """Whether the quoted words open in lower case: a fragment woven into a sentence."""
        return self.content[:1].islower()

    @cached_property
    def after(self) -> str:
        """The text from the closing mark to the sentence's end (and one character past it)."""
        return self.text[self.q.span.end:min(self.sentence.end + 1, len(self.text))]

    @cached_property
    def ends_open(self) -> bool:
        """Whether the quoted words end as words an attribution follows: a comma, "!", "?" or an
        ellipsis. A quotation that ends with one it holds ("“… she said, ‘We can do it,’”
        recalled Ana Ruiz") ends with the inner quotation's comma, inside its closing single
        mark."""
        ending = self.content.rstrip("’'\"").rstrip()
        return ending[-1:] in ",!?…" or ending.endswith("...")

    @cached_property
    def before_from(self) -> int:
        """Where the words before the opening mark begin: the sentence's start, or the end of
        another quotation in the sentence before this one."""
        start = self.sentence.begin
        for other in self.doc.annotations.quotations:
            if self.sentence.begin <= other.span.end <= self.q.span.begin and other is not self.q:
                start = max(start, other.span.end)
        return start

    @cached_property
    def footnote(self) -> tuple[Citation, Work] | None:
        """The reference and work of the note whose marker stands right after the quotation
        ("…state.”7" -> the resolution), a periodical's issue aside; None without one."""
        q = self.q
        marker = next((mk for mk in self.doc.markers if 0 <= mk.span.begin - q.span.end <= 1), None)
        if marker is None:
            return None
        note = next(n for n in self.doc.notes if n.marker is marker)
        cited = [c for c in self.citations if note.text.contains(c.span)]
        by_key = {w.key: w for w in self.works}
        cited = [c for c in cited if c.work in by_key and by_key[c.work].kind != "issue"]
        return (cited[0], by_key[cited[0].work]) if cited else None

    @cached_property
    def reference(self) -> Citation | None:
        """The reference in parentheses right after the quotation ("(LCW, vol. 31, p. 242.)",
        parsed by kg.nlp.quotations.citations), numbers or spaces allowed before it."""
        paren = re.match(r"[\s\d]*\(", self.text[self.q.span.end:self.sentence.end])
        if paren is None:
            return None
        at = self.q.span.end + paren.end()
        return next((c for c in self.citations if at <= c.span.begin <= at + 5), None)

    @cached_property
    def reference_work(self) -> Work | None:
        """The work `reference` cites, when it is one of the document's works."""
        cit = self.reference
        return next((w for w in self.works if w.key == cit.work), None) if cit is not None else None

    @cached_property
    def cites_work(self) -> bool:
        """Whether a footnote or a reference right after the quotation names its work: then the
        work is its source, and the rules that look around the quotation for a speaker do not
        run (its authors speak, kg.nlp.quotations.quotes `attribute`)."""
        return self.footnote is not None or self.reference_work is not None

    def state(self) -> tuple:
        """What the rules have filled so far, for the trace to tell which rule answered."""
        return (tuple(self.speakers), self.work, self.who_span, self.verb_who is not None,
                self.verb_begin, self.appositive, self.source, self.slogan)
