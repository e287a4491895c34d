"""Where a name begins and ends on set X's kinds (issue 10, read by category after its untuned
measure; branch ent39): the Portuguese particle "do" inside places', people's and firms' names
(never the English verb), a union named for two towns, a street address ending in "Row" or
"Court". Every sentence is made up for these tests; no text or name of a held-out set is used
(real towns stand only where the mechanism needs the gazetteer to know one)."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

from kg.nlp.entities.spans.addresses import find_addresses
from kg.reader import cues as reader_cues
from kg.reader.patterns import SIGNOFF_RE, TITLE_BYLINE_RE, name_case


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


def _addresses(text: str) -> list[str]:
    return [text[a.begin:a.end] for a in find_addresses(text, 0, len(text))]


# -- "do" inside a name ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a saint's town: the name was cut at "do", its last word left alone as junk
    ("Workers struck at the mill in Santo Tallo do Kelvane last week.",
     {"Santo Tallo do Kelvane": "place", "Santo Tallo": None, "Kelvane": None}),
    ("They marched from São Tallow do Campo to Vila Kerrow do Sul.",
     {"São Tallow do Campo": "place", "Vila Kerrow do Sul": "place", "Campo": None, "Sul": None}),
    # a person's two family names joined by "do", as "dos" and "da" already were
    ("She interviewed Marta Kelvane do Tallow in March.",
     {"Marta Kelvane do Tallow": "person", "Tallow": None}),
    ("Workers at Banco do Kelvil struck.", {"Banco do Kelvil": "organization"}),
])
def test_do_joins_two_capitalised_words_of_one_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, wanted", [
    # the English verb between two capitalised words: a common English word stands beside it
    ("Did Tom do Kelvin Street before noon?", ["Kelvin Street"]),
    ("The Democrats do Wall Street's bidding.", ["Wall Street"]),
    ("What do Teamsters want? They do Saturday shifts.", []),
    ("What they do Monday matters.", []),
])
def test_the_english_verb_do_is_never_glued_into_a_name(registry, sentence, wanted):
    got = _labels(registry, sentence)
    assert not any(" do " in name for name in got), got
    assert all(name in got for name in wanted), got


def test_the_gazetteer_keeps_do_inside_a_place_that_opens_with_a_common_word(registry):
    # "Rio" is a common English word; the gazetteer knows the towns whole
    got = _labels(registry, "Bus drivers struck in Rio do Sul and in São José do Rio Preto.")
    check_names(got, {"Rio do Sul": "city", "São José do Rio Preto": "city", "Rio Preto": None})


def test_the_reader_takes_do_from_the_one_particle_list():
    assert "do" in reader_cues.name_particles()
    assert TITLE_BYLINE_RE.match("By Ana do Tessaro").group(1) == "Ana do Tessaro"
    assert SIGNOFF_RE.match("—Marta Kelvane do Tallow")
    assert name_case("MARTA KELVANE DO TALLOW", "") == "Marta Kelvane do Tallow"


# -- a union named for two towns ------------------------------------------------------------------
def test_a_union_of_a_town_and_a_city_is_one_name(registry):
    got = _labels(registry, "The Metalworkers Union of São José do Rio Preto and Osasco, which the "
                  "army took over, struck again.")
    check_names(got, {"Metalworkers Union of São José do Rio Preto and Osasco": "organization",
                      "Osasco": None})


def test_a_union_of_two_towns_ending_the_sentence_is_one_name(registry):
    got = _labels(registry, "She joined the Metalworkers Union of Campinas and Sorocaba.")
    check_names(got, {"Metalworkers Union of Campinas and Sorocaba": "organization", "Sorocaba": None})


@pytest.mark.parametrize("sentence, parts", [
    # a possessive after the city: the city's own (its mayor), no part of the union's name
    ("The Metalworkers Union of Campinas and Sorocaba’s mayor met.", ["Metalworkers Union of Campinas"]),
    # a bank is no union named for its towns
    ("He sued the Bank of Campinas and Sorocaba.", ["Bank of Campinas"]),
])
def test_a_town_after_and_stays_apart_where_no_union_is_named_for_it(registry, sentence, parts):
    got = _labels(registry, sentence)
    assert all(p in got for p in parts), got
    assert not any(name.endswith("and Sorocaba") for name in got), got


# -- a street address ending in "Row", "Court", "Pike" -------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("They rallied outside the embassy at 3 Kelvin Row Jan. 5.", ["3 Kelvin Row"]),
    ("Write to 14 Dorrow Court, Leeds.", ["14 Dorrow Court"]),
    ("He lives at 22 Tallow Pike.", ["22 Tallow Pike"]),
    # a number counting people named by the words: no address
    ("There are 5 Death Row prisoners in the state.", []),
    ("Some 40 Kelvin Court tenants struck.", []),
    ("The 9 Supreme Court Justices ruled.", []),
    ("In 1998 Kelvin Row was paved.", []),
])
def test_a_guarded_street_type_ends_an_address_only_after_a_house_number(text, want):
    assert _addresses(text) == want


def test_the_name_inside_a_row_address_is_no_city(registry):
    got = _labels(registry, "LONDON — Forty people protested outside the embassy at 3 Kelvin Row Jan. 5.")
    check_names(got, {"3 Kelvin Row": "place", "Kelvin": None})


# -- a body's name with "and" before a head that a "for" part follows ----------------------------
def test_a_word_and_a_head_before_a_for_part_are_one_bodys_name(registry):
    got = _labels(registry, "Growers blocked the offices of the Payment and "
                  "Control Agency for Farm Aid (PAKEL).")
    check_names(got, {"Payment and Control Agency for Farm Aid": "organization", "Payment": None,
                      "Control Agency for Farm Aid": None})


def test_a_head_opening_the_run_before_for_joins_no_name_before_and(registry):
    got = _labels(registry, "Tom Kelvane and Coalition for the Homeless members spoke.")
    check_names(got, {"Tom Kelvane": "person", "Coalition for the Homeless": "organization"})


# -- an adjective opening a sentence before a people ----------------------------------------------
@pytest.mark.parametrize("sentence, gone", [
    ("Young Chileans lined up for books on workers.", "Young Chileans"),
    ("Young Venezuelans marched on Friday.", "Young Venezuelans"),
    ("Angry Haitians rallied at the consulate.", "Angry Haitians"),
])
def test_an_adjective_before_a_peoples_plural_opening_a_sentence_is_no_name(registry, sentence, gone):
    assert gone not in _labels(registry, sentence)


@pytest.mark.parametrize("sentence, name", [
    ("Young Lords members marched.", "Young Lords"),  # no people's plural: an organisation
    ("Black Panthers marched.", "Black Panthers"),
])
def test_a_name_that_opens_with_an_adjective_stays(registry, sentence, name):
    assert name in _labels(registry, sentence)


# -- a title in another language opening with an article or a verb -------------------------------
def test_a_title_before_its_translation_cue_is_one_book_whatever_its_first_word(registry):
    got = _labels(registry, "At the fair she bought Habla Che Guevara, the Spanish edition of a "
                  "book of his speeches.")
    # the registry person inside the title is the title's, no mention of the person
    check_names(got, {"Habla Che Guevara": "book", "Habla": None, "Che Guevara": None})


@pytest.mark.parametrize("sentence, title", [
    ("The stand also offered El desorden de los patrones, the Spanish translation of "
     "The Bosses' Disorder.", "El desorden de los patrones"),
    ("La historia de Kelvin, the Spanish edition of Kelvin's Story, sold well.", "La historia de Kelvin"),
    ("Os dias de Tallow, the Portuguese version of it, sold out.", "Os dias de Tallow"),
])
def test_a_sentence_case_title_before_its_translation_cue_is_whole(registry, sentence, title):
    got = _labels(registry, sentence)
    check_names(got, {title: "book", title.split()[0]: None})


def test_a_place_before_a_translation_cue_stays_a_place(registry):
    got = _labels(registry, "It came out in Mexico City, the Spanish edition of the book.")
    check_names(got, {"Mexico City": "city"})


@pytest.mark.parametrize("sentence, title", [
    ("Pathfinder published the book El desorden de los patrones in 2001.", "El desorden de los patrones"),
    ("They sold a pamphlet titled La lucha de Kelvin, with a preface.", "La lucha de Kelvin"),
])
def test_another_languages_article_after_a_work_noun_opens_a_title(registry, sentence, title):
    got = _labels(registry, sentence)
    assert title in got, got
    assert title.split()[0] not in got, got


# -- a person's family names after a particle, the first a registry person's name alone -----------
def test_a_short_form_with_a_particle_keeps_the_family_name_a_registry_match_cut(registry):
    got = found(registry, "Fidel Castro spoke first. Later Marta Castro de Tallow wrote a book. "
                "Castro de Tallow interviewed 60 workers. Castro said no.")
    spans = [s for s, _k in got]
    assert ("Castro de Tallow", "person/marta-castro-de-tallow") in got, got
    assert "Tallow" not in spans, got
    # "Castro" alone later is still the registry person
    assert got[-1] == ("Castro", "person/fidel-castro"), got
