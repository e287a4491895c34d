"""Shared test helpers.

`need(component, available, why)`: a test that needs a component (a browser, a server, a command)
skips with a clear reason when it is missing, except under CI (CI=true), where it fails: CI
installs every component, so a missing one is a broken set-up, not a reason to pass.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"

# The test process runs both kinds of worker pools that kg uses in separate processes (kg build's
# ProcessExecutor, kg serve's query workers), and multiprocessing has one fork server per process:
# whichever starts it first decides what it preloads. Preload both, so a query worker forked after
# a build test starts as fast as under `kg serve` (else fresh workers import the web stack first,
# and the lanes tests see their fast lane empty for a second).
multiprocessing.set_forkserver_preload(["kg.web.workers", "kg.article_jobs"])


def need(component: str, available: bool, why: str = "") -> None:
    if available:
        return
    message = f"{component} is not available" + (f": {why}" if why else "")
    if IN_CI:
        pytest.fail(message + " (CI=true: every component must be installed)", pytrace=False)
    pytest.skip(message)


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
