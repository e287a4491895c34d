"""A real server for the SPARQL tests: the app from kg.web.create_app under waitress, on a
loopback port chosen at run time, over a store published with kg.store.StoreDir."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from flask import Flask
from waitress import wasyncore
from waitress.server import create_server

from kg.config import SparqlSettings
from kg.store import Store, StoreDir
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


def publish(store_dir: Path | Store, quads: list[ox.Quad] = (), trig: Path | None = PROTOCOL_DATA) -> None:
    """Publish a release holding the W3C protocol data and `quads` (into a store folder, or any
    kg.store.Store: the SPARQL store tests publish the same data into Virtuoso)."""
    target = store_dir if isinstance(store_dir, Store) else StoreDir(store_dir)
    with target.publish() as store:
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
        stop(srv, thread)
        sparql.close(app)
        assert not thread.is_alive(), "the test server did not stop"


def stop(srv, thread: threading.Thread) -> None:
    """Stop a waitress server whose loop runs in `thread`, from another thread.

    The channels are closed by the loop's own thread (a thunk on waitress's trigger), so no socket
    is closed under a select() another thread is in (EBADF); keep-alive connections go too, and
    the loop ends with an empty map. The trigger itself is only taken out of the map there and
    closed once the loop and the task threads are done: any thread's wake-up (a task thread
    pulls the trigger when a response is written) can make the loop run our thunk before our
    own write to the trigger lands, and a trigger closed by the thunk turned that write into
    EBADF (seen in CI once in about 30 runs; tests/test_sparql_fixture.py forces the order)."""
    def close_all() -> None:
        for channel in list(srv._map.values()):
            if channel is srv.trigger:
                channel.del_channel()
            elif channel is srv:  # the listening socket (the server's own close shuts the trigger)
                wasyncore.dispatcher.close(srv)
            else:
                channel.close()
    srv.trigger.pull_trigger(close_all)
    thread.join(5)
    srv.task_dispatcher.shutdown()
    if not thread.is_alive():
        srv.trigger.close()


@contextmanager
def kg_serve(store: Path | str, env: dict[str, str] | None = None) -> Iterator[str]:
    """`kg serve` (python -m kg.web.serve) as users start it, on a port the system picks, over a
    store folder or store URL (`env`: its settings); yields its base URL."""
    proc = subprocess.Popen([sys.executable, "-m", "kg.web.serve", "--store", str(store), "--port", "0",
                             "--access-log", "off"], stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, KG_SPARQL_WORKERS="2", **(env or {})))
    try:
        url = None
        for line in proc.stderr:
            m = re.search(r"at (http://127\.0\.0\.1:\d+)/ ", line)
            if m:
                url = m.group(1)
                break
        assert url, "kg serve did not print its URL"
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0


def protocol_report(endpoint: str) -> str:
    """The W3C SPARQL 1.1 Protocol tests (tests/w3c/protocol_tests.py) run against `endpoint`:
    their report, one line per test and a `N passed, M failed` line."""
    done = subprocess.run([sys.executable, str(TESTS / "w3c" / "protocol_tests.py"), endpoint],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def wait_for(condition, seconds: float = 10.0) -> bool:
    """Poll `condition` until it holds (True) or `seconds` pass (False)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return False
