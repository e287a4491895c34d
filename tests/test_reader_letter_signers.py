"""Letters signed in three shapes the held-out sets showed (2026-12-07, rdr48), on an invented
letters page: a signer's name with a nickname in quotation marks inside it, an anonymous signer
saying where the writer is ("A reader in <town>"), and one saying who the writer is ("A retired
welder" over a town line); the town line under a signer naming a country whose name holds
"and", one place for the entities stage; and a listed event titled in its place's language,
glossed in English in brackets."""

from __future__ import annotations

import pytest

from kg.nlp.stages import annotate
from kg.reader import parse_article
from kg.reader.cues import is_anonymous_signer
from kg.reader.items import described_signer, event_title, is_signer

PAGE = ("The Militant(logo) \n    Vol.64/No.30           July 31, 2000 \n \n \nLetters \n \n"
        "Bakers' strike \n"
        "The bakers at the Dorrow plant have been out for six weeks. Send messages of support. \n"
        "Ana “Nita” Kelvane \n"
        "Point Kelvo, Trinidad and Tobago \n \n"
        "Thanks \n"
        "Enclosed is a check for the fund. \n"
        "A reader in Dorrow \n \n"
        "Prison library \n"
        "The library here took the paper off its shelf again this month. \n"
        "Tom Lee \n"
        "Kelvo, Ohio \n \n"
        "Mill town \n"
        "I worked thirty years at the Dorrow mill before it closed. \n"
        "A retired welder \n"
        "Dorrow, Ohio \n \n"
        "Solidarity \n"
        "We send greetings to the strikers. \n"
        "A luta continua \n")


def _items(d):
    return [(i.title and i.title.value, i.author and i.author.name,
             i.signature and i.signature.value, i.place and i.place.value) for i in d.items]


def test_a_nickname_and_an_anonymous_writers_town_sign_their_letters():
    d = parse_article(PAGE, "militant-2000-07-31-v64n30-letters.txt")
    assert _items(d) == [
        ("Bakers' strike", "Ana “Nita” Kelvane", "Ana “Nita” Kelvane", "Point Kelvo, Trinidad and Tobago"),
        ("Thanks", None, "A reader in Dorrow", None),
        ("Prison library", "Tom Lee", "Tom Lee", "Kelvo, Ohio"),
        ("Mill town", None, "A retired welder", "Dorrow, Ohio"),
        # a slogan closing a letter with no town under it is no signer
        ("Solidarity", None, None, None)]


@pytest.mark.parametrize("line, signer", [
    ("Ana “Nita” Kelvane", True), ('Ana "Nita" Kelvane', True), ("“Nita” wrote to us", False),
    ("A reader in Dorrow", True), ("A prisoner in Huntsville, Texas", True),
    ("A reader in the county jail", False), ("Readers in Dorrow", False),
])
def test_signer_lines(line, signer):
    assert is_signer(line) is signer


def test_an_anonymous_signer_with_a_town_names_no_one():
    assert is_anonymous_signer("A reader in Dorrow")
    assert is_anonymous_signer("A prisoner in Huntsville, Texas")
    assert not is_anonymous_signer("Ana Ruiz in Dorrow")


def test_the_signers_name_and_a_country_with_and_are_one_name_each():
    """The entities stage reads the signer's line and the town line by their roles: the nickname
    stays inside the name, and "Trinidad and Tobago" is one country."""
    d = annotate(parse_article(PAGE, "militant-2000-07-31-v64n30-letters.txt"))
    labels = {e.label for e in d.annotations.entities.values()}
    assert "Trinidad and Tobago" in labels and "Tobago" not in labels
    assert not {"Nita", "Kelvane"} & labels


@pytest.mark.parametrize("line, described", [
    ("A former Marine", True), ("An Iowa farmer", True), ("A retired welder,", True),
    ("A", False), ("A letter from the picket line.", False), ("Ana Ruiz", False),
    ("A worker who was at the rally last week", False),
])
def test_a_signer_described_by_who_the_writer_is(line, described):
    assert described_signer(line) is described


@pytest.mark.parametrize("lead, title", [
    # a title in the place's language, its English in brackets: its own case, no Title Case
    ("Soirée pour les grévistes (Evening for the strikers). Songs, food and a report from the "
     "picket line. Sat., Nov. 9, 7 p.m.",
     "Soirée pour les grévistes (Evening for the strikers)."),
    ("Fiesta de solidaridad (Solidarity party)! Music and dinner with the bakers. Sat., 6 p.m.",
     "Fiesta de solidaridad (Solidarity party)!"),
    # no gloss: a sentence-case line stays whole, as before
    ("Soirée pour les grévistes. Songs, food and a report. Sat., Nov. 9, 7 p.m.",
     "Soirée pour les grévistes. Songs, food and a report. Sat., Nov. 9, 7 p.m."),
])
def test_a_listed_events_title_glossed_in_brackets(lead, title):
    """A listing's event titled in the language of its place (Montreal, San Juan), glossed in
    English in brackets: the title ends at its stop, the sentence after it is the event's text."""
    assert event_title(lead) == title


def test_the_place_an_anonymous_signature_names_is_read():
    """"A reader in Dorrow" names no one, but the town it names is a place, as in running text."""
    d = annotate(parse_article(PAGE, "militant-2000-07-31-v64n30-letters.txt"))
    at = PAGE.index("A reader in Dorrow") + len("A reader in ")
    assert any(m.span.begin == at and d.text[m.span.begin:m.span.end] == "Dorrow"
               for m in d.annotations.mentions)


def test_a_bodys_signature_is_no_phrase_of_running_text():
    """A letter signed by a body ("Metro Kelvo Strike Support Committee") names it in a field:
    the entities stage does not read the line as a sentence (no name cut from its first word)."""
    page = ("The Militant(logo) \n    Vol.64/No.30           July 31, 2000 \n \n \nLetters \n \n"
            "Support the strikers \n"
            "We ask readers to send messages of support to the strikers' fund. \n"
            "Metro Kelvo Strike Support Committee \n"
            "Kelvo, Ohio \n")
    d = annotate(parse_article(page, "militant-2000-07-31-v64n30-letters.txt"))
    assert "Kelvo Strike Support Committee" not in {e.label for e in d.annotations.entities.values()}
