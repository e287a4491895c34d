"""Dumps and the dataset description written at publish time (kg.store.dumps, kg.store.describe)."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess

import pyoxigraph as ox
import pytest
import rdflib
from conftest import need
from ld_fixture import BASE, KEY, article_graphs, load_graph, publish_fixture

from kg import namespaces as ns
from kg.iri import Minter
from kg.store.describe import finisher
from kg.store.dumps import DumpError, graph_file, read_manifest, write_dumps
from kg.store.embedded import EmbeddedSnapshot

RDFLIB_FORMAT = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt",
                 "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    folder = tmp_path_factory.mktemp("store")
    store_dir = publish_fixture(folder)
    return store_dir.require_current()


@pytest.fixture(scope="module")
def manifest(published):
    return read_manifest(published.dumps)


def _parse(path, fmt: str):
    if fmt in ("trig", "nquads", "jsonld"):
        g = rdflib.Dataset()
    else:
        g = rdflib.Graph()
    g.parse(path, format=RDFLIB_FORMAT[fmt])
    return g


def _triples(g) -> set:
    if isinstance(g, rdflib.Dataset):
        return {(s, p, o) for s, p, o, _ in g.quads()}
    return set(g)


def test_every_format_and_graph_is_written_and_gzipped(published, manifest):
    minter = Minter(BASE)
    names = {f["name"] for f in manifest["files"]}
    assert {"militant-kg.trig", "militant-kg.nq", "militant-kg.jsonld", "militant-kg-union.ttl",
            "militant-kg-union.nt"} <= names
    graphs = {f["graph"]: f["name"] for f in manifest["files"] if f["scope"] == "graph"}
    assert graphs == {str(minter.graph(KEY)): f"graphs/{KEY}.ttl", str(minter.shared_graph("shared")):
                      "graphs/shared.ttl", str(minter.shared_graph("statistics")): "graphs/statistics.ttl"}
    for f in manifest["files"]:
        plain, gz = published.dumps / f["name"], published.dumps / f["gzip_name"]
        assert plain.stat().st_size == f["bytes"] > 0
        assert hashlib.sha256(plain.read_bytes()).hexdigest() == f["sha256"]
        assert gz.stat().st_size == f["gzip_bytes"]
        assert hashlib.sha256(gz.read_bytes()).hexdigest() == f["gzip_sha256"]
        assert gzip.decompress(gz.read_bytes()) == plain.read_bytes()
    assert (published.dumps / "manifest.json").exists()


def test_counts_match_the_store_and_every_dump_parses_to_the_same_triples(published, manifest):
    st = EmbeddedSnapshot.open(published)
    graph = ox.NamedNode(str(Minter(BASE).shared_graph("void")))
    # the description is not in the dumps
    data_quads = [q for q in st.quads_for_pattern(None, None, None) if q.graph_name != graph]
    assert manifest["triples"] == len(data_quads)
    expected = {q.triple for q in data_quads}
    for f in manifest["files"]:
        path = published.dumps / f["name"]
        assert len(_triples(_parse(path, f["format"]))) == f["triples"], f["name"]  # rdflib's parser
        if f["scope"] != "graph":
            engine = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                      "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
                      "jsonld": ox.RdfFormat.JSON_LD}[f["format"]]
            assert {q.triple for q in ox.parse(path=str(path), format=engine)} == expected, f["name"]


def test_graph_dumps_hold_exactly_their_graph(published, manifest):
    st = EmbeddedSnapshot.open(published)
    for f in (f for f in manifest["files"] if f["scope"] == "graph"):
        in_store = {q.triple for q in st.quads_for_pattern(None, None, None, ox.NamedNode(f["graph"]))}
        in_file = {q.triple for q in ox.parse(path=str(published.dumps / f["name"]),
                                              format=ox.RdfFormat.TURTLE)}
        assert in_file == in_store


def test_dataset_dumps_keep_named_graphs(published, manifest):
    trig = next(f for f in manifest["files"] if f["format"] == "trig")
    names = {q.graph_name.value for q in ox.parse(path=str(published.dumps / trig["name"]),
                                                  format=ox.RdfFormat.TRIG)}
    assert names == {str(Minter(BASE).graph(KEY)), str(Minter(BASE).shared_graph("shared")),
                     str(Minter(BASE).shared_graph("statistics"))}


def test_turtle_dumps_pass_an_independent_parser(published, manifest):
    need("rapper (raptor2-utils)", shutil.which("rapper") is not None, "apt-get install raptor2-utils")
    for f in manifest["files"]:
        if f["format"] not in ("turtle", "ntriples"):
            continue
        syntax = "turtle" if f["format"] == "turtle" else "ntriples"
        run = subprocess.run(["rapper", "-c", "-i", syntax, str(published.dumps / f["name"])],
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        assert f"returned {f['triples']} triples" in run.stderr


def test_gzip_output_is_reproducible(tmp_path, published):
    st = EmbeddedSnapshot.open(published)
    first = write_dumps(st, tmp_path / "a", base=BASE)
    second = write_dumps(st, tmp_path / "b", base=BASE)
    assert [f["gzip_sha256"] for f in first["files"]] == [f["gzip_sha256"] for f in second["files"]]


def test_default_graph_and_foreign_graphs_are_dumped_safely(tmp_path):
    st = ox.Store()
    a, p = ox.NamedNode("http://x.test/a"), ox.NamedNode("http://x.test/p")
    st.add(ox.Quad(a, p, ox.Literal("default")))
    st.add(ox.Quad(a, p, ox.Literal("foreign"), ox.NamedNode("http://elsewhere.test/g")))
    st.add(ox.Quad(a, p, ox.Literal("sneaky"), ox.NamedNode(BASE + "graph/../../../etc/passwd")))
    manifest = write_dumps(EmbeddedSnapshot(st), tmp_path / "dumps", base=BASE)
    by_graph = {f["graph"]: f for f in manifest["files"] if f["scope"] == "graph"}
    assert by_graph[""]["name"] == "graphs/default-graph.ttl" and by_graph[""]["triples"] == 1
    for name in (f["name"] for f in by_graph.values()):
        resolved = (tmp_path / "dumps" / name).resolve()
        assert resolved.is_relative_to((tmp_path / "dumps").resolve()) and resolved.is_file()
    assert by_graph["http://elsewhere.test/g"]["name"].startswith("graphs/other/")
    assert manifest["triples"] == 3 and manifest["default_graph_triples"] == 1


@pytest.mark.parametrize("graph, expected", [
    (BASE + "graph/v70n33/some-slug", "graphs/v70n33/some-slug.ttl"),
    (BASE + "graph/shared", "graphs/shared.ttl"),
    (BASE + "graph/a/../../x", None),
    (BASE + "graph/a b", None),
    (BASE + "graph/.hidden", None),
    ("http://other.test/graph/x", None),
    (BASE + "graph/default-graph", None),  # the default graph's file name: never another's
])
def test_graph_file_names_never_leave_the_graphs_folder(graph, expected):
    name = graph_file(graph, BASE)
    if expected:
        assert name == expected
    else:
        assert name.startswith("graphs/other/") and name.endswith(".ttl") and ".." not in name


def test_a_dump_that_cannot_be_written_publishes_nothing(tmp_path):
    store_dir = publish_fixture(tmp_path / "store")
    before = store_dir.require_current()

    def broken(st, release):
        release.dumps.parent.mkdir(parents=True, exist_ok=True)
        release.dumps.write_text("a file where the dumps folder should be")
        return write_dumps(st, release.dumps, base=BASE)

    with pytest.raises(DumpError, match="writing the dumps failed"):
        with store_dir.publish(finish=broken) as st:
            st.add(ox.Quad(ox.NamedNode(BASE + "x"), ox.NamedNode(BASE + "p"), ox.Literal("new"),
                           ox.NamedNode(BASE + "graph/x")))
    assert store_dir.require_current() == before


# -- the description -------------------------------------------------------------------------
def _void(release) -> rdflib.Graph:
    data = EmbeddedSnapshot.open(release).graph_ntriples(
        ox.NamedNode(str(Minter(BASE).shared_graph("void"))))
    return rdflib.Graph().parse(data=data, format="nt")


def test_description_counts_links_dumps_and_metadata(published, manifest):
    g, ds = _void(published), rdflib.URIRef(Minter(BASE).dataset())
    assert g.value(ds, ns.VOID.triples).toPython() == manifest["triples"]
    assert (ds, rdflib.RDF.type, ns.DCAT.Dataset) in g
    linkset = g.value(predicate=rdflib.RDF.type, object=ns.VOID.Linkset)
    assert g.value(linkset, ns.VOID.linkPredicate) == ns.OWL.sameAs
    st = EmbeddedSnapshot.open(published)
    links = [q for q in st.quads_for_pattern(None, ox.NamedNode(str(ns.OWL.sameAs)), None)
             if q.object.value.startswith(str(ns.WD))]
    assert g.value(linkset, ns.VOID.triples).toPython() == len(links) == 1
    dumps = {str(o) for o in g.objects(ds, ns.VOID.dataDump)}
    assert dumps == {BASE + "download/" + f["name"] for f in manifest["files"] if f["scope"] != "graph"}
    assert g.value(ds, ns.VOID.sparqlEndpoint) == rdflib.URIRef(BASE + "sparql")
    for p in (ns.DCTERMS.license, ns.DCTERMS.publisher, ns.DCTERMS.modified, ns.DCTERMS.title):
        assert g.value(ds, p) is not None, p
    classes = {g.value(part, ns.VOID["class"]): g.value(part, ns.VOID.entities).toPython()
               for part in g.objects(ds, ns.VOID.classPartition)}
    assert classes[rdflib.URIRef("http://schema.org/NewsArticle")] == 1
    assert g.value(ds, ns.VOID.classes).toPython() == len(classes)
    sizes = {str(g.value(d, ns.DCAT.downloadURL)): g.value(d, ns.DCAT.byteSize).toPython()
             for d in g.objects(ds, ns.DCAT.distribution) if g.value(d, ns.DCAT.downloadURL)}
    for f in manifest["files"]:
        if f["scope"] != "graph":
            assert sizes[BASE + "download/" + f["name"]] == f["bytes"]
            assert sizes[BASE + "download/" + f["gzip_name"]] == f["gzip_bytes"]


def test_release_info_records_counts(published, manifest):
    info = published.info()
    assert info["triples"] == manifest["triples"]
    assert info["description_graph"] == str(Minter(BASE).shared_graph("void"))
    assert json.loads((published.dumps / "manifest.json").read_text())["triples"] == info["triples"]


def test_republishing_replaces_the_description(tmp_path):
    store_dir = publish_fixture(tmp_path / "store")
    minter = Minter(BASE)
    _, shared, _ = article_graphs(minter)
    with store_dir.publish(finish=finisher(BASE)) as st:
        st.add(ox.Quad(ox.NamedNode(BASE + "thing"), ox.NamedNode(BASE + "p"), ox.Literal("one more"),
                       ox.NamedNode(BASE + "graph/extra")))
        load_graph(st, shared, str(minter.shared_graph("shared")))  # no change: same triples
    del st  # close the writer before reading the release (pyoxigraph has no close())
    release = store_dir.require_current()
    g = _void(release)
    values = list(g.objects(rdflib.URIRef(minter.dataset()), ns.VOID.triples))
    assert len(values) == 1
    assert values[0].toPython() == release.info()["triples"] == read_manifest(release.dumps)["triples"]
