"""The SPARQL store against a real Virtuoso Open Source server on loopback (kg.store.remote).

One server for the module (a throwaway database folder, free ports, a generated dba password):
the bundled article and tests/articles are built into it, the competency questions and the W3C
protocol tests run through `kg serve` in front of it, and the server is killed once in the
middle of a publish (the previous publish stays whole). Skipped only where virtuoso-t is not
installed (CI installs it: there it must run, see conftest.need)."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
import test_sparql_w3c as w3c
from conftest import need
from sparql_fixture import kg_serve as serve_store
from sparql_fixture import protocol_report, publish

from kg.config import CORPUS_DIR, RemoteSettings
from kg.executors import ProcessExecutor
from kg.iri import Minter
from kg.pipeline import build
from kg.store import PublishError, Snapshot, open_store
from kg.store.embedded import EmbeddedSnapshot
from kg.store.remote import (
    CONTROL,
    STAGING,
    RemoteSnapshot,
    SparqlStore,
    _BnodeFix,
    _sql_string,
    named_needed,
    pin_graphs,
    query_shape,
    switch,
)
from kg.store.virtuoso import Virtuoso, available

TESTS = Path(__file__).resolve().parent
pytestmark = [pytest.mark.slow, pytest.mark.timed]


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


def test_only_the_named_graphs_a_query_can_reach_are_sent():
    graphs = ["http://x/g1", "http://x/g2", "http://x/g3"]
    assert named_needed("SELECT * { ?s ?p ?o } # GRAPH ?g", graphs) == []
    assert named_needed('PREFIX x: <http://x/> ASK { GRAPH x:g2 { ?s ?p "GRAPH ?g" } '
                        "GRAPH <http://y/other> { } }", graphs) == ["http://x/g2"]
    assert named_needed("SELECT * { GRAPH <g1> { } }", graphs, "http://x/sparql") == ["http://x/g1"]
    assert named_needed("SELECT ?g { GRAPH ?g { ?s ?p ?o } }", graphs) == graphs
    assert named_needed("SELECT * { GRAPH u:g1 { } }", graphs) == graphs  # unknown prefix: all


def test_sql_strings_are_quoted_for_virtuoso():
    assert _sql_string("http://x/it's") == "'http://x/it''s'"
    with pytest.raises(PublishError, match="backslash"):
        _sql_string("http://x/a\\b")


def test_store_url_settings_default_to_virtuoso_endpoints():
    s = RemoteSettings.from_url("sparql+http://127.0.0.1:8890/sparql-graph-crud-auth",
                                env={"KG_REMOTE_PASSWORD": "pw", "KG_REMOTE_RELEASES": "/tmp/r"})
    assert (s.graph_store, s.query, s.update) == ("http://127.0.0.1:8890/sparql-graph-crud-auth",
                                                  "http://127.0.0.1:8890/sparql",
                                                  "http://127.0.0.1:8890/sparql-auth")
    assert (s.user, s.password, s.auth, s.releases) == ("dba", "pw", "digest", Path("/tmp/r"))
    assert s.dataset == "group"
    with pytest.raises(ValueError, match="KG_REMOTE_DATASET"):
        RemoteSettings.from_url("sparql+http://h/x", env={"KG_REMOTE_DATASET": "all"})
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
    """One server for the module. Launched, not waited for: a new database takes 7–15 s to come
    up, during which the first build extracts its article (`built`)."""
    need("Virtuoso Open Source (virtuoso-t)", available(), "apt-get install virtuoso-opensource")
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso")).launch()
    try:
        yield server
    finally:
        server.stop()


def remote(server: Virtuoso, releases: Path, **kw) -> SparqlStore:
    server.ready()
    return SparqlStore(server.url, RemoteSettings.from_url(server.url, env=server.env(releases)), **kw)


class _PublishWhenUp(SparqlStore):
    """A SPARQL store whose publish waits for the server: the build extracts in the meantime."""

    def __init__(self, server: Virtuoso, releases: Path) -> None:
        super().__init__(server.url, RemoteSettings.from_url(server.url, env=server.env(releases)))
        self.booting = server

    def _push(self, *args) -> None:
        self.booting.ready()
        super()._push(*args)


@pytest.fixture(scope="module")
def built(virtuoso, tmp_path_factory) -> SparqlStore:
    """The bundled article published into the server (the competency questions' data)."""
    store = _PublishWhenUp(virtuoso, tmp_path_factory.mktemp("releases"))
    build([CORPUS_DIR], store, Minter.from_config())
    return store


def server_counts(server: Virtuoso) -> dict[str, int]:
    r = requests.post(server.origin + "/sparql", data={
        "query": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"},
        headers={"Accept": "application/sparql-results+json"}, timeout=60)
    r.raise_for_status()
    return {b["g"]["value"]: int(b["n"]["value"]) for b in r.json()["results"]["bindings"]}


def union_count(server: Virtuoso, group: str) -> int:
    """Triples in a graph group, asked of Virtuoso directly."""
    r = requests.post(server.origin + "/sparql", data={
        "query": f"SELECT (COUNT(*) AS ?n) FROM <{group}> WHERE {{ ?s ?p ?o }}"},
        headers={"Accept": "application/sparql-results+json"}, timeout=60)
    r.raise_for_status()
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@contextmanager
def kg_serve(server: Virtuoso, releases: Path) -> Iterator[str]:
    """`kg serve --store sparql+http://…` in front of the server; yields its base URL."""
    with serve_store(server.url, server.env(releases)) as url:
        yield url


def test_every_graph_of_the_release_is_on_the_server_as_built(built, virtuoso):
    release = built.require_current()
    info = release.info()
    on_server = server_counts(virtuoso)
    assert info["remote"]["graphs"] == {g: on_server[g] for g in info["remote"]["graphs"]}
    assert sum(info["remote"]["graphs"].values()) == info["quads"] + info["description_triples"]
    assert not [g for g in on_server if g.startswith(STAGING)]
    # the release's graph group (DESCRIBE's default graph), and the union readers see (every
    # graph but the hidden ones: no Virtuoso system graph, no control graph)
    group = info["remote"]["group"]
    assert built.groups() == [group]
    assert union_count(virtuoso, group) == sum(info["remote"]["graphs"].values())
    union = built.snapshot().query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                   use_default_graph_as_union=True)
    assert int(next(iter(union))["n"].value) == sum(info["remote"]["graphs"].values())
    assert sum(on_server.values()) > sum(info["remote"]["graphs"].values())  # Virtuoso's own graphs
    # the local embedded copy (the build's record, from which the dumps come) holds the same quads
    local = EmbeddedSnapshot.open(release)
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

    remote_found, local_found = lookups(on_server), lookups(snapshot)
    assert remote_found[:3] == local_found[:3]
    assert remote_found[3] == local_found[3] > 0


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
    # by its path under its own name: a bare `import run` may find another `run` already imported
    spec = importlib.util.spec_from_file_location("competency_run_virtuoso", TESTS / "competency" / "run.py")
    competency = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(competency)
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


@pytest.fixture(scope="module")
def incoming(tmp_path_factory) -> Path:
    """A copy of the test articles (the prune test deletes one)."""
    folder = tmp_path_factory.mktemp("incoming")
    for path in (TESTS / "articles").glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


def test_adding_the_test_articles_writes_only_the_graphs_that_changed(built, virtuoso, incoming):
    first = built.require_current().info()["remote"]
    # two processes, as `kg build` uses one per core (the build's own tests compare it with one)
    build([CORPUS_DIR, incoming], built, Minter.from_config(), executor=ProcessExecutor(2))
    info = built.require_current().info()
    added = len(info["remote"]["graphs"]) - len(first["graphs"])
    assert added == len(list((TESTS / "articles").glob("*.txt")))
    # every graph but the bundled article's, which this build did not change, is written; the
    # graphs readers had (shared, description, statistics) go through staging
    assert info["remote"]["written"] == len(info["remote"]["graphs"]) - 1
    # (all of them written under staging names: readers' default graph is every graph but the
    # hidden ones, so a new graph written in place would show before the switch)
    assert info["remote"]["staged"] == info["remote"]["written"] and info["remote"]["mode"] == "incremental"
    on_server = server_counts(virtuoso)
    assert info["remote"]["graphs"] == {g: on_server[g] for g in info["remote"]["graphs"]}
    assert not [g for g in on_server if g.startswith(STAGING)]
    union = built.snapshot().query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                   use_default_graph_as_union=True)
    assert int(next(iter(union))["n"].value) == sum(info["remote"]["graphs"].values())
    # the new release has its own group; the previous release's stays for late readers
    assert built.groups() == sorted([first["group"], info["remote"]["group"]])
    assert union_count(virtuoso, info["remote"]["group"]) == sum(info["remote"]["graphs"].values())


def test_a_pruned_article_leaves_the_server_with_what_only_it_named(built, virtuoso, incoming):
    """kg build --prune: the article's graph goes in the switch, and the shared graph the server
    holds is the build's, without what only that article named (kg.shared_gc)."""
    before = built.require_current().info()["remote"]
    gone = min(incoming.glob("*.txt"))
    gone.unlink()
    result = build([CORPUS_DIR, incoming], built, Minter.from_config(), prune=True)
    assert [Path(r.path).name for r in result.pruned] == [gone.name]
    graph = result.pruned[0].graph
    release = built.require_current()
    info = release.info()["remote"]
    assert info["removed"] == 1 and graph not in info["graphs"] and graph in before["graphs"]
    on_server = server_counts(virtuoso)
    assert graph not in on_server
    assert info["graphs"] == {g: on_server[g] for g in info["graphs"]}
    shared = next(g for g in info["graphs"] if g.endswith("/graph/shared"))
    # the shared graph on the server is the build's, less what only the pruned article named (at
    # least its issue: no other test article is of the same issue)
    assert on_server[shared] == info["graphs"][shared] < before["graphs"][shared]


@pytest.fixture(scope="module")
def w3c_store(virtuoso, tmp_path_factory) -> SparqlStore:
    """A second store on the same server holding the W3C protocol data (its own release folder),
    published as tests/test_sparql_w3c.py publishes it into a folder."""
    store = remote(virtuoso, tmp_path_factory.mktemp("w3c-releases"))
    publish(store)
    return store


@pytest.fixture(scope="module")
def endpoint(w3c_store, virtuoso) -> Iterator[str]:
    """kg serve in front of the server over the W3C data: tests/test_sparql_w3c.py's fixture."""
    with kg_serve(virtuoso, w3c_store.local.path) as url:
        yield url + "/sparql"


@pytest.fixture(scope="module")
def report(endpoint: str) -> str:
    return protocol_report(endpoint)


# The W3C protocol tests through kg serve in front of Virtuoso: tests/test_sparql_w3c.py's own
# tests, run here on this module's `report` and `endpoint` (before the kill test changes the data).
test_w3c_every_protocol_test_passes = w3c.test_every_w3c_protocol_test_passes
test_w3c_every_update_test_is_refused = w3c.test_every_update_test_is_refused
test_w3c_service_description_names_the_endpoint = w3c.test_service_description_names_the_endpoint


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
    # and the old release's group, and the union readers see: the staging graph the dead publish
    # wrote (the changed graph plus the extra triple) is hidden from it
    assert [g for g in server_counts(virtuoso) if g.startswith(STAGING)]
    assert union_count(virtuoso, before.info()["remote"]["group"]) == sum(graphs.values())
    union = w3c_store.snapshot().query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                       use_default_graph_as_union=True)
    assert int(next(iter(union))["n"].value) == sum(graphs.values())
    snapshot = w3c_store.snapshot()
    assert extra.triple not in {q.triple for q in snapshot.quads_for_pattern(None, None, None)}
    # the next publish goes through and removes what the dead one left
    with w3c_store.publish() as writer:
        writer.add(extra)
    after = server_counts(virtuoso)
    assert after[changed] == graphs[changed] + 1
    assert not [g for g in after if g.startswith(STAGING)]
    assert w3c_store.require_current().info()["remote"]["mode"] == "incremental"
    assert w3c_store.groups() == sorted([before.info()["remote"]["group"],
                                         w3c_store.require_current().info()["remote"]["group"]])
