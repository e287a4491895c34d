"""Pages the shapes refused, found when every quality set's article was built and validated
(2026-12-06): a footnote marker printed in brackets or parentheses (`him.[1]`, `Union.(2)`) is
mapped to its digits (its NIF span's `nif:anchorOf` is the number, docs/vocabulary.md); an
unidentified agent printed in two cases has one label."""

from __future__ import annotations

import pytest
from rdflib.namespace import RDF

from kg.iri import Minter
from kg.namespaces import KG, NIF
from kg.nlp import annotate
from kg.rdf import document_to_rdf
from kg.reader import parse_article
from kg.validate import validate

HEAD = "The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\nHeadline of the page\n\n"


@pytest.mark.parametrize("first,second,notes", [
    ("[1]", "[2]", "\n\n\nNotes\n[1] Ana Dorrow, Kelvo Days, p. 12.\n\n[2] Ibid., p. 40.\n"),
    ("(1)", "(2)", "\n\n\nNOTES\n1. Ana Dorrow, Kelvo Days, p. 12.\n\n2. Ibid., p. 40.\n")])
def test_a_bracketed_markers_anchor_is_its_digits_and_the_page_is_valid(first, second, notes):
    text = (HEAD + f"The mill hands founded the Kelvo Mill Union.{first} By spring it had grown to "
            f"nine locals.{second} The owners gave in.\n" + notes)
    doc = annotate(parse_article(text))
    out = document_to_rdf(doc, Minter.from_config())
    g = out.combined()
    anchors = sorted(str(a) for m in g.subjects(RDF.type, KG.FootnoteMarker)
                     for a in g.objects(m, NIF.anchorOf))
    assert anchors == ["1", "2"]
    report = validate(g, label="markers")
    assert report.conforms, [r.message for r in report.violations]


def test_one_unidentified_agent_named_in_two_cases_has_one_label():
    """"Teachers said" opening a sentence and "teachers said" inside one are one agent (one IRI,
    its slug): one label, the first printed form, and the page is valid (two labels made the
    shapes refuse a page of set CE, 2026-12-06)."""
    from rdflib import RDFS

    text = ("The Militant (logo)\nVol. 82/No. 16      April 23, 2018\n\nKelvo teachers stay out\n\n"
            "BY ANA DORROW\nKELVO, Kansas—The walkout went into its second week. “We will stay "
            "out until the schools are funded,” teachers said.\n\n"
            "Teachers said the legislature had not moved: “Nothing has changed since Monday.”\n")
    g = document_to_rdf(annotate(parse_article(text)), Minter.from_config()).combined()
    agents = {s for s in g.subjects(RDFS.label, None) if "/agent/" in str(s)}
    assert len(agents) == 1
    (agent,) = agents
    assert [str(x) for x in g.objects(agent, RDFS.label)] == ["teachers"]
    assert validate(g, label="agents").conforms
