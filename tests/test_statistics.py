"""Statistics published as data (kg.statistics): counts per entity and per pair of entities, in
their own named graph, checked by shapes/statistics.ttl, recounted here from the mentions."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from ld_fixture import BASE, publish_fixture
from rdflib import Graph
from statistics_support import put_article

from kg import statistics
from kg.config import SHAPES_DIR
from kg.iri import Minter
from kg.namespaces import ITSRDF, KG, NIF, PROV, XSD
from kg.store.embedded import EmbeddedSnapshot
from kg.validate import validate

MINTER = Minter(BASE)
A, B = "http://kg.test/article/v1n1/one", "http://kg.test/article/v1n2/two"
LENIN, TROTSKY, CUBA = (str(MINTER.entity(k, n)) for k, n in (
    ("person", "Vladimir Lenin"), ("person", "Leon Trotsky"), ("place", "Cuba")))


def _n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def two_articles() -> ox.Store:
    """Lenin named twice in A and once in B, Trotsky once in A, Cuba once in B."""
    st = ox.Store()
    for article, names in ((A, [LENIN, LENIN, TROTSKY]), (B, [LENIN, CUBA])):
        put_article(st, article, names)
    return st


def statistics_shapes() -> Graph:
    g = Graph()
    for name in ("prefixes.ttl", "statistics.ttl"):
        g.parse(SHAPES_DIR / name, format="turtle")
    return g


def as_rdflib(quads) -> Graph:
    return Graph().parse(data=ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES),
                         format="nt")


def test_counts_mentions_articles_and_shared_articles():
    stats = statistics.count(two_articles())
    assert stats.mentions == {LENIN: 3, TROTSKY: 1, CUBA: 1}
    assert stats.articles == {LENIN: 2, TROTSKY: 1, CUBA: 1}
    assert stats.pairs == {tuple(sorted((LENIN, TROTSKY))): 1, tuple(sorted((CUBA, LENIN))): 1}


def test_publish_replaces_the_graph_and_its_pairs_are_minted_from_both_iris():
    st = two_articles()
    statistics.publish(st, MINTER)
    statistics.publish(st, MINTER)  # again: replaced, not added to
    g = statistics.graph_name(MINTER)
    count = _n(KG.mentionCount)
    assert [q.object.value for q in st.quads_for_pattern(_n(LENIN), count, None, g)] == ["3"]
    assert next(st.quads_for_pattern(_n(LENIN), count, None, g)).object.datatype.value == str(XSD.integer)
    pair = _n(MINTER.co_mention(TROTSKY, LENIN))
    assert pair == _n(MINTER.co_mention(LENIN, TROTSKY))
    members = {q.object.value for q in st.quads_for_pattern(pair, _n(KG.coMentioned), None, g)}
    assert members == {LENIN, TROTSKY}
    assert [q.object.value for q in st.quads_for_pattern(pair, _n(KG.sharedArticles), None, g)] == ["1"]
    assert len(list(st.quads_for_pattern(None, None, None, g))) == 3 * 2 + 3 * 2


def test_the_shapes_prove_the_counts_against_the_mentions():
    st = two_articles()
    stats = statistics.count(st)
    quads = list(statistics.quads(stats, MINTER))
    shapes = statistics_shapes()
    data = as_rdflib(list(st) + quads)
    assert validate(data, label="stats", shapes=shapes).conforms
    alone = as_rdflib(quads)  # as `kg validate` checks it: the statistics graph without the texts
    assert validate(alone, label="stats alone", shapes=shapes).conforms


@pytest.mark.parametrize("change, shape", [
    (lambda s: s.mentions.update({LENIN: 1}), "MentionCountProof"),
    (lambda s: s.articles.update({CUBA: 1}), "ArticleCountProof"),
    (lambda s: s.pairs.__setitem__(tuple(sorted((CUBA, LENIN))), 0), "MinInclusive"),
    (lambda s: s.articles.update({TROTSKY: 5}), "lessThanOrEquals"),
])
def test_a_wrong_count_is_a_violation(change, shape):
    st = two_articles()
    stats = statistics.count(st)
    change(stats)
    report = validate(as_rdflib(list(st) + list(statistics.quads(stats, MINTER))), label="stats",
                      shapes=statistics_shapes())
    assert not report.conforms
    assert any(shape.lower() in " ".join(filter(None, [*r.names(), r.component])).lower()
               for r in report.violations)


def test_every_pair_is_recounted_from_the_mentions():
    st = two_articles()
    statistics.publish(st, MINTER)
    g = statistics.graph_name(MINTER)
    recount = f"""SELECT ?x ?y (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?g1 {{
        ?m <{ITSRDF.taIdentRef}> ?x ; <{NIF.referenceContext}> ?c . ?c <{PROV.hadPrimarySource}> ?a }}
        GRAPH ?g2 {{ ?m2 <{ITSRDF.taIdentRef}> ?y ; <{NIF.referenceContext}> ?c2 .
                     ?c2 <{PROV.hadPrimarySource}> ?a }}
        FILTER (STR(?x) < STR(?y)) }} GROUP BY ?x ?y"""
    expected = {(r["x"].value, r["y"].value): r["n"].value for r in st.query(recount)}
    published = {}
    for q in st.quads_for_pattern(None, _n(KG.sharedArticles), None, g):
        x, y = sorted(o.object.value for o in st.quads_for_pattern(q.subject, _n(KG.coMentioned), None, g))
        published[x, y] = q.object.value
    assert published == expected and len(expected) == 2


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    return publish_fixture(tmp_path_factory.mktemp("stats") / "kg").require_current()


def test_every_publish_writes_the_statistics_graph_and_dumps_it(published):
    st = EmbeddedSnapshot.open(published)
    g = statistics.graph_name(MINTER)
    lenin = _n(MINTER.person("Vladimir Lenin"))
    assert [q.object.value for q in st.quads_for_pattern(lenin, _n(KG.mentionCount), None, g)] == ["2"]
    assert [q.object.value for q in st.quads_for_pattern(lenin, _n(KG.articleCount), None, g)] == ["1"]
    recount = (f"SELECT ?e (COUNT(?m) AS ?n) WHERE {{ GRAPH ?g {{ ?m <{ITSRDF.taIdentRef}> ?e }} }} "
               "GROUP BY ?e")
    for row in st.query(recount):
        published_count = next(st.quads_for_pattern(row["e"], _n(KG.mentionCount), None, g)).object
        assert published_count.value == row["n"].value
    assert (published.dumps / "graphs" / "statistics.ttl").exists()
    assert published.info()["graphs"][g.value] == len(list(st.quads_for_pattern(None, None, None, g)))
