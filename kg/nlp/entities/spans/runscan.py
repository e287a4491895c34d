"""What the run scanner's phases share (kg.nlp.entities.spans.capruns `find_runs`): `RunScope`,
what it reads of one region and never changes, and `RunWalk`, the state of the walk over the
region's words (the run being built, the registry places inside it, whether a title came
before it, the runs closed so far).

They are declared apart from the phases so that each phase's module (kg.nlp.entities.spans.runwalk,
the walk over the words; kg.nlp.entities.spans.runclose, what closing a run cuts and keeps) can
name them: imports flow one way, from capruns down to this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, Word
from kg.nlp.entities.spans.textspan import Region, TextIndex


@dataclass(frozen=True)
class RunScope:
    """One region as the scanner reads it: the text, the region, the registry's mentions (all
    of the document's in `known`, the region's own in `inside`, by where they begin and end),
    the cue words, the text's index, the spans skipped (titles of works, blocked names) that
    overlap the region, the words the text writes in lower case, the quotations written in title
    case (`quoted_titles`: no run starts inside one) and the leading words of the registry's
    organisations (`leads`: "Peabody" of "Peabody Energy", with where the firm is first named)."""

    text: str
    region: Region
    known: list[Match]
    cues: Cues
    tx: TextIndex
    skip: list[tuple[int, int]]
    lower: set[str]
    quoted_titles: list[tuple[int, int]]
    inside: list[Match]
    known_at: dict[int, Match]
    known_end: dict[int, Match]
    leads: dict[str, int]

    def covered(self, b: int, e: int) -> bool:
        """Does text[b:e] overlap a registry name of the region or a skipped span?"""
        return any(m.begin < e and b < m.end for m in self.inside) \
            or any(sb < e and b < se for sb, se in self.skip)


@dataclass
class RunWalk:
    """The walk's state: `cur`, the words of the run being built (a word is (begin, end, text));
    `pending`, the registry places inside it ("University of Michigan Medical Center": absorbed
    when it closes); `title_before`, whether a title came right before its first word ("Prime
    Minister Theresa May": the run names a person); `kind_at_close`, a kind a step gave the
    whole run before it closes; `runs`, the runs closed so far, in order."""

    runs: list[Run] = field(default_factory=list)
    cur: list[Word] = field(default_factory=list)
    pending: list[Match] = field(default_factory=list)  # registry places inside the name being built
    title_before: bool = False
    # the kind the run being built takes when it closes, where a step read it whole before its
    # last word ("Borough of Kelvin Community College": a body, not its opening place's head)
    kind_at_close: str | None = None

    @property
    def ws(self) -> list[str]:
        """The words of the run being built, as written."""
        return [w for (_b, _e, w) in self.cur]
