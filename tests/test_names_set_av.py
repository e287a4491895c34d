"""Names of the kinds held-out set AV (print, 1995–2008) showed cut, missed or mistyped, in
made-up sentences in the paper's shapes: a person's full name that holds a registry name after
a given name opening the sentence, a place's name after "all-" before a lower-case noun
(kg.nlp.entities.mentions), "Bloc" opening a party's name (entities.toml leading heads). No name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- a registry name inside a person's full name after a given name opening the sentence -------
    pytest.param(("Pedro Batista de Almeida, who sorts seed at the cooperative, spoke last.",),
                 {"Pedro Batista de Almeida": "person", "Batista": None, "Almeida": None},
                 id="a-registry-surname-after-a-given-name-opening-the-sentence"),
    pytest.param(("Keisha Washington-Lyles, a welder on the night crew, called the offer an insult.",),
                 {"Keisha Washington-Lyles": "person", "Washington": None},
                 id="a-registry-city-opening-a-double-surname"),
    pytest.param(("Washington sent more troops in the spring.", "Then Batista fled the island."),
                 {"Washington": Not("person"), "Batista": "person"},
                 id="a-registry-name-after-an-ordinary-opener-stands-alone"),
    # -- a place's adjective after "all-" -----------------------------------------------------------
    pytest.param(("Delegates voted for an all-Canada wage scale at the convention.",),
                 {"Canada": None, "all-Canada": None},
                 id="all-and-a-country-before-a-lower-case-noun-is-an-adjective"),
    pytest.param(("The strike spread to all of Canada by June.",),
                 {"Canada": "country"},
                 id="all-of-a-country-names-it"),
    # -- "Bloc" opening a party's name ---------------------------------------------------------------
    pytest.param(("Backers of the plan, the Parti Kelvois (PK) cabinet of Premier Lise Dorrande and "
                  "the Bloc Kelvois among them, lost ground in the north.",),
                 {"Bloc Kelvois": "organization", "Lise Dorrande": "person"},
                 id="bloc-opens-a-partys-name"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_set_av_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
