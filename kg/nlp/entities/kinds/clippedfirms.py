"""A firm's hyphened name clipped in its last part: "Canton-Pitt" after "the Canton-Pittsburgh
Steel mill" (issue 10, set AZ's kinds, branch ent81; docs/entities.md "Set AZ's names").

Workers call a firm of two towns' names by a clipped form of it, the second town cut short and
the head left off. Nothing in the clipped word types it, and the words around it ("struck
Canton-Pitt") rarely do. `clipped_firms` types an untyped label written with a hyphen that
opens an organisation's label of the same article and ends inside one of its words (the next
letter lower case): the firm's short form, an organisation. A label that is a whole word of the
longer name ("Canton-Pittsburgh" itself, a place pair) is left to the other steps. Apart from
kg.nlp.entities.kinds.namekinds: a declared step of `KIND_STEPS`."""

from __future__ import annotations

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


def clipped_firms(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each untyped hyphened label that an organisation's label of the article opens, cut
    inside a word, becomes an organisation (strong: the full name says so)."""
    firms = [label for label, (kind, _s) in kinds.of.items() if kind == "organization"]
    for label, (kind, _s) in list(kinds.of.items()):
        if kind != "thing" or "-" not in label or " " in label or not label[:1].isupper():
            continue
        if any(f.startswith(label) and f[len(label):len(label) + 1].islower() for f in firms):
            kinds.of[label] = ("organization", True)
