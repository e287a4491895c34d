"""Bodies of a state named without their state (issue 10, branch iri2): "the Senate" of a page
datelined in Chile is Chile's Senate, not the US Senate nor one archive-wide "Senate"
(kg.nlp.entities.bodies, kg/data/nlp/scopes.toml [bodies], kg.nlp.entities.registry.countries).
Its IRI lies under the country's, `kg:nameScope` is the country, no `owl:sameAs`; where the
registry holds the body ("Congress" of the United States) the mentions are the registry's entity.
Mentions, labels and kinds stay as they were: identity, not typing.

Every article and sentence here is invented; the countries are real (their bodies are the point).
"""

from __future__ import annotations

import pytest
from nlp_support import names_article
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.annotations import Entity
from kg.iri import Minter
from kg.namespaces import KG, SCHEMA, WD
from kg.nlp import annotate
from kg.nlp.cuedata import load
from kg.nlp.entities.bodies import body_name
from kg.nlp.entities.registry.countries import adjective_country, dateline_country
from kg.pipeline import build
from kg.rdf import document_to_rdf
from kg.rdf.entities import entity_iri
from kg.reader import parse_article
from kg.store import StoreDir, open_store
from kg.validate import validate

MINTER = Minter.from_config()
CHILE, BOLIVIA, USA = "country/chile", "country/bolivia", "country/united-states"


def doc_of(*paragraphs: str, dateline: str = "", number: int = 5, headline: str = "Pension cuts"):
    return annotate(names_article(*paragraphs, dateline=dateline, headline=headline,
                                  issue=f"Vol. 71/No. {number}           February {number}, 2007"))


def bodies_of(doc, label: str) -> list[Entity]:
    """The entities labelled `label` that some mention points to."""
    keys = {m.entity for m in doc.annotations.mentions}
    return [e for k, e in doc.annotations.entities.items() if e.label == label and k in keys]


def the(doc, label: str) -> Entity:
    found = bodies_of(doc, label)
    assert len(found) == 1, found
    return found[0]


def rdf_of(doc) -> Graph:
    out = document_to_rdf(doc, MINTER)
    return out.article + out.shared


# -- (c) the dateline: a foreign one, a US one ------------------------------------------------------


def test_a_foreign_datelines_country_owns_a_bare_senate():
    doc = doc_of("Retired miners marched on Tuesday while the Senate debated the pension law.",
                 dateline="ARRETA, Chile—")
    senate = the(doc, "Senate")
    assert (senate.kind, senate.bound, senate.owner) == ("organization", "body of a state", CHILE)
    iri = entity_iri(MINTER, senate, doc.key)
    assert iri == MINTER.owned_entity(CHILE, "organization", "Senate")
    assert str(iri).endswith("/entity/country/chile/organization/senate")
    g = rdf_of(doc)
    assert (iri, KG.nameScope, MINTER.entity("country", "Chile")) in g
    assert (iri, RDF.type, SCHEMA.Organization) in g
    assert not list(g.triples((iri, OWL.sameAs, None)))
    assert validate(g, label="bodies").conforms


def test_a_us_dateline_gives_the_united_states_even_unmentioned():
    """The page names Ohio, never the United States: the scope is still the country's IRI."""
    doc = doc_of("Sailors' families wrote to the Navy about the cuts.", dateline="DORREL, Ohio—")
    navy = the(doc, "Navy")
    assert navy.owner == USA and USA not in doc.annotations.entities
    g = rdf_of(doc)
    iri = MINTER.owned_entity(USA, "organization", "Navy")
    assert (iri, KG.nameScope, MINTER.entity("country", "United States")) in g
    assert validate(g, label="bodies").conforms


def test_a_bodys_printed_forms_give_its_node_one_label_the_bodys_name():
    """"the U.S. Navy" and a bare "the Navy" on one page are two entities of one node: its one
    label is the body's name, the same on every page, each printed form an altLabel (two labels
    made the shapes refuse the page)."""
    doc = doc_of("The U.S. Navy shelled the island again on Monday.",
                 "Fishermen said the Navy had closed the bay to their boats.",
                 dateline="DORREL, Ohio—")
    iri = MINTER.owned_entity(USA, "organization", "Navy")
    g = rdf_of(doc)
    assert list(g.objects(iri, RDFS.label)) == [Literal("Navy")]
    assert (iri, SKOS.altLabel, Literal("U.S. Navy")) in g
    assert validate(g, label="bodies").conforms


# -- (3) the registry's own body ------------------------------------------------------------------


def test_the_us_congress_of_a_us_dateline_is_the_registry_entity():
    doc = doc_of("Miners asked Congress to act on black lung before the vote.",
                 dateline="DORREL, Ohio—")
    congress = doc.annotations.entities["organization/united-states-congress"]
    assert congress.known and congress.wikidata == "Q11268" and "Congress" in congress.aliases
    assert [doc.text[m.span.begin:m.span.end] for m in doc.annotations.mentions
            if m.entity == congress.key] == ["Congress"]
    assert "organization/congress" not in doc.annotations.entities
    g = rdf_of(doc)
    assert (MINTER.entity("organization", "United States Congress"), OWL.sameAs, WD.Q11268) in g
    assert validate(g, label="bodies").conforms


def test_every_registry_row_names_a_registry_entity_and_a_declared_body(registry):
    rows = load("scopes")["bodies"]["registry"]
    assert rows
    for row in rows:
        assert registry.get(row["key"]) is not None, row
        assert body_name(Entity("organization/x", row["body"], "organization", known=False),
                         registry) is not None, row


# -- (a) a country named beside a mention, (b) an adjective -------------------------------------


def test_a_possessive_country_owns_the_body_and_its_bare_mentions():
    doc = doc_of("Ecuador’s National Assembly passed the mining code. Unions say the National "
                 "Assembly ignored them.")
    assembly = the(doc, "National Assembly")
    assert assembly.owner == "country/ecuador"
    assert len([m for m in doc.annotations.mentions if m.entity == assembly.key]) == 2


def test_an_adjective_in_the_name_and_a_possessive_elsewhere_are_one_node():
    one = doc_of("Teachers rallied as the Bolivian Senate met in closed session.")
    two = doc_of("Bolivia’s Senate rejected the teachers’ demands.", number=6)
    adj = the(one, "Bolivian Senate")
    assert (adj.owner, adj.bound_name) == (BOLIVIA, "Senate")
    assert entity_iri(MINTER, adj, one.key) == entity_iri(MINTER, the(two, "Senate"), two.key) \
        == MINTER.owned_entity(BOLIVIA, "organization", "Senate")


def test_a_named_country_beats_the_dateline():
    doc = doc_of("Chile’s Senate and the Bolivian Senate met the same week.",
                 dateline="MACON, Georgia—")
    assert {e.owner for e in bodies_of(doc, "Senate")} == {CHILE}
    assert the(doc, "Bolivian Senate").owner == BOLIVIA


def test_no_evidence_leaves_the_body_to_its_article():
    doc = doc_of("The Ministry of Labor promised inspectors to the port.")
    ministry = the(doc, "Ministry of Labor")
    assert (ministry.bound, ministry.owner) == ("body of a state", None)
    iri = entity_iri(MINTER, ministry, doc.key)
    assert str(iri).startswith(str(MINTER.article(doc.key)) + "/entity/organization/")
    out = document_to_rdf(doc, MINTER)
    assert (iri, KG.nameScope, MINTER.article(doc.key)) in out.article
    assert not list(out.shared.triples((iri, None, None)))


def test_a_home_dateline_gives_no_body_its_country_lacks():
    """A page datelined in a US town on another land's ministry: the United States has none."""
    doc = doc_of("Speakers at the forum said the Ministry of Labor jailed union leaders.",
                 dateline="DORREL, Ohio—")
    assert the(doc, "Ministry of Labor").owner is None
    doc = doc_of("Speakers said the Ministry of Labor of Peru jailed union leaders.",
                 dateline="DORREL, Ohio—")
    assert {e.owner for e in doc.annotations.entities.values() if e.bound} == {"country/peru"}


def test_a_state_senate_is_no_countrys_and_takes_its_bare_mentions_along():
    doc = doc_of("The state Senate voted 20 to 14. Nurses say the Senate broke its word.",
                 dateline="DORREL, Ohio—")
    senate = the(doc, "Senate")
    assert senate.owner is None
    assert "organization/united-states-senate" not in doc.annotations.entities


def test_a_nation_inside_a_state_and_other_words_around_a_body_are_not_bound(registry):
    def read(label: str):
        return body_name(Entity("organization/x", label, "organization", known=False), registry)

    assert read("Catalan Parliament") is None
    assert read("Dorrel Valley National Assembly") is None
    assert read("Senate of Chile") == read("Chilean Senate") == read("Chile Senate")
    assert read("Senate of Chile").owner == CHILE
    assert read("Interior Ministry").body == "Interior Ministry"
    assert read("National Police").owner is None and read("National Police").body == "National Police"
    assert read("Ministry of Labor and Social Security").owner is None
    assert body_name(Entity("organization/senate", "Senate", "organization", known=True), registry) is None
    assert body_name(Entity("place/senate", "Senate", "place", known=False), registry) is None


# -- items: each its own dateline ------------------------------------------------------------------

_YEARS_AGO = """The Militant (logo)
   Vol. 72/No. 9           March 3, 2008


25, 50 and 75 years ago

March 4, 1983
ARRETA, Chile—Copper miners marched as the Senate met to vote on the wage freeze.

March 3, 1958
DORREL, Ohio—Steelworkers asked the Senate to extend jobless pay.

February 28, 1933
Relief marchers demanded that the Senate act.
"""


def test_each_item_of_a_page_takes_its_own_datelines_country():
    doc = annotate(parse_article(_YEARS_AGO, "<test>"))
    owners = {e.owner: e for e in bodies_of(doc, "Senate")}
    assert set(owners) == {CHILE, None}  # the third item has no dateline: the article's
    us = doc.annotations.entities["organization/united-states-senate"]
    assert "Senate" in us.aliases
    by_item = {}
    for m in doc.annotations.mentions:
        if doc.text[m.span.begin:m.span.end] == "Senate":
            item = next(i.position for i in doc.items if i.span.begin <= m.span.begin < i.span.end)
            by_item[item] = doc.annotations.entities[m.entity].owner or m.entity
    assert by_item == {1: CHILE, 2: "organization/united-states-senate", 3: owners[None].key}
    assert validate(rdf_of(doc), label="items").conforms


# -- countries: datelines and adjectives ----------------------------------------------------------


@pytest.mark.parametrize(("dateline", "country"), [
    ("ARRETA, Chile", CHILE),
    ("DORREL, Ohio", USA),
    ("DORREL, Calif.", USA),  # a state's abbreviation, a registry alias
    ("MACON, Georgia", USA),  # a US state and a country: the town settles it
    ("LEEDS, England", "country/united-kingdom"),  # a nation inside a state: the town's country
    ("HAVANA", "country/cuba"),  # a town alone: the largest town so named
    ("NEW YORK", USA),
    ("ARRETA", None),
    ("CAGUAS, Puerto Rico", None),  # a registry place, no country, though GeoNames lists it so
])
def test_a_datelines_country(registry, dateline, country):
    assert dateline_country(dateline, registry) == country


@pytest.mark.parametrize(("word", "country"), [
    ("Bolivian", BOLIVIA), ("Austrian", "country/austria"), ("Australian", "country/australia"),
    ("British", "country/united-kingdom"), ("Democratic", None), ("Korean", None),
])
def test_an_adjectives_country(registry, word, country):
    assert adjective_country(word, registry) == country


# -- the shapes ------------------------------------------------------------------------------------


def test_the_shapes_refuse_a_bound_iri_outside_its_scope():
    doc = doc_of("Retired miners marched while the Senate debated.", dateline="ARRETA, Chile—")
    g = rdf_of(doc)
    iri = MINTER.owned_entity(CHILE, "organization", "Senate")
    g.remove((iri, KG.nameScope, None))
    g.add((iri, KG.nameScope, MINTER.entity("country", "Bolivia")))
    report = validate(g, label="bodies")
    assert not report.conforms
    assert any("not minted under that scope" in r.message for r in report.results)


# -- built together: two articles share Chile's Senate, not Bolivia's ------------------------------


def _page(number: int, headline: str, dateline: str, text: str) -> str:
    return "\n".join(["The Militant (logo)", f"   Vol. 71/No. {number}           February {number}, 2007",
                      "", "", headline, "(news article)", "", "BY MARY MARTIN", "",
                      dateline + text, ""]) + "\n"


def test_two_articles_share_one_countrys_body_and_not_anothers(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    pages = {"one.txt": _page(5, "Pension march", "ARRETA, Chile—",
                              "Retired miners marched while the Senate debated the law."),
             "two.txt": _page(6, "Senate vote", "", "Chile’s Senate passed the law on Friday."),
             "three.txt": _page(7, "Teachers rally", "",
                                "Teachers rallied as the Bolivian Senate met.")}
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = StoreDir(tmp_path / "store")
    build([folder], store, MINTER)  # every article passes the shapes before it is published
    rows = open_store(store.path).snapshot().query(
        f"SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{SCHEMA.NewsArticle}> ; "
        f"<{SCHEMA.mentions}> ?e . ?e <{KG.nameScope}> ?c }} GROUP BY ?e",
        use_default_graph_as_union=True)
    found = {r["e"].value: int(r["n"].value) for r in rows}
    assert found == {str(MINTER.owned_entity(CHILE, "organization", "Senate")): 2,
                     str(MINTER.owned_entity(BOLIVIA, "organization", "Senate")): 1}
    assert not any(e.endswith("/entity/organization/senate") for e in found)


def test_a_bodys_copies_keep_the_learned_typers_credit():
    """A body bound to two countries is copied per country (kg.nlp.entities.bodies); where the
    learned typer chose its class, every copy keeps the credit (doc.annotations.typed, and the
    bounder's doc.annotations.bounded), and a body handed to the registry's entity loses it (the
    registry's class is curated)."""
    doc = annotate(parse_article(_YEARS_AGO, "<test>"), only=("sentences", "entities", "types", "scopes"))
    key = next(k for k, e in doc.annotations.entities.items() if e.label == "Senate")
    doc.annotations.typed[key] = 0.8
    doc.annotations.bounded[key] = 0.7  # and the learned bounder's join, the same way
    annotate(doc, only=("bodies",))
    senates = {m.entity for m in doc.annotations.mentions if doc.text[m.span.begin:m.span.end] == "Senate"}
    local = {k for k in senates if not doc.annotations.entities[k].known}
    assert len(local) == 2 and all(doc.annotations.typed[k] == 0.8 for k in local)
    assert set(doc.annotations.typed) == local
    assert doc.annotations.bounded == dict.fromkeys(local, 0.7)
