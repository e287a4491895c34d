"""Where a name ends on set AA's kinds (issue 10, read by category after its untuned measure;
branch ent43): "and" inside a name whose part after it names nothing alone (a site named for
two names, a firm of two trades, a fair named for two nouns). Every sentence is made up for
these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


@pytest.mark.parametrize("sentence, want", [
    # a singular site's head after "the <word> and <word>": one site named for both
    ("Workers at the Kelvo and Dorrow Mine struck on Monday.",
     {"Kelvo and Dorrow Mine": "place", "Kelvo": None, "Dorrow Mine": None}),
    # a lone word that is a head elsewhere (a newspaper's) names a claim here
    ("He worked at the Monitor and Kelvo Colliery for years.",
     {"Monitor and Kelvo Colliery": "place", "Monitor": None}),
    # a registry town before the head is the claim's name here
    ("He worked at the Kelvo and Denver Mine for years.",
     {"Kelvo and Denver Mine": "place", "Denver": None, "Denver Mine": None}),
    # a plural head may be two sites: left as the finder reads it
    ("Workers at the Kelvo and Dorrow Mines struck on Monday.",
     {"Kelvo and Dorrow Mines": None}),
    # a trade's plural alone after "and" and a name ending in a trade: one firm
    ("The gold goes to Dorrow Printers and Refiners, a state firm.",
     {"Dorrow Printers and Refiners": "organization", "Refiners": None, "Dorrow Printers": None}),
    # typed as a body with no cue around it
    ("The owners sold the gold to Dorrow Printers and Refiners at low prices.",
     {"Dorrow Printers and Refiners": "organization"}),
    # a registry body after "and" is a name of its own
    ("We met Dorrow Miners and Teamsters today.", {"Dorrow Miners and Teamsters": None}),
    # a plural common noun and an event's head after a name ending in a plural: one fair
    ("He spoke at the Tallow Books and Ideas Fair last week.",
     {"Tallow Books and Ideas Fair": "event", "Ideas Fair": None, "Tallow Books": None}),
    # a name of its own before the event's head: two names
    ("The Kelvin Books and Dorrow Fair opened.",
     {"Kelvin Books and Dorrow Fair": None, "Dorrow Fair": "event"}),
])
def test_and_inside_a_name_whose_tail_names_nothing_alone(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a body named in its own language after its country -------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The Kenya Podrana Samitu won the vote.",
     {"Kenya Podrana Samitu": "organization", "Podrana Samitu": None, "Kenya": None}),
    ("The Sri Lanka Podrana Samitu won the vote, said its leader.",
     {"Sri Lanka Podrana Samitu": "organization", "Podrana Samitu": None}),
    # a given name after the country: a person, the country a place of its own
    ("In Kenya Maria Dorrow spoke.", {"Kenya": "country", "Maria Dorrow": "person"}),
    # English words after the country: the party rules' reading, not this one
    ("The Kenya Freedom Party won.", {"Kenya Freedom Party": "organization"}),
])
def test_a_country_before_foreign_words_opens_a_bodys_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a compound's shared part suspended by a hyphen before "und" ----------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Members of the Kelvo- und Dorrowgewerkschaft struck on Monday.",
     {"Kelvo- und Dorrowgewerkschaft": NAMED, "Kelvo-": None, "Dorrowgewerkschaft": None}),
    ("Members of the Kelvo- und Dorrowgewerkschaft (KDG) struck.",
     {"Kelvo- und Dorrowgewerkschaft": NAMED, "Kelvo-": None}),
    # a hyphenated compound of its own is left alone
    ("It was a Kelvo-and-Dorrow deal.", {"Kelvo-": None}),
])
def test_a_suspended_compound_before_und_is_one_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a book's title holding a registry person or a possessive (branch ent44) ----------------------
@pytest.mark.parametrize("sentence, want", [
    # a person's verb title running on over "and" into a registry work: two works
    ("Top sellers were Nelson Mandela Talks to Young Workers and Teamster Power by Farrell Dobbs.",
     {"Nelson Mandela Talks to Young Workers": "book", "Teamster Power": "book",
      "Nelson Mandela": None, "Young Workers": None}),
    # a comma before the registry work ends the first title too
    ("Buyers took Nelson Mandela Talks to Young Workers, Teamster Power and a poster.",
     {"Nelson Mandela Talks to Young Workers": "book", "Teamster Power": "book",
      "Young Workers": None}),
    # with no registry work after it the title is as before
    ("She bought Nelson Mandela Talks to Young Workers at the fair.",
     {"Nelson Mandela Talks to Young Workers": "book", "Nelson Mandela": None}),
    # a common noun's possessive opening a title before "in its new <language> edition"
    ("The stall sold out of Imperialism's Long Winter in its new Spanish edition.",
     {"Imperialism's Long Winter": "book", "Long Winter": None}),
    ("Readers found Kelvinism's Cold Dawn in a French translation at the stall.",
     {"Kelvinism's Cold Dawn": "book", "Cold Dawn": None}),
    # a place before "in" and no edition: no title
    ("He lives in Kelvia in a new house.", {"Kelvia": NAMED}),
])
def test_a_books_title_holding_a_person_or_a_possessive(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a name and its English gloss in apposition (branch ent44) ------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a body's head before "of" in the gloss: two names, no work's title
    ("Cane farmers in the valley are organized in Agrokel, the Kelvin Cane Growers Association "
     "of Chile. The mills sell sugar.",
     {"Agrokel, the Kelvin Cane Growers Association of Chile": None,
      "Agrokel": NAMED, "Kelvin Cane Growers Association of Chile": "organization"}),
    ("Farmers joined Agrokel, the Kelvin Farmers Union of Chile, last year.",
     {"Agrokel, the Kelvin Farmers Union of Chile": None,
      "Kelvin Farmers Union of Chile": "organization"}),
    # no body's head before "of": a work's title in apposition, as before
    ("She read Imperialism, the Highest Stage of Capitalism, in jail.",
     {"Imperialism, the Highest Stage of Capitalism": "work"}),
])
def test_a_name_and_its_english_gloss_are_two_names(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a common word opening a heading in sentence case (branch ent44) ------------------------------
def _all_labels(registry, headline: str, paragraph: str) -> dict[str, str]:
    """Each mention's surface → its entity key, the headline's mentions included."""
    from nlp_support import run_entities

    d = run_entities(registry, paragraph, headline=headline)
    return {m.span.of(d.text): m.entity for m in d.annotations.mentions}


@pytest.mark.parametrize("headline, paragraph, want", [
    # a common word capitalised by its place before lower-case words: no body's short form
    ("Sugar workers in Kelvia",
     "The Sugar Growers League of Kelvia laid off 90 workers in Dorrow this month.",
     {"Sugar": None, "Sugar Growers League of Kelvia": "organization"}),
    # a word no common English word: the body's leading word, as before
    ("Kelvane workers in Kelvia",
     "The Kelvane Growers League of Kelvia laid off 90 workers in Dorrow this month.",
     {"Kelvane": "organization", "Kelvane Growers League of Kelvia": "organization"}),
])
def test_a_common_word_opening_a_sentence_case_heading_is_no_name(registry, headline, paragraph, want):
    check_names(_all_labels(registry, headline, paragraph), want)
