"""Bodies listed one word each before a plural noun of bodies, one of them an acronym ("the
Kelvo and KWU unions stopped work", "the KFL, Dorrow and TWK unions"): the "and" list
(kg.nlp.entities.spans.andlists `merge_and`) read the parts as the fields of one union's name
("Hotel and Restaurant unions"), and a name no one can look up stood for two bodies.

A union's own list of fields is made of common words; an acronym names a body by itself and
is no field. So a run that is only words of one each joined by "and" or commas, at least one
of them in capitals (two to six letters), right before a plural noun of `organization_after`
("unions", "hotels"), is one organisation per word. A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS` (set BW, branch ent110)."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.capitals import INITIALS
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

_GAP = re.compile(r",?\s+and\s+|,\s+")


def acronym_lists(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The region's runs with each such list parted into one organisation per word."""
    out: list[Run] = []
    for run in runs:
        if _acronym_list(text, run, cues):
            out += [Run(b, e, [(b, e, w)], kind="organization") for (b, e, w) in run.words]
        else:
            out.append(run)
    return out


def _acronym_list(text: str, run: Run, cues: Cues) -> bool:
    """The run is words joined only by "and" or commas, one at least an acronym, before a
    plural noun of bodies; no title, no kind given, no registry name inside."""
    if run.title or run.kind is not None or run.absorbed or len(run.words) < 2:
        return False
    gaps = [text[a[1]:b[0]] for a, b in zip(run.words, run.words[1:], strict=False)]
    if not all(_GAP.fullmatch(g) for g in gaps) or "and" not in gaps[-1]:
        return False
    if not any(INITIALS.fullmatch(w) for (_b, _e, w) in run.words):
        return False
    after = cues.org_after.match(text, run.end)
    return after is not None and after.group(0).rstrip().endswith("s")
