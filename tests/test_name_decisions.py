"""The learned bounder's decisions in the graph and on the page (kg.rdf.entities.credit_bounder,
kg.web.pages.articleview): a mention of a name the bounder joined carries a nif:AnnotationUnit
crediting it (itsrdf:taAnnotatorsRef, prov:wasAttributedTo) with its confidence, beside the
typer's credit on the span itself; the shapes prove it; the article page marks it; a researcher's
SPARQL query finds every joined name through the real endpoint on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from ld_fixture import BASE, load_graph
from nlp_support import article, mention
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD
from web_support import Server, axe_violations

from kg.iri import Minter
from kg.namespaces import ITSRDF, NIF
from kg.rdf.mapping import document_to_rdf
from kg.store import StoreDir
from kg.store.describe import finisher
from kg.validate import validate

MINTER = Minter(BASE)
JOINED = "Tarrow Valley Tenants Union of Kelvane"
NOBODY = URIRef(BASE + "tool/nobody")  # no tool the graph describes


def _doc():
    """An invented page: one name the bounder joined (and the typer typed), named twice, and one
    name of the rules alone."""
    doc = article(f"The {JOINED} met on Monday, said Ilsa Varrow of the union.",
                  f"The {JOINED} will march in Kelvane.")
    joined = mention(doc, JOINED, JOINED, "organization")
    ruled = mention(doc, "Ilsa Varrow", "Ilsa Varrow", "person")
    for key in (joined, ruled):
        doc.annotations.entities[key].known = False
    doc.annotations.bounded[joined] = 0.884
    doc.annotations.typed[joined] = 0.912
    return doc, joined, ruled


def _units(g):
    return set(g.subjects(RDF.type, NIF.AnnotationUnit))


def test_a_joined_name_carries_the_bounders_decision_beside_the_typers_credit():
    doc, joined, _ = _doc()
    out = document_to_rdf(doc, MINTER)
    g = out.article
    bounder, typer = MINTER.tool("learned-bounder"), MINTER.tool("learned-typer")
    spans = {m.span for m in doc.annotations.mentions if m.entity == joined}
    assert len(spans) == 2
    units = _units(g)
    assert len(units) == 2  # one per mention of the joined name, none for the rules' name
    for sp in spans:
        span = MINTER.span(doc.key, sp.begin, sp.end)
        unit = g.value(span, NIF.annotationUnit)
        assert unit == MINTER.name_decision(doc.key, sp.begin, sp.end)
        assert g.value(unit, ITSRDF.taAnnotatorsRef) == bounder
        assert g.value(unit, PROV.wasAttributedTo) == bounder
        assert g.value(unit, ITSRDF.taConfidence) == Literal(0.884, datatype=XSD.double)
        assert g.value(unit, ITSRDF.taIdentRef) is None  # the mention names the entity, once
        # the typer's credit on the span itself is as it always was
        assert g.value(span, ITSRDF.taAnnotatorsRef) == typer
        assert g.value(span, ITSRDF.taConfidence) == Literal(0.912, datatype=XSD.double)
    for tool in (bounder, typer):
        assert (tool, RDF.type, PROV.SoftwareAgent) in out.shared
        assert out.shared.value(tool, RDFS.label) and out.shared.value(tool, RDFS.comment)
    report = validate(out.combined(), label="joined")
    assert not report.violations, [str(r) for r in report.violations]


def test_no_decision_and_no_bounder_where_the_bounder_joined_nothing():
    doc, joined, _ = _doc()
    del doc.annotations.bounded[joined]
    out = document_to_rdf(doc, MINTER)
    assert not _units(out.article)
    assert (MINTER.tool("learned-bounder"), None, None) not in out.shared
    # a join recorded for a name a later stage dropped credits nothing either
    doc.annotations.bounded["organization/no-longer-here"] = 0.95
    assert (MINTER.tool("learned-bounder"), None, None) not in document_to_rdf(doc, MINTER).shared


def test_a_join_recorded_under_a_key_no_longer_on_the_page_credits_nothing():
    """The stages that re-key an entity after the bounder carry its record along (the typer:
    tests/test_typer.py; the bodies stage): a record whose key no entity has is a name a later
    stage dropped, and its decision is published nowhere."""
    doc, joined, _ = _doc()
    doc.annotations.bounded = {"thing/" + joined.split("/", 1)[1]: 0.884}
    assert not _units(document_to_rdf(doc, MINTER).article)


def _broken(change) -> list[str]:
    """The shapes' messages for the joined page's graph after `change(graph, unit, bounder)`."""
    doc, _, _ = _doc()
    out = document_to_rdf(doc, MINTER)
    unit = sorted(_units(out.article))[0]
    change(out.article, unit, MINTER.tool("learned-bounder"))
    return [str(r.message) for r in validate(out.combined(), label="broken").violations]


@pytest.mark.parametrize("change, says", [
    (lambda g, u, t: g.set((u, ITSRDF.taConfidence, Literal(1.4, datatype=XSD.double))), "from 0 to 1"),
    (lambda g, u, t: g.set((u, ITSRDF.taConfidence, Literal("sure"))), "from 0 to 1"),
    (lambda g, u, t: g.remove((u, ITSRDF.taConfidence, None)), "from 0 to 1"),
    (lambda g, u, t: g.set((u, ITSRDF.taAnnotatorsRef, NOBODY)), "credits exactly one tool"),
    (lambda g, u, t: g.set((u, PROV.wasAttributedTo, NOBODY)), "prov:wasAttributedTo"),
    (lambda g, u, t: g.add((u, ITSRDF.taIdentRef, MINTER.person("Ilsa Varrow"))), "names no entity"),
    (lambda g, u, t: g.remove((None, NIF.annotationUnit, u)), "exactly one mention"),
])
def test_a_wrong_decision_fails_the_shapes(change, says):
    messages = _broken(change)
    assert any(says in m for m in messages), messages


# -- published: the page and the endpoint --------------------------------------------------------

@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The invented page published in a store of its own and served by `kg serve` on loopback."""
    doc, _, _ = _doc()
    out = document_to_rdf(doc, MINTER)
    store = StoreDir(tmp_path_factory.mktemp("decisions") / "kg")
    with store.publish(finish=finisher(BASE)) as st:
        load_graph(st, out.article, str(out.graph))
        load_graph(st, out.shared, str(MINTER.shared_graph("shared")))
    srv = Server(store.path, tmp_path_factory.mktemp("decisions-logs") / "access.log")
    yield srv, doc
    srv.stop()


def test_the_article_page_marks_the_bounders_call_with_its_confidence(served):
    srv, doc = served
    page = requests.get(srv.url + "/page/" + str(MINTER.article(doc.key))[len(BASE):], timeout=30).text
    href = "/entity/organization/tarrow-valley-tenants-union-of-kelvane"
    assert (f'class="mention learned bounded" href="{href}" '
            f'title="{JOINED} (class chosen by the learned typer, 91% sure; bounds set by the learned '
            'bounder, 88% sure)"') in page
    assert page.count("mention learned bounded") == 2
    assert 'class="mention" href="/entity/person/ilsa-varrow" title="Ilsa Varrow"' in page


def test_a_decision_and_its_bounder_dereference(served):
    srv, doc = served
    sp = next(m.span for m in doc.annotations.mentions if m.entity.endswith("of-kelvane"))
    for iri, holds in ((MINTER.name_decision(doc.key, sp.begin, sp.end), "taConfidence"),
                       (MINTER.tool("learned-bounder"), "kg learned bounder")):
        r = requests.get(srv.url + "/" + str(iri)[len(BASE):], headers={"Accept": "text/turtle"},
                         timeout=30)
        assert r.status_code == 200 and r.history and r.history[0].status_code == 303
        assert holds in r.text


@pytest.mark.slow
def test_a_browser_shows_the_bounders_call_and_axe_finds_nothing_serious(served, chromium):
    srv, doc = served
    pg = chromium.new_page()
    pg.goto(srv.url + "/page/" + str(MINTER.article(doc.key))[len(BASE):])
    joined = pg.locator("a.mention.bounded").first
    assert "learned bounder, 88% sure" in joined.get_attribute("title")
    assert joined.evaluate("el => getComputedStyle(el).borderLeftStyle") == "dotted"
    assert pg.locator("a.mention:not(.bounded)").first.evaluate(
        "el => getComputedStyle(el).borderLeftStyle") == "none"
    assert not axe_violations(pg)
    pg.close()


def test_a_researcher_finds_every_joined_name_with_its_confidence_through_the_endpoint(served):
    srv, doc = served
    query = """
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name ?entity ?p ?tool WHERE {
          ?m nif:annotationUnit ?u ; nif:anchorOf ?name ; itsrdf:taIdentRef ?entity .
          ?u itsrdf:taAnnotatorsRef ?bounder ; itsrdf:taConfidence ?p .
          ?bounder rdfs:label ?tool .
        } ORDER BY ?m"""
    r = requests.get(srv.url + "/sparql", params={"query": query},
                     headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert r.status_code == 200, r.text
    rows = [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]
    assert [row["name"] for row in rows] == [JOINED, JOINED]
    assert {row["entity"] for row in rows} == {str(MINTER.entity("organization", JOINED))}
    assert {float(row["p"]) for row in rows} == {0.884}
    assert {row["tool"] for row in rows} == {"kg learned bounder"}


# -- the test of names' drops: not in the graph, in the build's report ---------------------------

def test_a_dropped_name_is_listed_by_the_build_and_is_nowhere_in_the_graph(tmp_path, monkeypatch):
    """kg build lists under each article the names the learned test of names dropped, surest
    first, with the model's probability that each is no name; the graph holds no trace of them."""
    from click.testing import CliRunner

    from kg import article_jobs
    from kg.cli import main

    real = article_jobs.annotate

    def with_drops(doc, resources=None):
        out = real(doc, resources)
        doc.annotations.rejected.update({"Better Housing": 0.962, "Pickets Today": 0.991})
        return out

    monkeypatch.setattr(article_jobs, "annotate", with_drops)  # in this process: -j 1
    page = Path(__file__).resolve().parent / "articles" / "militant-2016-03-28-v80n12-seoul-rail-strike.txt"
    r = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "s"), "-j", "1", str(page)],
                           catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert ("    dropped as no name by the learned test of names: Pickets Today (99% sure); "
            "Better Housing (96% sure)") in r.output.splitlines()
    release = StoreDir(tmp_path / "s").require_current()
    dump = b"".join(p.read_bytes() for p in release.path.rglob("*.nq"))
    assert dump and b"Pickets Today" not in dump and b"Better Housing" not in dump
