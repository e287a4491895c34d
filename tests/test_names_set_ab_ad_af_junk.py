"""Junk left on sets AB, AD and AF (issue 10, branch ent52), each kind as a general mechanism:
a nationality adjective typed a place, a common word opening a heading typed a firm by the
employer's noun after it, a number cut from a firm's name at "&", a history's bracketed span of
years cut from its title, a co-signer's surname with an elided particle, a report named for its
chairman. Every sentence and name is made up for these tests; no text of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

from kg.nlp.entities.mentions import annotate
from kg.reader import parse_article


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


def _letters_page(registry, *letters: str) -> dict[str, str]:
    """A letters page of these letters (title, text, signer, town a line each), annotated."""
    parts = ["The Militant (logo)", "   Vol. 71/No. 5           February 5, 2007", "", "", "Letters", ""]
    for letter in letters:
        parts += [letter, ""]
    d = parse_article("\n".join(parts) + "\n", "<test>")
    annotate(d, registry)
    return {m.span.of(d.text): m.entity for m in d.annotations.mentions}


# -- 1. a nationality adjective is no place ------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Thirty people came to the launch of an Estonian translation of the book.", {"Estonian": None}),
    ("Kelvo meeting launches new pamphlet in Latvian", {"Latvian": None, "Kelvo": None}),
    ("Guyanese workers at the Kelvo mill struck.", {"Guyanese": None}),
    # inside a body's name an adjective-hyphen-adjective compound stays part of the name
    ("She spoke for the Latvian-Cuban Friendship Society (LKV) at the meeting.",
     {"Latvian-Cuban Friendship Society": "organization", "Latvian": None, "LKV": "organization"}),
])
def test_a_nationality_adjective_is_no_place(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- 2. a common word found as a body ---------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a common word opening a sentence before an employer's noun says what the site makes
    ("Paper mill workers struck in Kelvo.", {"Paper": None, "Kelvo": "place"}),
    # a word that is no common noun is still the firm
    ("Kelvex management refused to talk.", {"Kelvex": "organization"}),
    # a spelled number joined by "&" opens the firm's name
    ("Pickets stood outside while Nine & q Holdings counted its losses.",
     {"Nine & q Holdings": "organization", "Holdings": None}),
    ("Strikers say Twelve & Dorrow Holdings pays the lowest wage in the port.",
     {"Twelve & Dorrow Holdings": "organization", "Dorrow Holdings": None}),
    # a number counting people still stays out
    ("Eight Kelvo Foods workers struck.", {"Kelvo Foods": "organization"}),
])
def test_a_common_word_or_a_cut_name_is_no_body(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


def test_a_letters_title_word_before_a_site_is_no_firm(registry):
    got = _letters_page(
        registry,
        "Paper mill lockout\nI work at the Dorrow Paper mill in Kelvo, Maine. Your coverage was fair.\n"
        "Tomas Dorrow\nKelvo, Maine",
        "Auto plant closing\nOur local of the Kelvish Auto Workers (KAW) voted to fight the layoffs "
        "at Kelvo Motors.\nTshepo Ndlovu\nby e-mail")
    check_names(got, {"Paper": None, "Auto": None, "Dorrow Paper": "organization",
                      "Kelvish Auto Workers": "organization"})


# -- 3. a history's bracketed span of years is part of its title -----------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Our study group reads The Kelvish Uprising (1921-29) by Ana Dorrow each week.",
     {"The Kelvish Uprising (1921-29)": "work", "Kelvish Uprising": None, "Ana Dorrow": "person"}),
    ("Workers read The Kelvish Uprising (1921–29) by Tomas Dorrow.",
     {"The Kelvish Uprising (1921–29)": "work", "Kelvish Uprising": None}),
])
def test_a_title_with_a_span_of_years_is_the_work(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- 4. a signer's surname with an elided particle ----------------------------------------------
@pytest.mark.parametrize("signer", ["Tomas Dorrow and Marie d'Kelvigny", "Tomas Dorrow and Marie d’Kelvigny",
                                    "Marie d'Kelvigny"])
def test_a_co_signers_elided_particle_stays_with_the_name(registry, signer):
    got = _letters_page(registry, "Good coverage\nKeep up the good work on the strike.\n" + signer
                        + "\nKelvo, Quebec", "Plant closing\nThe plant will close.\nTshepo Ndlovu\nby e-mail")
    name = signer.split(" and ")[-1]
    check_names(got, {name: "person", "Marie": None})


def test_an_elided_particle_in_running_text(registry):
    check_names(_labels(registry, "Rain fell. Marie d'Kelvigny said the plant would close."),
                {"Marie d'Kelvigny": "person", "Marie": None})


# -- 5. a report named for its chairman --------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("What do you think of the Kelvane report?", {"Kelvane report": "work", "Kelvane": None}),
    ("The Kelvane report came out in May.", {"Kelvane report": "work", "Kelvane": None}),
    # a place, a body's name or a common word before "report" is no such title
    ("Have you read the Iowa report?", {"Iowa": "place", "Iowa report": None}),
    ("What of the Kelvane Commission report?", {"Kelvane Commission": "organization"}),
    ("What of the Annual report?", {"Annual report": None}),
])
def test_a_report_named_for_a_person_is_a_work(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
