"""A gathering counted by its ordinal (kg.nlp.entities.spans.numberedgatherings): one event,
the registry body that met joined after "of (the)". The ordinal is read from the text, the run's
first word (spelled or in figures) or the figures right before the run. The cases of two steps
that did this twice (registryinside's `registry_body_gathering`, branch passT44, and
`numbered_gatherings`, branch passW44), made one step (branch gath45).
Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

# (sentence, every name found in it, in text order, with its entity key)
WHOLE = [
    # a gathering counted by its ordinal: an event, the registry body that met inside it
    ("Delegates to the Ninth Congress of the Communist International voted on it. The Twelfth "
     "Plenum met in May.",
     [("Ninth Congress of the Communist International",
       "event/ninth-congress-of-the-communist-international"),
      ("Twelfth Plenum", "event/twelfth-plenum")]),
    ("The Second All-Kelvan Congress of Councils opened on Monday.",
     [("Second All-Kelvan Congress of Councils", "event/second-all-kelvan-congress-of-councils")]),
]


@pytest.mark.parametrize("sentence,names", WHOLE)
def test_the_gathering_found_whole(registry, sentence, names):
    assert found(registry, sentence) == names


@pytest.mark.parametrize("sentence, want", [
    # a known body's numbered gathering: one event, the body inside it
    ("Ana Kelvo spoke at the Fourth Plenum of the Socialist Workers Party in Dorrow.",
     {"Fourth Plenum of the Socialist Workers Party": "event", "Fourth Plenum": None}),
    # the ordinal in figures is no capitalised word: the run opens after it, the step reads it
    ("Delegates to the 12th Congress of the Socialist Workers Party voted.",
     {"12th Congress of the Socialist Workers Party": "event", "12th Congress": None}),
    # … with no "the" before it, "of" with no "the" after the head, or words before the head
    ("Delegates went to 12th Congress of the Socialist Workers Party in May.",
     {"12th Congress of the Socialist Workers Party": "event", "Congress": None}),
    ("The 12th Congress of Socialist Workers Party met.",
     {"12th Congress of Socialist Workers Party": "event", "Congress": None}),
    ("The 3rd National Conference of the Socialist Workers Party met in Dorrow.",
     {"3rd National Conference of the Socialist Workers Party": "event", "National Conference": None,
      "Socialist Workers Party": None}),
    # a capitalised word glued after the body: the body opens a longer name, the gathering
    # stays apart
    ("The Fourth Plenum of the Socialist Workers Party Youth Committee met.",
     {"Fourth Plenum": "event", "Fourth Plenum of the Socialist Workers Party": None}),
    # no ordinal: the gathering's head alone is left as it was
    ("The Congress of the Socialist Workers Party met.",
     {"Congress of the Socialist Workers Party": None}),
    # figures before a bare "Congress" count the legislature's terms: no gathering without its body
    ("The 117th Congress passed the bill in May.",
     {"117th Congress": None}),
])
def test_a_known_bodys_numbered_gathering(registry, sentence, want):
    check_names(dict(found(registry, sentence)), want)
