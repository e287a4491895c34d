"""kg.web.guard: updates and SERVICE calls are refused before a query runs; rows are capped.

Each SERVICE spelling below is first run on the bare engine (pyoxigraph) against a listener on
loopback, to prove the engine really would send a request for it; then the guard must refuse it.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyparsing import ParseResults
from rdflib.plugins.sparql.parser import parseQuery

from kg.web import guard


class _Listener(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.hits.append(self.path)
        self.send_response(500)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def listener() -> Iterator[str]:
    """A loopback HTTP server that records every request; yields its host:port."""
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Listener)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def _engine_fetches(query: str) -> bool:
    """Does pyoxigraph send an HTTP request when it runs this query (on a one-triple store)?"""
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                      ox.NamedNode("http://example.org/o")))
    before = len(_Listener.hits)
    try:
        result = store.query(query)
        if not isinstance(result, ox.QueryBoolean):
            list(result)
    except (OSError, RuntimeError, SyntaxError):
        pass
    return len(_Listener.hits) > before


# {h} is the listener's host:port. Every one of these makes the engine call the listener.
SERVICE_SPELLINGS = [
    "SELECT * { SERVICE <http://{h}/sparql> { ?s ?p ?o } }",
    "select * { service <http://{h}/sparql> { ?s ?p ?o } }",
    "SELECT * { sErViCe <http://{h}/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE SILENT <http://{h}/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE silent <http://{h}/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE<http://{h}/sparql>{ ?s ?p ?o } }",
    "SELECT * {{}SERVICE<http://{h}/sparql>{?s ?p ?o}}",
    "SELECT * { SERVICESILENT<http://{h}/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE # a comment <http://not.this/>\n <http://{h}/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE\t\r\n<http://{h}/sparql>\n{ ?s ?p ?o } }",
    "PREFIX e: <http://{h}/> SELECT * { SERVICE e:sparql { ?s ?p ?o } }",
    "PREFIX E: <http://{h}/> SELECT * { SERVICE SILENT E:sparql { ?s ?p ?o } }",
    "PREFIX : <http://{h}/> SELECT * { SERVICE :sparql { ?s ?p ?o } }",
    "PREFIX : <http://{h}/> SELECT * { SERVICE:sparql{ ?s ?p ?o } }",
    "PREFIX e: <http://{h}/> SELECT * { SERVICEe:sparql { ?s ?p ?o } }",
    "PREFIX e: <http://{h}/> SELECT * { SERVICE SILENTe:sparql { ?s ?p ?o } }",
    "PREFIX e: <http://{h}/> SELECT * { SERVICE e:sparql\\#frag { ?s ?p ?o } }",
    "PREFIX e: <http://{h}/> SELECT * { SERVICE e:sp\\-arql { ?s ?p ?o } }",
    "PREFIX e: <http://{h}/> PREFIX e: <http://{h}/> SELECT * { SERVICE e:x { ?s ?p ?o } }",
    "PREFIXe:<http://{h}/> SELECT * { SERVICE e:sparql { ?s ?p ?o } }",
    "BASE <http://{h}/> SELECT * { SERVICE <sparql> { ?s ?p ?o } }",
    "BASE <http://{h}/> PREFIX r: <> SELECT * { SERVICE r:sparql { ?s ?p ?o } }",
    "SELECT * { SERVICE <\\u0068ttp://{h}/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE <http\\u003A//{h}/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE <HTTP://{h}/sparql> { ?s ?p ?o } }",
    "SELECT * { { SELECT * { SERVICE <http://{h}/sparql> { ?s ?p ?o } } } }",
    "SELECT * { ?s ?p ?o OPTIONAL { SERVICE <http://{h}/sparql> { ?s ?p ?x } } }",
    "SELECT * { { ?s ?p ?o } UNION { SERVICE <http://{h}/sparql> { ?s ?p ?o } } }",
    "SELECT * { ?s ?p ?o MINUS { SERVICE <http://{h}/sparql> { ?s ?p ?o } } }",
    "ASK { FILTER EXISTS { SERVICE <http://{h}/sparql> { ?s ?p ?o } } }",
    "ASK { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://{h}/sparql> { ?s ?p ?x } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://{h}/sparql> { ?s ?p ?o } }",
    "DESCRIBE ?s WHERE { SERVICE <http://{h}/sparql> { ?s ?p ?o } }",
    "SELECT * { GRAPH ?g { SERVICE <http://{h}/sparql> { ?s ?p ?o } } }",
    "SELECT * { ?s ?p ?o . SERVICE <http://{h}/sparql> { ?s ?p ?o } } # SERVICE in a comment too",
    "SELECT * { ?s ?p \"a # not a comment\" . SERVICE <http://{h}/sparql> { } }",
    "SELECT * { ?s ?p ?o FILTER(?o != '''\n''') SERVICE <http://{h}/sparql> { } }",
    "SELECT (COUNT(*) AS ?n) { SERVICE <http://{h}/sparql> { ?s ?p ?o } } GROUP BY ?s",
    "SELECT * { VALUES ?e { <http://{h}/sparql> } SERVICE ?e { ?s ?p ?o } }",
    "SELECT * { BIND(IRI('http://{h}/sparql') AS ?e) SERVICE ?e { ?s ?p ?o } }",
    # other loopback spellings of the same host
    "SELECT * { SERVICE <http://localhost:{port}/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE <http://127.1:{port}/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE <http://2130706433:{port}/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE <http://0x7f000001:{port}/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE <http://[::ffff:127.0.0.1]:{port}/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE <http://127.0.0.1.:{port}/sparql> { ?s ?p ?o } }",
]


def _spell(template: str, host: str) -> str:
    return template.replace("{h}", host).replace("{port}", host.rsplit(":", 1)[1])


@pytest.mark.parametrize("template", SERVICE_SPELLINGS)
def test_service_spelling_is_refused(template: str, listener: str) -> None:
    query = _spell(template, listener)
    with pytest.raises(guard.Refused, match="federated query refused"):
        guard.check(query, allow=())


# The engine does not call these (it evaluates SERVICE ?e before ?e is bound; its HTTP client
# rejects the last two hosts); they are refused all the same.
NOT_CALLED = {38, 39, 44, 45}


def test_the_spellings_are_real_calls(listener: str) -> None:
    """The bare engine sends a request to the listener for every other spelling, so the test
    above refuses real requests to loopback, not imagined ones."""
    for i, template in enumerate(SERVICE_SPELLINGS):
        assert _engine_fetches(_spell(template, listener)) == (i not in NOT_CALLED), template


def test_allowed_service_passes_and_others_still_refused() -> None:
    allow = ["https://query.wikidata.org/sparql"]
    info = guard.check("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }", allow)
    assert info.services == allow
    glued = "PREFIXwds:<https://query.wikidata.org/> SELECT * { SERVICE wds:sparql { } }"
    assert guard.check(glued, allow).services == allow
    q = ("PREFIX wds: <https://query.wikidata.org/> "
         "SELECT * { SERVICE SILENT wds:sparql { ?s ?p ?o } }")
    assert guard.check(q, allow).services == allow
    both = ("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } "
            "SERVICE <http://127.0.0.1/sparql> { ?s ?p ?o } }")
    with pytest.raises(guard.Refused, match="127.0.0.1"):
        guard.check(both, allow)
    with pytest.raises(guard.Refused, match="variable"):
        guard.check("SELECT * { SERVICE ?x { ?s ?p ?o } }", allow)
    with pytest.raises(guard.Refused, match="relative"):
        guard.check("BASE <https://query.wikidata.org/> SELECT * { SERVICE <sparql> { } }", allow)
    with pytest.raises(guard.Refused, match="not declared"):
        guard.check("SELECT * { SERVICE wds:sparql { } }", allow)
    with pytest.raises(guard.Refused, match="is read as SERVICE"):
        guard.check("PREFIX : <https://query.wikidata.org/> SELECT * { SERVICE:sparql { } }", allow)


@pytest.mark.parametrize("query", [
    "SELECT * { ?s <http://example.org/service> ?o }",
    "SELECT * { ?s ?p \"SERVICE <http://127.0.0.1/> { }\" }",
    "SELECT * { ?s ?p '''SERVICE\n<http://127.0.0.1/>''' }",
    "SELECT * { ?s ?p ?o } # SERVICE <http://127.0.0.1/> { }",
    "PREFIX e: <http://example.org/> SELECT ?service { ?service e:service ?o }",
    "SELECT * { ?s ?p \"\\\" SERVICE <http://127.0.0.1/> {}\" }",
])
def test_service_in_iris_strings_comments_and_names_is_not_a_call(query: str) -> None:
    info = guard.check(query)
    assert info.services == [] and info.form == "SELECT"


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "insert data { <http://a> <http://b> <http://c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://127.0.0.1/data.ttl>",
    "load silent <http://127.0.0.1/data.ttl> INTO GRAPH <http://g>",
    "PREFIX e: <http://example.org/> LOAD e:data",
    "CLEAR ALL",
    "DROP GRAPH <http://g>",
    "CREATE GRAPH <http://g>",
    "ADD <http://a> TO <http://b>",
    "MOVE DEFAULT TO <http://b>",
    "COPY <http://a> TO DEFAULT",
    "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "# a comment first\nBASE <http://x/> CLEAR DEFAULT",
])
def test_updates_and_load_are_refused(update: str) -> None:
    with pytest.raises(guard.Refused, match="read-only"):
        guard.check(update)


@pytest.mark.parametrize("query,form", [
    ("SELECT * {}", "SELECT"), ("ask {}", "ASK"), ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("DESCRIBE <http://x>", "DESCRIBE"), ("PREFIX a: <http://a/> BASE <http://b/> SELECT * {}", "SELECT"),
    ("# SELECT\nASK{}", "ASK"), ("SELECT*{}", "SELECT"), ("nonsense", None),
    ("PREFIXe:<http://x/> PREFIX:<http://y/> BASE<http://z/>SELECT * {}", "SELECT"),
])
def test_query_form(query: str, form: str | None) -> None:
    assert guard.inspect(query).form == form


def test_dataset_clause_is_seen_only_at_top_level() -> None:
    assert guard.inspect("SELECT * FROM <http://g> { ?s ?p ?o }").dataset_clause
    assert guard.inspect("SELECT * FROM NAMED <http://g> { GRAPH ?g { ?s ?p ?o } }").dataset_clause
    assert not guard.inspect("SELECT * { ?s <http://x/from> ?o } # FROM <x>").dataset_clause


def _rows(store: ox.Store, query: str) -> int:
    return len(list(store.query(query, use_default_graph_as_union=True)))


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    s.extend(ox.Quad(ox.NamedNode(f"http://example.org/{i}"), ox.NamedNode("http://example.org/p"),
                     ox.Literal(str(i)), ox.NamedNode("http://example.org/g")) for i in range(50))
    return s


@pytest.mark.parametrize("query,rows", [
    ("SELECT * { ?s ?p ?o }", 10),
    ("SELECT * { ?s ?p ?o } # a comment without a newline at the end", 10),
    ("SELECT * { ?s ?p ?o } LIMIT 30", 10),
    ("SELECT * { ?s ?p ?o } limit 30 OFFSET 45", 5),
    ("SELECT * { ?s ?p ?o } OFFSET 45", 5),
    ("SELECT * { ?s ?p ?o } ORDER BY ?o", 10),
    ("SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s HAVING (COUNT(*) > 0)", 10),
    ("SELECT * { ?s ?p ?o } VALUES ?o { '1' '2' '3' }", 3),
    ("SELECT * { { SELECT * { ?s ?p ?o } LIMIT 40 } }", 10),
    ("SELECT * { ?s ?p ?o FILTER(STR(?o) != 'LIMIT 99') }", 10),
    ("SELECT * { ?s ?p ?o } LIMIT 4", 4),
])
def test_cap_rows_rewrites_to_a_valid_query_with_at_most_the_cap(store: ox.Store, query: str,
                                                                 rows: int) -> None:
    info = guard.inspect(query)
    capped = guard.cap_rows(info, 10) or query
    assert _rows(store, capped) == rows


def test_cap_rows_leaves_small_limits_and_other_forms_alone() -> None:
    assert guard.cap_rows(guard.inspect("SELECT * {} LIMIT 10"), 10) is None
    assert guard.cap_rows(guard.inspect("ASK {}"), 10) is None
    assert guard.cap_rows(guard.inspect("CONSTRUCT WHERE { ?s ?p ?o }"), 10) is None
    assert guard.cap_rows(guard.inspect("SELECT * {}"), 0) is None


# -- the check agrees with a real SPARQL parser (rdflib) on random queries --------------------

def _rdflib_services(query: str) -> int:
    found = 0

    def walk(node: object) -> None:
        nonlocal found
        if getattr(node, "name", None) == "ServiceGraphPattern":
            found += 1
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list | tuple | ParseResults):
            for v in node:
                walk(v)

    walk(parseQuery(query))
    return found


_piece = st.sampled_from([
    "?s ?p ?o .", "?s <http://x/service> ?o .", "?s ?p \"SERVICE <http://a/> {}\" .",
    "# SERVICE <http://a/> {}\n", "?s e:service ?o .", "?s ?p 'it\\'s' .",
    "SERVICE <http://127.0.0.1/s> { ?s ?p ?o }", "service silent e:x { ?s ?p ?o }",
    "OPTIONAL { ?s ?p ?o }", "FILTER(?o < 5)", "{ ?s ?p ?o } UNION { ?s ?p ?o }",
    "?s ?p '''a\nSERVICE <http://b/> {}''' .", "?s e:a\\#b ?o .",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_piece, max_size=6))
def test_service_detection_agrees_with_rdflib(pieces: list[str]) -> None:
    query = "PREFIX e: <http://127.0.0.1/> SELECT * WHERE {\n" + "\n".join(pieces) + "\n}"
    expected = _rdflib_services(query)
    info = guard.inspect(query)
    assert len(info.services) == expected


def test_lexer_is_linear_on_hostile_input() -> None:
    """Unterminated strings and long runs must not make the lexer backtrack for ever."""
    for hostile in ("'''" + "a" * 200_000, "'a" * 100_000, "e:" + "a." * 100_000,
                    "<" * 100_000, "\"\\" * 100_000):
        guard.inspect("SELECT * { " + hostile)  # returns (quickly) rather than hanging
