"""A station named by its place and its operator's acronym: "the Dorrowvale KART station",
the page giving "Kelvo Area Rapid Transit (KART)" (set BT's junk, branch ent117).

The run walk read the site's name and the acronym after it as one name, typed a place by the
site noun after it ("Dorrowvale KART", junk), and the place the page names was missed. As a
site by name with a lower-case noun is read (bench/quality/README.md's conventions: the bare
name the place), the acronym is the operator, a body of its own: where the run's last word is
an acronym the page prints in brackets after a name ("(KART)") or a registry organisation's,
and a site's noun follows the run (kg/data/nlp/entities.toml `site_place_after`: "station",
"depot", "yard"), the run is cut in two: the words before the acronym a place, the acronym
the operator's mention. kg.nlp.entities.spans.regionsteps runs `operator_sites`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.capitals import INITIALS
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run, absorbed_in


def _glossed(text: str, acronym: str) -> bool:
    """The page prints the acronym in brackets right after a name."""
    return re.search(r"[^\W\d_] \(" + re.escape(acronym) + r"\)", text) is not None


def _operator_site(text: str, run: Run, cues: Cues) -> bool:
    """A plain run of words and one acronym last, glossed on the page, before a site's noun."""
    if len(run.words) < 2 or run.title or run.kind is not None \
            or any(INITIALS.fullmatch(w) for (_b, _e, w) in run.words[:-1]):
        return False
    last = run.words[-1][2]
    return bool(INITIALS.fullmatch(last)) and cues.site_place_after.match(text, run.end) is not None \
        and _glossed(text, last)


def operator_sites(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs with each "<site's name> <operator's acronym>" before a site's noun cut in two."""
    out: list[Run] = []
    for run in runs:
        if not _operator_site(text, run, cues):
            out.append(run)
            continue
        last, words = run.words[-1], run.words[:-1]
        end = words[-1][1]
        out.append(Run(run.begin, end, words, absorbed=absorbed_in(run, run.begin, end), kind="place"))
        out.append(Run(last[0], last[1], [last], absorbed=absorbed_in(run, last[0], last[1])))
    return out
