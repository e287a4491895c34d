"""No text of the held-out sets in the project (tests/heldout_support.py).

The quality harness's sets C onward measure how the rules do on pages nobody tuned to only while
no test, rule, comment, doc or data row was written from their text. The guard fails on a run of
RUN words that a file of kg/, tests/ or docs/ shares with a held-out article, unless the run is a
name there or a standing line on tests/data/heldout_allowed.txt. The other tests check the
guard's own rules on made-up articles.
"""

from __future__ import annotations

from pathlib import Path

import heldout_support as hs
import pytest


@pytest.fixture(scope="module")
def grams():
    """The held-out articles' runs, read once for the module."""
    return hs.index(hs.heldout_articles())


def test_no_project_file_shares_a_run_with_a_heldout_article(grams):
    found = hs.scan_project(grams, hs.allowed_runs())
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
