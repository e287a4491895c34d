"""The one place where IRIs are minted.

IRIs are readable and stable: built from the configured base and slugs of the thing
(an article's issue and headline, an entity's type and name), never from counters.
Spans follow NIF's RFC 5147 convention: <context>#char=begin,end.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import URIRef

from kg.config import base_iri

_DASHES = re.compile(r"[^a-z0-9]+")


def iri_problem(iri: str) -> str | None:
    """Why `iri` is not an absolute IRI (RFC 3987) the store can hold, or None when it is one.
    Request paths and parameters become IRIs: one that is not (a NUL, a space, `<`...) is the
    client's error, to be answered with 4xx, not an exception deep in the store."""
    try:
        ox.NamedNode(iri)
    except ValueError as e:  # the message quotes the character: keep control characters visible
        return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(e))
    return None


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def slug(text: str, max_words: int = 0) -> str:
    """ASCII slug: 'Ma’mud Shirvani' -> 'mamud-shirvani'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’'‘`]", "", text.lower())
    words = [w for w in _DASHES.split(text) if w]
    if max_words:
        words = words[:max_words]
    return "-".join(words) or "x"


@dataclass(frozen=True)
class Minter:
    base: str

    @classmethod
    def from_config(cls, base: str | None = None) -> Minter:
        return cls(base_iri(base))

    def _iri(self, path: str) -> URIRef:
        return URIRef(self.base + path)

    # -- publication structure ------------------------------------------------
    def periodical(self, name: str) -> URIRef:
        return self._iri(f"periodical/{slug(name)}")

    def volume(self, periodical: str, volume: int) -> URIRef:
        return self._iri(f"periodical/{slug(periodical)}/v{volume}")

    def issue(self, periodical: str, volume: int, number: int) -> URIRef:
        return self._iri(f"periodical/{slug(periodical)}/v{volume}/n{number}")

    @staticmethod
    def article_key(volume: int, number: int, headline: str) -> str:
        """Stable key of an article: its issue and the first words of its headline."""
        return f"v{volume}n{number}/{slug(headline, max_words=8)}"

    def article(self, key: str) -> URIRef:
        return self._iri(f"article/{key}")

    def graph(self, key: str) -> URIRef:
        """The named graph holding one article's triples."""
        return self._iri(f"graph/{key}")

    def shared_graph(self, name: str) -> URIRef:
        """Graphs shared by all articles (entities, dataset description)."""
        return self._iri(f"graph/{name}")

    def part(self, key: str, *parts: str | int) -> URIRef:
        """A part of an article: part(key, 'note', 3) -> .../article/KEY/note/3."""
        return self._iri(f"article/{key}/" + "/".join(str(p) for p in parts))

    def book(self, key: str, item: int) -> URIRef:
        """The book a book entry announces (the page's item `item`): one per entry, under it,
        as the entry's title, authors and prices are that page's (docs/vocabulary.md, "Books
        of the month"): article/KEY/item/2/book. The same title on other pages is one work,
        the entity stage's (schema:exampleOfWork)."""
        return self.part(key, "item", item, "book")

    def offer(self, key: str, item: int, which: str, *more: str) -> URIRef:
        """An offer of an entry's book: `which` is "list" or "special" (the list price and the
        page's special price); more=("price",) for its price specification."""
        return self.part(key, "item", item, "book", "offer", which, *more)

    def context(self, key: str) -> URIRef:
        return self.part(key, "text")

    def span(self, key: str, begin: int, end: int) -> URIRef:
        return URIRef(f"{self.context(key)}#char={begin},{end}")

    # -- things shared across articles -----------------------------------------
    def person(self, name: str) -> URIRef:
        return self.entity("person", name)

    def entity(self, kind: str, name: str) -> URIRef:
        return self._iri(f"entity/{slug(kind)}/{slug(name)}")

    def owned_entity(self, owner_key: str, kind: str, name: str) -> URIRef:
        """A thing whose name identifies it only beside its owner ("Kelvo Coal’s No. 2 pit"),
        under the owner's own entity path: entity/organization/kelvo-coal/place/no-2-pit. Two
        articles share it only when they name the same owner (kg.nlp.entities.scopes)."""
        owner_kind, owner_name = owner_key.split("/", 1)
        return self._iri(f"entity/{slug(owner_kind)}/{slug(owner_name)}/{slug(kind)}/{slug(name)}")

    def tool(self, name: str) -> URIRef:
        """A program of the pipeline whose output the graph credits to it (the learned typer:
        itsrdf:taAnnotatorsRef), described in the shared graph, so its IRI dereferences."""
        return self._iri(f"tool/{slug(name)}")

    def name_decision(self, key: str, begin: int, end: int) -> URIRef:
        """A model's decision that the span begin–end of the article's text is one name (the
        learned bounder's join: a nif:AnnotationUnit of the mention, kg.rdf.entities): keyed by
        the span's offsets like a stance, one per span: article/KEY/name/120-151."""
        return self.part(key, "name", f"{begin}-{end}")

    def work(self, title: str) -> URIRef:
        return self._iri(f"work/{slug(title, max_words=10)}")

    def numbered_issue(self, periodical: str, number: str | int) -> URIRef:
        """An issue of a periodical numbered without volumes ("New International no. 7")."""
        return self._iri(f"periodical/{slug(periodical)}/n{slug(str(number))}")

    # -- what an article asserts (issue 5): article-local, keyed by offsets -------
    def claim(self, key: str, voice: str, begin: int, end: int) -> URIRef:
        return self.part(key, "claim", f"{slug(voice)}-{begin}-{end}")

    def review(self, key: str, voice: str, begin: int, end: int, *more: str) -> URIRef:
        """The writer's review of a claim (more=("rating",) for its rating node)."""
        return self.part(key, "claim", f"{slug(voice)}-{begin}-{end}", "review", *more)

    def stance(self, key: str, begin: int, end: int) -> URIRef:
        return self.part(key, "stance", f"{begin}-{end}")

    def fact(self, key: str, prop: str, begin: int, detail: str) -> URIRef:
        """A dated statement: its property, where its subject is named, and its value."""
        return self.part(key, "fact", f"{slug(prop)}-{begin}-{slug(detail, max_words=6)}")

    def citation(self, key: str, begin: int, end: int) -> URIRef:
        return self.part(key, "citation", f"{begin}-{end}")

    def local_work(self, key: str, description: str) -> URIRef:
        """A document the article names without a title ("our 2006 convention document")."""
        return self.part(key, "work", slug(description, max_words=10))

    def local_agent(self, key: str, description: str) -> URIRef:
        """Someone the article describes but does not name ("certain sections of the press")."""
        return self.part(key, "agent", slug(description, max_words=10))

    def local_entity(self, key: str, kind: str, name: str) -> URIRef:
        """A thing the article names by a name that identifies it only inside the article ("the
        No. 7 mine" with no owner named): article/KEY/entity/place/no-7-mine. Every mention in
        the article is this one node; no other article's mention ever is (kg.nlp.entities.scopes)."""
        return self.part(key, "entity", slug(kind), slug(name))

    def dataset(self) -> URIRef:
        return self._iri("dataset")

    # -- the dataset description and the service (kg.store.describe, kg.web) ----
    def dataset_part(self, *parts: str) -> URIRef:
        """A node of the dataset description: dataset_part('dump', 'x.ttl') -> .../dataset/dump/x.ttl."""
        return self._iri("dataset/" + "/".join(parts))

    def endpoint(self) -> URIRef:
        return self._iri("sparql")

    def co_mention(self, a: str, b: str) -> URIRef:
        """Two entities named in the same articles (kg.statistics): from their IRIs, in either order."""
        first, second = sorted((str(a), str(b)))
        digest = hashlib.sha256(f"{first}\n{second}".encode()).hexdigest()[:20]
        return self._iri(f"statistics/co-mention/{digest}")

    def download(self, name: str = "") -> URIRef:
        """A file published under /download/ (a dump), or the download index."""
        return self._iri(f"download/{name}")

    def from_path(self, path: str) -> URIRef:
        """The IRI a request path names when served locally: '/article/x' -> {base}article/x."""
        return self._iri(path.lstrip("/"))

    def local_path(self, iri: str) -> str | None:
        """The request path of a minted IRI ('/article/x'), None when it is not under the base."""
        return "/" + iri[len(self.base):] if self.is_local(iri) else None

    def is_local(self, iri: str) -> bool:
        return iri.startswith(self.base)
