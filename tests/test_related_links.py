"""A related article whose headline starts with the same eight words as the article's own gets
the article's IRI: it is not linked to itself and does not give the article a second label
(the shapes allow one; a build of such a page failed before)."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDFS

from kg import resources
from kg.config import CORPUS_DIR
from kg.iri import Minter
from kg.nlp.stages import annotate
from kg.rdf import document_to_rdf
from kg.reader import read_article
from kg.validate import validate


def test_a_related_headline_that_mints_the_articles_own_iri(tmp_path) -> None:
    source = next(CORPUS_DIR.glob("*.txt"))
    first = read_article(source)
    related = first.related[1].value
    # the page's headline becomes the related headline with more words after it
    text = first.text.replace(first.headline.span.of(first.text), f"{related}: a second part", 1)
    path = tmp_path / source.name
    path.write_text(text, encoding="utf-8")
    doc = read_article(path)
    assert doc.headline.value.startswith(related) and doc.related[1].value == related
    annotate(doc, resources.default())
    out = document_to_rdf(doc, Minter.from_config())
    article = URIRef(Minter.from_config().article(out.key))
    assert len(list(out.article.objects(article, RDFS.label))) == 1
    assert (article, DCTERMS.relation, article) not in out.article
    report = validate(out.article + out.shared)
    assert not [r for r in report.results if r.severity == "Violation"], report.results
