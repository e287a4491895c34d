"""A union's local or district whose number is glued before its union's initials ("an orderly
and member of 4411KWU", as the paper prints New York's big health-care and building-service
locals): a word opening with digits opens no run, so the name was lost, and the registry's
initials inside the word are no mention of their own (they do not begin a word). Two to five
digits glued to two to six capitals that name a registry organisation (`Cues.org_named`: by
its name or its initials) are one organisation, the local (branch ent89). A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

_GLUED = re.compile(r"(?<![\w’'./-])(\d{2,5})([A-Z]{2,6})(?![\w’'-])")


def numbered_unions(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The region's runs and a run of each union's numbered local glued to its initials."""
    taken = [(x.begin, x.end) for x in runs] + [(m.begin, m.end) for m in known]
    out = list(runs)
    for g in _GLUED.finditer(text, r.begin, r.end):
        if cues.org_named(g.group(2)) is None or any(b < g.end() and g.start() < e for b, e in taken):
            continue
        out.append(Run(g.start(), g.end(), [(g.start(), g.end(), g.group(0))], kind="organization"))
    return sorted(out, key=lambda x: x.begin)
