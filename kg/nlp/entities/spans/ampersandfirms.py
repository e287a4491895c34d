"""A firm named by capitals joined by an ampersand, one token: "sewing shirts for K&D, Walmart
and …", "welders at the B&V shipyard" (branch ent104). The scanner reads such a token as one
run (its words the capitals either side of "&"), and the lone-acronym test of
kg.nlp.entities.names dropped it where it stood once with no employer's cue by it, so the firm
was missed wherever the registry does not hold it. Capitals joined by "&" with no space are a
firm's short name (its founders', "Kelvin & Dorrow" cut to "K&D", or a trade mark) far more
often than anything else, so the run is typed an organisation here; the few that are common
abbreviations ("R&D", "Q&A", "A&E") are listed apart (kg/data/nlp/kinds.toml
`[ampersand_firms] not_firms`) and keep the lone-acronym test. A token glued to a capitalised
word ("K&D Transport") is a longer name's run, not this one's.

A declared step of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run

_INITIALS = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")


@cached
def _not_firms() -> frozenset[str]:
    return frozenset(load("kinds")["ampersand_firms"]["not_firms"])


def ampersand_firms(text: str, found: list[Run]) -> list[Run]:
    """The runs of the region, each run of one token of capitals joined by "&" that nothing
    typed and no list calls a common abbreviation typed an organisation."""
    for run in found:
        token = text[run.begin:run.end]
        if run.kind is None and not run.title and _INITIALS.fullmatch(token) \
                and token not in _not_firms():
            run.kind = "organization"
    return found
