"""A court case whose first party is a body named with "of" ("Planned Parenthood of Central
Dorrow v. Kelvane", "Kelvo Teachers Union of Tallow v. Dorrow"; set BS's kinds, branch ent106).

`join_marks` (kg.nlp.entities.spans.joins) joins two parties around "v.", but a run does not
walk over "of" after a body the registry knows, so the case began at the place after "of"
("Central Dorrow v. Kelvane": junk, a case nobody brought) and the body stood alone beside it,
as if the text named it on its own. The body and its place are the first party: a case run
holding "v." right after " of " and a body's name (a registry organisation matched by its name,
or a run of two capitalised words or more with no kind of its own) is opened at the body; the
body's registry match is absorbed in the case. A single word before "of" ("Supporters of Roe
v. Wade") is no party, and a headline's Title Case ("Defense of Roe v. Wade") is not read.

The firm a case names last is printed with its legal form after a comma ("Ruiz v. Kelvo Stores,
Inc."): the comma stopped the case's run, which left a name the page does not print ("Ruiz v.
Kelvo Stores") beside the form. `case_legal_forms` puts an English form (kg/data/nlp/
entities.toml `case_legal_forms`) right after a case's comma into the case; a firm named alone
keeps its name without the form (kg.nlp.entities.spans.legalforms leaves English forms out).
The firm a case names first is printed so too ("Kelvo Stores, Inc. v. Ruiz"): the comma cut
the firm from the case, which began at the form ("Inc. v. Ruiz": junk, and the firm's name
without its form beside it); a case run opened by such a form right after a comma and a run
is joined to that run, one case (wave 4's kind, branch junk47).

A case's last party may be an office or a body of a place the registry knows ("Dorrow v. City
of New York", "Tallis v. Governor of California"): the run stops before the registry's place, so
the case was cut at "of" ("Dorrow v. City": junk) and the place stood as a mention the sentence
is not about. `case_places` puts " of " and a registry place right after a case run holding "v."
into the case, the place absorbed (set DG's kind, branch passF42: three cases of three cut).

kg.nlp.entities.spans.regionsteps runs `case_parties`, `case_legal_forms` and `case_places`
right after `cases_against`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, span_words
from kg.nlp.entities.spans.textspan import Region

_MARKS = (" v. ", " vs. ")


@cached
def _forms() -> re.Pattern[str]:
    forms = sorted(load("entities")["case_legal_forms"], key=len, reverse=True)
    # the form ends at a space, a bracket, a comma or the text's end ("…, Inc., which …")
    return re.compile(r", (" + "|".join(map(re.escape, forms)) + r")(?=[\s),;:]|$)")


def _body(x: Run | Match) -> bool:
    """A registry organisation by its name, or a plain run of two capitalised words or more."""
    if isinstance(x, Match):
        return x.how == "name" and x.entry.kind == "organization"
    return len(x.words) >= 2 and x.kind is None and not x.title and x.words[0][2][:1].isupper()


def case_parties(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs of region r with each case run opened at the body "of" follows (module
    docstring)."""
    if r.kind != "prose" or r.caption:
        return runs
    bodies = {x.end: x for x in [*runs, *(k for k in known if r.begin <= k.begin and k.end <= r.end)]
              if _body(x)}
    out = list(runs)
    for case in runs:
        left = bodies.get(case.begin - 4)
        if left is None or text[case.begin - 4:case.begin] != " of " \
                or not any(mark in text[case.begin:case.end] for mark in _MARKS):
            continue
        absorbed = list(case.absorbed) + ([left] if isinstance(left, Match) else list(left.absorbed))
        joined = Run(left.begin, case.end, span_words(text, left.begin, case.end, r"\S+"),
                     absorbed=sorted(absorbed, key=lambda m: m.begin), kind=case.kind)
        out = [joined if x is case else x for x in out if x is not left]
    return sorted(out, key=lambda x: x.begin)


def case_legal_forms(text: str, runs: list[Run]) -> list[Run]:
    """The runs with each case's firm's legal form after a comma put into the case, the last
    party's or the first's (module docstring); the form's own run, if any, goes."""
    out: list[Run] = []
    for run in runs:
        if out and out[-1].end > run.begin:
            continue  # the form, a run of its own, is inside the case now
        if out and _first_party_form(text, out[-1], run):
            first = out.pop()
            run = Run(first.begin, run.end, span_words(text, first.begin, run.end, r"\S+"),
                      absorbed=sorted([*first.absorbed, *run.absorbed], key=lambda m: m.begin), kind=run.kind)
        m = _forms().match(text, run.end)
        if m is not None and not run.title and any(mark in text[run.begin:run.end] for mark in _MARKS):
            run = replace(run, end=m.end(1), words=run.words + span_words(text, m.start(1), m.end(1), r"\S+"))
        out.append(run)
    return out


def _first_party_form(text: str, first: Run, case: Run) -> bool:
    """Is `case` a case run opened by the legal form a comma puts after the run `first`, its
    mark right after the form ("Kelvo Stores" then "Inc. v. Ruiz")?"""
    m = _forms().match(text, first.end)
    return m is not None and m.start(1) == case.begin and not first.title and not case.title \
        and first.kind is None and any(text.startswith(mark, m.end(1)) for mark in _MARKS)


def case_places(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs of region r with " of " and the registry place right after a case run put into
    the case (module docstring); a headline's Title Case is not read."""
    if r.kind != "prose" or r.caption:
        return runs
    places = {k.begin: k for k in known
              if r.begin <= k.begin and k.end <= r.end and k.entry.kind in PLACE_KINDS}
    out: list[Run] = []
    for run in runs:
        place = places.get(run.end + 4)
        if place is not None and text[run.end:run.end + 4] == " of " and not run.title \
                and any(mark in text[run.begin:run.end] for mark in _MARKS) \
                and not any(x.begin < place.end and x.end > run.end for x in runs if x is not run):
            run = replace(run, end=place.end, words=span_words(text, run.begin, place.end, r"\S+"),
                          absorbed=sorted([*run.absorbed, place], key=lambda m: m.begin))
        out.append(run)
    return out
