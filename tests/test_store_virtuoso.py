"""The SPARQL store against a real Virtuoso Open Source server on loopback (kg.store.remote).

One server for the module (a throwaway database folder, free ports, a generated dba password):
the bundled article and tests/articles are built into it, the competency questions and the W3C
protocol tests run through `kg serve` in front of it, and the server is killed once in the
middle of a publish (the previous publish stays whole). Skipped only where virtuoso-t is not
installed (CI installs it: there it must run, see conftest.need)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from conftest import need

from kg.config import CORPUS_DIR, RemoteSettings
from kg.iri import Minter
from kg.pipeline import build
from kg.store import PublishError, Snapshot, open_store
from kg.store.remote import (
    CONTROL,
    STAGING,
    RemoteSnapshot,
    SparqlStore,
    _BnodeFix,
    pin_graphs,
    query_shape,
    switch,
)
from kg.store.virtuoso import Virtuoso, available

TESTS = Path(__file__).resolve().parent
pytestmark = pytest.mark.slow


# -- without a server ------------------------------------------------------------------------------

def test_query_shape_sees_keywords_only_outside_strings_iris_and_comments():
    assert query_shape("SELECT * FROM <x> { ?s ?p ?o }") == ("SELECT", True)
    assert query_shape('PREFIX from: <y> ASK { ?from from:x "FROM" } # FROM') == ("ASK", False)
    assert query_shape('construct { ?s ?p ?o } where { ?s ?p """a FROM b""" }') == ("CONSTRUCT", False)


def test_graph_patterns_outside_the_dataset_are_pinned_to_an_empty_graph():
    query = ("PREFIX ex: <http://e/> ASK { GRAPH <http://x/g1> { ?s ?p ?o } GRAPH ex:g { ?a ?b ?c } "
             "GRAPH ?g { } } # GRAPH <http://z>")
    assert pin_graphs(query, {"http://x/g1"}) == query.replace("ex:g", "<urn:kg:empty>")
    assert pin_graphs("SELECT * { GRAPH <g2> { ?s ?p ?o } }", {"http://b/g2"}, "http://b/sparql") == (
        "SELECT * { GRAPH <g2> { ?s ?p ?o } }")


def test_store_url_settings_default_to_virtuoso_endpoints():
    s = RemoteSettings.from_url("sparql+http://127.0.0.1:8890/sparql-graph-crud-auth",
                                env={"KG_REMOTE_PASSWORD": "pw", "KG_REMOTE_RELEASES": "/tmp/r"})
    assert (s.graph_store, s.query, s.update) == ("http://127.0.0.1:8890/sparql-graph-crud-auth",
                                                  "http://127.0.0.1:8890/sparql",
                                                  "http://127.0.0.1:8890/sparql-auth")
    assert (s.user, s.password, s.auth, s.releases) == ("dba", "pw", "digest", Path("/tmp/r"))
    with pytest.raises(PublishError):
        open_store("sparql+http:///no-host")


def test_virtuoso_blank_node_names_are_renamed_across_chunk_boundaries():
    body = b'[{"type": "bnode", "value": "nodeID://b1"}, {"type": "bnode", "value": "nodeID://b2"}]'
    for size in (1, 7, 40, len(body)):
        chunks = iter([body[i:i + size] for i in range(0, len(body), size)])
        fixed = _BnodeFix(chunks)
        out = b"".join(iter(partial(fixed.read, 5), b""))
        assert json.loads(out) == [{"type": "bnode", "value": "b1"}, {"type": "bnode", "value": "b2"}]


def test_the_switch_is_one_update_operation():
    text = switch({"http://g/1": STAGING + "r:0"}, ["http://g/old"], "r")
    assert text.count("DELETE") == 1 and text.count("INSERT") == 1 and ";" not in text
    assert f"<{CONTROL}>" in text and '"r"' in text and "<http://g/old>" in text


# -- a real server -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory) -> Iterator[Virtuoso]:
    need("Virtuoso Open Source (virtuoso-t)", available(), "apt-get install virtuoso-opensource")
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso")).start()
    try:
        yield server
    finally:
        server.stop()


def remote(server: Virtuoso, releases: Path, **kw) -> SparqlStore:
    return SparqlStore(server.url, RemoteSettings.from_url(server.url, env=server.env(releases)), **kw)


@pytest.fixture(scope="module")
def built(virtuoso, tmp_path_factory) -> SparqlStore:
    """The bundled article published into the server (the competency questions' data)."""
    store = remote(virtuoso, tmp_path_factory.mktemp("releases"))
    build([CORPUS_DIR], store, Minter.from_config())
    return store


def server_counts(server: Virtuoso) -> dict[str, int]:
    r = requests.post(server.origin + "/sparql", data={
        "query": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"},
        headers={"Accept": "application/sparql-results+json"}, timeout=60)
    r.raise_for_status()
    return {b["g"]["value"]: int(b["n"]["value"]) for b in r.json()["results"]["bindings"]}


@contextmanager
def kg_serve(server: Virtuoso, releases: Path) -> Iterator[str]:
    """`kg serve` in front of the server; yields its base URL."""
    env = dict(os.environ, KG_SPARQL_WORKERS="2", **server.env(releases))
    proc = subprocess.Popen([sys.executable, "-m", "kg.web.serve", "--store", server.url, "--port", "0",
                             "--access-log", "off"], stderr=subprocess.PIPE, text=True, env=env)
    try:
        url = None
        for line in proc.stderr:
            m = re.search(r"at (http://127\.0\.0\.1:\d+)/ ", line)
            if m:
                url = m.group(1)
                break
        assert url, "kg serve did not print its URL"
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0


def test_every_graph_of_the_release_is_on_the_server_as_built(built, virtuoso):
    release = built.require_current()
    info = release.info()
    on_server = server_counts(virtuoso)
    assert info["remote"]["graphs"] == {g: on_server[g] for g in info["remote"]["graphs"]}
    assert sum(info["remote"]["graphs"].values()) == info["quads"] + info["description_triples"]
    assert not [g for g in on_server if g.startswith(STAGING)]
    # the local embedded copy (the build's record, from which the dumps come) holds the same quads
    local = release.open()
    assert {g: n for g, n in info["graphs"].items()} == {
        g: sum(1 for _ in local.quads_for_pattern(None, None, None, ox.NamedNode(g))) for g in info["graphs"]}


def test_lookups_by_pattern_on_the_server_match_the_local_copy(built):
    """Pages read the build's local copy; without one the same lookups go to the server."""
    snapshot = built.snapshot()
    assert snapshot.local is not None
    on_server = RemoteSnapshot(snapshot.server, snapshot.release, snapshot.graphs, snapshot.url)
    article = next(q.subject for q in snapshot.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        ox.NamedNode("http://schema.org/NewsArticle")))
    graph = next(g for g in snapshot.named_graphs() if "/graph/v70n33/" in g.value)
    void = next(g for g in snapshot.named_graphs() if g.value.endswith("/graph/void"))

    def lookups(s: Snapshot) -> list:
        found = [sorted(map(str, s.quads_for_pattern(article, None, None))),
                 sorted(map(str, s.quads_for_pattern(None, None, article))),
                 len(list(s.quads_for_pattern(None, None, None, graph)))]
        blank = next(q.object for q in s.quads_for_pattern(None, None, None, void)
                     if isinstance(q.object, ox.BlankNode))  # the VoID partitions
        found.append(len(list(s.quads_for_pattern(blank, None, None))))  # a blank node asked back
        return found

    assert lookups(on_server)[:3] == lookups(snapshot)[:3]
    assert lookups(on_server)[3] == lookups(snapshot)[3] > 0


class _Endpoint:
    """tests/competency/run.py asks `store.query(q, use_default_graph_as_union=True)`: here the
    question goes over HTTP to kg serve, which forwards it to Virtuoso."""

    def __init__(self, url: str) -> None:
        self.url = url

    def query(self, query: str, **_union) -> ox.QuerySolutions:
        r = requests.post(self.url, data={"query": query},
                          headers={"Accept": "application/sparql-results+json"}, timeout=60)
        assert r.status_code == 200, r.text
        return ox.parse_query_results(r.content, ox.QueryResultsFormat.JSON)


def test_competency_questions_through_kg_serve(built, virtuoso):
    sys.path.insert(0, str(TESTS / "competency"))
    try:
        import run as competency
    finally:
        sys.path.pop(0)
    questions = sorted((TESTS / "competency").glob("[0-9][0-9]-*.rq"))
    assert questions
    with kg_serve(virtuoso, built.local.path) as url:
        endpoint = _Endpoint(url + "/sparql")
        results = {rq.name: competency.check(endpoint, rq) for rq in questions}
        assert all(ok for ok, _ in results.values()), results
        # the same protections as in front of the embedded engine
        update = requests.post(url + "/sparql", data={"update": "DROP ALL"}, timeout=30)
        assert update.status_code == 403
        service = requests.get(url + "/sparql", params={
            "query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}, timeout=30)
        assert service.status_code == 403
        tsv = requests.get(url + "/sparql", params={
            "query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
                           headers={"Accept": "text/tab-separated-values"}, timeout=30)
        assert tsv.status_code == 200 and tsv.text.startswith("?g\n")
        graphs = {line.strip("<>") for line in tsv.text.splitlines()[1:]}
        assert graphs == set(built.require_current().info()["remote"]["graphs"])  # no server graphs
        # pages, dereferencing, VoID and dumps
        home = requests.get(url + "/", timeout=60)
        assert home.status_code == 200
        path = re.search(r'href="(/article/v70n33/[^"#]+)"', home.text).group(1)
        page = requests.get(url + path, headers={"Accept": "text/html"}, timeout=60)
        assert page.status_code == 200 and "/page/article/v70n33/" in page.url
        assert "Barnes" in page.text  # the article view, read from Virtuoso
        data = requests.get(url + path, headers={"Accept": "text/turtle"}, allow_redirects=False,
                            timeout=60)
        assert data.status_code == 303 and "/data/" in data.headers["Location"]
        turtle = requests.get(data.headers["Location"], timeout=60)
        assert turtle.status_code == 200 and "schema:NewsArticle" in turtle.text
        void = requests.get(url + "/.well-known/void", headers={"Accept": "text/turtle"}, timeout=60)
        assert void.status_code == 200 and "void:triples" in void.text
        nq = requests.get(url + "/download/militant-kg.nq", headers={"Accept-Encoding": "identity"},
                          timeout=60)
        dump = built.require_current().dumps / "militant-kg.nq"
        assert nq.status_code == 200 and nq.content == dump.read_bytes()


def test_adding_the_test_articles_writes_only_the_graphs_that_changed(built, virtuoso):
    first = built.require_current().info()["remote"]
    build([CORPUS_DIR, TESTS / "articles"], built, Minter.from_config())
    info = built.require_current().info()
    added = len(info["remote"]["graphs"]) - len(first["graphs"])
    assert added == len(list((TESTS / "articles").glob("*.txt")))
    # every graph but the bundled article's, which this build did not change, is written; the
    # graphs readers had (shared, description, statistics) go through staging
    assert info["remote"]["written"] == len(info["remote"]["graphs"]) - 1
    assert info["remote"]["staged"] == len(first["graphs"]) - 1 and info["remote"]["mode"] == "incremental"
    on_server = server_counts(virtuoso)
    assert info["remote"]["graphs"] == {g: on_server[g] for g in info["remote"]["graphs"]}
    assert not [g for g in on_server if g.startswith(STAGING)]
    union = built.snapshot().query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                   use_default_graph_as_union=True)
    assert int(next(iter(union))["n"].value) == sum(info["remote"]["graphs"].values())


@pytest.fixture(scope="module")
def w3c_store(virtuoso, tmp_path_factory) -> SparqlStore:
    """A second store on the same server holding the W3C protocol data (its own release folder)."""
    store = remote(virtuoso, tmp_path_factory.mktemp("w3c-releases"))
    with store.publish() as writer:
        writer.load(path=str(TESTS / "w3c" / "protocol_data.trig"), format=ox.RdfFormat.TRIG)
    return store


def test_w3c_protocol_tests_through_kg_serve(w3c_store, virtuoso):
    with kg_serve(virtuoso, w3c_store.local.path) as url:
        done = subprocess.run([sys.executable, str(TESTS / "w3c" / "protocol_tests.py"), url + "/sparql"],
                              capture_output=True, text=True, timeout=120)
    assert re.search(r"^40 passed, 0 failed$", done.stdout, re.M), done.stdout + done.stderr


def test_a_server_killed_mid_publish_keeps_the_previous_publish_whole(w3c_store, virtuoso):
    before = w3c_store.require_current()
    graphs = before.info()["remote"]["graphs"]
    assert {g: server_counts(virtuoso).get(g) for g in graphs} == graphs
    changed = sorted(graphs)[0]
    extra = ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                    ox.Literal("half"), ox.NamedNode(changed))

    def kill_at_first_staged_graph(message: str) -> None:
        if message.startswith("staged"):
            virtuoso.kill()

    dying = remote(virtuoso, w3c_store.local.path, progress=kill_at_first_staged_graph)
    with pytest.raises(PublishError):
        with dying.publish() as writer:
            writer.add(extra)
    assert w3c_store.require_current() == before
    virtuoso.start()
    assert {g: server_counts(virtuoso).get(g) for g in graphs} == graphs  # the old graphs, whole
    snapshot = w3c_store.snapshot()
    assert extra.triple not in {q.triple for q in snapshot.quads_for_pattern(None, None, None)}
    # the next publish goes through and removes what the dead one left
    with w3c_store.publish() as writer:
        writer.add(extra)
    after = server_counts(virtuoso)
    assert after[changed] == graphs[changed] + 1
    assert not [g for g in after if g.startswith(STAGING)]
    assert w3c_store.require_current().info()["remote"]["mode"] == "incremental"
