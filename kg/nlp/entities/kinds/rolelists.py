"""People named after a noun of people and a comma (set CG, branch ent120): "the union's
recording secretary, Zaneta Kelvondo, told the meeting", "Two more officers, Ivo Kelvang, J. Ana
Dorrow and Peter Lane, are on leave". The noun says who the names are: a person's role in the
singular, people in the plural. The names were left untyped where no given-name list holds
their first word, and one ending in a street's head ("Lane") was read as a street.

`role_appositions`: a name of two or three words between "<role>, " and a comma, the role a
singular noun of kg/data/nlp/kinds.toml `[role_lists] singular`, is a person where no rule typed
it. `role_lists`: two names or more listed right after "<people>, " (a plural of `plural`),
joined by commas and "and", the list closed by a comma, one of them a person already, are
people where they are untyped or a place only by a head word (a body's name stays one). A
name of capitals only or with a title is left alone. Declared steps of `KIND_STEPS`
(kg.nlp.entities.kinds.resolve)."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import Run

_GAPS = (", ", " and ", ", and ")


@cached
def _nouns(key: str) -> re.Pattern:
    """"<noun>, " right before a name, the noun one of `[role_lists] key`."""
    words = load("kinds")["role_lists"][key]
    return re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(words) + r"), \Z")


def role_appositions(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name of two or three words between "<role>, " and a comma: a person."""
    role = _nouns("singular")
    for run, label, _k in kept:
        if kinds.of[label][0] != "thing" or run.title or run.kind is not None or label.isupper() \
                or len(label.split()) not in (2, 3) or not ctx.text.startswith(",", run.end) \
                or ctx.ev.place_kind(label) is not None:
            continue
        if role.search(ctx.text, max(0, run.begin - 40), run.begin):
            kinds.of[label] = ("person", True)


def role_lists(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Two names or more listed after "<people>, " and closed by a comma: people."""
    people = _nouns("plural")
    at = {run.begin: (run, label) for run, label, _k in kept}
    for run, label, _k in kept:
        if not people.search(ctx.text, max(0, run.begin - 40), run.begin):
            continue
        listed = _listed(ctx.text, run, label, at)
        if len(listed) < 2 or any(not _may_be_person(r, lab, kinds) for r, lab in listed) \
                or not any(kinds.of[lab][0] == "person" for _r, lab in listed):
            continue
        for _r, lab in listed:
            kinds.of[lab] = ("person", True)


def _listed(text: str, first: Run, label: str, at: dict[int, tuple[Run, str]]) -> list[tuple[Run, str]]:
    """The names listed from `first` on, each after a comma or "and", the last closed by a
    comma; [] where the list is not closed so."""
    listed = [(first, label)]
    run = first
    while True:
        if text.startswith(", ", run.end) and not _next(text, run.end, at):
            return listed
        nxt = _next(text, run.end, at)
        if nxt is None:
            return []
        listed.append(nxt)
        run = nxt[0]


def _next(text: str, end: int, at: dict[int, tuple[Run, str]]) -> tuple[Run, str] | None:
    """The name right after `end` and a list's joint, if any."""
    for gap in _GAPS:
        if text.startswith(gap, end) and (hit := at.get(end + len(gap))) is not None:
            return hit
    return None


def _may_be_person(run: Run, label: str, kinds: Kinds) -> bool:
    """A name untyped, a person's, or a place only by its head word ("Thomas Lane"); no
    title, not in capitals. A body's name, even typed weakly, stays one."""
    kind, strong = kinds.of[label]
    return not run.title and run.kind is None and not label.isupper() \
        and (kind in ("thing", "person") or kind == "place" and not strong) \
        and 2 <= len(label.split()) <= 4
