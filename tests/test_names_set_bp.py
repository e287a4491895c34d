"""Names and kinds the held-out set BP (the communist movement's life: tributes, forums, book
fairs, fund appeals) showed cut or typed wrong, in made-up sentences in the paper's shapes
(branch ent102): a registry body's English name without the English noun the foreign run-on
glued after it (kg.nlp.entities.spans.englishtails), a gathering cut before the person it is
held for (spans.honorees), a purpose's "and" list of trades inside one body (spans.purposelists),
a place and a common noun before a works' noun as one firm (spans.statefirms), a union staffer
as a person's role (entities.toml `person_roles`), a fronted "In <place>," (kinds.frontedplaces)
and the paper's yearly fund drive in the registry, an event (a founder's surname alone after a
firm named by initials is tests/test_firmleads.py). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found

CASES = [
    # -- a registry body's English name and an English noun after it ------------------------------
    pytest.param(("Harl Vosk, a Union Pacific conductor for thirty years, chaired the meeting.",),
                 {"Union Pacific": "organization", "Union Pacific conductor": None},
                 id="a-trade-noun-after-a-registry-railroad-is-no-part-of-it"),
    pytest.param(("Dock workers of the Union nationale des dockers du Kelvo voted to strike.",),
                 {"Union nationale des dockers du Kelvo": "organization"},
                 id="a-french-body-run-on-in-its-language-stays-whole"),
    # -- a gathering and the person it is held for ---------------------------------------------------
    pytest.param(("Tova Brask-Elund is the party's candidate for mayor. Her supporters will hold a "
                  "Militant Labor Forum for Brask-Elund on April 2 at the party hall.",),
                 {"Militant Labor Forum": "event", "Brask-Elund": "person",
                  "Militant Labor Forum for Brask-Elund": None},
                 id="a-forum-for-a-candidate-is-the-forum-and-the-candidate"),
    pytest.param(("Students organized a Forum for Democracy at the college last week.",),
                 {"Forum for Democracy": "event"},
                 id="a-forum-for-a-cause-stays-one-name"),
    # -- a purpose's "and" list of trades ----------------------------------------------------------
    pytest.param(("The bosses would not meet the Dorrow Committee for Organizing Tin and Copper "
                  "Workers, which joined eleven unions.",),
                 {"Dorrow Committee for Organizing Tin and Copper Workers": "organization",
                  "Copper Workers": None},
                 id="a-committee-for-organizing-two-trades-is-one-body"),
    # -- a place and a common noun before a works' noun --------------------------------------------
    pytest.param(("She reported on the long strike at the Iowa Bacon plant near Kelvo.",),
                 {"Iowa Bacon": NAMED, "Bacon": None, "Iowa": None},
                 id="a-state-and-a-product-before-plant-are-one-firm"),
    # -- the paper's yearly fund drive (registry) ----------------------------------------------------
    pytest.param(("Kelvo supporters held a dinner that raised $900 for the Militant Fighting Fund. "
                  "The Fighting Fund closes on June 3.",),
                 {"Militant Fighting Fund": "event/militant-fighting-fund",
                  "Fighting Fund": "event/militant-fighting-fund"},
                 id="the-fighting-fund-is-the-papers-fund-drive-an-event"),
    # -- kinds ---------------------------------------------------------------------------------------
    pytest.param(("Volunteers met Kim Do-yeon, a union staffer, at the Dorrow Bakers Union hall. "
                  "“We need solidarity,” Kim said.",),
                 {"Kim Do-yeon": "person"},
                 id="a-union-staffer-is-a-person"),
    pytest.param(("The campaign went south. In Oscar Falls, the candidate met laid-off packers.",),
                 {"Oscar Falls": "place"},
                 id="a-fronted-in-place-is-no-apposition"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_names_set_bp(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
