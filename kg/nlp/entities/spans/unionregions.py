"""A union's numbered region named with its union's initials ("pickets met at the UAW Region 4-B
hall"; set BQ, branch ent103).

Some unions in the United States group their locals in numbered regions (the auto workers'
union's regions, "Region 4-B"); each is one organisation, as a local named with its union is
(bench/quality README, "A union's local named with its union"). The runs took the head word in
but stopped before its number ("UAW Region"), and the place's head word typed the rest a place.
The region's head is no numbered head of its own (entities.toml `numbered_heads`): a country's
numbered region ("Region 4" of an archipelago) is a place, so the head is read as a union's
unit only after initials that name a body, a registry organisation's (`Cues.org_named`) or
initials the page gives in brackets after a name. The heads are data (kg/data/nlp/boundaries.toml
`[union_regions] heads`). A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans import joins
from kg.nlp.entities.spans.runs import Run, span_words
from kg.nlp.entities.spans.textspan import Region


@cached
def _pattern() -> re.Pattern[str]:
    """Initials, a region's head and its number ("UAW Region 4-B"), not inside a longer word or
    number."""
    heads = "|".join(map(re.escape, load("boundaries")["union_regions"]["heads"]))
    return re.compile(rf"(?<![\w’'.-])([A-Z]{{2,6}}) (?:{heads}) {joins.UNIT_NUMBER}(?![\w’'(-]|[.,]\d)")


def _body_initials(text: str, initials: str, cues: Cues) -> bool:
    """Initials of a body: a registry organisation's, or given in brackets on the page."""
    return cues.org_named(initials) is not None or f"({initials})" in text


def union_regions(text: str, r: Region, runs: list[Run], cues: Cues) -> list[Run]:
    """The region's runs with each union's numbered region one organisation's run; the runs
    inside it or running into it ("UAW Region") dropped, a run that ran on past it kept."""
    out = list(runs)
    for m in _pattern().finditer(text, r.begin, r.end):
        if not _body_initials(text, m.group(1), cues):
            continue
        b, e = m.span()
        if any(x.begin < b < x.end or x.begin < e < x.end for x in out):
            continue  # a longer name holds it or crosses its edge: not this step's to cut
        out = [x for x in out if not (b <= x.begin and x.end <= e)]
        out.append(Run(b, e, span_words(text, b, e, r"\S+"), kind="organization"))
    return sorted(out, key=lambda x: x.begin)
