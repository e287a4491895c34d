"""Statistics published as data: who is named how often, and who is named with whom.

At publish time (kg.store.describe.finisher) the whole release is counted once: for each entity
the mentions that name it (`kg:mentionCount`: NIF spans with `itsrdf:taIdentRef` to it) and the
articles those mentions are in (`kg:articleCount`), and for each pair of entities named in a
same article the number of such articles (a `kg:CoMention` node, the domain of its two
`kg:coMentioned` and its `kg:sharedArticles`). They go to their own named graph,
`{base}graph/statistics`, replaced whole at every publish, so a SPARQL user gets them as
lookups instead of an aggregate over the archive (the co-mention query costs 35 s at 5M
triples, bench/README.md). The shapes in kg/shapes/statistics.ttl check them; the web pages
(kg.web) and the search index (kg.search) read them.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import URIRef

from kg.iri import Minter
from kg.namespaces import ITSRDF, KG, NIF, PROV, SCHEMA, XSD

STATISTICS_GRAPH = "statistics"  # {base}graph/statistics

# Entity classes, most specific first: an entity's first class here is the type pages show.
ENTITY_CLASSES: tuple[URIRef, ...] = tuple(SCHEMA[t] for t in (
    "Person", "Hospital", "Organization", "NewsMediaOrganization", "Country", "City", "Place", "Event",
    "Book", "Periodical", "Newspaper", "CreativeWork", "Thing"))



def display_type(classes: set[str]) -> str:
    """The one type pages show for an entity with these class IRIs (most specific first)."""
    return next((str(c).rsplit("/", 1)[-1] for c in ENTITY_CLASSES if str(c) in classes), "Thing")


MENTIONS = f"""SELECT ?e ?a (COUNT(DISTINCT ?m) AS ?n) WHERE {{ GRAPH ?g {{
    ?m <{ITSRDF.taIdentRef}> ?e ; <{NIF.referenceContext}> ?c .
    ?c <{PROV.hadPrimarySource}> ?a }} FILTER isIRI(?e) }} GROUP BY ?e ?a"""


@dataclass
class Statistics:
    """The counts of one release (entity IRIs as strings)."""

    mentions: Counter = field(default_factory=Counter)  # entity -> mention spans
    articles: Counter = field(default_factory=Counter)  # entity -> articles with a mention
    pairs: Counter = field(default_factory=Counter)  # (a, b) with a < b -> shared articles
    by_article: dict[str, set[str]] = field(default_factory=dict)  # article -> entities named



def count(store: ox.Store) -> Statistics:
    """Count mentions, articles and shared articles over every graph of `store`."""
    stats = Statistics()
    named: dict[str, set[str]] = defaultdict(set)
    for row in store.query(MENTIONS):
        entity, article = row["e"].value, row["a"].value
        stats.mentions[entity] += int(row["n"].value)
        stats.articles[entity] += 1
        named[article].add(entity)
    for entities in named.values():
        for a, b in itertools.combinations(sorted(entities), 2):
            stats.pairs[a, b] += 1
    stats.by_article = dict(named)
    return stats


def graph_name(minter: Minter) -> ox.NamedNode:
    return ox.NamedNode(str(minter.shared_graph(STATISTICS_GRAPH)))


def quads(stats: Statistics, minter: Minter) -> Iterator[ox.Quad]:
    """The statistics graph: counts as xsd:integer, pair nodes minted from their two IRIs.
    A pair is three triples (its type, kg:CoMention, follows from the domain of
    kg:sharedArticles): pairs outnumber entities, and this graph's size is theirs. Yielded, not
    listed: at the 820 quality pages the graph is 860k quads, and a publish's peak fell from
    1,866 to 1,500 MB when the list went (bench/README.md)."""
    g = graph_name(minter)

    def integer(n: int) -> ox.Literal:
        return ox.Literal(str(n), datatype=ox.NamedNode(str(XSD.integer)))

    mention_count, article_count = ox.NamedNode(str(KG.mentionCount)), ox.NamedNode(str(KG.articleCount))
    co_mentioned, shared = ox.NamedNode(str(KG.coMentioned)), ox.NamedNode(str(KG.sharedArticles))
    for entity in sorted(stats.mentions):
        e = ox.NamedNode(entity)
        yield ox.Quad(e, mention_count, integer(stats.mentions[entity]), g)
        yield ox.Quad(e, article_count, integer(stats.articles[entity]), g)
    for (a, b), n in sorted(stats.pairs.items()):
        pair = ox.NamedNode(str(minter.co_mention(a, b)))
        yield ox.Quad(pair, co_mentioned, ox.NamedNode(a), g)
        yield ox.Quad(pair, co_mentioned, ox.NamedNode(b), g)
        yield ox.Quad(pair, shared, integer(n), g)


def publish(store: ox.Store, minter: Minter) -> Statistics:
    """Replace the statistics graph of a store being published; return the counts."""
    g = graph_name(minter)
    if g in set(store.named_graphs()):
        store.remove_graph(g)
    stats = count(store)
    store.bulk_extend(quads(stats, minter))  # the work copy of a publish: no transaction needed
    return stats
