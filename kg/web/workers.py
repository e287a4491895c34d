"""Query worker processes: SPARQL queries run where they can be stopped.

pyoxigraph has no query timeout, a signal cannot interrupt a running query, and results must
be consumed in the thread that made them. So each query runs in a worker process that opens
the release read-only and streams serialized chunks back through a pipe; a watchdog thread
kills a worker past its deadline and a fresh one takes its place, while the other workers
keep serving. Processes come from a fork server (never fork() a threaded server).
Workers serve in two lanes, fast and slow, so cheap queries are answered while long ones
run (QueryPool; the design and why: docs/sparql.md, "Scheduling").

Messages from a worker, one `send_bytes` each, tagged by their first byte:
  A{json}\n<bytes>  the whole answer at once: its media type, then all of it (small answers)
  H{json}  the result's media type; data follows     E{json}  an error before any data
  D<bytes> a chunk of the serialized result           Z        the result is complete
  F{json}  the query failed (after H: while streaming, and the HTTP response is cut short)
The header goes out with the first full chunk, so an answer that fits in one chunk costs one
message, and an error raised before that is still reported with its status.
"""

from __future__ import annotations

import atexit
import itertools
import json
import math
import multiprocessing as mp
import os
import signal
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

import pyoxigraph as ox

from kg.errors import KgError
from kg.formats import rdf_format, results_format
from kg.namespaces import PREFIX_MAP
from kg.store import Snapshot, open_snapshot

CHUNK = 64 * 1024


@dataclass(frozen=True)
class QueryTask:
    """One query for a worker. Formats are kg.formats names; None = not acceptable."""

    query: str
    db: str  # the release's snapshot address (kg.store.Snapshot.address)
    results_format: str | None = "json"
    rdf_format: str | None = "turtle"
    default_graphs: tuple[str, ...] | None = None  # the protocol's default-graph-uri
    named_graphs: tuple[str, ...] | None = None  # the protocol's named-graph-uri
    union: bool = True  # default graph = union of all graphs (when no dataset is named)
    max_triples: int = 0  # cap on CONSTRUCT/DESCRIBE triples (0: none)
    refuse_solutions: str = ""  # non-empty: SELECT results are refused with this message
    base_iri: str | None = None  # relative IRIs in the query resolve against it (the endpoint's URL)
    original: str | None = None  # the client's text, when `query` is it rewritten with a row cap


class QueryError(KgError):
    """A query could not be answered; `status` is the HTTP status to send, `retry_after` the
    seconds a client should wait before asking again (503 and 429)."""

    def __init__(self, status: int, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


# ----------------------------------------------------------------------------- worker side

class _ChunkWriter:
    """A binary file for pyoxigraph's serializers that sends full chunks down the pipe,
    the answer's header with the first of them."""

    def __init__(self, conn: Connection, **head: str) -> None:
        self.conn = conn
        self.head: bytes | None = json.dumps(head).encode()
        self.buf = bytearray()

    def write(self, data: bytes) -> int:
        self.buf += data
        if len(self.buf) >= CHUNK:
            self._send()
        return len(data)

    def flush(self) -> None:
        """Serializers call this; chunks go out when full, or at finish()."""

    def _send(self) -> None:
        if self.head is not None:
            self.conn.send_bytes(b"H" + self.head)
            self.head = None
        self.conn.send_bytes(b"D" + bytes(self.buf))
        self.buf.clear()

    def finish(self) -> None:
        if self.head is not None:  # it all fits in one message
            self.conn.send_bytes(b"A" + self.head + b"\n" + bytes(self.buf))
            return
        if self.buf:
            self._send()
        self.conn.send_bytes(b"Z")


def _send(conn: Connection, tag: bytes, **payload: object) -> None:
    conn.send_bytes(tag + json.dumps(payload).encode())


def _dataset(task: QueryTask) -> dict:
    if task.default_graphs is None and task.named_graphs is None:
        return {"use_default_graph_as_union": task.union}
    return {"default_graph": [ox.NamedNode(g) for g in task.default_graphs or ()],
            "named_graphs": [ox.NamedNode(g) for g in task.named_graphs or ()]}


def _syntax_error(store: Snapshot, task: QueryTask, error: SyntaxError) -> str:
    """The parser's message about the client's own text (positions in a rewritten query
    would point past the end of what the client wrote)."""
    if task.original is not None:
        try:  # a SELECT is evaluated lazily: this only parses it
            store.query(task.original, base_iri=task.base_iri, **_dataset(task))
        except SyntaxError as e:
            error = e
        else:
            return (f"the endpoint could not apply its row limit to this query ({error}); "
                    "add a LIMIT clause")
    return f"SPARQL syntax error: {error}"


def _answer(store: Snapshot, task: QueryTask, conn: Connection) -> None:
    try:
        result = store.query(task.query, base_iri=task.base_iri, **_dataset(task))
    except SyntaxError as e:
        return _send(conn, b"E", status=400, message=_syntax_error(store, task, e))
    except ValueError as e:
        return _send(conn, b"E", status=400, message=str(e))
    except OSError as e:
        return _send(conn, b"E", status=500, message=f"query failed: {e}")
    if isinstance(result, ox.QueryTriples):
        if task.rdf_format is None:
            return _send(conn, b"E", status=406, message="this query returns RDF triples; ask for "
                         "an RDF format (text/turtle, application/ld+json, application/n-triples, ...)")
        fmt = rdf_format(task.rdf_format)
        out = _ChunkWriter(conn, media_type=fmt.media_type, format=fmt.name, kind="graph")
        triples: Iterator[ox.Triple] = iter(result)
        if task.max_triples:
            triples = itertools.islice(triples, task.max_triples)
        items = (ox.Quad(t.subject, t.predicate, t.object) for t in triples) if fmt.quads else triples
        ox.serialize(items, out, fmt.engine, prefixes=PREFIX_MAP)
    else:
        if task.results_format is None:
            return _send(conn, b"E", status=406, message="this query returns SPARQL results; ask for "
                         "application/sparql-results+json, +xml, text/csv or text/tab-separated-values")
        if isinstance(result, ox.QuerySolutions) and task.refuse_solutions:
            return _send(conn, b"E", status=400, message=task.refuse_solutions)
        fmt = results_format(task.results_format)
        kind = "boolean" if isinstance(result, ox.QueryBoolean) else "solutions"
        out = _ChunkWriter(conn, media_type=fmt.media_type, format=fmt.name, kind=kind)
        result.serialize(out, fmt.engine)
    out.finish()


def worker_main(conn: Connection) -> None:
    """A worker's loop: answer tasks one at a time until the pipe closes or None arrives."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    opened: tuple[str, Snapshot] | None = None
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            if opened is None or opened[0] != task.db:
                opened = None  # close the old release before opening the new one
                opened = (task.db, open_snapshot(task.db))
            _answer(opened[1], task, conn)
        except (BrokenPipeError, ConnectionResetError):
            return
        except Exception as e:  # evaluation errors while streaming, a store that will not open
            try:
                _send(conn, b"F", status=500, message=f"{type(e).__name__}: {e}")
            except OSError:
                return


# ----------------------------------------------------------------------------- server side

FAST, SLOW = "fast", "slow"
_KNOWN_SLOW = 4096  # query texts remembered as long-running (least recently seen forgotten)
_POLL = 0.05  # seconds between looks at a stopped job while waiting for a worker's message
_NICE = 10  # slow-lane workers run at a low CPU priority (a tenth of the CPU weight of nice 0)
_PAGE = os.sysconf("SC_PAGE_SIZE")


def resident_bytes(pid: int | None) -> int:
    """A process's resident memory (Linux: /proc/PID/statm, in pages); 0 once it is gone.
    Read by the watchdog every 50 ms for each busy worker: a file of one line."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


@dataclass(eq=False)
class _Job:
    """One request's claim on the pool, from admission to the end of its answer."""

    client: str  # the client's address ("" for the server's own queries: never capped)
    key: tuple  # what makes two queries the same for the known-slow memory
    deadline: float  # arrival + time limit: waiting, running and streaming all count
    started: float = 0.0  # when a worker took it
    lane: str = FAST
    stopped: str = ""  # why the watchdog killed its worker: timeout | memory | busy | client
    streaming: bool = False  # the answer's first message has been read
    done: bool = False


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    conn: Connection
    lane: str = FAST
    job: _Job | None = None
    discarded: bool = False


@dataclass
class QueryStream:
    """A query's answer: its media type, then its chunks. Iterate it to the end or close it."""

    pool: QueryPool
    worker: _Worker | None
    media_type: str
    format: str
    kind: str  # "solutions" | "boolean" | "graph"
    body: bytes | None = None  # the whole answer, when it came in one message

    def __iter__(self) -> Iterator[bytes]:
        if self.body is not None:
            yield self.body
            return
        while self.worker is not None:
            try:
                msg = self.pool._recv(self.worker)
            except QueryError:
                self.worker = None  # _recv has replaced it
                raise
            tag = msg[:1]
            if tag == b"D":
                yield msg[1:]
            elif tag == b"Z":
                self._finish()
                return
            else:  # F: the worker is fine, its query failed mid-stream
                self._finish()
                raise QueryError(**json.loads(msg[1:]))

    def read(self) -> bytes:
        """The whole answer (for small internal queries)."""
        return self.body if self.body is not None else b"".join(self)

    def _finish(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            self.pool._release(worker)

    def close(self) -> None:
        """Stop early (the client went away): the worker is stopped mid-query and replaced."""
        worker, self.worker = self.worker, None
        if worker is not None:
            self.pool._discard(worker)


def slow_lane_cpus(reserved: int, allowed: Iterable[int] | None = None) -> frozenset[int] | None:
    """The CPUs slow-lane workers may run on: those the server may use (`allowed`, by default
    its own affinity) but the first `reserved`, which stay free of long queries, so cheap ones
    always find a CPU that no runaway query shares. None (no pinning) when `reserved` is 0 or
    would leave the slow lane nothing: on one CPU only the low priority separates the lanes."""
    cpus = sorted(os.sched_getaffinity(0) if allowed is None else allowed)
    if reserved <= 0 or len(cpus) <= reserved:
        return None
    return frozenset(cpus[reserved:])


def _demote(pid: int | None, cpus: frozenset[int] | None) -> None:
    """Move a worker to the slow lane's place on the machine: a low CPU priority for every
    thread (Linux nice is per thread; threads it starts later inherit it) and, when `cpus` is
    given, only those CPUs (affinity is per thread too). Raising one's own processes' nice and
    narrowing their affinity need no privilege. A worker that has just exited is let be."""
    if not pid:
        return
    try:
        tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        tids = [pid]
    for tid in tids:
        try:
            os.setpriority(os.PRIO_PROCESS, tid, _NICE)
            if cpus is not None:
                os.sched_setaffinity(tid, cpus)
        except OSError:
            pass


class QueryPool:
    """Query worker processes in two lanes, so cheap queries are answered while expensive ones run.

    Every query starts in the fast lane (`size` workers). One still running after `budget`
    seconds moves, with its worker and without losing its work, to the slow lane (at most
    `slow` queries at once, on workers at a low CPU priority), and the fast lane gets a
    fresh worker in its place. A query text once seen to be slow goes straight to the slow lane.
    When the slow lane is full, a query that overruns its budget is stopped (503, Retry-After)
    unless its answer is already streaming. Per client address: at most `client_queries`
    queries running or waiting, at most `client_slow` in the slow lane (429, Retry-After).
    A request waits at most `queue_wait` seconds for a lane (then 503), and its time limit
    counts from its arrival: waiting, running and streaming together never exceed `timeout`.
    A worker whose resident memory passes `max_memory` bytes is stopped like one past its time
    limit (507): the engine materialises joins and sorts in memory with no bound of its own.
    """

    def __init__(self, size: int, timeout: float, queue_wait: float = 10.0, *, slow: int = 2,
                 budget: float = 0.5, client_queries: int = 0, client_slow: int = 0,
                 reserved_cpus: int = 0, max_memory: int = 0) -> None:
        self.size = size
        self.timeout = timeout
        self.queue_wait = queue_wait
        self.slow = slow
        self.budget = budget if slow > 0 else float("inf")
        self.client_queries = client_queries  # 0: no cap
        self.client_slow = client_slow  # 0: no cap
        self.slow_cpus = slow_lane_cpus(reserved_cpus)  # None: the slow lane is not pinned
        self.max_memory = max_memory  # bytes of resident memory per worker; 0: no limit
        self._ctx = mp.get_context("forkserver")
        self._ctx.set_forkserver_preload(["kg.web.workers"])
        self._cond = threading.Condition()  # guards everything below
        self._idle: list[_Worker] = []  # fast-lane workers waiting for a query
        self._slow_idle: list[_Worker] = []  # slow-lane workers (low priority) waiting
        self._busy: set[_Worker] = set()
        self._slow_running = 0
        self._clients: Counter[str] = Counter()  # queries running or waiting, per client
        self._clients_slow: Counter[str] = Counter()  # slow-lane queries per client
        self._known_slow: OrderedDict[tuple, None] = OrderedDict()
        self._closed = threading.Event()
        self.replaced = 0  # workers killed (timeouts, abandoned streams); fast ones are replaced
        self.moved = 0  # queries moved from the fast lane to the slow one
        for _ in range(size):
            self._idle.append(self._spawn())
        self._watchdog = threading.Thread(target=self._watch, name="kg-sparql-watchdog", daemon=True)
        self._watchdog.start()
        atexit.register(self.close)

    def pids(self, lane: str | None = None) -> list[int]:
        """Process ids of the live workers (idle or busy) of a lane, or of both."""
        with self._cond:
            workers = list(self._busy) + self._idle + self._slow_idle
        return [w.process.pid for w in workers if w.process.pid and w.process.is_alive()
                and lane in (None, w.lane)]

    def lanes(self) -> dict[str, int]:
        """Queries running in each lane (for tests and monitoring)."""
        with self._cond:
            return {FAST: sum(1 for w in self._busy if w.lane == FAST), SLOW: self._slow_running}

    def _spawn(self, lane: str = FAST) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=worker_main, args=(child,), name=f"kg-sparql-{lane}",
                                 daemon=True)
        proc.start()
        child.close()  # only the worker holds its end, so its death reads as EOF here
        if lane == SLOW:
            _demote(proc.pid, self.slow_cpus)
        return _Worker(proc, parent, lane)

    # -- scheduling

    def execute(self, task: QueryTask, timeout: float | None = None, *, client: str = "",
                arrival: float | None = None) -> QueryStream:
        """Run a task for `client` (its address); return once its first message arrives.
        `arrival`: when the request came in (time.monotonic()); its time limit counts from
        then. Raises QueryError."""
        if self._closed.is_set():
            raise QueryError(503, "the SPARQL endpoint is shutting down")
        limit = timeout or self.timeout
        job = _Job(client, (task.db, task.query, task.default_graphs, task.named_graphs, task.union),
                   (arrival or time.monotonic()) + limit)
        with self._cond:
            if client and self.client_queries and self._clients[client] >= self.client_queries:
                raise QueryError(429, f"too many queries from {client}: at most "
                                      f"{self.client_queries} at once; wait for an answer first",
                                 retry_after=1)
            self._clients[client] += 1
        try:
            worker = self._acquire(job, task)
        except BaseException:
            self._end(job)
            raise
        msg = self._recv(worker)
        tag, body = msg[:1], msg[1:]
        if tag == b"H":
            job.streaming = True
            head = json.loads(body)
            return QueryStream(self, worker, head["media_type"], head["format"], head["kind"])
        if tag == b"A":
            self._release(worker)
            head_json, _, answer = body.partition(b"\n")
            head = json.loads(head_json)
            return QueryStream(self, None, head["media_type"], head["format"], head["kind"], answer)
        if tag in (b"E", b"F"):
            self._release(worker)
            raise QueryError(**json.loads(body))
        self._discard(worker)
        raise QueryError(500, f"unexpected message from a query worker: {msg[:40]!r}")

    def _acquire(self, job: _Job, task: QueryTask) -> _Worker:
        """A live worker in the job's lane, marked busy, that has been sent the task."""
        with self._cond:
            if job.key in self._known_slow:
                self._known_slow.move_to_end(job.key)
                self._enter_slow(job)
        while True:
            worker = self._take_worker(job)
            # An idle worker never has anything to say: a readable pipe means it has died.
            if worker.process.is_alive() and not worker.conn.poll():
                try:
                    worker.conn.send(task)
                    return worker
                except OSError:  # it died just now; the task never reached it
                    pass
            with self._cond:  # the job keeps its place and tries another worker
                self._busy.discard(worker)
                worker.job = None
            self._discard(worker)

    def _wait(self, job: _Job) -> float:
        return max(0.0, min(self.queue_wait, job.deadline - time.monotonic()))

    def _enter_slow(self, job: _Job) -> None:
        """Claim a slow-lane place for a query known to be slow (lock held)."""
        if job.client and self.client_slow and self._clients_slow[job.client] >= self.client_slow:
            raise self._client_error(job.client)
        if not self._cond.wait_for(lambda: self._slow_running < self.slow or self._closed.is_set(),
                                   self._wait(job)) or self._closed.is_set():
            raise self._busy_error(SLOW)
        self._slow_running += 1
        self._clients_slow[job.client] += 1
        job.lane = SLOW

    def _take_worker(self, job: _Job) -> _Worker:
        with self._cond:
            if job.lane == FAST:
                if not self._cond.wait_for(lambda: self._idle or self._closed.is_set(),
                                           self._wait(job)) or self._closed.is_set():
                    raise self._busy_error(FAST)
                worker = self._idle.pop()
            else:
                worker = self._slow_idle.pop() if self._slow_idle else None
            if worker is not None:
                self._start(worker, job)
                return worker
        worker = self._spawn(SLOW)  # slow-lane workers are made when needed
        with self._cond:
            self._start(worker, job)
        return worker

    def _start(self, worker: _Worker, job: _Job) -> None:
        job.started = time.monotonic()
        worker.job = job
        self._busy.add(worker)

    def _retry_after(self, lane: str, client: str = "") -> int:
        """Seconds until a place in the lane (or the client's own slow query) frees up at the
        latest: the nearest deadline among the queries holding one (lock held). A fast-lane
        place is normally free again within the budget (its query moves on or is stopped)."""
        if lane == FAST and self.slow > 0:
            return max(1, math.ceil(self.budget))
        ends = [w.job.deadline for w in self._busy if w.job is not None and w.lane == lane
                and (not client or w.job.client == client)]
        return max(1, math.ceil(min(ends, default=time.monotonic() + 1) - time.monotonic()))

    def _busy_error(self, lane: str) -> QueryError:
        if lane == FAST:
            message = f"all {self.size} query workers are busy; try again shortly"
        else:
            message = (f"this query runs long, and the {self.slow} places for long queries are all "
                       "taken; try again later")
        return QueryError(503, message, retry_after=self._retry_after(lane))

    def _client_error(self, client: str) -> QueryError:
        return QueryError(429, f"{client} already has {self.client_slow} long-running "
                               "quer" + ("y" if self.client_slow == 1 else "ies")
                          + " on this endpoint; wait for it to finish",
                          retry_after=self._retry_after(SLOW, client))

    def _watch(self) -> None:
        while not self._closed.wait(0.05):
            now = time.monotonic()
            with self._cond:
                for w in list(self._busy):
                    job = w.job
                    if job is None or job.stopped:
                        continue
                    if now > job.deadline:
                        self._stop(w, "timeout")
                    elif self.max_memory and resident_bytes(w.process.pid) > self.max_memory:
                        self._stop(w, "memory")
                    elif w.lane == FAST and now > job.started + self.budget:
                        self._overran(w, job)

    def _overran(self, worker: _Worker, job: _Job) -> None:
        """A fast-lane query past its budget: move it to the slow lane, or stop it (lock held)."""
        self._known_slow[job.key] = None
        self._known_slow.move_to_end(job.key)
        while len(self._known_slow) > _KNOWN_SLOW:
            self._known_slow.popitem(last=False)
        capped = job.client and self.client_slow and self._clients_slow[job.client] >= self.client_slow
        if capped or self._slow_running >= self.slow:
            if not job.streaming:  # an answer already on its way is left to finish
                self._stop(worker, "client" if capped else "busy")
            return
        worker.lane = job.lane = SLOW
        self._slow_running += 1
        self._clients_slow[job.client] += 1
        self.moved += 1
        _demote(worker.process.pid, self.slow_cpus)
        threading.Thread(target=self._replace, daemon=True).start()  # the fast lane's new worker

    def _stop(self, worker: _Worker, why: str) -> None:
        assert worker.job is not None
        worker.job.stopped = why
        worker.process.kill()

    # -- answers and workers

    def _recv(self, worker: _Worker) -> bytes:
        """The worker's next message; a QueryError if its job was stopped or it died.

        A job the watchdog stopped is answered at once: the request does not wait for the
        killed worker's pipe to close, which happens only once the kernel has torn the process
        down (its memory first) and took seconds on a loaded machine, past the time limit."""
        job = worker.job
        try:
            while not worker.conn.poll(_POLL):
                if job is not None and job.stopped:
                    break
            else:
                if job is None or not job.stopped:
                    return worker.conn.recv_bytes()
            why = job.stopped
        except (EOFError, OSError):
            with self._cond:
                why = job.stopped if job is not None else ""
            if not why:  # an unexpected death: its exit code says why
                worker.process.join(1)  # the pipe closes a moment before the process is reaped
        with self._cond:
            error = (self._busy_error(SLOW) if why == "busy" else
                     self._client_error(job.client) if why == "client" else None)
        code = worker.process.exitcode
        self._discard(worker)
        if why == "timeout":
            raise QueryError(504, f"query stopped: it ran longer than this endpoint's limit of "
                                  f"{self.timeout:g} s") from None
        if why == "memory":
            raise QueryError(507, f"query stopped: it needed more memory than this endpoint's "
                                  f"limit of {self.max_memory // 2**20:,} MB per query") from None
        if error is not None:
            raise error from None
        raise QueryError(500, f"the query worker stopped unexpectedly (exit code {code})") from None

    def _end(self, job: _Job | None) -> None:
        """The job holds no place any more (idempotent)."""
        if job is None:
            return
        with self._cond:
            if job.done:
                return
            job.done = True
            self._clients[job.client] -= 1
            if self._clients[job.client] <= 0:
                del self._clients[job.client]
            if job.lane == SLOW:
                self._slow_running -= 1
                self._clients_slow[job.client] -= 1
                if self._clients_slow[job.client] <= 0:
                    del self._clients_slow[job.client]
                if not job.stopped and time.monotonic() - job.started < self.budget:
                    self._known_slow.pop(job.key, None)  # it has become cheap (a new release)
            self._cond.notify_all()

    def _release(self, worker: _Worker) -> None:
        with self._cond:
            self._busy.discard(worker)
            job, worker.job = worker.job, None
            healthy = not (job and job.stopped) and not self._closed.is_set()
            if healthy:
                if worker.lane == FAST:
                    self._idle.append(worker)
                elif len(self._slow_idle) < self.slow:
                    self._slow_idle.append(worker)
                else:
                    healthy = False
                self._cond.notify_all()
        self._end(job)
        if not healthy:
            self._discard(worker)

    def _discard(self, worker: _Worker) -> None:
        """Kill a worker; a fast-lane one gets a fresh one in its place (in the background)."""
        with self._cond:
            self._busy.discard(worker)
            job, worker.job = worker.job, None
            if worker.discarded:
                return
            worker.discarded = True
        self._end(job)
        if worker.process.is_alive():
            worker.process.kill()
        worker.conn.close()
        # Reaped in the background: a killed process can take seconds to go (its memory is
        # freed first), and the request that discarded it is answered meanwhile.
        threading.Thread(target=worker.process.join, name="kg-sparql-reaper", daemon=True).start()
        if not self._closed.is_set():
            self.replaced += 1
            if worker.lane == FAST:
                threading.Thread(target=self._replace, daemon=True).start()

    def _replace(self) -> None:
        try:
            fresh = self._spawn()
        except Exception:  # shutting down; nothing to replace
            return
        with self._cond:
            if not self._closed.is_set():
                self._idle.append(fresh)
                self._cond.notify_all()
                return
        fresh.process.kill()

    def close(self) -> None:
        """Stop every worker (idle ones politely, busy ones by force)."""
        if self._closed.is_set():
            return
        with self._cond:
            self._closed.set()
            idle, self._idle, self._slow_idle = self._idle + self._slow_idle, [], []
            busy = list(self._busy)
            self._cond.notify_all()
        for w in idle:
            try:
                w.conn.send(None)
            except OSError:
                pass
            w.process.join(2)
            if w.process.is_alive():
                w.process.kill()
            w.conn.close()
        for w in busy:
            w.process.kill()
        atexit.unregister(self.close)
