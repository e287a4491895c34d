"""The ontology is small, self-describing and aligned; the shapes are valid SHACL; the docs are generated."""

from __future__ import annotations

import pyshacl
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS
from shapes_fixture import hand_graph

from kg import ontodoc
from kg.config import CORPUS_DIR, SHAPES_DIR
from kg.iri import Minter
from kg.namespaces import KG, KG_ONTOLOGY_IRI, SH, bind_all
from kg.pipeline import process
from kg.validate import ShapesError, shapes_graph

ONT = URIRef(KG_ONTOLOGY_IRI)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    g = Graph().parse(ontodoc.ONTOLOGY_FILE, format="turtle")
    bind_all(g)
    return g


def own_terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KG))}


def test_ontology_header(ontology):
    assert (ONT, RDF.type, OWL.Ontology) in ontology
    for pred in (OWL.versionInfo, OWL.versionIRI, DCTERMS.license, DCTERMS.creator, DCTERMS.title,
                 DCTERMS.description):
        assert ontology.value(ONT, pred) is not None, f"the ontology has no {pred}"


def test_every_own_term_is_documented_and_aligned(ontology):
    terms = own_terms(ontology)
    assert {KG.FootnoteMarker, KG.footnote, KG.NumberedPoint} <= terms
    for term in terms:
        assert ontology.value(term, RDFS.label) is not None, f"{term} has no rdfs:label"
        assert ontology.value(term, RDFS.comment) is not None, f"{term} has no rdfs:comment"
        assert ontology.value(term, RDFS.isDefinedBy) == ONT, f"{term} is not rdfs:isDefinedBy the ontology"
        kinds = set(ontology.objects(term, RDF.type))
        parent = RDFS.subClassOf if OWL.Class in kinds else RDFS.subPropertyOf
        assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, \
            f"{term} is neither a class nor a property"
        standard = [p for p in ontology.objects(term, parent) if not str(p).startswith(str(KG))]
        assert standard, f"{term} is not aligned to a standard term ({parent})"


def test_the_ontology_does_not_redefine_standard_terms(ontology):
    defined = {s for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
               for s in ontology.subjects(RDF.type, kind)}
    assert defined == own_terms(ontology) & defined
    assert all(str(t).startswith(str(KG)) for t in defined)


def _kg_terms_used(g: Graph) -> set[URIRef]:
    used = set()
    for _s, p, o in g:
        for node in (p, o if p == RDF.type else None):
            if isinstance(node, URIRef) and str(node).startswith(str(KG)):
                used.add(node)
    return used


def test_every_kg_term_the_data_and_shapes_use_is_defined(ontology):
    bundled = process(next(CORPUS_DIR.glob("*.txt")), Minter.from_config())[1].combined()
    used = _kg_terms_used(bundled) | _kg_terms_used(hand_graph())
    used |= {n for n in shapes_graph().all_nodes() if isinstance(n, URIRef) and str(n).startswith(str(KG))}
    assert used, "no kg: term is used at all"
    assert used <= own_terms(ontology), f"undefined kg: terms: {sorted(used - own_terms(ontology))}"


def test_every_class_the_graph_uses_has_a_node_shape():
    """Article graphs and the dataset's description: every class they use is a shape's target."""
    from kg.store.describe import Stats, describe

    shapes = shapes_graph()
    targeted = set(shapes.objects(None, SH.targetClass))
    bundled = process(next(CORPUS_DIR.glob("*.txt")), Minter.from_config())[1].combined()
    description = describe(Stats(), {"files": []})
    used = set(bundled.objects(None, RDF.type)) | set(hand_graph().objects(None, RDF.type))
    used |= set(description.objects(None, RDF.type))
    # nif:OffsetBasedString and nif:Context are targeted too; nothing may be left out.
    assert used <= targeted, f"classes with no node shape: {sorted(used - targeted)}"


def test_shapes_are_valid_shacl():
    """pySHACL's meta-SHACL check validates the shapes graph against the SHACL-for-SHACL shapes."""
    conforms, _g, text = pyshacl.validate(hand_graph(), shacl_graph=shapes_graph(), meta_shacl=True)
    assert conforms, text


def test_every_shape_and_constraint_is_named_and_explained():
    shapes = shapes_graph()
    for kind in (SH.NodeShape, SH.SPARQLConstraint):
        for shape in shapes.subjects(RDF.type, kind):
            assert isinstance(shape, URIRef), f"an unnamed {kind}"
            if (shape, SH.targetClass, None) in shapes or kind == SH.SPARQLConstraint:
                assert shapes.value(shape, RDFS.comment) is not None, f"{shape} has no rdfs:comment"
    for prop in shapes.objects(None, SH.property):
        path = shapes.value(prop, SH.path)
        assert shapes.value(prop, SH.message) is not None, f"a property shape on {path} has no message"


def test_broken_shapes_file_is_reported_by_name(tmp_path):
    (tmp_path / "bad.ttl").write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n<a> sh:path ")
    with pytest.raises(ShapesError, match="bad.ttl"):
        shapes_graph(tmp_path)


def test_no_shapes_is_an_error(tmp_path):
    with pytest.raises(ShapesError, match="no shapes"):
        shapes_graph(tmp_path)


# -- the generated documentation ------------------------------------------------------------

def test_generated_docs_are_up_to_date():
    for path, text in ontodoc.outputs(ontodoc.load()).items():
        assert path.exists(), f"{path} is missing: run `python -m kg.ontodoc`"
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run `python -m kg.ontodoc`"


def test_docs_list_every_term_with_its_alignment(ontology):
    doc = ontodoc.load()
    md, html = ontodoc.render_markdown(doc), ontodoc.render_html(doc)
    for term in own_terms(ontology):
        curie = ontology.namespace_manager.normalizeUri(term)
        label = str(ontology.value(term, RDFS.label))
        assert f"### {curie} ({label})" in md
        assert f'id="{curie.split(":")[1]}"' in html
        parents = [*ontology.objects(term, RDFS.subClassOf), *ontology.objects(term, RDFS.subPropertyOf)]
        for parent in parents:
            assert f"`{ontology.namespace_manager.normalizeUri(parent)}`" in md
    assert "kgsh:SpanIntegrity" in md and "kgsh:SpanIntegrity" in html


def test_docs_follow_a_change_in_the_turtle(tmp_path, ontology):
    """The pages are generated: a new term in the Turtle shows up with its comment and alignment."""
    src = ontodoc.ONTOLOGY_FILE.read_text(encoding="utf-8") + """
kg:Example a owl:Class ; rdfs:label "example"@en ; rdfs:comment "A term added by a test."@en ;
    rdfs:subClassOf schema:Thing ; rdfs:isDefinedBy <https://w3id.org/militant-kg/ontology> .
"""
    (tmp_path / "kg.ttl").write_text(src, encoding="utf-8")
    doc = ontodoc.load(tmp_path / "kg.ttl", SHAPES_DIR)
    md = ontodoc.render_markdown(doc)
    assert "### kg:Example (example)" in md and "A term added by a test." in md and "`schema:Thing`" in md


def test_ontodoc_check_command(tmp_path, monkeypatch):
    from click.testing import CliRunner

    result = CliRunner().invoke(ontodoc.ontodoc_command, ["--check"])
    assert result.exit_code == 0, result.output
    monkeypatch.setattr(ontodoc, "DOCS_DIR", tmp_path)
    monkeypatch.setattr(ontodoc, "outputs", lambda doc, docs_dir=tmp_path: {tmp_path / "ontology.md": "x"})
    result = CliRunner().invoke(ontodoc.ontodoc_command, ["--check"])
    assert result.exit_code == 1 and "out of date" in result.output
