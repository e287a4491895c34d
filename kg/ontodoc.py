"""Generate the ontology's human documentation (Markdown and HTML) from the Turtle.

docs/ontology.md and docs/ontology.html are written from kg/ontology/kg.ttl and the rules
in kg/shapes/*.ttl, never by hand, so the documentation cannot drift from the terms.
pyLODE was tried first: its release for Python 3.11 (3.4.1) fails at import, 3.3.4 works
but writes HTML only and pulls in an HTTP client; a small Jinja2 generator does both
formats offline. Run `python -m kg.ontodoc` to regenerate, `--check` to verify.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import click
import jinja2
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS
from rdflib.term import Node

from kg.config import ONTOLOGY_DIR, PROJECT_ROOT, SHAPES_DIR
from kg.namespaces import KG_ONTOLOGY_IRI, SH, bind_all
from kg.validate import path_text

ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
DOCS_DIR = PROJECT_ROOT / "docs"
TEMPLATES = Path(__file__).resolve().parent / "ontodoc_templates"
VANN = "http://purl.org/vocab/vann/"


@dataclass
class Term:
    iri: str
    curie: str
    label: str
    comment: str
    kinds: list[str]  # owl:Class, owl:ObjectProperty, owl:FunctionalProperty...
    parents: list[str]  # rdfs:subClassOf / rdfs:subPropertyOf, as CURIEs
    domain: list[str] = field(default_factory=list)
    range: list[str] = field(default_factory=list)
    used_by: list[str] = field(default_factory=list)  # properties whose domain or range is this class

    @property
    def anchor(self) -> str:
        return self.curie.split(":", 1)[-1]


@dataclass
class Rule:
    path: str
    constraints: list[str]
    message: str
    severity: str


@dataclass
class ShapeDoc:
    name: str
    targets: list[str]
    comment: str
    rules: list[Rule]


@dataclass
class OntologyDoc:
    iri: str
    title: str
    description: str
    version: str
    version_iri: str
    license: str
    creators: list[str]
    prefix: str
    namespace: str
    classes: list[Term]
    properties: list[Term]
    shapes: list[ShapeDoc]


def _text(graph: Graph, node: Node | None, pred: URIRef) -> str:
    values = [v for v in graph.objects(node, pred) if isinstance(v, Literal)]
    english = [v for v in values if v.language in (None, "en")]
    return " ".join(str(english[0] if english else values[0]).split()) if values else ""


def _curie(graph: Graph, node: Node) -> str:
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # rdflib cannot always shorten an IRI
            return f"<{node}>"
    if isinstance(node, Literal):
        return node.n3(graph.namespace_manager)
    return str(node)


def describe(ontology: Graph, shapes: Graph | None = None) -> OntologyDoc:
    """The documentation model: what the pages say, read from the graphs."""
    bind_all(ontology)
    ont = URIRef(KG_ONTOLOGY_IRI)
    namespace = str(ontology.value(ont, URIRef(VANN + "preferredNamespaceUri")) or "")

    def own(node: Node) -> bool:
        return isinstance(node, URIRef) and str(node).startswith(namespace)

    def term(node: URIRef, parent_pred: URIRef) -> Term:
        return Term(
            iri=str(node), curie=_curie(ontology, node),
            label=_text(ontology, node, RDFS.label), comment=_text(ontology, node, RDFS.comment),
            kinds=sorted(_curie(ontology, k) for k in ontology.objects(node, RDF.type)),
            parents=sorted(_curie(ontology, p) for p in ontology.objects(node, parent_pred)),
            domain=sorted(_curie(ontology, d) for d in ontology.objects(node, RDFS.domain)),
            range=sorted(_curie(ontology, r) for r in ontology.objects(node, RDFS.range)))

    classes = sorted((term(c, RDFS.subClassOf) for c in set(ontology.subjects(RDF.type, OWL.Class))
                      if own(c)), key=lambda t: t.curie.lower())
    props = {p for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
             for p in ontology.subjects(RDF.type, kind) if own(p)}
    properties = sorted((term(p, RDFS.subPropertyOf) for p in props), key=lambda t: t.curie.lower())
    for cls in classes:
        cls.used_by = sorted(p.curie for p in properties if cls.curie in p.domain + p.range)
    return OntologyDoc(
        iri=str(ont), title=_text(ontology, ont, DCTERMS.title),
        description=_text(ontology, ont, DCTERMS.description),
        version=_text(ontology, ont, OWL.versionInfo),
        version_iri=str(ontology.value(ont, OWL.versionIRI) or ""),
        license=str(ontology.value(ont, DCTERMS.license) or ""),
        creators=sorted(_text(ontology, c, RDFS.label) or str(c)
                        for c in ontology.objects(ont, DCTERMS.creator)),
        prefix=str(ontology.value(ont, URIRef(VANN + "preferredNamespacePrefix")) or ""),
        namespace=namespace, classes=classes, properties=properties,
        shapes=describe_shapes(shapes) if shapes is not None else [])


_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
_CONSTRAINTS = (SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.nodeKind, SH.pattern,
                SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.hasValue, SH["in"],
                SH.languageIn, SH.uniqueLang, SH.lessThan, SH.lessThanOrEquals, SH.equals,
                SH.disjoint, SH.minLength, SH.maxLength, SH.node)


def _constraint_text(graph: Graph, pred: URIRef, value: Node) -> str:
    name = _curie(graph, pred).removeprefix("sh:")
    if pred in (SH["in"], SH.languageIn):
        value_text = " ".join(_curie(graph, v) for v in Collection(graph, value))
    elif isinstance(value, Literal):
        value_text = str(value)
    else:
        value_text = _curie(graph, value)
    return f"{name} {value_text}"


def describe_shapes(shapes: Graph) -> list[ShapeDoc]:
    """Every named node shape, its targets and its rules, for the rules section of the docs."""
    bind_all(shapes)
    docs = []
    for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        if not isinstance(shape, URIRef):
            continue
        targets = sorted(f"{_curie(shapes, t).removeprefix('sh:')} {_curie(shapes, v)}"
                         for t in _TARGETS for v in shapes.objects(shape, t))
        rules = []
        for prop in shapes.objects(shape, SH.property):
            constraints = sorted(_constraint_text(shapes, p, v) for p in _CONSTRAINTS
                                 for v in shapes.objects(prop, p))
            rules.append(Rule(path=path_text(shapes, shapes.value(prop, SH.path)),
                              constraints=constraints,
                              message=_text(shapes, prop, SH.message),
                              severity=_curie(shapes, shapes.value(prop, SH.severity) or SH.Violation)))
        for sparql in shapes.objects(shape, SH.sparql):
            name = _curie(shapes, sparql) if isinstance(sparql, URIRef) else "(SPARQL)"
            explained = _text(shapes, sparql, RDFS.comment) or _text(shapes, sparql, SH.message)
            rules.append(Rule(path=name, constraints=["SPARQL"], message=explained,
                              severity=_curie(shapes, shapes.value(sparql, SH.severity)
                                              or shapes.value(shape, SH.severity) or SH.Violation)))
        rules.sort(key=lambda r: ("SPARQL" in r.constraints, r.path))
        docs.append(ShapeDoc(name=_curie(shapes, shape), targets=targets,
                             comment=_text(shapes, shape, RDFS.comment), rules=rules))
    return docs





def _env(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=autoescape,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    env.filters["code"] = lambda s: f"`{s}`" if s else ""
    env.filters["cell"] = lambda s: (str(s).replace("|", "\\|").replace("\n", " ")
                                     .replace("<", "&lt;").replace(">", "&gt;"))
    env.filters["md"] = lambda s: str(s).replace("*", "\\*").replace("_", "\\_")
    return env


def load(ontology_file: Path = ONTOLOGY_FILE, shapes_dir: Path = SHAPES_DIR) -> OntologyDoc:
    ontology = Graph().parse(ontology_file, format="turtle")
    shapes = Graph()
    for path in sorted(shapes_dir.glob("*.ttl")):
        shapes.parse(path, format="turtle")
    return describe(ontology, shapes)


def render_markdown(doc: OntologyDoc) -> str:
    return _env(False).get_template("ontology.md.j2").render(o=doc)


def render_html(doc: OntologyDoc) -> str:
    return _env(True).get_template("ontology.html.j2").render(o=doc)


def outputs(doc: OntologyDoc, docs_dir: Path = DOCS_DIR) -> dict[Path, str]:
    return {docs_dir / "ontology.md": render_markdown(doc), docs_dir / "ontology.html": render_html(doc)}


@click.command("ontodoc")
@click.option("--check", is_flag=True, help="Only check that the generated pages are up to date.")
def ontodoc_command(check: bool) -> None:
    """Generate docs/ontology.md and docs/ontology.html from kg/ontology/kg.ttl and shapes/."""
    stale = []
    for path, text in outputs(load()).items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if check:
            stale.append(path)
        else:
            path.write_text(text, encoding="utf-8")
            click.echo(f"wrote {path}")
    if stale:
        click.echo("out of date (run `python -m kg.ontodoc`): " + ", ".join(map(str, stale)), err=True)
        sys.exit(1)


if __name__ == "__main__":
    ontodoc_command()
