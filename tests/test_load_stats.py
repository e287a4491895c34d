"""The load bench's verdict on issue 13's "p99 within 20%": a bootstrap interval, not one ratio.

bench/load.py compares each kind's p99 without and with runaway users; with a few hundred
requests a p99 is the second or third slowest of them, so the interval decides whether a change
is shown, ruled out or neither. These tests fix what the verdicts mean on samples made here."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
spec = importlib.util.spec_from_file_location("load_bench", ROOT / "bench" / "load.py")
load = importlib.util.module_from_spec(spec)
spec.loader.exec_module(load)


def sample(n: int, scale: float = 1.0, seed: int = 1) -> list[float]:
    rng = random.Random(seed)
    return [scale * rng.lognormvariate(3, 0.6) for _ in range(n)]


def test_identical_plans_of_many_requests_are_within_20_percent() -> None:
    base = sample(20_000)
    lo, hi = load.p99_ratio_ci(base, sample(20_000, seed=2), draws=300)
    assert lo < 1 < hi and load.verdict(lo, hi) == "within 20%"


def test_a_doubled_tail_is_shown_slower() -> None:
    lo, hi = load.p99_ratio_ci(sample(2_000), sample(2_000, scale=2.0, seed=2), draws=300)
    assert 1.5 < lo < 2 < hi < 2.7 and load.verdict(lo, hi) == "more than 20% slower"


def test_a_few_hundred_requests_decide_nothing_about_20_percent() -> None:
    lo, hi = load.p99_ratio_ci(sample(200), sample(200, scale=1.1, seed=2), draws=300)
    assert lo < 1.2 < hi and load.verdict(lo, hi) == "not decided"


def test_an_empty_side_has_no_verdict() -> None:
    assert load.verdict(*load.p99_ratio_ci([], sample(10))) == "–"


def test_the_report_compares_the_fair_pair() -> None:
    """With a control run, the report also sets the control against the runaway plan (both ran
    after the first plan in every round), with the interval and the verdict per kind."""
    def run(scale: float, seed: int) -> dict:
        ms = sample(400, scale, seed)
        kinds = load.summarize({"search": [(m, 200) for m in ms]}, 60)
        return {"label": "x", "kinds": kinds, "server": kinds, "server_ms": {"search": sorted(ms)}}
    result = {"command": "load.py mix", "machine": {}, "time_limit": 30,
              "runs": [run(1, 1), run(3, 2), run(1, 3)]}
    text = load.report(result)
    fair = text.split("the fair pair)")[1]
    assert "| search | 400 / 400 |" in fair and "more than 20% slower" in fair


def test_the_mixture_p99_weighs_kinds_by_their_share_not_by_their_count() -> None:
    """A plan that sent more of a slow kind by chance has the same mixture p99 in fixed shares."""
    fast, slow = [float(i) for i in range(1, 1001)], [1000.0 + i for i in range(1, 101)]
    shares = {"fast": 0.9, "slow": 0.1}
    p = load.mixture_quantile({"fast": fast, "slow": slow}, shares, 0.99)
    assert p == load.mixture_quantile({"fast": fast, "slow": slow * 5}, shares, 0.99)
    assert 1090 <= p <= 1091  # the 90th percentile of the slow kind: 0.9 + 0.1 × 0.9 = 0.99


def test_pooled_kinds_decide_what_each_kind_alone_cannot() -> None:
    """Twelve kinds of 300 requests each, the same in both plans: no kind alone is decided,
    their pool is within 20%; with every kind's tail 1.6 times longer the pool says slower."""
    kinds = [f"k{i}" for i in range(12)]
    base = {k: sample(300, 1 + i, seed=i) for i, k in enumerate(kinds)}
    same = {k: sample(300, 1 + i, seed=100 + i) for i, k in enumerate(kinds)}
    assert all(load.verdict(*load.p99_ratio_ci(base[k], same[k], draws=200)) != "within 20%"
               for k in kinds[:3])
    *_, lo, hi = load.pooled_p99_ratio_ci(base, same, kinds, draws=200)
    assert load.verdict(lo, hi) == "within 20%"
    slower = {k: sample(300, 1.6 * (1 + i), seed=100 + i) for i, k in enumerate(kinds)}
    *_, lo, hi = load.pooled_p99_ratio_ci(base, slower, kinds, draws=200)
    assert load.verdict(lo, hi) == "more than 20% slower"


def test_the_report_pools_the_others_and_leaves_out_the_runaway_query() -> None:
    def run(scale: float, seed: int, runaway: bool) -> dict:
        ms = {"search": sample(400, scale, seed), "page entity": sample(400, scale, seed + 1)}
        if runaway:
            ms["sparql runaway"] = [30_000.0] * 50
        kinds = load.summarize({k: [(m, 200) for m in v] for k, v in ms.items()}, 60)
        return {"label": "x", "kinds": kinds, "server": kinds,
                "server_ms": {k: sorted(v) for k, v in ms.items()}}
    result = {"command": "load.py mix", "machine": {}, "time_limit": 30,
              "runs": [run(1, 1, False), run(1, 2, True), run(1, 3, False)]}
    pooled = load.report(result).split("### The others' requests together")[1]
    assert "| the fair pair: control → with runaway users | every other kind (2) | 800 / 800 |" in pooled
    assert ("| the fair pair: control → with runaway users | the light kinds, p50 under 1,000 ms (2) "
            "| 800 / 800 |") in pooled


def test_the_report_sets_the_runaway_plan_against_the_machine_s_noise() -> None:
    """With a control, the pooled table also holds the two plans without runaway users against
    each other (what two identical plans differ by on this machine) and both of them together
    against the plan with runaway users: a change is read against the noise, not against 1."""
    def run(scale: float, seed: int) -> dict:
        ms = {"search": sample(500, scale, seed)}
        kinds = load.summarize({k: [(m, 200) for m in v] for k, v in ms.items()}, 60)
        return {"label": "x", "kinds": kinds, "server": kinds,
                "server_ms": {k: sorted(v) for k, v in ms.items()}}
    result = {"command": "load.py mix", "machine": {}, "time_limit": 30,
              "runs": [run(1, 1), run(3, 2), run(1, 3)]}
    rows = load.report(result).split("### The others' requests together")[1].splitlines()
    noise = [r for r in rows if r.startswith("| the control: without, twice")]
    both = [r for r in rows if r.startswith("| both plans without, together")]
    assert len(noise) == 2 and all("500 / 500" in r and "slower" not in r for r in noise)
    assert len(both) == 2 and all("1,000 / 500" in r and "more than 20% slower" in r for r in both)


def test_merged_plans_pool_each_kind_s_timings() -> None:
    a = {"label": "a", "server": {}, "server_ms": {"search": [3.0, 1.0], "home page": [5.0]}}
    b = {"label": "b", "server": {}, "server_ms": {"search": [2.0]}}
    assert load.merged(a, b)["server_ms"] == {"search": [1.0, 2.0, 3.0], "home page": [5.0]}


def test_the_interference_report_sets_each_condition_against_the_long_queries() -> None:
    """bench/interference.py: the pages' p99 per slow-lane condition, each round's p99 and the
    ratio to the `long` condition (the load bench's control) with its interval."""
    spec = importlib.util.spec_from_file_location("interference_bench", ROOT / "bench" / "interference.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    times = {c: sample(3000, 2.0 if c == "runaway" else 1.0, seed=i)
             for i, c in enumerate(bench.CONDITIONS)}
    rounds = {c: [100.0, 110.0] for c in bench.CONDITIONS}
    text = bench.report({"command": "interference.py", "machine": {}, "times_ms": times,
                         "round_p99_ms": rounds})
    rows = {line.split(" | ")[0].strip("| "): line for line in text.splitlines() if line.startswith("| ")}
    assert set(bench.CONDITIONS) <= set(rows)
    assert "| 100, 110 |" in rows["long"]
    lo, hi = (float(x) for x in rows["runaway"].rsplit("|", 2)[-2].strip().split("–"))
    assert 1.5 < lo < 2 < hi
    assert bench.neighbours("idle", "no-db", 1.0, None) is None
