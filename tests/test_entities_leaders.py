"""Branch ent21 (issue 10): kinds of names read by category on set N's misses, each rule on
made-up sentences in the paper's shapes (names made up or public figures as the paper names
them): a party named with its leader, an office glued to a person's name, a union's initials
before its local, a worker called by the given name, regions a gazetteer or a shape types."""

from __future__ import annotations

import pytest

from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.mentions import annotate
from kg.reader import parse_article


def page(*paragraphs: str, date: str = "February 5, 2007") -> str:
    parts = ["The Militant (logo)", f"   Vol. 71/No. 5           {date}", "", "",
             "Workers fight for a contract", "(news article)", "", "BY MARY MARTIN", ""]
    for p in paragraphs:
        parts += [p, ""]
    return "\n".join(parts) + "\n"


def found(registry, *paragraphs, date: str = "February 5, 2007") -> dict[str, set[str]]:
    d = parse_article(page(*paragraphs, date=date), "<test>")
    annotate(d, registry)
    out: dict[str, set[str]] = {}
    for m in d.annotations.mentions:
        out.setdefault(m.span.of(d.text), set()).add(m.entity)
    return out


# -- a party or a body named with its leader ------------------------------------------------------
def test_a_party_of_a_person_is_the_party_and_its_leader(registry):
    got = found(registry, "Supporters of the Kelvish Unionist Party of Dana Okafor and the "
                          "Popular Front of Arlo Mendez marched on Saturday.")
    assert got["Kelvish Unionist Party"] == {"organization/kelvish-unionist-party"}
    assert got["Dana Okafor"] == {"person/dana-okafor"}
    assert got["Popular Front"] == {"organization/popular-front"}
    assert got["Arlo Mendez"] == {"person/arlo-mendez"}
    assert not any(" of " in name for name in got)


def test_a_party_of_a_registry_person_is_two_names(registry):
    got = found(registry, "The Socialist Party of Eugene Debs grew in the mining camps.")
    assert got["Socialist Party"] == {"organization/socialist-party"}
    assert got["Eugene Debs"] == {"person/eugene-v-debs"}


def test_what_a_university_or_a_bank_is_of_stays_in_its_name(registry):
    got = found(registry, "Students of the University of Dorrow and clerks of the Bank of Kelvia "
                          "met the Daughters of Maria Ortiz.")
    assert "University of Dorrow" in got and "Bank of Kelvia" in got
    assert "Daughters of Maria Ortiz" in got and "Maria Ortiz" not in got


# -- an office glued to a person's name -----------------------------------------------------------
def test_an_agency_acronym_and_an_office_before_a_name(registry):
    got = found(registry, "The hearing was chaired by KRA Administrator Dana Kelvo. KTSB Chairman "
                          "Arlo Venn spoke after her.")
    assert got["KRA"] == {"organization/kra"} and got["Dana Kelvo"] == {"person/dana-kelvo"}
    assert got["KTSB"] == {"organization/ktsb"} and got["Arlo Venn"] == {"person/arlo-venn"}
    assert not any("Administrator" in name or "Chairman" in name for name in got)


def test_a_portfolio_after_secretary_of_is_no_part_of_the_name(registry):
    got = found(registry, "Secretary of Transportation Dana Kelvo and Minister of the Interior "
                          "Arlo Venn ignored the unions.")
    assert got["Dana Kelvo"] == {"person/dana-kelvo"}
    assert got["Arlo Venn"] == {"person/arlo-venn"}
    assert not any(name.startswith(("Transportation", "Interior")) for name in got)


# -- a union's initials before its local ----------------------------------------------------------
def test_a_unions_initials_before_its_local_name_the_union_where_also_written_alone(registry):
    got = found(registry, "Members of KAWU Local 1440 testified. KAWU has organized the mines "
                          "since 1946.")
    assert got["KAWU Local 1440"] == {"organization/kawu-local-1440"}
    assert got["KAWU"] == {"organization/kawu"}  # twice: inside the local's name and alone


def test_a_unions_initials_only_inside_its_locals_name_are_no_mention(registry):
    got = found(registry, "Members of KAWU Local 1440 testified at the hearing.")
    assert set(got) == {"KAWU Local 1440"}


def test_a_registry_unions_initials_glued_to_its_local_are_the_registry_union(registry):
    d = parse_article(page("Members of UMWA Local 1440 testified. The UMWA has fought for years."), "<t>")
    annotate(d, registry)
    umwa = [m.entity for m in d.annotations.mentions if m.span.of(d.text) == "UMWA"]
    assert umwa == ["organization/united-mine-workers-of-america"] * 2  # inside the local and alone


# -- a worker called by the given name ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Dimitris Kelvanos, a docker, spoke first. Dimitris said the union would not back down.",
    "Dimitris Kelvanos, a docker, spoke first. “We will not back down,” said Dimitris.",
])
def test_a_given_name_alone_after_the_full_name_is_that_person(registry, text):
    got = found(registry, text)
    assert got["Dimitris"] == {"person/dimitris-kelvanos"}


def test_a_given_name_two_people_share_or_given_before_the_full_name_is_left_alone(registry):
    got = found(registry, "Maria Ortiz and Maria Lopez spoke. “We will fight,” said Maria.")
    assert got.get("Maria", set()) & {"person/maria-ortiz", "person/maria-lopez"} == set()
    got = found(registry, "“We will fight,” said Dimitris. Later Dimitris Kelvanos, a docker, spoke.")
    assert got.get("Dimitris", set()) != {"person/dimitris-kelvanos"}


# -- regions ------------------------------------------------------------------------------------------
def test_provinces_written_with_isos_native_generic_are_places():
    g = gazetteer()
    assert g.place_kind("Fujian") == "place" and g.place_kind("Guangxi") == "place"
    assert g.place_kind("Taiwan") == "country"  # ISO's "Taiwan Sheng" never over the country


def test_a_compass_word_before_a_word_after_the_is_a_region(registry):
    got = found(registry, "Miners on the West Kelvo struck, and so did those on the East Kelvo.")
    assert got["West Kelvo"] == {"place/west-kelvo"} and got["East Kelvo"] == {"place/east-kelvo"}
    got = found(registry, "West Kelvo Dorrow, a miner, spoke.")
    assert got.get("West Kelvo Dorrow", set()) != {"place/west-kelvo-dorrow"}


def test_a_region_named_by_a_rivers_side_is_a_place(registry):
    got = found(registry, "Shipyard workers on Kelvside walked out.")
    assert got["Kelvside"] == {"place/kelvside"}
    got = found(registry, "Workers waited outside. Inside, the bosses met.")
    assert "Inside" not in got


# -- a brand by its supply chain ------------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Workers at a Kelvane supplier in the export zone struck.", "Kelvane"),
    ("Dorrowex subcontractors cut the piece rate again.", "Dorrowex"),
    ("The Kelvane brand sells for ten times the wage.", "Kelvane"),
])
def test_a_name_before_a_supply_chains_noun_is_a_firm(registry, text, name):
    got = found(registry, text)
    assert got[name] == {f"organization/{name.lower()}"}
