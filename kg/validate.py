"""SHACL validation of one article's graph (article + shared triples) with pySHACL.

The shapes in kg/shapes/*.ttl are the published graph's rules. Validation runs on an
in-memory rdflib graph (an Oxigraph-backed one was much slower and reported false
datatype failures, see docs/architecture.md), one article at a time, because pySHACL's
cost grows faster than the graph. Only sh:Violation blocks publishing; sh:Warning and
sh:Info are reported but let the graph through.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyshacl
from rdflib import BNode, Graph, Literal, URIRef, plugin
from rdflib.collection import Collection
from rdflib.namespace import RDF
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.processor import SPARQLProcessor
from rdflib.query import Processor
from rdflib.term import Node

from kg.config import SHAPES_DIR
from kg.errors import DataError
from kg.namespaces import SH, bind_all

SEVERITY_ORDER = ("Violation", "Warning", "Info")


class ShapesError(DataError):
    """The shapes themselves cannot be read (a broken kg/shapes/*.ttl file)."""


@dataclass(frozen=True)
class Result:
    """One SHACL validation result, in the terms a reader of the report needs."""

    severity: str  # "Violation" | "Warning" | "Info"
    focus: str  # the node that breaks the rule
    path: str | None  # the property path, as Turtle (CURIEs), if the rule is about one
    message: str
    shape: str | None  # the named shape that holds the rule (a property shape's node shape if unnamed)
    source_shape: str | None  # the shape that produced the result, when it has an IRI
    constraint: str | None  # the sh:sparql constraint's IRI, for SPARQL-based rules
    component: str  # the SHACL constraint component, e.g. "sh:MinCountConstraintComponent"
    value: str | None = None

    def names(self) -> set[str]:
        """Every shape and constraint name this result can be recognised by."""
        return {n for n in (self.shape, self.source_shape, self.constraint) if n}


@dataclass
class Report:
    """The outcome of validating one graph: readable results and the SHACL report as RDF."""

    results: list[Result]
    graph: Graph = field(repr=False)
    label: str = ""  # what was validated (a file, a named graph), for messages

    @property
    def conforms(self) -> bool:
        """True when nothing blocks publishing: no sh:Violation (warnings allowed)."""
        return not self.violations

    @property
    def violations(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Warning"]

    def summary(self) -> str:
        what = f" in {self.label}" if self.label else ""
        if not self.results:
            return f"OK: the graph{what} conforms to the shapes"
        head = "FAIL" if self.violations else "OK"
        counts = ", ".join(f"{n} {sev.lower()}{'s' if n != 1 else ''}"
                           for sev in SEVERITY_ORDER
                           if (n := sum(r.severity == sev for r in self.results)))
        return f"{head}: {counts}{what}"

    def text(self) -> str:
        """A report for people: one block per result, violations first."""
        lines = [self.summary()]
        ordered = sorted(self.results, key=lambda r: (SEVERITY_ORDER.index(r.severity), r.focus,
                                                      r.path or "", r.message))
        for r in ordered:
            lines.append(f"{r.severity}: {r.message}")
            lines.append(f"  focus: {r.focus}")
            if r.path:
                lines.append(f"  path:  {r.path}")
            if r.value is not None:
                lines.append(f"  value: {r.value}")
            rule = r.constraint or r.source_shape or r.shape or "?"
            lines.append(f"  shape: {rule} ({r.component})")
        return "\n".join(lines) + "\n"

    def turtle(self) -> str:
        return self.graph.serialize(format="turtle")


class PreparedOnceProcessor(SPARQLProcessor):
    """rdflib's SPARQL processor, parsing each query text once per process.

    pySHACL runs a SPARQL-based constraint once per focus node, always with the same text (the
    node comes as an initial binding), and rdflib parses a text again at every call: on the
    bundled article's shared and statistics graphs, 500 parses made 20 of the 21 seconds of
    `kg validate`. A parsed and translated query is reusable with other bindings (it is what
    rdflib's own `prepareQuery` hands out), so the translation is kept, keyed by the text,
    its base and its namespaces. Registered as rdflib's "sparql" processor when this module is
    imported: every rdflib query of the process (only validation queries rdflib) gains it."""

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        if isinstance(strOrQuery, str):
            strOrQuery = _prepared(strOrQuery, base, tuple(sorted((initNs or {}).items())))
        return super().query(strOrQuery, initBindings, initNs, base, DEBUG)


@functools.lru_cache(maxsize=512)
def _prepared(text: str, base: str | None, namespaces: tuple):
    return translateQuery(parseQuery(text), base, dict(namespaces))


plugin.register("sparql", Processor, __name__, "PreparedOnceProcessor")


def shape_files(shapes_dir: Path = SHAPES_DIR) -> list[Path]:
    files = sorted(shapes_dir.glob("*.ttl"))
    if not files:
        raise ShapesError(f"no shapes found in {shapes_dir}")
    return files


@functools.lru_cache(maxsize=4)
def shapes_graph(shapes_dir: Path = SHAPES_DIR) -> Graph:
    """All shapes files in one graph (parsed once per process)."""
    graph = Graph()
    bind_all(graph)
    for path in shape_files(shapes_dir):
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several parser exception types
            raise ShapesError(f"{path}: cannot parse the shapes: {exc}") from exc
    return graph


def validate(data: Graph, *, label: str = "", shapes: Graph | None = None) -> Report:
    """Validate an in-memory rdflib graph against the project's shapes.

    The data graph is not changed (no inference is run: the mapping states every type
    it means, so shapes never depend on reasoning).
    """
    sg = shapes if shapes is not None else shapes_graph()
    _conforms, report_graph, _text = pyshacl.validate(
        data, shacl_graph=sg, inference="none", advanced=False,
        allow_warnings=True, allow_infos=True)
    bind_all(report_graph)
    return Report(results=_results(report_graph, sg), graph=report_graph, label=label)


def merge(reports: Iterable[Report], label: str = "") -> Report:
    """One report for several validated graphs (e.g. every article graph of a store)."""
    graph = Graph()
    bind_all(graph)
    node = BNode()
    results: list[Result] = []
    for rep in reports:
        results += rep.results
        old = set(rep.graph.subjects(RDF.type, SH.ValidationReport))
        for s, p, o in rep.graph:
            if s not in old:
                graph.add((s, p, o))
            elif p == SH.result:
                graph.add((node, SH.result, o))
    graph.add((node, RDF.type, SH.ValidationReport))
    graph.add((node, SH.conforms, Literal(not any(r.severity == "Violation" for r in results))))
    return Report(results=results, graph=graph, label=label)


# -- reading pySHACL's report ---------------------------------------------------------

def _results(report: Graph, shapes: Graph) -> list[Result]:
    out = []
    for res in report.objects(None, SH.result):
        src = report.value(res, SH.sourceShape)
        constraint = report.value(res, SH.sourceConstraint)
        path = report.value(res, SH.resultPath)
        value = report.value(res, SH.value)
        messages = [str(m) for m in report.objects(res, SH.resultMessage)]
        out.append(Result(
            severity=_local(report.value(res, SH.resultSeverity)),
            focus=_n3(report, report.value(res, SH.focusNode)),
            path=path_text(report, path) if path is not None else None,
            message="; ".join(sorted(messages)) or "(no message)",
            shape=_named_shape(shapes, src),
            source_shape=_n3(shapes, src) if isinstance(src, URIRef) else None,
            constraint=_n3(shapes, constraint) if isinstance(constraint, URIRef) else None,
            component=_n3(report, report.value(res, SH.sourceConstraintComponent)),
            value=_n3(report, value) if value is not None else None,
        ))
    return out


def _local(iri: Node | None) -> str:
    text = str(iri or "")
    return text.rsplit("#", 1)[-1] or "Violation"


def _n3(graph: Graph, node: Node | None) -> str:
    return "?" if node is None else node.n3(graph.namespace_manager)


def _named_shape(shapes: Graph, shape: Node | None) -> str | None:
    """The nearest shape with an IRI: the shape itself, or the node shape holding a property shape."""
    seen: set[Node] = set()
    while shape is not None and shape not in seen:
        if isinstance(shape, URIRef):
            return _n3(shapes, shape)
        seen.add(shape)
        shape = shapes.value(None, SH.property, shape) or shapes.value(None, SH.node, shape)
    return None


def path_text(graph: Graph, path: Node) -> str:
    """A SHACL property path as SPARQL-like text: ^kg:footnote, schema:a/schema:b."""
    if isinstance(path, URIRef):
        return _n3(graph, path)
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + path_text(graph, inverse)
    if graph.value(path, RDF.first) is not None:
        return "/".join(path_text(graph, p) for p in Collection(graph, path))
    for pred, mark in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = graph.value(path, pred)
        if inner is not None:
            return f"({path_text(graph, inner)}){mark}"
    alt = graph.value(path, SH.alternativePath)
    if alt is not None:
        return "(" + "|".join(path_text(graph, p) for p in Collection(graph, alt)) + ")"
    return _n3(graph, path)
