"""Names and kinds the held-out set BT (U.S. civil rights and police-killing pages, 1994–2026)
showed cut or typed wrong, in made-up sentences in the paper's shapes (branch ent107): an order
of several words with its number (kg.nlp.entities.spans.numberednames), a law named for a
registry person (spans.namesakelaws), a name holding its own "in" (spans.linkednames) and a
congregation of that denomination (kinds.localchurches `local_congregation`), a digit for a small
word in a body's name (spans.digitlinks), a periodical's noun after its title
(kinds.periodicalnouns), a review's author before the imprint (kinds.reviewauthors), local
churches opened by "New" or named for a chapel, "Acts" as a law's head, and a "beating death
of" a person (kinds.victims), the first of a list of people (kinds.listedpeople), a name's
possessive and a role before a person (kinds.possessiveroles). No name or
sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- an order or a law of several words with its number -----------------------------------------
    pytest.param(("Families were interned under Executive Order No. 9066 for three years.",),
                 {"Executive Order No. 9066": "work", "Executive Order": None},
                 id="an-order-of-two-words-takes-its-number"),
    pytest.param(("The governor's Emergency Health Order No. 12 closed the packing plants.",),
                 {"Emergency Health Order No. 12": "work", "Emergency Health Order": None},
                 id="an-order-of-three-words-takes-its-number"),
    pytest.param(("Pickets sang on Order Street the whole night.",),
                 {"Order Street": "place"},
                 id="a-street-named-order-is-no-numbered-law"),
    # -- a law named for a registry person ------------------------------------------------------------
    pytest.param(("Campaigners want the Steve Biko Detainee Protection Act passed this year.",),
                 {"Steve Biko Detainee Protection Act": "work", "Detainee Protection Act": None},
                 id="a-law-named-for-a-registry-person-opens-at-the-person"),
    pytest.param(("Steve Biko Detainee Protection Act supporters marched.",),
                 {"Steve Biko": "person", "Steve Biko Detainee Protection Act": None},
                 id="without-the-the-person-stays-apart"),
    # -- a name holding its own "in", and its congregation --------------------------------------------
    pytest.param(("Mourners filled Dorrow Temple Church of God in Christ on Kelvin Avenue.",),
                 {"Dorrow Temple Church of God in Christ": "place", "Christ": None,
                  "Dorrow Temple Church of God": None},
                 id="a-temple-of-the-church-of-god-in-christ-is-one-place"),
    pytest.param(("Bishops of the Church of God in Christ met in Kelvo.",),
                 {"Church of God in Christ": "organization", "Christ": None},
                 id="the-denomination-named-whole-is-a-body"),
    # -- a digit for a small word ---------------------------------------------------------------------
    pytest.param(("Speakers from the Justice 4 Arlo Venn Coalition called a march.",),
                 {"Justice 4 Arlo Venn Coalition": "organization", "Arlo Venn Coalition": None},
                 id="a-digit-for-for-inside-a-coalitions-name"),
    pytest.param(("Dorrow scored 4 Kelvo Rangers players said.",),
                 {"Dorrow 4 Kelvo Rangers": None},
                 id="a-score-before-a-team-is-no-digit-link"),
    # -- a periodical's noun after its title ----------------------------------------------------------
    pytest.param(("Photographs printed in Kelvane magazine shocked readers.",),
                 {"Kelvane": "periodical"},
                 id="a-title-before-magazine-is-a-periodical"),
    pytest.param(("A Chicago newspaper ran the story.",),
                 {"Chicago": "city/chicago"},
                 id="a-town-before-newspaper-stays-a-place"),
    # -- local churches ---------------------------------------------------------------------------------
    pytest.param(("The vigil began at New Dorrow Baptist Church, and marchers rested at Kelvin Chapel "
                  "AME Church.",),
                 {"New Dorrow Baptist Church": "place", "Kelvin Chapel AME Church": "place"},
                 id="new-opens-and-a-chapel-names-a-local-church"),
    # -- laws passed as a set ---------------------------------------------------------------------------
    pytest.param(("In 1790 the assembly passed the Dorrow Acts over the governor's veto.",),
                 {"Dorrow Acts": "work"},
                 id="acts-heads-a-work"),
    # -- a review's author before the imprint ---------------------------------------------------------
    pytest.param(("Tallow Road Diaries by Quenby Marrast. Dorrowville, Kelvia: Ashgrove Books, 2009. 212 pp. "
                  "$15.00.", "Marrast was a dockworker when the strike began."),
                 {"Quenby Marrast": "person", "Marrast": "person"},
                 id="a-reviews-author-before-the-imprint-is-a-person"),
    pytest.param(("Tallow Road Diaries by Quenby Marrast is on sale at Kelvo stores.",),
                 {"Quenby Marrast": Not("person")},
                 id="by-a-name-without-an-imprint-is-no-author-by-this-rule"),
    # -- the first of a list of people ------------------------------------------------------------------
    pytest.param(("The jury found Tavarro Quenby, Michael Dorrow and Sarah Kelvey not guilty of assault.",),
                 {"Tavarro Quenby": "person", "Michael Dorrow": "person", "Sarah Kelvey": "person"},
                 id="the-first-of-a-list-of-people-is-a-person"),
    pytest.param(("Delegates came from Tavarro Quenby, Kelvo Steel and Sarah Kelvey.",),
                 {"Tavarro Quenby": Not("person")},
                 id="a-list-with-a-body-says-no-person"),
    # -- a name's possessive and a role before a person -------------------------------------------------
    pytest.param(("The vigil was quiet. Venn’s mother, Quenby Marrast, spoke last.",),
                 {"Quenby Marrast": "person"},
                 id="a-possessive-and-a-role-before-a-name-make-a-person"),
    pytest.param(("Kelvo’s capital, Tallow Dorr, was shelled.",),
                 {"Tallow Dorr": Not("person")},
                 id="a-possessive-and-no-role-say-no-person"),
    # -- a beating death -------------------------------------------------------------------------------
    pytest.param(("Hundreds protested the beating death of Tavon Kelvey outside the courthouse.",),
                 {"Tavon Kelvey": "person"},
                 id="the-beating-death-of-a-name-is-a-persons"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_set_bt(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
