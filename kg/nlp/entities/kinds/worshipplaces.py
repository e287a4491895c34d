"""A house of worship named again without its head: "Masjid Kelvo Mosque … two friends killed
at Masjid Kelvo" (set CD's kind). The page names the mosque or the church in full, a place by
its head word, then by its name alone; that name, opening with a word the gazetteer lists as a
given name ("Al", "Santa"), was read a person.

`worship_short_forms` types such a name as the building's name is typed, when a longer name of
the page is that name and one of kg/data/nlp/kinds.toml `[worship_short_forms] heads`
("Mosque", "Church") typed a place, the short name was typed a person only weakly (a given name
inside it, no cue of a person around it) or not at all, and a locative word ("at", "outside")
stands right before it somewhere on the page: a church named for a saint or a person ("St. Ana
Kelvo Church"), the person named alone with no locative, stays a person. A step of
kg.nlp.entities.kinds.resolve `KIND_STEPS`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_PLACES = ("place", "city")


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("kinds")["worship_short_forms"]["heads"])


def worship_short_forms(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """The short names of houses of worship typed as the buildings (module docstring)."""
    buildings: dict[str, str] = {}
    for _run, label, _k in kept:
        words = label.split()
        kind = kinds.of.get(label, ("thing", False))[0]
        if len(words) >= 2 and words[-1] in _heads() and kind in _PLACES:
            buildings.setdefault(" ".join(words[:-1]), kind)
    if not buildings:
        return
    placed = {label for run, label, _k in kept
              if label in buildings and ctx.ev.locative_before(ctx.text, run.begin)}
    for label in placed:
        kind, strong = kinds.of.get(label, ("thing", False))
        if kind == "thing" or kind == "person" and not strong:
            kinds.of[label] = (buildings[label], False)
