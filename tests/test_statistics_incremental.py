"""The statistics patched by a build's changed articles (kg.statistics: Change, patch) give the
graph a whole count gives: the same quads after articles are added, replaced and removed, in
any order; a release whose counts another version wrote, an article in two graphs, and
`kg build --force` are counted whole. The search index updated from the previous release's
(kg.search.index) holds the rows a whole one holds, and a query gets the same hits."""

from __future__ import annotations

import json
import sqlite3

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph
from statistics_support import graph_of, put_article

from kg import statistics
from kg.config import SHAPES_DIR
from kg.iri import Minter
from kg.namespaces import PROV
from kg.pipeline import build
from kg.search.index import INDEX_FILE
from kg.search.query import SearchIndex
from kg.store import StoreDir
from kg.validate import validate

MINTER = Minter("http://kg.test/")
NAMES = [str(MINTER.entity("person", n)) for n in (
    "Orla Vantreck", "Pim Adeyemi", "Sune Castellar", "Ilse Moravec", "Tamsin Okafor")]


def _n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def stats_quads(store) -> set[ox.Quad]:
    return set(store.quads_for_pattern(None, None, None, statistics.graph_name(MINTER)))


def whole(articles: dict[str, list[str]]) -> set[ox.Quad]:
    store = ox.Store()
    for article, names in articles.items():
        put_article(store, article, names)
    statistics.publish(store, MINTER)
    return stats_quads(store)


def apply(store: ox.Store, edits: dict[str, list[str] | None]) -> bool:
    """Replace (a list) or remove (None) article graphs as a build's publish does; patch."""
    change = statistics.Change()
    change.going(store, [graph_of(a) for a in edits if store.contains_named_graph(_n(graph_of(a)))])
    for article, names in edits.items():
        if store.contains_named_graph(_n(graph_of(article))):
            store.remove_graph(_n(graph_of(article)))
        if names is not None:
            put_article(store, article, names)
    change.coming(store, [graph_of(a) for a, names in edits.items() if names is not None])
    return statistics.publish(store, MINTER, change).patched


A, B, C = (f"http://kg.test/article/v1n{i}/page" for i in (1, 2, 3))


def test_add_replace_and_remove_patch_to_the_whole_count():
    store = ox.Store()
    articles = {A: [NAMES[0], NAMES[0], NAMES[1]], B: [NAMES[0], NAMES[2]]}
    for article, names in articles.items():
        put_article(store, article, names)
    statistics.publish(store, MINTER)
    for edit in ({C: [NAMES[1], NAMES[2], NAMES[3]]},  # add
                 {B: [NAMES[3], NAMES[4]]},  # replace: NAMES[2] leaves B
                 {A: None}):  # remove: NAMES[0] is named nowhere now
        assert apply(store, edit)
        for article, names in edit.items():
            articles.pop(article) if names is None else articles.__setitem__(article, names)
        assert stats_quads(store) == whole(articles)
    nodes = {q.subject.value for q in stats_quads(store)}
    assert NAMES[0] not in nodes  # its counts fell to zero: the node went
    assert str(MINTER.co_mention(NAMES[0], NAMES[1])) not in nodes  # and its pairs


def test_the_patched_graph_passes_the_statistics_shapes():
    store = ox.Store()
    put_article(store, A, [NAMES[0], NAMES[1]])
    statistics.publish(store, MINTER)
    apply(store, {B: [NAMES[0], NAMES[1], NAMES[2]], A: [NAMES[1], NAMES[3]]})
    shapes = Graph()
    for name in ("prefixes.ttl", "statistics.ttl"):
        shapes.parse(SHAPES_DIR / name, format="turtle")
    data = Graph().parse(data=ox.serialize([q.triple for q in store], format=ox.RdfFormat.N_TRIPLES),
                         format="nt")
    assert validate(data, label="patched", shapes=shapes).conforms


def test_an_article_in_two_graphs_is_counted_whole():
    store = ox.Store()
    put_article(store, A, [NAMES[0], NAMES[1]])
    statistics.publish(store, MINTER)
    twin = _n("http://kg.test/twin/graph")  # another graph holding the same article's text
    store.add(ox.Quad(_n(A + "/text"), _n(PROV.hadPrimarySource), _n(A), twin))
    assert not apply(store, {A: [NAMES[0]]})
    assert stats_quads(store) == whole({A: [NAMES[0]]})


def test_a_count_that_would_fall_below_zero_is_counted_whole():
    store = ox.Store()
    put_article(store, A, [NAMES[0]])  # published without its statistics: nothing to patch
    assert not apply(store, {A: None, B: [NAMES[1]]})
    assert stats_quads(store) == whole({B: [NAMES[1]]})


edits = st.lists(st.dictionaries(st.sampled_from([A, B, C]),
                                 st.none() | st.lists(st.sampled_from(NAMES), max_size=5),
                                 min_size=1, max_size=3), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None)
@given(edits)
def test_any_sequence_of_publishes_patches_to_the_whole_count(sequence):
    store, articles = ox.Store(), {}
    statistics.publish(store, MINTER)
    for edit in sequence:
        assert apply(store, edit)
        for article, names in edit.items():
            articles.pop(article, None) if names is None else articles.__setitem__(article, names)
        assert stats_quads(store) == whole(articles)


PAGE = """The Militant (logo)
   Vol. 81/No. {no}           {date}

{headline}

BY RUTH OSTERGAARD
MARLOW FALLS, Oregon—Nurses at Halvern County Hospital walked out on Monday. “{quote},”
said {first}, a nurse on the night shift. {second} of the county labor council spoke at the rally.

{first} said the hospital board had not met the union since spring. {third} brought a
delegation from the cannery.
"""


def page(folder, no: int, day: int, names: tuple[str, str, str], headline: str):
    path = folder / f"militant-2017-03-{day:02d}-v81n{no}-halvern-nurses.txt"
    first, second, third = names
    path.write_text(PAGE.format(no=no, date=f"March {day}, 2017", headline=headline,
                                quote="We stay out until they talk", first=first, second=second,
                                third=third), encoding="utf-8")
    return path


def published_stats(store: StoreDir) -> set[ox.Quad]:
    snap = store.snapshot()
    g = statistics.graph_name(Minter.from_config())
    return set(snap.quads_for_pattern(None, None, None, g))


def index_rows(store: StoreDir) -> dict[str, list]:
    """Every row of the release's search index, without the row ids (an update numbers anew)."""
    db = sqlite3.connect(store.current().path / INDEX_FILE)
    try:
        return {name: sorted(db.execute(query).fetchall(), key=repr) for name, query in (
            ("entities", "SELECT e.iri, e.label, e.type, e.mentions, e.articles, f.names FROM entity e "
                         "JOIN entity_fts f ON f.rowid = e.id"),
            ("classes", "SELECT e.iri, c.class FROM entity_class c JOIN entity e ON e.id = c.entity"),
            ("passages", 'SELECT p.kind, p.iri, p.article, p.headline, p.date, p.begin, p."end", p.who, '
                         "p.who_label, f.text FROM passage p JOIN passage_fts f ON f.rowid = p.id"),
            ("fts sizes", "SELECT (SELECT count(*) FROM entity_fts), (SELECT count(*) FROM passage_fts)"))}
    finally:
        db.close()


def written(store: StoreDir) -> str:
    db = sqlite3.connect(store.current().path / INDEX_FILE)
    try:
        return db.execute("SELECT value FROM meta WHERE key = 'written'").fetchone()[0]
    finally:
        db.close()


def hits(store: StoreDir) -> tuple:
    idx = SearchIndex.of_release(store.current().path)
    return ({(h.kind, h.iri, h.who_label) for h in idx.passages("Halvern nurses", limit=500)[1]},
            {(h.iri, h.mentions) for h in idx.entities("Ines", limit=50)[1]},
            {(h.kind, h.iri) for h in idx.passages("cannery", limit=500)[1]})


def check_against_full(tmp_path, name: str, paths, store: StoreDir) -> None:
    """The incremental store's statistics and index are a full build's of the same pages."""
    assert store.current().info()["statistics"]["patched"]
    assert written(store).startswith("updated from ")
    full = StoreDir(tmp_path / name)
    build(paths, full, Minter.from_config())
    assert full.current().info()["statistics"] == {"version": statistics.VERSION, "patched": False}
    assert written(full) == "whole"
    assert published_stats(store) == published_stats(full)
    assert index_rows(store) == index_rows(full)
    assert hits(store) == hits(full)


def full_build(tmp_path, name: str, paths) -> set[ox.Quad]:
    store = StoreDir(tmp_path / name)
    build(paths, store, Minter.from_config())
    assert store.current().info()["statistics"] == {"version": statistics.VERSION, "patched": False}
    return published_stats(store)


def two_pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    one = page(folder, 10, 6, ("Dagny Prewitt", "Colm Abernathy", "Rosalind Quayle"),
               "Halvern nurses strike")
    two = page(folder, 11, 13, ("Dagny Prewitt", "Ines Varga", "Colm Abernathy"),
               "Halvern nurses hold the line")
    return folder, one, two


def test_builds_that_add_replace_and_remove_a_page_publish_the_full_builds_statistics_and_index(tmp_path):
    minter = Minter.from_config()
    folder, one, two = two_pages(tmp_path)
    store = StoreDir(tmp_path / "inc")
    build([one, two], store, minter)
    three = page(folder, 12, 20, ("Ines Varga", "Rosalind Quayle", "Tobiah Fenn"),
                 "Cannery workers join Halvern nurses")
    build([one, two, three], store, minter)  # add
    check_against_full(tmp_path, "full-add", [one, two, three], store)
    added = published_stats(store)
    assert sum(q.predicate == statistics.SHARED_ARTICLES for q in added) > 3  # pairs were counted
    assert hits(store)[1] and hits(store)[2]  # the queries find something
    page(folder, 11, 13, ("Ines Varga", "Marta Delacroix", "Tobiah Fenn"), "Halvern nurses hold the line")
    build([one, two, three], store, minter)  # replace: page two's bytes changed
    check_against_full(tmp_path, "full-replace", [one, two, three], store)
    one.unlink()
    build([two, three], store, minter, prune=True)  # remove
    check_against_full(tmp_path, "full-remove", [two, three], store)


def test_an_older_release_and_force_are_counted_whole(tmp_path):
    minter = Minter.from_config()
    folder, one, two = two_pages(tmp_path)
    store = StoreDir(tmp_path / "s")
    build([one], store, minter)
    info_path = store.current().info_path
    info = json.loads(info_path.read_text())
    del info["statistics"]  # a release published before the counts were recorded
    info_path.write_text(json.dumps(info))
    build([one, two], store, minter)
    assert store.current().info()["statistics"]["patched"] is False
    page(folder, 11, 13, ("Dagny Prewitt", "Ines Varga", "Tobiah Fenn"), "Halvern nurses hold the line")
    build([one, two], store, minter, force=True)
    assert store.current().info()["statistics"]["patched"] is False
    assert published_stats(store) == full_build(tmp_path, "full", [one, two])
