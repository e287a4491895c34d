"""The whole dump files cut into graphs (kg.store.dumps `_Frame`, kg.store.segments): the files
are what one serialization of the whole gives, their .gz is one gzip member, and a publish that
changed one graph converts and compresses that graph only, with the same bytes as a full write."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
import zlib
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from conftest import need
from dumps_support import BASE, EX, dump_files, invented_store, node
from rdflib.compare import isomorphic

from kg.store import dumps
from kg.store.dumps import SEGMENTS_INDEX, Reuse, read_manifest, write_dumps
from kg.store.segments import PieceWriter


def test_pieces_make_one_gzip_member_whose_copy_is_byte_identical(tmp_path):
    chunks = [b"<urn:a> <urn:b> \"Kestrel Row\" .\n" * 5000, b"", b"x" * 70000, b"tail\n"]
    first = PieceWriter(tmp_path / "a", tmp_path / "a.gz", 6)
    spans = [first.piece(c) for c in chunks]
    size, sha, gz_size, gz_sha = first.close()
    plain = b"".join(chunks)
    packed = (tmp_path / "a.gz").read_bytes()
    assert (tmp_path / "a").read_bytes() == plain and size == len(plain)
    assert sha == hashlib.sha256(plain).hexdigest() and gz_sha == hashlib.sha256(packed).hexdigest()
    assert gz_size == len(packed) and gzip.decompress(packed) == plain
    one = zlib.decompressobj(zlib.MAX_WBITS | 16)  # what an HTTP client reads: the first member
    assert one.decompress(packed) == plain and one.eof and one.unused_data == b""
    again = PieceWriter(tmp_path / "b", tmp_path / "b.gz", 6)
    with open(tmp_path / "a", "rb") as p, open(tmp_path / "a.gz", "rb") as z:
        for span in reversed(spans):
            again.copy(p, z, span)
    again.close()
    assert gzip.decompress((tmp_path / "b.gz").read_bytes()) == b"".join(reversed(chunks))
    reference = PieceWriter(tmp_path / "c", tmp_path / "c.gz", 6)
    for c in reversed(chunks):
        reference.piece(c)
    reference.close()
    assert (tmp_path / "b.gz").read_bytes() == (tmp_path / "c.gz").read_bytes()


def test_whole_files_are_one_serialization_of_the_whole(tmp_path):
    store = invented_store(tmp_path / "db", {"v1n1/a": 0, "v1n2/b": 5, "v1n3/c": 3})
    out = tmp_path / "dumps"
    write_dumps(store, out, base=BASE)
    quads = list(store.quads_for_pattern(None, None, None))
    prefixes = dict(dumps.PREFIX_MAP)
    files = {f["format"]: out / f["name"] for f in read_manifest(out)["files"] if f["scope"] != "graph"}
    for key in ("nquads", "trig", "jsonld", "ntriples"):
        union = key in dumps.UNION_FORMATS
        # one serialization of the store's quads in the same order (graph after graph)
        whole = ox.serialize(ox.parse(path=str(files["nquads"]), format=ox.RdfFormat.N_QUADS)
                             if not union else (q.triple for q in ox.parse(
                                 path=str(files["nquads"]), format=ox.RdfFormat.N_QUADS)),
                             None, dumps.rdf_format(key).engine, prefixes=prefixes)
        assert files[key].read_bytes() == whole, key
        assert gzip.decompress(Path(f"{files[key]}.gz").read_bytes()) == whole, key
    assert {q for q in ox.parse(path=str(files["nquads"]), format=ox.RdfFormat.N_QUADS)} == set(quads)
    turtle = files["turtle"].read_bytes()
    assert turtle.count(b"\n<" + EX.encode() + b"article/v1n1/a> ") == 2  # once per graph
    got = rdflib.Graph().parse(data=turtle, format="turtle")
    want = rdflib.Graph().parse(data=files["ntriples"].read_bytes(), format="nt")
    assert isomorphic(got, want) and len(got) == len(quads)
    ds = rdflib.Dataset().parse(data=files["jsonld"].read_bytes(), format="json-ld")
    assert len(list(ds.quads())) == len(quads)
    graph_files = {f["graph"]: out / f["name"] for f in read_manifest(out)["files"] if f["scope"] == "graph"}
    assert len(graph_files) == 1 + 3 + 1 + 1  # default, the articles (one of one node), notes, shared
    for graph, path in graph_files.items():  # each graph's file: the graph serialized alone
        node = ox.NamedNode(graph) if graph else ox.DefaultGraph()
        alone = ox.serialize((q.triple for q in store.quads_for_pattern(None, None, None, node)),
                             None, ox.RdfFormat.TURTLE, prefixes=prefixes)
        assert path.read_bytes() == alone, graph
        assert gzip.decompress(Path(f"{path}.gz").read_bytes()) == alone


def test_a_publish_converts_only_the_graphs_it_changed(tmp_path, monkeypatch):
    keys = {f"v1n{i}/a{i}": 2 + i for i in range(1, 7)}
    first = tmp_path / "first"
    write_dumps(invented_store(tmp_path / "db1", keys), first, base=BASE)
    keys["v1n9/added"] = 4  # a new article
    changed_extra = [ox.Quad(node("article/v1n2/a2"), node("note"), ox.Literal("corrected"),
                             ox.NamedNode(f"{BASE}graph/v1n2/a2"))]
    store = invented_store(tmp_path / "db2", keys, changed_extra)
    converted: list[tuple[int, int]] = []
    real_region = dumps.Region

    def spy(fh, offset, size):
        converted.append((offset, size))
        return real_region(fh, offset, size)

    monkeypatch.setattr(dumps, "Region", spy)
    changed = frozenset({f"{BASE}graph/v1n2/a2", f"{BASE}graph/v1n9/added", f"{BASE}graph/shared"})
    incremental = tmp_path / "incremental"
    write_dumps(store, incremental, base=BASE, reuse=Reuse(first, changed))
    spans = json.loads((incremental / SEGMENTS_INDEX).read_text())["files"]["nquads"]
    fresh = {g for g, span in spans.items() if tuple(span[:2]) in set(converted)}
    assert fresh == {"", *changed}  # the default graph is always read again
    assert len(converted) == 4 * len(fresh)  # once per format converted from the N-Quads
    monkeypatch.setattr(dumps, "Region", real_region)
    full = tmp_path / "full"
    write_dumps(store, full, base=BASE)
    assert dump_files(incremental) == dump_files(full)
    for f in read_manifest(incremental)["files"]:
        for name, sha in ((f["name"], f["sha256"]), (f["gzip_name"], f["gzip_sha256"])):
            assert hashlib.sha256((incremental / name).read_bytes()).hexdigest() == sha, name


def test_an_incremental_publishs_gzipped_dumps_pass_an_independent_parser(tmp_path):
    need("rapper (raptor2-utils)", shutil.which("rapper") is not None, "apt-get install raptor2-utils")
    keys = {f"v1n{i}/a{i}": 3 for i in range(1, 5)}
    first = tmp_path / "first"
    write_dumps(invented_store(tmp_path / "db1", keys), first, base=BASE)
    keys["v1n8/added"] = 2
    out = tmp_path / "out"
    write_dumps(invented_store(tmp_path / "db2", keys), out, base=BASE,
                reuse=Reuse(first, frozenset({f"{BASE}graph/v1n8/added", f"{BASE}graph/shared"})))
    syntax = {"nquads": "nquads", "trig": "trig", "turtle": "turtle", "ntriples": "ntriples"}
    for f in read_manifest(out)["files"]:
        if f["scope"] == "graph" or f["format"] not in syntax:
            continue
        plain = tmp_path / f"unzipped-{f['name']}"
        plain.write_bytes(gzip.decompress((out / f["gzip_name"]).read_bytes()))
        run = subprocess.run(["rapper", "-c", "-i", syntax[f["format"]], str(plain), BASE],
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        assert f"returned {f['triples']} triples" in run.stderr, f["name"]


@pytest.mark.parametrize("what", ["level", "prefixes"])
def test_pieces_written_otherwise_are_not_copied(tmp_path, monkeypatch, what):
    keys = {"v1n1/a": 3, "v1n2/b": 2}
    first = tmp_path / "first"
    write_dumps(invented_store(tmp_path / "db", keys), first, base=BASE,
                gzip_level=1 if what == "level" else 6)
    if what == "prefixes":
        monkeypatch.setattr(dumps, "PREFIX_MAP", {**dumps.PREFIX_MAP, "lantern": EX + "lantern/"})
    store = invented_store(tmp_path / "db2", keys)
    real_copy = dumps.PieceWriter.copy

    def copy(self, plain, gz, span):  # a graph's file is copied from this release's union Turtle
        if plain is None or str(plain.name).startswith(str(first)):
            pytest.fail("a piece of the previous release was copied")
        return real_copy(self, plain, gz, span)

    monkeypatch.setattr(dumps.PieceWriter, "copy", copy)
    out = tmp_path / "out"
    write_dumps(store, out, base=BASE, reuse=Reuse(first, frozenset()))
    assert gzip.decompress((out / "militant-kg.nq.gz").read_bytes()) == (out / "militant-kg.nq").read_bytes()


@pytest.mark.parametrize("chunks", [
    [b"[\n", b"a", b"b", b"\n]\n"],
    [b"[\nab\n]\n"],
    [b"[", b"\n", b"x", b"\n", b"]", b"\n"],  # writes shorter than the tail
])
def test_the_frame_is_dropped_however_the_serializer_cuts_its_writes(chunks):
    from kg.store.segments import Framed

    class Sink:
        data = b""

        def write(self, d):
            self.data += bytes(d)
            return len(d)

    sink = Sink()
    framed = Framed(sink, b"[\n", b"\n]\n")
    for c in chunks:
        framed.write(c)
    framed.close()
    assert sink.data == b"".join(chunks)[2:-3]
