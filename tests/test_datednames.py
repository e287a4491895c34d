"""A body or an event named for its date (kg.nlp.entities.spans.datednames `dated_names`): the
month and the day before the run open it, the run's head saying a body or an event. The cases of
three steps that read this one shape (`dated_bodies`, set AA's and AB's branches ent43 and ent45;
`acronym_glossed_dated_bodies`, set BR's branch ent105; `dated_events`, set BM's branch ent98),
made one step (branch gath45). Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

# (sentence, what each name must be: a kind, or None for no name so)
CASES = [
    # -- a body named for a date ----------------------------------------------------------------
    ("Leaders of the May 12 Youth Movement were jailed.",
     {"May 12 Youth Movement": "organization", "Youth Movement": None}),
    ("The March 9 Movement called a strike.", {"March 9 Movement": "organization"}),
    # no "the": the date is the sentence's
    ("On May 12 Youth Movement members marched.", {"May 12 Youth Movement": None}),
    # a union's head after a date: the date is the rally's
    ("The May 1 Kelvin Union rally drew hundreds.",
     {"Kelvin Union": "organization", "May 1 Kelvin Union": None}),
    # -- a body named for a date written in words -----------------------------------------------
    ("The April Sixth Youth Movement called a strike.",
     {"April Sixth Youth Movement": "organization", "Sixth Youth Movement": None}),
    ("The October First Movement called a strike.",
     {"October First Movement": "organization", "First Movement": None}),
    # an English gloss in parentheses after the body's own-language name
    ("It was backed by the Dorvan Samitu (March Ninth Movement) on Monday.",
     {"March Ninth Movement": "organization", "Ninth Movement": None}),
    # a union's head after the date: the date is the rally's, as with a number
    ("The May First Kelvo Union rally drew hundreds.", {"May First Kelvo Union": None}),
    # -- a body named for a date, glossed in English after its acronym --------------------------
    ("Rain fell. The federation (KKU, May First Movement) called protests.",
     {"May First Movement": "organization", "First Movement": None}),
    ("Rain fell. The front (FDK, October 12 Front) called protests.",
     {"October 12 Front": "organization", "12 Front": None}),
    # a month after an acronym outside a parenthesis is the sentence's date
    ("Rain fell. Members of KKU, May 12 marchers and others came.", {"May 12 marchers": None}),
    # -- an event named for its date alone ------------------------------------------------------
    ("Veterans in Dorrowa still speak of the March 14 Incident and the purge after it.",
     {"March 14 Incident": "event", "Incident": None}),
    ("Kelvanian students held teach-ins on the April 19 Revolution this spring.",
     {"April 19 Revolution": "event"}),
    ("On May 3 Dorrow Massacre survivors testified.",
     {"May 3 Dorrow Massacre": None}),
    # a listing's field label opens a dated body, not an event: the label's date may be the
    # listing's own
    ("Topic: June 4 Massacre. Speaker: Ana Kelvo.", {"June 4 Massacre": None}),
    # one step reads both heads: the body and the event in one sentence
    ("The June 4 Front marked the March 14 Incident.",
     {"June 4 Front": "organization", "March 14 Incident": "event"}),
]


@pytest.mark.parametrize("sentence, want", CASES)
def test_a_name_opened_at_its_date(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)
