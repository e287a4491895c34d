"""A previous release whose dumps are damaged or missing never makes a publish fail or write a
broken dump: a piece that is not what the previous index says (its CRC-32s, kg.store.segments)
is written afresh, a previous index or manifest of another shape is not trusted, and a graph's
Turtle file whose size is not the manifest's is written, not linked (kg.store.dumps)."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from pathlib import Path

import pytest
from dumps_support import BASE, dump_files, invented_store

from kg.store.dumps import MANIFEST, SEGMENTS_INDEX, Reuse, read_manifest, write_dumps
from kg.store.segments import PieceError, PieceWriter, crc32_combine, crc32_combine_py

KEYS = {f"v2n{i}/walkout-{i}": 2 + i for i in range(1, 6)}
ADDED = f"{BASE}graph/v2n9/added"
CHANGED = frozenset({ADDED, f"{BASE}graph/shared"})


@pytest.fixture
def first(tmp_path) -> Path:
    """A release's dumps, to be damaged by each test."""
    out = tmp_path / "first"
    write_dumps(invented_store(tmp_path / "db1", KEYS), out, base=BASE)
    return out


def _publish(tmp_path: Path, previous: Path) -> tuple[Path, Path]:
    """The next publish (one article added) from `previous`, and a full write of the same."""
    keys = {**KEYS, "v2n9/added": 3}
    store = invented_store(tmp_path / "db2", keys)
    incremental, full = tmp_path / "incremental", tmp_path / "full"
    write_dumps(store, incremental, base=BASE, reuse=Reuse(previous, CHANGED))
    write_dumps(store, full, base=BASE)
    return incremental, full


def _kept_span(previous: Path, key: str) -> list[int]:
    """The span of a graph the next publish keeps, in the previous whole file of `key`."""
    spans = json.loads((previous / SEGMENTS_INDEX).read_text())["files"][key]
    return spans[f"{BASE}graph/v2n3/walkout-3"]


def _assert_sound(incremental: Path, full: Path) -> None:
    assert dump_files(incremental) == dump_files(full)
    for f in read_manifest(incremental)["files"]:
        for name, sha in ((f["name"], f["sha256"]), (f["gzip_name"], f["gzip_sha256"])):
            assert hashlib.sha256((incremental / name).read_bytes()).hexdigest() == sha, name


def test_a_truncated_previous_file_is_written_afresh_not_a_failed_publish(tmp_path, first):
    trig = first / "militant-kg.trig"
    cut = _kept_span(first, "trig")
    with open(trig, "r+b") as fh:
        fh.truncate(cut[0] + cut[1] // 2)  # the kept graph's piece is half there
    _assert_sound(*_publish(tmp_path, first))


@pytest.mark.parametrize("twin", ["plain", "gz"])
def test_other_bytes_in_a_previous_piece_are_not_copied(tmp_path, first, twin):
    path = first / ("militant-kg.nq" + (".gz" if twin == "gz" else ""))
    span = _kept_span(first, "nquads")
    offset = span[0] + span[1] // 2 if twin == "plain" else span[2] + span[3] // 2
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x20  # same size, one byte other
    path.write_bytes(bytes(data))
    incremental, full = _publish(tmp_path, first)
    _assert_sound(incremental, full)
    assert gzip.decompress((incremental / "militant-kg.nq.gz").read_bytes()) \
        == (incremental / "militant-kg.nq").read_bytes()


@pytest.mark.parametrize("damage", [
    lambda d: (d / SEGMENTS_INDEX).write_text("[]"),
    lambda d: (d / SEGMENTS_INDEX).write_text(json.dumps(
        {**json.loads((d / SEGMENTS_INDEX).read_text()), "files": {"nquads": []}})),
    lambda d: (d / MANIFEST).write_text(json.dumps({"base": BASE, "files": [{"name": "x"}]})),
    lambda d: (d / "militant-kg.jsonld.gz").unlink(),
], ids=["index-a-list", "index-files-of-another-shape", "manifest-entries-without-fields",
        "a-whole-file-gone"])
def test_a_previous_index_or_manifest_of_another_shape_means_a_full_write(tmp_path, first, damage):
    damage(first)
    _assert_sound(*_publish(tmp_path, first))


def test_a_previous_graph_file_not_of_its_manifest_size_is_written_not_linked(tmp_path, first):
    entry = next(f for f in read_manifest(first)["files"]
                 if f["graph"] == f"{BASE}graph/v2n3/walkout-3")
    damaged = first / entry["name"]
    damaged.write_bytes(damaged.read_bytes()[:-10])
    before = damaged.read_bytes()
    incremental, full = _publish(tmp_path, first)
    _assert_sound(incremental, full)
    assert not os.path.samefile(incremental / entry["name"], damaged)
    assert damaged.read_bytes() == before  # the previous release's file untouched


def test_a_piece_that_does_not_check_leaves_nothing_behind(tmp_path):
    chunks = [b"<urn:a> <urn:b> \"Marrow Quay\" .\n" * 300, b"<urn:c> <urn:d> <urn:e> .\n" * 40]
    source = PieceWriter(tmp_path / "a", tmp_path / "a.gz", 6)
    spans = [source.piece(c) for c in chunks]
    source.close()
    out = PieceWriter(tmp_path / "b", tmp_path / "b.gz", 6)
    out.piece(b"# head\n")
    with open(tmp_path / "a", "rb") as plain, open(tmp_path / "a.gz", "rb") as gz:
        with pytest.raises(PieceError):
            out.copy(plain, gz, [*spans[1][:4], spans[1][4] ^ 1, spans[1][5]])
        with pytest.raises(PieceError):
            out.copy(plain, gz, [spans[1][0], spans[1][1] + 10**6, *spans[1][2:]])
        out.copy(plain, gz, spans[0])
    out.piece(b"# end\n")
    out.close()
    want = b"# head\n" + chunks[0] + b"# end\n"
    assert (tmp_path / "b").read_bytes() == want
    assert gzip.decompress((tmp_path / "b.gz").read_bytes()) == want


@pytest.mark.parametrize("combine", [crc32_combine, crc32_combine_py])
def test_crc32_combine_is_the_crc_of_the_concatenation(combine):
    parts = [b"", b"x", b"Kestrel Row strike\n" * 999, bytes(range(256)) * 70]
    for a in parts:
        for b in parts:
            assert combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)
    # past 4 GiB (a dump of the whole archive): zlib's and the Python one agree
    assert combine(0x1234ABCD, 0x0BADF00D, 5 << 30) == crc32_combine_py(0x1234ABCD, 0x0BADF00D, 5 << 30)
