"""The statistics graph dumped in chunks grouped by entity (kg.statistics.DumpChunks,
kg.store.dumps `Chunks`): the chunks are the whole graph, a publish that patched it writes only
the chunks of the entities it touched and copies the others, and the files are those a full
write gives; chunks that do not add up to the graph are not used (the graph is written whole)."""

from __future__ import annotations

import json
import random

import pyoxigraph as ox
import rdflib
from statistics_support import graph_of, put_article

from kg import statistics
from kg.iri import Minter
from kg.store.dumps import SEGMENTS_INDEX, Reuse, read_manifest, write_dumps
from kg.store.embedded import EmbeddedWriter

MINTER = Minter("http://kg.test/")
STATS = statistics.graph_name(MINTER)
PEOPLE = [str(MINTER.entity("person", f"Corvin Halloway {i}")) for i in range(60)]
EVERY = 3  # entities per chunk on average: a few dozen chunks from sixty entities


def _articles(n: int, seed: int = 7) -> dict[str, list[str]]:
    rng = random.Random(seed)
    return {f"http://kg.test/article/v3n{i}/dock-walkout": rng.sample(PEOPLE, rng.randint(2, 9))
            for i in range(n)}


def _store(path, articles: dict[str, list[str]]) -> ox.Store:
    store = ox.Store(str(path))
    for article, names in articles.items():
        put_article(store, article, names)
    statistics.publish(store, MINTER)
    return store


def _write(store: ox.Store, folder, touched=None, reuse=None) -> statistics.DumpChunks:
    chunks = statistics.DumpChunks(store, MINTER, touched, every=EVERY)
    write_dumps(EmbeddedWriter(store), folder, base=MINTER.base, reuse=reuse,
                chunked={STATS.value: chunks})
    return chunks


def _files(folder) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for f in read_manifest(folder)["files"]
            for name in (f["name"], f["gzip_name"])}


def test_the_chunks_are_the_statistics_graph_grouped_by_entity(tmp_path):
    store = _store(tmp_path / "db", _articles(25))
    chunks = statistics.DumpChunks(store, MINTER, None, every=EVERY)
    first = chunks.keys()[0]
    assert list(chunks.quads(first)) == list(chunks.quads(first))  # read again: the same
    quads = [q for key in chunks.keys() for q in chunks.quads(key)]
    assert len(quads) == len(set(quads))
    assert set(quads) == set(store.quads_for_pattern(None, None, None, STATS))
    assert 5 < len(chunks.keys()) < len(PEOPLE)
    # an entity's counts come first in its group, then the pairs whose first entity it is
    owner = None
    for q in quads:
        if q.predicate == statistics.MENTION_COUNT:
            owner = q.subject.value
        elif q.predicate == statistics.CO_MENTIONED:
            assert q.object.value >= owner


def test_a_patched_publish_writes_only_the_touched_entities_chunks(tmp_path, monkeypatch):
    articles = _articles(25)
    store = _store(tmp_path / "db", articles)
    first = tmp_path / "first"
    _write(store, first)
    added = "http://kg.test/article/v3n99/dock-walkout"
    named = [PEOPLE[3], PEOPLE[17], PEOPLE[40]]
    change = statistics.Change()
    put_article(store, added, named)
    change.coming(store, [graph_of(added)])
    touched = statistics.publish(store, MINTER, change).touched
    assert touched == set(named)
    read: list[str] = []
    real = statistics.DumpChunks.quads

    def spy(self, key):
        read.append(key)
        return real(self, key)

    monkeypatch.setattr(statistics.DumpChunks, "quads", spy)
    changed = frozenset({graph_of(added)})
    chunks = _write(store, tmp_path / "incremental", touched, Reuse(first, changed))
    stale = {k for k in chunks.keys() if chunks.stale(k)}
    assert set(read) == stale and 1 <= len(stale) <= len(named) < len(chunks.keys())
    monkeypatch.setattr(statistics.DumpChunks, "quads", real)
    _write(store, tmp_path / "full")
    assert _files(tmp_path / "incremental") == _files(tmp_path / "full")
    index = json.loads((tmp_path / "incremental" / SEGMENTS_INDEX).read_text())
    assert {c[0] for c in index["chunks"]["trig"][STATS.value]} == set(chunks.keys())


def test_the_chunked_files_parse_to_the_stores_quads(tmp_path):
    store = _store(tmp_path / "db", _articles(12))
    out = tmp_path / "out"
    _write(store, out)
    want = set(store.quads_for_pattern(None, None, None))
    for name, fmt in (("militant-kg.nq", ox.RdfFormat.N_QUADS), ("militant-kg.trig", ox.RdfFormat.TRIG)):
        assert set(ox.parse(path=str(out / name), format=fmt)) == want, name
    ds = rdflib.Dataset().parse(data=(out / "militant-kg.jsonld").read_bytes(), format="json-ld")
    stats = ds.graph(rdflib.URIRef(STATS.value))
    assert len(stats) == sum(1 for _ in store.quads_for_pattern(None, None, None, STATS))
    turtle = rdflib.Graph().parse(out / "graphs/statistics.ttl", format="turtle")
    assert len(turtle) == len(stats)


def test_chunks_that_miss_part_of_the_graph_are_not_used(tmp_path):
    store = _store(tmp_path / "db", _articles(12))
    # a pair node whose entities have no counts: no entity's group holds it
    stray = ox.NamedNode(str(MINTER.co_mention("http://kg.test/a", "http://kg.test/b")))
    store.add(ox.Quad(stray, statistics.CO_MENTIONED, ox.NamedNode("http://kg.test/a"), STATS))
    out = tmp_path / "out"
    _write(store, out)
    assert set(ox.parse(path=str(out / "militant-kg.nq"), format=ox.RdfFormat.N_QUADS)) \
        == set(store.quads_for_pattern(None, None, None))
    index = json.loads((out / SEGMENTS_INDEX).read_text())
    assert STATS.value not in index["chunks"]["nquads"]
