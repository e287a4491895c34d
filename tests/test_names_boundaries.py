"""Where a new name begins and ends (issue 10 §3, "no junk"): a plural's possessive ends a name,
an organisation "of" a registry organisation is two names, a government body "of" two fields
joined by "and" is one, and "Saint" opens a name instead of titling a person. Every sentence is
made up for these tests."""

from __future__ import annotations

import pytest
from nlp_support import found
from nlp_support import run_entities as run


def test_a_plurals_possessive_ends_the_name(registry):
    hits = found(registry, "Workers at Kelvane Motors’ Ridgeback Hollow Valley plant walked out.")
    assert ("Kelvane Motors", "organization/kelvane-motors") in hits
    assert ("Ridgeback Hollow Valley", "place/ridgeback-hollow-valley") in hits
    assert not any("’" in s for s, _k in hits)


def test_a_plurals_possessive_before_a_head_or_of_a_name_noun_stays_inside(registry):
    hits = found(registry, "The Dorrow Nurses’ Association and the Tessaro Farmers’ Cooperative "
                           "backed the Transport Workers’ Union.")
    assert [s for s, _k in hits] == ["Dorrow Nurses’ Association", "Tessaro Farmers’ Cooperative",
                                     "Transport Workers’ Union"]


def test_an_organisation_of_a_registry_organisation_is_two_names(registry):
    hits = found(registry, "In 1952 the Amalgamated Brickmakers of the CIO struck for six weeks.")
    assert hits == [("Amalgamated Brickmakers", "thing/amalgamated-brickmakers"),
                    ("CIO", "organization/congress-of-industrial-organizations")]
    # a registry union named whole before its affiliation keeps its own entry
    hits = found(registry, "Members of the United Steelworkers of the CIO walked out.")
    assert [k for _s, k in hits] == ["organization/united-steelworkers",
                                     "organization/congress-of-industrial-organizations"]


def test_a_numbered_unit_of_a_registry_union_stays_one_name(registry):
    hits = found(registry, "Members of Local 88 of the Teamsters picketed.")
    assert ("Local 88 of the Teamsters", "organization/local-88-of-the-teamsters") in hits


@pytest.mark.parametrize("sentence,name", [
    ("Officials of the Ministry of Finance and Economy spoke to reporters.",
     "Ministry of Finance and Economy"),
    ("The Department of Labor and Industry fined the company.", "Department of Labor and Industry"),
    ("A Ministry of Labor and Social Security official came.", "Ministry of Labor and Social Security"),
    # one word the article writes in lower case too is a field, not a name
    ("The Ministry of Mines and Quarrying said quarrying would resume.", "Ministry of Mines and Quarrying"),
])
def test_a_government_body_of_two_fields_is_one_name(registry, sentence, name):
    hits = found(registry, sentence)
    assert hits == [(name, f"organization/{name.lower().replace(' ', '-')}")]


def test_a_name_after_a_bodys_of_part_and_and_stays_apart(registry):
    hits = found(registry, "The Ministry of Health and Kelvane Foods signed a deal. The Ministry of "
                           "Finance and Marisol Ortega met.")
    assert [s for s, _k in hits] == ["Ministry of Health", "Kelvane Foods", "Ministry of Finance",
                                     "Marisol Ortega"]


def test_saint_opens_a_name_and_a_heading_may_shorten_a_name_given_below(registry):
    d = run(registry, "Nurses at Saint Kelvin Hospital in Dorrow struck. Saint Augustine was quoted.",
            headline="Saint Kelvin nurses stay out")
    hits = [(m.span.of(d.text), m.entity) for m in d.annotations.mentions]
    assert ("Saint Kelvin", "hospital/saint-kelvin-hospital") in hits  # the headline's short form
    assert ("Saint Kelvin Hospital", "hospital/saint-kelvin-hospital") in hits
    assert "Saint Augustine" in [s for s, _k in hits]  # whole: no title before "Augustine"
    assert not any(s in ("Kelvin", "Augustine") for s, _k in hits)


def test_in_and_a_field_after_an_organisations_name_go_on_naming_it(registry):
    hits = found(registry, "Members of the Guild of Technical Staff in Aerospace voted. The Dorrow Workers "
                           "Union in Kelvane and the Teamsters Union in Chicago struck.")
    assert [s for s, _k in hits] == ["Guild of Technical Staff in Aerospace", "Dorrow Workers Union",
                                     "Kelvane", "Teamsters Union", "Chicago"]


def test_a_firms_name_before_its_workers_is_the_firm(registry):
    d = run(registry, "The Boeing Machinists voted. Amazon Workers United met.",
            headline="Boeing Machinists walk out")
    hits = [(m.span.of(d.text), m.entity) for m in d.annotations.mentions]
    assert hits.count(("Boeing", "organization/boeing")) == 2
    assert not any(s.startswith("Boeing ") for s, _k in hits)
    assert ("Amazon Workers United", "organization/amazon-workers-united") in hits  # a capital follows


def test_a_countrys_abbreviation_before_a_word_that_is_no_name_begins_a_firms_name(registry):
    hits = found(registry, "She worked at U.S. Gravel for years before U.S. Marines landed.")
    assert hits[0] == ("U.S. Gravel", "organization/u-s-gravel")
    assert ("U.S. Marines", "organization/u-s-marines") in hits  # a head word, as before
    # a word the article writes in lower case, a title or a given name is no part of it
    hits = found(registry, "The U.S. Attorney said the attorney was right. U.S. President Obama and the "
                           "U.S. Maria Lopez met.")
    assert [s for s, _k in hits].count("U.S.") == 3
    assert not any(s.startswith("U.S. ") for s, _k in hits)


def test_a_title_alone_is_no_name(registry):
    hits = found(registry, "The Prime Minister said no. The Attorney General agreed with Prime Minister "
                           "Theresa May and the Secretary of State.")
    assert [s for s, _k in hits] == ["Theresa May"]


def test_of_goes_on_after_a_common_noun_capitalised_mid_sentence(registry):
    hits = found(registry, "They marched from Back of the Mills, where the back streets flood, to the plant.")
    assert [s for s, _k in hits] == ["Back of the Mills"]
    # a role, or a word never written in lower case, is no part of the name after it
    hits = found(registry, "He met the Director of Kelvane Foods, the director said. Jonathan Silberman "
                           "of Pathfinder Books spoke.")
    assert [s for s, _k in hits] == ["Kelvane Foods", "Jonathan Silberman", "Pathfinder Books"]


def test_a_campaigns_purpose_goes_on_over_in_the_and_a_place(registry):
    hits = found(registry, "The Committee Against Intervention in the Middle East met. The Coalition Against "
                           "War in the Dorrow Valley marched. The Dorrow Workers Union in the United States "
                           "and the Coalition Against Hunger in Chicago spoke.")
    assert hits == [
        ("Committee Against Intervention in the Middle East",
         "organization/committee-against-intervention-in-the-middle-east"),
        ("Coalition Against War in the Dorrow Valley",
         "organization/coalition-against-war-in-the-dorrow-valley"),
        ("Dorrow Workers Union", "organization/dorrow-workers-union"),
        ("United States", "country/united-states"),
        ("Coalition Against Hunger", "organization/coalition-against-hunger"), ("Chicago", "city/chicago")]


def test_a_role_noun_opening_a_sentence_is_no_part_of_the_name_after_it(registry):
    hits = found(registry, "Retiree Maria Ortiz said the plant was unsafe. Striker Tom Baker agreed, like "
                           "every striker. Rosa Maria Ortiz spoke. Thandiwe Maria Nkosi spoke.")
    assert [s for s, _k in hits] == ["Maria Ortiz", "Tom Baker", "Rosa Maria Ortiz", "Thandiwe Maria Nkosi"]
    assert hits[0][1] == "person/maria-ortiz" and hits[1][1] == "person/tom-baker"


def test_a_registry_name_before_a_persons_full_name_stands_alone(registry):
    hits = found(registry, "Speaking to the Militant Jane Doe said no. The Teamsters Chris Silvera spoke.")
    assert [k for _s, k in hits] == ["periodical/the-militant", "person/jane-doe",
                                     "organization/international-brotherhood-of-teamsters",
                                     "person/chris-silvera"]


def test_a_compass_word_after_a_countrys_abbreviation_is_no_firm(registry):
    hits = found(registry, "Across the U.S. South farmers lost land.")
    assert not any(s.startswith("U.S. ") for s, _k in hits)


def test_a_persons_full_name_after_a_head_word_is_another_name(registry):
    hits = found(registry, "At the Dorrow Labor Council Jane Doe spoke. Kelvane Foods Maria Ortiz said no. "
                           "On Harvest Day Ana Ruiz’ book came out. The Camp David Accords were signed.")
    assert [s for s, _k in hits] == ["Dorrow Labor Council", "Jane Doe", "Kelvane Foods", "Maria Ortiz",
                                     "Harvest Day", "Ana Ruiz", "Camp David Accords"]


def test_a_month_after_a_connector_is_a_date_not_part_of_the_name(registry):
    hits = found(registry, "We chose the Dorrow Books of the Month for June and the Harvest Festival of May "
                           "2004. The Committee for May Day met at the Temple of the Sun.")
    assert [s for s, _k in hits] == ["Dorrow Books of the Month", "Harvest Festival", "Committee for May Day",
                                     "Temple of the Sun"]


@pytest.mark.parametrize("sentence,name", [
    # pages to 2002 set dashes as two hyphens, glued to the words on both sides
    ("“We stay out,” said Dale Verrity--a pipefitter for 20 years--at the gate.", "Dale Verrity"),
    ("One pipefitter--Dale Verrity--spoke at the rally.", "Dale Verrity"),
])
def test_two_hyphens_are_a_dash_that_ends_a_name(registry, sentence, name):
    hits = found(registry, sentence)
    assert [s for s, _k in hits] == [name]


def test_one_hyphen_still_joins_a_name(registry):
    hits = found(registry, "Workers at Brannoch-Pell Foods met Hye-jin Chung.")
    assert {s for s, _k in hits} == {"Brannoch-Pell Foods", "Hye-jin Chung"}
