"""A storm's bare name in a heading over a page that names it after its kind
(kg.nlp.entities.kinds.stormheadings, branch ent104), and the registry's "~Katrina" (only on a
page about a hurricane or the Gulf Coast). Made-up pages in the paper's shapes; no name or
sentence of a held-out set is used."""

from __future__ import annotations

from nlp_support import run_entities


def _all_mentions(registry, *paragraphs: str, headline: str) -> dict[str, str]:
    d = run_entities(registry, *paragraphs, headline=headline)
    return {m.span.of(d.text): m.entity for m in d.annotations.mentions}


def test_a_storms_bare_name_in_the_headline_is_the_storm(registry):
    got = _all_mentions(registry, "Two weeks after Hurricane Velmora flooded the valley, retired "
                                  "machinists were still cooking soup for 300 neighbors a day.",
                        headline="After Velmora, miners feed a valley")
    assert got.get("Velmora", "").startswith("event/"), got


def test_a_bare_name_without_its_storm_stays_untyped(registry):
    got = _all_mentions(registry, "Retired machinists in Dorrow were still cooking soup for 300 "
                                  "neighbors a day after the river rose.",
                        headline="After Velmora, miners feed a valley")
    assert not got.get("Velmora", "").startswith("event/"), got


def test_katrina_alone_on_a_hurricane_page_and_not_elsewhere(registry):
    got = _all_mentions(registry, "Families who fled Hurricane Katrina still wait for housing.",
                        headline="Katrina families demand homes")
    assert got.get("Katrina") == "event/hurricane-katrina", got
    got = _all_mentions(registry, "Katrina Dorvell, a welder, chaired the meeting.",
                        headline="Welders meet in Dorrow")
    assert got.get("Katrina") != "event/hurricane-katrina", got
