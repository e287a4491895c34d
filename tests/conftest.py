"""Shared test helpers.

`need(component, available, why)`: a test that needs a component (a browser, a server, a command)
skips with a clear reason when it is missing, except under CI (CI=true), where it fails: CI
installs every component, so a missing one is a broken set-up, not a reason to pass.
"""

from __future__ import annotations

import contextlib
import fcntl
import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"

# The test process runs both kinds of worker pools that kg uses in separate processes (kg build's
# ProcessExecutor, kg serve's query workers), and multiprocessing has one fork server per process:
# whichever starts it first decides what it preloads. Preload both, so a query worker forked after
# a build test starts as fast as under `kg serve` (else fresh workers import the web stack first,
# and the lanes tests see their fast lane empty for a second).
multiprocessing.set_forkserver_preload(["kg.web.workers", "kg.article_jobs"])


# -- running in parallel (pytest-xdist, `-n` in pyproject's addopts) ---------------------------
# The suite runs in two processes, a test file per process at a time (--dist loadfile, so a
# module's shared fixtures are built once). Tests marked `timed` measure time (latency budgets,
# time limits, kills at a chosen moment) and run ALONE: each test holds a lock shared with the
# other process, a timed test holds it exclusively, from its fixtures' setup to their teardown.
# A turnstile lets a waiting timed test in before the next shared holder (no starvation).


LOCKS = "KG_TEST_LOCKS"  # the folder of the run's two lock files, made by the controlling process


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput") and LOCKS not in os.environ:
        os.environ[LOCKS] = tempfile.mkdtemp(prefix="kg-test-locks-")  # the workers inherit it
        config.add_cleanup(lambda: shutil.rmtree(os.environ.pop(LOCKS), ignore_errors=True))


@contextlib.contextmanager
def _turn(exclusive: bool) -> Iterator[None]:
    folder = os.environ.get(LOCKS)
    if folder is None or "PYTEST_XDIST_WORKER" not in os.environ:  # one process: nothing beside it
        yield
        return
    with open(Path(folder) / "turnstile", "a") as turnstile, open(Path(folder) / "lock", "a") as lock:
        fcntl.flock(turnstile, fcntl.LOCK_EX)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        finally:
            fcntl.flock(turnstile, fcntl.LOCK_UN)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    """Setup (module and session fixtures included), call and teardown of one test under the lock."""
    with _turn(item.get_closest_marker("timed") is not None):
        yield


def need(component: str, available: bool, why: str = "") -> None:
    if available:
        return
    message = f"{component} is not available" + (f": {why}" if why else "")
    if IN_CI:
        pytest.fail(message + " (CI=true: every component must be installed)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def registry():
    """The registry of kg/data, loaded once per test process and shared by every test that reads
    it (the entity tests of 28 files). No test changes it: the entities stage only caches its
    compiled forms on it (`form_index`), and `Registry.save` writes to the path a test gives."""
    from kg.nlp.entities.registry.registry import Registry

    return Registry.load()


@pytest.fixture(scope="session")
def bundled_store(tmp_path_factory) -> Path:
    """A store with the bundled article published by the real pipeline, built once per test
    run and shared: tests READ it (query, export, serve, kg link --unlinked); a test that
    publishes into a store builds its own."""
    from kg.config import CORPUS_DIR
    from kg.iri import Minter
    from kg.pipeline import build
    from kg.store import StoreDir

    path = tmp_path_factory.mktemp("bundled") / "store"
    build([CORPUS_DIR], StoreDir(path), Minter.from_config())
    return path


CHROMIUM = "/usr/bin/chromium"  # Debian's chromium, driven by Playwright (no browser download)


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the whole run: Playwright's sync API allows one instance per
    thread at a time, so every browser test shares this one (a second `sync_playwright()` while
    one is open fails with "Sync API inside the asyncio loop")."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    need("playwright (pip)", sync_playwright is not None, "pip install playwright")
    need("chromium", Path(CHROMIUM).exists(), "apt-get install chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()
