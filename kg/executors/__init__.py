"""Where the per-article work of a build runs: one ordered map, three places to run it.

A build hands an executor a `Job` (what every task shares: settings, sent to each worker
once and set up there explicitly by `Job.setup`) and the tasks (one per article); the
executor returns the results in the order of the tasks, so failures, duplicates and
warnings are reported as a one-process build reports them. Nothing relies on what a worker
inherits from the process that started it: a worker imports the installed package and
builds its state from the job alone, so the same job runs in this process
(`SerialExecutor`), in local worker processes (`ProcessExecutor`) or on the workers of a
Dask cluster (`kg.executors.dask.DaskExecutor`); `kg.executors.choose.executor_for` picks
one from the options.

Results are collected through a bounded window of tasks in flight (`ordered`): a build of
100,000 articles keeps a few dozen results waiting, not all of them.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")
T_contra = TypeVar("T_contra", contravariant=True)
R_co = TypeVar("R_co", covariant=True)


class Job(Protocol[T_contra, R_co]):
    """What the tasks of one map share. Picklable; `setup` runs once in each worker and
    returns the function that does one task there (it may load data, check versions)."""

    @property
    def key(self) -> str:
        """Names this job's settings: a worker sets up again when it changes."""
        ...

    def setup(self) -> Callable[[T_contra], R_co]: ...


class Executor(Protocol):
    """An ordered map of a job over tasks (`with` closes what the executor opened)."""

    workers: int  # how many tasks run at once

    def map(self, job: Job[T, R], tasks: Iterable[T]) -> Iterator[R]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Executor: ...

    def __exit__(self, *exc: object) -> None: ...


class Closing:
    """`with executor:` closes it afterwards (the executors' common part)."""

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Future(Protocol[R_co]):
    def result(self) -> R_co: ...

    def cancel(self) -> Any: ...


def ordered(submit: Callable[[T], _Future[R]], tasks: Iterable[T], window: int) -> Iterator[R]:
    """Submit tasks keeping at most `window` in flight; yield their results in task order.
    Closing the generator early (an error, a stopped build) cancels what is still pending."""
    pending: deque[_Future[R]] = deque()
    it = iter(tasks)
    try:
        pending.extend(submit(t) for t in itertools.islice(it, max(1, window)))
        while pending:
            head = pending.popleft()
            pending.extend(submit(t) for t in itertools.islice(it, 1))
            yield head.result()
    finally:
        for f in pending:
            f.cancel()


# -- a worker's set-up jobs (one per process, in the worker; never inherited) -----------------
_set_up: dict[str, Callable[[Any], Any]] = {}
_setup_error: dict[str, BaseException] = {}
_setup_lock = threading.Lock()  # a Dask worker may run tasks in threads


def worker_function(job: Job[T, R]) -> Callable[[T], R]:
    """The job's task function in this process, set up on first use (once per job key)."""
    with _setup_lock:
        fn = _set_up.get(job.key)
        if fn is None:
            _set_up.clear()  # a worker keeps only the current job's state
            fn = _set_up[job.key] = job.setup()
    return fn


def run_task(job: Job[T, R], task: T) -> R:
    """One task in a worker process (what ProcessExecutor and DaskExecutor send)."""
    return worker_function(job)(task)


def _start_worker(job: Job) -> None:
    """ProcessExecutor's initializer: set the job up as the worker starts. A failure is kept
    and raised by each task, so it reaches the build with its message (a failing initializer
    would only break the pool)."""
    try:
        worker_function(job)
    except Exception as e:  # noqa: BLE001 - re-raised by every task of this worker
        _setup_error[job.key] = e


def _run_in_pool(job: Job[T, R], task: T) -> R:
    if job.key in _setup_error:
        raise _setup_error[job.key]
    return run_task(job, task)


class SerialExecutor(Closing):
    """Every task in this process, one after the other."""

    workers = 1

    def map(self, job: Job[T, R], tasks: Iterable[T]) -> Iterator[R]:
        fn = job.setup()
        for task in tasks:
            yield fn(task)


class ProcessExecutor(Closing):
    """Tasks in a pool of local worker processes, started by a fork server: a worker has the
    installed package's modules, not the state of the process that runs the build; its
    state comes from the job, set up by the pool's initializer."""

    def __init__(self, processes: int) -> None:
        if processes < 1:
            raise ValueError(f"processes must be at least 1, got {processes}")
        self.workers = processes
        self._pools: list[ProcessPoolExecutor] = []

    def map(self, job: Job[T, R], tasks: Iterable[T]) -> Iterator[R]:
        ctx = multiprocessing.get_context("forkserver")
        pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_start_worker,
                                   initargs=(job,))
        self._pools.append(pool)
        try:
            yield from ordered(lambda t: pool.submit(_run_in_pool, job, t), tasks,
                               4 * self.workers)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            self._pools.remove(pool)

    def close(self) -> None:
        for pool in self._pools:
            pool.shutdown(wait=True, cancel_futures=True)


def local_workers() -> int:
    """The CPUs this process may use (kg build's default --jobs)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
