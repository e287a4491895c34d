"""Types on sets AD and AE (issue 10, read by kind after their first measure; branch ent48): a
country by its short form (the gazetteer's "Republic of the …" without its state form), a
state named with its type ("Kelvo State"); bodies by a foreign head word ("Polo …", "Central
de …", "… Morcha"), an event "… Bandh", an acronym after a long name that a place ends; people
after an office in apposition ("the district’s superintendent, …", "the Cabinet chief, …").
Every sentence is made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

from kg.nlp.entities.cues.gazetteer import gazetteer


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- places: a country's short form, a state named with its type --------------------------------------
def test_the_gazetteer_names_countries_and_states_by_their_short_forms():
    g = gazetteer()
    assert g.place_kind("Congo") == "place"  # two countries share it: a place, no country
    assert g.place_kind("Cross River State") == "place"  # ISO's "Cross River", a state of Nigeria
    assert g.place_kind("Ohio State") is None  # the US is skipped: a university's short name
    assert g.place_kind("Kelvo State") is None  # no subdivision is so named


@pytest.mark.parametrize("sentence, want", [
    ("Dorra Kelvin lives in Kinshasa, in the Democratic Republic of the Congo. The Congo mines "
     "most of the world’s cobalt.",
     {"Democratic Republic of the Congo": "country", "Congo": "place"}),
    ("Cobalt from Congo goes into batteries for cars.", {"Congo": "place"}),
    ("In Calabar, Cross River State, police arrested a clerk.",
     {"Cross River State": "place", "Calabar": "city"}),
])
def test_a_country_or_a_state_by_its_short_form_is_a_place(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- bodies and events by a foreign head word ----------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The march was called by jobless workers’ groups, among them the Polo Kelvino, and backed "
     "by some unions.", {"Polo Kelvino": "organization"}),
    ("Unions in the Confederación de Obreros de la Bolivia (COB) marched. The COB grew.",
     {"Confederación de Obreros de la Bolivia": "organization", "COB": "organization"}),
    # the acronym after a name a place ends is the longer name's, not the place's
    ("The Frente Dorrow de Chile (FDC) marched. The FDC grew.", {"FDC": "organization"}),
    ("The Samyukt Dorrow Morcha called a Kelvar Bandh on Friday.",
     {"Samyukt Dorrow Morcha": "organization", "Kelvar Bandh": "event"}),
])
def test_bodies_and_events_by_a_foreign_head_word(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- people after an office in apposition ----------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The district’s superintendent, Kelvin Dorrow, has refused to budge.",
     {"Kelvin Dorrow": "person"}),
    ("The Cabinet chief, Dorra Kelvo, may step down soon.", {"Dorra Kelvo": "person"}),
])
def test_a_person_after_an_office_in_apposition(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a body's name in its own language, a body's noun before its name, a body's branch ------------------
@pytest.mark.parametrize("sentence, want", [
    ("Miners defied the ban on Unity’s meetings. The union, known in Czech as Svornost, "
     "led the strike.", {"Svornost": "organization"}),
    ("The Interethnic Association of Kelvin Farmers, known by its Spanish acronym AIKEFARM, "
     "blocked roads. The government charged AIKEFARM president Dorra Tallis.",
     {"AIKEFARM": "organization", "Dorra Tallis": "person"}),
    ("The clan is an ally of President Dorra Kelvo and her party, Kelvo-Tallis-KDP. The army "
     "armed it.", {"Kelvo-Tallis-KDP": "organization", "Dorra Kelvo": "person"}),
    ("They oppose plans to sell parts of the state oil company, Petrokelvo.",
     {"Petrokelvo": "organization"}),
    # a person's name in the same apposition is the speaker's, not the body's
    ("The union, Kelvin Dorrow said, will strike.", {"Kelvin Dorrow": "person"}),
    ("The Kelvin Federation of Labour (KFL) called a boycott. Backing it is the "
     "KFL-Construction, against the bill.", {"KFL-Construction": "organization"}),
    # no body named by that acronym: nothing says what the hyphened name is
    ("The KFL-Construction struck.", {"KFL-Construction": Not("organization")}),
])
def test_a_bodys_other_names_and_its_noun_before_it(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- people: given names the package lists below its floors ---------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Committees meet again. Lech Kelwęsa, released last November, remains under watch.",
     {"Lech Kelwęsa": "person"}),
    ("The authorities continue to hold Jomo Tallisi at a camp.", {"Jomo Tallisi": "person"}),
])
def test_a_name_a_curated_given_name_opens_is_a_persons(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a surname before a noun for a ruler's rule ---------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a town of the name is in the gazetteer; the article names the ruler in full
    ("Workers walked out against the Trujillo dictatorship. They demand the release of leaders "
     "jailed by Rafael Trujillo’s police.", {"Trujillo": "person/rafael-trujillo"}),
    # no one of that surname named in full: the gazetteer's town stands
    ("Workers walked out against the Trujillo dictatorship.", {"Trujillo": Not("person")}),
])
def test_a_surname_before_a_rulers_rule_is_the_person_named_in_full(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- firms as the makers of goods ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The copper ends up in motors for trucks made by Kelvotek and Dorrowagen.",
     {"Kelvotek": "organization", "Dorrowagen": "organization"}),
    ("The bombs were missiles built by Tallisco.", {"Tallisco": "organization"}),
    # a person's name (a given name opens it) and no goods: no firm
    ("The missiles made by Maria Ortiz were models.", {"Maria Ortiz": "person"}),
    ("Dinner was made by Kelvotek.", {"Kelvotek": Not("organization")}),
])
def test_the_maker_of_goods_is_a_firm(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
