"""What reading the learned typer's weights costs a process: the time and the memory of one read.

    python bench/typer_bench.py                                  # the shipped kg/data/nlp/typer.tsv
    python bench/typer_bench.py /tmp/a.tsv /tmp/b.tsv --rounds 7 # several files, compared

Every process that annotates an article reads the weights once (kg.nlp.entities.typer.model,
cached per data folder): a build's workers, `kg serve`'s, each test process. Each round reads each
file in a fresh process (`model.read`, the function the stage calls; no cache, no warm file other
than the OS's page cache) and reports the wall time of the read and the growth of the process's
resident memory (VmRSS) after it, what one more process pays (the read's transient lists are
freed but the allocator keeps most of their pages); then, read again under tracemalloc, the
memory the model holds and the read's peak.
Files alternate within a round (A B A B …) so that a noisy machine weighs on each alike; the
report gives each file's median and, for two or more, each one's ratio to the first. Figures:
bench/README.md, "The learned typer's weights, leaner".
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "kg" / "data" / "nlp" / "typer.tsv"

# run in a fresh process: the module imported first, so only the read itself is measured
_CODE = """
import json, sys, time, tracemalloc
from pathlib import Path
from kg.nlp.entities.typer.model import read

def rss_kb():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1])

before = rss_kb()
t0 = time.perf_counter()
m = read(Path(sys.argv[1]))
seconds = time.perf_counter() - t0
rss = (rss_kb() - before) / 1024
del m
tracemalloc.start()
m = read(Path(sys.argv[1]))
held, peak = tracemalloc.get_traced_memory()
print(json.dumps({'seconds': seconds, 'rss_mb': rss, 'held_mb': held / 2**20, 'peak_mb': peak / 2**20,
                  'features': len(m.weights)}))
"""


def one_read(path: Path) -> dict:
    """One file read once in a fresh process with this tree first on the path."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _CODE, str(path)], capture_output=True, text=True,
                         env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(rounds: dict[Path, list[dict]]) -> str:
    """A Markdown table of each file's size, features and median read time and memory."""
    n = len(next(iter(rounds.values())))
    lines = [f"the median of {n} reads per file, each in a fresh process", "",
             "| file | size, MB | features | read, s | resident +, MB | held, MB | peak, MB "
             "| time vs first |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    first = None
    for path, rs in rounds.items():
        secs = statistics.median(r["seconds"] for r in rs)
        rss = statistics.median(r["rss_mb"] for r in rs)
        first = first or secs
        lines.append(f"| {path} | {path.stat().st_size / 1e6:.2f} | {rs[0]['features']:,} | "
                     f"{secs:.3f} | {rss:.1f} | {rs[0]['held_mb']:.1f} | {rs[0]['peak_mb']:.1f} | "
                     f"{secs / first:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="weights files (default: the shipped one)")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    files = args.files or [SHIPPED]
    rounds: dict[Path, list[dict]] = {f: [] for f in files}
    for r in range(args.rounds):
        for f in files:
            rounds[f].append(one_read(f))
            got = rounds[f][-1]
            print(f"round {r + 1} {f}: {got['seconds']:.3f} s, {got['rss_mb']:.1f} MB", file=sys.stderr)
    print(report(rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
