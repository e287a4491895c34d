"""bench/nlp_bench.py: the articles it times and the report it gives (the timing itself is a
bench, run by hand; figures in bench/README.md)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("nlp_bench", ROOT / "bench" / "nlp_bench.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def test_it_times_every_set_s_articles_and_the_test_articles() -> None:
    found = bench.articles(ROOT)
    sets = {p.parent.parent.name for p in found if "quality" in p.parts}
    assert {"quality", "b", "k", "l"} <= sets  # set A's articles are bench/quality/articles
    assert any("entity_articles" in p.parts for p in found)
    assert all(p.suffix == ".txt" for p in found)


def test_the_report_gives_each_tree_s_median_and_their_ratio() -> None:
    rounds = {"old": [{"read": 1.0, "annotate": 9.0, "refused": 2},
                      {"read": 1.0, "annotate": 11.0, "refused": 2},
                      {"read": 1.0, "annotate": 99.0, "refused": 2}],
              "new": [{"read": 1.0, "annotate": 11.0, "refused": 0}] * 3}
    text = bench.report(rounds, 100)
    assert "| old | 1.00 | 11.00 | 120.0 | 2 |" in text  # the median round, not the mean
    assert "| new | 1.00 | 11.00 | 120.0 | 0 |" in text
    assert text.endswith("new / old: 1.00")


def test_a_read_only_report_gives_a_third_decimal() -> None:
    """--read-only times the reader alone (some 0.25 s over every article): two decimals would
    hide a change of a few percent."""
    rounds = {"old": [{"read": 0.2470, "annotate": 0.0, "refused": 0}] * 3,
              "new": [{"read": 0.2520, "annotate": 0.0, "refused": 0}] * 3}
    text = bench.report(rounds, 100)
    assert "| old | 0.247 | 0.00 | 2.470 | 0 |" in text
    assert text.endswith("new / old: 1.020")
