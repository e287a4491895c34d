"""One document's new-name finding as its steps share it: the text and its index, the regions
read, the registry mentions found before, the cue words, the evidence, the words the article
writes in lower case, the spans no name may enter. kg.nlp.entities.names builds it once per
document, so every step takes one signature: `(ctx, region, found) -> found` for the joins of
one region (kg.nlp.entities.spans.regionsteps), `(ctx, kept, kinds)` for the kinds made once
every name has one (kg.nlp.entities.kinds.resolve)."""

from __future__ import annotations

import dataclasses
import os
from functools import cached_property

from kg.model import Document
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region, TextIndex
from kg.nlp.entities.spans.unionsections import page_sections

# KG_TRACE_NAMES=1 logs which step changed a region's runs or a name's kind (logger
# "kg.nlp.entities.names"); read once per document, so it costs nothing when unset
TRACE_VARIABLE = "KG_TRACE_NAMES"


@dataclasses.dataclass
class NameContext:
    """What every step of one document's name finding reads. `runs` is filled once the
    regions are read (every run of the document, before any is kept or dropped)."""

    doc: Document
    text: str
    tx: TextIndex
    regs: list[Region]
    covered: list[Match]  # the registry mentions, by where they begin
    cues: Cues
    ev: Evidence
    lower: set[str]  # the words the article writes in lower case
    skip: list[tuple[int, int]]  # spans never part of a new name: blocked ones, titles of works
    runs: list[Run] = dataclasses.field(default_factory=list)
    trace: bool = dataclasses.field(default_factory=lambda: os.environ.get(TRACE_VARIABLE) == "1")

    @cached_property
    def union_sections(self) -> frozenset[tuple[str, str]]:
        """The page's unions' numbered sections (kg.nlp.entities.spans.unionsections
        `page_sections`): a fact of the whole page that the region step reads in every region,
        found once per document, as TextIndex keeps its page-wide facts."""
        return page_sections(self.text, self.cues)


def signed_people(doc: Document) -> list:
    """The people the page signs with: its bylines, its items' authors, a letter's sender and
    recipient (kg.model `Person`s, their names as printed)."""
    out = list(doc.bylines) + [i.author for i in doc.items if i.author]
    if doc.letter:
        out += [p for p in (doc.letter.sender, doc.letter.recipient) if p]
    return out
