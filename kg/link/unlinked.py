"""Entities of the published graph that have no owl:sameAs: what `kg link --unlinked` lists
and what `kg link` looks up besides the registry's unlinked entries. A name bound to its context
(kg:nameScope: "the No. 7 mine" of one article) is never looked up: it names no Wikidata item."""

from __future__ import annotations

from pathlib import Path

from kg.iri import Minter
from kg.link.score import Target
from kg.namespaces import sparql_prefixes
from kg.nlp.entities.registry.registry import Registry
from kg.store import open_store

QUERY = sparql_prefixes() + """
SELECT ?e (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?m) AS ?mentions)
       (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR="\\u001f") AS ?alts)
WHERE {
  ?m itsrdf:taIdentRef ?e .
  ?e rdfs:label ?l .
  OPTIONAL { ?e skos:altLabel ?alt }
  FILTER NOT EXISTS { ?e owl:sameAs ?wd }
  FILTER NOT EXISTS { ?e kg:nameScope ?scope }
} GROUP BY ?e ORDER BY DESC(?mentions) ?e
"""


def unlinked_in_store(store: str | Path, minter: Minter, registry: Registry) -> list[Target]:
    """Every entity mentioned in the current release without a Wikidata link, most mentioned
    first; `source` says whether the registry knows it ("registry") or only the graph ("graph")."""
    db = open_store(store).snapshot()
    known = {_entity_iri(minter, e.key): e.key for e in registry}
    out = []
    prefix = minter.base + "entity/"
    periodicals = minter.base + "periodical/"
    for row in db.query(QUERY, use_default_graph_as_union=True):
        iri = row["e"].value
        if iri in known:
            key, source = known[iri], "registry"
        elif iri.startswith(prefix):
            key, source = iri[len(prefix):], "graph"
        elif iri.startswith(periodicals):  # a new periodical's IRI is {base}periodical/{slug}
            key, source = "periodical/" + iri[len(periodicals):], "graph"
        else:
            key, source = iri, "graph"
        alts = [a for a in (row["alts"].value.split("\u001f") if row["alts"] else []) if a]
        kind = key.split("/", 1)[0] if "/" in key else "thing"
        out.append(Target(key=key, label=row["label"].value, kind=kind, aliases=sorted(alts),
                          source=source, mentions=int(row["mentions"].value)))
    return out


def _entity_iri(minter: Minter, key: str) -> str:
    kind, name = key.split("/", 1)
    return str(minter.periodical(name) if kind == "periodical" else minter.entity(kind, name))
