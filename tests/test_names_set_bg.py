"""Kinds the held-out set BG (print and today's site, 1996–2025) showed wrong, in made-up
sentences in the paper's shapes: a sentence-opening "In <name>," is the place the sentence
happens in, not the person or body its apposition names (kg.nlp.entities.kinds.openingframes
`opening_places`); an announcing verb's "it" makes its subject a body (`it_bodies`); a firm by a
stake in it or the site it closed (kg.nlp.entities.kinds.firmframes). No name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- "In <name>," opening a sentence --------------------------------------------------------------
    pytest.param(("Strikes spread fast. In Dorrovung, the harbor chief, Tam Kelvo-li, shelled the "
                  "town hall where delegates had gathered.",),
                 {"Dorrovung": "place", "Tam Kelvo-li": "person"},
                 id="in-name-before-a-role-apposition-is-a-place"),
    pytest.param(("The revolt reached the coast. In Velmachung, a militia called the Ninth "
                  "Column seized the barracks.",),
                 {"Velmachung": "place"},
                 id="in-name-before-a-body-apposition-is-a-place"),
    pytest.param(("In Velmachung, a militia formed. Later Velmachung told reporters the militia "
                  "would disband.",),
                 {"Velmachung": Not("place")},
                 id="a-name-also-used-outside-a-place-frame-is-left-alone"),
    # -- an announcing verb and "it" ------------------------------------------------------------------
    pytest.param(("The stock climbed when Dorvel Telemark announced it will close two call centers.",),
                 {"Dorvel Telemark": "organization"},
                 id="announced-it-makes-a-body"),
    pytest.param(("Jobs were cut, said Dorvel Kalmar, a welder. “We will fight,” he said.",),
                 {"Dorvel Kalmar": "person"},
                 id="a-speaker-without-it-stays-a-person"),
    # -- a stake in a firm, a firm that closed a site ---------------------------------------------------
    pytest.param(("Last year Kelvo Motors took a large stake in Dorramatic and then moved its "
                  "engine work abroad.",),
                 {"Dorramatic": "organization"},
                 id="a-stake-in-a-name-makes-a-firm"),
    pytest.param(("Some 300 workers lost their jobs when Velmaneos shut the refinery last spring.",),
                 {"Velmaneos": "organization"},
                 id="a-name-that-shut-the-refinery-is-a-firm"),
    pytest.param(("Some 300 workers marched in Velmaneos last spring.",),
                 {"Velmaneos": "place"},
                 id="without-the-frame-a-locative-place-stays"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_set_bg(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
