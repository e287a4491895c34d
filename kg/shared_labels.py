"""One label per entity of the shared graph, whatever articles printed and in whatever order.

Each article labels the entities it names as it prints them, and an entity's IRI is minted from
a slug of its name, which folds accents, case and punctuation. So two pages can give one node two
printed forms: `Bogotá` and `Bogota`, `Gdańsk` and `Gdansk`, a union's name in capitals on one
page and in title case on another. The shapes allow an entity one `rdfs:label` (a user's
`SELECT ?label` gets one row per entity, as in Wikidata), and the merged shared graph of an
archive built from 820 test pages had 74 such nodes: the build published nothing.

At publish, after the new shared triples are loaded, every node that got a label from this
publish and now has more than one keeps one: the best form by `preference`, a total order on
strings, so the label is the best of all the forms ever published for the node, the same
whatever order the articles came in or were built in (one build or many, one worker or a
cluster). The other forms stay as `skos:altLabel`, where search and the entity pages already
read a node's other names; `schema:name` follows the label. Nothing is lost: a form that is not
the label is an altLabel.

Why this order: a form in mixed case over one in capitals (a headline's or a byline's shouting
is not the name), a form that opens with a capital over one that does not, then the form with
more letters outside ASCII (the accented spelling is the name's own, and Wikidata's), then the
first by code point, only to make the order total.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib.namespace import RDFS, SKOS

from kg.namespaces import SCHEMA
from kg.shared_gc import Node
from kg.store import Writer

LABEL = ox.NamedNode(str(RDFS.label))
NAME = ox.NamedNode(str(SCHEMA.name))
ALT = ox.NamedNode(str(SKOS.altLabel))


def preference(form: str) -> tuple:
    """The sort key of a printed form: the smallest key is the label (see the module doc)."""
    letters = [c for c in form if c.isalpha()]
    shouting = bool(letters) and all(c.isupper() for c in letters) and len(letters) > 1
    lower_start = bool(letters) and letters[0].islower()
    accented = sum(1 for c in letters if not c.isascii())
    return (shouting, lower_start, -accented, form)


def best(forms: Iterable[ox.Literal]) -> ox.Literal:
    """The form that is the label: the same for the same set of forms in any order."""
    return min(forms, key=lambda lit: preference(lit.value))


def reconcile(st: Writer, graph: ox.NamedNode, nodes: Iterable[Node]) -> dict[Node, ox.Literal]:
    """Leave each of `nodes` one rdfs:label and the same schema:name in `graph`; every other
    form becomes a skos:altLabel. Returns the nodes changed, with the label each kept."""
    changed: dict[Node, ox.Literal] = {}
    for node in nodes:
        labels = [q.object for q in st.quads_for_pattern(node, LABEL, None, graph)]
        if len(labels) < 2:
            continue
        names = [q.object for q in st.quads_for_pattern(node, NAME, None, graph)]
        keep = best(labels)
        for pred, values in ((LABEL, labels), (NAME, names)):
            for value in values:
                if value != keep:
                    st.remove(ox.Quad(node, pred, value, graph))
                    st.add(ox.Quad(node, ALT, value, graph))
        st.add(ox.Quad(node, NAME, keep, graph))
        if (same := ox.Quad(node, ALT, keep, graph)) in st:  # another page's altLabel
            st.remove(same)
        changed[node] = keep
    return changed
