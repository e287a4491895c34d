"""No text of the held-out sets in the project (tests/heldout_support.py).

The quality harness's sets C onward measure how the rules do on pages nobody tuned to only while
no test, rule, comment, doc or data row was written from their text. The guard fails on a run of
RUN words that a file of kg/, tests/ or docs/ shares with a held-out article, unless the run is a
name there or a standing line on tests/data/heldout_allowed.txt, and on a run of SHAPE_RUN shape
tokens (names and numbers as placeholders, at least SHAPE_WORDS ordinary words): a held-out
sentence with its names swapped. The other tests check the guard's own rules on made-up articles.
"""

from __future__ import annotations

from pathlib import Path

import heldout_support as hs
import pytest


@pytest.fixture(scope="module")
def grams():
    """The held-out articles' runs, read once for the module."""
    return hs.index(hs.heldout_articles())


@pytest.fixture(scope="module")
def shape_grams():
    """The held-out articles' shape runs, read once for the module."""
    return hs.shape_index(hs.heldout_articles())


def test_no_project_file_shares_a_run_with_a_heldout_article(grams, shape_grams):
    found = hs.scan_project(grams, hs.allowed_runs(), shape_grams=shape_grams,
                            shape_allowed=hs.allowed_shapes())
    assert not found, (
        "text shared with held-out articles (rewrite it as an invented sentence; only the paper's "
        "standing lines go on tests/data/heldout_allowed.txt):\n" + "\n".join(map(str, found)))


def test_every_allowed_line_gives_its_reason():
    lines = [ln for ln in hs.ALLOWED.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    assert lines
    assert all("#" in ln and ln.split("#", 1)[1].strip() for ln in lines)
    assert all(len(hs.words(ln.split("#", 1)[0])) >= hs.RUN - hs.SLACK for ln in lines)


def test_sets_a_and_b_are_tuning_sets_not_held_out():
    held = hs.heldout_articles()
    sets = {p.parent.parent.name for p in held}
    assert "b" not in sets and "quality" not in sets  # set A lives in bench/quality/articles/
    assert {"c", "d", "ak"} <= sets


# -- the guard's rules, on a made-up held-out set ------------------------------------------------
HELD = """The Militant (logo)
   Vol. 90/No. 3           January 19, 2026


Bus Drivers At Kelvin Depot Vote To Strike Over Schedules

BY NORA KELBY
KELVIN, Ohio—Drivers voted to strike after the transit board posted split shifts for the winter.
"They think we will sleep in the garage between runs," said Tomás Dorrow, a driver for nine years.
Members of the Amalgamated Transit and Bus Workers union of Kelvin County joined the picket.
Riders from Kelvin Heights and Dorrow Park packed the board meeting on Tuesday to back the drivers.
The following statement was released Jan. 12 by Nora Kelby, candidate for mayor of Kelvin.
Front page for this issue | Home | Text-version home
"""


@pytest.fixture()
def held(tmp_path: Path):
    """A quality folder with one held-out set (C) and a tuning set (B) holding the same page."""
    for name in ("c", "b"):
        (tmp_path / name / "articles").mkdir(parents=True)
        (tmp_path / name / "articles" / "page.txt").write_text(HELD, encoding="utf-8")
    return tmp_path


def _scan(held: Path, text: str, allowed: str = "") -> list[hs.Finding]:
    allow = held / "allowed.txt"
    allow.write_text(allowed, encoding="utf-8")
    grams = hs.index(hs.heldout_articles(held), root=held)
    return hs.scan(text, grams, hs.allowed_runs(allow), "tests/test_x.py")


def test_a_copied_sentence_is_found_with_its_file_run_and_article(held):
    got = _scan(held, 'TEXT = ("Drivers voted to strike after the transit board posted split shifts '
                      'for the winter.")')
    assert [(f.path, f.article) for f in got] == [("tests/test_x.py", "c/articles/page.txt")]
    assert got[0].run == "drivers voted to strike after the transit board posted split shifts for the winter"
    assert "tests/test_x.py" in str(got[0]) and "c/articles/page.txt" in str(got[0])


def test_a_copy_with_a_name_swapped_or_accents_dropped_is_still_found(held):
    got = _scan(held, '"They think we will sleep in the garage between runs," said Ana Ruiz.')
    assert [f.run for f in got] == ["they think we will sleep in the garage between runs said"]
    got = _scan(held, "said Tomas Dorrow, a driver for nine years, and")
    assert got  # "Tomás" and "Tomas" are one word to the guard


def test_a_short_shared_phrase_is_no_copy(held):
    assert _scan(held, "Drivers voted to strike after the vote. The transit board posted notices.") == []


def test_a_name_in_the_article_is_no_copy(held):
    # the union's long name, with "members of the" and its lower-case "union" beside it
    assert _scan(held, "Members of the Amalgamated Transit and Bus Workers union of Kelvin County") == []


def test_a_copied_headline_is_a_copy_though_title_case(held):
    got = _scan(held, "HEADLINE = 'Bus drivers at Kelvin depot vote to strike over schedules'")
    assert [f.run for f in got] == ["bus drivers at kelvin depot vote to strike over schedules"]


def test_a_standing_line_on_the_allow_list_is_no_copy(held):
    text = "the footer: Front page for this issue | Home | Text-version home"
    assert [f.run for f in _scan(held, text)] == ["front page for this issue home text version home"]
    # a line on the list, also with up to SLACK words of the page beside it
    allowed = "Front page for this issue | Home | Text-version home  # web edition's page footer\n"
    assert _scan(held, text, allowed) == []
    assert _scan(held, "Front page for this issue | Home | Text-version home", allowed) == []


def test_a_tuning_set_is_not_held_out(held):
    assert hs.heldout_articles(held) == [held / "c" / "articles" / "page.txt"]


# -- shapes: names and numbers as placeholders ---------------------------------------------------
def _scan_shapes(held: Path, text: str, allowed: str = "") -> list[hs.Finding]:
    allow = held / "allowed.txt"
    allow.write_text(allowed, encoding="utf-8")
    grams = hs.shape_index(hs.heldout_articles(held), root=held)
    return hs.scan_shapes(text, grams, hs.allowed_shapes(allow), "tests/test_x.py")


def test_shapes_make_names_and_numbers_placeholders_but_a_sentences_first_word():
    assert hs.shapes("The strike began. Ana Ruiz said 12 workers joined, and I read Dobbs's book.") == [
        "the", "strike", "began", "ana", hs.NAME, "said", hs.NUMBER, "workers", "joined", "and", "i",
        "read", hs.NAME, "book"]


def test_a_copy_with_every_name_swapped_is_found_as_a_shape(held):
    text = "Riders from Tallow Flats and Brandt Park packed the board meeting on Friday to back the drivers."
    assert _scan(held, text) == []  # no eight words in a row are the page's
    got = _scan_shapes(held, text)
    assert [(f.article, f.shape) for f in got] == [("c/articles/page.txt", True)]
    # the run starts where SHAPE_WORDS ordinary words fit in SHAPE_RUN tokens
    assert got[0].run == "packed the board meeting on <Name> to back the drivers"
    assert "shape" in str(got[0])


def test_a_shared_shape_of_names_with_few_ordinary_words_is_no_copy(held):
    # "<Name> <Name> and <Name> <Name> union of <Name> <Name> joined": three ordinary words at most
    text = "Members of the Teamsters Transit and Rail Workers union of Dorrow County joined the picket."
    assert _scan_shapes(held, text) == []


def test_a_standing_line_written_as_a_shape_on_the_allow_list_passes_with_other_names(held):
    text = "The following statement was released March 3 by Ana Ruiz, candidate for mayor of Tallow."
    assert len(_scan_shapes(held, text)) == 1
    allowed = "The following statement was released Name 1 by Name Name  # a statement's introduction\n"
    assert _scan_shapes(held, text, allowed) == []
    # the date and signer beside the line are names and numbers: the line still covers the run
    assert _scan_shapes(held, "Oct. 9, 2024 " + text, allowed) == []
