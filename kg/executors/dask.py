"""The per-article work on a Dask cluster (`kg build --cluster tcp://HOST:8786`, KG_CLUSTER).

Each article is a task sent to the cluster's scheduler (the file's name and bytes, and the
job's settings: a worker needs the package installed, no shared folder). Dask reschedules
the tasks of a worker that dies, so a killed worker costs a retry; an article that keeps
killing workers fails the build by name. The results come back here in file order, and the
publish stays one atomic step on this machine (kg.pipeline).

Workers: `dask worker tcp://HOST:8786 --nthreads 1 --nworkers N` on each machine, with the
same kg installed as on the machine that runs `kg build` (a worker whose package differs is
refused by name: kg.article_jobs.StaleWorker). The work is Python holding the GIL: threads
in one worker do not add speed, worker processes do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from kg.errors import KgError
from kg.executors import Closing, Job, ordered, run_task

T = TypeVar("T")
R = TypeVar("R")


class ClusterError(KgError):
    """The Dask cluster cannot be reached, has no workers, or lost a task for good."""


class _Task:
    """A submitted task's future, whose failures in the cluster name the task."""

    def __init__(self, future, name: str) -> None:
        self.future, self.name = future, name

    def result(self):
        from distributed import KilledWorker

        try:
            return self.future.result()
        except KilledWorker as e:
            raise ClusterError(f"{self.name}: every worker that ran it died ({e}); it may need "
                               "more memory than a worker has") from None

    def cancel(self) -> None:
        self.future.cancel()


class DaskExecutor(Closing):
    """Tasks on the workers of the Dask scheduler at `address`."""

    def __init__(self, address: str, timeout: float = 30.0) -> None:
        try:
            from distributed import Client
        except ImportError:  # pragma: no cover - a dependency of kg
            raise ClusterError("--cluster needs the Python package 'distributed'") from None
        self.address = address
        try:
            self.client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from None
        try:
            self.client.wait_for_workers(1, timeout=timeout)
        except TimeoutError:
            self.client.close()
            raise ClusterError(f"the Dask scheduler at {address} has no worker "
                               f"(waited {timeout:.0f} s)") from None
        self.workers = max(1, sum(self.client.nthreads().values()))

    def map(self, job: Job[T, R], tasks: Iterable[T]) -> Iterator[R]:
        def submit(task: T) -> _Task:
            name = getattr(task, "path", repr(task)[:80])
            return _Task(self.client.submit(run_task, job, task, pure=False), name)

        yield from ordered(submit, tasks, max(8, 4 * self.workers))

    def close(self) -> None:
        self.client.close()
