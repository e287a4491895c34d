"""Which executor a build runs on, from its options (a module of its own: the interface in
kg.executors stays below every implementation, so none of them imports the other way)."""

from __future__ import annotations

from kg.executors import Executor, ProcessExecutor, SerialExecutor


def executor_for(jobs: int = 1, cluster: str | None = None) -> Executor:
    """The executor a build asked for: a Dask cluster's address, else `jobs` local processes
    (one: this process)."""
    if cluster:
        from kg.executors.dask import DaskExecutor

        return DaskExecutor(cluster)
    return ProcessExecutor(jobs) if jobs > 1 else SerialExecutor()
