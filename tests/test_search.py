"""Search (kg.search, kg.web.views.search): the FTS5 index written at publish time, its queries, and
/search as JSON and as a page, over a real published release."""

from __future__ import annotations

import re
import sqlite3

import pyoxigraph as ox
import pytest
from ld_fixture import BASE, KEY, article_text, publish_fixture

from kg import statistics
from kg.iri import Minter
from kg.namespaces import ITSRDF, KG, NIF, PROV, RDF, RDFS, SCHEMA, SKOS
from kg.search import index as search_index
from kg.search.query import SearchError, SearchIndex, match_expression
from kg.store import StoreDir
from kg.web import create_app

MINTER = Minter(BASE)
HTML = {"Accept": "text/html"}
JSON = {"Accept": "application/json"}


def _n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def small_store() -> ox.Store:
    """An article with a sentence, a quotation and a claim, and two people (one with an accent)."""
    st, key = ox.Store(), "v9n9/small"
    art, ctx, g = _n(MINTER.article(key)), _n(MINTER.context(key)), _n(MINTER.graph(key))
    text = "José Martín spoke. He said “the <b>salvation</b> of the people” & left. Fidel Castro agreed."
    add = lambda s, p, o: st.add(ox.Quad(s, _n(p), o, g))  # noqa: E731
    add(art, RDF.type, _n(SCHEMA.NewsArticle))
    add(art, SCHEMA.headline, ox.Literal("Cuban lessons for workers"))
    add(art, SCHEMA.datePublished, ox.Literal("2001-02-03"))
    add(ctx, PROV.hadPrimarySource, art)

    def span(piece: str, *types) -> ox.NamedNode:
        b = text.index(piece)
        s = _n(MINTER.span(key, b, b + len(piece)))
        for t in types:
            add(s, RDF.type, _n(t))
        add(s, NIF.referenceContext, ctx)
        add(s, NIF.beginIndex, ox.Literal(str(b), datatype=_n("http://www.w3.org/2001/XMLSchema#integer")))
        add(s, NIF.endIndex, ox.Literal(str(b + len(piece)),
                                        datatype=_n("http://www.w3.org/2001/XMLSchema#integer")))
        add(s, NIF.anchorOf, ox.Literal(piece))
        return s

    marti, castro = _n(MINTER.person("José Martín")), _n(MINTER.person("Fidel Castro"))
    for who, label in ((marti, "José Martín"), (castro, "Fidel Castro")):
        add(who, RDF.type, _n(SCHEMA.Person))
        add(who, RDFS.label, ox.Literal(label))
    add(castro, SKOS.altLabel, ox.Literal("El Comandante"))
    add(span("José Martín", NIF.Phrase), ITSRDF.taIdentRef, marti)
    add(span("Fidel Castro", NIF.Phrase), ITSRDF.taIdentRef, castro)
    span("José Martín spoke.", NIF.Sentence)
    sentence = span("He said “the <b>salvation</b> of the people” & left.", NIF.Sentence)
    add(span("the <b>salvation</b> of the people", KG.Quotation), PROV.wasQuotedFrom, marti)
    claim = _n(MINTER.claim(key, "writer", 0, 5))
    add(claim, RDF.type, _n(SCHEMA.Claim))
    add(claim, SCHEMA.text, ox.Literal("Castro agreed with the speech", language="en"))
    add(claim, SCHEMA.appearance, art)
    add(claim, SCHEMA.author, castro)
    add(claim, PROV.wasDerivedFrom, sentence)
    return st


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> SearchIndex:
    st = small_store()
    folder = tmp_path_factory.mktemp("index")
    search_index.build(st, statistics.count(st), folder, release="r1")
    return SearchIndex.of_release(folder)


def test_names_fold_case_and_accents_and_complete_prefixes(small):
    for typed in ("Martin", "martín", "MARTIN", "jose mar", "Mart"):
        total, hits = small.entities(typed)
        assert [h.label for h in hits] == ["José Martín"], typed
    assert hits[0].type == "Person" and hits[0].mentions == 1 and hits[0].articles == 1
    assert small.entities("Comandante")[1][0].label == "Fidel Castro"  # an alias finds the entity
    assert "<mark>Comandante</mark>" in small.entities("Comandante")[1][0].names
    assert small.entities("Trotsky") == (0, [])


def test_passages_are_found_by_words_with_escaped_highlighted_snippets(small):
    total, hits = small.passages("salvation people")
    assert {h.kind for h in hits} == {"quotation", "sentence"} and total == 2
    quote = next(h for h in hits if h.kind == "quotation")
    assert "<mark>salvation</mark>" in quote.snippet and "&lt;b&gt;" in quote.snippet
    assert "<b>" not in quote.snippet  # the text's own markup is escaped, never rendered
    assert quote.who_label == "José Martín" and quote.headline == "Cuban lessons for workers"
    assert quote.begin is not None and quote.end - quote.begin == len("the <b>salvation</b> of the people")
    assert small.passages("salvation", kinds=("sentence",))[1][0].kind == "sentence"
    claim = small.passages("speech")[1][0]
    assert claim.kind == "claim" and claim.who_label == "Fidel Castro" and claim.begin is not None
    assert small.passages("lessons")[1][0].kind == "article"
    assert small.passages('"people salvation"')[0] == 0  # a quoted phrase keeps its order


@pytest.mark.parametrize("typed", ['") OR NEAR(*', "AND", "* : ^", '"unclosed', "col:value", "-x"])
def test_what_a_user_types_is_never_fts5_syntax(small, typed):
    small.entities(typed)
    small.passages(typed)


def test_match_expression_quotes_every_word():
    assert match_expression("") is None and match_expression("?!") is None
    assert match_expression("Trot", prefix_last=True) == '"Trot"*'
    assert match_expression('leon "bloody trap" Trot', prefix_last=True) == '"leon" "bloody trap" "Trot"*'
    assert match_expression("a OR b") == '"a" "OR" "b"'


def test_the_index_file_is_opened_read_only(small):
    with pytest.raises(sqlite3.OperationalError):
        small._db().execute("DELETE FROM entity")


def test_a_missing_or_foreign_index_is_a_clear_error(tmp_path):
    with pytest.raises(SearchError, match="no search index"):
        SearchIndex.of_release(tmp_path)
    db = sqlite3.connect(tmp_path / search_index.INDEX_FILE)
    db.executescript("CREATE TABLE meta(key TEXT, value TEXT); "
                     "INSERT INTO meta VALUES ('schema_version', '0');")
    db.commit()
    db.close()
    with pytest.raises(SearchError, match="version 0"):
        SearchIndex.of_release(tmp_path)


# -- /search over a published release ---------------------------------------------------------

@pytest.fixture(scope="module")
def client(tmp_path_factory):
    store = publish_fixture(tmp_path_factory.mktemp("search") / "kg")
    app = create_app(store=store.path, base=BASE)
    return app.test_client()


def test_publish_writes_the_index_into_the_release(client):
    release = StoreDir(client.application.config["KG_STORE"]).require_current()
    path = release.path / search_index.INDEX_FILE
    assert path.is_file()
    meta = dict(sqlite3.connect(path).execute("SELECT key, value FROM meta"))
    assert meta["release"] == release.id


def test_search_json_finds_names_and_links_hits_to_their_exact_span(client):
    resp = client.get("/search?q=Len&type=entity", headers=JSON)
    assert resp.status_code == 200 and resp.mimetype == "application/json"
    data = resp.get_json()
    assert "passages" not in data
    lenin = data["entities"]["results"][0]
    assert lenin["label"] == "Vladimir Lenin" and lenin["mentions"] == 2 and lenin["type"] == "Person"
    assert lenin["href"] == "/page/entity/person/vladimir-lenin"
    quote = client.get("/search?q=countries%20unite&format=json").get_json()["passages"]["results"]
    hit = next(h for h in quote if h["kind"] == "quotation")
    b, e = article_text().spans["quote"]
    assert hit["href"] == f"/page/article/{KEY}?mark={b},{e}#char={b},{e}"
    page = client.get(hit["href"].split("#")[0], headers=HTML).get_data(as_text=True)
    marked = re.search(rf'<mark class="found" id="char={b},{e}">(.*?)</mark>', page, re.S)
    assert marked and "workers of all countries, unite" in re.sub("<[^>]+>", "", marked.group(1))


@pytest.mark.parametrize("query, message", [
    ("/search?format=json", "q (the words"),
    ("/search?q=x&type=people&format=json", "type must be one of"),
    ("/search?q=x&limit=0&format=json", "limit must be between"),
    ("/search?q=x&limit=many&format=json", "limit must be a whole number"),
    ("/search?q=x&format=xml", "format must be json or html"),
])
def test_bad_requests_are_400_with_a_message(client, query, message):
    resp = client.get(query, headers=JSON)
    assert resp.status_code == 400 and message in resp.get_json()["message"]


def test_a_bad_mark_on_the_reading_view_is_400(client):
    assert client.get(f"/page/article/{KEY}?mark=9,3", headers=HTML).status_code == 400
    assert client.get(f"/page/article/{KEY}?mark=x", headers=HTML).status_code == 400


def test_the_search_page_lists_names_and_passages(client):
    page = client.get("/search?q=Lenin", headers=HTML).get_data(as_text=True)
    assert 'href="/page/entity/person/vladimir-lenin"' in page
    assert "<mark>Lenin</mark>" in page and "Names (1)" in page
    assert client.get("/search", headers=HTML).status_code == 200  # an empty form


@pytest.mark.parametrize("path", ["/", f"/page/article/{KEY}", "/page/entity/person/vladimir-lenin",
                                  "/search?q=x", "/sparql", "/download/"])
def test_every_page_has_the_search_box(client, path):
    page = client.get(path, headers={"Accept": "text/html,application/xhtml+xml"}).get_data(as_text=True)
    assert re.search(r'<form class="site-search" role="search"[^>]*action="/search"', page), path
    assert '<label for="site-search-q">' in page and 'role="combobox"' in page


def test_a_release_without_an_index_answers_503(tmp_path):
    store = StoreDir(tmp_path / "kg")
    with store.publish() as st:  # no finisher: no statistics, no index
        st.add(ox.Quad(_n(BASE + "x"), _n(RDFS.label), ox.Literal("x"), _n(BASE + "graph/x")))
    resp = create_app(store=store.path, base=BASE).test_client().get("/search?q=x", headers=JSON)
    assert resp.status_code == 503 and "no search index" in resp.get_json()["message"]
