"""bench/quality/sweep.py: every set scored in processes of its own, and two sweeps compared."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quality import sweep  # noqa: E402


def report(typed=90, junk=1, headline=10, items=(3, 0, 0), speakers=(20, 1, 0),
           junk_list=("Unit (Place)",)):
    """A report in run.py --json's shape, with only the figures a sweep compares."""
    return {"people_places_orgs_typed_right": {"right": typed, "gold": 100, "share": typed / 100},
            "quotation_speakers": {"tp": speakers[0], "fp": speakers[1], "fn": speakers[2]},
            "right_on_every_article": {"headline": headline, "date": 10, "bylines": 10, "dateline": 10,
                                       "deck": 10},
            "items": {"tp": items[0], "fp": items[1], "fn": items[2]},
            "junk": junk, "junk_list": list(junk_list)}


def write(folder: Path, **reports) -> Path:
    folder.mkdir()
    for name, r in reports.items():
        (folder / f"{name}.json").write_text(json.dumps(r), encoding="utf-8")
    return folder


def test_a_set_worse_on_any_count_is_named_and_fails_the_comparison(tmp_path, capsys):
    base = write(tmp_path / "base", b=report(), c=report(), d=report(), e=report(), f=report())
    after = write(tmp_path / "after", b=report(typed=91),
                  c=report(junk=2, junk_list=("Unit (Place)", "Port (Place)")),
                  d=report(headline=9), e=report(speakers=(19, 1, 1)), f=report(items=(2, 0, 1)))
    assert sweep.main(["--compare", str(after), str(base)]) == 1
    out = capsys.readouterr().out
    assert "worse: c d e f" in out  # b gained a name: changed, not worse
    assert "junk + ['Port (Place)']" in out and "WORSE: headline 10 → 9" in out
    assert "5 sets: 451/500 (90.2%) junk 6, was 450/500 (90.0%) junk 5" in out


def test_only_the_sets_both_sweeps_hold_are_compared(tmp_path, capsys):
    base = write(tmp_path / "base", b=report(), c=report())
    after = write(tmp_path / "after", b=report(), d=report(typed=0))
    assert sweep.main(["--compare", str(after), str(base)]) == 0
    assert "1 sets: 90/100 (90.0%) junk 1" in capsys.readouterr().out


def test_a_file_that_is_no_report_is_an_error_naming_it(tmp_path):
    base = write(tmp_path / "base", b=report())
    after = write(tmp_path / "after", b={"articles": 3})
    with pytest.raises(SystemExit, match=r"after/b\.json: not a report of run\.py --json"):
        sweep.main(["--compare", str(after), str(base)])


def test_bad_arguments_are_refused(tmp_path, capsys):
    with pytest.raises(SystemExit):
        sweep.main([])  # neither OUT nor --compare
    with pytest.raises(SystemExit):
        sweep.main([str(tmp_path), "--compare", str(tmp_path), str(tmp_path)])
    with pytest.raises(SystemExit):
        sweep.main([str(tmp_path), "--sets", "nosuchset"])
    assert sweep.main(["--compare", str(tmp_path / "none"), str(tmp_path)]) == 2
    assert "none: no such folder of reports" in capsys.readouterr().err


def test_a_real_set_swept_and_compared_with_itself(tmp_path, capsys):
    """The smallest set through the real pipeline, in a process of its own: its report is the
    scorer's, and a sweep compared with a copy of itself changes nothing."""
    out = tmp_path / "out"
    assert sweep.main([str(out), "--sets", "c", "--jobs", "1"]) == 0
    r = json.loads((out / "c.json").read_text(encoding="utf-8"))
    assert r["set"] == "C" and r["articles"] == len(list(sweep.SETS["c"][1].glob("*.json")))
    copy = write(tmp_path / "copy", c=r)
    assert sweep.main([str(out), "--sets", "c", "--against", str(copy)]) == 0
    assert "worse: none" in capsys.readouterr().out
    assert not list(out.glob("*.err"))
