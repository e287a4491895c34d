"""An international body's mission named for its purpose and the land it serves in (set BE,
branch ent88): "the United Nations Mission for the Vote in Kelvia", "the UN Mission for the
Referendum in Dorrovia". The registry matched the body ("United Nations") and the runs of
capitalised words stopped at "for the" and at "in": the body was found alone, the mission and
its purpose dropped as pieces.

`missions_for` makes one organisation of the body, the mission's head, "for" (or "for the"),
one to three capitalised words of its purpose, "in" and the land: the body one of the
international bodies (kg/data/nlp/boundaries.toml [missions] `bodies`), the head one of
`heads` ("Mission", "Force"), the land a registry country, or a run the gazetteer knows as a
country or a land (an island, a territory). Every registry match inside is absorbed into it, as
kg.nlp.entities.spans.missions absorbs the country of "the UN Interim Force in Kelvia", the
shape it reads without a purpose.

kg.nlp.entities.spans.regionsteps runs it right after `join_missions`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, span_words
from kg.nlp.entities.spans.textspan import Region


@cached
def _shape() -> re.Pattern[str]:
    """A body, a mission's head, "for" ("for the"), one to three capitalised words, "in", then
    where the land begins ([missions] `bodies`, `heads`)."""
    c = load("boundaries")["missions"]
    alt = "|".join(re.escape(w) for w in sorted(c["bodies"], key=len, reverse=True))
    heads = "|".join(re.escape(w) for w in c["heads"])
    return re.compile(rf"(?<![\w’'.-])(?:{alt}) (?:{heads}) for (?:the )?"
                      rf"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){{0,2}} in (?=[A-Z])")


def missions_for(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs, each "<body> Mission for the <purpose> in <land>" made one organisation
    (module docstring)."""
    for m in _shape().finditer(text, r.begin, r.end):
        end = _land_end(text, m.end(), runs, known)
        if end is None or any(run.begin < m.start() < run.end or run.begin < end < run.end
                              for run in runs):
            continue
        inside = [k for k in known if m.start() <= k.begin and k.end <= end]
        runs = [run for run in runs if not (m.start() <= run.begin and run.end <= end)]
        runs.append(Run(m.start(), end, span_words(text, m.start(), end), False, inside,
                        kind="organization"))
    return sorted(runs, key=lambda run: run.begin)


def _land_end(text: str, at: int, runs: list[Run], known: list[Match]) -> int | None:
    """Where the land that begins at `at` ends: a registry country's match, or a run the
    gazetteer knows as a country or a land; None if neither begins there."""
    for k in known:
        if k.begin == at and k.entry.kind == "country":
            return k.end
    for run in runs:
        if run.begin == at and run.kind is None and not run.title \
                and evidence().place_kind(text[run.begin:run.end]) in ("country", "place"):
            return run.end
    return None
