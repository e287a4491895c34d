"""What a person watching `kg build` sees: a bar on a terminal, log lines otherwise, nothing
but warnings and errors with --quiet (kg.progress)."""

from __future__ import annotations

import io
import itertools

from click.testing import CliRunner

from kg.cli import main
from kg.config import PROJECT_ROOT
from kg.progress import Bar, LogLines, Silent, watcher

ONE = PROJECT_ROOT / "tests" / "articles" / "militant-2008-10-13-v72n39-editorial-bailout.txt"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_log_lines_give_done_rate_and_time_left():
    out = io.StringIO()
    ticks = itertools.count(0.0, 2.0)  # start, then two seconds per article
    log = LogLines(4, out, clock=lambda: next(ticks))
    log.article("a.txt: 10 + 2 triples")
    log.article("b.txt: 11 + 3 triples")
    log.stage("publishing 2 new or changed article(s)")
    assert out.getvalue().splitlines() == [
        "[1/4] a.txt: 10 + 2 triples (0.50 articles/s, 6s left)",
        "[2/4] b.txt: 11 + 3 triples (0.50 articles/s, 4s left)",
        "publishing 2 new or changed article(s)"]


def test_long_builds_show_hours_and_minutes():
    out = io.StringIO()
    ticks = itertools.count(0.0, 3.0)
    log = LogLines(100_000, out, clock=lambda: next(ticks))
    log.article("a.txt")
    assert out.getvalue().endswith("(0.33 articles/s, 83h19m left)\n")


def test_a_terminal_gets_a_bar_a_pipe_lines_and_quiet_nothing():
    term = Terminal()
    bar = watcher(4, stream=term)
    assert isinstance(bar, Bar)
    bar.article("a.txt")
    bar.article("b.txt")
    bar.close()
    shown = term.getvalue()
    assert "2/4" in shown and "article/s" in shown and "building" in shown
    assert isinstance(watcher(4, stream=io.StringIO()), LogLines)
    assert isinstance(watcher(4, quiet=True, stream=term), Silent)


def test_quiet_build_prints_only_warnings_and_errors(tmp_path):
    r = CliRunner().invoke(main, ["build", "-j", "1", "-q", "--store", str(tmp_path / "s"), str(ONE)])
    assert r.exit_code == 0, r.output
    assert r.stdout == "" and "[1/1]" not in r.stderr and "published" not in r.stderr
    r = CliRunner().invoke(main, ["build", "-j", "1", "--store", str(tmp_path / "t"), str(ONE)])
    assert "[1/1] " in r.stderr and "articles/s" in r.stderr and "published 1 article(s)" in r.stdout
    (tmp_path / "bad.txt").write_text("nothing\n")
    r = CliRunner().invoke(main, ["build", "-j", "1", "-q", "--store", str(tmp_path / "s"),
                                  str(tmp_path / "bad.txt")])
    assert r.exit_code == 1 and "bad.txt" in r.stderr and r.stdout == ""
