"""Names of the kinds held-out sets AR (print, 1993–2014) and AS (site, 2018–2024) found but left
untyped or typed wrong, in made-up sentences in the paper's shapes (kg.nlp.entities.kinds.
shapekinds and the cue words it reads): hyphened acronyms, an operation's name, firms by the
words around one word, people by their apposition, places by the verbs and words before them.
No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

from kg.nlp.entities.kinds.shapekinds import is_hyphened_acronym

CASES = [
    # -- acronyms joined by hyphens -------------------------------------------------------------------
    pytest.param(("Delegates of the KVB-ZDF sat beside those of the smaller TLV-GBR on Sunday.",),
                 {"KVB-ZDF": "organization", "TLV-GBR": "organization"},
                 id="two-languages-initials-joined-by-a-hyphen"),
    pytest.param(("Members of the railway union, or FTD-K, stopped the trains for a day.",),
                 {"FTD-K": "organization"},
                 id="an-acronym-and-its-regions-letter"),
    # -- an operation's name ends in a firm's head word -------------------------------------------------
    pytest.param(("The generals named the raid Operation Kelvin Steel in their bulletins.",),
                 {"Operation Kelvin Steel": "event"},
                 id="operation-before-a-firms-head-is-an-event"),
    # -- firms by the words around one word -------------------------------------------------------------
    pytest.param(("The smelter, owned by Peru-based Kelvgold since 2009, employs 900 workers.",),
                 {"Kelvgold": "organization"},
                 id="a-name-after-place-based-is-a-firm"),
    pytest.param(("Dockers struck Dorrmin, the nickel producer whose ships they load, last week.",),
                 {"Dorrmin": "organization"},
                 id="one-word-in-apposition-to-a-firms-noun"),
    pytest.param(("Ana Dorrel, a record producer, spoke next.",),
                 {"Ana Dorrel": "person"},
                 id="a-person-in-apposition-to-a-producer-stays-a-person"),
    pytest.param(("Cleaners face the big chains here too—Kelvton, Dorrott, Tallwood.",),
                 {"Kelvton": "organization", "Dorrott": "organization", "Tallwood": "organization"},
                 id="firms-listed-after-a-dash"),
    pytest.param(("Her cousins were there too—Kelvton, Dorrott, Tallwood.",),
                 {"Kelvton": Not("organization"), "Tallwood": Not("organization")},
                 id="a-dashed-list-after-no-firms-noun-is-no-firm"),
    pytest.param(("Tickets sold fast for a show by the band Las Kelvinas in the park.",),
                 {"Las Kelvinas": "organization"},
                 id="the-band-and-its-name"),
    pytest.param(("The Kelvado Party has held the presidency since 1950.",
                  "Now the Kelvados are split over the sell-off of the mills."),
                 {"Kelvados": "organization"},
                 id="a-partys-members-in-the-plural"),
    pytest.param(("The Dorrans are split over the sell-off of the mills.",),
                 {"Dorrans": Not("organization")},
                 id="a-plural-with-no-party-named-is-no-party"),
    pytest.param(("Couriers and shoppers for Kelvcart held a one-day stoppage.",),
                 {"Kelvcart": "organization"},
                 id="shoppers-for-an-app"),
    # -- people by their apposition ---------------------------------------------------------------------
    pytest.param(("The bosses sacked Dorrwin Kelby, one of the organizers of the sit-down, on Monday.",),
                 {"Dorrwin Kelby": "person"},
                 id="one-of-the-organizers-is-a-person"),
    pytest.param(("Kemal al-Dorrani, a Kelvish Kurd who drives a bus in Hamburg, joined the picket.",),
                 {"Kemal al-Dorrani": "person"},
                 id="an-apposition-closed-by-who-is-a-person"),
    # -- places by the words before them ----------------------------------------------------------------
    pytest.param(("Armored columns rolled through Dorrkhan before dawn.",),
                 {"Dorrkhan": "place"},
                 id="rolled-through-a-town"),
    pytest.param(("The unions want the bombers flown out of Karbelik for good.",),
                 {"Karbelik": "place"},
                 id="flown-out-of-a-base"),
    pytest.param(("The union pulled out of Kelvcorp talks on Friday.",),
                 {"Kelvcorp": Not("place")},
                 id="a-bare-out-of-is-no-place"),
    pytest.param(("Commuters walked from the bus stop to the Gare du Kelvin.",),
                 {"Gare du Kelvin": "place"},
                 id="a-french-station-is-a-place"),
    pytest.param(("Some 80 supporters crowded the basement of the Centre Dorrval for the film.",),
                 {"Centre Dorrval": "place"},
                 id="a-hall-named-head-first-after-a-room-of-it"),
    pytest.param(("The youth group rented the Centre Kelvaux, 45 Dorrow Street, for its dance.",),
                 {"Centre Kelvaux": "place"},
                 id="a-hall-named-head-first-before-a-street-number"),
    pytest.param(("The Centre for Kelvo Studies issued a report on rents.",),
                 {"Centre for Kelvo Studies": "organization"},
                 id="a-centre-for-something-stays-a-body"),
    pytest.param(("Sit-ins have spread to Kelvo, Dorrib and al-Tallqa since the weekend.",),
                 {"al-Tallqa": "place", "Kelvo": "place"},
                 id="a-town-with-a-lower-case-article-ending-a-list-of-places"),
    pytest.param(("Refugees from al-Dorrah crossed the river.",),
                 {"al-Dorrah": "place"},
                 id="a-town-with-a-lower-case-article-after-from"),
    pytest.param(("A speech by Kemal al-Dorrani closed the rally in the square.",),
                 {"Kemal al-Dorrani": Not("place"), "al-Dorrani": None},
                 id="an-article-glued-to-a-given-name-stays-a-persons"),
    pytest.param(("Hundreds of students marched on the Kelvish Embassy after the verdict.",),
                 {"Kelvish Embassy": "place"},
                 id="an-embassy-marched-on-is-a-place"),
    pytest.param(("Shelling hit the farms around Tal Dorran for a week.",),
                 {"Tal Dorran": "place"},
                 id="an-arabic-hill-word-opens-a-town"),
    pytest.param(("“We will stay,” said Tal Dorran, a nurse at the clinic.",),
                 {"Tal Dorran": "person"},
                 id="the-same-spelling-speaking-stays-a-person"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_sets_ar_as_types(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize(("label", "acronym"), [
    ("KVB-ZDF", True), ("PV-K", True), ("A-B", False), ("COVID-19", False),
    ("KELVINGRADPORT-ZDF", False), ("Kvb-Zdf", False)])
def test_hyphened_acronym_shape(label, acronym):
    assert is_hyphened_acronym(label) is acronym
