"""A rank's class between a title and a person's name, and "Pfc." before it
(kg.nlp.entities.spans.rankclasses, entities.toml `rank_classes`; set DI's kind, passH42): the
class and the abbreviated rank are no part of the name. Made-up names in the paper's shapes."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("Petty Officer 2nd Class Arlo Venn-Dorrow is a mechanic on the ship.",),
                 {"Arlo Venn-Dorrow": "person", "Class Arlo Venn-Dorrow": None},
                 id="a-digit-class-after-a-title"),
    pytest.param(("Petty Officer Second Class Arlo Venn is a mechanic on the ship.",),
                 {"Arlo Venn": "person", "Second Class Arlo Venn": None},
                 id="a-spelled-class-after-a-title"),
    pytest.param(("Sergeant First Class Ana Ruiz led the patrol.",),
                 {"Ana Ruiz": "person", "First Class Ana Ruiz": None},
                 id="a-first-class-after-sergeant"),
    pytest.param(("A military judge sentenced Army Pfc. Dana Kelvo on Monday.",),
                 {"Dana Kelvo": "person", "Army Pfc": None},
                 id="pfc-is-a-rank"),
    pytest.param(("He read Second Class Citizens of Kelvo in jail.",),
                 {"Citizens of Kelvo": None},
                 id="a-class-with-no-title-before-stays"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_rank_classes(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
