"""Find and see, in a real browser (Playwright driving Debian's Chromium) against a real `kg serve`
of the bundled article built by `kg build`: type-ahead, a phrase search landing on its span, the
issue page, the co-mention graph, the timeline, keyboard use, axe-core on every kind of page and a
phone-sized viewport. One build, one server and one browser for the whole module; a screenshot of
every page visited goes to test-artifacts/ (KG_TEST_ARTIFACTS to change; not committed)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from ld_fixture import BASE
from web_support import Server, axe_violations

from kg.config import CORPUS_DIR
from kg.iri import Minter
from kg.pipeline import build
from kg.store import StoreDir

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(os.environ.get("KG_TEST_ARTIFACTS", ROOT / "test-artifacts"))
ARTICLE = "/page/article/v70n33/we-are-for-whatever-strengthens-the-confidence-and"
TROTSKY, GOLDA = "/page/entity/person/leon-trotsky", "/page/entity/person/golda-meir"
ISSUE = "/page/periodical/the-militant/v70/n33"
QUOTED = "the salvation of the Jewish people"  # from Trotsky, quoted in the article


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    store = StoreDir(tmp_path_factory.mktemp("find") / "kg")
    build([CORPUS_DIR], store, Minter(BASE))
    srv = Server(store.path, tmp_path_factory.mktemp("find-logs") / "access.log")
    yield srv
    if srv.proc.poll() is None:
        srv.stop()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    yield pg
    context.close()


def shoot(pg, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def test_type_ahead_finds_trotsky_after_trot_and_opens_his_page(site, page):
    page.goto(site.url + "/")
    box = page.get_by_role("combobox", name="Search names and texts")
    box.click()
    box.press_sequentially("Trot", delay=60)
    option = page.get_by_role("option").filter(has_text="Leon Trotsky")
    option.wait_for()
    assert "Person" in option.inner_text() and re.search(r"\d+ mentions", option.inner_text())
    assert box.get_attribute("aria-expanded") == "true"
    shoot(page, "type-ahead")
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    with page.expect_navigation():
        box.press("Enter")
    assert page.url == site.url + TROTSKY
    assert page.inner_text("h1") == "Leon Trotsky"


def test_a_quotation_phrase_lands_on_its_highlighted_span(site, page):
    page.goto(site.url + "/")
    box = page.get_by_role("combobox", name="Search names and texts")
    box.fill(QUOTED)
    with page.expect_navigation():
        box.press("Enter")  # no name chosen: the form searches everything
    assert "/search?q=" in page.url
    hit = page.locator("ol.passages li").filter(has_text="quotation").first
    assert "<mark>salvation</mark>" in hit.inner_html()
    shoot(page, "search")
    with page.expect_navigation():
        hit.locator("a.snippet").click()
    target = page.locator(":target")
    assert target.evaluate("el => el.tagName") == "MARK" and "found" in target.get_attribute("class")
    assert QUOTED in " ".join(target.inner_text().split())
    assert target.is_visible() and target.evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; }")
    shoot(page, "article-at-quotation")


def test_the_issue_page_lists_its_articles(site, page):
    page.goto(site.url + "/browse")
    with page.expect_navigation():
        page.get_by_role("link", name="The Militant, vol. 70").click()
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile(r"vol\. 70, no\. 33")).click()
    assert page.url == site.url + ISSUE
    rows = page.locator("table.list tbody tr")
    assert rows.count() == 1
    assert "We are for whatever strengthens" in rows.first.inner_text()
    assert "Jack Barnes" in rows.first.inner_text()
    shoot(page, "issue")
    with page.expect_navigation():
        rows.first.locator("a.headline").click()
    assert page.url == site.url + ARTICLE


@pytest.mark.parametrize("path", [GOLDA, ARTICLE])
def test_the_co_mention_graph_renders_the_rows_of_its_table(site, page, path):
    page.goto(site.url + path)
    graph = page.locator("#comention[data-nodes]")
    graph.wait_for()
    rows = page.locator(".comention-table tbody tr").count()
    assert int(graph.get_attribute("data-nodes")) == rows > 1
    assert int(graph.get_attribute("data-edges")) > 0
    assert page.locator("#comention canvas").count() > 0
    graph.scroll_into_view_if_needed()
    shoot(page, "comention-" + path.rsplit("/", 1)[-1])
    # a click on a name opens its page
    at = graph.evaluate("""el => { const n = el.cy.nodes().filter(x => !x.hasClass('focus'))[0];
        const box = el.getBoundingClientRect(), p = n.renderedPosition();
        return {x: box.left + p.x, y: box.top + p.y, href: n.data('href')}; }""")
    with page.expect_navigation():
        page.mouse.click(at["x"], at["y"])
    assert page.url == site.url + "/page" + at["href"]  # the IRI's path, 303 to its page


def test_the_timeline_shows_golda_meirs_facts_linked_to_note_8(site, page):
    page.goto(site.url + GOLDA)
    items = page.locator("ol.timeline li")
    assert items.count() == 3
    years = [items.nth(i).locator("time").inner_text() for i in range(3)]
    assert years == ["1898", "1969–1974", "1978"]
    for i in range(3):
        note = items.nth(i).locator("a.note")
        assert note.inner_text() == "note 8" and note.get_attribute("href").endswith(ARTICLE + "#note-8")
        assert "?mark=" in items.nth(i).get_by_role("link", name="read in the text").get_attribute("href")
    page.locator("ol.timeline").scroll_into_view_if_needed()
    shoot(page, "timeline-golda-meir")
    with page.expect_navigation():
        items.first.locator("a.note").click()
    assert page.evaluate("document.querySelector(':target').id") == "note-8"
    assert "Golda Meir (1898-1978)" in page.inner_text(":target")


def test_the_keyboard_reaches_the_skip_link_then_the_search_box(site, page):
    page.goto(site.url + ARTICLE)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.locator("header[class=site] form[role=search]").count() == 1
    assert page.locator("main").count() == 1 and page.locator("nav[aria-label=Site]").count() == 1


PAGES = {"home": "/", "article": ARTICLE, "entity": GOLDA, "search": "/search?q=Trotsky",
         "query": "/sparql", "issue": ISSUE, "names": "/entities?type=Person"}


def test_axe_core_finds_no_serious_violation(site, page):
    report = {}
    for name, path in PAGES.items():
        page.goto(site.url + path)
        if name == "query":
            page.wait_for_selector(".yasqe .CodeMirror")
        if name in ("article", "entity"):
            page.wait_for_selector("#comention[data-nodes]")
        shoot(page, "axe-" + name)
        report[name] = axe_violations(page)
    assert not any(report.values()), report


def test_a_phone_viewport_has_no_horizontal_scroll(site, chromium):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                   is_mobile=True, has_touch=True)
    pg = context.new_page()
    wide = {}
    for name, path in {**PAGES, "browse": "/browse"}.items():
        pg.goto(site.url + path)
        if name == "query":
            pg.wait_for_selector(".yasqe .CodeMirror")
        width = pg.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if width[0] > width[1]:
            wide[name] = width
        shoot(pg, "phone-" + name)
    context.close()
    assert not wide, wide
