"""Headers declared once (kg.web.responses): every route of the url_map answers through the one
finishing layer: CORS on every answer, Cache-Control by the view's policy, and where the answer is
cacheable an ETag that a revalidation with If-None-Match turns into 304 Not Modified."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ld_fixture import BASE, KEY, fixture_app

from kg.iri import Minter
from kg.web import create_app, responses

MINTER = Minter(BASE)
ARTICLE = str(MINTER.article(KEY))[len(BASE):]

# One request per route: a route added without a sample here fails test_every_route_is_sampled.
SAMPLES = {
    "/": "/",
    "/health": "/health",
    "/<path:path>": "/" + ARTICLE,
    "/data/<path:path>": f"/data/{ARTICLE}.ttl",
    "/page/<path:path>": f"/page/{ARTICLE}",
    "/.well-known/void": "/.well-known/void",
    "/ontology": "/ontology",
    "/ontology.<ext>": "/ontology.nt",
    "/shapes": "/shapes",
    "/shapes.<ext>": "/shapes.ttl",
    "/search": "/search?q=lenin",
    "/browse": "/browse",
    "/entities": "/entities",
    "/download/": "/download/",
    "/download/<path:name>": "/download/militant-kg.nq",
    "/openapi.json": "/openapi.json",
    "/sparql": "/sparql",
    "/sparql/": "/sparql/",
    "/static/<path:filename>": "/static/kg.css",
}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    with fixture_app(tmp_path_factory.mktemp("layer")) as app:
        yield app


def get_rules(app) -> list:
    return [r for r in app.url_map.iter_rules() if "GET" in (r.methods or ())]


def test_every_route_is_sampled(app) -> None:
    assert {r.rule for r in get_rules(app)} == set(SAMPLES)


@pytest.mark.parametrize("rule", sorted(SAMPLES))
def test_every_route_goes_through_the_layer(app, rule: str) -> None:
    client = app.test_client()
    endpoint = next(r.endpoint for r in get_rules(app) if r.rule == rule)
    policy = responses.policy_of(app, endpoint)
    r = client.get(SAMPLES[rule])
    assert r.status_code in (200, 303), (rule, r.status_code, r.get_data(as_text=True)[:300])
    for name, value in policy.cors.items():
        assert r.headers.get(name) == value, (rule, name)
    if policy.cache is not None:
        assert policy.cache in r.headers.get("Cache-Control", ""), rule
    if r.status_code == 200 and (policy.conditional or policy is responses.FILES):
        etag = r.headers.get("ETag")
        assert etag, f"{rule}: a cacheable answer without an ETag"
        again = client.get(SAMPLES[rule], headers={"If-None-Match": etag})
        assert again.status_code == 304, rule
        assert again.get_data() == b""
        assert again.headers.get("Access-Control-Allow-Origin") == "*"
        changed = client.get(SAMPLES[rule], headers={"If-None-Match": '"not-this-one"'})
        assert changed.status_code == 200 and changed.get_data() == r.get_data()


def test_errors_and_unrouted_paths_carry_cors(app) -> None:
    client = app.test_client()
    for path, status in (("/page/no/such/thing", 404), ("/search?type=zz", 400)):
        r = client.get(path, headers={"Accept": "application/json"})
        assert r.status_code == status
        assert r.headers["Access-Control-Allow-Origin"] == "*"
        assert "ETag" not in r.headers  # only 200 answers are cacheable
    r = client.put("/search")
    assert r.status_code == 405 and r.headers["Access-Control-Allow-Origin"] == "*"


def test_policies_differ_where_declared(app) -> None:
    client = app.test_client()
    assert client.get("/health").headers["Cache-Control"] == "no-store"
    assert "ETag" not in client.get("/health").headers
    sparql = client.options("/sparql")
    assert sparql.status_code == 204
    assert sparql.headers["Access-Control-Allow-Methods"] == "GET, POST, OPTIONS"
    assert "Cache-Control" not in sparql.headers  # query answers are not for caches


def test_a_new_view_gets_the_layer_without_asking(tmp_path) -> None:
    """A view that declares nothing still gets CORS, Cache-Control, an ETag and 304s."""
    app = create_app(store=tmp_path / "none", base=BASE)
    app.add_url_rule("/x-new", "x_new", lambda: "new")
    client = app.test_client()
    r = client.get("/x-new")
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert r.headers["Cache-Control"] == "no-cache"
    assert client.get("/x-new", headers={"If-None-Match": r.headers["ETag"]}).status_code == 304


def test_no_view_makes_these_headers_itself() -> None:
    """CORS, Cache-Control and conditional answers are made in kg/web/responses.py only (a view
    may give its ETag's seed or a file's digest, never answer If-None-Match itself)."""
    web = Path(responses.__file__).parent
    made_here = re.compile(r"Access-Control-|Cache-Control|cache_control|make_conditional|set_etag")
    found = [f"{p.relative_to(web)}:{n}: {line.strip()}"
             for p in sorted(web.rglob("*.py")) if p != Path(responses.__file__)
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if made_here.search(line)]
    assert found == [], "headers made outside kg.web.responses:\n" + "\n".join(found)
