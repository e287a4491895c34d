"""Score every held-out set, or some, and compare two sweeps set by set.

    python bench/quality/sweep.py OUT                       # every set → OUT/<set>.json
    python bench/quality/sweep.py OUT --sets dz ea eb       # these sets only
    python bench/quality/sweep.py OUT --against BASE        # then compare with an earlier sweep
    python bench/quality/sweep.py --compare AFTER BASE      # compare two sweeps already made

Each set is scored by `run.py --set S --json` in a process of its own (as a user runs it: the
pipeline's resources loaded afresh, no state carried from set to set), `--jobs` at a time, and
its figures written to OUT/<set>.json (a set that fails leaves OUT/<set>.err and is named).
The comparison reads the figures of each set the two sweeps share: people, places and
organisations typed right, junk, the five structure fields right on every article, page items
and quotation speakers found; it prints the sets that changed (and the junk names that came or
went), the totals of both sweeps, and the sets that got worse on any of those counts. A change
to the rules is kept only where that list is empty (bench/quality/README.md, "Rules of the
game"); the exit status is 1 when it is not, so a script can stop on it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from bench.quality.run import SETS  # noqa: E402

STRUCTURE = ("headline", "date", "bylines", "dateline", "deck")


@dataclass(frozen=True)
class Figures:
    """One set's counts that a change must not make worse."""

    typed: int
    gold: int
    junk: int
    structure: tuple[int, ...]
    items: tuple[int, int, int]  # found, extra, missed
    speakers: tuple[int, int, int]
    junk_names: tuple[str, ...]

    @classmethod
    def read(cls, path: Path) -> Figures:
        """The figures of OUT/<set>.json as run.py --json writes them; a file that is not such
        a report is an error naming it."""
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
            t, s, r, i = (d["people_places_orgs_typed_right"], d["quotation_speakers"],
                          d["right_on_every_article"], d["items"])
            return cls(t["right"], t["gold"], d["junk"], tuple(r[k] for k in STRUCTURE),
                       (i["tp"], i["fp"], i["fn"]), (s["tp"], s["fp"], s["fn"]), tuple(d["junk_list"]))
        except (OSError, ValueError, KeyError, TypeError) as e:
            why = f"{e.__class__.__name__}: {e}"
            raise SystemExit(f"error: {path}: not a report of run.py --json ({why})") from e

    def worse_than(self, base: Figures) -> list[str]:
        """What got worse against `base`, in words (empty: nothing)."""
        out = []
        if self.typed < base.typed:
            out.append(f"typed right {base.typed} → {self.typed}")
        if self.junk > base.junk:
            out.append(f"junk {base.junk} → {self.junk}")
        out += [f"{k} {b} → {a}" for k, a, b in zip(STRUCTURE, self.structure, base.structure, strict=True)
                if a < b]
        if self.items[0] < base.items[0]:
            out.append(f"items found {base.items[0]} → {self.items[0]}")
        if self.speakers[0] < base.speakers[0]:
            out.append(f"speakers found {base.speakers[0]} → {self.speakers[0]}")
        return out

    def line(self) -> str:
        return (f"{self.typed}/{self.gold} junk {self.junk} structure {self.structure} "
                f"items {self.items} speakers {self.speakers}")


def sweep(out: Path, sets: list[str], jobs: int) -> list[str]:
    """Score each set into out/<set>.json; the sets that failed."""
    out.mkdir(parents=True, exist_ok=True)
    path = [str(HERE.parent.parent), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in path if p)}

    def one(name: str) -> str | None:
        done = subprocess.run([sys.executable, str(HERE / "run.py"), "--set", name, "--json"],
                              capture_output=True, text=True, env=env, check=False)
        if done.returncode == 0:
            (out / f"{name}.json").write_text(done.stdout, encoding="utf-8")
            (out / f"{name}.err").unlink(missing_ok=True)
            return None
        (out / f"{name}.err").write_text(done.stderr, encoding="utf-8")
        return name

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return [name for name in pool.map(one, sets) if name]


def compare(after: Path, base: Path) -> tuple[list[str], list[str]]:
    """(report lines, sets worse) for the sets both folders hold."""
    lines: list[str] = []
    worse: list[str] = []
    total_a = [0, 0, 0]
    total_b = [0, 0, 0]
    names = [n for n in SETS if (after / f"{n}.json").exists() and (base / f"{n}.json").exists()]
    for name in names:
        a, b = Figures.read(after / f"{name}.json"), Figures.read(base / f"{name}.json")
        for total, f in ((total_a, a), (total_b, b)):
            total[0] += f.typed
            total[1] += f.gold
            total[2] += f.junk
        if a != b:
            lines.append(f"{name:3} {a.line()}   was {b.line()}")
            came = sorted(set(a.junk_names) - set(b.junk_names))
            went = sorted(set(b.junk_names) - set(a.junk_names))
            if came or went:
                lines.append(f"    junk + {came}  - {went}")
        if why := a.worse_than(b):
            worse.append(name)
            lines.append(f"    WORSE: {'; '.join(why)}")
    share = lambda t: f"{t[0]}/{t[1]} ({t[0] / max(t[1], 1):.1%}) junk {t[2]}"  # noqa: E731
    lines.append(f"{len(names)} sets: {share(total_a)}, was {share(total_b)}")
    lines.append(f"worse: {' '.join(worse) if worse else 'none'}")
    return lines, worse


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", type=Path, help="folder for the sweep's reports, one per set")
    ap.add_argument("--sets", nargs="+", choices=list(SETS), metavar="SET",
                    help="the sets to score (default: every set)")
    ap.add_argument("--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)),
                    help="sets scored at once (default: the CPUs, at most 4)")
    ap.add_argument("--against", type=Path, metavar="BASE", help="compare the sweep with an earlier one")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("AFTER", "BASE"),
                    help="compare two sweeps already made, scoring nothing")
    args = ap.parse_args(argv)
    if args.compare:
        if args.out or args.sets or args.against:
            ap.error("--compare scores nothing: give it two folders and no OUT, --sets or --against")
        after, base = args.compare
    elif args.out is None:
        ap.error("give OUT, the folder for the reports (or --compare AFTER BASE)")
    else:
        failed = sweep(args.out, args.sets or list(SETS), args.jobs)
        print(f"scored {len(args.sets or SETS) - len(failed)} sets into {args.out}")
        if failed:
            print(f"error: failed: {' '.join(failed)} (their .err files in {args.out})", file=sys.stderr)
            return 2
        if args.against is None:
            return 0
        after, base = args.out, args.against
    for path in (after, base):
        if not path.is_dir():
            print(f"error: {path}: no such folder of reports", file=sys.stderr)
            return 2
    lines, worse = compare(after, base)
    print("\n".join(lines))
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
