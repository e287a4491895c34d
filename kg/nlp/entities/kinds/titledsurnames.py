"""A surname alone whose full name the page prints only inside a longer name: "Dorrow painted
the walls" where the show is "“Ana Dorrow and Tavo Kelvo in Tallow”" (set EO's kind, branch
type47).

A person named in full and then by surname is read by the short forms (the surname takes the
full name's kind). Where the full name stands only inside a title, a quoted show's or a book's
name the rules kept whole or left out, no person's name is kept, and the surname alone was typed
by what it looked like: a town somewhere that the gazetteer knows ("Dorrow": a place), or
nothing, and then the learned typer's guess. A one-word name typed so — untyped, or a place by
the gazetteer alone, no word of the text saying a place (no locative word such as "in" or
"near" before any of its mentions, no state after a comma) — that the page writes right after a
given name the gazetteer knows (no title, no head word between), outside every person's name it
keeps, is that person's surname: a person (weak). Beside a person's name kept whole the short
forms read the surname, and a town of that name is the town. A declared step of
`KIND_STEPS`, after the surnames beside people.
"""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import PLACE_KINDS

_SURNAME = re.compile(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?")
_GIVEN_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+)[ \t]+\Z")
# a comma and a capitalised word after a mention: "Dorrow, Kelvia" says a place
_PLACE_AFTER = re.compile(r",[ \t]+[A-Z]")


def _after_given_name(ctx: NameContext, label: str, people: list[tuple[int, int]]) -> bool:
    """The page prints `label` right after a given name the gazetteer knows, outside the names
    of people it keeps (`people`: there the short forms read the surname, and a town of that
    name beside them is the town: "Gary" the steel town beside a judge "<Given> Gary")."""
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(label)}(?![\w’'-])", ctx.text):
        before = _GIVEN_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        if before is not None and ctx.ev.gazetteer.is_given_name(before.group(1)) \
                and before.group(1) not in ctx.cues.titles and before.group(1) not in ctx.cues.heads \
                and not any(b <= before.start(1) and m.end() <= e for b, e in people):
            return True
    return False


def titled_surnames(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """A one-word name untyped or a place by the gazetteer alone, that the page prints after a
    given name: a person (module docstring)."""
    runs: dict[str, list] = {}
    for run, label, _k in kept:
        runs.setdefault(label, []).append(run)
    people = [(run.begin, run.end) for run, label, _k in kept if kinds.of[label][0] == "person"]
    people += [(m.begin, m.end) for m in ctx.covered if m.entry.kind == "person"]
    for label, its in runs.items():
        kind, strong = kinds.of[label]
        if " " in label or strong or not _SURNAME.fullmatch(label) \
                or not (kind == "thing" or kind in PLACE_KINDS and ctx.ev.place_kind(label)) \
                or any(r.title or r.kind is not None for r in its):
            continue
        if any(ctx.ev.locative_before(ctx.text, r.begin) or _PLACE_AFTER.match(ctx.text, r.end) for r in its):
            continue
        if _after_given_name(ctx, label, people):
            kinds.of[label] = ("person", False)
