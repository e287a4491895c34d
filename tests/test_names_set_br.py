"""Where a name starts and ends, and its kind, on set BR's kinds (issue 10, branch ent105): an
abbreviated "Santo"/"Santa" inside a name, a creed's zealot compound before a body, another
person's initials before a registry surname, a law's longer name with its number or with "of"
inside, a creed word opening another party, a palace with a role after it. Every sentence is
made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


@pytest.mark.parametrize("sentence, want", [
    # "Sto." and "Sta." keep their stop: the name runs on, no sentence ends there
    ("Rain fell. Labor Secretary Ana Sto. Dorrow used her power. Ruiz has not withdrawn Sto. "
     "Dorrow’s order.",
     {"Ana Sto. Dorrow": "person", "Sto. Dorrow": "person", "Ana Sto": None, "Sto": None}),
    # "-chauvinist" makes no word of a name: the body's name starts after it (a body by "Sangh",
    # entities.toml `[head_types] organization`, since set CF's pass, ent119)
    ("Rain fell. The party and the Kelvo-chauvinist Dorrow Sewak Sangh have campaigned for years.",
     {"Dorrow Sewak Sangh": "organization", "Kelvo-chauvinist Dorrow Sewak Sangh": None}),
    # initials that are not the registry person's own: another person
    ("Rain fell. Chief Minister M.K. Stalin said no.",
     {"M.K. Stalin": "person", "Stalin": None}),
    ("Rain fell. Chief Minister R. T. Lenin said no.",
     {"R. T. Lenin": "person", "Lenin": None}),
    # the registry person's own initials keep the match
    ("Rain fell. They read J.V. Stalin at the school.", {"Stalin": "person/joseph-stalin"}),
    # a law's longer name with its number
    ("Rain fell. Hundreds were held under the Kelvo regime’s Emergency Decree No. 9 this year.",
     {"Emergency Decree No. 9": "work", "Emergency Decree": None}),
    # a treaty's name with "of" inside; a title before "of" with a given-name head stays apart
    ("Rain fell. They cited the Status of Kelvo Forces Agreement again.",
     {"Status of Kelvo Forces Agreement": "work", "Kelvo Forces Agreement": None}),
    ("Rain fell. The Governor of Kelvia Bill Dorrow spoke.", {"Governor of Kelvia Bill Dorrow": None}),
    # a creed word opens another party than the registry's
    ("Rain fell. Prime Minister Ana Dorrow, whose Social Democratic Party governs, said no.",
     {"Social Democratic Party": "organization", "Democratic Party": None}),
    ("Rain fell. The Democratic Party lost the vote.",
     {"Democratic Party": "organization/democratic-party"}),
    # a palace with a role after it is a place, no person
    ("Rain fell. Police fired at marchers trying to reach the Kelvo Palace, the president’s "
     "residence. Buses burned.", {"Kelvo Palace": "place"}),
])
def test_set_br_names(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # a law named by its subject after "on"
    ("Rain fell. Dockers struck against the Kelvo Labor Law on Fair Wages last spring.",
     {"Kelvo Labor Law on Fair Wages": "work", "Fair Wages": None}),
    # a person and a topic, a calendar word: no law's subject
    ("Rain fell. Speakers included Dana Law on Health Care.", {"Dana Law on Health Care": None}),
    ("Rain fell. The Kelvo Labor Law on Monday was passed.", {"Kelvo Labor Law on Monday": None}),
])
def test_set_br_laws_on_subjects(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
