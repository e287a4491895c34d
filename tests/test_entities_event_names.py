"""A place inside an event's capitalised name is no mention of its own; inside a description
it is (docs/entities.md, "Junk across the tuned sets", branch ent24). Made-up sentences."""

from __future__ import annotations

import pytest

from kg.nlp.entities.mentions import annotate
from kg.nlp.entities.registry.registry import Registry
from kg.reader import parse_article


def found(registry: Registry, paragraph: str) -> set[tuple[str, str]]:
    parts = ["The Militant (logo)", "   Vol. 80/No. 31           August 15, 2016", "", "",
             "A test article about events", "(news article)", "", "BY MARY MARTIN", "",
             paragraph, ""]
    d = parse_article("\n".join(parts) + "\n", "<test>")
    annotate(d, registry)
    body = d.paragraphs[0].span.begin
    return {(m.span.of(d.text), m.entity.split("/")[0]) for m in d.annotations.mentions
            if m.span.begin >= body}


@pytest.mark.parametrize(("sentence", "event", "place"), [
    ("Dana Kelvo, a retired nurse, served in the Iraq War as a medic.", "Iraq War", "Iraq"),
    ("Tarrin Quell lectured on the Paris Commune to young workers.", "Paris Commune", "Paris"),
    ("Tarrin Quell rode a bus from Dorrow to the March on Washington with her union.",
     "March on Washington", "Washington"),
    ("In 1963 Ana Beltrán joined the March on Washington for Jobs and Freedom.",
     "March on Washington for Jobs and Freedom", "Washington"),
])
def test_a_place_inside_an_events_name_is_no_mention(registry, sentence, event, place):
    got = found(registry, sentence)
    assert (event, "event") in got
    assert not any(s == place for s, _k in got)


def test_a_place_inside_a_lower_case_description_stays(registry):
    got = found(registry, "Dana Kelvo, a retired nurse, served in the Afghanistan war as a medic.")
    assert ("Afghanistan war", "event") in got
    assert ("Afghanistan", "country") in got


def test_places_joined_by_a_dash_are_the_events_parties(registry):
    """The bundled article's "Iran–Iraq War" keeps both countries, as it always did."""
    got = found(registry, "Dana Kelvo, a retired nurse, fought in the Iran–Iraq War as a medic.")
    assert ("Iran–Iraq War", "event") in got
    assert {("Iran", "country"), ("Iraq", "country")} <= got


def test_a_lower_case_march_is_no_named_march(registry):
    """The head noun may change case inside a form, not as its first word: "a hunger march on
    Washington" is any march to the capital, not the 1963 one."""
    got = found(registry, "A hunger march on Washington set out from Kelvin on Monday.")
    assert not any(k == "event" for _s, k in got)
    assert any(s == "Washington" for s, _k in got)
