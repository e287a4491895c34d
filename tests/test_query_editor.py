"""The query editor at /sparql: a browser gets YASGUI, every other client the service description."""

from __future__ import annotations

import urllib.request

import pytest
from ld_fixture import publish_fixture
from web_support import Server

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return publish_fixture(tmp_path_factory.mktemp("store") / "kg")


@pytest.fixture(scope="module")
def server(store, tmp_path_factory):
    srv = Server(store.path, tmp_path_factory.mktemp("logs") / "access.log")
    yield srv
    if srv.proc.poll() is None:
        srv.stop()


def get(url: str, accept: str | None) -> tuple[int, str, str]:
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.status, resp.headers["Content-Type"], resp.read().decode("utf-8")


def test_a_browser_gets_the_editor_with_a_working_default_query(server):
    status, ctype, body = get(server.url + "/sparql", BROWSER_ACCEPT)
    assert status == 200 and ctype.startswith("text/html")
    assert "vendor/yasgui/yasgui.min.js" in body and '"' + server.url + '/sparql"' in body
    assert "<noscript>" in body and 'name="query"' in body  # usable without JavaScript
    static = get(server.url + "/static/vendor/yasgui/yasgui.min.js", "*/*")
    assert static[0] == 200 and "Yasgui" in static[2]


@pytest.mark.parametrize("accept", [None, "*/*", "text/turtle", "application/rdf+xml, text/html;q=0.5"])
def test_other_clients_get_the_service_description(server, accept):
    status, ctype, body = get(server.url + "/sparql", accept)
    assert status == 200 and not ctype.startswith("text/html")
    assert "sparql-service-description" in body


def test_the_editor_runs_a_query_in_a_real_browser(server, chromium):
    page = chromium.new_page()
    page.goto(server.url + "/sparql")
    page.wait_for_selector(".yasqe .CodeMirror")
    assert "schema:NewsArticle" in page.inner_text(".yasqe")
    page.click(".yasqe_queryButton")
    page.wait_for_selector(".yasr table tbody tr", timeout=20_000)
    rows = page.inner_text(".yasr table tbody")
    assert "lessons of history" in rows.lower()
    page.close()
