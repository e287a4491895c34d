"""Query worker processes: SPARQL queries run where they can be stopped.

pyoxigraph has no query timeout, a signal cannot interrupt a running query, and results must
be consumed in the thread that made them. So each query runs in a worker process that opens
the release read-only and streams serialized chunks back through a pipe; a watchdog thread
kills a worker past its deadline and a fresh one takes its place, while the other workers
keep serving. Processes come from a fork server (never fork() a threaded server).

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
import multiprocessing as mp
import queue
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

import pyoxigraph as ox

from kg.formats import rdf_format, results_format
from kg.namespaces import PREFIXES

CHUNK = 64 * 1024
_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}


@dataclass(frozen=True)
class QueryTask:
    """One query for a worker. Formats are kg.formats names; None = not acceptable."""

    query: str
    db: str  # the release's oxigraph folder
    results_format: str | None = "json"
    rdf_format: str | None = "turtle"
    default_graphs: tuple[str, ...] | None = None  # the protocol's default-graph-uri
    named_graphs: tuple[str, ...] | None = None  # the protocol's named-graph-uri
    union: bool = True  # default graph = union of all graphs (when no dataset is named)
    max_triples: int = 0  # cap on CONSTRUCT/DESCRIBE triples (0: none)
    refuse_solutions: str = ""  # non-empty: SELECT results are refused with this message
    base_iri: str | None = None  # relative IRIs in the query resolve against it (the endpoint's URL)
    original: str | None = None  # the client's text, when `query` is it rewritten with a row cap


class QueryError(Exception):
    """A query could not be answered; `status` is the HTTP status to send."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


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


def _syntax_error(store: ox.Store, task: QueryTask, error: SyntaxError) -> str:
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


def _answer(store: ox.Store, task: QueryTask, conn: Connection) -> None:
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
        ox.serialize(items, out, fmt.engine, prefixes=_PREFIXES)
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
    opened: tuple[str, ox.Store] | None = None
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
                opened = (task.db, ox.Store.read_only(task.db))
            _answer(opened[1], task, conn)
        except (BrokenPipeError, ConnectionResetError):
            return
        except Exception as e:  # evaluation errors while streaming, a store that will not open
            try:
                _send(conn, b"F", status=500, message=f"{type(e).__name__}: {e}")
            except OSError:
                return


# ----------------------------------------------------------------------------- server side

@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    conn: Connection
    deadline: float = 0.0
    timed_out: bool = False
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


class QueryPool:
    """N worker processes; `execute` runs a task on a free one within its time limit."""

    def __init__(self, size: int, timeout: float, queue_wait: float = 10.0) -> None:
        self.size = size
        self.timeout = timeout
        self.queue_wait = queue_wait
        self._ctx = mp.get_context("forkserver")
        self._ctx.set_forkserver_preload(["kg.web.workers"])
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._busy: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self.replaced = 0  # workers killed and replaced (timeouts, abandoned streams)
        for _ in range(size):
            self._idle.put(self._spawn())
        self._watchdog = threading.Thread(target=self._watch, name="kg-sparql-watchdog", daemon=True)
        self._watchdog.start()
        atexit.register(self.close)

    def pids(self) -> list[int]:
        """Process ids of the live workers (idle or busy)."""
        with self._lock:
            busy = list(self._busy)
        idle = list(self._idle.queue)
        return [w.process.pid for w in busy + idle if w.process.pid and w.process.is_alive()]

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=worker_main, args=(child,), name="kg-sparql-worker", daemon=True)
        proc.start()
        child.close()  # only the worker holds its end, so its death reads as EOF here
        return _Worker(proc, parent)

    def _watch(self) -> None:
        while not self._closed.wait(0.05):
            now = time.monotonic()
            with self._lock:
                for w in self._busy:
                    if w.deadline and now > w.deadline and not w.timed_out:
                        w.timed_out = True
                        w.process.kill()

    def execute(self, task: QueryTask, timeout: float | None = None) -> QueryStream:
        """Run a task; return once its first message arrives. Raises QueryError."""
        if self._closed.is_set():
            raise QueryError(503, "the SPARQL endpoint is shutting down")
        worker = self._acquire(timeout or self.timeout, task)
        msg = self._recv(worker)
        tag, body = msg[:1], msg[1:]
        if tag == b"H":
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

    def _acquire(self, limit: float, task: QueryTask) -> _Worker:
        """A live idle worker, marked busy with its deadline, that has been sent the task."""
        while True:
            try:
                worker = self._idle.get(timeout=self.queue_wait)
            except queue.Empty:
                raise QueryError(503, f"all {self.size} query workers are busy; try again shortly") from None
            # An idle worker never has anything to say: a readable pipe means it has died.
            if not worker.process.is_alive() or worker.conn.poll():
                self._discard(worker)
                continue
            with self._lock:
                worker.deadline = time.monotonic() + limit
                worker.timed_out = False
                self._busy.add(worker)
            try:
                worker.conn.send(task)
            except OSError:  # it died just now; the task never reached it
                self._discard(worker)
                continue
            return worker

    def _recv(self, worker: _Worker) -> bytes:
        try:
            return worker.conn.recv_bytes()
        except (EOFError, OSError):
            timed_out = worker.timed_out
            code = worker.process.exitcode
            self._discard(worker)
            if timed_out:
                raise QueryError(504, f"query stopped: it ran longer than this endpoint's limit of "
                                      f"{self.timeout:g} s") from None
            raise QueryError(500, f"the query worker stopped unexpectedly (exit code {code})") from None

    def _release(self, worker: _Worker) -> None:
        with self._lock:
            self._busy.discard(worker)
            worker.deadline = 0.0
            healthy = not worker.timed_out
        if healthy and not self._closed.is_set():
            self._idle.put(worker)
        else:
            self._discard(worker)

    def _discard(self, worker: _Worker) -> None:
        """Kill a worker and start another in its place (in the background)."""
        with self._lock:
            self._busy.discard(worker)
            if worker.discarded:
                return
            worker.discarded = True
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        if not self._closed.is_set():
            self.replaced += 1
            threading.Thread(target=self._replace, daemon=True).start()

    def _replace(self) -> None:
        try:
            fresh = self._spawn()
        except Exception:  # shutting down; nothing to replace
            return
        if self._closed.is_set():
            fresh.process.kill()
        else:
            self._idle.put(fresh)

    def close(self) -> None:
        """Stop every worker (idle ones politely, busy ones by force)."""
        if self._closed.is_set():
            return
        self._closed.set()
        while True:
            try:
                w = self._idle.get_nowait()
            except queue.Empty:
                break
            try:
                w.conn.send(None)
            except OSError:
                pass
            w.process.join(2)
            if w.process.is_alive():
                w.process.kill()
            w.conn.close()
        with self._lock:
            busy = list(self._busy)
        for w in busy:
            w.process.kill()
        atexit.unregister(self.close)
