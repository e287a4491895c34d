"""`kg build` validates every article graph, and the merged shared graph, before it publishes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import RDF, XSD

from kg.cli import main
from kg.config import CORPUS_DIR, PROJECT_ROOT
from kg.iri import Minter
from kg.namespaces import SCHEMA
from kg.pipeline import BuildError, build, process, publish
from kg.store.releases import StoreDir
from kg.validate import shapes_graph

ARTICLES = PROJECT_ROOT / "tests" / "articles"
REPORT = ARTICLES / "militant-2016-03-28-v80n12-seoul-rail-strike.txt"
EDITORIAL = ARTICLES / "militant-2008-10-13-v72n39-editorial-bailout.txt"

# A stricter profile: every article must have a dateline (the bundled letter has none).
DATELINE_REQUIRED = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix schema: <http://schema.org/> .
<urn:test:DatelineShape> a sh:NodeShape ; sh:targetClass schema:NewsArticle ;
  sh:property [ sh:path schema:dateline ; sh:minCount 1 ; sh:message "An article has a dateline." ] .
"""


@pytest.fixture
def published(tmp_path) -> Path:
    store = tmp_path / "store"
    first = CliRunner().invoke(main, ["build", str(CORPUS_DIR), "--store", str(store)])
    assert first.exit_code == 0, first.output
    return store


def test_build_refuses_an_article_graph_with_violations(published):
    before = StoreDir(published).require_current()
    shapes = shapes_graph() + Graph().parse(data=DATELINE_REQUIRED, format="turtle")
    minter = Minter.from_config()
    with pytest.raises(BuildError) as info:
        build([CORPUS_DIR, REPORT], StoreDir(published), minter, shapes=shapes)
    message = str(info.value)
    assert "nothing published" in message and "An article has a dateline." in message
    assert "barnes-letter.txt" in message and "seoul-rail-strike" not in message
    assert StoreDir(published).require_current().path == before.path


def test_build_refuses_a_shared_graph_that_breaks_the_shapes(published):
    """Two articles each valid alone, but together giving one issue two dates. (Two printed
    forms of one entity's label are no longer such a pair: the publish keeps one label,
    kg.shared_labels, tests/test_archive_merge.py.)"""
    minter = Minter.from_config()
    before = StoreDir(published).require_current()
    _, report = process(REPORT, minter)
    _, editorial = process(EDITORIAL, minter)
    issue = report.shared.value(predicate=RDF.type, object=SCHEMA.PublicationIssue)
    assert issue is not None and (issue, SCHEMA.datePublished, None) in report.shared
    editorial.shared.add((issue, SCHEMA.datePublished, Literal("2016-04-04", datatype=XSD.date)))
    with pytest.raises(BuildError) as info:
        publish(StoreDir(published), [report, editorial], minter)
    assert "shared graph" in str(info.value) and "datePublished" in str(info.value)
    assert StoreDir(published).require_current().path == before.path


def test_an_unsigned_piece_is_written_by_the_paper(tmp_path):
    store = tmp_path / "store"
    r = CliRunner().invoke(main, ["build", str(EDITORIAL), "--store", str(store)])
    assert r.exit_code == 0, r.output
    q = ("PREFIX schema: <http://schema.org/> SELECT ?name WHERE { ?a a schema:NewsArticle ; "
         "schema:author ?o . ?o a schema:NewsMediaOrganization ; schema:name ?name . "
         "?c a schema:Claim ; schema:author ?o }")
    rows = list(StoreDir(store).snapshot().query(q, use_default_graph_as_union=True))
    assert {row["name"].value for row in rows} == {"The Militant"}
