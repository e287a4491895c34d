"""A plant or a mill named for the two towns it straddles, joined by a hyphen, before the site's
noun: "the Toledo-Dearborn plant" (issue 10, set BA, branch ent86).

Such a name says where the site is, a place, as a mine by its name is (bench/quality/README.md:
plants by name are places). The registry's first town was matched alone ("Toledo"; the second
town's run after the hyphen dropped), or the hyphened word typed a firm by the employer's noun
after it ("the Kelvo plant" is a firm's when nothing says otherwise). Two towns the gazetteer or
the registry knows, joined by one hyphen, then a lower-case site noun (kinds.toml `[phrases]
owned_site_nouns`: "plant", "mill", "terminal") are one place. A firm named for two towns has
its own head word ("the Canton-Pittsburgh Steel mill": kg.nlp.entities.spans.hyphenedfirms), and
"the Toledo-Dearborn talks" (no site noun) is left alone. Before a labour dispute's noun
("the Toledo-Dearborn strike", boundaries.toml `[town_pair_firms] nouns`) the pair is the
employer named for both towns, one organisation, not two places.

The pair is looked for at every capitalised word, not only where the last match ended: "The
Toledo-Dearborn plant" opening a sentence first reads "The Toledo" as the town before the hyphen
(no place), then "Toledo" alone (the place), so the sentence's article leaves the site whole
(set CQ's kind, branch cuts41).

The step `town_pair_sites` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run
from kg.nlp.entities.spans.textspan import Region

# "Toledo-Dearborn plant": one or two capitalised words, one hyphen, a space, a lower-case word;
# a lookahead, so that a pair is tried at each capitalised word ("The Toledo-Dearborn plant")
_PAIR = re.compile(r"(?<![\w-])(?=([A-Z][a-z]+(?: [A-Z][a-z]+)?)-([A-Z][a-z]+) ([a-z]+(?: [a-z]+)?))")


@cached
def _site_nouns() -> frozenset[str]:
    """The lower-case nouns of an owner's site."""
    return frozenset(load("kinds")["phrases"]["owned_site_nouns"])


@cached
def _dispute_nouns() -> frozenset[str]:
    """The lower-case nouns of a labour dispute (boundaries.toml `[town_pair_firms] nouns`),
    "strikers" among them: words after the pair that make it the employer. Not kinds.toml
    `[firm_events] nouns` (kg.nlp.entities.spans.glued `firm_and_lower_noun`), the nouns a
    registry event's own label ends in, which a noun of people never does."""
    return frozenset(load("boundaries")["town_pair_firms"]["nouns"])


def town_pair_sites(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs of region r with each "<Town>-<Town> <site noun>" read as one place, and each
    "<Town>-<Town> <dispute noun>" ("the Kelvo-Dorrow strike") as one organisation: the
    employer named for the two towns its works joined (a steel or rail firm's name, as
    kg.nlp.entities.spans.hyphenedfirms reads it before its head word), whose strike it was;
    the second town no place of its own there (set CQ's kind, branch cuts41)."""
    nouns, disputes, ev = _site_nouns(), _dispute_nouns(), evidence()
    places = {(m.begin, m.end) for m in known if m.entry.kind in PLACE_KINDS}
    spans: list[tuple[int, int]] = []
    firms: list[tuple[int, int]] = []
    for m in _PAIR.finditer(text, r.begin, r.end):
        if spans and m.start(1) < spans[-1][1] or firms and m.start(1) < firms[-1][1]:
            continue  # inside the pair read from the word before ("New Kelvo-Dorrow plant")
        noun = m.group(3)
        site = noun in nouns or noun.split(" ")[0] in nouns
        dispute = noun.split(" ")[0] in disputes
        if not site and not dispute:
            continue
        first = m.span(1) in places or ev.place_kind(m.group(1)) is not None
        if first and ev.place_kind(m.group(2)) is not None:
            (spans if site else firms).append((m.start(1), m.end(2)))
    runs = as_runs(text, runs, spans, known, "place")
    return as_runs(text, runs, firms, known, "organization")
