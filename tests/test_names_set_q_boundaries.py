"""Where a name begins and ends on set Q's kinds (issue 10, read by category after its untuned
measure): a list of fields or trades joined by commas and "and" inside a body's name, a "!"
inside a firm's name, a surname opened by a lower-case particle, an office with its portfolio
before a person, and a slogan's opening verb glued to a name. Every sentence is made up for
these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import found, run_entities


def _labels(registry, *paragraphs, **kw) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs, **kw))


# -- 1. a list of fields or trades inside a body's name ---------------------------------------
@pytest.mark.parametrize("sentence,name", [
    # one field word before "and" and a confederation's or council's head
    ("Delegates of the Glass and Ceramic Trades Confederation voted to strike.",
     "Glass and Ceramic Trades Confederation"),
    ("The Textile and Garment Workers Council met in Dorrow.", "Textile and Garment Workers Council"),
    # fields joined by commas and "and" in a numbered local's "of" part
    ("Local 31 of the Aviation, Energy and Dockworkers Union struck the port.",
     "Local 31 of the Aviation, Energy and Dockworkers Union"),
    # a body's "<Head> of X, Y and Z" whose coordinated words are fields
    ("The Bureau of Dockers’ Health, Safety and Welfare issued a report on the deaths.",
     "Bureau of Dockers’ Health, Safety and Welfare"),
    ("The Kelvish Department of Housing, Transport and Planning approved the plan.",
     "Kelvish Department of Housing, Transport and Planning"),
])
def test_a_list_of_fields_before_or_after_the_head_is_one_name(registry, sentence, name):
    got = _labels(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got
    # no piece of it named apart; a local's union inside it may be (the union-local convention)
    assert all(k == name or k not in name or name.startswith("Local") and name.endswith(k)
               for k in got), got


@pytest.mark.parametrize("sentence,names", [
    ("Ford and General Motors workers struck.", {"Ford", "General Motors"}),
    ("Delegates from Cuba and Venezuela signed the accord.", {"Cuba", "Venezuela"}),
    ("In Congress the Democrats and Republicans voted for the bill.", {"Democrats", "Republicans"}),
    # a name of its own after the comma: no field, the list is no body's portfolio
    ("The Ministry of Health, Kelvane Foods and the Dorrow Workers Union signed the deal.",
     {"Ministry of Health", "Kelvane Foods", "Dorrow Workers Union"}),
])
def test_two_names_joined_by_and_stay_apart(registry, sentence, names):
    got = _labels(registry, sentence)
    assert names <= set(got), got


# -- 2. "!" inside a firm's name ----------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Farmworkers picketed Zing! Brands in Louisville last week.", "Zing! Brands"),
    ("The boycott of Whee! Foods, which owns the Kelvo chain, grew.", "Whee! Foods"),
    ("Workers at Zing! Brands’ restaurants walked out.", "Zing! Brands"),
])
def test_a_word_glued_to_an_exclamation_mark_before_a_firms_head_is_one_name(registry, sentence, name):
    got = _labels(registry, sentence)
    assert got.get(name, "").startswith("organization/"), got


def test_an_exclamation_opening_a_sentence_ends_it(registry):
    got = _labels(registry, "The workers cheered. Victory! Union members marched home.")
    assert not any("!" in k for k in got), got


# -- 3. a surname opened by a lower-case particle -----------------------------------------------
@pytest.mark.parametrize("full,later", [
    ("Rosalinda dela Paz, a sewing machine operator, said the bosses lied.",
     "Dela Paz said the union would win."),
    ("Teodora delos Reyes, 31, works the night shift.", "Delos Reyes said the line speed doubled."),
])
def test_a_particle_opens_the_surname_and_the_capitalised_particle_later_is_the_same_person(
        registry, full, later):
    got = found(registry, full, later)
    name, short = full.split(",")[0], " ".join(later.split()[:2])
    assert [surface for surface, _key in got] == [name, short], got
    assert {key for _surface, key in got} == {"person/" + name.lower().replace(" ", "-")}, got


# -- 4. an office with its portfolio before a person --------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Minister for Health Aoife Kelvin refused to meet the nurses.", "Aoife Kelvin"),
    ("The union wrote to Secretary for Education Arlo Venn on Monday.", "Arlo Venn"),
    ("Minister for the Environment Dana Kelvo opened the mine.", "Dana Kelvo"),
    ("Minister for Employment and Workplace Relations Dana Kelvo spoke.", "Dana Kelvo"),
])
def test_an_office_and_its_portfolio_before_a_full_name_are_a_title(registry, sentence, name):
    got = _labels(registry, sentence)
    assert got == {name: got.get(name)} and got[name].startswith("person/"), got


def test_the_office_alone_names_no_one(registry):
    assert _labels(registry, "The Minister for Health said no to the nurses.") == {}


# -- 5. a slogan's or a demand's opening verb -------------------------------------------------
def test_a_points_opening_verb_or_noun_is_no_part_of_a_name(registry):
    got = _labels(registry, "The campaign's demands are:",
                  "· End Dorrovia’s blockade of Kelvia!",
                  "· Stop Kelvane Foods from closing the plant!",
                  "· Unionize every warehouse!",
                  "· Amnesty for the jailed strikers!",
                  "- Defend Tallow Workers Union members!")
    assert "Kelvane Foods" in got and "Tallow Workers Union" in got, got
    assert not any(k.split()[0] in ("End", "Stop", "Unionize", "Amnesty", "Defend") for k in got), got


def test_a_headlines_opening_verb_is_no_part_of_a_name(registry):
    d = run_entities(registry, "Nurses at Kelvin Mercy Hospital have been on strike since May.",
            headline="Support Kelvin Mercy Hospital nurses’ fight for staffing")
    labels = {e.label for e in d.annotations.entities.values()}
    assert "Kelvin Mercy Hospital" in labels, labels
    assert not any(label.startswith("Support") for label in labels), labels


@pytest.mark.parametrize("sentence,name", [
    ("Stop & Shop workers struck on Monday.", "Stop & Shop"),
    ("Free Syrian Army fighters took the town.", "Free Syrian Army"),
])
def test_a_name_such_a_word_opens_stays_whole(registry, sentence, name):
    got = _labels(registry, sentence)
    assert name in got, got
