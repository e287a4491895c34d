"""Places and firms of set O's kinds (issue 10; branch ent22): towns typed as people or firms,
names glued by a hyphen, places named with a possessive or "of the", French bodies' names
that run on over commas, strikes named by their firm, people with two family names. Every
sentence is made up for these tests in the shapes of the paper's pages (reports from New
Zealand, Quebec, the Middle East, the US South and Cuba); no name of a held-out set is used.
The towns are real places the gazetteer holds, the people and firms invented."""

from __future__ import annotations

from nlp_support import evidence_page as page
from nlp_support import found, surfaces

from kg.nlp import annotate as annotate_all
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.mentions import annotate
from kg.nlp.entities.registry.registry import Registry
from kg.reader import parse_article


# -- a speech verb does not reach over a blank line ---------------------------------------------
def test_a_headlines_last_verb_says_nothing_of_the_decks_first_name(registry):
    # the headline ends in "charged" (a speech verb); the deck under it opens with a city
    text = page(["Protests demand the officer be charged", "",
                 "Cedar Rapids residents say ‘We want justice’"], "Hundreds marched on Sunday.")
    d = parse_article(text, "<test>")
    annotate(d, registry)
    kinds = {m.span.of(d.text): m.entity for m in d.annotations.mentions}
    assert kinds.get("Cedar Rapids", "").startswith(("city/", "place/")), kinds


def test_a_speech_verb_still_reaches_over_one_line_break():
    ev = evidence()

    def said(text: str, name: str) -> bool:
        at = text.index(name)
        return ev.speaker(text, at, at + len(name))

    assert said("“We will win,” said\nMaria Ortiz", "Maria Ortiz")  # a wrapped line
    assert not said("Workers say\n\nMaria Ortiz", "Maria Ortiz")
    assert not said("Protesters demand he be charged\n\nCedar Rapids", "Cedar Rapids")


# -- a town is no member of the list after it ----------------------------------------------------
def test_a_town_after_in_is_the_place_of_the_name_before_it_not_a_list_member(registry):
    got = surfaces(registry, "Delegations came from the Dockers Union in Gisborne, the Engineers "
                             "Union, and the Kelvin Workers Union.")
    assert got["Gisborne"] == "city/gisborne", got
    got = surfaces(registry, "Delegations came from Local 12 in Gisborne, the Engineers Union, and "
                             "the Kelvin Workers Union.")
    assert got["Gisborne"] == "city/gisborne", got


# -- towns the gazetteer knows by another spelling or below the city floor ------------------------
def test_a_mid_sized_citys_other_spelling_of_two_words_is_a_city():
    assert gazetteer().place_kind("Beni Suef") == "city"  # GeoNames' "Banī Suwayf"


def test_a_town_after_a_locative_list_beats_a_given_name_and_a_speech_verb(registry):
    got = surfaces(registry, "Farmers near Minya and Beni Suef say their crops failed.")
    assert got["Beni Suef"] == "city/beni-suef", got


def test_a_small_towns_name_is_a_place_only_where_the_words_around_say_so(registry):
    g = gazetteer()
    assert g.place_kind("Jim Thorpe") is None and g.town_kind("Jim Thorpe") == "place"
    assert surfaces(registry, "A rally in Jim Thorpe drew 200 people.")["Jim Thorpe"] == "place/jim-thorpe"
    # no frame: a given name and a speech verb say a person
    assert surfaces(registry, "Jim Thorpe said the rally was big.")["Jim Thorpe"] == "person/jim-thorpe"


def test_a_small_town_joined_by_and_to_a_place_is_a_place(registry):
    got = surfaces(registry, "Shops in nearby Omaha and Sugar Grove lost customers after the closing.")
    assert got.get("Sugar Grove") == "place/sugar-grove", got


def test_a_registry_state_opening_a_towns_name_is_part_of_it(registry):
    got = surfaces(registry, "Textile workers in Iowa Colony struck.")
    assert got == {"Iowa Colony": "place/iowa-colony"}, got
    got = surfaces(registry, "Textile workers in Iowa and Texas struck.")
    assert got == {"Iowa": "place/iowa", "Texas": "place/texas"}, got


def test_streams_and_rapids_end_a_places_name(registry):
    got = surfaces(registry, "Miners at Kelvin Creek and Dorrow Rapids struck.")
    assert got == {"Kelvin Creek": "place/kelvin-creek", "Dorrow Rapids": "place/dorrow-rapids"}, got


# -- hyphens ---------------------------------------------------------------------------------------
def test_a_firm_named_for_its_country_with_a_hyphen_is_one_organisation(registry):
    got = surfaces(registry, "The lockout at Petro-Peru entered its second month.")
    assert got == {"Petro-Peru": "organization/petro-peru"}, got


def test_a_compass_word_after_a_citys_hyphen_makes_a_place(registry):
    got = surfaces(registry, "Workers at the refinery in Paris-Nord were locked out.")
    assert got == {"Paris-Nord": "place/paris-nord"}, got


def test_combining_forms_and_two_places_keep_their_places(registry):
    got = surfaces(registry, "A Pro-Cuba rally met as U.S.-Mexico trade talks began.")
    assert got.get("Cuba") == "country/cuba" and got.get("Mexico") == "country/mexico", got


# -- a possessive or "of the" inside a place's name -------------------------------------------------
def test_a_possessive_before_a_places_head_is_one_place(registry):
    got = surfaces(registry, "Fishermen at Kelvin’s Point and Dorrow's Bay struck.")
    assert got == {"Kelvin’s Point": "place/kelvins-point", "Dorrow's Bay": "place/dorrows-bay"}, got


def test_a_possessive_before_a_longer_name_with_of_is_no_place(registry):
    got = surfaces(registry, "Kennedy's Bay of Pigs invasion failed.")
    assert "Kennedy's Bay" not in got and not any("’s Bay" in s for s in got), got


def test_a_common_word_before_of_the_opens_a_neighbourhoods_name(registry):
    got = surfaces(registry, "She grew up in Top of the Hollows, near the mills.")
    assert got == {"Top of the Hollows": "place/top-of-the-hollows"}, got


# -- French bodies' names ----------------------------------------------------------------------------
def test_a_french_name_runs_on_over_a_comma_before_its_next_part(registry):
    got = surfaces(registry, "Members of the Syndicat québécois des employés, de l’entretien et du "
                             "nettoyage voted.")
    name = "Syndicat québécois des employés, de l’entretien et du nettoyage"
    assert got == {name: "organization/syndicat-quebecois-des-employes-de-lentretien-et-du-nettoyage"}, got


def test_a_word_both_languages_write_belongs_when_the_name_goes_on(registry):
    got = surfaces(registry, "The Office des relations du logement ruled against tenants.")
    assert got == {"Office des relations du logement": "organization/office-des-relations-du-logement"}, got
    # at the end it is left out, and an English word ends the name
    got = surfaces(registry, "The Syndicat des travailleurs said, in a statement, it would strike.")
    assert got == {"Syndicat des travailleurs": "organization/syndicat-des-travailleurs"}, got


# -- strikes named by their firm -----------------------------------------------------------------------
def test_a_one_word_name_before_strike_after_the_is_the_firm(registry):
    assert surfaces(registry, "During the Kelvane strike in 1985 workers fought.") == \
        {"Kelvane": "organization/kelvane"}
    assert "Omaha" in surfaces(registry, "During the Omaha strike workers fought.")  # a town stays


_HEADER = ("key\tlabel\tkind\twikidata\tconfidence\taliases\tshort_forms\tcontext\tplace\tstate\t"
           "years\theads\tsource\tnote\n")


def test_a_registry_event_written_as_a_firm_and_strike_in_lower_case_names_the_firm(tmp_path):
    path = tmp_path / "entities.tsv"
    path.write_text(_HEADER + "organization/kelvane\tKelvane\torganization\t\tunknown\tKelvane Foods"
                    "\t\t\t\t\t\t\tcurated\t\n"
                    "event/kelvane-strike\tKelvane strike\tevent\t\tunknown\t\t\t\t\t\t\t\tcurated\t\n",
                    encoding="utf-8")
    reg = Registry.load(path)
    assert surfaces(reg, "During the Kelvane strike in 1985 workers fought.") == \
        {"Kelvane": "organization/kelvane"}
    # the paper capitalises the strike it names
    assert surfaces(reg, "During the Kelvane Strike in 1985 workers fought.") == \
        {"Kelvane Strike": "event/kelvane-strike"}


# -- two family names -----------------------------------------------------------------------------------
def test_a_person_typed_by_a_speech_verb_is_called_by_the_first_family_name(registry):
    got = found(registry, "“We learned a lot,” said Orlando Cárdenas Tessaro, the brigade’s chief. "
                          "Cárdenas worked for years at the plant.",
                "“We build with what we have,” Cárdenas said.")
    assert [k for s, k in got if s == "Cárdenas"] == ["person/orlando-cardenas-tessaro"] * 2, got


def test_the_quotation_speaker_follows_the_full_name():
    text = page(["Microbrigades build homes", "(news article)"],
                "“We learned a lot,” said Orlando Cárdenas Tessaro, the brigade’s chief.",
                "“We build with what we have,” Cárdenas said.")
    d = parse_article(text, "<test>")
    annotate_all(d)
    speakers = [[a.key for a in q.speakers] for q in d.annotations.quotations]
    assert speakers[-1] == ["person/orlando-cardenas-tessaro"], speakers
