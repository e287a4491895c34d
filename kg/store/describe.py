"""The dataset's own description (VoID + DCAT), computed at publish time.

It is stored in the release as the named graph `{base}graph/void`, so it is queryable at
/sparql, dereferenceable at `{base}dataset` and served at /.well-known/void. Its counts
describe the data graphs; the description graph itself is not counted (nor dumped: it
lists the dumps' sizes, so it cannot be inside them).

`describe` adds the parts of `DESCRIPTION_PARTS` in order over one `_Description` (the dataset,
its counts, the Wikidata linkset, the dumps, the SPARQL endpoint); a new part is a function
put in that tuple.

`finisher()` is what the publish step passes to `StoreDir.publish(finish=...)`: it drops
the previous release's description, writes the statistics graph (kg.statistics: patched by a
build's changed articles, or counted whole), writes
the dumps, adds the new description, and writes the search index (kg.search.index).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import FOAF

from kg import statistics
from kg.config import base_iri, dataset_metadata
from kg.formats import rdf_format
from kg.iri import Minter
from kg.namespaces import DCAT, DCTERMS, OWL, PREFIXES, RDF, SCHEMA, VOID, WD, XSD, bind_all
from kg.search import index as search_index
from kg.store.base import Release, Snapshot, Writer
from kg.store.dumps import Reuse, write_dumps

DESCRIPTION_GRAPH = "void"  # {base}graph/void
IANA_MEDIA = "https://www.iana.org/assignments/media-types/"
SPARQL_PROTOCOL = URIRef("https://www.w3.org/TR/sparql11-protocol/")


@dataclass
class Stats:
    """What the description counts, over the union of the data graphs."""

    triples: int = 0
    subjects: int = 0
    objects: int = 0
    entities: int = 0  # distinct IRI subjects
    classes: dict[str, int] = field(default_factory=dict)  # class -> instances
    properties: dict[str, int] = field(default_factory=dict)  # property -> triples
    wikidata_links: int = 0  # owl:sameAs -> wd:Q...
    examples: list[str] = field(default_factory=list)


def _count(store: Snapshot, where: str) -> int:
    query = f"SELECT (COUNT({where[0]}) AS ?n) WHERE {{ {where[1]} }}"
    sol = next(iter(store.query(query, use_default_graph_as_union=True)))
    return int(sol["n"].value)


def dataset_stats(store: Snapshot, triples: int | None = None) -> Stats:
    """Counts over the union of all graphs (call it after removing the old description).
    `triples`: the store's quads when the caller counted them already (the publish does, per
    graph, for the dumps): counting them again is a scan of the store (0.9 s of the
    description's 10 s wall at 575K quads under load)."""
    union = {"use_default_graph_as_union": True}
    # the distinct subjects and the IRIs among them in one pass: filtering the rows by isIRI
    # before DISTINCT tests every triple (3.7 of the description's 5.9 s at 575K triples),
    # after it every subject once (both counts in 2.1 s)
    subjects = next(iter(store.query(
        "SELECT (COUNT(*) AS ?n) (SUM(IF(isIRI(?s), 1, 0)) AS ?iris) "
        "WHERE { SELECT DISTINCT ?s WHERE { ?s ?p ?o } }", **union)))
    stats = Stats(
        triples=len(store) if triples is None else triples,
        subjects=int(subjects["n"].value),
        objects=_count(store, ("DISTINCT ?o", "?s ?p ?o")),
        entities=int(subjects["iris"].value) if subjects["iris"] is not None else 0,
        wikidata_links=_count(store, (
            "*", f'?s <{OWL.sameAs}> ?o FILTER STRSTARTS(STR(?o), "{WD}")')),
    )
    for sol in store.query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c", **union):
        stats.classes[sol["c"].value] = int(sol["n"].value)
    for sol in store.query("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p", **union):
        stats.properties[sol["p"].value] = int(sol["n"].value)
    stats.examples = [sol["a"].value for sol in store.query(
        f"SELECT DISTINCT ?a WHERE {{ ?a a <{SCHEMA.NewsArticle}> }} ORDER BY ?a LIMIT 3", **union)]
    return stats


def _int(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


@dataclass
class _Description:
    """What the parts of the description read (the counts, the dumps' manifest, the dataset's
    metadata, the minter of its IRIs, when it was modified) and the graph they add to."""

    g: Graph
    ds: URIRef  # the dataset's IRI
    minter: Minter
    meta: dict
    stats: Stats
    manifest: dict
    modified: dt.datetime


def _dataset(d: _Description) -> None:
    """The dataset itself: title, description, rights and licence, modified, language, keywords,
    publisher, URI space, endpoint, landing page, example resources."""
    g, ds, meta, minter = d.g, d.ds, d.meta, d.minter
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, DCTERMS.title, Literal(meta["title"], lang="en")))
    g.add((ds, DCTERMS.description, Literal(meta["description"], lang="en")))
    g.add((ds, DCTERMS.rights, Literal(meta["rights"], lang="en")))
    g.add((ds, DCTERMS.license, URIRef(meta["license"])))
    g.add((ds, DCTERMS.modified, Literal(d.modified.isoformat(timespec="seconds"), datatype=XSD.dateTime)))
    g.add((ds, DCTERMS.language, Literal(meta["language"])))
    for word in meta["keywords"]:
        g.add((ds, DCAT.keyword, Literal(word, lang="en")))
    publisher = URIRef(meta["publisher"]["iri"])
    g.add((ds, DCTERMS.publisher, publisher))
    g.add((publisher, RDF.type, FOAF.Agent))
    g.add((publisher, FOAF.name, Literal(meta["publisher"]["name"])))
    g.add((ds, VOID.uriSpace, Literal(minter.base)))
    g.add((ds, VOID.sparqlEndpoint, minter.endpoint()))
    g.add((ds, DCAT.landingPage, URIRef(minter.base)))
    for example in d.stats.examples:
        g.add((ds, VOID.exampleResource, URIRef(example)))


def _counts(d: _Description) -> None:
    """counts: triples, entities, distinct subjects and objects, a partition per class and per
    property, and the vocabularies (of the project's prefixes) the classes and properties use."""
    g, ds, stats = d.g, d.ds, d.stats
    g.add((ds, VOID.triples, _int(stats.triples)))
    g.add((ds, VOID.entities, _int(stats.entities)))
    g.add((ds, VOID.distinctSubjects, _int(stats.subjects)))
    g.add((ds, VOID.distinctObjects, _int(stats.objects)))
    g.add((ds, VOID.classes, _int(len(stats.classes))))
    g.add((ds, VOID.properties, _int(len(stats.properties))))
    for cls, n in sorted(stats.classes.items()):
        part = BNode()
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, _int(n)))
    for prop, n in sorted(stats.properties.items()):
        part = BNode()
        g.add((ds, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(prop)))
        g.add((part, VOID.triples, _int(n)))
    used = set(stats.classes) | set(stats.properties)
    for ns in sorted({str(ns) for ns in PREFIXES.values()}):
        if any(term.startswith(ns) for term in used):
            g.add((ds, VOID.vocabulary, URIRef(ns)))


def _wikidata_linkset(d: _Description) -> None:
    """the linkset to Wikidata: the owl:sameAs links counted, Wikidata as their target."""
    g, ds, minter = d.g, d.ds, d.minter
    wikidata = minter.dataset_part("target", "wikidata")
    g.add((wikidata, RDF.type, VOID.Dataset))
    g.add((wikidata, DCTERMS.title, Literal("Wikidata", lang="en")))
    g.add((wikidata, FOAF.homepage, URIRef("https://www.wikidata.org/")))
    g.add((wikidata, VOID.uriSpace, Literal(str(WD))))
    linkset = minter.dataset_part("linkset", "wikidata")
    g.add((ds, VOID.subset, linkset))
    g.add((linkset, RDF.type, VOID.Linkset))
    g.add((linkset, VOID.linkPredicate, OWL.sameAs))
    g.add((linkset, VOID.subjectsTarget, ds))
    g.add((linkset, VOID.objectsTarget, wikidata))
    g.add((linkset, VOID.triples, _int(d.stats.wikidata_links)))


def _dumps(d: _Description) -> None:
    """the dumps: whole-dataset files as void:dataDump and DCAT distributions (each file and its
    gzip twin, with its size from the manifest); the per-graph files are not listed."""
    g, ds, minter, meta = d.g, d.ds, d.minter, d.meta
    for f in d.manifest.get("files", []):
        if f["scope"] == "graph":
            continue
        url = minter.download(f["name"])
        g.add((ds, VOID.dataDump, url))
        for name, size, compressed in ((f["name"], f["bytes"], False),
                                       (f["gzip_name"], f["gzip_bytes"], True)):
            dist = minter.dataset_part("dump", name)
            g.add((ds, DCAT.distribution, dist))
            g.add((dist, RDF.type, DCAT.Distribution))
            g.add((dist, DCTERMS.title, Literal(f"{f['scope']} as {f['format']}"
                                                + (" (gzip)" if compressed else ""), lang="en")))
            g.add((dist, DCAT.downloadURL, minter.download(name)))
            g.add((dist, DCAT.accessURL, minter.download()))
            g.add((dist, DCAT.mediaType, URIRef(IANA_MEDIA + rdf_format(f["format"]).media_type)))
            g.add((dist, DCAT.byteSize, _int(size)))
            g.add((dist, DCTERMS.license, URIRef(meta["license"])))
            if compressed:
                g.add((dist, DCAT.compressFormat, URIRef(IANA_MEDIA + "application/gzip")))


def _endpoint(d: _Description) -> None:
    """the SPARQL endpoint as a DCAT data service, and a distribution of the dataset through it"""
    g, ds, minter = d.g, d.ds, d.minter
    service = minter.endpoint()
    g.add((service, RDF.type, DCAT.DataService))
    g.add((service, DCAT.endpointURL, service))
    g.add((service, DCAT.servesDataset, ds))
    g.add((service, DCTERMS.conformsTo, SPARQL_PROTOCOL))
    g.add((ds, DCAT.distribution, minter.dataset_part("endpoint")))
    g.add((minter.dataset_part("endpoint"), RDF.type, DCAT.Distribution))
    g.add((minter.dataset_part("endpoint"), DCAT.accessService, service))
    g.add((minter.dataset_part("endpoint"), DCAT.accessURL, service))


# The parts of the description, in the order they are added; a new part is a function here.
DESCRIPTION_PARTS: tuple[Callable[[_Description], None], ...] = (
    _dataset, _counts, _wikidata_linkset, _dumps, _endpoint)


def describe(stats: Stats, manifest: dict, *, base: str | None = None,
             modified: dt.datetime | None = None) -> Graph:
    """The VoID + DCAT description of the dataset as an rdflib graph: every part of
    `DESCRIPTION_PARTS` over the same graph."""
    minter = Minter(base_iri(base))
    g = Graph()
    bind_all(g)
    d = _Description(g, minter.dataset(), minter, dataset_metadata(), stats, manifest,
                     modified or dt.datetime.now(dt.UTC))
    for part in DESCRIPTION_PARTS:
        part(d)
    return g


def description_graph(base: str | None = None) -> ox.NamedNode:
    return ox.NamedNode(str(Minter(base_iri(base)).shared_graph(DESCRIPTION_GRAPH)))


def finisher(base: str | None = None, reuse: Reuse | None = None,
             change: statistics.Change | None = None, previous: Release | None = None
             ) -> Callable[[Writer, Release], dict]:
    """The `finish` step of StoreDir.publish: dumps, then the description; returns release facts.
    `reuse`: the previous release's dumps of the graphs this publish did not change; `change`:
    the shares of the article graphs it changed, to patch the statistics by (kg.statistics) and
    to update `previous`'s search index by (kg.search.index)."""
    base = base_iri(base)

    def finish(store: Writer, release: Release) -> dict:
        graph = description_graph(base)
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
        counted = statistics.publish(store, Minter(base), change)  # a graph of its own, in the dumps
        replaced = {statistics.graph_name(Minter(base)).value}
        changed = reuse and replace(reuse, changed=reuse.changed | replaced)
        default, counts = store.graph_counts()  # the description graph was removed above
        chunks = statistics.DumpChunks(store, Minter(base), counted.touched)
        manifest = write_dumps(store, release.dumps, base=base, reuse=changed, counts=(default, counts),
                               chunked={statistics.graph_name(Minter(base)).value: chunks})
        stats = dataset_stats(store, triples=default + sum(counts.values()))
        description = describe(stats, manifest, base=base)
        store.load(description.serialize(format="nt", encoding="utf-8"),
                   ox.RdfFormat.N_TRIPLES, to_graph=graph)
        search_index.build(store, counted, release.path, release=release.id, change=change,
                           previous=previous.path / search_index.INDEX_FILE if previous else None)
        return {
            "base": base,
            "triples": manifest["triples"],
            "graphs": counts,
            "quads": sum(counts.values()),
            "description_graph": graph.value,
            "description_triples": len(description),
            "dumps": len(manifest["files"]),
            "statistics": statistics.facts(counted),
        }

    return finish
