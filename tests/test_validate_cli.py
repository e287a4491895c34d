"""`kg validate`: files and stores, text and Turtle reports, exit status 1 on violations."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD
from shapes_fixture import MINTER, hand_graph

from kg.cli import main
from kg.config import CORPUS_DIR
from kg.iri import Minter
from kg.namespaces import ITSRDF, KG, SCHEMA, bind_all
from kg.pipeline import process
from kg.store.releases import StoreDir
from kg.validate_cli import reachable, split

BUNDLED = CORPUS_DIR / "militant-2006-09-04-v70n33-barnes-letter.txt"


def run(*args: str):
    return CliRunner().invoke(main, ["validate", *args])


def write(g: Graph, path: Path, fmt: str = "turtle") -> Path:
    bind_all(g)
    g.serialize(path, format=fmt)
    return path


def without_headline(g: Graph) -> Graph:
    article = next(g.subjects(RDF.type, SCHEMA.NewsArticle))
    g.remove((article, SCHEMA.headline, None))
    return g


@pytest.fixture(scope="module")
def bundled_rdf():
    return process(BUNDLED, Minter.from_config())[1]


def test_valid_file_passes(tmp_path):
    result = run(str(write(hand_graph(), tmp_path / "ok.ttl")))
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output and "0 violation(s)" in result.output


def test_violations_exit_1_with_a_readable_report(tmp_path):
    result = run(str(write(without_headline(hand_graph()), tmp_path / "bad.ttl")))
    assert result.exit_code == 1, result.output
    out = result.output
    assert "Violation: An article has exactly one schema:headline" in out
    assert "focus: <https://example.org/kg/article/v1n2/workers-rally-in-chicago>" in out
    assert "path:  schema:headline" in out
    assert "shape: kgsh:ArticleShape (sh:MinCountConstraintComponent)" in out
    assert "1 violation(s)" in out


def test_turtle_report_is_a_shacl_validation_report(tmp_path):
    result = run(str(write(without_headline(hand_graph()), tmp_path / "bad.nt", "nt")), "--format", "turtle")
    assert result.exit_code == 1
    report = Graph().parse(data=result.output, format="turtle")
    [node] = report.subjects(RDF.type, SH.ValidationReport)
    assert not report.value(node, SH.conforms).toPython()
    [res] = report.objects(node, SH.result)
    assert report.value(res, SH.resultPath) == SCHEMA.headline
    assert report.value(res, SH.resultSeverity) == SH.Violation


def test_quads_file_is_validated_per_article_graph(tmp_path, bundled_rdf):
    ds = Dataset()
    shared = MINTER.shared_graph("shared")
    for name, g in ((bundled_rdf.graph, bundled_rdf.article), (shared, bundled_rdf.shared)):
        named = ds.graph(URIRef(name))
        for t in g:
            named.add(t)
    path = tmp_path / "dump.trig"
    ds.serialize(path, format="trig")
    result = run(str(path))
    assert result.exit_code == 0, result.output
    assert f"in {bundled_rdf.graph} conforms" in result.output
    assert "2 graph(s) validated" in result.output
    # the article's issue lives in the shared graph: corrupting it there fails the article's check
    issue = next(bundled_rdf.shared.subjects(RDF.type, SCHEMA.PublicationIssue))
    ds.graph(shared).remove((issue, SCHEMA.datePublished, None))
    ds.serialize(path, format="trig")
    result = run(str(path))
    assert result.exit_code == 1
    assert "An issue has exactly one schema:datePublished" in result.output


def test_split_gives_each_article_what_it_reaches(bundled_rdf):
    units = split({"a": bundled_rdf.article, "s": bundled_rdf.shared})
    assert [u.label for u in units] == ["a", "s"]
    periodical = next(bundled_rdf.shared.subjects(RDF.type, SCHEMA.Periodical))
    assert (periodical, RDF.type, SCHEMA.Periodical) in units[0].graph  # issue -> volume -> periodical
    assert len(reachable(Graph(), bundled_rdf.shared)) == 0


def test_an_article_unit_does_not_reach_the_release_wide_counts(bundled_rdf):
    """An entity's kg:mentionCount counts every article; checked beside one article's mentions,
    the shapes' recount would call it wrong whenever another article names the entity too."""
    entity = next(bundled_rdf.article.objects(None, ITSRDF.taIdentRef))
    counts = Graph()
    counts.add((entity, KG.mentionCount, Literal(99, datatype=XSD.integer)))
    units = split({"a": bundled_rdf.article, "s": bundled_rdf.shared, "stats": counts})
    assert (entity, None, None) in units[0].graph  # the entity's description is reached
    assert (entity, KG.mentionCount, None) not in units[0].graph
    assert len(units[1].graph) == len(bundled_rdf.shared) + 1  # the counts are checked with the shared graphs


def _build_store(tmp_path: Path, *articles: Path) -> Path:
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["build", *map(str, articles or (BUNDLED,)), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return store


def test_store_is_validated_per_graph(tmp_path):
    # Two articles naming the same countries: each entity's counts are over both.
    other = Path(__file__).parent / "articles" / "militant-2015-06-01-v79n21-cuba-solidarity-conference.txt"
    store = _build_store(tmp_path, BUNDLED, other)
    result = run("--store", str(store))
    assert result.exit_code == 0, result.output
    assert "3 graph(s) validated: 0 violation(s)" in result.output


def test_store_with_a_violation_exits_1(tmp_path, bundled_rdf):
    store = _build_store(tmp_path)
    article = ox.NamedNode(str(bundled_rdf.article_iri))
    with StoreDir(store).publish() as st:
        for q in list(st.quads_for_pattern(article, ox.NamedNode(str(SCHEMA.headline)), None)):
            st.remove(q)
    del st  # close the writable store before the release is opened read-only
    result = run("--store", str(store))
    assert result.exit_code == 1, result.output
    assert "An article has exactly one schema:headline" in result.output
    assert f"focus: <{bundled_rdf.article_iri}>" in result.output


def test_empty_store_is_a_clear_error(tmp_path):
    result = run("--store", str(tmp_path / "nothing"))
    assert result.exit_code == 1
    assert "nothing is published" in result.output


def test_file_and_store_together_is_a_usage_error(tmp_path):
    path = write(hand_graph(), tmp_path / "ok.ttl")
    result = run(str(path), "--store", str(tmp_path))
    assert result.exit_code == 2 and "not both" in result.output


def test_unreadable_files_are_named(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("<a> <b> ")
    result = run(str(bad))
    assert result.exit_code == 1 and "broken.ttl" in result.output and "cannot read" in result.output
    odd = tmp_path / "data.xyz"
    odd.write_text("x")
    result = run(str(odd))
    assert result.exit_code == 1 and "data.xyz" in result.output
