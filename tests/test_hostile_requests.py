"""Bad input is the client's error: every route answers hostile path segments, IRIs and query
parameters with a 4xx and a message, never a 500.

The routes come from the app's url_map, so a route added later is covered without editing
this file: each of its variable parts gets every hostile segment below, and every route gets
the hostile query parameters.
"""

from __future__ import annotations

import re

import pytest
from ld_fixture import fixture_app

from kg.iri import iri_problem

HOSTILE_SEGMENTS = [
    "%00", "a%00b", "%20", "a%3Cb%3E", "%7B%7D", "%22", "%5C", "%60", "%7C", "%5E",  # not in IRIs
    "%ff", "%ED%A0%80", "%EF%BF%BF",  # not UTF-8, a lone surrogate, a non-character
    "%0d%0aSet-Cookie:%20x=1", "%E2%80%AE", "%C2%85",  # header injection, bidi override, NEL
    "..%2F..%2Frelease.json", "%2e%2e", "x" * 3000, "<script>alert(1)</script>",
    "javascript:alert(1)", "%25", "%", "a#b", "a?b=c",
]
# (markup in parameters is the escaping tests' business: tests/test_escaping.py)
HOSTILE_VALUES = ["\x00", "", " ", "-1", "99999999999999999999999", "NaN",
                  "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"), "x" * 5000]
PARAMS = ["page", "format", "q", "query", "offset", "limit", "type", "year", "sort", "entity", "iri",
          "default-graph-uri", "named-graph-uri", "output", "lang", "from", "to", "kind"]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    with fixture_app(tmp_path_factory.mktemp("store")) as app:
        yield app


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


def urls(app, segment: str) -> list[str]:
    """Every GET route with each variable part replaced by `segment`."""
    out = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static" and not rule.arguments:
            continue
        out.append(re.sub(r"<(?:[^:<>]+:)?[^<>]+>", lambda _: segment, rule.rule))
    return sorted(set(out))


def assert_client_error(r, what: str) -> None:
    assert r.status_code < 500, f"{what}: {r.status_code} {r.data[:300]!r}"
    if r.status_code >= 400:
        assert r.data.strip(), f"{what}: {r.status_code} without a message"


@pytest.mark.slow
@pytest.mark.parametrize("segment", HOSTILE_SEGMENTS)
def test_hostile_path_segments_on_every_route(app, client, segment: str) -> None:
    for url in urls(app, segment):
        for accept in ("text/html", "text/plain", "application/json", "text/turtle"):
            assert_client_error(client.get(url, headers={"Accept": accept}), f"GET {url} ({accept})")


def test_the_issue_example_is_a_404_naming_the_iri(client) -> None:
    r = client.get("/entity/person/%00", headers={"Accept": "text/plain"})
    assert r.status_code == 404
    assert b"is not a valid IRI" in r.data and b"\\x00" in r.data and b"\x00" not in r.data
    for prefix in ("/page", "/data"):
        r = client.get(prefix + "/entity/person/%00", headers={"Accept": "text/plain"})
        assert r.status_code == 404 and b"is not a valid IRI" in r.data


@pytest.mark.slow
@pytest.mark.parametrize("value", HOSTILE_VALUES, ids=range(len(HOSTILE_VALUES)))
def test_hostile_query_parameters_on_every_route(app, client, value: str) -> None:
    for url in urls(app, "article"):
        for name in PARAMS:
            if name == "query" and url.startswith("/sparql") and value.strip() and value != "\x00":
                continue  # a real query: its answers are the SPARQL tests' business
            r = client.get(url, query_string={name: value}, headers={"Accept": "text/html"})
            assert_client_error(r, f"GET {url}?{name}={value[:20]!r}")


def test_graph_parameters_of_the_endpoint_must_be_iris(client) -> None:
    for name in ("default-graph-uri", "named-graph-uri"):
        r = client.get("/sparql", query_string={"query": "ASK {}", name: "a b"})
        assert r.status_code == 400 and b"is not an IRI" in r.data


def test_page_numbers_past_any_archive_are_400(client) -> None:
    r = client.get("/?page=99999999999999999999999", headers={"Accept": "text/plain"})
    assert r.status_code == 400 and b"page must be at most" in r.data


@pytest.mark.parametrize("iri, ok", [("http://kg.test/a", True), ("http://kg.test/a b", False),
                                     ("http://kg.test/\x00", False), ("relative", False),
                                     ("http://kg.test/\u00e9t\u00e9", True)])
def test_iri_problem(iri: str, ok: bool) -> None:
    problem = iri_problem(iri)
    assert (problem is None) == ok
    if problem:
        assert "\x00" not in problem
