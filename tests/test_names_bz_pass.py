"""Set BZ's pass (branch ent116): names read by their page's shapes. Every sentence is invented
in the paper's shapes with other names."""

from __future__ import annotations

import pytest
from nlp_support import found_kinds as found


# -- sites and units named for a person (kg/nlp/entities/kinds/namesakes.py) ---------------------
@pytest.mark.parametrize("paragraph,name,kind", [
    ("Nurses at the Marco Kelvane hospital in Tallmo worked double shifts.", "Marco Kelvane", "place"),
    ("Hundreds filled the Ramona Kelsey hall to hear the poet.", "Ramona Kelsey", "place"),
    ("Rebels attacked the Ernesto Maria de Talvera barracks in Kelvo that morning.",
     "Ernesto Maria de Talvera", "place"),
    ("In 2011 she went to Tallmo with the Marco Tallis brigade of doctors.", "Marco Tallis", "organization"),
])
def test_a_name_for_a_person_before_a_site_or_unit_noun(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


@pytest.mark.parametrize("paragraph,name", [
    # the page names the person too: the person, not the hall
    ("Ramona Kelsey spoke first. Later the Ramona Kelsey hall filled up.", "Ramona Kelsey"),
    # no "the" before it: "Marco Tallis brigade" reads as the man's own
    ("She met Marco Tallis in the hall.", "Marco Tallis"),
])
def test_a_person_named_elsewhere_stays_a_person(registry, paragraph, name):
    assert (name, "person") in found(registry, paragraph)


def test_a_body_name_before_the_noun_keeps_its_head(registry):
    got = found(registry, "Members met at the Kelvo Workers Union hall on Sunday.")
    assert not any(k == "place" and s.startswith("Kelvo Workers") for s, k in got)


# -- a province named like a registry paper (kg/nlp/entities/mentions/provinces.py) ---------------
# "Granma" is the registry's Cuban daily and a Cuban province: the registry's own row, read in
# invented sentences about other provinces
@pytest.mark.parametrize("paragraph", [
    "Relief trucks reached families in Granma province on Sunday.",
    "The floods spread west, and Kelvora and Granma provinces were hit hardest.",
    "The storm crossed Granma, Tallavera and Dorrio provinces before it turned north.",
])
def test_a_papers_name_before_a_provinces_noun_is_the_province(registry, paragraph):
    got = found(registry, paragraph)
    assert ("Granma", "place") in got
    assert ("Granma", "periodical") not in got


def test_the_paper_by_its_name_stays_the_paper(registry):
    assert ("Granma", "periodical") in found(registry, "The daily Granma printed the full speech.")


# -- a Romance particle printed capitalised against the registry's small one -----------------------
# (kg/nlp/entities/registry/particlecase.py): the registry's own Havana fortress, printed
# "de la" in its row and "de La" here, in an invented sentence
def test_a_registry_name_matches_its_particle_printed_capitalised(registry):
    got = found(registry, "Dockers toured the fortress of San Carlos de La Cabaña on Saturday.")
    assert ("San Carlos de La Cabaña", "place") in got
    assert ("San Carlos", "city") not in got


def test_the_names_first_word_keeps_its_case():
    from kg.nlp.entities.registry.particlecase import case_free

    assert case_free("La", "la", 3, 5)
    assert not case_free("la", "La", 0, 2)  # "La Kelvera" is not "la Kelvera"
    assert not case_free("De", "de", 2, 3)  # the last word neither
    assert not case_free("Of", "of", 1, 3)  # an English connector keeps its case


# -- an armed unit by its number, no Danish street (entities.toml numbered_heads; addresses.py) ----
@pytest.mark.parametrize("paragraph,name", [
    ("The mercenaries of Brigade 4417 were trained at a camp in Kelvia.", "Brigade 4417"),
    ("Brigade 4417 landed at dawn.", "Brigade 4417"),
    ("Battalion 512 kidnapped three union leaders in Dorrio.", "Battalion 512"),
])
def test_a_brigade_by_its_number_is_the_unit(registry, paragraph, name):
    assert (name, "organization") in found(registry, paragraph)


def test_a_danish_street_by_its_number_stays_an_address(registry):
    assert ("Kelvinsgade 26", "place") in found(registry, "The office is at Kelvinsgade 26 in Dorrholm.")


# -- people in a "neither … nor …" chain (kg/nlp/entities/kinds/norlists.py) ----------------------
def test_surnames_joined_by_nor_to_a_person_are_people(registry):
    got = found(registry, "The local trusts neither Kelvane nor Dorrow nor Ana Tallis to settle the strike.")
    assert {("Kelvane", "person"), ("Dorrow", "person"), ("Ana Tallis", "person")} <= got


def test_nor_beside_a_firm_types_no_person(registry):
    got = found(registry, "The union said neither Kelvane Foods nor Dorrow will pay the bonus.")
    assert ("Dorrow", "person") not in got


# -- a ruler by his country (kg/nlp/entities/kinds/rulerlands.py) ---------------------------------
@pytest.mark.parametrize("paragraph,name", [
    ("The rebels, backed by Kelvano’s Zaire and by the CIA, marched on the capital.", "Kelvano"),
    ("Exiles fled Tallavez’s Chile, and many went to Mexico.", "Tallavez"),
])
def test_a_surname_before_its_country_is_the_ruler(registry, paragraph, name):
    assert (name, "person") in found(registry, paragraph)


def test_a_firm_before_its_countrys_unit_is_no_ruler(registry):
    got = found(registry, "Workers at Tallco’s Chile unit lost 300 jobs in March.")
    assert ("Tallco", "person") not in got


# -- registry rows for names the paper's Cuba pages keep naming -----------------------------------
@pytest.mark.parametrize("paragraph,name,kind", [
    ("Speakers at the Tallmo forum named Alpha 66 among the groups behind the raids.", "Alpha 66",
     "organization"),
    ("A rally in Dorrio answered the lies of Brothers to the Rescue.", "Brothers to the Rescue",
     "organization"),
    ("Farmers in Cuba recalled the blackouts of the Special Period.", "Special Period", "event"),
    ("The Kelvo branch sold ten copies of Cuba and Angola: Fighting for Africa’s Freedom and Our Own.",
     "Cuba and Angola: Fighting for Africa’s Freedom and Our Own", "book"),
])
def test_the_cuba_pages_recurring_names(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


def test_the_period_printed_small_is_a_description(registry):
    got = found(registry, "Workers in Cuba lived through what they called the special period.")
    assert not any(k == "event" for _s, k in got)


# -- a paper in apposition after its noun (kg/nlp/entities/kinds/apposedpapers.py) ----------------
@pytest.mark.parametrize("paragraph,name", [
    ("Strikers handed out Tallmo’s weekly paper, Kelvo Dorrada, at the mill gate.",
     "Kelvo Dorrada"),
    # a mountain range's name the gazetteer knows, renamed by the apposition
    ("Oriente’s weekly paper, Sierra Maestra, printed the list of shelters.", "Sierra Maestra"),
])
def test_a_name_apposed_to_a_papers_noun_is_the_paper(registry, paragraph, name):
    assert (name, "periodical") in found(registry, paragraph)


def test_a_mountain_range_the_gazetteer_knows_stays_a_place_in_a_list_of_bodies(registry):
    # "and the Committees …" after it: the range, not a body listed with one (regions.tsv)
    got = found(registry, "Students of the Union of Kelvo Youth picked coffee in the Sierra Maestra, "
                          "and the Committees for Dorrow Defense helped.")
    assert ("Sierra Maestra", "place") in got


# -- a form of address before a woman's given name (entities.toml titles) -------------------------
@pytest.mark.parametrize("paragraph,name", [
    ("An old woman, Dona Tallia, told me the first week that she had waited years.", "Tallia"),
    ("Doña Kelvina Tallo opened her door to the brigade.", "Kelvina Tallo"),
])
def test_dona_is_no_part_of_the_name(registry, paragraph, name):
    got = found(registry, paragraph)
    assert (name, "person") in got
    assert not any(s.startswith(("Dona", "Doña")) for s, _k in got)


# -- a registry person inside a body's name a foreign head opens (mentions/ledbodies.py) ----------
# "José Martí" is the registry's own row; the publishers and schools are invented
@pytest.mark.parametrize("paragraph,name", [
    ("She sells books for Editorial José Martí, a publishing house in Kelvo.", "Editorial José Martí"),
    ("He studied at the Instituto José Martí in Dorrio.", "Instituto José Martí"),
])
def test_a_person_after_a_leading_head_is_part_of_the_body(registry, paragraph, name):
    got = found(registry, paragraph)
    assert (name, "organization") in got
    assert ("José Martí", "person") not in got


def test_the_person_alone_stays_the_person(registry):
    assert ("José Martí", "person") in found(registry, "Students in Kelvo read José Martí every year.")


# -- a one-word name opening a sentence before a province's noun (cues/provinces.py, names.py) ------
@pytest.mark.parametrize("paragraph,name", [
    ("Many were hurt. Kelvora province was hit hardest.", "Kelvora"),
    ("Homes were lost. Kelvora and Granma provinces were also hit.", "Kelvora"),
])
def test_an_opening_name_before_a_provinces_noun_is_a_name(registry, paragraph, name):
    assert (name, "place") in found(registry, paragraph)


def test_an_opening_word_alone_stays_a_capital_by_position(registry):
    assert not found(registry, "Many were hurt. Kelvora was hit hardest.")
