"""Article text, entity labels and query parameters are escaped on every HTML page.

A store is built with `kg build` from tests/fixtures/hostile/, an article whose headline, byline
(so an entity's label) and paragraphs carry script injection, attribute injection and
`javascript:` links. Every HTML page is then fetched: the home page, the page of every resource
of the article, and every GET route of the app's url_map (routes added later, such as search
and graph pages, included) with hostile query parameters and path segments. No page may hold a
script, event-handler attribute or `javascript:` URL that came from the data or the request.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.config import DEFAULT_BASE
from kg.store import StoreDir
from kg.web import create_app
from kg.web.views import sparql

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
PAYLOADS = ["<script>alert(7)</script>", '"><img src=x onerror=alert(8)>', "javascript:alert(9)",
            "' onmouseover='alert(10)", "</script><script>alert(11)</script>",
            "<svg/onload=alert(12)>", "java\tscript:alert(13)"]
PARAMS = ["page", "q", "query", "format", "type", "year", "sort", "entity", "iri", "from", "to", "kind",
          "offset", "limit", "lang"]
URL_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "srcdoc"}
JS_TYPES = {"", "text/javascript", "module", "application/javascript"}


class Page(HTMLParser):
    """What an HTML page would run: scripts, event handlers, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._script: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") and "alert(" in value:
                self.problems.append(f"<{tag} {name}={value!r}>")
            squeezed = re.sub(r"[\x00-\x20]", "", value).lower()
            if name in URL_ATTRS and squeezed.startswith(("javascript:", "vbscript:", "data:text/html")):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            kind = (dict(attrs).get("type") or "").lower()
            self._script = (kind, [])

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            kind, parts = self._script
            body = "".join(parts)
            if "<script" in body.lower() or "<!--" in body:
                self.problems.append(f"a script holds markup: {body[:120]!r}")
            if kind in JS_TYPES and "alert(" in body:
                self.problems.append(f"a script runs injected code: {body[:120]!r}")
            self._script = None


def problems(html: str) -> list[str]:
    page = Page()
    page.feed(html)
    page.close()
    return page.problems


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    store = tmp_path_factory.mktemp("hostile-store")
    result = CliRunner().invoke(main, ["build", "--store", str(store), str(HOSTILE)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    app = create_app(store=store, base=DEFAULT_BASE)
    yield app
    sparql.close(app)


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


def html_of(client, url: str, **kwargs) -> tuple[int, str]:
    r = client.get(url, headers={"Accept": "text/html"}, **kwargs)
    return r.status_code, (r.data.decode("utf-8", "replace") if r.mimetype == "text/html" else "")


def resource_pages(app) -> list[str]:
    """/page/... of every IRI the built store holds under the base (subjects and objects)."""
    st = StoreDir(app.config["KG_STORE"]).snapshot()
    iris = set()
    for q in st.quads_for_pattern(None, None, None):
        for term in (q.subject, q.object):
            value = getattr(term, "value", "")
            if isinstance(value, str) and value.startswith(DEFAULT_BASE) and "#" not in value \
                    and value != DEFAULT_BASE:
                iris.add(value)
    return sorted("/page/" + iri[len(DEFAULT_BASE):] for iri in iris)


@pytest.mark.slow
def test_pages_of_the_hostile_article_escape_its_text_and_labels(app, client) -> None:
    pages = resource_pages(app)
    assert any("/entity/person/" in p for p in pages) and any("/article/" in p for p in pages)
    seen_label = seen_text = False
    for url in ["/"] + pages:
        status, html = html_of(client, url)
        assert status == 200 or (status == 404 and "/article/" not in url and "/entity/" not in url), url
        assert not problems(html), (url, problems(html))
        seen_label |= "Mary Martin&lt;script&gt;alert(2)&lt;/script&gt;" in html
        seen_text |= "&lt;svg onload=alert(6)&gt;" in html or "&lt;svg onload=alert(6)" in html
    assert seen_label, "the hostile entity label is shown nowhere (escaped)"
    assert seen_text, "the hostile article text is shown nowhere (escaped)"


def _routes(app) -> list[str]:
    out = []
    for rule in app.url_map.iter_rules():
        if "GET" in (rule.methods or ()) and rule.endpoint != "static":
            out.append(rule.rule)
    return sorted(out)


@pytest.mark.slow
@pytest.mark.parametrize("payload", PAYLOADS)
def test_query_parameters_and_paths_are_escaped_on_every_page(app, client, payload: str) -> None:
    for rule in _routes(app):
        url = re.sub(r"<(?:[^:<>]+:)?[^<>]+>", lambda _: payload.replace("/", "%2F"), rule)
        for name in PARAMS:
            if name == "query" and rule.startswith("/sparql"):
                continue  # a query runs; its answers are not HTML
            status, html = html_of(client, url, query_string={name: payload})
            assert status < 500, (url, name)
            assert not problems(html), (url, name, problems(html))


def test_the_checker_sees_injections() -> None:
    """The oracle itself: unescaped payloads are caught."""
    for payload in PAYLOADS[:2] + PAYLOADS[3:6]:
        html = f"<p title='{payload}'>{payload}</p><a href=\"x\">x</a>"
        assert problems(html) or "javascript" in payload, payload
    assert problems('<a href=" JavaScript:alert(1)">x</a>')
    assert problems("<script>var d = {\"l\": \"</script><script>alert(1)</script>\"};</script>")
    assert not problems('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><a href="/page/x">x</a>')
