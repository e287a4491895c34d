"""A plant or a mill named for the two towns it straddles, joined by a hyphen, before the site's
noun: "the Toledo-Dearborn plant" (issue 10, set BA, branch ent86).

Such a name says where the site is, a place, as a mine by its name is (bench/quality/README.md:
plants by name are places). The registry's first town was matched alone ("Toledo"; the second
town's run after the hyphen dropped), or the hyphened word typed a firm by the employer's noun
after it ("the Kelvo plant" is a firm's when nothing says otherwise). Two towns the gazetteer or
the registry knows, joined by one hyphen, then a lower-case site noun (kinds.toml `[phrases]
owned_site_nouns`: "plant", "mill", "terminal") are one place. A firm named for two towns has
its own head word ("the Canton-Pittsburgh Steel mill": kg.nlp.entities.spans.hyphenedfirms), and
"the Toledo-Dearborn talks" (no site noun) is left alone. A capitalised word before the first town
is tried with the town and then left off ("The Toledo-Dearborn plant" opening a sentence; branch
sites41).

The step `town_pair_sites` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run
from kg.nlp.entities.spans.textspan import Region

# "Toledo-Dearborn plant": two capitalised words, one hyphen, a space, a lower-case word
_PAIR = re.compile(r"(?<![\w-])([A-Z][a-z]+(?: [A-Z][a-z]+)?)-([A-Z][a-z]+) ([a-z]+(?: [a-z]+)?)")


@cached
def _site_nouns() -> frozenset[str]:
    """The lower-case nouns of an owner's site."""
    return frozenset(load("kinds")["phrases"]["owned_site_nouns"])


def town_pair_sites(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs of region r with each "<Town>-<Town> <site noun>" read as one place."""
    nouns, ev = _site_nouns(), evidence()
    places = {(m.begin, m.end) for m in known if m.entry.kind in PLACE_KINDS}
    spans = []
    for m in _PAIR.finditer(text, r.begin, r.end):
        noun = m.group(3)
        if noun not in nouns and noun.split(" ")[0] not in nouns:
            continue
        if ev.place_kind(m.group(2)) is None:
            continue
        # the first town of two words, else its last word alone: "The Toledo-Dearborn plant"
        # opening a sentence is read with "The" off (branch sites41)
        space = text.find(" ", m.start(1), m.end(1))
        for b in (m.start(1),) if space < 0 else (m.start(1), space + 1):
            if (b, m.end(1)) in places or ev.place_kind(text[b:m.end(1)]) is not None:
                spans.append((b, m.end(2)))
                break
    return as_runs(text, runs, spans, known, "place")
