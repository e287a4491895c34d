"""A surname opening with a lower-case particle, printed alone after the full name ("Nour
el-Kelvani, a spinner, … “We won,” el-Kelvani said."; issue 10, set BV, branch ent109).

The scanner opens a run only at a capital: a particle's compound counts as a capitalised word
inside a name ("Nour el-Kelvani", `Cues.cap`) but opens none, so the surname alone, as the paper
prints it again after the full name, was no name at all and the speaker went unnamed. A word
made of a particle of `name_particles` (kg/data/nlp/entities.toml), a hyphen and a capital,
outside every run and registry match of the region, becomes a run of its own where the article
prints the same word after a capitalised word elsewhere, no function word nor title ("Nour
el-Kelvani"; not "The al-Kelvaq supporters"): the surname of a
name the page gave in full, which kg.nlp.entities.mentions.coreference ties to it. A compound
the page never prints after a name ("al-Kelvaq" alone, a body's name) is left alone. A declared
step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region


@cached
def _compound() -> re.Pattern[str]:
    particles = "|".join(map(re.escape, load("entities")["name_particles"]))
    return re.compile(r"(?<![\w’'-])(?:" + particles + r")-[A-Z][\w’'-]*[^\W\d_]")


def particle_surnames_alone(text: str, region: Region, runs: list[Run], known: list[Match],
                            cues: Cues) -> list[Run]:
    """The runs, with a run for each particle's compound standing alone in the region that the
    article prints after a capitalised word elsewhere (module docstring)."""
    taken = [(r.begin, r.end) for r in runs] + [(m.begin, m.end) for m in known]
    added = []
    for m in _compound().finditer(text, region.begin, region.end):
        if any(b <= m.start() < e or b < m.end() <= e for b, e in taken):
            continue
        if _after_name(text, m.group(0), cues):
            added.append(Run(m.start(), m.end(), [(m.start(), m.end(), m.group(0))]))
    return sorted(runs + added, key=lambda r: r.begin) if added else runs


def _after_name(text: str, word: str, cues: Cues) -> bool:
    """The article prints `word` right after a capitalised word somewhere that is no function
    word nor title ("The al-Kelvaq supporters", "President al-Dorra" name no given name)."""
    pattern = r"(?<![\w’'-])([A-Z][\w’'-]*) " + re.escape(word) + r"(?![\w’'-])"
    return any(m.group(1) not in cues.function and m.group(1) not in cues.titles
               for m in re.finditer(pattern, text))
