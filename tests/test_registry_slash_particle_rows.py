"""Two registry rows whose printed form the scanner of capitalised words cuts (branch ent100):
an organisation's name with a lower-case particle inside ("Umkhonto we Sizwe", the ANC's armed
wing) and a firm printed with a slash between its two parent names ("Royal Dutch/Shell", an
alias of Shell). Without the rows the pieces come out as junk names of their own.

The sentences are made up; no page of the paper is copied."""

from __future__ import annotations

from nlp_support import found


def _mentions(registry, paragraph: str) -> dict[str, str]:
    return dict(found(registry, paragraph))


def test_a_particle_inside_a_registry_name_is_one_mention(registry):
    got = _mentions(registry, "Former fighters of Umkhonto we Sizwe led the rally in Kelvinton on Sunday.")
    assert got.get("Umkhonto we Sizwe") == "organization/umkhonto-we-sizwe"
    assert "Umkhonto" not in got and "Sizwe" not in got


def test_a_firm_printed_with_a_slash_is_its_registry_entry(registry):
    got = _mentions(registry, "Pickets stood outside the Royal Dutch/Shell offices in Dorrowby all week.")
    assert got.get("Royal Dutch/Shell") == "organization/shell"
    assert "Royal Dutch" not in got
