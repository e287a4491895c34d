"""Types on sets AH and AI (issue 10, read by kind after their first measure; branch ent55):
firms a product's works or a hospital system names, a carmaker's plant after its owner, a
school with its city after its head, a firm's short form beside its full name, bodies by their
own language's head word, an apposition after a bracketed acronym, a Nordic square, an oil
field. Every sentence is made up for these tests; no text or name of a held-out set is used
(registry names stand only where the mechanism needs a known one)."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

from kg.nlp.entities.spans.nameparts import firm_short_forms, union_short_forms


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- firms read as places, a plant read as a body ---------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Welders walked out at Kelvo Iron Works near Dorrowport on Monday.",
     {"Kelvo Iron Works": "organization"}),
    ("Letters came from the Dorrow Tractor Works this week.", {"Dorrow Tractor Works": "organization"}),
    # "Works" alone still ends a plant's name, a place
    ("The Tallow Ridge Works closed last year.", {"Tallow Ridge Works": "place"}),
    ("Workers at 11 Kelvinion supermarkets here voted to strike.", {"Kelvinion": "organization"}),
    ("Looms at the Kelvcrest Dorrow mills stopped for an hour.",
     {"Kelvcrest Dorrow": "organization"}),
])
def test_a_firm_by_its_works_head_or_its_outlets(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


def test_a_plant_after_its_owners_possessive_is_a_place(registry):
    got = _labels(registry, "Parts ran short at General Motors’ Dorrowville Assembly in Missouri, "
                            "and the Kelvish National Assembly debated it.")
    check_names(got, {"Dorrowville Assembly": "place", "Kelvish National Assembly": "organization"})


def test_an_assembly_without_an_owner_stays_a_body(registry):
    check_names(_labels(registry, "Delegates to the Dorrowville Assembly voted."),
                {"Dorrowville Assembly": "organization"})


# -- read as persons ----------------------------------------------------------------------------------
def test_a_school_with_its_city_after_its_head_is_no_person(registry):
    got = _labels(registry, "Tom Kelvane teaches history at Kelvin College London and spoke first.")
    check_names(got, {"Kelvin College London": "organization", "Tom Kelvane": "person"})


def test_a_firms_short_form_beside_its_full_name_is_the_firm(registry):
    got = _labels(registry, "More than 4,000 workers at Yue Dorrow Industrial Holdings struck. "
                            "Bosses said Yue Dorrow would pay.")
    check_names(got, {"Yue Dorrow": "organization"})


def test_a_trade_word_and_suffix_make_short_forms():
    kinds = {"Yue Dorrow Industrial Holdings": ("organization", False), "Yue Dorrow": ("person", True),
             "Kelvott": ("place", False), "Kelvott International": ("organization", False),
             "Dorrow": ("thing", False), "Ann Tallow": ("person", True)}
    assert sorted(firm_short_forms(kinds, {"Holdings", "International"}, lambda _w: False)) \
        == ["Kelvott", "Yue Dorrow"]
    # a person beside a firm of two words (no trade word) is no short form
    assert firm_short_forms({"Ann Tallow": ("person", True), "Ann Tallow Group": ("organization", False)},
                            {"Group"}, lambda _w: False) == []


def test_a_coal_firms_first_word_is_the_firm(registry):
    got = _labels(registry, "Kelvriot Coal wants to end the retirees' health plan. Pickets at "
                            "Kelvriot’s Dorrow Hollow portal turned back a truck.")
    check_names(got, {"Kelvriot": "organization"})


def test_a_union_before_its_local_is_the_union():
    kinds = {"Kelvifor": ("thing", False), "Kelvifor Local 597": ("organization", False),
             "Tallow": ("place", False), "Tallow Local 3": ("organization", False)}
    assert union_short_forms(kinds, {"Local", "Lodge"}) == ["Kelvifor"]


def test_a_union_written_alone_beside_its_local(registry):
    got = _labels(registry, "Members say Kelvifor will hold the contract vote in May. "
                            "Members of Kelvifor Local 597 voted.")
    check_names(got, {"Kelvifor": "organization"})


# -- bodies by their own language's name ---------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Officials of the Federatsiya Profsoyuzov Kelvskoi Oblasti (Kelv Region Union Federation) "
     "stayed silent.",
     {"Federatsiya Profsoyuzov Kelvskoi Oblasti": "organization"}),
    ("Reporters from Kelvaya Gazeta joined staff of the radio station Ekho Dorrowy at the rally.",
     {"Kelvaya Gazeta": "periodical", "Ekho Dorrowy": "organization"}),
    ("Leaflets of the Sandikaye Kargarane Kelvabad (Kelvabad Workers Syndicate) were handed out.",
     {"Sandikaye Kargarane Kelvabad": "organization"}),
    ("A statement from the Articulación de Kelvos Sociales was read aloud.",
     {"Articulación de Kelvos Sociales": "organization"}),
    ("Dockers left the Landsdorrowen (LK), the national labor federation, "
     "in March.", {"Landsdorrowen": "organization", "LK": "organization"}),
    ("Dorms were occupied by students organized in the Kelvokyoto last spring.",
     {"Kelvokyoto": "organization"}),
    ("The Kelvakwe First Nation joined the fishers.", {"Kelvakwe First Nation": "organization"}),
])
def test_a_body_by_its_own_languages_head_or_its_frame(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- places -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The meeting was held at the bookshop on Kelvtorget in the city.", {"Kelvtorget": "place"}),
    ("Troops now patrol the Kelvana oil field, where Dorrow Oil pumps crude.",
     {"Kelvana": "place"}),
])
def test_a_square_and_a_field(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
