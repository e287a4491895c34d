"""Words the scanner cut off a name's edge that belong to it (issue 10, "no junk"; branch junk46b,
from the junk of sets CU–DY): a month that is a person's given name in a building's name, a month
opening a town's name the gazetteer holds, a participle opening a body's name after "the", a
trade's plural possessive before a conference, a terminal's or a Spanish street's number, a
second legal form after "Corporation", the glottal mark closing a Mayan people's name; and a
participle of memory opening a heading ("Remembering …"), which is no part of a name.
Each left a piece of the name standing alone ("<family name> Theatre", "Council of …", "Terminal")
or glued a word to it.
Every sentence and name here is invented."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, Not, check_names, found

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans import runbounds

CASES = [
    # -- a month that is a given name in a building's or a body's name -------------------------------
    pytest.param(("Stagehands at the August Kelvane Theatre voted to walk out.",),
                 {"August Kelvane Theatre": "place", "Kelvane Theatre": None},
                 id="a-month-given-name-in-a-theatres-name"),
    pytest.param(("She joined the June Dorrowby Committee last year.",),
                 {"June Dorrowby Committee": "organization", "Dorrowby Committee": None},
                 id="a-month-given-name-in-a-committees-name"),
    pytest.param(("The August Kelvane Theatre has gone dark.",),
                 {"August Kelvane Theatre": "place"},
                 id="a-month-given-name-after-a-sentences-the"),
    pytest.param(("In May Kelvane workers struck for a raise.",),
                 {"May Kelvane": None},
                 id="a-month-without-the-stays-a-date"),
    pytest.param(("In the May Kelvane strike the union won a raise.",),
                 {"May Kelvane": None},
                 id="a-month-before-no-head-word-stays-a-date"),
    # -- a participle opening a body's name after "the" -----------------------------------------------
    pytest.param(("Last week the Organizing Council of Kelvo Dock Workers called a strike.",),
                 {"Organizing Council of Kelvo Dock Workers": "organization",
                  "Council of Kelvo Dock Workers": None},
                 id="a-participle-after-the-opens-a-bodys-name"),
    pytest.param(("The Organizing Committee of Kelvo Dock Workers has called a strike.",),
                 {"Organizing Committee of Kelvo Dock Workers": "organization",
                  "Committee of Kelvo Dock Workers": None},
                 id="a-participle-after-a-sentences-the-opens-a-bodys-name"),
    pytest.param(("Organizing Committee of Kelvo Dock Workers",
                  "Last week the Organizing Committee of Kelvo Dock Workers called a strike."),
                 {"Committee of Kelvo Dock Workers": None},
                 id="a-participle-opening-a-heading-the-page-prints-after-the"),
    pytest.param(("Organizing Kelvo workers is hard, said Dorrow Amsel.",),
                 {"Organizing Kelvo": None},
                 id="a-participle-opening-a-sentence-stays-cut"),
    pytest.param(("The Striking Kelvo miners marched to the mill.",),
                 {"Striking Kelvo": None},
                 id="a-participle-before-no-bodys-head-stays-cut"),
    # -- a trade's plural possessive before a conference ----------------------------------------------
    pytest.param(("The Kelvish Pastors’ Conference has offered to mediate.",),
                 {"Kelvish Pastors’ Conference": Not("thing"), "Kelvish Pastors": None},
                 id="a-plural-possessive-before-conference-is-inside-the-name"),
    # -- numbered terminals and streets ---------------------------------------------------------------
    pytest.param(("The freighter sat idle at Terminal 5 while its crew waited for back pay.",),
                 {"Terminal 5": "place", "Terminal": None},
                 id="a-numbered-terminal-is-a-place"),
    pytest.param(("Oil workers rallied outside their office on Calle 49 last Tuesday.",),
                 {"Calle 49": "place", "Calle": None},
                 id="a-numbered-spanish-street-is-a-place"),
    # -- a second legal form after a full legal word ---------------------------------------------------
    pytest.param(("Cutters were hired through the Central Kelvana Corporation, Ltd. last spring.",),
                 {"Central Kelvana Corporation, Ltd.": "organization", "Central Kelvana Corporation": None},
                 id="ltd-after-corporation-and-a-comma-is-in-the-name"),
    # -- the glottal letter closing a Mayan people's name -----------------------------------------------
    pytest.param(("Dorrow Ical, whose family is K’elvochi’ and farms near the river, spoke first.",),
                 {"K’elvochi’": NAMED, "K’elvochi": None},
                 id="the-closing-glottal-mark-stays-in-the-word"),
    pytest.param(("The Kelvo Teachers’ strike went on.",),
                 {"Kelvo Teachers": NAMED, "Kelvo Teachers’": None},
                 id="a-plurals-possessive-mark-stays-out"),
    # -- a hyphened place opening a body's name, its short form named elsewhere -------------------
    pytest.param(("Crews from Dallas-Kelvo Fire Rescue searched the rubble. Dallas-Kelvo County "
                  "officials ordered an audit.",),
                 {"Dallas-Kelvo Fire Rescue": "organization", "Dallas-Kelvo County": "place",
                  "Dallas-Kelvo": None},
                 id="a-hyphened-place-inside-a-bodys-name-is-no-name-of-its-own"),
    # -- a participle opening a heading of memory -----------------------------------------------------
    pytest.param(("Remembering Kelvport",
                  "Reading the article on the history of the strike in Kelvport, I thought of my father."),
                 {"Remembering Kelvport": None},
                 id="remembering-opens-no-name"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_glued_words(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


class _Gazetteer:
    """The evidence's gazetteer, with one invented town whose first word is a month."""

    def __init__(self, real):
        self.real = real

    def place_kind(self, name: str):
        return "city" if name == "May Kelvport" else self.real.place_kind(name)


def test_a_month_and_a_word_the_gazetteer_holds_name_a_town(monkeypatch):
    """"in May Kelvport": the gazetteer holds the two words as one town, so the month is the
    town's first word; a month and a word it does not hold stays a date."""
    real = runbounds.evidence()
    monkeypatch.setattr(runbounds, "evidence", lambda: _Gazetteer(real))
    cues = Cues()
    assert runbounds.month_names_town([(0, 3, "May"), (4, 12, "Kelvport")], cues)
    assert not runbounds.month_names_town([(0, 3, "May"), (4, 12, "Kelvford")], cues)
