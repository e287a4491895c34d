"""An incremental publish takes the unchanged graphs' dumps from the previous release and
still writes exactly the files a full write gives (kg.store.dumps, `Reuse`)."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import statistics
from kg.config import CORPUS_DIR, PROJECT_ROOT
from kg.iri import Minter
from kg.pipeline import build
from kg.store.dumps import SEGMENTS_INDEX, Reuse, read_manifest, write_dumps
from kg.store.embedded import EmbeddedWriter
from kg.store.releases import StoreDir

ARTICLES = PROJECT_ROOT / "tests" / "articles"
EDITORIAL = ARTICLES / "militant-2008-10-13-v72n39-editorial-bailout.txt"
REPORT = ARTICLES / "militant-2016-03-28-v80n12-seoul-rail-strike.txt"


def digests(folder: Path) -> dict[str, tuple[str, str, int]]:
    """Every dump file listed in the manifest: (sha256 of the file, as recorded, triples)."""
    out = {}
    for f in read_manifest(folder)["files"]:
        for name, recorded in ((f["name"], f["sha256"]), (f["gzip_name"], f["gzip_sha256"])):
            out[name] = (hashlib.sha256((folder / name).read_bytes()).hexdigest(), recorded,
                         f["triples"])
    return out


@pytest.fixture(scope="module")
def two_releases(tmp_path_factory) -> tuple[StoreDir, Path, Path]:
    """The bundled letter and one article, then another article added (incremental)."""
    store = StoreDir(tmp_path_factory.mktemp("reuse") / "s")
    build([CORPUS_DIR, REPORT], store, Minter.from_config())
    first = store.require_current().path
    build([EDITORIAL], store, Minter.from_config())
    return store, first, store.require_current().path


def data_copy(store: StoreDir, folder: Path) -> EmbeddedWriter:
    """The release's data in a new on-disk store (ordered as every on-disk store is), without
    the description graph, which the finisher removes before it writes the dumps."""
    copy = ox.Store(str(folder))
    copy.extend(q for q in store.snapshot().quads_for_pattern(None, None, None)
                if not q.graph_name.value.endswith("/graph/void"))
    return EmbeddedWriter(copy)


def full_write(copy: EmbeddedWriter, folder: Path, **kwargs) -> None:
    """The dumps a first publish writes: the statistics graph in chunks, all written."""
    minter = Minter.from_config()
    chunks = statistics.DumpChunks(copy, minter, None)
    write_dumps(copy, folder, chunked={statistics.graph_name(minter).value: chunks}, **kwargs)


def test_incremental_dumps_are_the_files_a_full_write_gives(two_releases, tmp_path):
    store, _first, second = two_releases
    scratch = tmp_path / "scratch"
    full_write(data_copy(store, tmp_path / "db"), scratch)
    incremental = digests(second / "dumps")
    assert incremental == digests(scratch)
    assert all(actual == recorded for actual, recorded, _ in incremental.values())
    assert (second / "dumps" / SEGMENTS_INDEX).exists()


def test_unchanged_graphs_are_linked_not_rewritten(two_releases):
    store, first, second = two_releases
    minter = Minter.from_config()
    files = {f["graph"]: f["name"] for f in read_manifest(second / "dumps")["files"]
             if f["scope"] == "graph"}
    letter = next(g for g in files if "/graph/v70n33/" in g)
    for graph, same in ((letter, True), (str(minter.shared_graph("shared")), False),
                        (next(g for g in files if "/graph/v72n39/" in g), None)):
        now = second / "dumps" / files[graph]
        before = first / "dumps" / files[graph]
        if same is None:  # the article this publish added
            assert not before.exists()
            continue
        assert os.path.samefile(now, before) is same, graph


def test_a_previous_release_without_an_index_is_not_trusted(two_releases, tmp_path):
    store, first, second = two_releases
    old = tmp_path / "old"
    shutil.copytree(first / "dumps", old)
    (old / SEGMENTS_INDEX).unlink()
    out = tmp_path / "out"
    full_write(data_copy(store, tmp_path / "db"), out, reuse=Reuse(old, frozenset()))
    assert digests(out) == digests(second / "dumps")
    assert not any(os.path.samefile(out / n, old / n) for n in digests(out) if (old / n).exists())


def test_a_graph_whose_count_changed_is_written_again_even_if_not_declared(two_releases, tmp_path):
    store, _first, second = two_releases
    copy = data_copy(store, tmp_path / "db")
    letter = next(g for g in copy.named_graphs() if "/graph/v70n33/" in g.value)
    extra = ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                    ox.Literal("new"), letter)
    copy.add(extra)
    out = tmp_path / "out"
    write_dumps(copy, out, reuse=Reuse(second / "dumps", frozenset()))  # nothing declared
    quads = set(ox.parse(path=str(out / "militant-kg.nq"), format=ox.RdfFormat.N_QUADS))
    assert extra in quads and len(quads) == len(copy)
    name = next(f["name"] for f in read_manifest(out)["files"] if f["graph"] == letter.value)
    assert not os.path.samefile(out / name, second / "dumps" / name)
    assert '"new"' in (out / name).read_text()
