"""An organisation's acronym before its officer's title and name stands alone
(kg.nlp.entities.mentions.glue `_acronym_before_officer`; set DA, branch passA42): the registry's
"AFL-CIO" opening "AFL-CIO President … said" was dropped as glued to the title. Made-up sentences
in the paper's shapes; no name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("The freeze drew protests. AFL-CIO President Tom Dorrow called it unfair.",),
                 {"AFL-CIO": "organization", "Tom Dorrow": "person"},
                 id="registry-acronym-before-president"),
    pytest.param(("Marchers filled the square, and AFL-CIO President Ana Kelvin spoke.",),
                 {"AFL-CIO": "organization", "Ana Kelvin": "person"},
                 id="inside-a-sentence"),
]


@pytest.mark.parametrize("paragraphs,want", CASES)
def test_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
