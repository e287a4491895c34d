"""Cited works and citations (kg.nlp.quotations.citations) and their RDF (CiTO, schema.org)."""

from __future__ import annotations

from pathlib import Path

import pytest
from nlp_support import annotated, article, mention, run
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg.config import CORPUS_DIR
from kg.iri import Minter
from kg.namespaces import CITO, KG, SCHEMA
from kg.rdf import document_to_rdf
from kg.rdf.claims import map_claims
from kg.rdf.entities import map_entities

BUNDLED = next(CORPUS_DIR.glob("*.txt"))
GYEAR = URIRef("http://www.w3.org/2001/XMLSchema#gYear")
MEATPACKERS = Path(__file__).parent / "articles" / "militant-2007-02-05-v71n5-meatpackers-contract.txt"


@pytest.fixture(scope="module")
def bundled():
    return annotated(BUNDLED)


def works(doc, titled=True):
    return {w.key: w for w in doc.annotations.works if w.titled == titled}


def test_reference_in_parentheses_author_title_volume_pages():
    doc = article("He wrote it. (V.I. Lenin, Collected Works, vol. 31, pp. 149-50.) Later, Lenin said more. "
                  "(LCW, vol. 31, p. 242.) (Leon Trotsky, On the Jewish Question, p. 16.)")
    mention(doc, "Lenin", "Vladimir Lenin", "person", "Q1394")
    mention(doc, "V.I. Lenin", "Vladimir Lenin", "person", "Q1394")
    run(doc)
    w = works(doc)
    lcw = w["V.I. Lenin Collected Works"]
    assert lcw.title == "Collected Works" and lcw.authors[0].key == "person/vladimir-lenin"
    assert len(lcw.spans) == 2, "the abbreviation LCW names the same work"
    cites = [(c.work, c.volume, c.pages, c.page_start, c.page_end) for c in doc.annotations.citations]
    assert ("V.I. Lenin Collected Works", "31", "149-50", 149, 150) in cites
    assert ("V.I. Lenin Collected Works", "31", "242", 242, 242) in cites
    assert ("On the Jewish Question", None, "16", 16, 16) in cites
    assert w["On the Jewish Question"].authors[0].key == "Leon Trotsky"


def test_quoted_titles_in_periodical_issues():
    doc = run(article(
        "That’s why, when we published “The Opening Guns of World War III” in New International no. 7, "
        "we included the documents (See “Communism and the Anti-Imperialist Struggle,” pp. 327-351). "
        "For more, see “Washington’s Assault on Iraq” by Jack Barnes in New International no. 7, pp. 87-90."))
    w = works(doc)
    assert (w["The Opening Guns of World War III"].periodical, w["The Opening Guns of World War III"].issue) \
        == ("New International", "7")
    comm = w["Communism and the Anti-Imperialist Struggle"]
    assert (comm.issue, comm.page_start, comm.page_end) == ("7", 327, 351)
    assault = w["Washington’s Assault on Iraq"]
    assert assault.authors[0].key == "Jack Barnes" and (assault.page_start, assault.page_end) == (87, 90)
    assert w["New International no. 7"].kind == "issue"
    intents = {c.work: c.intent for c in doc.annotations.citations}
    assert intents["Washington’s Assault on Iraq"] == "citesAsRecommendedReading"
    assert intents["Communism and the Anti-Imperialist Struggle"] == "citesAsRecommendedReading"


def test_resolutions_with_authors_and_dates():
    doc = article("For an explanation, see “Their Transformation and Ours,” a resolution adopted by the "
                  "Socialist Workers Party at its 2005 convention. It is published in New International "
                  "no. 12. The resolution, “The World Crisis of Imperialism,” was adopted at the Socialist "
                  "Workers Party’s national convention in June 2006.")
    mention(doc, "Socialist Workers Party", "Socialist Workers Party", "organization")
    run(doc)
    w = works(doc)
    ours = w["Their Transformation and Ours"]
    assert ours.kind == "resolution" and ours.year == 2005 and ours.issue == "12"
    assert ours.authors[0].key == "organization/socialist-workers-party"
    crisis = w["The World Crisis of Imperialism"]
    assert (crisis.year, crisis.date) == (2006, "2006-06")
    assert crisis.authors[0].key == "organization/socialist-workers-party"


def test_book_title_in_title_case_with_two_authors():
    doc = run(article("The reference is to the 1994 book The Bell Curve: Intelligence and Class Structure in "
                      "American Life by Richard Herrnstein and Charles Murray. The book seeks to provide a "
                      "rationalization."))
    (book,) = works(doc).values()
    assert book.title == "The Bell Curve: Intelligence and Class Structure in American Life"
    assert [a.key for a in book.authors] == ["Richard Herrnstein", "Charles Murray"]
    assert book.year == 1994 and book.kind == "book"
    assert len(book.spans) == 2, "“The book” after it is the same book"
    assert doc.annotations.citations[0].intent == "discusses"


def test_scare_quotes_and_plain_words_are_not_works():
    doc = run(article("Hezbollah’s goal is to establish an “Islamic Republic” in Lebanon. We read the "
                      "book and the papers. It was a bloody trap."))
    assert not works(doc)


def test_untitled_documents_are_candidate_sources():
    doc = article("But the objective trends, presented in our 2006 convention document, have not changed. "
                  "Lenin’s draft theses on the national question stressed the need to fight.")
    mention(doc, "Lenin", "Vladimir Lenin", "person", "Q1394")
    run(doc)
    u = works(doc, titled=False)
    assert u["our 2006 convention document"].year == 2006
    assert u["Lenin’s draft theses on the national question"].authors[0].key == "person/vladimir-lenin"


def test_test_article_works():
    doc = annotated(MEATPACKERS)
    w = works(doc)
    fight = w["Packinghouse Workers Fight Back"]
    assert (fight.periodical, fight.issue, fight.page_start, fight.page_end) == ("Labor Review", "9", 12, 30)
    towns = w["Meatpacking Towns: Work and Community in the Heartland"]
    assert towns.year == 1998
    assert [a.key for a in towns.authors] == ["person/rosa-delgado", "person/tom-fischer"]


def test_works_as_rdf(bundled):
    minter = Minter("https://example.org/kg/")
    out = document_to_rdf(bundled, minter)
    map_entities(bundled, minter, out)
    map_claims(bundled, minter, out)
    art, shared = out.article, out.shared
    bell = minter.work("The Bell Curve: Intelligence and Class Structure in American Life")
    assert (bell, RDF.type, SCHEMA.Book) in shared
    assert (bell, SCHEMA.datePublished, Literal("1994", datatype=GYEAR)) in shared
    assert (out.article_iri, CITO.cites, bell) in art and (out.article_iri, CITO.discusses, bell) in art
    lcw = minter.work("V.I. Lenin Collected Works")
    assert (out.article_iri, CITO.includesQuotationFrom, lcw) in art
    issue = minter.numbered_issue("New International", 7)
    assert (issue, RDF.type, KG.CitedIssue) in shared
    assert (issue, SCHEMA.isPartOf, minter.periodical("New International")) in shared
    guns = minter.work("The Opening Guns of World War III")
    assert (guns, SCHEMA.isPartOf, issue) in shared
    cits = set(art.subjects(RDF.type, CITO.Citation))
    assert len(cits) == len(bundled.annotations.citations)
    assert all(art.value(c, CITO.hasCitingEntity) == out.article_iri for c in cits)
    untitled = [w for w in bundled.annotations.works if not w.titled]
    assert not any((minter.local_work(bundled.key, w.title), None, None) in shared for w in untitled)


def test_titles_after_a_possessive_in_apposition_and_note_references():
    doc = article("The strikes turned the city into a union town, as Farrell Dobbs described in his book "
                  "“Teamster Rebellion.”1 In a later book, Teamster Politics, Dobbs described the Guard.",
                  notes=("Farrell Dobbs, Teamster Rebellion (New York: Pathfinder, 2004), p. 102.",))
    dobbs = mention(doc, "Farrell Dobbs", "Farrell Dobbs", "person")
    mention(doc, "Dobbs", "Farrell Dobbs", "person")
    run(doc)
    w = works(doc)
    rebellion = w["Teamster Rebellion"]
    assert rebellion.kind == "book" and rebellion.year == 2004
    assert [a.key for a in rebellion.authors] == [dobbs]
    assert w["Teamster Politics"].kind == "book"
    cites = [(c.work, c.pages, c.page_start) for c in doc.annotations.citations]
    assert ("Teamster Rebellion", "102", 102) in cites
    assert not [q for q in doc.annotations.quotations if q.kind == "term"], "a title is no scare-quoted term"


@pytest.mark.parametrize("text,note", [
    ("In a later book, which was long, he described it.",
     "Farrell Dobbs, a leader of the strikes, died in 1983."),
    ("He praised his book “a fine piece of work.”", "Farrell Dobbs, Teamster Rebellion."),
])
def test_not_titles_or_references(text, note):
    doc = article(text + "1", notes=(note,))
    mention(doc, "Farrell Dobbs", "Farrell Dobbs", "person")
    run(doc)
    assert not works(doc) and not doc.annotations.citations
