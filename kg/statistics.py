"""Statistics published as data: who is named how often, and who is named with whom.

At publish time (kg.store.describe.finisher) the release gets, for each entity, the mentions
that name it (`kg:mentionCount`: NIF spans with `itsrdf:taIdentRef` to it) and the articles
those mentions are in (`kg:articleCount`), and for each pair of entities named in a same article
the number of such articles (a `kg:CoMention` node, the domain of its two `kg:coMentioned` and
its `kg:sharedArticles`). They go to their own named graph, `{base}graph/statistics`, so a
SPARQL user gets them as lookups instead of an aggregate over the archive (the co-mention query
costs 35 s at 5M triples, bench/README.md). The shapes in kg/shapes/statistics.ttl check them;
the web pages (kg.web) and the search index (kg.search) read them.

Two ways to write the graph, the same graph either way:
- **whole** (`publish` without a `Change`): every graph of the store counted at once, the graph
  replaced. A first build, `kg build --force`, `kg load`, and a release whose statistics were
  not recorded by this `VERSION` of the counting (an older release) take it.
- **patched** (`publish` with a `Change`): an article graph's share of the counts is a pure
  function of that graph (its `Contribution`: mention spans per article and entity), so a
  build that adds, replaces or removes article graphs reads the share of each graph that goes
  (before it goes) and of each that comes (after it is loaded), and patches the published
  counts by the difference: only the entities and pairs those articles name are read and
  written, and a node whose count falls to zero goes.
Why the counts are read back from the statistics graph rather than kept in a file of
per-article records beside the store: the graph already holds exactly the sums a patch needs,
found by index lookups (a pair's node is minted from its two IRIs), so nothing else has to stay
in step with it, every store kind (a folder, a SPARQL server) has it, and the memory of a patch
is bounded by the changed articles (their entities and the square of them), not by the archive
(the whole count holds every pair: 1,500 MB at the 813 quality pages). The shares of the
changed graphs are read from those graphs themselves, also lookups. The patch is exact only
when each article's mentions are in one graph (what the build publishes); when an article IRI
is found in another graph too, or a count would fall below zero, the graph is counted whole.
"""

from __future__ import annotations

import hashlib
import itertools
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import URIRef

from kg.iri import Minter
from kg.namespaces import ITSRDF, KG, NIF, PROV, RDF, SCHEMA, XSD

STATISTICS_GRAPH = "statistics"  # {base}graph/statistics

# Entity classes, most specific first: an entity's first class here is the type pages show.
ENTITY_CLASSES: tuple[URIRef, ...] = tuple(SCHEMA[t] for t in (
    "Person", "Hospital", "Organization", "NewsMediaOrganization", "Country", "City", "Place", "Event",
    "Book", "Periodical", "Newspaper", "CreativeWork", "Thing"))



def display_type(classes: set[str]) -> str:
    """The one type pages show for an entity with these class IRIs (most specific first)."""
    return next((str(c).rsplit("/", 1)[-1] for c in ENTITY_CLASSES if str(c) in classes), "Thing")


VERSION = 1  # of the counting: a release whose statistics another version wrote is counted whole


def _mentions(graph: str) -> str:
    """Mention spans per entity and article, in `graph` (a SPARQL variable or an IRI)."""
    return f"""SELECT ?e ?a (COUNT(DISTINCT ?m) AS ?n) WHERE {{ GRAPH {graph} {{
    ?m <{ITSRDF.taIdentRef}> ?e ; <{NIF.referenceContext}> ?c .
    ?c <{PROV.hadPrimarySource}> ?a }} FILTER isIRI(?e) }} GROUP BY ?e ?a"""


MENTIONS = _mentions("?g")


@dataclass
class EntityCounts:
    """Per entity (IRI as a string): mention spans and articles with a mention. `patched`: the
    publish patched the previous release's counts (else it counted the store whole)."""

    mentions: Counter = field(default_factory=Counter)
    articles: Counter = field(default_factory=Counter)
    patched: bool = False
    touched: set[str] | None = None  # patched: the entities whose counts or pairs changed


@dataclass
class Statistics(EntityCounts):
    """The counts of one release (entity IRIs as strings)."""

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


MENTION_COUNT, ARTICLE_COUNT = ox.NamedNode(str(KG.mentionCount)), ox.NamedNode(str(KG.articleCount))
CO_MENTIONED, SHARED_ARTICLES = ox.NamedNode(str(KG.coMentioned)), ox.NamedNode(str(KG.sharedArticles))
_INTEGER = ox.NamedNode(str(XSD.integer))
_SOURCE = ox.NamedNode(str(PROV.hadPrimarySource))
_APPEARANCE = ox.NamedNode(str(SCHEMA.appearance))
_TYPE, _NEWS_ARTICLE = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(SCHEMA.NewsArticle))


def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_INTEGER)


def quads(stats: Statistics, minter: Minter) -> Iterator[ox.Quad]:
    """The statistics graph: counts as xsd:integer, pair nodes minted from their two IRIs.
    A pair is three triples (its type, kg:CoMention, follows from the domain of
    kg:sharedArticles): pairs outnumber entities, and this graph's size is theirs. Yielded, not
    listed: at the 820 quality pages the graph is 860k quads, and a publish's peak fell from
    1,866 to 1,500 MB when the list went (bench/README.md)."""
    g = graph_name(minter)
    for entity in sorted(stats.mentions):
        e = ox.NamedNode(entity)
        yield ox.Quad(e, MENTION_COUNT, _integer(stats.mentions[entity]), g)
        yield ox.Quad(e, ARTICLE_COUNT, _integer(stats.articles[entity]), g)
    for (a, b), n in sorted(stats.pairs.items()):
        yield from _pair_quads(minter, a, b, n, g)


def _pair_quads(minter: Minter, a: str, b: str, n: int, g: ox.NamedNode) -> Iterator[ox.Quad]:
    pair = ox.NamedNode(str(minter.co_mention(a, b)))
    yield ox.Quad(pair, CO_MENTIONED, ox.NamedNode(a), g)
    yield ox.Quad(pair, CO_MENTIONED, ox.NamedNode(b), g)
    yield ox.Quad(pair, SHARED_ARTICLES, _integer(n), g)


@dataclass(frozen=True)
class Contribution:
    """One article graph's share of the counts: mention spans per (article, entity), and the
    articles the graph holds (typed, the source of a text or where a claim appears: what the
    search index keys its passages by). The statistics are the sum of the graphs' shares when
    no article is in two graphs."""

    graph: str
    mentions: dict[tuple[str, str], int]
    articles: frozenset[str] = frozenset()


def contribution(store: ox.Store, graph: str) -> Contribution:
    """The share of `graph` (read from the graph alone: index lookups, not a scan)."""
    g = ox.NamedNode(graph)
    articles = {q.subject.value for q in store.quads_for_pattern(None, _TYPE, _NEWS_ARTICLE, g)}
    for prop in (_SOURCE, _APPEARANCE):
        articles.update(q.object.value for q in store.quads_for_pattern(None, prop, None, g)
                        if isinstance(q.object, ox.NamedNode))
    return Contribution(graph, {(row["a"].value, row["e"].value): int(row["n"].value)
                                for row in store.query(_mentions(f"<{graph}>"))},
                        frozenset(articles))


def _alone(store: ox.Store, share: Contribution) -> bool:
    """Whether each article of the share is in that graph only (else the whole count would
    join its mentions across graphs, and shares cannot be summed)."""
    g = ox.NamedNode(share.graph)
    for article in map(ox.NamedNode, share.articles):
        found = itertools.chain(store.quads_for_pattern(None, _SOURCE, article),
                                store.quads_for_pattern(None, _APPEARANCE, article),
                                store.quads_for_pattern(article, _TYPE, _NEWS_ARTICLE))
        if any(q.graph_name != g for q in found):
            return False
    return True


@dataclass
class Change:
    """The shares of the article graphs a publish removes or replaces (`old`, read before they
    go) and of those it loads (`new`, read after). `exact`: every share could be summed."""

    old: list[Contribution] = field(default_factory=list)
    new: list[Contribution] = field(default_factory=list)
    exact: bool = True

    def going(self, store: ox.Store, graphs: Iterable[str]) -> None:
        self.old += self._read(store, graphs)

    def coming(self, store: ox.Store, graphs: Iterable[str]) -> None:
        self.new += self._read(store, graphs)

    def articles(self) -> set[str]:
        """The articles of every graph that went or came."""
        return {a for share in (*self.old, *self.new) for a in share.articles}

    def _read(self, store: ox.Store, graphs: Iterable[str]) -> list[Contribution]:
        shares = [contribution(store, g) for g in graphs]
        self.exact = self.exact and all(_alone(store, c) for c in shares)
        return shares


@dataclass
class Difference:
    """What a change adds to each count (negative: takes away)."""

    mentions: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    articles: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    pairs: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))


def difference(change: Change) -> Difference:
    """The new shares less the old ones, per entity and per pair."""
    diff = Difference()
    for sign, shares in ((-1, change.old), (1, change.new)):
        for share in shares:
            named: dict[str, set[str]] = defaultdict(set)
            for (article, entity), n in share.mentions.items():
                diff.mentions[entity] += sign * n
                diff.articles[entity] += sign
                named[article].add(entity)
            for entities in named.values():
                for pair in itertools.combinations(sorted(entities), 2):
                    diff.pairs[pair] += sign
    return diff


def _value(store: ox.Store, node: ox.NamedNode, prop: ox.NamedNode, g: ox.NamedNode
           ) -> tuple[list[ox.Quad], int]:
    found = list(store.quads_for_pattern(node, prop, None, g))
    return found, sum(int(q.object.value) for q in found)


@dataclass
class _Edit:
    remove: list[ox.Quad] = field(default_factory=list)
    add: list[ox.Quad] = field(default_factory=list)


def _entity_edits(store: ox.Store, diff: Difference, g: ox.NamedNode, edit: _Edit) -> bool:
    for entity in sorted(diff.mentions):
        dm, da = diff.mentions[entity], diff.articles[entity]
        if not dm and not da:
            continue
        node = ox.NamedNode(entity)
        (old_m, m), (old_a, a) = (_value(store, node, p, g) for p in (MENTION_COUNT, ARTICLE_COUNT))
        m, a = m + dm, a + da
        if len(old_m) > 1 or len(old_a) > 1 or m < 0 or a < 0 or (m == 0) != (a == 0):
            return False
        edit.remove += old_m + old_a
        if m:
            edit.add += [ox.Quad(node, MENTION_COUNT, _integer(m), g),
                         ox.Quad(node, ARTICLE_COUNT, _integer(a), g)]
    return True


def _pair_edits(store: ox.Store, minter: Minter, diff: Difference, g: ox.NamedNode,
                edit: _Edit) -> bool:
    for (a, b), d in sorted(diff.pairs.items()):
        if not d:
            continue
        pair = ox.NamedNode(str(minter.co_mention(a, b)))
        old, n = _value(store, pair, SHARED_ARTICLES, g)
        n += d
        if len(old) > 1 or n < 0:
            return False
        if n == 0:
            edit.remove += list(store.quads_for_pattern(pair, None, None, g))
        else:
            edit.remove += old
            edit.add += list(_pair_quads(minter, a, b, n, g))  # members again: a set, no harm
    return True


def patch(store: ox.Store, minter: Minter, change: Change) -> set[str] | None:
    """Patch the published counts by the change; returns the entities whose counts or pairs
    it changed (what the dumps write again, `DumpChunks`), or None (and nothing written) when
    the change cannot be summed or a count would be left below zero: count whole then."""
    if not change.exact:
        return None
    diff, g, edit = difference(change), graph_name(minter), _Edit()
    if not (_entity_edits(store, diff, g, edit) and _pair_edits(store, minter, diff, g, edit)):
        return None
    for q in edit.remove:
        store.remove(q)
    store.extend(edit.add)
    touched = {e for e in diff.mentions if diff.mentions[e] or diff.articles[e]}
    return touched | {e for pair, d in diff.pairs.items() if d for e in pair}


def read_counts(store: ox.Store, minter: Minter) -> EntityCounts:
    """The per-entity counts as the statistics graph holds them."""
    counts, g = EntityCounts(patched=True), graph_name(minter)
    for prop, counter in ((MENTION_COUNT, counts.mentions), (ARTICLE_COUNT, counts.articles)):
        for q in store.quads_for_pattern(None, prop, None, g):
            counter[q.subject.value] = int(q.object.value)
    return counts


def publish(store: ox.Store, minter: Minter, change: Change | None = None) -> EntityCounts:
    """Write the statistics graph of a store being published; return the per-entity counts.
    With a `change` (the build's, from a release whose counts this `VERSION` wrote) the counts
    are patched when they can be; otherwise the store is counted whole and the graph replaced."""
    touched = patch(store, minter, change) if change is not None else None
    if touched is not None:
        counts = read_counts(store, minter)
        counts.touched = touched
        return counts
    g = graph_name(minter)
    if g in set(store.named_graphs()):
        store.remove_graph(g)
    stats = count(store)
    store.bulk_extend(quads(stats, minter))  # the work copy of a publish: no transaction needed
    return stats


CHUNK_EVERY = 8  # entities in a chunk of the dumped graph, on average (`DumpChunks`)
DUMP_ORDER = 1  # of `DumpChunks.quads`: in a chunk's key, so that chunks written otherwise are not copied


class DumpChunks:
    """The statistics graph as the dumps write it, in chunks (kg.store.dumps.Chunks), so that a
    publish that patched it converts and compresses only what it patched.

    A patch changes the counts of the changed articles' entities and the pairs among them, and
    a pair's node is named by a digest, so in the store's order those changes are all over the
    graph. Here the graph is grouped by entity: the entities (the subjects of
    `kg:mentionCount`) in the order of their IRIs, each with its counts and then the pairs it
    owns (a pair is owned by the first of its two entities in that order). So an article's
    pairs fall in its own entities' groups. A chunk is a run of groups, cut before an entity
    whose IRI's CRC-32 is a multiple of `every`: the cuts depend on the entities alone, so an
    entity that comes or goes changes its own chunk and no other (content-defined, as rsync's
    or restic's chunks). A chunk's key is the digest of its entities; it is stale when one of
    them is `touched` (the patch's entities; None: the graph was counted whole, every chunk
    is). A group's pairs are found from its entity (index lookups), never by a scan of the
    graph. The dumps check that the chunks add up to the graph (else they write it whole)."""

    def __init__(self, store: ox.Store, minter: Minter, touched: set[str] | None,
                 every: int = CHUNK_EVERY) -> None:
        self.store, self.g, self.touched = store, graph_name(minter), touched
        self._owned: dict[str, str] = {}  # pair -> its owner, written, not yet met from the other
        entities = sorted({q.subject.value for q in
                           store.quads_for_pattern(None, MENTION_COUNT, None, self.g)})
        self._chunks: dict[str, list[str]] = {}
        run: list[str] = []
        for entity in entities:
            if run and zlib.crc32(entity.encode()) % every == 0:
                self._add(run)
                run = []
            run.append(entity)
        if run:
            self._add(run)

    def _add(self, entities: list[str]) -> None:
        named = "\n".join([f"order {DUMP_ORDER}", *entities]).encode()
        self._chunks[hashlib.sha256(named).hexdigest()[:32]] = entities

    def keys(self) -> list[str]:
        return list(self._chunks)

    def stale(self, key: str) -> bool:
        return self.touched is None or not self.touched.isdisjoint(self._chunks[key])

    def quads(self, key: str) -> Iterator[ox.Quad]:
        """The chunk's groups: each entity's statements, then those of the pairs it owns. A
        pair is met from both its entities, the owner first (chunks are read in order): what
        the owner's group wrote is not read again from the other's (`_owned`, each pair left
        out once its second entity met it)."""
        for entity in self._chunks[key]:
            node = ox.NamedNode(entity)
            yield from self.store.quads_for_pattern(node, None, None, self.g)
            for member in self.store.quads_for_pattern(None, CO_MENTIONED, node, self.g):
                if self._owned.get(member.subject.value, entity) != entity:
                    del self._owned[member.subject.value]
                    continue
                pair = list(self.store.quads_for_pattern(member.subject, None, None, self.g))
                if min(q.object.value for q in pair if q.predicate == CO_MENTIONED) == entity:
                    self._owned[member.subject.value] = entity
                    yield from pair


def recorded(info: dict) -> bool:
    """Whether a release's statistics were written by this version of the counting (its
    release.json `statistics` facts): only then can the next publish patch them."""
    return info.get("statistics", {}).get("version") == VERSION


def facts(counts: EntityCounts) -> dict:
    """What release.json records of the statistics written."""
    return {"version": VERSION, "patched": counts.patched}
