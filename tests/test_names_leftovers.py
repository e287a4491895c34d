"""Leftovers across the sets (issue 10, branch ent75), each a general rule tested on made-up
sentences in the paper's shapes: a mine's name where the text stands by it ("near the Kelvo
mine": kg.nlp.entities.kinds.placedsites); a town named in lower case as a fight's place ("the
battle of Kelvarts": entities.toml `place_before`). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- a mine's name where the text stands by it ------------------------------------------------
    pytest.param(("We ate at a truck stop near the Dorrowin mine before the rally.",),
                 {"Dorrowin": "place"}, id="near-the-mine-is-a-place"),
    pytest.param(("Six men were trapped in the Tallowick coal mine for two days.",),
                 {"Tallowick": "place"}, id="in-the-coal-mine-is-a-place"),
    pytest.param(("We ate at a truck stop near the Dorrowin mine. Dorrowin management would not talk.",),
                 {"Dorrowin": "organization"}, id="a-firms-noun-elsewhere-keeps-the-firm"),
    pytest.param(("Families live near the Dorrowin mine. Dorrowin’s owners cut pay.",),
                 {"Dorrowin": "organization"}, id="a-possessive-elsewhere-keeps-the-firm"),
    pytest.param(("Drillers at the Dorrowin mine voted to strike.",),
                 {"Dorrowin": "organization"}, id="at-the-mine-stays-the-employers-frame"),
    pytest.param(("Trucks came from the Dorrowby mines every hour.",),
                 {"Dorrowby": "organization"}, id="the-plural-stays-the-firms-mines"),
    pytest.param(("Pickets stood near the Kelvo Mining mine all night.",),
                 {"Kelvo Mining": "organization"}, id="a-firms-head-word-keeps-the-firm"),
    # -- a fight named in lower case for its place ----------------------------------------------------
    pytest.param(("Loggers at Kelvarts walked out in March. The battle of Kelvarts left three dead.",),
                 {"Kelvarts": "place"}, id="the-battle-of-a-town-is-the-town"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_leftovers(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
