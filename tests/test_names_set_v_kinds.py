"""Where a name begins and ends on set V's kinds (issue 10, read by category after its untuned
measure; branch ent35): "and" inside a union's name before a numbered local or after a country,
a local's number glued before its union's initials, a union's initials before its country's
branch and local, a federation's initials before its union, a role noun before a name with a
particle, a double-barrelled surname after a registry person's name. Every sentence is made up
for these tests; no text or name of a held-out set is used (registry names stand only where the
mechanism needs a known one)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found, surfaces


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# One row a case: a made-up sentence, then what the entities stage must say of each name (a
# kind, a registry key, NAMED, or None: not named; nlp_support.check_names). The cases
# that ask more of a sentence (one name in all, no name opening with a digit or a role, a
# registry person's key kept apart, a town of either kind) are tests below.
CASES = [
    # -- "and" inside a union's name ------------------------------------------------------------
    # "Plantation" is a town the gazetteer knows; after a registry country and before "and" and
    # a union's head it is the members' trade
    pytest.param("Pickers in the Ghana Plantation and Orchard Workers Union won a raise.",
                 {"Ghana Plantation and Orchard Workers Union": "organization", "Plantation": None,
                  "Orchard Workers Union": None}, id="town-word-after-a-country-before-and-joins-the-union"),
    # no country glued before it: the town is a name of its own, as before
    pytest.param("Drivers in Buffalo and Rochester Workers Union members met.",
                 {"Buffalo and Rochester Workers Union": None},
                 id="town-alone-before-and-still-stands-apart"),
    # -- numbers and initials before a union ----------------------------------------------------
    pytest.param("Ana Kelvo, a steward in 2231KWU Kelvin Care Workers East, spoke first.",
                 {"2231KWU Kelvin Care Workers East": "organization", "Kelvin Care Workers East": None},
                 id="number-glued-before-initials-opens-the-union-name"),
    pytest.param("The Dorrow Care Workers West signed the contract.",
                 {"Dorrow Care Workers West": "organization"},
                 id="compass-word-after-a-unions-head-keeps-it-a-union"),
    pytest.param("Dockers in KAWU Canada Local 871 rejected the offer.",
                 {"KAWU Canada Local 871": "organization", "Canada Local 871": None},
                 id="initials-before-a-country-and-a-local-open-its-name"),
    pytest.param("Dockers in DWU-CLC Canada Local 871 rejected the offer.",
                 {"DWU-CLC Canada Local 871": "organization", "Canada Local 871": None},
                 id="hyphenated-initials-before-a-country-and-a-local-open-its-name"),
    pytest.param("Dockers in Canada Local 871 rejected the offer.", {"Canada Local 871": NAMED},
                 id="country-and-local-with-no-initials-stay-as-before"),
    pytest.param("In 1946 the CIO United Auto Workers walked out at General Motors.",
                 {"CIO United Auto Workers": "organization", "CIO": None, "United Auto Workers": None},
                 id="federations-initials-before-its-union-make-one-name"),
    pytest.param("The United Auto Workers and the CIO met in 1946.",
                 {"United Auto Workers": "organization/united-auto-workers",
                  "CIO": "organization/congress-of-industrial-organizations"},
                 id="federation-and-union-apart-stay-two"),
    # -- people ---------------------------------------------------------------------------------
    pytest.param("Rosa Maria de Kelvo joined the picket line.", {"Rosa Maria de Kelvo": "person"},
                 id="given-name-before-a-particle-stays-the-names"),
    # -- a town named with a title ---------------------------------------------------------------
    pytest.param("Guests danced at Prince Albert’s ball.", {"Albert": "person", "Prince Albert": None},
                 id="title-and-town-name-in-a-possessive-stay-a-person"),  # the prince's
    pytest.param("She met Prince Albert at the palace.", {"Albert": "person", "Prince Albert": None},
                 id="title-and-town-name-with-no-word-saying-a-town-stay-a-person"),
]


@pytest.mark.parametrize("sentence,want", CASES)
def test_set_v_kinds(registry, sentence, want):
    check_names(surfaces(registry, sentence), want)


def test_and_before_professionals_and_a_local_is_one_union(registry):
    got = _labels(registry, "Dorrow Nurses and Allied Professionals Local 4471 filed a grievance on Monday.")
    assert got.get("Dorrow Nurses and Allied Professionals Local 4471", "").startswith("organization/"), got
    assert len(got) == 1, got


def test_a_number_glued_to_a_lower_case_unit_is_no_name(registry):
    got = _labels(registry, "In the 1990s the plant made 40kg bags for Dorrow Foods.")
    assert not any(k[:1].isdigit() for k in got), got


def test_a_role_noun_before_a_name_with_a_particle_is_dropped(registry):
    got = _labels(registry, "Seamstress Rosa Peña de Kelvo joined the picket line.")
    assert got.get("Rosa Peña de Kelvo", "").startswith("person/"), got
    assert not any(k.startswith("Seamstress") for k in got), got


def test_a_registry_persons_name_before_a_hyphenated_surname_is_another_person(registry):
    got = _labels(registry, "Workers spoke with Jack Barnes-Kelvo at the plant gate.")
    assert got.get("Jack Barnes-Kelvo", "").startswith("person/"), got
    assert "Jack Barnes" not in got and got.get("Jack Barnes-Kelvo") != "person/jack-barnes", got
    got = _labels(registry, "Workers spoke with Jack Barnes at the plant gate.")
    assert got.get("Jack Barnes") == "person/jack-barnes", got


def test_at_before_a_title_and_a_known_town_makes_the_town(registry):
    got = _labels(registry, "Freight trains sat idle at Prince Albert for a week.")
    assert got.get("Prince Albert", "").split("/")[0] in ("city", "place"), got
    assert "Albert" not in got, got
