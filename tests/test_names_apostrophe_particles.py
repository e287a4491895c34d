"""A person's name particle written with an apostrophe as a word of its own (the Dutch "’t",
the Scottish Gaelic "a’"; entities.toml `connectors`, kg.nameparticles `apostrophed`): the
entities stage reads such a name whole (kg.nlp.entities.spans.runwalk `_joined`), and a word
glued to the mark ("can’t") or a quotation's closing mark joins nothing. Made-up names and
sentences (set BD's shape, branch rdr28)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found

CASES = [
    pytest.param(("Joris van ’t Kelder, a baker in the plant, said the line speed doubled.",),
                 {"Joris van ’t Kelder": NAMED, "Kelder": None, "Joris": None},
                 id="dutch-t-curly"),
    pytest.param(("Joris van 't Kelder, a baker in the plant, said the line speed doubled.",),
                 {"Joris van 't Kelder": NAMED, "Kelder": None},
                 id="dutch-t-straight"),
    pytest.param(("Morag Nic a’ Dhorrain, a nurse at the clinic, spoke at the rally on Friday.",),
                 {"Morag Nic a’ Dhorrain": NAMED, "Morag Nic": None, "Dhorrain": None},
                 id="gaelic-a-curly"),
    pytest.param(("Tomas Dorrow can’t Kelvin the union, Ana Lee isn’t Tallow either.",),
                 {"Tomas Dorrow can’t Kelvin": None, "Ana Lee isn’t Tallow": None},
                 id="a-contraction-joins-nothing"),
    pytest.param(("“We want a raise,” said Ana Torvik. ‘Not a’ Kelvin said it.",),
                 {"Torvik. ‘Not a’ Kelvin": None},
                 id="no-particle-across-a-sentence"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_apostrophe_particles_keep_a_name_whole(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
