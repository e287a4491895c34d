"""A body's arm in a country named in full before its initials and the country in brackets:
"the Kelvo Workers Union Canada (KWU Canada)" (set CK's junk; branch ent125).

The registry names the body ("Kelvo Workers Union"), so its mention ended there and the country
after it was a name of its own: the arm's full name was lost, the body credited where the page
names its national arm. The bracket says what the words are: the body's initials (a form of the
same registry organisation, `Cues.org_named`) and the same country's name, the arm's short form
(kg.nlp.entities.mentions.keep `firms_national_arm` reads it as one organisation). Where a
registry organisation, one space, a country (a registry mention or the scanner's run the
gazetteer knows as a country), then such a bracket follow each other, the organisation and the
country are one organisation's name, the mentions absorbed.

kg.nlp.entities.spans.regionsteps runs `bracketed_arms` after `affiliates`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, span_words
from kg.nlp.entities.spans.textspan import Region

_BRACKET = re.compile(r" \(([A-Z]{2,6}) ([^()]+)\)")


def bracketed_arms(text: str, region: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The region's runs with each arm named in full before its bracketed short form made one run
    (module docstring): the country's run grown back over the body, or a run added."""
    known = [m for m in known if region.begin <= m.begin and m.end <= region.end]
    countries = {m.begin: m for m in known if m.entry.kind == "country"}
    by_begin = {r.begin: r for r in runs if not r.title and r.kind in (None, "country")}
    out = list(runs)
    for body in known:
        at = body.end + 1
        if body.entry.kind != "organization" or text[body.end:at] != " ":
            continue
        run, country = by_begin.get(at), countries.get(at)
        end = run.end if run is not None else country.end if country is not None else None
        if end is None or not _short_form(text, body, at, end, cues):
            continue
        if run is not None and evidence().place_kind(text[at:end]) != "country":
            continue
        absorbed = [body] + (run.absorbed if run is not None else [country])
        arm = Run(body.begin, end, span_words(text, body.begin, end), False, absorbed, kind="organization")
        out = [r for r in out if r is not run] + [arm]
    return sorted(out, key=lambda r: r.begin)


def _short_form(text: str, body: Match, at: int, end: int, cues: Cues) -> bool:
    """The bracket after the country holds the body's initials and the same country's name."""
    m = _BRACKET.match(text, end)
    return m is not None and m.group(2) == text[at:end] and cues.org_named(m.group(1)) == body.entry.label
