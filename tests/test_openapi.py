"""/openapi.json describes every route of the app, and the API behaves as described:
schemathesis generates requests from the description and runs them on the WSGI app over a
published store: no 5xx, every status, content type and JSON body as described."""

from __future__ import annotations

import json
import re

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from ld_fixture import fixture_app
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from kg.web.views import openapi

EXAMPLES = 15  # per operation: the whole run stays well under a minute


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    with fixture_app(tmp_path_factory.mktemp("store")) as app:
        yield app


def _skeleton(path: str, method: str) -> str:
    params = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
              for name in re.findall(r"{([^}]+)}", path)]
    op = {"summary": "WHAT IT DOES", **({"parameters": params} if params else {}),
          "responses": {"200": {"$ref": "#/components/responses/Html"},
                        "default": {"$ref": "#/components/responses/Error"}}}
    return f'"{path}": {{"{method}": {json.dumps(op)}}}'


def test_the_description_matches_the_routes(app) -> None:
    routed, described = openapi.routed(app), openapi.described()
    missing = sorted(routed - described)
    assert not missing, (
        "routes missing from kg/web/openapi.json; add under \"paths\" (merging methods of a path "
        "already there, and with the right response types: Html, Json, Rdf, RdfOrHtml, File or Sparql "
        "from components/responses):\n" + "\n".join(_skeleton(p, m) for p, m in missing))
    extra = sorted(described - routed)
    assert not extra, f"kg/web/openapi.json describes operations the app does not route: {extra}"


def test_a_minted_path_is_what_the_catch_all_routes_describe() -> None:
    """The minted IRIs' paths match the `Path` parameter's pattern, and the fixed routes do not:
    a generated `/{path}` of "sparql" reached the SPARQL endpoint, a 200 the catch-all does not
    describe (schemathesis found it, 2026-12-06)."""
    from kg.iri import Minter

    spec = openapi.description()
    pattern = re.compile(spec["components"]["parameters"]["Path"]["schema"]["pattern"])
    m = Minter("http://localhost/")
    minted = [m.periodical("The Militant"), m.issue("The Militant", 80, 12), m.article("v80n12/x"),
              m.graph("v80n12/x"), m.entity("person", "Ana Ruiz"), m.work("Kelvo Days"),
              m.dataset(), m.co_mention("a", "b")]
    for iri in minted:
        assert pattern.match(m.local_path(str(iri)).lstrip("/")), iri
    for fixed in [p.strip("/") for p in spec["paths"] if "{" not in p and p != "/"]:
        assert not pattern.match(fixed), fixed


def test_it_is_served_with_the_servers_url(app) -> None:
    r = app.test_client().get("/openapi.json")
    assert r.status_code == 200 and r.mimetype == "application/json"
    spec = r.get_json()
    assert spec["openapi"].startswith("3.") and spec["servers"] == [{"url": "http://localhost"}]


CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]


@pytest.mark.slow
def test_the_api_behaves_as_described(app) -> None:
    """Every operation of the description, a bounded number of generated requests each."""
    api = schemathesis.openapi.from_wsgi("/openapi.json", app)
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) >= len(openapi.described()) - 1  # schemathesis merges /sparql and /sparql/
    for operation in operations:
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def run(case) -> None:
            case.call_and_validate(checks=CHECKS)

        run()
