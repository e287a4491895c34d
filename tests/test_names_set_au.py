"""Names of the kinds held-out set AU (site, 2017–2024) showed cut or glued, in made-up
sentences in the paper's shapes: a book's title with a subtitle after a colon (a span of years
after a space closing it; after a verb of reading or a count of copies), a title after a
writer's possessive before ", published in" a year (kg.nlp.entities.spans.titles), a title-case
name with "and" inside spelled by its acronym (kg.nlp.entities.spans.andinitials), a law's
title with a small word inside and a charter's two subjects (kg.nlp.entities.spans.laws), a
firm's workers with their possessive (kg.nlp.entities.mentions), a short name after "known as
the" (kg.nlp.entities.cues.phrases), an untyped name after "during the" (kg.nlp.entities.kinds.
timenames) or after a body's noun and ", the" (kg.nlp.entities.kinds.bodiesapposed). No name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, Not, check_names, found

CASES = [
    # -- titles with a subtitle after a colon -------------------------------------------------------
    pytest.param(("The chapter printed here comes from Salt Flats and the Long Fight: Utah 1903–1911 "
                  "by Mara Ellen Dorrow-Kent, a former teacher.",),
                 {"Salt Flats and the Long Fight: Utah 1903–1911": NAMED, "Salt Flats": None,
                  "Long Fight": None, "Utah": None, "Mara Ellen Dorrow-Kent": "person"},
                 id="years-after-a-space-close-a-subtitle"),
    pytest.param(("Anyone curious about the strike can read Kelvia: Uprising in an Old Kingdom.",),
                 {"Kelvia: Uprising in an Old Kingdom": "book", "Old Kingdom": None, "Uprising": None},
                 id="a-subtitled-title-after-read"),
    pytest.param(("At the stall the dockers picked up copies of The Road to the Mills: Building a "
                  "Fighting Union.",),
                 {"The Road to the Mills: Building a Fighting Union": "book", "Fighting Union": None},
                 id="a-subtitled-title-after-copies-of"),
    pytest.param(("Workers should read Kelvia: it tells the truth about the strike.",),
                 {"Kelvia: it tells the truth about the strike": None},
                 id="a-lower-case-clause-after-the-colon-is-no-subtitle"),
    pytest.param(("She liked to read Dorrow Street without a map.",),
                 {"Dorrow Street without a map": None},
                 id="no-colon-no-title-after-read"),
    pytest.param(("For more, see Ana Kelvane’s Dock Hands Speak, published in 1934.",),
                 {"Dock Hands Speak": "book", "Ana Kelvane": "person",
                  "see Ana Kelvane’s Dock Hands Speak": None},
                 id="a-writers-possessive-before-a-title-published-in-a-year"),
    pytest.param(("We stocked Women’s Rights and the Kelvin Shops, published by Pathfinder, for the fair.",),
                 {"Women’s Rights and the Kelvin Shops": "book"},
                 id="a-possessive-of-no-person-stays-in-the-title"),
    pytest.param(("Copies of Harbor Nights: Lena Ortiz and the Kelvo Women’s Guard of the Docks, "
                  "published by Pathfinder, went to the union hall.",),
                 {"Harbor Nights: Lena Ortiz and the Kelvo Women’s Guard of the Docks": "book",
                  "Guard of the Docks": None},
                 id="a-subtitles-possessive-stays-in-the-title"),
    pytest.param(("The Dorrow Weekly, published in Ohio, closed in 1950.",),
                 {"Dorrow Weekly": Not("book")},
                 id="published-in-a-place-says-no-book"),
    # -- "and" inside a name its acronym spells ------------------------------------------------------
    pytest.param(("Nurses at the clinic said the Alliance of Labor and Justice (ALJ) would join the "
                  "march.",),
                 {"Alliance of Labor and Justice": "organization", "Alliance of Labor": None,
                  "ALJ": "organization"},
                 id="an-acronym-spells-a-name-with-and"),
    pytest.param(("Delegates of the Kelvo Bakers Union and Dorrow Cooks Guild (DCG) met on Monday.",),
                 {"Dorrow Cooks Guild": "organization",
                  "Kelvo Bakers Union and Dorrow Cooks Guild": None},
                 id="an-acronym-of-the-second-name-joins-nothing"),
    # -- laws and charters ----------------------------------------------------------------------------
    pytest.param(("The Keeping Nurses at Work Act, called Bill 14, bans strikes in the wards.",),
                 {"Keeping Nurses at Work Act": NAMED, "Keeping Nurses": None, "Work Act": None},
                 id="a-small-word-inside-a-laws-title"),
    pytest.param(("Clerks told the Committee at Dorrow Act hearings that the wage was too low.",),
                 {"Committee at Dorrow Act": None},
                 id="a-head-before-the-small-word-stays-apart"),
    pytest.param(("The ruling sets aside the Bill of Duties and Freedoms of the province.",),
                 {"Bill of Duties and Freedoms": NAMED, "Freedoms": None, "Bill of Duties": None},
                 id="a-charters-two-subjects"),
    pytest.param(("Tenants wrote to the Charter of Kelvo and Maria Dorrow said no.",),
                 {"Charter of Kelvo and Maria": None},
                 id="a-given-name-after-and-is-no-subject"),
    # -- a short name after "known as the" ------------------------------------------------------------
    pytest.param(("The Kelvia Rescue Service, known as the Blue Vests, dug people out of the rubble.",),
                 {"Kelvia Rescue Service": "organization", "Blue Vests": "organization"},
                 id="known-as-the-takes-the-full-names-kind"),
    # -- untyped names typed by the words around them ------------------------------------------------
    pytest.param(("Many students were killed during the Blue Purge in the capital.",),
                 {"Blue Purge": "event"},
                 id="during-the-sets-an-untyped-name-in-time"),
    pytest.param(("Crowds gathered during the Kelvo Dorrow visit to the port.",),
                 {"Kelvo Dorrow": Not("event")},
                 id="during-the-leaves-a-typed-name-alone"),
    pytest.param(("A council of officers, the Kelvo, seized the palace at dawn.",),
                 {"Kelvo": "organization"},
                 id="an-untyped-name-after-a-bodys-noun"),
    pytest.param(("Tallo, the capital, fell in a week.",),
                 {"Tallo": Not("organization")},
                 id="no-bodys-noun-no-body"),
    # -- a firm's workers with their possessive ---------------------------------------------------------
    pytest.param(("Back the Amazon Drivers’ walkout for safe routes!",),
                 {"Amazon": "organization", "Amazon Drivers": None},
                 id="a-firms-workers-possessive-names-the-firm"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_set_au_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
