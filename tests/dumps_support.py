"""Invented stores and dump folders for the dump tests (tests/test_dumps_segments.py,
tests/test_dumps_previous.py).

Support, not tests: a test module imports these from here, never from another test module.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.store.dumps import read_manifest
from kg.store.embedded import EmbeddedWriter

BASE = "https://paper.example/"
EX = "https://paper.example/id/"
XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def node(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def invented_article(key: str, n: int) -> list[ox.Quad]:
    """An invented article graph: its node, a headline, `n` mentions, a blank node."""
    g = ox.NamedNode(f"{BASE}graph/{key}")
    art = node(f"article/{key}")
    quads = [ox.Quad(art, ox.NamedNode("http://schema.org/headline"),
                     ox.Literal(f"Brannock mill workers walk out, week {key}", language="en"), g),
             # a line end and the graph's own N-Quads ending inside a term (escaped, not a line end)
             ox.Quad(art, node("note"), ox.Literal(f"filed\nunder <{g.value}> .\n"), g),
             ox.Quad(art, node("wordCount"), ox.Literal(str(40 + n), datatype=XSD_INT), g)]
    for i in range(n):
        mention = ox.BlankNode(f"m{key.replace('/', '')}x{i}")
        quads += [ox.Quad(art, node("mentions"), mention, g),
                  ox.Quad(mention, node("names"), node(f"person/tess-varno-{i % 7}"), g),
                  ox.Quad(mention, node("text"), ox.Literal(f"Tess Varno {i}"), g)]
    return quads


def invented_store(path: Path, keys: dict[str, int], extra: list[ox.Quad] = ()) -> EmbeddedWriter:
    """An on-disk store of invented article graphs, a shared graph, one default-graph triple."""
    store = ox.Store(str(path))
    shared = ox.NamedNode(f"{BASE}graph/shared")
    quads = [ox.Quad(node("paper"), node("title"), ox.Literal("The Weekly Lantern"))]
    for key, n in keys.items():
        quads += invented_article(key, n)
    for i in range(7):
        quads.append(ox.Quad(node(f"person/tess-varno-{i}"), node("label"),
                             ox.Literal(f"Tess Varno {i}"), shared))
    # a subject whose triples end one graph and begin the next (the union Turtle writes it
    # twice): an article graph of one node and the graph of notes on it, sorted right after it
    notes = ox.NamedNode(f"{BASE}graph/v1n1/a-notes")
    quads.append(ox.Quad(node("article/v1n1/a"), node("note"), ox.Literal("also here"), notes))
    store.extend([*quads, *extra])
    return EmbeddedWriter(store)


def dump_files(folder: Path) -> dict[str, bytes]:
    """Every file the manifest lists, plain and gzipped, by name."""
    out = {}
    for f in read_manifest(folder)["files"]:
        for name in (f["name"], f["gzip_name"]):
            out[name] = (folder / name).read_bytes()
    return out
