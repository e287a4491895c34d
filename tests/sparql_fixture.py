"""A real server for the SPARQL tests: the app from kg.web.create_app under waitress, on a
loopback port chosen at run time, over a store published with kg.store.StoreDir."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from flask import Flask
from waitress.server import create_server

from kg.config import SparqlSettings
from kg.store import StoreDir
from kg.web import create_app
from kg.web.views import sparql

TESTS = Path(__file__).resolve().parent
PROTOCOL_DATA = TESTS / "w3c" / "protocol_data.trig"
EX = "http://example.org/"
BIG_GRAPH = EX + "graph/big"
BIG = 300  # triples in BIG_GRAPH: a 4-way cross product of them runs for minutes


def big_graph_quads(n: int = BIG) -> list[ox.Quad]:
    g = ox.NamedNode(BIG_GRAPH)
    return [ox.Quad(ox.NamedNode(f"{EX}item/{i}"), ox.NamedNode(f"{EX}value"),
                    ox.Literal(str(i), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), g)
            for i in range(n)]


def publish(store_dir: Path, quads: list[ox.Quad] = (), trig: Path | None = PROTOCOL_DATA) -> None:
    """Publish a release holding the W3C protocol data and `quads`."""
    with StoreDir(store_dir).publish() as store:
        if trig is not None:
            store.load(path=str(trig), format=ox.RdfFormat.TRIG)
        store.extend(quads)


@dataclass
class Server:
    app: Flask
    url: str  # http://127.0.0.1:PORT

    @property
    def endpoint(self) -> str:
        return self.url + "/sparql"


@contextmanager
def serve(store_dir: Path, **limits: object) -> Iterator[Server]:
    """Serve the store on a free loopback port until the block ends."""
    app = create_app(store=store_dir, config={"KG_SPARQL": SparqlSettings(**limits)})
    srv = create_server(app, host="127.0.0.1", port=0, threads=8)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    try:
        yield Server(app, f"http://127.0.0.1:{srv.effective_port}")
    finally:
        srv.close()
        for channel in list(srv._map.values()):  # open keep-alive connections hold the loop
            channel.close()
        sparql.close(app)
        thread.join(5)
        assert not thread.is_alive(), "the test server did not stop"


def wait_for(condition, seconds: float = 10.0) -> bool:
    """Poll `condition` until it holds (True) or `seconds` pass (False)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return False
