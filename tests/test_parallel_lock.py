"""The lock that lets `timed` tests run alone in a parallel run (tests/conftest.py `_turn`):
an exclusive holder waits for a shared holder in another process to finish, and a waiting
exclusive holder gets in before a new shared holder."""

from __future__ import annotations

import multiprocessing
import os
import threading
from pathlib import Path

import pytest
from conftest import LOCKS, _turn


def _hold_shared(run: str, ready: Path, released: Path, go) -> None:
    os.environ.update({LOCKS: run, "PYTEST_XDIST_WORKER": "gw1"})
    with _turn(exclusive=False):
        ready.touch()
        go.wait(30)
        released.touch()  # written while the lock is still held


def _hold_exclusive(run: str, inside: Path) -> None:
    os.environ.update({LOCKS: run, "PYTEST_XDIST_WORKER": "gw1"})
    with _turn(exclusive=True):
        inside.touch()


def _wait_for(path: Path, proc) -> None:
    for _ in range(600):
        if path.exists():
            return
        proc.join(0.05)
    raise AssertionError(f"{path.name} never appeared")


@pytest.fixture
def run(monkeypatch, tmp_path) -> str:
    """A lock folder of this test's own (not the run's): a worker of a parallel run."""
    folder = tmp_path / "locks"
    folder.mkdir()
    monkeypatch.setenv(LOCKS, str(folder))
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")
    return str(folder)


def test_a_timed_test_waits_for_the_other_process(run, tmp_path) -> None:
    ctx = multiprocessing.get_context("spawn")
    go = ctx.Event()
    ready, released = tmp_path / "ready", tmp_path / "released"
    other = ctx.Process(target=_hold_shared, args=(run, ready, released, go))
    other.start()
    try:
        _wait_for(ready, other)
        threading.Timer(0.5, go.set).start()  # the other test ends a moment from now
        with _turn(exclusive=True):
            assert released.exists(), "the exclusive lock was granted while the other test ran"
    finally:
        go.set()
        other.join(30)


def test_a_waiting_timed_test_goes_before_the_next_shared_one(run, tmp_path) -> None:
    ctx = multiprocessing.get_context("spawn")
    inside = tmp_path / "inside"
    with _turn(exclusive=False):
        timed = ctx.Process(target=_hold_exclusive, args=(run, inside))
        timed.start()
        timed.join(1.0)  # it now waits for this shared holder, holding the turnstile
    timed.join(30)
    assert inside.exists() and timed.exitcode == 0
    with _turn(exclusive=False):  # and the shared lock is free again afterwards
        pass


def test_without_a_parallel_run_nothing_is_locked(monkeypatch) -> None:
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    with _turn(exclusive=True), _turn(exclusive=True):  # no lock taken: no deadlock
        pass
