"""Linked data through the app: 303 dereferencing, data documents, pages, VoID, ontology,
shapes, health and the access log (kg.web.views and the modules they use)."""

from __future__ import annotations

import html
import logging
import re
from html.parser import HTMLParser

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from ld_fixture import BASE, KEY, article_text, publish_fixture, seed_wikidata

from kg.config import ONTOLOGY_DIR
from kg.iri import Minter
from kg.namespaces import sparql_prefixes
from kg.store.embedded import EmbeddedSnapshot
from kg.web import create_app
from kg.web.pages.highlight import BLOCK, LINK, MARKER, REGION, Mark, render

MINTER = Minter(BASE)
ARTICLE = str(MINTER.article(KEY))
CONTEXT = str(MINTER.context(KEY))
LENIN = str(MINTER.person("Vladimir Lenin"))
RDF_TYPES = {"text/turtle": ("ttl", "turtle"), "application/ld+json": ("jsonld", "json-ld"),
             "application/n-triples": ("nt", "nt"), "application/rdf+xml": ("rdf", "xml")}


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    return publish_fixture(tmp_path_factory.mktemp("store")).require_current()


@pytest.fixture(scope="module")
def app(release):
    return create_app(store=release.path.parent.parent, base=BASE)


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


def path(iri: str) -> str:
    return "/" + iri[len(BASE):]


def triples_about(release, iri: str) -> set:
    """What the store holds with `iri` as subject or object (as rdflib terms, for comparing)."""
    store = EmbeddedSnapshot.open(release)
    n = ox.NamedNode(iri)
    quads = list(store.quads_for_pattern(n, None, None)) + list(store.quads_for_pattern(None, None, n))
    data = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
    return set(rdflib.Graph().parse(data=data, format="nt"))


# -- the 303 dance ---------------------------------------------------------------------------
@pytest.mark.parametrize("accept, target", [
    ("text/html", "/page/"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "/page/"),
    ("*/*", "/page/"),
    (None, "/page/"),
    ("text/turtle", "/data/"),
    ("application/ld+json", "/data/"),
    ("application/n-triples", "/data/"),
    ("application/rdf+xml", "/data/"),
    ("text/turtle;q=0.5, application/ld+json", "/data/"),
    ("application/x-turtle", "/data/"),
])
def test_minted_iris_answer_303_by_accept(client, accept, target):
    r = client.get(path(ARTICLE), headers={"Accept": accept} if accept else {})
    assert r.status_code == 303
    assert "Accept" in r.headers["Vary"]
    location = r.headers["Location"]
    assert location.startswith("http://localhost" + target)
    if target == "/data/":
        wanted = {"text/turtle;q=0.5, application/ld+json": "application/ld+json",
                  "application/x-turtle": "text/turtle"}.get(accept, accept)
        assert location.endswith("." + RDF_TYPES[wanted][0])
        followed = client.get(location.removeprefix("http://localhost"))
        assert followed.status_code == 200 and followed.mimetype == wanted
    else:
        followed = client.get(location.removeprefix("http://localhost"))
        assert followed.status_code == 200 and followed.mimetype == "text/html"


@pytest.mark.parametrize("accept", ["application/pdf", "image/png, text/csv;q=0.5"])
def test_unacceptable_types_get_406(client, accept):
    r = client.get(path(ARTICLE), headers={"Accept": accept})
    assert r.status_code == 406
    assert "text/turtle" in r.get_data(as_text=True)


@pytest.mark.parametrize("p", ["/article/no-such-thing", "/entity/person/nobody", "/page/entity/x",
                               "/data/entity/x.ttl"])
def test_unknown_iris_are_404(client, p):
    r = client.get(p, headers={"Accept": "text/turtle"})
    assert r.status_code == 404
    assert BASE in r.get_data(as_text=True)


@pytest.mark.parametrize("iri", [ARTICLE, LENIN, str(MINTER.issue("The Militant", 1, 2)),
                                 str(MINTER.part(KEY, "note", 1)), str(MINTER.dataset()),
                                 str(MINTER.tool("learned-typer"))])
def test_every_kind_of_minted_iri_dereferences(client, iri):
    assert client.get(path(iri), headers={"Accept": "text/turtle"}).status_code == 303
    assert client.get(path(iri), headers={"Accept": "text/html"}).status_code == 303


# -- data documents ------------------------------------------------------------------------------
@pytest.mark.parametrize("media_type", list(RDF_TYPES))
def test_data_document_holds_every_triple_about_the_resource(client, release, media_type):
    ext, rdflib_format = RDF_TYPES[media_type]
    r = client.get(f"/data{path(LENIN)}.{ext}")
    assert r.status_code == 200 and r.mimetype == media_type
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    got = set(rdflib.Graph().parse(data=r.data, format=rdflib_format))
    assert got == triples_about(release, LENIN)
    assert len(got) > 5


def test_data_document_without_extension_negotiates(client):
    r = client.get(f"/data{path(LENIN)}", headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and r.mimetype == "application/n-triples"
    assert "Accept" in r.headers["Vary"]


def test_span_iris_are_described_in_their_context_document(client, release):
    t = article_text()
    span = MINTER.span(KEY, *t.spans["lenin"])
    r = client.get(path(str(span)).split("#")[0], headers={"Accept": "text/turtle"})
    assert r.headers["Location"].endswith(path(CONTEXT) + ".ttl")  # the fragment is never sent
    g = rdflib.Graph().parse(data=client.get(f"/data{path(CONTEXT)}.ttl").data, format="turtle")
    assert (span, rdflib.URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef"), rdflib.URIRef(LENIN)) in g
    assert triples_about(release, str(span)) <= set(g)
    assert triples_about(release, CONTEXT) <= set(g)


def test_blank_nodes_are_described_with_their_subject(client):
    review = str(MINTER.part(KEY, "review", 1))
    g = rdflib.Graph().parse(data=client.get(f"/data{path(review)}.ttl").data, format="turtle")
    rating = g.value(rdflib.URIRef(review), rdflib.URIRef("http://schema.org/reviewRating"))
    assert isinstance(rating, rdflib.BNode)
    assert str(g.value(rating, rdflib.URIRef("http://schema.org/alternateName"))) == "endorsed"


def test_a_named_graph_dereferences_to_its_contents(client, release):
    graph = str(MINTER.graph(KEY))
    r = client.get(f"/data{path(graph)}.nt")
    store = EmbeddedSnapshot.open(release)
    size = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
    assert len(set(rdflib.Graph().parse(data=r.data, format="nt"))) == size


def test_data_documents_support_conditional_get(client):
    url = f"/data{path(ARTICLE)}.ttl"
    first = client.get(url)
    assert first.headers["ETag"] and first.headers["Last-Modified"]
    assert client.get(url, headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": first.headers["Last-Modified"]}).status_code == 304
    head = client.head(url)
    assert head.status_code == 200 and head.data == b""
    assert int(head.headers["Content-Length"]) == len(first.data)


# -- where the server runs -----------------------------------------------------------------------
def test_requests_at_the_base_host_with_its_path_prefix_map_to_the_same_iris(release):
    base = "https://example.org/kg/"
    from kg.store import StoreDir

    client = create_app(store=StoreDir(release.path.parent.parent).path, base=base).test_client()
    # the fixture store was minted under BASE, so nothing is known under this base ...
    assert client.get("/kg/article/" + KEY, base_url="https://example.org").status_code == 404
    # ... and an IRI under this base is looked up whichever way the path arrives
    other = publish_fixture(release.path.parent.parent.parent / "other-base", base=base)
    client = create_app(store=other.path, base=base).test_client()
    for url in ("/kg/article/" + KEY, "/article/" + KEY):
        r = client.get(url, base_url="https://example.org", headers={"Accept": "text/turtle"})
        assert r.status_code == 303, url
        assert r.headers["Location"] == f"https://example.org/data/article/{KEY}.ttl"
    page = client.get(f"/page/article/{KEY}", base_url="https://example.org").get_data(as_text=True)
    assert 'href="/entity/person/vladimir-lenin"' in page  # local links: browsing stays on this server


# -- pages ---------------------------------------------------------------------------------------
class _Checker(HTMLParser):
    """Collects text inside the article's text block and checks elements nest properly."""

    VOID = {"br", "img", "meta", "link", "input", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.text_depth = None
        self.text: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if tag in self.VOID:
            return
        self.stack.append(tag)
        if attrs.get("class") == "text" and self.text_depth is None:
            self.text_depth = len(self.stack)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        if self.text_depth == len(self.stack):
            self.text_depth = -1
        self.stack.pop()

    def handle_data(self, data):
        if self.text_depth not in (None, -1):
            self.text.append(data)


def test_article_page_shows_the_text_with_its_annotations(client):
    r = client.get(f"/page{path(ARTICLE)}")
    assert r.status_code == 200
    page = r.get_data(as_text=True)
    checker = _Checker()
    checker.feed(page)
    assert not checker.stack
    t = article_text()
    start = t.spans["p1"][0]
    # every character of the text from the first paragraph on is there, once, in order (blocks
    # are elements, so the blank lines between them are not needed)
    without_backrefs = "".join(checker.text).replace("↩ ", "")
    assert re.sub(r"\s+", "", without_backrefs) == re.sub(r"\s+", "", t.text[start:])
    assert "a &lt; b &amp; c &gt; d" in page and "a < b" not in page
    # names linked to their pages, footnote marker and note linked both ways
    assert f'class="mention" href="{path(LENIN)}"' in page
    # a class the learned typer chose says so (title and class), the rules' does not
    hez = path(str(MINTER.entity("organization", "Hezbollah")))
    assert (f'class="mention learned" href="{hez}" '
            'title="Hezbollah (class chosen by the learned typer, 93% sure)"') in page
    assert page.count('class="mention learned"') == 1
    assert 'href="#note-1"' in page and 'id="note-1"' in page
    assert 'href="#marker-1"' in page and 'id="marker-1"' in page
    # claims and quotations are visible in the text and listed
    assert 'class="claim"' in page and 'class="quote"' in page
    b, e = t.spans["quote"]
    assert f'id="char={b},{e}"' in page and f'href="#char={b},{e}"' in page
    assert "Workers rally for the lessons of history" in page
    assert "Jane Roe" in page and "2006-01-09" in page
    assert '<span class="claim endorsed" title="claim by Jane Roe (endorsed)"' in page
    wd = seed_wikidata("Vladimir Lenin")
    assert f"http://www.wikidata.org/entity/{wd}" in page
    assert len(checker.ids) == len(set(checker.ids)), "ids must be unique"


def test_the_context_page_is_the_article_page_with_span_anchors(client):
    t = article_text()
    r = client.get(f"/page{path(CONTEXT)}")
    assert r.status_code == 200
    b, e = t.spans["lenin"]
    assert f'id="char={b},{e}"' in r.get_data(as_text=True)


def test_entity_page(client):
    page = client.get(f"/page{path(LENIN)}").get_data(as_text=True)
    wd = seed_wikidata("Vladimir Lenin")
    assert "<h1>Vladimir Lenin</h1>" in page
    assert f'href="http://www.wikidata.org/entity/{wd}"' in page
    assert f'href="{path(ARTICLE)}"' in page and "(2 mentions)" in page
    assert "V.I. Lenin" in page  # other names
    author = client.get(f"/page{path(str(MINTER.person('Jane Roe')))}").get_data(as_text=True)
    assert "Articles by Jane Roe" in author and "Claims by Jane Roe" in author


def test_generic_page_lists_triples_with_links(client):
    issue = str(MINTER.issue("The Militant", 1, 2))
    page = client.get(f"/page{path(issue)}").get_data(as_text=True)
    assert "The Militant, vol. 1, no. 2" in page
    assert f'href="{path(ARTICLE)}"' in page  # incoming: the article is part of it
    assert "2006-01-09" in page and "xsd:date" in page
    assert f'<link rel="alternate" type="text/turtle" href="/data{path(issue)}.ttl">' in page


def test_home_page_links_everything(client):
    page = client.get("/").get_data(as_text=True)
    for href in ("/sparql", "/download/", "/.well-known/void", "/ontology", "/shapes", "/health",
                 path(ARTICLE), path(LENIN)):
        assert f'href="{href}"' in page, href
    assert client.get("/?page=x").status_code == 400


def test_error_pages_speak_the_clients_language(client):
    assert client.get("/nothing/here", headers={"Accept": "text/html"}).mimetype == "text/html"
    as_json = client.get("/nothing/here", headers={"Accept": "application/json"})
    assert as_json.status_code == 404 and as_json.get_json()["status"] == 404
    assert client.get("/nothing/here", headers={"Accept": "text/plain"}).data.startswith(b"404 Not Found")


# -- service documents -----------------------------------------------------------------------------
def test_void_description(client, release):
    r = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.mimetype == "text/turtle"
    g = rdflib.Graph().parse(data=r.data, format="turtle")
    void, ds = rdflib.Namespace("http://rdfs.org/ns/void#"), rdflib.URIRef(str(MINTER.dataset()))
    assert g.value(ds, void.triples).toPython() == release.info()["triples"]
    assert g.value(ds, void.sparqlEndpoint) == rdflib.URIRef(BASE + "sparql")
    assert any(g.objects(ds, void.dataDump))
    assert client.get("/.well-known/void", headers={"Accept": "application/ld+json"}).status_code == 200
    as_html = client.get("/.well-known/void", headers={"Accept": "text/html"})
    assert as_html.status_code == 303 and as_html.headers["Location"].endswith("/page/dataset")
    assert client.get(as_html.headers["Location"]).status_code == 200


def test_ontology_at_its_iri(client):
    turtle = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200 and turtle.data == (ONTOLOGY_DIR / "kg.ttl").read_bytes()
    assert "Accept" in turtle.headers["Vary"]
    jsonld = client.get("/ontology", headers={"Accept": "application/ld+json"})
    g = rdflib.Graph().parse(data=jsonld.data, format="json-ld")
    assert (rdflib.URIRef("https://w3id.org/militant-kg/ontology"), rdflib.RDF.type, rdflib.OWL.Ontology) in g
    page = client.get("/ontology", headers={"Accept": "text/html"})
    assert page.mimetype == "text/html" and b"FootnoteMarker" in page.data
    assert client.get("/ontology.ttl").data == turtle.data
    assert client.get("/ontology.xyz").status_code == 404


def test_shapes(client):
    r = client.get("/shapes", headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(data=r.data, format="turtle")
    assert any(g.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/shacl#NodeShape")))
    page = client.get("/shapes", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "sh:NodeShape" in page or "NodeShape" in page


def test_health(client, release, tmp_path):
    body = client.get("/health").get_json()
    assert body == {"ok": True, "release": release.id, "published": release.info()["published"],
                    "triples": release.info()["triples"]}
    empty = create_app(store=tmp_path / "empty", base=BASE).test_client().get("/health")
    assert empty.status_code == 503 and empty.get_json()["ok"] is False


def test_access_log_has_one_common_format_line_per_request(client, caplog):
    with caplog.at_level(logging.INFO, logger="kg.access"):
        client.get("/health", buffered=True)  # buffered: the body is read and closed, as a server does
        client.get("/nothing/here?x=1", buffered=True)
    lines = [r.getMessage() for r in caplog.records if r.name == "kg.access"]
    assert len(lines) == 2
    pattern = (r'^\S+ - - \[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] '
               r'"GET (\S+) HTTP/1\.1" (\d{3}) (\d+|-) [\d.]+$')
    first, second = (re.match(pattern, line) for line in lines)
    assert first and first.group(1) == "/health" and first.group(2) == "200" and int(first.group(3)) > 0
    assert second and second.group(1) == "/nothing/here?x=1" and second.group(2) == "404"


# -- the text renderer -----------------------------------------------------------------------------
class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.out: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack.pop() == tag

    def handle_data(self, data):
        self.out.append(data)


@st.composite
def texts_and_marks(draw):
    text = draw(st.text(alphabet="ab <&>\n“”", min_size=1, max_size=60))
    marks = []
    for i in range(draw(st.integers(0, 8))):
        b = draw(st.integers(0, len(text)))
        e = draw(st.integers(b, len(text)))
        level = draw(st.sampled_from([BLOCK, REGION, LINK, MARKER]))
        tag = {BLOCK: "div", REGION: "span", LINK: "a", MARKER: "a"}[level]
        marks.append(Mark(b, e, level, tag, (("class", f"m{i}"),), (("id", f"id{i}"),)))
    return text, marks


@settings(max_examples=300, deadline=None)
@given(texts_and_marks())
def test_rendering_keeps_every_character_and_nests_properly(case):
    text, marks = case
    out = render(text, marks)
    parser = _Text()
    parser.feed(out)
    parser.close()
    assert parser.stack == []
    rendered = "".join(parser.out)
    # whitespace outside every block may be dropped; nothing else
    assert rendered.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
    assert "<" not in html.unescape(re.sub(r"<[^>]*>", "", out)).replace(text, "") or "<" in text
    ids = re.findall(r'id="([^"]+)"', out)
    assert len(ids) == len(set(ids))


def test_crossing_marks_are_split_not_misnested():
    text = "abcdefgh"
    out = render(text, [Mark(0, 5, BLOCK, "div"), Mark(3, 8, REGION, "span", (("class", "claim"),))])
    assert out == ('<div>abc<span class="claim">de</span></div>'
                   '<div class="plain"><span class="claim cont">fgh</span></div>')


# -- on real builds of the bundled corpus and the test articles ---------------------------------------
@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Every article the project ships, built by the real pipeline and published with dumps."""
    from kg.config import CORPUS_DIR, PROJECT_ROOT
    from kg.pipeline import build
    from kg.store import StoreDir
    from kg.store.describe import finisher

    store_dir = StoreDir(tmp_path_factory.mktemp("built"))
    minter = Minter.from_config("https://w3id.org/militant-kg/")
    build([CORPUS_DIR, PROJECT_ROOT / "tests" / "articles"], store_dir, minter)
    if "description_graph" not in store_dir.require_current().info():
        with store_dir.publish(finish=finisher(minter.base)):  # until the pipeline runs the finisher
            pass
    release = store_dir.require_current()
    return release, create_app(store=store_dir.path, base=minter.base).test_client()


def _ask(store, query: str) -> list:
    return list(store.query(sparql_prefixes() + query, use_default_graph_as_union=True))


def test_every_built_article_page_shows_its_text_names_and_notes(built):
    release, client = built
    store = EmbeddedSnapshot.open(release)
    articles = [row["a"].value for row in _ask(store, "SELECT ?a WHERE { ?a a schema:NewsArticle }")]
    assert len(articles) >= 5
    for article in articles:
        base = "https://w3id.org/militant-kg/"
        page = client.get("/page/" + article[len(base):])
        assert page.status_code == 200, article
        html_text = page.get_data(as_text=True)
        checker = _Checker()
        checker.feed(html_text)
        assert not checker.stack, article
        assert len(checker.ids) == len(set(checker.ids)), article
        context = _ask(store, f"SELECT ?t WHERE {{ ?c prov:hadPrimarySource <{article}> ; nif:isString ?t }}")
        shown = re.sub(r"\s+", "", "".join(checker.text).replace("↩ ", ""))
        assert shown and re.sub(r"\s+", "", context[0]["t"].value).endswith(shown), article

        def in_graph(var: str, pattern: str, article: str = article) -> list:
            return _ask(store, f"SELECT {var} WHERE {{ GRAPH ?g {{ <{article}> a ?t . {pattern} }} }}")

        notes = in_graph("?n", "?f a doco:Footnote ; schema:position ?n")
        markers = in_graph("?n", "?m kg:footnote ?f . ?f schema:position ?n")
        for row in notes:
            assert f'id="note-{row["n"].value}"' in html_text, (article, row["n"])
        for row in markers:
            n = row["n"].value
            assert f'id="marker-{n}"' in html_text and f'href="#marker-{n}"' in html_text, (article, n)
            assert f'href="#note-{n}"' in html_text
        mentions = in_graph("?m", "?m itsrdf:taIdentRef ?e")
        # a model's call is a class beside "mention": the typer's "learned", the bounder's "bounded"
        shown_mentions = re.findall(r'<a class="mention(?: learned)?(?: bounded)?"', html_text)
        assert len(shown_mentions) == len(mentions), article
        learned = in_graph("?m", "?m itsrdf:taIdentRef ?e ; itsrdf:taConfidence ?c")
        assert len(re.findall(r'<a class="mention learned(?: bounded)?"', html_text)) == len(learned), article
        body = html_text[html_text.index('<div class="text">'):html_text.index('<aside')]
        quotes = in_graph("DISTINCT ?q", "?q a kg:Quotation ; nif:beginIndex ?b")
        assert body.count('<span class="quote"') == len(quotes), article
        claims = in_graph("DISTINCT ?c", "?c a schema:Claim ; prov:wasDerivedFrom ?d . ?d nif:beginIndex ?b")
        shown_claims = len(re.findall(r'<span class="claim(?: rejected| endorsed)?"', body))
        assert shown_claims == len(claims), article
        reviews = in_graph("DISTINCT ?r", "?r schema:itemReviewed ?c ; schema:reviewRating ?x")
        assert html_text.count('class="review') >= len(reviews), article


def test_built_dumps_and_documents_parse(built):
    release, client = built
    manifest = client.get("/download/", headers={"Accept": "application/json"}).get_json()
    assert manifest["triples"] == release.info()["triples"]
    union = next(f for f in manifest["files"] if f["name"].endswith("-union.ttl"))
    body = client.get(f"/download/{union['name']}", headers={"Accept-Encoding": "identity"}).data
    assert len(rdflib.Graph().parse(data=body, format="turtle")) == union["triples"]
    store = EmbeddedSnapshot.open(release)
    for row in _ask(store, "SELECT DISTINCT ?e WHERE { ?m itsrdf:taIdentRef ?e } LIMIT 20"):
        iri = row["e"].value
        doc = client.get("/data/" + iri[len("https://w3id.org/militant-kg/"):] + ".ttl")
        assert doc.status_code == 200, iri
        assert (rdflib.URIRef(iri), None, None) in rdflib.Graph().parse(data=doc.data, format="turtle")


def test_iris_of_other_schemes_in_the_data_are_never_links(tmp_path):
    from kg.store import StoreDir
    from kg.store.describe import finisher

    thing = ox.NamedNode(BASE + "entity/thing/x")
    with StoreDir(tmp_path / "s").publish(finish=finisher(BASE)) as st:
        for p, o in (("http://www.w3.org/2000/01/rdf-schema#seeAlso", ox.NamedNode("javascript:alert(1)")),
                     ("http://www.w3.org/2000/01/rdf-schema#label", ox.Literal("<script>alert(2)</script>"))):
            st.add(ox.Quad(thing, ox.NamedNode(p), o, ox.NamedNode(BASE + "graph/x")))
    del st
    page = create_app(store=tmp_path / "s", base=BASE).test_client().get("/page/entity/thing/x")
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "javascript:alert(1)" in text and 'href="javascript:' not in text.lower()
    assert "<script>alert(2)" not in text and "&lt;script&gt;alert(2)" in text
