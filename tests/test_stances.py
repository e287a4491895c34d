"""Stances (kg.nlp.claims.stances): holder, target, polarity, evidence; positive and negative cases."""

from __future__ import annotations

import pytest
from nlp_support import annotated, article, mention, run
from rdflib.namespace import PROV, RDF

from kg.config import CORPUS_DIR
from kg.iri import Minter
from kg.namespaces import KG, NIF
from kg.rdf import document_to_rdf
from kg.rdf.claims import map_claims
from kg.rdf.entities import map_entities

BUNDLED = next(CORPUS_DIR.glob("*.txt"))


def stances(text: str, **entities: tuple[str, str]):
    doc = article(text)
    for surface, (label, kind) in entities.items():
        mention(doc, surface, label, kind)
    run(doc)
    return doc, [(s.polarity, s.holder.key if s.holder else None, s.target, s.target_span.of(doc.text))
                 for s in doc.annotations.stances]


def test_call_for_the_defeat_of():
    _, got = stances("With that as our guide, communists call for the defeat of Israel in the current war.",
                     Israel=("Israel", "country"))
    assert got == [("against", "communists", "country/israel", "Israel in the current war")]


def test_give_no_political_support_is_against_not_for():
    _, got = stances("At the same time, communists give no political support to Hezbollah.",
                     Hezbollah=("Hezbollah", "organization"))
    assert got == [("against", "communists", "organization/hezbollah", "Hezbollah")]


def test_possessive_defeat():
    _, got = stances("When Ethiopia was invaded in 1935, communists campaigned for Rome’s defeat.",
                     Rome=("Italy", "country"))
    assert got == [("against", "communists", "country/italy", "Rome")]


def test_we_are_for_is_the_writers_stance():
    _, got = stances("We are for whatever advances the working class along that line of march.")
    target = "whatever advances the working class along that line of march"
    assert got == [("for", "Mary Martin", None, target)]


def test_support_and_oppose_share_their_subject():
    _, got = stances("Workers support the Packinghouse Union and oppose the company’s plan to cut benefits.",
                     **{"Packinghouse Union": ("Packinghouse Union", "organization")})
    assert got == [("for", "Workers", "organization/packinghouse-union", "the Packinghouse Union"),
                   ("against", "Workers", None, "the company’s plan to cut benefits")]


def test_pronoun_holder():
    _, got = stances("While Washington officially declared itself neutral, they in fact supported Baghdad.",
                     Washington=("United States", "country"), Baghdad=("Iraq", "country"))
    assert got == [("for", "country/united-states", "country/iraq", "Baghdad")]


@pytest.mark.parametrize("text", [
    "The point is which side, if any, to support in a war.",
    "Supporters of women’s rights were attacked by the goons.",
    "Lenin emphasized “that we, as Communists, should and will support bourgeois liberation movements.”",
    "Israeli troops invaded the peninsula with support from British imperialism.",
    "Those methods were not defensible in pursuing the goal—a goal we supported—of defeating the army.",
    # no holder: nobody is said to hold it
    "Earlier that day, Shirvani, along with others attending the forum, had taken part in a march of 10,000 "
    "in Washington to condemn the assault on Lebanon.",
])
def test_not_a_stance(text):
    assert stances(text)[1] == []


def test_a_demand_made_of_an_agent_is_not_support_for_it():
    _, got = stances("Participants demand the U.S. government end its economic embargo against Cuba.",
                     **{"U.S.": ("United States", "country"), "Cuba": ("Cuba", "country")})
    assert got == []
    _, got = stances("Participants demand an end to the embargo against Cuba.", Cuba=("Cuba", "country"))
    assert got == [("for", "Participants", None, "an end to the embargo against Cuba")]


def test_target_entity_is_the_head_of_the_target_phrase():
    _, got = stances("Communists oppose the U.S.-backed assault on Lebanon. Communist workers in Iran gave "
                     "no political support to the capitalist government in Tehran. Workers defend the state "
                     "of Israel. We are for whatever strengthens the working class and Cuba.",
                     **{"U.S.": ("United States", "country"), "Lebanon": ("Lebanon", "country"),
                        "Iran": ("Iran", "country"), "Tehran": ("Tehran", "city"),
                        "Israel": ("Israel", "country"), "Cuba": ("Cuba", "country")})
    assert got == [
        ("against", "Communists", None, "the U.S.-backed assault on Lebanon"),
        ("against", "Communist workers in Iran", None, "the capitalist government in Tehran"),
        ("for", "Workers", "country/israel", "the state of Israel"),
        ("for", "Mary Martin", None, "whatever strengthens the working class and Cuba"),
    ]


def test_holder_from_a_numbered_point_and_not_the_target_itself():
    _, got = stances("My point was twofold: (1) that communist workers in Iran, and our world movement, gave "
                     "no political support to the regime; and (2) that the war was long.",
                     Iran=("Iran", "country"))
    assert got == [("against", "communist workers in Iran", None, "the regime")]
    _, got = stances("Israel’s rulers are preparing for war. They will defend Israel.",
                     Israel=("Israel", "country"))
    assert got == [], "a holder resolved to the target is no stance"


def test_bundled_stances_as_rdf():
    doc = annotated(BUNDLED)
    got = {(s.polarity, s.target) for s in doc.annotations.stances}
    assert ("against", "country/israel") in got
    assert ("against", "organization/hezbollah") in got
    assert ("against", "country/italy") in got and ("against", "country/japan") in got
    minter = Minter("https://example.org/kg/")
    out = document_to_rdf(doc, minter)
    map_entities(doc, minter, out)
    map_claims(doc, minter, out)
    g = out.article
    against = set(g.subjects(RDF.type, KG.OppositionStance))
    assert len(against) + len(set(g.subjects(RDF.type, KG.SupportStance))) == len(doc.annotations.stances)
    for s in against:
        assert (g.value(s, PROV.wasDerivedFrom), RDF.type, NIF.Sentence) in g
        assert g.value(s, KG.targetPhrase) is not None


def test_second_verb_of_the_same_subject_and_a_name_modifying_the_target():
    _, got = stances("The Socialist Workers Party opposes the U.S. bombing and demands the withdrawal of all "
                     "U.S. troops from the region. Workers oppose the attack on the Teamsters union.",
                     **{"Socialist Workers Party": ("Socialist Workers Party", "organization"),
                        "U.S.": ("United States", "country"), "Teamsters": ("Teamsters", "organization")})
    swp = "organization/socialist-workers-party"
    assert got == [("against", swp, None, "the U.S. bombing"),
                   ("against", swp, None, "all U.S. troops from the region"),
                   ("against", "Workers", None, "the attack on the Teamsters union")]


def test_a_cue_inside_a_target_is_no_stance_of_its_own():
    _, got = stances("Communists oppose attempts to defend the regime.")
    assert got == [("against", "Communists", None, "attempts to defend the regime")]


def test_is_for_needs_a_holder_that_can_hold_one():
    _, got = stances("The communist movement, on the other hand, is for whatever strengthens the working "
                     "class. This money is for the strike fund. The plan is for workers to pay for it.")
    assert got == [("for", "The communist movement", None, "whatever strengthens the working class")]


def test_call_for_the_release_of():
    _, got = stances("We call for the release of the Cuban Five.",
                     **{"Cuban Five": ("Cuban Five", "organization")})
    assert got == [("for", "Mary Martin", "organization/cuban-five", "the Cuban Five")]
