"""kg.executors: an ordered map of a job over tasks, in this process or in worker processes
that get their state from the job's explicit setup, never from the parent by fork."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest

from kg.errors import KgError
from kg.executors import ProcessExecutor, SerialExecutor, ordered
from kg.executors.choose import executor_for

PARENT_STATE: list[str] = []  # set by the tests in this process only
SETUPS: list[int] = []  # setups run in this process


@dataclass(frozen=True)
class Doubling:
    """A job whose workers record who set them up and whether they saw the parent's state."""

    factor: int = 2
    fail: bool = False

    @property
    def key(self) -> str:
        return f"doubling-{self.factor}-{self.fail}"

    def setup(self):
        if self.fail:
            raise KgError("the worker's data files are broken")
        SETUPS.append(os.getpid())
        seen = list(PARENT_STATE)
        setups = len(SETUPS)
        return lambda task: (task * self.factor, os.getpid(), setups, seen)


@pytest.fixture(autouse=True)
def _parent_state():
    PARENT_STATE[:] = ["set in the parent after import"]
    yield
    PARENT_STATE.clear()


def test_serial_map_is_ordered_and_sets_up_once():
    SETUPS.clear()
    with SerialExecutor() as ex:
        out = list(ex.map(Doubling(), range(10)))
    assert [o[0] for o in out] == [2 * i for i in range(10)]
    assert SETUPS == [os.getpid()]


@pytest.mark.slow
def test_processes_keep_order_set_up_once_each_and_inherit_nothing():
    with ProcessExecutor(2) as ex:
        out = list(ex.map(Doubling(3), range(40)))
    assert [o[0] for o in out] == [3 * i for i in range(40)]
    pids = {o[1] for o in out}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2
    assert {o[2] for o in out} == {1}  # one setup per worker process, by the pool's initializer
    assert {tuple(o[3]) for o in out} == {()}  # the parent's state did not travel by fork


@pytest.mark.slow
def test_a_failing_setup_reaches_the_caller_with_its_message():
    with ProcessExecutor(2) as ex, pytest.raises(KgError, match="data files are broken"):
        list(ex.map(Doubling(fail=True), range(4)))
    with pytest.raises(KgError, match="data files are broken"):
        list(SerialExecutor().map(Doubling(fail=True), range(4)))


class _Done:
    def __init__(self, value, log):
        self.value, self.log = value, log

    def result(self):
        return self.value

    def cancel(self):
        self.log.append(("cancel", self.value))


def test_ordered_keeps_a_bounded_window_and_cancels_what_is_left():
    log: list = []
    in_flight = []

    def submit(t):
        in_flight.append(t)
        log.append(("submit", t))
        return _Done(t, log)

    results = ordered(submit, range(100), window=5)
    first = [next(results) for _ in range(3)]
    assert first == [0, 1, 2]
    assert len(in_flight) == 5 + 3  # five ahead, one more per result taken
    results.close()
    assert [v for what, v in log if what == "cancel"] == [3, 4, 5, 6, 7]


def test_executor_for_chooses_by_jobs():
    assert isinstance(executor_for(1), SerialExecutor)
    ex = executor_for(3)
    assert isinstance(ex, ProcessExecutor) and ex.workers == 3
    with pytest.raises(ValueError):
        ProcessExecutor(0)
