"""The book a book entry announces, as RDF (a pure function of the entry's Book, read by
kg.reader.books): the item schema:about a schema:Book with its title (schema:name), subtitle
(schema:alternativeHeadline), authors (schema:author → the Person entities the entity stage
found at the `by` line's names) and offers (schema:offers → a schema:Offer per price printed,
the list price and the special price told apart by their price specification's
schema:priceType). docs/vocabulary.md, "Books of the month", says why these terms."""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg.iri import Minter
from kg.model import Document, Item, Person, Price, Span
from kg.namespaces import SCHEMA, XSD
from kg.rdf.article import ArticleRdf
from kg.rdf.entities import entities_at

# The currency a price's sign names in the paper: The Militant is printed in New York and its
# prices are US dollars (ISO 4217 code, as schema:priceCurrency asks). A sign not listed makes
# no offer.
CURRENCIES = {"$": "USD"}
# an amount schema:price can hold as xsd:decimal ("18", "12.50")
_AMOUNT_RE = re.compile(r"\d+(?:\.\d+)?")
# what the entity stage may have found at the title line: the work the book is an edition of
_WORK_KINDS = ("book", "work")
PRICE_TYPES = {False: SCHEMA.ListPrice, True: SCHEMA.SalePrice}


def _en(text: str) -> Literal:
    return Literal(text, lang="en")


def found_at(doc: Document, minter: Minter, span: Span, kinds: tuple[str, ...],
             whole: bool = False) -> URIRef | None:
    """The one entity the entity stage found inside `span` (the whole span with `whole`), of one
    of `kinds`: its IRI, the same as every mention's. None when it found none, or two (a `by`
    line's part naming two people is not one author)."""
    iris = set(entities_at(doc, minter, span, kinds, whole=whole))
    return iris.pop() if len(iris) == 1 else None


def author_iri(doc: Document, minter: Minter, person: Person) -> URIRef | None:
    """The Person entity at an author's name in the `by` line, or None: a name the entity stage
    did not take for a person is left out, never given a node of its own here (one person, one
    IRI: the entity stage's)."""
    return found_at(doc, minter, person.span, ("person",))


def map_book(doc: Document, minter: Minter, out: ArticleRdf, it: URIRef, item: Item) -> None:
    """The entry's book, in the article graph (its title, authors and prices are this page's),
    and schema:exampleOfWork → the work the entity stage found at its whole title line, the one
    node every page naming that title shares."""
    book = item.book
    if book is None:
        return
    g = out.article
    b = minter.book(doc.key, item.position)
    g.add((b, RDF.type, SCHEMA.Book))
    g.add((b, RDF.type, SCHEMA.CreativeWork))
    g.add((b, RDFS.label, Literal(book.title.value)))
    g.add((b, SCHEMA.name, Literal(book.title.value)))
    g.add((b, PROV.wasDerivedFrom, out.span(doc, book.title.span)))
    if book.subtitle:
        g.add((b, SCHEMA.alternativeHeadline, Literal(book.subtitle.value)))
    work = found_at(doc, minter, book.title.span, _WORK_KINDS, whole=True)
    if work is not None:
        g.add((b, SCHEMA.exampleOfWork, work))
    for person in book.authors:
        author = author_iri(doc, minter, person)
        if author is not None:
            g.add((b, SCHEMA.author, author))
    for price in (book.price, book.special):
        if price is not None:
            map_offer(doc, minter, out, b, item, price)
    g.add((it, SCHEMA.about, b))


def map_offer(doc: Document, minter: Minter, out: ArticleRdf, book: URIRef, item: Item,
              price: Price) -> URIRef | None:
    """One price as a schema:Offer of the book: schema:price (xsd:decimal), schema:priceCurrency
    (ISO 4217), and a schema:UnitPriceSpecification whose schema:priceType says which price it
    is (schema:ListPrice, or schema:SalePrice for the page's special price) and whose
    schema:name is the offer's words as printed ("Special price"). An amount that is no decimal
    or a sign of no known currency makes no offer rather than a wrong one."""
    currency = CURRENCIES.get(price.currency)
    if currency is None or not _AMOUNT_RE.fullmatch(price.amount):
        return None
    g = out.article
    which = "special" if price.special else "list"
    name = price.label or "List price"
    amount = Literal(price.amount, datatype=XSD.decimal)
    offer = minter.offer(doc.key, item.position, which)
    g.add((offer, RDF.type, SCHEMA.Offer))
    g.add((offer, RDFS.label, _en(f"{name}: {price.span.of(doc.text)}")))
    g.add((offer, SCHEMA.price, amount))
    g.add((offer, SCHEMA.priceCurrency, Literal(currency)))
    g.add((offer, SCHEMA.itemOffered, book))
    g.add((offer, PROV.wasDerivedFrom, out.span(doc, price.span)))
    spec = minter.offer(doc.key, item.position, which, "price")
    g.add((spec, RDF.type, SCHEMA.UnitPriceSpecification))
    g.add((spec, SCHEMA.price, amount))
    g.add((spec, SCHEMA.priceCurrency, Literal(currency)))
    g.add((spec, SCHEMA.priceType, PRICE_TYPES[price.special]))
    g.add((spec, SCHEMA.name, _en(name)))
    g.add((offer, SCHEMA.priceSpecification, spec))
    g.add((book, SCHEMA.offers, offer))
    return offer
