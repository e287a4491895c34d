"""Names bound to their context (issue 10, branch iri1; docs/entities.md "Names bound to their
context"): the stage after the mentions that says which new names identify their thing only
beside an owner or inside their article.

An entity's IRI is minted from its kind and name, the same in every article: right for "Cuba",
wrong for "the No. 7 mine" or a bare "Local 12", whose numbers every firm and every union reuse.
A new name (never a registry entry: the registry's entries are curated as one thing each) whose
label has a shape of kg/data/nlp/scopes.toml is bound: `Entity.bound` names the shape, and
`Entity.owner` is the key of the owner the text names right beside one of its mentions ("Kelvo
Coal’s No. 2 pit", "UFTW Local 12", "Local 12 of the Tarn Workers Union"), the same owner at
every mention that names one; with no owner, or two different ones, the entity is its article's
(kg.rdf.entities mints `Minter.local_entity` for it, `Minter.owned_entity` for an owned one).
The mentions, labels and kinds are left as they are: this is identity, not typing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.annotations import Entity, Mention
from kg.model import Document
from kg.nlp.cuedata import cached, load, phrase_pattern

# what may stand between an owner's mention and the name: a possessive, a bracket closing the
# owner's initials ("(TWU) Local 12"), or only a space
_POSSESSIVE = re.compile(r"(?:[’']s?|\))?\s+\Z")
# what may stand between the name and an owner's mention after it
_OF = re.compile(r"\s+of\s+(?:the\s+)?")


@dataclass(frozen=True)
class Shape:
    """One declared shape of a context-bound name (kg/data/nlp/scopes.toml [[shapes]])."""

    name: str
    kinds: frozenset[str]
    owners: frozenset[str]
    label: re.Pattern[str]


@cached
def shapes() -> tuple[Shape, ...]:
    """The declared shapes, each with its label pattern: an opening word, a number, and the
    shape's nouns when it has some ("No. 7 mine", "Local 12")."""
    out = []
    for s in load("scopes")["shapes"]:
        nouns = list(s["nouns"])
        if s["nouns_of"]:
            nouns += load("kinds")[s["nouns_of"]]["nouns"]
        tail = r"\s+(?:" + phrase_pattern(nouns) + ")" if nouns else ""
        label = re.compile(r"(?:" + phrase_pattern(s["opens"]) + r")\s?\d{1,5}(?:-\d{1,4})?[A-Z]?"
                           + tail)
        out.append(Shape(s["name"], frozenset(s["kinds"]), frozenset(s["owners"]), label))
    return tuple(out)


def bound_shape(entity: Entity) -> Shape | None:
    """The shape of a new name that identifies its thing only in context, or None."""
    if entity.known:
        return None
    return next((s for s in shapes() if entity.kind in s.kinds and s.label.fullmatch(entity.label)),
                None)


def owner_beside(text: str, m: Mention, mentions: list[Mention], entities: dict[str, Entity],
                 fits: Callable[[Entity], bool]) -> str | None:
    """The key of the owner (an entity that `fits`) a mention beside `m` names: ending right
    before it with a possessive or a space, or opening right after it with "of" ("of the")."""
    after = _OF.match(text, m.span.end)
    for o in mentions:
        owner = entities.get(o.entity)
        if o.entity == m.entity or owner is None or not fits(owner):
            continue
        if o.span.end <= m.span.begin and m.span.begin - o.span.end <= 4 \
                and _POSSESSIVE.match(text, o.span.end, m.span.begin):
            return o.entity
        if after is not None and o.span.begin == after.end():
            return o.entity
    return None


def _fits(shape: Shape) -> Callable[[Entity], bool]:
    """An owner of the shape: of a kind it lists, and no bound name itself."""
    return lambda owner: owner.kind in shape.owners and bound_shape(owner) is None


def annotate(doc: Document) -> None:
    """Mark every context-bound entity of the document (`bound`) and its owner (`owner`)."""
    ann = doc.annotations
    for key, entity in ann.entities.items():
        shape = bound_shape(entity)
        if shape is None:
            continue
        entity.bound = shape.name
        owners = {owner_beside(doc.text, m, ann.mentions, ann.entities, _fits(shape))
                  for m in ann.mentions if m.entity == key}
        owners.discard(None)
        entity.owner = owners.pop() if len(owners) == 1 else None
