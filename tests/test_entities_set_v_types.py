"""Kinds of new names on set V's kinds (issue 10, branch ent35): a union's body named with an
event's head, a federal state before its government, a firm named by its metal, a firm named
for its region, a rich owner's apposition, a firm's short form beside its full name, a
feature's title before its noun, a product's model code. Every sentence is made up for these
tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, Not, check_names, found, kinds_of, surfaces


def _kinds(registry, *paragraphs) -> dict[str, str]:
    """Surface → kind of every mention found."""
    return kinds_of(found(registry, *paragraphs))


# One row a case: a made-up sentence, then what the entities stage must say of each name (a
# kind, Not(kind), NAMED, or None: not named; nlp_support.check_names). The cases that ask
# more of a sentence (no name opening with a code, a town of either kind) are tests below.
CASES = [
    # -- a union's body named with an event's head ------------------------------------------------
    pytest.param("Crews in the Teamsters Kelvia Rail Conference (TKRC) voted. The TKRC said no.",
                 {"Teamsters Kelvia Rail Conference": "organization", "TKRC": "organization"},
                 id="union-word-before-conference-makes-a-union"),
    pytest.param("Members of the Kelvish Rail Conference met in Dorrow.",
                 {"Kelvish Rail Conference": "event"},
                 id="conference-with-no-union-only-word-stays-an-event"),
    pytest.param("The Black Workers Conference met in Dorrow.", {"Black Workers Conference": "event"},
                 id="workers-conference-with-no-union-only-word-stays-an-event"),
    # -- a federal state before its government ----------------------------------------------------
    pytest.param("Ada Obi, a nurse paid by the Dorrovo State government, joined the picket.",
                 {"Dorrovo State": "place"}, id="state-before-its-government-is-a-place"),
    pytest.param("Fans of the Kelvo State team cheered the players.", {"Kelvo State": Not("place")},
                 id="state-before-no-government-noun-is-not-made-a-place"),
    # -- a firm named by its metal or for its region ----------------------------------------------
    pytest.param("Strikers picketed the gates of Kelvin Aluminum’s rolling mill. "
                 "Kelvin hired scabs in March.",
                 {"Kelvin Aluminum": "organization"}, id="firm-named-by-its-metal-is-no-person"),
    pytest.param("Nurses voted on Monday. Shelter Western Cape, the clinic’s owner, demands concessions.",
                 {"Shelter Western Cape": "organization"},
                 id="common-word-before-a-region-is-a-firm-before-a-role-noun"),
    pytest.param("Mary Western Cape, the clinic’s owner, demands concessions.",
                 {"Mary Western Cape": "person"},
                 id="given-name-before-a-region-stays-a-person"),
    # a word English writes in lower case too ("mark"), then one town's name: a person's
    pytest.param("After the meeting, Mark Sudbury, a construction worker, said so.",
                 {"Mark Sudbury": "person"},
                 id="given-name-english-word-before-a-town-stays-a-person"),
    # -- a rich owner's apposition ----------------------------------------------------------------
    pytest.param("The plant, bought by Femi Kelvo, the richest man in the region, reopened.",
                 {"Femi Kelvo": "person"}, id="owner-called-the-richest-man-is-a-person"),
    pytest.param("The mill, owned by Dorrow Kelvin, a billionaire, closed in May.",
                 {"Dorrow Kelvin": "person"},
                 id="owner-called-a-billionaire-is-a-person"),
    # -- a firm's short form beside its full name ------------------------------------------------
    pytest.param("Wage cuts at Kelvott have angered cooks. Kelvott International, the biggest hotel chain "
                 "anywhere, posted record profits.",
                 {"Kelvott": "organization", "Kelvott International": "organization"},
                 id="firms-short-form-beside-its-full-name-is-the-firm"),
    pytest.param("Workers struck at Kelvott.", {"Kelvott": "place"},
                 id="name-after-at-alone-keeps-its-place"),
    # -- a feature's title before its noun --------------------------------------------------------
    pytest.param("Send your reports to the On the Dock Front column by Friday.",
                 {"On the Dock Front": "work", "Dock Front": None}, id="features-title-before-column"),
    pytest.param("Read the In the Kelvin Mills page each week.",
                 {"In the Kelvin Mills": "work", "Kelvin Mills": None}, id="features-title-before-page"),
    # -- a product's model code; a group named by a code -----------------------------------------
    pytest.param("Leaders at the G20 summit met in Rome.", {"G20": NAMED},
                 id="group-named-by-a-code-after-the-is-kept"),
    # -- a firm's local company named with its town -----------------------------------------------
    pytest.param("Pickets closed Kelvomet Sudbury’s smelter gate. The union says Kelvomet Sudbury, a nickel "
                 "company, cut pay twice.", {"Kelvomet Sudbury": "organization", "Kelvomet": None},
                 id="firms-local-company-named-with-its-town-is-one-name"),
]


@pytest.mark.parametrize("sentence,want", CASES)
def test_set_v_types(registry, sentence, want):
    check_names(surfaces(registry, sentence), want)


@pytest.mark.parametrize("sentence", [
    "The nurses got a single R40 respirator each month.",
    "R40 respirators ran short by April.",
])
def test_a_model_code_before_its_product_names_nothing(registry, sentence):
    assert not any(k.startswith("R40") for k in _kinds(registry, sentence))


def test_a_firm_and_its_plants_town_stay_two_names_otherwise(registry):
    got = _kinds(registry, "Pickets closed Kelvomet Sudbury’s smelter gate.")
    assert got.get("Kelvomet") == "organization" and got.get("Sudbury") in ("city", "place"), got
