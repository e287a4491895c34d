"""A body named for a region written as two places joined by "and", and that region alone:
"members of the Kelvo and Dorrow High Court Bar Association", "stripped Kelvo and Dorrow of its
status" (issue 10, set BA, branch ent86).

The "and" lists (kg.nlp.entities.spans.andlists) part two names at "and" unless a head word
types the whole, so a body named for a two-part state or region was cut into the first place
and a body opening with the second ("Dorrow High Court Bar Association", junk), and the region
alone into two places. After "the", a word the gazetteer knows as a place, "and",
then a run that opens with another such word and ends in an organisation's head word
(entities.toml `[head_types] organization`) is one body: "the" makes one thing of what follows
it, where two towns' bodies would be "the Kelvo and the Dorrow …" or plural ("the Kelvo and
Dorrow unions"). The pair that opens such a body is then the region's one name wherever the
article writes it alone ("Kelvo and Dorrow" not followed by a capitalised word), a place: two
places joined by "and" anywhere else stay two ("from Akron and Toledo").

The step `paired_places` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps)."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

_WORD = r"[A-Z][\w’'-]*"
# "the Kelvo and Dorrow High Court Bar Association": the pair, then the body's other words
_BODY = re.compile(rf"\b[Tt]he ({_WORD}) and ({_WORD})((?: {_WORD})+)")


def _pairs(text: str, cues: Cues) -> dict[str, list[tuple[int, int]]]:
    """Each pair "A and B" that opens a body after "the" anywhere in the text, with the spans
    of those bodies."""
    ev = evidence()
    pairs: dict[str, list[tuple[int, int]]] = {}
    for m in _BODY.finditer(text):
        words = m.group(3).split()
        if cues.heads.get(words[-1]) != "organization" or len(words) < 2 \
                or ev.place_kind(m.group(1)) is None or ev.place_kind(m.group(2)) is None:
            continue
        pairs.setdefault(f"{m.group(1)} and {m.group(2)}", []).append((m.start(1), m.end(3)))
    return pairs


def paired_places(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The region's runs with each body named for a place pair read as one organisation, and
    the pair alone as one place."""
    pairs = _pairs(text, cues)
    if not pairs:
        return runs
    bodies = [(b, e) for spans in pairs.values() for b, e in spans if r.begin <= b and e <= r.end]
    runs = as_runs(text, runs, bodies, known, "organization")
    alone = [(m.start(), m.end()) for pair in pairs
             for m in re.finditer(rf"\b{re.escape(pair)}\b(?! [A-Z])", text[:r.end])
             if m.start() >= r.begin and not any(b <= m.start() < e for b, e in bodies)]
    return as_runs(text, runs, alone, known, "place")
