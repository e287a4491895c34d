"""Set BZ's pass (branch ent116): names read by their page's shapes. Every sentence is invented
in the paper's shapes with other names."""

from __future__ import annotations

import pytest
from nlp_support import found_kinds as found


# -- sites and units named for a person (kg/nlp/entities/kinds/namesakes.py) ---------------------
@pytest.mark.parametrize("paragraph,name,kind", [
    ("Nurses at the Marco Kelvane hospital in Tallmo worked double shifts.", "Marco Kelvane", "place"),
    ("Hundreds filled the Ramona Kelsey hall to hear the poet.", "Ramona Kelsey", "place"),
    ("Rebels attacked the Ernesto Maria de Talvera barracks in Kelvo that morning.",
     "Ernesto Maria de Talvera", "place"),
    ("In 2011 she went to Tallmo with the Marco Tallis brigade of doctors.", "Marco Tallis", "organization"),
])
def test_a_name_for_a_person_before_a_site_or_unit_noun(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


@pytest.mark.parametrize("paragraph,name", [
    # the page names the person too: the person, not the hall
    ("Ramona Kelsey spoke first. Later the Ramona Kelsey hall filled up.", "Ramona Kelsey"),
    # no "the" before it: "Marco Tallis brigade" reads as the man's own
    ("She met Marco Tallis in the hall.", "Marco Tallis"),
])
def test_a_person_named_elsewhere_stays_a_person(registry, paragraph, name):
    assert (name, "person") in found(registry, paragraph)


def test_a_body_name_before_the_noun_keeps_its_head(registry):
    got = found(registry, "Members met at the Kelvo Workers Union hall on Sunday.")
    assert not any(k == "place" and s.startswith("Kelvo Workers") for s, k in got)


# -- a province named like a registry paper (kg/nlp/entities/mentions/provinces.py) ---------------
# "Granma" is the registry's Cuban daily and a Cuban province: the registry's own row, read in
# invented sentences about other provinces
@pytest.mark.parametrize("paragraph", [
    "Relief trucks reached families in Granma province on Sunday.",
    "The floods spread west, and Kelvora and Granma provinces were hit hardest.",
    "The storm crossed Granma, Tallavera and Dorrio provinces before it turned north.",
])
def test_a_papers_name_before_a_provinces_noun_is_the_province(registry, paragraph):
    got = found(registry, paragraph)
    assert ("Granma", "place") in got
    assert ("Granma", "periodical") not in got


def test_the_paper_by_its_name_stays_the_paper(registry):
    assert ("Granma", "periodical") in found(registry, "The daily Granma printed the full speech.")
