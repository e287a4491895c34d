"""What the publish step costs: dumps and the dataset description (kg.store.dumps/describe).

Loads a synthetic archive (bench/generate.py) into a fresh store folder, then times each
stage of kg.store.describe.finisher on it: graph counts, the N-Quads scan of the store,
the conversions to the other formats and per-graph files, gzip, the description's
statistics. Prints one line per stage and the peak memory of the process.

    python bench/generate.py --triples 1000000 --out bench/out/archive-1m.nq
    python bench/publish_bench.py bench/out/archive-1m.nq
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

import kg.store.dumps as dumps
from kg.config import base_iri
from kg.store import StoreDir
from kg.store.describe import dataset_stats, describe


def _mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("archive", type=Path, help="an N-Quads file from bench/generate.py")
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temp dir)")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-publish-bench-"))
    base = base_iri()
    try:
        t = time.perf_counter()
        with StoreDir(work / "store").publish() as st:
            st.bulk_load(path=str(args.archive), format=ox.RdfFormat.N_QUADS)
        print(f"bulk load            {time.perf_counter() - t:7.1f} s")
        del st
        release = StoreDir(work / "store").require_current()
        st = release.open()
        t = time.perf_counter()
        default, named = dumps.graph_counts(st)
        print(f"graph counts         {time.perf_counter() - t:7.1f} s  ({default + sum(named.values())} "
              f"triples, {len(named)} graphs)")
        t = time.perf_counter()
        st.dump(str(work / "scan.nq"), ox.RdfFormat.N_QUADS)
        print(f"N-Quads scan         {time.perf_counter() - t:7.1f} s")
        t = time.perf_counter()
        manifest = dumps.write_dumps(st, work / "dumps", base=base)
        print(f"all dumps + gzip     {time.perf_counter() - t:7.1f} s  ({len(manifest['files'])} files, "
              f"{sum(f['bytes'] + f['gzip_bytes'] for f in manifest['files']) // 2**20} MB)")
        t = time.perf_counter()
        stats = dataset_stats(st)
        graph = describe(stats, manifest, base=base)
        print(f"description          {time.perf_counter() - t:7.1f} s  ({len(graph)} triples)")
        print(f"peak memory          {_mb():7d} MB")
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
