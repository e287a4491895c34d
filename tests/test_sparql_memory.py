"""A query's memory is bounded: a worker whose resident memory passes KG_SPARQL_MAX_MEMORY is
stopped and the client told so (507), in either lane, and the endpoint goes on serving.

The engine materialises joins and sorts in memory with no bound of its own: a sorted cross
product of the ~300 triples below grows by hundreds of megabytes a second, and a runaway query
on the million-triple bench archive held 3.1 GB after 20 s (bench/README.md). Without a bound,
two such queries in the slow lane exhaust a small machine long before their time limit."""

from __future__ import annotations

import time

import pytest
import requests
from sparql_fixture import big_graph_quads, publish, serve

from kg.config import SettingsError, SparqlSettings, default_query_memory
from kg.store import StoreDir
from kg.web.workers import QueryError, QueryPool, QueryTask, resident_bytes

pytestmark = pytest.mark.timed  # measures time: runs alone in a parallel run (conftest)

# Sorting a 3-way cross product (27 million rows) needs every row in memory first.
HOG = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1"
LIMIT_MB = 250
TIMEOUT = 20.0


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("memory") / "store"
    publish(path, big_graph_quads())
    return path


def test_a_query_past_the_memory_limit_is_stopped_in_the_fast_lane(store_dir) -> None:
    db = str(StoreDir(store_dir).current().db)
    pool = QueryPool(size=1, timeout=TIMEOUT, slow=0, max_memory=LIMIT_MB * 2**20)
    try:
        before = pool.pids()
        start = time.monotonic()
        with pytest.raises(QueryError) as e:
            pool.execute(QueryTask(HOG, db)).read()
        assert e.value.status == 507 and f"{LIMIT_MB} MB" in e.value.message
        assert time.monotonic() - start < TIMEOUT / 2  # stopped for its memory, not its time
        # the worker is gone and replaced; the next query is answered
        assert pool.execute(QueryTask("ASK { ?s ?p ?o }", db)).read().endswith(b"true}")
        assert pool.pids() != before and all(resident_bytes(p) < LIMIT_MB * 2**20 for p in pool.pids())
    finally:
        pool.close()


def test_a_query_past_the_memory_limit_is_stopped_in_the_slow_lane(store_dir) -> None:
    """Over HTTP, with the default scheduling: the query outruns its fast-lane budget, moves to
    the slow lane and is stopped there; the client gets 507 with the limit named."""
    with serve(store_dir, workers=2, timeout=TIMEOUT, fast_budget=0.2, max_memory=LIMIT_MB,
               client_queries=0, client_slow=0) as srv:
        start = time.monotonic()
        r = requests.get(srv.endpoint, params={"query": HOG}, timeout=TIMEOUT + 5)
        assert r.status_code == 507, r.text[:300]
        assert f"limit of {LIMIT_MB} MB per query" in r.text
        assert time.monotonic() - start < TIMEOUT / 2
        ok = requests.get(srv.endpoint, params={"query": "ASK { ?s ?p ?o }"}, timeout=10)
        assert ok.status_code == 200 and ok.json()["boolean"] is True


def test_a_limit_of_zero_leaves_memory_unbounded(store_dir) -> None:
    """With no limit the same query runs on (here into its short time limit: 504, not 507)."""
    db = str(StoreDir(store_dir).current().db)
    pool = QueryPool(size=1, timeout=1.5, slow=0, max_memory=0)
    try:
        with pytest.raises(QueryError) as e:
            pool.execute(QueryTask(HOG, db)).read()
        assert e.value.status == 504
    finally:
        pool.close()


def test_the_limit_is_a_setting_with_a_default_from_the_machine() -> None:
    assert SparqlSettings.from_env({"KG_SPARQL_MAX_MEMORY": "512"}).max_memory == 512
    assert SparqlSettings.from_env({"KG_SPARQL_MAX_MEMORY": "0"}).max_memory == 0
    d = SparqlSettings.from_env({})
    assert d.max_memory == default_query_memory(d.workers, d.slow_workers) > 0
    with pytest.raises(SettingsError, match="max_memory"):
        SparqlSettings(max_memory=-5)
    with pytest.raises(SettingsError, match="KG_SPARQL"):
        SparqlSettings.from_env({"KG_SPARQL_MAX_MEMORY": "lots"})
    # 2 GB per worker on a large machine; on a small one its memory shared among the workers
    # that may run at once (4 fast, 2 slow) and the server
    assert default_query_memory(4, 2, total=64 * 1024) == 2048
    assert default_query_memory(4, 2, total=4096) == 4096 // 7
    assert default_query_memory(2, 2, total=512) == 256  # never less than ordinary queries need
