"""French bodies' names the lower-case words of which the runs cross (kg.nlp.entities.spans.foreign;
issue 10, set DM's kinds, branch passL43): an adjective right after the head ("Syndicat
national des …"), a registry firm after the name's "du" (the employer the union is of), a
compound place whose hyphens hold an elided article ("Nord-de-l’Île-de-Kelvo"), and the
federation's initials glued by a dash at the end ("…–CSN"), and a firm with no head closed by
a French legal form ("Kelvo d’amiante du Québec Ltée"); and a building named head first
("the Complexe Kelvo-Dorrow", entities.toml `[leading_head_types] place`). Every sentence is made up for these
tests; registry firms and cities stand only where the mechanism needs the registry to know one."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("The strikers belong to the Syndicat national des ouvriers des pâtes et papiers "
                  "de Dorrowville, which voted on Sunday.",),
                 {"Syndicat national des ouvriers des pâtes et papiers de Dorrowville": "organization",
                  "Syndicat": None},
                 id="adjective-after-the-head"),
    pytest.param(("Last week cashiers joined the new Syndicat des caissières et commis du Wal-Mart "
                  "de Kelvoville at a meeting.",),
                 {"Syndicat des caissières et commis du Wal-Mart de Kelvoville": "organization",
                  "Wal-Mart": None},
                 id="registry-firm-after-du"),
    pytest.param(("Ana Kelvoie, a clerk and member of the Syndicat des employées et employés du KLVSS "
                  "du Nord-de-l’Île-de-Montréal–CSN, spoke at the rally.",),
                 {"Syndicat des employées et employés du KLVSS du Nord-de-l’Île-de-Montréal–CSN":
                  "organization", "Montréal": None},
                 id="elided-compound-and-federation"),
    # a firm with no head: an elided article on a lower-case word after its first word, the name
    # closed by a French legal form
    pytest.param(("I talked with miners at the Kelvo d'amiante du Québec Ltée pit on Sunday.",),
                 {"Kelvo d'amiante du Québec Ltée": "organization", "Québec Ltée": None},
                 id="headless-firm-closed-by-its-form"),
    # with no form after it the headless name is not run on
    pytest.param(("Miners at Kelvo d’amiante said no.",), {"Kelvo d’amiante": None},
                 id="headless-no-form"),
    # a building named head first, as Quebec names it: a place
    pytest.param(("Teachers rallied in front of the Complexe Kelvo-Dorrow on Saturday.",),
                 {"Complexe Kelvo-Dorrow": "place"}, id="complexe-a-building"),
    # an English word after the head ends the name as before
    pytest.param(("The Syndicat general meeting was held in Kelvoville on Monday.",),
                 {"Syndicat general": None},
                 id="english-after-the-head"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_french_bodies(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
