"""A hospital named again by the words before its head: "Dorrow" after "Dorrow Medical Center"
("nurses at Dorrow and Kelvin General protested"; set CB, branch ent113).

The short forms (kg.nlp.entities.kinds.shortforms `longer_name`) give an organisation's leading
words to the organisation, but not where a rule typed them a place: "at Dorrow" is a locative
frame, so the short form was a place of its own, and the hospital the article named was read
as a building on one line and a town on the next. A one- or two-word name that only a frame
typed (a weak place or nothing), that no gazetteer or registry knows as a place, and whose words
open a hospital's name (kg.nlp.entities.kinds.hospitals `names_hospital`) the article gave
earlier, is that hospital's body here: an organisation, weakly, so that `longer_name` ties it
to the full name and the hospital refinement types both. A declared step of `KIND_STEPS`
(kg.nlp.entities.kinds.resolve)."""

from __future__ import annotations

from kg.nlp.entities.kinds.hospitals import names_hospital
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_WEAK = (("thing", False), ("place", False))


def _hospitals(kept: Kept, kinds: Kinds) -> dict[str, int]:
    """Each hospital's full name the article gives (a new organisation or place): where first."""
    out: dict[str, int] = {}
    for run, label, _k in kept:
        if kinds.of[label][0] in ("organization", "place") and names_hospital(label):
            out.setdefault(label, run.begin)
    return out


def hospital_shorts(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """A weakly typed short name opening an earlier hospital's name: an organisation."""
    hospitals = _hospitals(kept, kinds)
    if not hospitals:
        return
    for run, label, _k in kept:
        words = label.split()
        if kinds.of[label] not in _WEAK or run.title or not 1 <= len(words) <= 2 \
                or ctx.ev.place_kind(label) is not None:
            continue
        if any(len(full.split()) > len(words) and full.split()[:len(words)] == words and at < run.begin
               for full, at in hospitals.items()):
            kinds.of[label] = ("organization", False)
