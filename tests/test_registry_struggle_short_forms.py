"""The registry rows for names the paper gives year after year by a short form (branch ent104):
a coal company, a corn processor, an airline, a packinghouse local, a police force, a Polish
union and its leader, each short form ("~" in the row) named only on a page with the entity's
context words, so that the same word on another page (a town, a surname, a compass word, a
watchword) stays what it was.

The sentences below are made up in the paper's shapes; no page of the paper is copied."""

from __future__ import annotations

import pytest

from kg.nlp.entities.mentions import annotate
from kg.reader import parse_article


def found(registry, *paragraphs: str) -> dict[str, str]:
    text = "\n".join(["The Militant (logo)", "   Vol. 81/No. 12           March 20, 2017", "", "",
                      "Made-up report for the registry test", "", "BY JANE DOE", "",
                      *[p + "\n" for p in paragraphs]])
    d = parse_article(text + "\n", "<test>")
    annotate(d, registry)
    body = d.paragraphs[0].span.begin
    return {m.span.of(d.text): m.entity for m in d.annotations.mentions if m.span.begin >= body}


FOUND = [
    pytest.param(("Rhonda Kelvey, a retired coal miner, drove retirees to the picket line in 1989, "
                  "and she still talks about the Pittston strike.",),
                 {"Pittston": "organization/pittston-coal-group"},
                 id="a-coal-firms-name-inside-its-strike"),
    pytest.param(("Locked-out workers from Decatur marched with a banner that read “Staley must "
                  "settle.” Flight attendants on strike against Eastern joined them with Machinists "
                  "from the airport.",),
                 {"Staley": "organization/a-e-staley", "Eastern": "organization/eastern-airlines"},
                 id="a-lockout-firm-and-an-airline"),
    pytest.param(("Dale Morvik, a former P-9 striker at the Hormel plant, spoke first.",
                  "In Chile, Carabineros broke up a march of students in Valparaíso."),
                 {"P-9": "organization/ufcw-local-p-9",
                  "Carabineros": "organization/carabineros-de-chile"},
                 id="a-packinghouse-local-and-a-police-force"),
    pytest.param(("Tram drivers in Gdańsk said Solidarność (Solidarity) had not called the strike, "
                  "and that Walesa no longer speaks for them.",),
                 {"Solidarność": "organization/solidarnosc", "Solidarity": "organization/solidarnosc",
                  "Walesa": "person/lech-walesa"},
                 id="the-polish-union-and-its-leader-on-a-polish-page"),
]

NOT_FOUND = [
    pytest.param(("Tomas Vrell grew up in Pittston and moved to Dorrow in 2004 to sell insurance.",),
                 {"Pittston": "organization/pittston-coal-group"},
                 id="a-short-form-needs-its-context-words"),
    pytest.param(("Machinists at the airline sent a delegation to Eastern Kentucky to back the "
                  "miners' picket.",),
                 {"Eastern": "organization/eastern-airlines"},
                 id="eastern-glued-to-a-place-name"),
    pytest.param(("Solidarity from Gdańsk",
                  "Bakers in Dorrow said Polish workers had sent greetings since March."),
                 {"Solidarity": "organization/solidarnosc"},
                 id="solidarity-alone-is-no-polish-union"),
]


@pytest.mark.parametrize(("paragraphs", "want"), FOUND)
def test_a_short_form_with_its_context_words_is_the_entity(registry, paragraphs, want):
    got = found(registry, *paragraphs)
    for surface, key in want.items():
        assert got.get(surface) == key, (surface, got)


@pytest.mark.parametrize(("paragraphs", "unwanted"), NOT_FOUND)
def test_a_short_form_without_them_is_not(registry, paragraphs, unwanted):
    got = found(registry, *paragraphs)
    for surface, key in unwanted.items():
        assert got.get(surface) != key, (surface, got)
