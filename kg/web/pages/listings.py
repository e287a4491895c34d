"""Lists the pages show: the articles of the release, the most mentioned entities, and
for one entity its articles and the claims it makes. Aggregates run once per release
and per entity with a row limit, never per request over the whole archive."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import ITSRDF, KG, NIF, OWL, PROV, RDF, SCHEMA, SKOS, WD
from kg.store import Snapshot
from kg.web.pages.resources import Cell, Labels, cell, compact, node

Href = Callable[[str], str]


@dataclass
class ArticleItem:
    article: Cell
    date: str
    mentions: int = 0


@dataclass
class EntityItem:
    entity: Cell
    mentions: int


@dataclass
class EntityView:
    iri: str
    label: str
    types: list[Cell]
    wikidata: list[str]
    alt_labels: list[str]
    description: str
    articles: list[ArticleItem] = field(default_factory=list)
    authored: list[ArticleItem] = field(default_factory=list)
    claims: list[tuple[Cell, str]] = field(default_factory=list)  # (claim, text)
    more_articles: bool = False
    # a name bound to its context (kg:nameScope): the article or owner it identifies it within
    scope: Cell | None = None
    scope_is_article: bool = False


def articles(store: Snapshot, labels: Labels, href_for: Href, limit: int, offset: int = 0
             ) -> list[ArticleItem]:
    """Articles, newest first (one row more than `limit` tells the caller there is a next page)."""
    query = f"""SELECT ?a (SAMPLE(?d) AS ?date) WHERE {{
        ?a a <{SCHEMA.NewsArticle}> . OPTIONAL {{ ?a <{SCHEMA.datePublished}> ?d }}
    }} GROUP BY ?a ORDER BY DESC(?date) ?a LIMIT {int(limit) + 1} OFFSET {int(offset)}"""
    return [ArticleItem(cell(row["a"], labels, href_for), row["date"].value if row["date"] else "")
            for row in store.query(query, use_default_graph_as_union=True)]


def top_entities(store: Snapshot, labels: Labels, href_for: Href, limit: int = 40) -> list[EntityItem]:
    query = f"""SELECT ?e (COUNT(?m) AS ?n) WHERE {{ ?m <{ITSRDF.taIdentRef}> ?e }}
        GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT {int(limit)}"""
    return [EntityItem(cell(row["e"], labels, href_for), int(row["n"].value))
            for row in store.query(query, use_default_graph_as_union=True)]


def entity(store: Snapshot, iri: str, labels: Labels, href_for: Href, limit: int = 200,
           offset: int = 0) -> EntityView:
    """An entity's page: `limit` articles from `offset` (pages), its authored articles and claims."""
    n = node(iri)

    def objects(p) -> list:
        return list(dict.fromkeys(q.object for q in store.quads_for_pattern(n, node(p), None)))

    view = EntityView(
        iri=iri,
        label=labels.text(n),
        types=[cell(t, labels, href_for) for t in objects(RDF.type)],
        wikidata=sorted(o.value for o in objects(OWL.sameAs) if o.value.startswith(str(WD))),
        alt_labels=sorted({o.value for o in objects(SKOS.altLabel) if isinstance(o, ox.Literal)}),
        description=next((o.value for o in objects(SCHEMA.description) if isinstance(o, ox.Literal)), ""),
    )
    scope = next(iter(objects(KG.nameScope)), None)
    if scope is not None:
        view.scope = cell(scope, labels, href_for)
        view.scope_is_article = any(True for _ in store.quads_for_pattern(scope, node(RDF.type),
                                                                          node(SCHEMA.NewsArticle)))
    union = {"use_default_graph_as_union": True}
    mentioned = f"""SELECT ?a (SAMPLE(?d) AS ?date) (COUNT(DISTINCT ?m) AS ?n) WHERE {{
        {{ ?a <{SCHEMA.mentions}> {n} ; a <{SCHEMA.NewsArticle}> }}
        UNION {{ ?m <{ITSRDF.taIdentRef}> {n} ; <{NIF.referenceContext}> ?c .
                 ?c <{PROV.hadPrimarySource}> ?a }}
        OPTIONAL {{ ?a <{SCHEMA.datePublished}> ?d }}
    }} GROUP BY ?a ORDER BY DESC(?date) ?a LIMIT {limit + 1} OFFSET {int(offset)}"""
    for row in store.query(mentioned, **union):
        view.articles.append(ArticleItem(cell(row["a"], labels, href_for),
                                         row["date"].value if row["date"] else "", int(row["n"].value)))
    view.more_articles = len(view.articles) > limit
    del view.articles[limit:]
    authored = f"""SELECT ?a (SAMPLE(?d) AS ?date) WHERE {{ ?a <{SCHEMA.author}> {n} ;
        a <{SCHEMA.NewsArticle}> . OPTIONAL {{ ?a <{SCHEMA.datePublished}> ?d }}
    }} GROUP BY ?a ORDER BY DESC(?date) LIMIT {limit}"""
    for row in store.query(authored, **union):
        view.authored.append(ArticleItem(cell(row["a"], labels, href_for),
                                         row["date"].value if row["date"] else ""))
    claims = f"""SELECT ?c (SAMPLE(?t) AS ?text) WHERE {{ ?c a <{SCHEMA.Claim}> ; <{SCHEMA.author}> {n} .
        OPTIONAL {{ ?c <{SCHEMA.text}> ?t }} }} GROUP BY ?c ORDER BY ?c LIMIT {limit}"""
    for row in store.query(claims, **union):
        view.claims.append((cell(row["c"], labels, href_for), row["text"].value if row["text"] else ""))
    return view


def type_names(store: Snapshot, iri: str) -> list[str]:
    return sorted(compact(q.object.value) for q in store.quads_for_pattern(node(iri), node(RDF.type), None))
