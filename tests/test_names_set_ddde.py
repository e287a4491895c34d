"""Names of the kinds held-out sets DD and DE showed missed or typed wrong, in made-up sentences in
the paper's shapes (passB42): a page's writer named by surname alone in the writers' closing
credit ("Okafor is a member of the union."; kg.nlp.entities.kinds.shortforms `_one_surname`).
No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


@pytest.mark.parametrize("byline, paragraphs, want", [
    # the writers' closing credit, by surname alone: the people the page signs with
    ("DANA OKAFOR AND LUIS VELTRANO",
     ("Bakers at the Kelvo plant stayed out for a third week.",
      "Okafor is a member of the bakers union. Veltrano is a member of Local 12."),
     {"Okafor": "person", "Veltrano": "person"}),
    # a common word that is also the writer's surname stays a word opening its sentence
    ("ANA YOUNG",
     ("Bakers at the Kelvo plant stayed out for a third week.",
      "Young workers joined the picket line every morning."),
     {"Young": None}),
])
def test_a_writers_surname_alone_is_the_writer(registry, byline, paragraphs, want):
    check_names(dict(found(registry, *paragraphs, byline=byline)), want)
