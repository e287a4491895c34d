"""A country the gazetteer knows, not the registry, before a registry party's name: "the Kelvia
Labour Party" where the registry's "Labour Party" is another country's (set CD's kind).

kg.nlp.entities.spans.nested `place_before_party` reads "the Kelvia Democratic Party" as another
party's name when the place before it is a registry place; a country the registry leaves out
(the gazetteer's only) was a run of its own, and the registry party a mention of the other
country's party: the page's party linked to the wrong body, its country a mention apart. A run of
one place the gazetteer knows, glued by one space before a registry party (its label's last word
of `[edges] party_name_heads`) whose `place` is not that place, is that place's party: one new
name holding both, the registry party absorbed. A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

from kg.nlp.entities.cues import edges
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run


def gazetteer_place_parties(text: str, runs: list[Run], known: list[Match], ev: Evidence) -> list[Run]:
    """The runs, a gazetteer place before another country's registry party joined into one
    party's name (module docstring)."""
    parties = {m.begin: m for m in known if m.how == "name" and m.entry.kind == "organization"
               and edges.party_name_head(m.entry.label.split()[-1])}
    out: list[Run] = []
    for run in runs:
        m = parties.get(run.end + 1)
        label = text[run.begin:run.end]
        if m is not None and text[run.end] == " " and not run.title and run.kind in (None, "place") \
                and not run.absorbed and ev.place_kind(label) in PLACE_KINDS and m.entry.place != label:
            out.append(Run(run.begin, m.end, run.words + [(m.begin, m.end, text[m.begin:m.end])],
                           absorbed=[m]))
            continue
        out.append(run)
    return out
