"""Set AN's first pass (issue 10, branch ent63): a forum listing's talk titles in Title Case,
whose names are found inside them without the title's words glued on, and a listed talk that
names no speaker. Every sentence and name is made up for these tests; no text or name of a
held-out set is used."""

from __future__ import annotations

import pytest

from kg.nlp.entities.mentions import annotate
from kg.reader import parse_article

_HEAD = "The Militant (logo)\n    Vol.64/No.12           March 27, 2000\nWhat's On\n\n"


def _listing(*events: tuple[str, str, str]) -> str:
    """A "What's On" page: each event (state, city, its paragraph)."""
    return _HEAD + "".join(f"{state}\n{city}\n{para}\n\n" for state, city, para in events)


def _names(registry, text: str) -> dict[str, str]:
    """Each mention's surface on the page → its entity's kind."""
    d = parse_article(text, "<test>")
    annotate(d, registry)
    return {m.span.of(d.text): m.entity.split("/", 1)[0] for m in d.annotations.mentions}


# -- a listed talk with no speaker: a sentence runs on after its title -----------------------------
@pytest.mark.parametrize("para, title", [
    ("Dockers Hold the Line at Kelvport. Panel of port workers, members of the dockers’ union "
     "local at the terminal. Fri., March 24, 7:30 p.m. 20 Main St. Donation: $4.",
     "Dockers Hold the Line at Kelvport."),
    ("Why Bakers Struck Dorrow Foods. Bakery workers from the night shift and their families "
     "tell what they won. Sat., March 25, 7 p.m. 40 Oak St.",
     "Why Bakers Struck Dorrow Foods."),
])
def test_listed_talk_with_a_sentence_and_no_speaker(para, title):
    d = parse_article(_listing(("OHIO", "Toledo", para)), "<test>")
    assert [(i.title.value, i.place.value) for i in d.items] == [(title, "Toledo")]
    assert d.items[0].date.value.startswith("2000-03-2")


def test_running_text_without_a_title_is_still_no_listed_talk():
    from kg.reader.items import _event_day
    line = " ".join(["word"] * 20) + " and more words here. Fri., July 20, 7 p.m."
    assert _event_day(line) is None


# -- names inside a talk's title in Title Case -----------------------------------------------------
@pytest.mark.parametrize("para, want, junk", [
    ("Stop the NATO Bombing of Serbia! Speaker: Lena Oduya-Marsh, Socialist Workers Party. "
     "Fri., March 24, 7:30 p.m. 20 Main St.",
     {"NATO": "organization", "Serbia": "country"}, ["NATO Bombing of Serbia", "NATO Bombing"]),
    ("Get the U.S. Army Out of Okinawa! Speaker: Rafe Kinnear, Young Socialists. "
     "Sat., March 25, 7 p.m. 40 Oak St.",
     {"U.S. Army": "organization", "Okinawa": "city"}, ["U.S.", "Army Out of Okinawa"]),
    ("End the NATO Attacks on Iraq! Speaker: Mara Juarez, Socialist Workers Party. "
     "Sat., March 25, 7 p.m. 40 Oak St.",
     {"NATO": "organization", "Iraq": "country"}, ["NATO Attacks on Iraq", "NATO Attacks"]),
])
def test_names_inside_a_title_case_talk_title(registry, para, want, junk):
    got = _names(registry, _listing(("OHIO", "Toledo", para)))
    for name, kind in want.items():
        assert got.get(name) == kind, (name, got)
    for name in junk:
        assert name not in got, (name, got)


def test_an_acronym_glued_to_a_word_nobody_uses_stays_apart(registry):
    # "Kelvoron" is no common word: the acronym before it may be part of another name
    got = _names(registry, _listing(("OHIO", "Toledo",
                                     "Stop the NATO Kelvoron Plan! Speaker: Lena Oduya-Marsh, "
                                     "Socialist Workers Party. Fri., March 24, 7:30 p.m.")))
    assert "NATO" not in got, got

