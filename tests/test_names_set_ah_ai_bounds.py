"""The boundaries and junk left on sets AH and AI (issue 10, branch ent54): a union named for
its employer with "and" inside, a Romance union's "y sus …", a body named for a place's people,
a lettered local number and a numbered local opening a sentence. Every sentence is made up for
these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- a union named for its employer, "and" inside the employer's name ------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Drivers of the Syndicate of Workers of Kelvin and Suburbs Tram Company struck on Monday.",
     {"Syndicate of Workers of Kelvin and Suburbs Tram Company": "organization",
      "Syndicate of Workers of Kelvin": None, "Suburbs Tram Company": None}),
    ("The Union of Employees of Dorrow and Region Water Company met.",
     {"Union of Employees of Dorrow and Region Water Company": "organization"}),
    # the area's word alone still closes the union's name, as before
    ("The Metalworkers Union of Kelvinburg and Region met.",
     {"Metalworkers Union of Kelvinburg and Region": "organization"}),
    # a run after "and" that no organisation's head ends is left apart
    ("The Metalworkers Union of Kelvinburg and Region Dorrow spoke.",
     {"Metalworkers Union of Kelvinburg and Region Dorrow": None}),
])
def test_a_union_named_for_its_employer(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a Romance union's name over "y sus", "et ses" ---------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The Sindicato de Obreros de la Madera y sus Derivados called a strike.",
     {"Sindicato de Obreros de la Madera y sus Derivados": "organization",
      "Derivados": None}),
    ("The Syndicat des Travailleurs du Bois et ses Dérivés called a strike.",
     {"Syndicat des Travailleurs du Bois et ses Dérivés": "organization", "Dérivés": None}),
])
def test_a_romance_union_over_its_possessive(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a body named for a place's people ---------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Nurses at Children’s Ohio walked out.",
     {"Children’s Ohio": "organization", "Children": None, "Ohio": None}),
    ("Nurses at Children's Oregon and at Kelvo General walked out.",
     {"Children's Oregon": "organization", "Children": None}),
    # a name that runs on past the place is not this shape
    ("The Children’s Crusade began in Ohio.", {"Children’s Crusade": "event", "Ohio": "place"}),
])
def test_a_body_named_for_a_places_people(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a union local's lettered number, and the local alone opening a sentence -----------------------
@pytest.mark.parametrize("paragraphs, want", [
    (("The International Association of Machinists Local S9 picket line grew on Friday.",),
     {"International Association of Machinists Local S9": "organization", "Local S9": None,
      "International Association of Machinists": None}),
    (("Some 900 members of Kelvin Workers Local 77 struck.", "Local 77 members voted on Sunday."),
     {"Kelvin Workers Local 77": "organization", "Local 77": "organization"}),
    (("Members of Kelvin Workers Local S9 struck.", "Local S9 voted again."),
     {"Kelvin Workers Local S9": "organization", "Local S9": "organization"}),
    (("Members of Kelvin Workers Local P-9 struck.",), {"Kelvin Workers Local P-9": "organization"}),
    # a common word opening a sentence is still no name
    (("Local residents came to the rally.",), {"Local": None}),
])
def test_a_union_locals_number(registry, paragraphs, want):
    check_names(_labels(registry, *paragraphs), want)


# -- a minister's portfolio, a people, a firm's strike after its years, a publisher's title -------
@pytest.mark.parametrize("paragraphs, want", [
    # the portfolio names the office, no body; the minister's name stays whole
    (("Minister of Light Industries and Trade Ana Dorrow met the union.",),
     {"Light Industries": None, "Trade Ana Dorrow": None, "Ana Dorrow": "person"}),
    (("The minister of Heavy Industries, Ana Dorrow, spoke.",),
     {"Heavy Industries": None, "Ana Dorrow": "person"}),
    # a people named by its own word and "Indians": no name, nor the people listed before it
    (("A school for Mixe and Zoque Indians opened in the hills last year.",),
     {"Zoque Indians": None, "Mixe": None}),
    # the firm struck, a strike's years between "the" and its name
    (("Retirees recalled the 1971–72 Kelvane strike at the meeting.",), {"Kelvane": "organization"}),
    (("Retirees recalled the 1971 Kelvane strike at the meeting.",), {"Kelvane": "organization"}),
    # a registry publisher's possessive opens its book's title
    (("A nurse bought Pathfinder's Make the Harvest Ours at the stall.",),
     {"Make the Harvest Ours": "work", "Pathfinder": "organization"}),
    (("She read Pathfinder’s Kelvo Workers Union pamphlet.",),
     {"Kelvo Workers Union": "organization"}),
])
def test_offices_peoples_strikes_and_titles(registry, paragraphs, want):
    check_names(_labels(registry, *paragraphs), want)
