"""Set R's kinds of names (issue 10; branch ent27): people a role or a government says, a person
called by a part of the full name, firms named like people or places, places named like bodies,
a school by a word of its name. Every sentence is made up for these tests in the shapes of the
paper's pages (strike reports from Japan, Kenya, Brazil and Turkey, farm letters, anniversaries);
no name of a held-out set is used. Bodies, towns and people are invented unless a registry row or
a gazetteer is being tested."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found, surfaces

# One row a case: a made-up sentence, then what the entities stage must say of each name (a
# kind, a registry key, Not(kind), or None: not named; nlp_support.check_names).
CASES = [
    # -- 1. people: a role before the name, a government of ----------------------------------
    # given names no list holds: only the role in apposition says a person
    pytest.param("A striker, Tatsuro Tanaboro, was fired on Monday.", {"Tatsuro Tanaboro": "person"},
                 id="role-in-apposition-striker"),
    pytest.param("One picketer, Wambui Tallamo, carried a sign.", {"Wambui Tallamo": "person"},
                 id="role-in-apposition-picketer"),
    pytest.param("The union’s president, Kiprono Dorrimoto, opposed the deal.",
                 {"Kiprono Dorrimoto": "person"}, id="role-in-apposition-president"),
    pytest.param("We met a longtime miner, Chepkoech Dorrusoy.", {"Chepkoech Dorrusoy": "person"},
                 id="role-in-apposition-miner"),
    pytest.param("Its owner, Kelvo Holdings, refused to bargain.", {"Kelvo Holdings": "organization"},
                 id="role-before-a-body-makes-no-person"),
    # the apposition does not close after the name: no role of the name's
    pytest.param("The company fired a striker, Dorrow Tallis and Kelvo then struck.",
                 {"Dorrow Tallis": Not("person")}, id="open-apposition-makes-no-person"),
    pytest.param("The new government of Hayate Ikemuro raised taxes.", {"Hayate Ikemuro": "person"},
                 id="government-of-a-name-is-its-head"),
    pytest.param("Protests brought down the cabinet of Yoshihide Dorrida in 1960.",
                 {"Yoshihide Dorrida": "person"}, id="cabinet-of-a-name-is-its-head"),
    pytest.param("The government of South Korea raised taxes.", {"South Korea": "country/south-korea"},
                 id="government-of-a-country-stays-the-country"),
    pytest.param("The government of Kelvo Province raised taxes.", {"Kelvo Province": Not("person")},
                 id="government-of-a-place-stays-the-place"),
    # -- 2. firms named like people or places --------------------------------------------------
    pytest.param("Prices paid by ConAgra and Archer Dorrow Tallamy will fall.",
                 {"ConAgra": "organization", "Archer Dorrow Tallamy": "organization"},
                 id="firm-named-for-its-founders-listed-with-a-firm"),
    # a middle given name or an initial: a person's shape; two words: a person's shape too
    pytest.param("Prices paid by ConAgra and Mary Ann Dorrow will fall.", {"Mary Ann Dorrow": "person"},
                 id="person-listed-with-a-firm-middle-name"),
    pytest.param("Prices paid by ConAgra and Jane F. Dorrow will fall.", {"Jane F. Dorrow": "person"},
                 id="person-listed-with-a-firm-initial"),
    pytest.param("Prices paid by ConAgra and Jane Dorrow will fall.", {"Jane Dorrow": "person"},
                 id="person-listed-with-a-firm-two-words"),
    # a firm's legal form or product is its head
    pytest.param("Kelmar AG said it would close the plant.", {"Kelmar AG": "organization"},
                 id="legal-form-ag-no-person-by-the-speech-verb"),
    pytest.param("Dorvane SA said it would close the mill.", {"Dorvane SA": "organization"},
                 id="legal-form-sa"),
    pytest.param("Kelvo Tallis NV said it would close the mill.", {"Kelvo Tallis NV": "organization"},
                 id="legal-form-nv"),
    pytest.param("Shares of Dorrow Tallis plc fell.", {"Dorrow Tallis plc": "organization"},
                 id="legal-form-plc"),
    pytest.param("Kelmar Holding owns the plant.", {"Kelmar Holding": "organization"},
                 id="legal-form-holding"),
    pytest.param("She sewed shirts at the Lakemoor Sportswear shop.", {"Lakemoor Sportswear": "organization"},
                 id="product-sportswear"),
    pytest.param("Pickets gathered at the Dorrow Footwear shop.", {"Dorrow Footwear": "organization"},
                 id="product-footwear-no-place-by-at-the"),
    pytest.param("Workers at Dorrow Fruit and Kelvo Plastics struck.",
                 {"Dorrow Fruit": "organization", "Kelvo Plastics": "organization"},
                 id="product-heads-of-two-firms"),
    # a firm's noun with its trade or country beats a given name
    pytest.param("Workers at the Swedish company Morgan Tallis struck on Monday.",
                 {"Morgan Tallis": "organization"}, id="firms-noun-with-its-country-after-at"),
    pytest.param("The Swedish company Morgan Tallis said it would close.", {"Morgan Tallis": "organization"},
                 id="firms-noun-with-its-country-opening"),
    pytest.param("The company Maria Ortiz founded is small.", {"Maria Ortiz": "person"},
                 id="firms-noun-alone-before-a-given-name-leaves-the-person"),
    pytest.param("The striking union Maria Ortiz leads won.", {"Maria Ortiz": "person"},
                 id="a-body-a-person-leads-is-no-firms-noun"),
    # an apposition that names what a firm makes or forms
    pytest.param("Tessaro, the world’s second-largest maker of tractors, laid off 4,000 workers.",
                 {"Tessaro": "organization"}, id="apposition-maker-of"),
    # a weak place elsewhere ("at Tessaro") gives way to the apposition
    pytest.param("Pickets gathered at Tessaro. Tessaro, the world’s second-largest maker of tractors, "
                 "hired scabs.", {"Tessaro": "organization"}, id="apposition-maker-of-beats-a-weak-place"),
    pytest.param("In Dorrow, Kelvane, Brazil’s biggest exporter of pulp, cut jobs.",
                 {"Kelvane": "organization"}, id="apposition-exporter-of"),
    pytest.param("Dorvani, a joint venture of Tallova and Kelmar Holding, hired workers.",
                 {"Dorvani": "organization"}, id="apposition-joint-venture"),
    pytest.param("Dorvani, a joint venture of Tallova and Kelmar Holding, hired workers.",
                 {"Tallova": "organization"}, id="apposition-joint-venture-partner"),
    pytest.param("Maria Ortiz, a sausage maker, said the line was too fast.", {"Maria Ortiz": "person"},
                 id="persons-trade-in-apposition-makes-no-firm"),
    # firms that compete are firms; countries and people keep their kinds
    pytest.param("Embravo, which competes with Dorrowjet of Sweden, laid off workers.",
                 {"Embravo": "organization"}, id="competes-with-subject"),
    pytest.param("Embravo, which competes with Dorrowjet of Sweden, laid off workers.",
                 {"Dorrowjet": "organization"}, id="competes-with-object"),
    pytest.param("Layoffs at Embravo began. Embravo competes with Dorrowjet.", {"Embravo": "organization"},
                 id="competes-with-after-at"),
    pytest.param("Workers in Chile compete with Kelvin Dorrow for jobs.",
                 {"Chile": "country/chile", "Kelvin Dorrow": Not("organization")},
                 id="countries-and-people-that-compete-keep-their-kinds"),
    # -- 3. places named like bodies -----------------------------------------------------------
    # a camp is a place whatever word follows
    pytest.param("Thousands rallied at Camp Alliance by the gate.", {"Camp Alliance": "place"},
                 id="camp-alliance"),
    pytest.param("Strikers set up Camp Justice by the gate.", {"Camp Justice": "place"}, id="camp-justice"),
    pytest.param("Members of the Camp Fire Club met.", {"Camp Fire Club": "organization"},
                 id="camp-with-a-bodys-name-of-three-words-is-the-body"),
    # a name given by "known as" takes the noun's kind
    pytest.param("Workers at the airport, known here as KJTA, struck.", {"KJTA": "place"},
                 id="known-as-airport"),
    pytest.param("Buses reached the main square, known locally as Kelvazo Dorrida.",
                 {"Kelvazo Dorrida": "place"}, id="known-as-square"),
    pytest.param("A striker known as Chino Tallamo spoke.", {"Chino Tallamo": "person"},
                 id="known-as-striker"),
    pytest.param("The union, known as Kelvowork, struck.", {"Kelvowork": "organization"},
                 id="known-as-union"),
    pytest.param("They lived in a camp called Dorrovia.", {"Dorrovia": "place"}, id="camp-called"),
    pytest.param("They filled the square, named Kelvazo, by noon.", {"Kelvazo": "place"},
                 id="square-named"),
    pytest.param("Workers at KJTA struck.", {"KJTA": Not("place")},
                 id="acronym-with-no-noun-before-known-as-stays-what-it-was"),
    # "called" as a verb of its own: no name given ("the camp called …" with no comma or "a")
    pytest.param("The camp called Kiprono Tallamo back to work.", {"Kiprono Tallamo": Not("place")},
                 id="called-as-a-verb-gives-no-name"),
    # an owner's site is named for its place
    pytest.param("The company closed its Miikado mine in 1997.", {"Miikado": "place"},
                 id="owners-site-mine"),
    pytest.param("Dorvane’s Tallowby plant closed.", {"Tallowby": "place"}, id="owners-site-plant"),
    pytest.param("Workers at Kelvane said the firm’s Dorrimoto works would close.", {"Dorrimoto": "place"},
                 id="owners-site-works"),
    pytest.param("Workers struck the Tallowby plant on Monday.", {"Tallowby": Not("place")},
                 id="site-with-no-owner-is-left-to-the-employers-frame"),
    pytest.param("The workers of Lisbon and Dorrig joined the strike.", {"Dorrig": "place"},
                 id="name-joined-to-a-known-city-after-a-preposition"),
    # no preposition opens the pair: nothing is said
    pytest.param("Navajo and Lakota students marched.", {"Navajo": Not("place")},
                 id="name-joined-to-another-with-no-preposition"),
    pytest.param("Thousands marched to the Zocanda on Friday.", {"Zocanda": "place"},
                 id="a-march-goes-to-a-place"),
]


@pytest.mark.parametrize("sentence,want", CASES)
def test_set_r_kinds(registry, sentence, want):
    check_names(surfaces(registry, sentence), want)


# -- a person called by a part of the full name ------------------------------------------------
def test_a_word_inside_a_full_name_alone_is_that_person(registry):
    hits = found(registry, "Ana Beatriz Kelvo da Tessaro, a metalworker, spoke at the rally.",
                 "Kelvo, a former metalworker, led the strike in 1980.",
                 "Workers cheered Kelvo when she arrived.")
    full = dict(hits)["Ana Beatriz Kelvo da Tessaro"]
    assert full.startswith("person/"), hits
    assert [k for s, k in hits if s == "Kelvo"] == [full, full], hits


def test_an_inner_word_before_the_full_name_or_of_two_people_is_left_alone(registry):
    hits = found(registry, "Workers cheered Kelvo at the gate.",
                 "Ana Beatriz Kelvo da Tessaro, a metalworker, spoke at the rally.")
    assert dict(hits)["Kelvo"] != dict(hits)["Ana Beatriz Kelvo da Tessaro"], hits
    hits = found(registry, "Ana Kelvo Tessaro, a nurse, and Rosa Kelvo Dorrow, a cook, spoke.",
                 "Workers cheered Kelvo when she arrived.")
    assert not dict(hits).get("Kelvo", "").startswith("person/ana"), hits
    assert not dict(hits).get("Kelvo", "").startswith("person/rosa"), hits


def test_a_surname_with_its_particle_capitalised_by_position_is_that_person(registry):
    hits = found(registry, "Union president Marcos dos Tallares spoke too.",
                 "Dos Tallares led the march to the plant.")
    assert dict(hits)["Dos Tallares"] == dict(hits)["Marcos dos Tallares"], hits
    assert dict(hits)["Dos Tallares"].startswith("person/"), hits


def test_a_lower_case_legal_form_joins_only_a_name(registry):
    assert surfaces(registry, "The plc sector is large.") == {}


def test_product_heads_inside_a_unions_name(registry):
    got = surfaces(registry, "Members of the Amalgamated Clothing and Textile Workers Union struck.")
    assert list(got) == ["Amalgamated Clothing and Textile Workers Union"], got


# -- 4. a school by a word of its name ---------------------------------------------------------
@pytest.mark.parametrize("later", [
    "Troops occupied the Polytechnic.",
    "Troops occupied the Kelvish Polytechnic.",
])
def test_a_school_by_a_word_of_its_name_is_the_school(registry, later):
    hits = found(registry, "Students at the Kelvo Polytechnic Institute struck.", later)
    full = dict(hits)["Kelvo Polytechnic Institute"]
    assert full.startswith("organization/"), hits
    assert [k for _s, k in hits].count(full) == 2, hits


def test_a_school_word_with_no_school_named_before_is_no_school(registry):
    hits = found(registry, "Troops occupied the Polytechnic.",
                 "Students at the Kelvo Polytechnic Institute struck.")
    assert dict(hits).get("Polytechnic") != dict(hits)["Kelvo Polytechnic Institute"], hits


def test_a_school_by_its_head_after_the_full_name(registry):
    hits = found(registry, "Students at Dorrow Community College struck.", "Police entered the College.")
    assert dict(hits).get("College") == dict(hits)["Dorrow Community College"], hits
    # two colleges: "the College" is left alone
    hits = found(registry, "Students at Dorrow Community College and Kelvo College struck.",
                 "Police entered the College.")
    assert "College" not in dict(hits), hits
