"""What the reader and the NLP stages cost per article, on real-shaped pages, and how two commits compare.

    python bench/nlp_bench.py                                   # this tree
    python bench/nlp_bench.py --against f1da65e --rounds 3      # this tree against a commit
    python bench/nlp_bench.py --against f1da65e --read-only     # the reader alone, closer

The articles are the quality harness's (bench/quality/*/articles, every set) and the test
articles (tests/articles, tests/entity_articles): pages of every shape and era the rules were
written for, 200-odd of them, where the synthetic archive of build_bench.py repeats one shape.
Each article is read (`kg.reader.read_article`) and annotated (`kg.nlp.annotate`) in a fresh
process per tree and round, after one warm-up pass (the registry, gazetteers and models are
loaded once per process, as in a build); the figures are the sums over the articles of each
article's time. With `--against`, the other commit runs from a git worktree in /tmp, and the
two trees alternate round by round (A B A B …) so that a noisy machine weighs on both alike;
the report gives each tree's median round and their ratio. `--read-only` times the reader
alone, which is some 2% of the whole and below the noise of a loaded machine there: the package's
resources loaded as in a build, then the CPU time of the fastest of five passes over the
articles. Figures: bench/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def articles(root: Path) -> list[Path]:
    found = sorted(root.glob("bench/quality/articles/*.txt"))  # set A
    found += sorted(root.glob("bench/quality/*/articles/*.txt"))
    found += sorted(root.glob("tests/articles/**/*.txt")) + sorted(root.glob("tests/entity_articles/*.txt"))
    return found


def measure(paths: list[Path], read_only: bool = False) -> dict:
    """Read and annotate each article twice (a warm-up, then the timed pass): the timed pass's
    seconds per stage, summed, and the articles the reader refuses. `read_only`: read_time."""
    from kg.nlp import annotate
    from kg.reader import ReadError, read_article

    if read_only:
        return read_time(paths)

    def one(path: Path, timed: dict | None) -> None:
        t0 = time.perf_counter()
        try:
            doc = read_article(path)
        except ReadError:
            if timed is not None:
                timed["refused"] += 1
            return
        t1 = time.perf_counter()
        annotate(doc)
        t2 = time.perf_counter()
        if timed is not None:
            timed["read"] += t1 - t0
            timed["annotate"] += t2 - t1

    for p in paths:
        one(p, None)
    timed = {"read": 0.0, "annotate": 0.0, "refused": 0}
    for p in paths:
        one(p, timed)
    return timed


def read_time(paths: list[Path], passes: int = 5) -> dict:
    """The reader alone, as a build reads: the package's resources loaded first (the build's
    heap, which the reader shares), each article read with the resources' reader cues bound
    (kg.article_jobs; a tree older than the binding reads unbound), a warm-up pass, then the
    CPU time of the fastest of `passes` passes."""
    from kg.reader import ReadError, read_article
    from kg.resources import default

    res = default()
    try:
        from kg.reader.cues import bind

        def binding() -> contextlib.AbstractContextManager:
            return bind(res.reader)
    except ImportError:
        binding = contextlib.nullcontext
    refused = 0
    best = float("inf")
    for n in range(passes + 1):
        spent = 0.0
        for p in paths:
            t0 = time.process_time()
            try:
                with binding():
                    read_article(p)
            except ReadError:
                refused += n == 0
            spent += time.process_time() - t0
        if n:
            best = min(best, spent)
    return {"read": best, "annotate": 0.0, "refused": refused}


def run_tree(tree: Path, paths: list[Path], read_only: bool = False) -> dict:
    """One round in a fresh process with `tree` first on the path."""
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
            "sys.path.insert(1, sys.argv[2]); import nlp_bench; "
            "print(json.dumps(nlp_bench.measure([Path(p) for p in sys.argv[4:]], sys.argv[3] == 'read')))")
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([sys.executable, "-c", code, str(tree), str(ROOT / "bench"),
                          "read" if read_only else "all", *map(str, paths)],
                         capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--against", help="a commit to compare this tree with (run from a worktree)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--read-only", action="store_true", help="time the reader alone (read_time)")
    args = ap.parse_args(argv)
    paths = articles(ROOT)
    trees = {"this tree": ROOT}
    with tempfile.TemporaryDirectory() as tmp:
        if args.against:
            other = Path(tmp) / "other"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(other),
                            args.against], check=True)
            trees = {args.against: other, "this tree": ROOT}
        try:
            rounds: dict[str, list[dict]] = {name: [] for name in trees}
            for r in range(args.rounds):
                for name, tree in trees.items():
                    rounds[name].append(run_tree(tree, paths, args.read_only))
                    got = rounds[name][-1]
                    print(f"round {r + 1} {name}: read {got['read']:.3f} s, annotate {got['annotate']:.2f} s",
                          file=sys.stderr)
        finally:
            if args.against:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)],
                               check=False)
    print(report(rounds, len(paths)))
    return 0


def report(rounds: dict[str, list[dict]], n: int) -> str:
    lines = [f"{n} articles; the median of {len(next(iter(rounds.values())))} rounds per tree", "",
             "| tree | read, s | annotate, s | per article, ms | refused |", "|---|---:|---:|---:|---:|"]
    medians = {}
    read_only = all(r["annotate"] == 0 for rs in rounds.values() for r in rs)
    for name, rs in rounds.items():
        read = statistics.median(r["read"] for r in rs)
        ann = statistics.median(r["annotate"] for r in rs)
        medians[name] = read + ann
        per = 1000 * (read + ann) / n
        if read_only:  # some 0.25 s in all: a third decimal
            lines.append(f"| {name} | {read:.3f} | {ann:.2f} | {per:.3f} | {rs[0]['refused']} |")
        else:
            lines.append(f"| {name} | {read:.2f} | {ann:.2f} | {per:.1f} | {rs[0]['refused']} |")
    if len(medians) == 2:
        (a, ta), (b, tb) = medians.items()
        lines += ["", f"{b} / {a}: {tb / ta:.3f}" if read_only else f"{b} / {a}: {tb / ta:.2f}"]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
