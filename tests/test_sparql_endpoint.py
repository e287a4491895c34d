"""/sparql over HTTP, against the real server: formats, datasets, limits, errors, CORS, the
service description and following new releases."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph, URIRef
from sparql_fixture import BIG, BIG_GRAPH, EX, big_graph_quads, publish, serve

KASEI = "http://kasei.us/2009/09/sparql/data/"
SD = "http://www.w3.org/ns/sparql-service-description#"
SELECT_BIG = f"SELECT ?s ?v WHERE {{ GRAPH <{BIG_GRAPH}> {{ ?s <{EX}value> ?v }} }} ORDER BY ?v"
CONSTRUCT_BIG = f"CONSTRUCT {{ ?s <{EX}value> ?v }} WHERE {{ ?s <{EX}value> ?v }}"
MAX_ROWS = 100


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("endpoint") / "store"
    publish(path, big_graph_quads())
    return path


@pytest.fixture(scope="module")
def server(store_dir):
    with serve(store_dir, workers=2, timeout=20, max_rows=MAX_ROWS, max_body=4096) as srv:
        yield srv


def get(server, query: str, accept: str | None = None, **params) -> requests.Response:
    headers = {"Accept": accept} if accept else {}
    return requests.get(server.endpoint, params={"query": query, **params}, headers=headers, timeout=30)


def post(server, body: bytes | str, content_type: str | None, **kw) -> requests.Response:
    headers = {"Content-Type": content_type} if content_type else {}
    headers.update(kw.pop("headers", {}))
    return requests.post(server.endpoint, data=body, headers=headers, timeout=30, **kw)


# -- SELECT / ASK results in every format ---------------------------------------------------

def _json_rows(r):
    return json.loads(r.content)["results"]["bindings"]


def _xml_rows(r):
    ns = "{http://www.w3.org/2005/sparql-results#}"
    return ET.fromstring(r.content).findall(f"{ns}results/{ns}result")


def _csv_rows(r):
    return list(csv.reader(io.StringIO(r.text)))[1:]


def _tsv_rows(r):
    return r.text.splitlines()[1:]


@pytest.mark.parametrize("accept,media_type,rows", [
    ("application/sparql-results+json", "application/sparql-results+json", _json_rows),
    ("application/json", "application/sparql-results+json", _json_rows),
    ("application/sparql-results+xml", "application/sparql-results+xml", _xml_rows),
    ("text/csv", "text/csv", _csv_rows),
    ("text/tab-separated-values", "text/tab-separated-values", _tsv_rows),
    ("text/csv;q=0.2, application/sparql-results+xml;q=0.9", "application/sparql-results+xml", _xml_rows),
    ("text/*", "text/csv", _csv_rows),
    (None, "application/sparql-results+json", _json_rows),
])
def test_select_by_accept(server, accept, media_type, rows) -> None:
    r = get(server, SELECT_BIG + " LIMIT 7", accept)
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].split(";")[0] == media_type
    assert len(rows(r)) == 7
    assert "Accept" in r.headers["Vary"]


@pytest.mark.parametrize("fmt,media_type", [
    ("json", "application/sparql-results+json"), ("xml", "application/sparql-results+xml"),
    ("csv", "text/csv"), ("tsv", "text/tab-separated-values"), ("srj", "application/sparql-results+json"),
    ("text/csv", "text/csv"),
])
def test_format_parameter_wins_over_accept(server, fmt, media_type) -> None:
    r = get(server, SELECT_BIG + " LIMIT 3", "text/turtle", format=fmt)
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].split(";")[0] == media_type


def test_ask_in_json_and_xml(server) -> None:
    q = f"ASK {{ GRAPH <{KASEI}data1.rdf> {{ ?s ?p ?o }} }}"
    assert json.loads(get(server, q).content) == {"head": {}, "boolean": True}
    r = get(server, q, "application/sparql-results+xml")
    assert "<boolean>true</boolean>" in r.text


def test_default_graph_is_the_union_of_all_graphs(server) -> None:
    r = get(server, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv")
    assert _csv_rows(r) == [[str(BIG + 3)]]


def test_protocol_dataset_replaces_the_union(server) -> None:
    q = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
    r = get(server, q, "text/csv", **{"default-graph-uri": [KASEI + "data1.rdf", KASEI + "data2.rdf"]})
    assert _csv_rows(r) == [["2"]]
    r = get(server, q, "text/csv", **{"default-graph-uri": KASEI + "data0.rdf"})  # unknown: empty
    assert _csv_rows(r) == [["0"]]
    r = get(server, "SELECT ?g { GRAPH ?g { } }", "text/csv", **{"named-graph-uri": BIG_GRAPH})
    assert _csv_rows(r) == [[BIG_GRAPH]]


def test_from_in_the_query_is_honoured(server) -> None:
    r = get(server, f"SELECT (COUNT(*) AS ?n) FROM <{KASEI}data3.rdf> {{ ?s ?p ?o }}", "text/csv")
    assert _csv_rows(r) == [["1"]]


def test_bad_graph_iri_is_400(server) -> None:
    r = get(server, "ASK {}", **{"default-graph-uri": "not an iri"})
    assert r.status_code == 400 and "default-graph-uri" in r.text


# -- CONSTRUCT / DESCRIBE in every RDF format -------------------------------------------------

@pytest.mark.parametrize("accept,media_type,rdflib_format", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/trig", "application/trig", "trig"),
    ("application/n-quads", "application/n-quads", "nquads"),
    ("*/*", "text/turtle", "turtle"),
])
def test_construct_by_accept(server, accept, media_type, rdflib_format) -> None:
    r = get(server, CONSTRUCT_BIG + " LIMIT 5", accept)  # LIMIT applies to solutions: 5 triples
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].split(";")[0] == media_type
    g = Graph()
    g.parse(data=r.content, format=rdflib_format)
    assert len(g) == 5


def test_describe(server) -> None:
    r = get(server, f"DESCRIBE <{EX}item/7>", "application/n-triples")
    assert r.status_code == 200
    assert r.text.strip() == f'<{EX}item/7> <{EX}value> "7"^^<http://www.w3.org/2001/XMLSchema#integer> .'


@pytest.mark.parametrize("fmt,media_type", [("turtle", "text/turtle"), ("xml", "application/rdf+xml"),
                                            ("json", "application/ld+json"), ("nt", "application/n-triples")])
def test_format_parameter_for_graphs(server, fmt, media_type) -> None:
    r = get(server, CONSTRUCT_BIG + " LIMIT 2", format=fmt)
    assert r.status_code == 200 and r.headers["Content-Type"].split(";")[0] == media_type


# -- 406 --------------------------------------------------------------------------------------

def test_unsupported_accept_is_406(server) -> None:
    r = get(server, "SELECT * {}", "image/png")
    assert r.status_code == 406 and "image/png" in r.text


def test_results_type_for_a_graph_query_is_406(server) -> None:
    r = get(server, CONSTRUCT_BIG, "application/sparql-results+json")
    assert r.status_code == 406 and "RDF" in r.text


def test_rdf_type_for_a_select_is_406(server) -> None:
    r = get(server, "SELECT * {}", "text/turtle")
    assert r.status_code == 406 and "SPARQL results" in r.text


def test_unknown_format_parameter_is_406(server) -> None:
    r = get(server, "SELECT * {}", format="yaml")
    assert r.status_code == 406 and "yaml" in r.text


# -- errors -------------------------------------------------------------------------------------

def test_syntax_error_is_400_with_the_parsers_message(server) -> None:
    r = get(server, "SELECT * WHERE { ?s ?p }")
    assert r.status_code == 400
    assert r.headers["Content-Type"].startswith("text/plain")
    assert "error at 1:" in r.text  # pyoxigraph's own position and expectation


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_updates_are_refused(server, how) -> None:
    update = "INSERT DATA { <http://a> <http://b> <http://c> }"
    if how == "get":
        r = requests.get(server.endpoint, params={"update": update}, timeout=30)
    elif how == "form":
        r = post(server, {"update": update}, None)
    else:
        r = post(server, update, "application/sparql-update")
    assert r.status_code == 403 and "read-only" in r.text
    count = get(server, "ASK { <http://a> <http://b> <http://c> }")
    assert json.loads(count.content)["boolean"] is False


def test_update_sent_as_a_query_is_refused(server) -> None:
    r = post(server, "LOAD <http://127.0.0.1:9/data.ttl>", "application/sparql-query")
    assert r.status_code == 403 and "read-only" in r.text


def test_service_is_refused_before_anything_runs(server) -> None:
    r = get(server, "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert r.status_code == 403 and "allow-list" in r.text


def test_no_query_in_a_post_is_400(server) -> None:
    assert post(server, "", "application/x-www-form-urlencoded").status_code == 400
    assert post(server, "   ", "application/sparql-query").status_code == 400


def test_wrong_content_types_are_415(server) -> None:
    assert post(server, "ASK {}", "text/plain").status_code == 415
    assert post(server, "ASK {}", None).status_code == 415
    r = post(server, "ASK {}".encode("utf-16"), "application/sparql-query; charset=UTF-16")
    assert r.status_code == 415 and "UTF-8" in r.text


def test_invalid_utf8_is_400(server) -> None:
    r = post(server, b"ASK { ?s ?p \"\xff\" }", "application/sparql-query")
    assert r.status_code == 400 and "UTF-8" in r.text


def test_oversized_body_is_413(server) -> None:
    big = "SELECT * { ?s ?p ?o } " + "#" * 5000
    r = post(server, big, "application/sparql-query")
    assert r.status_code == 413 and "4096" in r.text
    r = post(server, {"query": big}, None)
    assert r.status_code == 413


def test_oversized_chunked_body_is_413(server) -> None:
    def chunks():
        yield b"SELECT * { ?s ?p ?o } "
        for _ in range(10):
            yield b"#" * 1000
    r = requests.post(server.endpoint, data=chunks(), headers={"Content-Type": "application/sparql-query"},
                      timeout=30)
    assert r.status_code == 413


def test_put_is_405(server) -> None:
    assert requests.put(server.endpoint, params={"query": "ASK {}"}, timeout=30).status_code == 405


# -- POST forms ----------------------------------------------------------------------------------

def test_post_form_with_dataset_in_the_body(server) -> None:
    form = {"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "default-graph-uri": KASEI + "data2.rdf"}
    r = post(server, form, None, headers={"Accept": "text/csv"})
    assert r.status_code == 200 and _csv_rows(r) == [["1"]]


def test_post_direct_utf8(server) -> None:
    r = post(server, 'SELECT ("Ma’mud" AS ?x) {}'.encode(), "application/sparql-query; charset=utf-8",
             headers={"Accept": "text/csv"})
    assert _csv_rows(r) == [["Ma’mud"]]


# -- limits and streaming ----------------------------------------------------------------------------

def test_select_rows_are_capped(server) -> None:
    r = get(server, SELECT_BIG, "text/csv")
    assert r.status_code == 200
    assert r.headers["X-SPARQL-MaxRows"] == str(MAX_ROWS)
    assert len(_csv_rows(r)) == MAX_ROWS


def test_a_smaller_limit_is_kept_and_not_flagged(server) -> None:
    r = get(server, SELECT_BIG + " LIMIT 10", "text/csv")
    assert len(_csv_rows(r)) == 10 and "X-SPARQL-MaxRows" not in r.headers


def test_construct_triples_are_capped(server) -> None:
    r = get(server, CONSTRUCT_BIG, "application/n-triples")
    assert len(r.text.splitlines()) == MAX_ROWS and r.headers["X-SPARQL-MaxRows"] == str(MAX_ROWS)


def test_small_answers_come_whole_with_their_length(server) -> None:
    r = requests.get(server.endpoint, params={"query": SELECT_BIG}, timeout=30)
    assert int(r.headers["Content-Length"]) == len(r.content)
    assert len(json.loads(r.content)["results"]["bindings"]) == MAX_ROWS


# -- CORS ---------------------------------------------------------------------------------------------

def test_cors_on_answers_and_errors(server) -> None:
    for r in (get(server, "ASK {}"), get(server, "ASK {")):
        assert r.headers["Access-Control-Allow-Origin"] == "*"


def test_cors_preflight(server) -> None:
    r = requests.options(server.endpoint, headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"}, timeout=30)
    assert r.status_code == 204
    assert "POST" in r.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in r.headers["Access-Control-Allow-Headers"]


# -- service description ----------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/sparql", "/sparql/"])
@pytest.mark.parametrize("accept,rdflib_format", [
    ("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"),
    (None, "turtle")])
def test_service_description(server, path, accept, rdflib_format) -> None:
    url = server.url + path
    r = requests.get(url, headers={"Accept": accept} if accept else {}, timeout=30)
    assert r.status_code == 200
    g = Graph()
    g.parse(data=r.content, format=rdflib_format)
    sd = lambda t: URIRef(SD + t)  # noqa: E731
    assert list(g.subjects(sd("endpoint"), URIRef(url)))
    names = {str(o) for o in g.objects(None, sd("name"))}
    assert names == {KASEI + "data1.rdf", KASEI + "data2.rdf", KASEI + "data3.rdf", BIG_GRAPH}
    formats = set(g.objects(None, sd("resultFormat")))
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in formats
    assert (None, sd("feature"), sd("UnionDefaultGraph")) in g


def test_service_description_follows_the_host_the_client_used(server) -> None:
    port = server.url.rsplit(":", 1)[1]
    r = requests.get(f"http://localhost:{port}/sparql", headers={"Accept": "text/turtle"}, timeout=30)
    assert f"<http://localhost:{port}/sparql>" in r.text


def test_service_description_in_an_unsupported_type_is_406(server) -> None:
    assert requests.get(server.endpoint, headers={"Accept": "image/png"}, timeout=30).status_code == 406


# -- releases --------------------------------------------------------------------------------------------

def test_nothing_published_is_503(tmp_path) -> None:
    with serve(tmp_path / "empty", workers=1) as srv:
        r = get(srv, "ASK {}")
    assert r.status_code == 503 and "kg build" in r.text


def test_a_new_release_is_served_without_restart(tmp_path) -> None:
    store = tmp_path / "store"
    publish(store, [ox.Quad(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), ox.Literal("one"),
                            ox.NamedNode(EX + "g"))], trig=None)
    with serve(store, workers=1) as srv:
        q = f"SELECT ?o {{ <{EX}a> <{EX}p> ?o }}"
        assert _csv_rows(get(srv, q, "text/csv")) == [["one"]]
        publish(store, [ox.Quad(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), ox.Literal("two"),
                                ox.NamedNode(EX + "g"))], trig=None)
        assert sorted(_csv_rows(get(srv, q, "text/csv"))) == [["one"], ["two"]]
