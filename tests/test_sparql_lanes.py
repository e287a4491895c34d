"""Scheduling of SPARQL queries on a real server on loopback: cheap queries are answered while
long ones run (fast and slow lanes), overload is answered with 503 + Retry-After, per-client
caps with 429 + Retry-After, and no request outlives its time limit (waiting included)."""

from __future__ import annotations

import http.client
import json
import os
import threading
import time
import urllib.parse

import pytest
from sparql_fixture import big_graph_quads, publish, serve, wait_for

from kg.config import SparqlSettings
from kg.web.views import sparql
from kg.web.workers import FAST, SLOW, slow_lane_cpus

pytestmark = pytest.mark.timed  # measures time: runs alone in a parallel run (conftest)

CHEAP = "ASK { ?s ?p ?o }"
TIMEOUT = 3.0
LONG_TIMEOUT = 12.0
BUDGET = 0.3


def runaway(n: int) -> str:
    """A 4-way cross product of ~300 triples (minutes of work); `n` makes texts distinct, so
    each is new to the pool's memory of slow queries."""
    return f"SELECT (COUNT(*) AS ?n{n}) {{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }}"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("lanes") / "store"
    publish(path, big_graph_quads())
    return path


class Call(threading.Thread):
    """One request in the background: its response (or error) and when it ended."""

    def __init__(self, endpoint: str, query: str, source: str = "127.0.0.1") -> None:
        super().__init__(daemon=True)
        self.endpoint, self.query, self.source = endpoint, query, source
        self.status: int | None = None
        self.text = ""
        self.headers: dict[str, str] = {}
        self.ended = 0.0
        self.start()

    def run(self) -> None:
        self.status, self.headers, self.text = get(self.endpoint, self.query, self.source)
        self.ended = time.monotonic()


def get(endpoint: str, query: str, source: str = "127.0.0.1") -> tuple[int, dict[str, str], str]:
    """GET the query from a chosen loopback source address (the per-client caps go by address)."""
    url = urllib.parse.urlsplit(endpoint)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60, source_address=(source, 0))
    try:
        conn.request("GET", url.path + "?" + urllib.parse.urlencode({"query": query}))
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read().decode()
    finally:
        conn.close()


def test_cheap_queries_are_answered_while_long_ones_run(store_dir) -> None:
    # A longer limit and wait than the other tests: eight cheap queries share two fast workers,
    # and on a busy machine (the whole suite, CI) their queue must not run out before the long
    # queries end; what is proven is the order, not a speed.
    with serve(store_dir, workers=2, slow_workers=2, timeout=LONG_TIMEOUT, fast_budget=BUDGET,
               queue_wait=5.0, client_slow=0, reserved_cpus=1) as srv:
        pool = sparql.pool(srv.app)
        long = [Call(srv.endpoint, runaway(i)) for i in range(2)]
        # Both run past their budget and move, still running, to the slow lane.
        assert wait_for(lambda: pool.lanes()[SLOW] == 2)
        assert pool.lanes()[FAST] == 0 and pool.moved == 2
        assert wait_for(lambda: len(pool.pids(FAST)) == 2)  # the fast lane's fresh workers
        # The long queries' workers run at a low priority, off the reserved CPU (when there is
        # more than one); the fast lane's may run on every CPU.
        reserved = slow_lane_cpus(1)
        for pid in pool.pids(SLOW):
            for tid in map(int, os.listdir(f"/proc/{pid}/task")):
                assert os.getpriority(os.PRIO_PROCESS, tid) == 10
                assert os.sched_getaffinity(tid) == (reserved or os.sched_getaffinity(0))
        for pid in pool.pids(FAST):
            assert os.sched_getaffinity(pid) == os.sched_getaffinity(0)
        # Cheap queries from several clients are answered while the long ones still run.
        cheap = [Call(srv.endpoint, CHEAP) for _ in range(8)]
        for c in cheap:
            c.join(30)
        assert [c.status for c in cheap] == [200] * 8
        assert all(json.loads(c.text)["boolean"] is True for c in cheap)
        assert all(t.is_alive() for t in long), "the long queries ended before the cheap ones"
        # A third long query overruns its budget while the slow lane is full: stopped with 503
        # long before the time limit, with a Retry-After, and remembered as slow...
        third = Call(srv.endpoint, runaway(2))
        third.join(30)
        assert third.status == 503 and "long queries" in third.text
        assert 1 <= int(third.headers["Retry-After"]) <= LONG_TIMEOUT
        assert all(t.is_alive() for t in long)
        # ...so asked again it waits for the slow lane (queue_wait), never taking a fast worker.
        again = Call(srv.endpoint, runaway(2))
        time.sleep(0.1)
        assert pool.lanes()[FAST] == 0
        again.join(30)
        assert again.status == 503 and int(again.headers["Retry-After"]) >= 1
        for t in long:
            t.join(30)
        assert [t.status for t in long] == [504, 504]
        assert all(t.ended > max(c.ended for c in cheap) for t in long)
        # The slow lane is free again: the remembered query now runs there (and is stopped).
        assert get(srv.endpoint, runaway(2))[0] == 504


def test_per_client_cap_on_long_queries(store_dir) -> None:
    with serve(store_dir, workers=2, slow_workers=2, timeout=TIMEOUT, fast_budget=BUDGET,
               queue_wait=0.5, client_queries=0, client_slow=1) as srv:
        pool = sparql.pool(srv.app)
        first = Call(srv.endpoint, runaway(10))
        assert wait_for(lambda: pool.lanes()[SLOW] == 1)
        # The same client's second long query may not take the other slow place: 429, once it
        # has used its fast-lane budget...
        status, headers, text = get(srv.endpoint, runaway(11))
        assert status == 429 and "127.0.0.1" in text and 1 <= int(headers["Retry-After"]) <= TIMEOUT
        # ...and at once when asked again (known to be long).
        started = time.monotonic()
        assert get(srv.endpoint, runaway(11))[0] == 429
        assert time.monotonic() - started < BUDGET
        # Another address may.
        other = Call(srv.endpoint, runaway(12), source="127.0.0.2")
        assert wait_for(lambda: pool.lanes()[SLOW] == 2)
        first.join(30)
        other.join(30)
        assert (first.status, other.status) == (504, 504)


def test_per_client_cap_on_queries_at_once(store_dir) -> None:
    with serve(store_dir, workers=2, slow_workers=2, timeout=TIMEOUT, fast_budget=BUDGET,
               queue_wait=0.5, client_queries=1, client_slow=0) as srv:
        pool = sparql.pool(srv.app)
        held = Call(srv.endpoint, runaway(13))
        assert wait_for(lambda: sum(pool.lanes().values()) == 1)
        status, headers, text = get(srv.endpoint, CHEAP)
        assert status == 429 and "at most 1" in text and headers["Retry-After"] == "1"
        assert get(srv.endpoint, CHEAP, source="127.0.0.3")[0] == 200
        held.join(30)
        assert held.status == 504
        # Its query over, the client may ask again.
        assert get(srv.endpoint, CHEAP)[0] == 200


def test_time_limit_counts_from_arrival(store_dir) -> None:
    """Waiting for a worker counts against the time limit: a request that waited is stopped at
    its own deadline, not a full time limit after it started running."""
    limit = 1.5
    with serve(store_dir, workers=1, slow_workers=0, timeout=limit, queue_wait=30) as srv:
        pool = sparql.pool(srv.app)
        first = Call(srv.endpoint, runaway(20))
        assert wait_for(lambda: pool.lanes()[FAST] == 1)
        started = time.monotonic()
        second = Call(srv.endpoint, runaway(21))
        second.join(30)
        first.join(30)
        assert first.status == 504 and second.status in (503, 504)
        assert second.ended - started < limit + 1.0


def test_slow_lane_cpus() -> None:
    """The slow lane is kept off the first `reserved` CPUs the server may use, never off all."""
    assert slow_lane_cpus(1, {0, 1}) == {1}
    assert slow_lane_cpus(1, {2, 5, 7, 3}) == {3, 5, 7}
    assert slow_lane_cpus(2, range(8)) == set(range(2, 8))
    assert slow_lane_cpus(0, {0, 1}) is None  # not pinned
    assert slow_lane_cpus(1, {4}) is None  # one CPU: nothing to keep free
    assert slow_lane_cpus(3, {0, 1}) is None
    assert slow_lane_cpus(1) in (None, set(sorted(os.sched_getaffinity(0))[1:]))


def test_settings_from_environment() -> None:
    s = SparqlSettings.from_env({"KG_SPARQL_FAST_BUDGET": "0.25", "KG_SPARQL_SLOW_WORKERS": "3",
                                 "KG_SPARQL_CLIENT_QUERIES": "5", "KG_SPARQL_CLIENT_SLOW": "2",
                                 "KG_SPARQL_RESERVED_CPUS": "0"})
    assert (s.fast_budget, s.slow_workers, s.client_queries, s.client_slow, s.reserved_cpus) == (
        0.25, 3, 5, 2, 0)
    d = SparqlSettings.from_env({})
    assert d.fast_budget > 0 and d.slow_workers >= 1 and d.client_queries >= 1 and d.client_slow >= 1
    for bad in ({"KG_SPARQL_FAST_BUDGET": "0"}, {"KG_SPARQL_CLIENT_SLOW": "-1"},
                {"KG_SPARQL_SLOW_WORKERS": "many"}, {"KG_SPARQL_RESERVED_CPUS": "-1"}):
        with pytest.raises(ValueError, match="KG_SPARQL|SPARQL settings"):
            SparqlSettings.from_env(bad)
