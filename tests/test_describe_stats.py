"""The description's counts (kg.store.describe.dataset_stats): the distinct subjects and the IRIs
among them read in one query give what a query per count gives, blank-node subjects left out of
the entities."""

from __future__ import annotations

import pyoxigraph as ox

from kg.store.describe import _count, dataset_stats
from kg.store.embedded import EmbeddedWriter

EX = "https://paper.example/id/"


def _store(path) -> EmbeddedWriter:
    """Invented statements in two graphs: IRI and blank-node subjects, one subject in both."""
    store = ox.Store(str(path))
    g1, g2 = ox.NamedNode(EX + "graph/a"), ox.NamedNode(EX + "graph/b")
    name, knows = ox.NamedNode(EX + "name"), ox.NamedNode(EX + "knows")
    orla, bram = ox.NamedNode(EX + "orla-venn"), ox.NamedNode(EX + "bram-kettle")
    mention = ox.BlankNode("m1")
    store.extend([ox.Quad(orla, name, ox.Literal("Orla Venn"), g1),
                  ox.Quad(orla, knows, bram, g2),
                  ox.Quad(bram, name, ox.Literal("Bram Kettle"), g2),
                  ox.Quad(mention, knows, orla, g1),
                  ox.Quad(mention, name, ox.Literal("Orla"), g1)])
    return EmbeddedWriter(store)


def test_subjects_and_entities_are_what_a_query_each_gives(tmp_path):
    store = _store(tmp_path / "db")
    stats = dataset_stats(store)
    assert (stats.subjects, stats.entities) == (3, 2)
    assert stats.subjects == _count(store, ("DISTINCT ?s", "?s ?p ?o"))
    assert stats.entities == _count(store, ("DISTINCT ?s", "?s ?p ?o FILTER isIRI(?s)"))


def test_an_empty_store_counts_nothing(tmp_path):
    stats = dataset_stats(EmbeddedWriter(ox.Store(str(tmp_path / "db"))))
    assert (stats.triples, stats.subjects, stats.entities, stats.objects) == (0, 0, 0, 0)


def test_the_triples_the_publish_counted_per_graph_are_the_stores(tmp_path):
    store = _store(tmp_path / "db")
    default, named = store.graph_counts()
    given = dataset_stats(store, triples=default + sum(named.values()))
    assert given == dataset_stats(store) and given.triples == len(store) == 5
