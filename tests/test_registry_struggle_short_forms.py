"""The registry rows for names the paper gives year after year by a short form (branch ent104):
a coal company, a corn processor, an airline, a packinghouse local, a police force, a Polish
union and its leader, each short form ("~" in the row) named only on a page with the entity's
context words, so that the same word on another page (a town, a surname, a compass word, a
watchword) stays what it was.

The sentences below are made up in the paper's shapes; no page of the paper is copied."""

from __future__ import annotations

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


def test_a_coal_firms_name_inside_its_strike_is_the_firm(registry):
    got = found(registry, "Rhonda Kelvey, a retired coal miner, drove retirees to the picket "
                          "line in 1989, and she still talks about the Pittston strike.")
    assert got.get("Pittston") == "organization/pittston-coal-group"


def test_a_short_form_needs_its_context_words(registry):
    got = found(registry, "Tomas Vrell grew up in Pittston and moved to Dorrow in 2004 to sell "
                          "insurance.")
    assert got.get("Pittston") != "organization/pittston-coal-group"


def test_a_lockout_firm_and_an_airline_by_their_short_names(registry):
    got = found(registry, "Locked-out workers from Decatur marched with a banner that read "
                          "“Staley must settle.” Flight attendants on strike against Eastern "
                          "joined them with Machinists from the airport.")
    assert got.get("Staley") == "organization/a-e-staley"
    assert got.get("Eastern") == "organization/eastern-airlines"


def test_eastern_glued_to_a_place_name_stays_the_place(registry):
    got = found(registry, "Machinists at the airline sent a delegation to Eastern Kentucky to "
                          "back the miners' picket.")
    assert "Eastern" not in got


def test_a_packinghouse_local_and_a_police_force_by_their_short_names(registry):
    got = found(registry, "Dale Morvik, a former P-9 striker at the Hormel plant, spoke first.",
                "In Chile, Carabineros broke up a march of students in Valparaíso.")
    assert got.get("P-9") == "organization/ufcw-local-p-9"
    assert got.get("Carabineros") == "organization/carabineros-de-chile"


def test_the_polish_union_and_its_leader_by_short_forms_on_a_polish_page(registry):
    got = found(registry, "Tram drivers in Gdańsk said Solidarity had not called the strike, and "
                          "that Walesa no longer speaks for them.")
    assert got.get("Solidarity") == "organization/solidarnosc"
    assert got.get("Walesa") == "person/lech-walesa"


def test_solidarity_alone_elsewhere_is_no_polish_union(registry):
    got = found(registry, "Bakers in Dorrow said Solidarity had been their watchword since March.")
    assert got.get("Solidarity") != "organization/solidarnosc"
