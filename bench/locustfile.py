"""Locust users for bench/load.py (run through it: it starts `kg serve` and passes the samples).

Every user sends its next request as soon as the previous one is answered (no think time),
and honours `Retry-After` on 503 and 429 as a well-behaved client does. Each request is
recorded under its kind ("sparql 1-entity-lookup", "page entity", "dump graph", ...); a 503,
504 or 429 is a failure whose message names the status, so locust's failure table counts
them per kind.

Users (chosen on locust's command line by bench/load.py):
  CheapUser / ExpensiveUser   the overload scenario of issue 13 (a cheap and an expensive query)
  MixUser                     the archive mix: SPARQL queries of bench/queries, dereferencing,
                              data documents, HTML pages, search, dump downloads
  RunawayUser                 a query that runs into the time limit, in a loop
Environment: LOAD_SAMPLES (a JSON file written by bench/load.py).
"""

from __future__ import annotations

import json
import os
import random
import re
import time
import urllib.parse
from pathlib import Path

from locust import FastHttpUser, constant, task

SAMPLES = json.loads(Path(os.environ["LOAD_SAMPLES"]).read_text()) if os.environ.get("LOAD_SAMPLES") else {}
RDF = "text/turtle"
RESULTS = "application/sparql-results+json"


def _fixed(name: str) -> int:
    """How many users of this class bench/load.py asked for (LOAD_USERS, a JSON object)."""
    return int(json.loads(os.environ.get("LOAD_USERS", "{}")).get(name, 0))


class _User(FastHttpUser):
    abstract = True
    wait_time = constant(0)
    network_timeout = 120.0
    connection_timeout = 10.0

    def get(self, kind: str, path: str, *, accept: str = "*/*", redirects: bool = True,
            ok: tuple[int, ...] = (200,), headers: dict | None = None) -> None:
        with self.client.get(path, name=kind, headers={"Accept": accept, **(headers or {})},
                             allow_redirects=redirects, catch_response=True) as r:
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
        self.get(kind, "/sparql?" + urllib.parse.urlencode({"query": query}),
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
        self.get("dump graph", self.rng.choice(SAMPLES["graph_dumps"]), headers={"Accept-Encoding": "gzip"})

    @task(1)
    def dump_whole(self) -> None:
        self.get("dump whole (N-Quads, gzip)", SAMPLES["whole_dump"], headers={"Accept-Encoding": "gzip"})

    @task(1)
    def home(self) -> None:
        self.get("home page", "/", accept="text/html")
