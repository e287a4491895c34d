"""Every namespace the project speaks, declared once (see docs/vocabulary.md)."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD

SCHEMA = Namespace("http://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
DOCO = Namespace("http://purl.org/spar/doco/")
PO = Namespace("http://www.essepuntato.it/2008/12/pattern#")
CITO = Namespace("http://purl.org/spar/cito/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
SH = Namespace("http://www.w3.org/ns/shacl#")
# The project's own terms (kg/ontology/kg.ttl). Stable: not derived from the data base IRI.
KG = Namespace("https://w3id.org/militant-kg/ontology#")
KG_ONTOLOGY_IRI = "https://w3id.org/militant-kg/ontology"
# The SHACL shapes (kg/shapes/*.ttl) that name the graph's rules.
KGSH = Namespace("https://w3id.org/militant-kg/shapes#")

PREFIXES: dict[str, Namespace] = {
    "schema": SCHEMA,
    "nif": NIF,
    "itsrdf": ITSRDF,
    "doco": DOCO,
    "po": PO,
    "cito": CITO,
    "prov": PROV,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "void": VOID,
    "dcat": DCAT,
    "sd": SD,
    "wd": WD,
    "wdt": WDT,
    "sh": SH,
    "kg": KG,
    "kgsh": KGSH,
}

# The same prefixes as plain strings, for serialisers that take a dict (pyoxigraph).
PREFIX_MAP: dict[str, str] = {p: str(ns) for p, ns in PREFIXES.items()}


def bind_all(graph) -> None:
    """Bind every project prefix on an rdflib graph (for readable serialisations)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


def sparql_prefixes() -> str:
    """PREFIX lines for SPARQL queries written inside the project."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
