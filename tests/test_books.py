"""A book entry's book ("Books of the Month"): the reader reads its title, subtitle, the `by`
line's names and both prices with their spans (kg.reader.books); the RDF makes the item
schema:about a schema:Book with its authors (the entity stage's Person IRIs) and a schema:Offer
per price (kg.rdf.books); the shapes hold it. All pages here are invented."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

import pyoxigraph as ox
import pytest
from ld_fixture import load_graph
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF

from kg.article_jobs import mapped, validate_article
from kg.config import PROJECT_ROOT
from kg.iri import Minter
from kg.model import Price
from kg.namespaces import ITSRDF, NIF, SCHEMA, XSD
from kg.rdf import document_to_rdf
from kg.reader import parse_article
from kg.reader.books import book_authors, book_prices
from kg.reader.source import Line
from kg.store import StoreDir
from kg.store.describe import finisher
from kg.web import create_app
from kg.web.views import sparql

MINTER = Minter.from_config()

# 2006 print: the page's name, a standing introduction, then entries: title, subtitle, `by`
# line, price line, description; the second entry has no subtitle and no `by` line
TWO_ENTRIES = (
    "The Militant (logo)\n   Vol. 70/No. 12           March 27, 2006\n\n"
    "Books of the Month\n\n"
    "Readers Club members can order these titles at the special prices below until April 30.\n\n"
    "Bread Lines and Picket Lines\n"
    "The Bakery Strikes of 1948 in Toledo\n"
    "by Marta Quill and Jonas Ferrow\n"
    "$22. Special price: $16\n"
    "How bakery drivers and oven workers shut down every plant in the city and won a union.\n\n"
    "Notes from the Coal Camps\n"
    "$15. Special price: $11\n"
    "Diaries kept by a miner's wife through the long strike of 1922.\n")

# 2011 print: the prices close the description's last line
PRICES_CLOSE_DESCRIPTION = (
    "The Militant (logo)\n\nVol. 75/No. 8      February 28, 2011\n\nBooks of the Month\n\n"
    "Readers Club members can order these two titles at a discount through March.\n\n"
    "Bread Lines and Picket Lines\n"
    "by Marta Quill\n"
    "How bakery drivers shut down every plant in the city. The first of two volumes. "
    "$22.50. Special price: $16.50\n\n"
    "Notes from the Coal Camps\n"
    "by Ilse Varga, Tomas Brek and Ona Petrauskas\n"
    "Diaries kept by a miner's wife through the long strike of 1922. $15. Special price: $11\n")


@pytest.fixture(scope="module")
def two():
    return mapped(parse_article(TWO_ENTRIES), MINTER)


@pytest.fixture(scope="module")
def run_in():
    return mapped(parse_article(PRICES_CLOSE_DESCRIPTION), MINTER)


def _text(doc, span):
    return span.of(doc.text)


# -- the Document -------------------------------------------------------------------------------

def test_each_entry_carries_its_book_with_spans(two):
    doc, _ = two
    first, second = (i.book for i in doc.items)
    assert (first.title.value, first.subtitle.value) == (
        "Bread Lines and Picket Lines", "The Bakery Strikes of 1948 in Toledo")
    assert _text(doc, first.title.span) == first.title.value
    assert _text(doc, first.subtitle.span) == first.subtitle.value
    assert [(p.name, _text(doc, p.span)) for p in first.authors] == [
        ("Marta Quill", "Marta Quill"), ("Jonas Ferrow", "Jonas Ferrow")]
    assert (first.price.amount, first.price.currency, first.price.special) == ("22", "$", False)
    assert (first.special.amount, first.special.label, first.special.special) == (
        "16", "Special price", True)
    assert [_text(doc, p.span) for p in (first.price, first.special)] == ["$22", "$16"]
    # an entry with no subtitle and no `by` line: no authors, its prices all the same
    assert second.subtitle is None and second.authors == []
    assert [_text(doc, p.span) for p in (second.price, second.special)] == ["$15", "$11"]


def test_prices_closing_the_description_are_read_on_its_line(run_in):
    doc, _ = run_in
    first, second = (i.book for i in doc.items)
    assert [_text(doc, p.span) for p in (first.price, first.special)] == ["$22.50", "$16.50"]
    assert (first.price.amount, first.special.amount) == ("22.50", "16.50")
    assert [p.name for p in first.authors] == ["Marta Quill"]
    # three names: split at ", " and " and "
    assert [p.name for p in second.authors] == ["Ilse Varga", "Tomas Brek", "Ona Petrauskas"]
    assert all(_text(doc, p.span) == p.name for p in second.authors)


def _line(text: str) -> Line:
    return Line(1, 100, text)


@pytest.mark.parametrize("text, listed, special", [
    ("$18. Special price: $13", ("18", ""), ("13", "Special price")),
    ("$16.00, Readers Club price: $12.00", ("16.00", ""), ("12.00", "Readers Club price")),
    ("Club price: $9", None, ("9", "Club price")),  # the special price alone
    ("Price: $9", ("9", "Price"), None),  # the book's price alone
    # a special price not below its list price: one of them misread, neither read
    ("$13. Special price: $18", None, None),
    ("$13. Special price: $13", None, None),
    # the tail of a price line broken in two ("… $20. Special" / "price: $15"): either price
    ("price: $15", None, None)])
def test_price_lines(text, listed, special):
    got = book_prices(_line(text))
    assert [(p.amount, p.label) if p else None for p in got] == [listed, special]
    for p in got:
        if p:
            assert p.span.of(" " * 100 + text) == f"${p.amount}"


def test_a_by_line_part_that_is_no_name_is_no_author():
    people = book_authors(_line("by Marta Quill, edited by Jonas Ferrow"))
    assert [p.name for p in people] == ["Marta Quill"]


# -- the RDF ------------------------------------------------------------------------------------

def _book(rdf, position):
    item = URIRef(f"{rdf.article_iri}/item/{position}")
    return item, rdf.article.value(item, SCHEMA.about)


def _offers(g, book):
    out = {}
    for offer in g.objects(book, SCHEMA.offers):
        spec = g.value(offer, SCHEMA.priceSpecification)
        out[g.value(spec, SCHEMA.priceType)] = (g.value(offer, SCHEMA.price),
                                                str(g.value(offer, SCHEMA.priceCurrency)))
    return out


def test_the_item_is_about_a_book_with_its_authors_and_offers(two):
    doc, rdf = two
    g = rdf.article
    item, book = _book(rdf, 1)
    assert book == MINTER.book(doc.key, 1)
    assert (book, RDF.type, SCHEMA.Book) in g
    assert g.value(book, SCHEMA.name) == Literal("Bread Lines and Picket Lines")
    assert g.value(book, SCHEMA.alternativeHeadline) == Literal("The Bakery Strikes of 1948 in Toledo")
    # the authors are the Person entities of the mentions at their names: the same IRIs
    mentioned = {str(rdf.article.value(m, NIF.anchorOf)): rdf.article.value(m, ITSRDF.taIdentRef)
                 for m in rdf.article.subjects(ITSRDF.taIdentRef, None)}
    assert set(g.objects(book, SCHEMA.author)) == {mentioned["Marta Quill"], mentioned["Jonas Ferrow"]}
    assert (mentioned["Marta Quill"], RDF.type, SCHEMA.Person) in rdf.shared
    # the work the entity stage found at the whole title line: the edition's work
    assert g.value(book, SCHEMA.exampleOfWork) == mentioned["Bread Lines and Picket Lines"]
    assert _offers(g, book) == {
        SCHEMA.ListPrice: (Literal(Decimal("22"), datatype=XSD.decimal), "USD"),
        SCHEMA.SalePrice: (Literal(Decimal("16"), datatype=XSD.decimal), "USD")}
    for offer in g.objects(book, SCHEMA.offers):
        assert g.value(offer, SCHEMA.itemOffered) == book
        assert str(g.value(g.value(offer, PROV.wasDerivedFrom), NIF.anchorOf)) in ("$22", "$16")
    # no `by` line: a book with no author
    _, other = _book(rdf, 2)
    assert g.value(other, SCHEMA.name) == Literal("Notes from the Coal Camps")
    assert list(g.objects(other, SCHEMA.author)) == []
    assert len(_offers(g, other)) == 2


def test_books_and_offers_conform(two, run_in):
    for _, rdf in (two, run_in):
        assert validate_article(rdf) == ([], [])


def test_run_in_prices_make_decimal_offers(run_in):
    _, rdf = run_in
    _, book = _book(rdf, 1)
    assert _offers(rdf.article, book)[SCHEMA.SalePrice][0] == Literal("16.50", datatype=XSD.decimal)


def test_an_author_the_entity_stage_did_not_find_is_left_out(two):
    doc, _ = two
    quill = doc.items[0].book.authors[0]
    gone = {m.entity for m in doc.annotations.mentions if quill.span.contains(m.span)}
    kept = [m for m in doc.annotations.mentions if m.entity not in gone]
    entities = {k: e for k, e in doc.annotations.entities.items() if k not in gone}
    bare = dataclasses.replace(doc, annotations=dataclasses.replace(
        doc.annotations, mentions=kept, entities=entities))
    rdf = document_to_rdf(bare, MINTER)
    _, book = _book(rdf, 1)
    authors = set(rdf.article.objects(book, SCHEMA.author))
    assert authors == {MINTER.person("Jonas Ferrow")}
    # and no node is minted for the name left out
    assert (MINTER.person("Marta Quill"), None, None) not in rdf.shared


def test_a_broken_price_makes_no_offer(two):
    doc, _ = two
    item = doc.items[0]
    broken = dataclasses.replace(item.book, special=Price("1O", "$", "Special price", True,
                                                          item.book.special.span),
                                 price=dataclasses.replace(item.book.price, currency="£"))
    items = [dataclasses.replace(item, book=broken), *doc.items[1:]]
    rdf = document_to_rdf(dataclasses.replace(doc, items=items), MINTER)
    _, book = _book(rdf, 1)
    assert list(rdf.article.objects(book, SCHEMA.offers)) == []
    assert list(rdf.article.subjects(RDF.type, SCHEMA.Offer)) != []  # the other entry's


def test_a_special_price_above_the_list_price_makes_no_offer_on_the_page():
    text = TWO_ENTRIES.replace("$22. Special price: $16", "$16. Special price: $22")
    doc, rdf = mapped(parse_article(text), MINTER)
    assert [i.title.value for i in doc.items] == ["Bread Lines and Picket Lines",
                                                  "Notes from the Coal Camps"]
    assert doc.items[0].book.price is None and doc.items[0].book.special is None
    _, book = _book(rdf, 1)
    assert list(rdf.article.objects(book, SCHEMA.offers)) == []
    assert validate_article(rdf) == ([], [])


# -- the shapes -----------------------------------------------------------------------------------

def _violations(rdf):
    return validate_article(rdf)[0]


def test_shapes_refuse_a_special_price_not_below_the_list_price(two):
    _, rdf = two
    _, book = _book(rdf, 1)
    g = rdf.article
    sale = next(o for o in g.objects(book, SCHEMA.offers)
                if g.value(g.value(o, SCHEMA.priceSpecification), SCHEMA.priceType) == SCHEMA.SalePrice)
    g.set((sale, SCHEMA.price, Literal("30", datatype=XSD.decimal)))
    try:
        assert any("is not below its list price" in v for v in _violations(rdf))
    finally:
        g.set((sale, SCHEMA.price, Literal("16", datatype=XSD.decimal)))


@pytest.mark.parametrize("corrupt, message", [
    (lambda g, o: g.set((o, SCHEMA.price, Literal("sixteen"))), "xsd:decimal"),
    (lambda g, o: g.set((o, SCHEMA.priceCurrency, Literal("$"))), "ISO 4217"),
    (lambda g, o: g.remove((o, SCHEMA.priceSpecification, None)), "priceSpecification"),
    (lambda g, o: g.set((g.value(o, SCHEMA.priceSpecification), SCHEMA.priceType,
                         SCHEMA.MSRP)), "priceType")])
def test_shapes_refuse_a_broken_offer(corrupt, message):
    _, rdf = mapped(parse_article(TWO_ENTRIES), MINTER)
    _, book = _book(rdf, 1)
    offer = next(iter(rdf.article.objects(book, SCHEMA.offers)))
    corrupt(rdf.article, offer)
    assert any(message in v for v in _violations(rdf))


def test_shapes_refuse_a_book_author_who_is_no_person(two):
    _, rdf = two
    _, book = _book(rdf, 1)
    odd = URIRef(f"{rdf.article_iri}/not-a-person")
    rdf.article.add((book, SCHEMA.author, odd))
    try:
        assert any("schema:Person" in v for v in _violations(rdf))
    finally:
        rdf.article.remove((book, SCHEMA.author, odd))


# -- the article's web page -----------------------------------------------------------------------

def test_the_article_page_lists_each_book_with_linked_authors_and_prices(tmp_path):
    base = "https://example.org/kg/"
    minter = Minter(base)
    doc, rdf = mapped(parse_article(TWO_ENTRIES), minter)
    store_dir = StoreDir(tmp_path / "store")
    with store_dir.publish(finish=finisher(base)) as st:
        load_graph(st, rdf.article, str(rdf.graph))
        load_graph(st, rdf.shared, str(minter.shared_graph("shared")))
    release = store_dir.require_current()
    app = create_app(store=release.path.parent.parent, base=base)
    try:
        client = app.test_client()
        page = client.get("/page/" + str(rdf.article_iri)[len(base):], headers={"Accept": "text/html"})
        html = page.get_data(as_text=True)
        # the book's own IRI dereferences: its page lists its offers
        own = client.get("/page/" + str(minter.book(doc.key, 1))[len(base):],
                         headers={"Accept": "text/html"})
        own_html = own.get_data(as_text=True)
    finally:
        sparql.close(app)
    assert page.status_code == 200
    books = html[html.index('<ol class="books">'):]
    books = books[:books.index("</ol>")]
    assert books.index("Bread Lines and Picket Lines") < books.index("Notes from the Coal Camps")
    assert "The Bakery Strikes of 1948 in Toledo" in books
    # the title links to its line in the text; the authors to their entities' pages
    title = doc.items[0].book.title.span
    assert f'href="#char={title.begin},{title.end}"' in books
    assert 'href="/entity/person/marta-quill"' in books and ">Jonas Ferrow<" in books
    assert "List price $22 · Special price $16" in books
    assert "List price $15 · Special price $11" in books
    assert own.status_code == 200 and "/book/offer/special" in own_html


def test_the_documented_competency_query_answers(two):
    """docs/vocabulary.md's query "which books did the paper offer, by whom, at what price, in
    which issues?" gives each entry's book, authors and both prices (run by the store's engine)."""
    doc_text = (PROJECT_ROOT / "docs" / "vocabulary.md").read_text(encoding="utf-8")
    at = doc_text.index("A competency question")
    query = re.search(r"```sparql\n(.*?)```", doc_text[at:], re.S).group(1)
    _, rdf = two
    store = ox.Store()
    store.load(rdf.combined().serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)
    rows = [(r["title"].value, sorted(r["authors"].value.split(", ")) if r["authors"] else [],
             r["list"].value, r["special"].value) for r in store.query(query)]
    assert rows == [("Bread Lines and Picket Lines", ["Jonas Ferrow", "Marta Quill"], "22", "16"),
                    ("Notes from the Coal Camps", [], "15", "11")]
