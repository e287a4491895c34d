"""Locust users for bench/load.py (run through it: it starts `kg serve` and passes the samples).

Every user sends its next request as soon as the previous one is answered (no think time),
and honours `Retry-After` on 503 and 429 as a well-behaved client does. Each request is
recorded under its kind ("sparql 1-entity-lookup", "page entity", "dump graph", ...); a 503,
504, 507 or 429 is a failure whose message names the status, so locust's failure table counts
them per kind.

Users (chosen on locust's command line by bench/load.py):
  CheapUser / ExpensiveUser   the overload scenario of issue 13 (a cheap and an expensive query)
  MixUser                     the archive mix: SPARQL queries of bench/queries, dereferencing,
                              data documents, HTML pages, search, dump downloads
  RunawayUser                 a query that runs into the time limit, in a loop
Environment: LOAD_SAMPLES (a JSON file written by bench/load.py); LOAD_RAW (a file that gets one
line per request: kind, milliseconds, status).

Two things keep the client from distorting what it measures. Every SPARQL query starts with a
comment naming its kind (`# load: 3-mention-counts`), so bench/load.py can pair the server's
access log with locust's kinds. Dumps are read as they come, in chunks, and thrown away
undecoded: read whole, a gzip-encoded N-Quads dump is inflated (351 MB at 1M triples) inside
locust's one event loop, which stalls every other user for seconds and adds those seconds to
whatever they were timing.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
import urllib.parse
from pathlib import Path

from locust import FastHttpUser, constant, events, task

SAMPLES = json.loads(Path(os.environ["LOAD_SAMPLES"]).read_text()) if os.environ.get("LOAD_SAMPLES") else {}
RDF = "text/turtle"
RESULTS = "application/sparql-results+json"
CHUNK = 256 * 1024


if os.environ.get("LOAD_RAW"):  # every request's kind, time and status, for bench/load.py to pool runs
    _RAW = open(os.environ["LOAD_RAW"], "a", buffering=1)  # noqa: SIM115 (open while locust runs)

    @events.request.add_listener
    def _record(name: str, response_time: float, response=None, **_kw) -> None:
        status = getattr(response, "status_code", 0) if response is not None else 0
        _RAW.write(f"{name}\t{response_time:.1f}\t{status}\n")


def _fixed(name: str) -> int:
    """How many users of this class bench/load.py asked for (LOAD_USERS, a JSON object)."""
    return int(json.loads(os.environ.get("LOAD_USERS", "{}")).get(name, 0))


class _User(FastHttpUser):
    abstract = True
    wait_time = constant(0)
    network_timeout = 120.0
    connection_timeout = 10.0

    def get(self, kind: str, path: str, *, accept: str = "*/*", redirects: bool = True,
            ok: tuple[int, ...] = (200,), headers: dict | None = None, stream: bool = False) -> None:
        started = time.perf_counter()
        with self.client.get(path, name=kind, headers={"Accept": accept, **(headers or {})},
                             allow_redirects=redirects, catch_response=True, stream=stream) as r:
            if stream and r._response is not None:  # the body raw (not inflated), timed in full
                size = 0
                try:
                    while chunk := r._response.read(CHUNK):
                        size += len(chunk)
                except OSError as exc:
                    r.failure(f"body cut short: {exc}")
                    return
                finally:
                    r.request_meta["response_time"] = (time.perf_counter() - started) * 1000
                    r.request_meta["response_length"] = size
            if r.status_code in ok:
                r.success()
                return
            r.failure(f"HTTP {r.status_code}")
        if r.status_code in (429, 503):
            try:
                time.sleep(min(5.0, float(r.headers.get("Retry-After", 1))))
            except ValueError:
                time.sleep(1.0)

    def sparql(self, kind: str, query: str) -> None:
        graph = re.search(r"^\s*(CONSTRUCT|DESCRIBE)\b", re.sub(r"(?im)^\s*(PREFIX|#).*$", "", query),
                          re.I | re.M)
        tagged = f"# load: {kind.removeprefix('sparql ')}\n{query}"
        self.get(kind, "/sparql?" + urllib.parse.urlencode({"query": tagged}),
                 accept=RDF if graph else RESULTS)


class CheapUser(_User):
    """The cheap query of the overload scenario, in a loop."""

    fixed_count = _fixed("CheapUser")

    @task
    def cheap(self) -> None:
        self.sparql("sparql cheap", SAMPLES["cheap"])


class ExpensiveUser(_User):
    """The expensive query of the overload scenario, in a loop."""

    fixed_count = _fixed("ExpensiveUser")

    @task
    def expensive(self) -> None:
        self.sparql("sparql expensive", SAMPLES["expensive"])


class RunawayUser(_User):
    """A query that runs into the time limit, in a loop."""

    fixed_count = _fixed("RunawayUser")

    @task
    def runaway(self) -> None:
        self.sparql("sparql runaway", SAMPLES["runaway"])


def _fill(template: str, rng: random.Random) -> str:
    return re.sub(r"\{(entity|article|word)\}", lambda m: rng.choice(SAMPLES[m.group(1)]), template)


def _path(iri: str) -> str:
    return "/" + iri[len(SAMPLES["base"]):]


class MixUser(_User):
    """The archive mix; task weights give the share of each kind of request."""

    fixed_count = _fixed("MixUser")

    def on_start(self) -> None:
        self.rng = random.Random()

    @task(12)
    def sparql_mix(self) -> None:
        name, template = self.rng.choice(sorted(SAMPLES["queries"].items()))
        self.sparql(f"sparql {name}", _fill(template, self.rng))

    @task(3)
    def dereference(self) -> None:
        iri = self.rng.choice(SAMPLES["entity"] + SAMPLES["article"])
        self.get("dereference (303)", _path(iri), accept=RDF, redirects=False, ok=(303,))

    @task(3)
    def data_document(self) -> None:
        self.get("data document", "/data" + _path(self.rng.choice(SAMPLES["article"])), accept=RDF)

    @task(3)
    def entity_page(self) -> None:
        self.get("page entity", "/page" + _path(self.rng.choice(SAMPLES["entity"])), accept="text/html")

    @task(3)
    def article_page(self) -> None:
        self.get("page article", "/page" + _path(self.rng.choice(SAMPLES["article"])), accept="text/html")

    @task(2)
    def search(self) -> None:
        if SAMPLES.get("search"):
            self.get("search", SAMPLES["search"] + "?" + urllib.parse.urlencode(
                {"q": self.rng.choice(SAMPLES["word"])}), accept="text/html")

    @task(2)
    def dump_graph(self) -> None:
        self.get("dump graph", self.rng.choice(SAMPLES["graph_dumps"]), headers={"Accept-Encoding": "gzip"},
                 stream=True)

    @task(1)
    def dump_whole(self) -> None:
        self.get("dump whole (N-Quads, gzip)", SAMPLES["whole_dump"], headers={"Accept-Encoding": "gzip"},
                 stream=True)

    @task(1)
    def home(self) -> None:
        self.get("home page", "/", accept="text/html")
