"""The W3C SPARQL 1.1 Protocol and Service Description tests (tests/w3c/protocol_tests.py),
run unchanged against `kg serve` on a loopback port: every query test passes, every update is
refused."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

import pytest
from sparql_fixture import TESTS, publish


@pytest.fixture(scope="module")
def kg_serve(tmp_path_factory):
    """`kg serve` (python -m kg.web.serve) on a port the system picks; yields its /sparql URL."""
    store = tmp_path_factory.mktemp("w3c") / "store"
    publish(store)
    proc = subprocess.Popen([sys.executable, "-m", "kg.web.serve", "--store", str(store), "--port", "0",
                             "--access-log", "off"], stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, KG_SPARQL_WORKERS="2"))
    try:
        url = None
        for line in proc.stderr:
            m = re.search(r"at (http://127\.0\.0\.1:\d+)/ ", line)
            if m:
                url = m.group(1) + "/sparql"
                break
        assert url, "kg serve did not print its URL"
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0


@pytest.fixture(scope="module")
def report(kg_serve: str) -> str:
    done = subprocess.run([sys.executable, str(TESTS / "w3c" / "protocol_tests.py"), kg_serve],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_every_w3c_protocol_test_passes(report: str) -> None:
    assert re.search(r"^40 passed, 0 failed$", report, re.M), report
    assert not re.search(r"^(FAIL|SKIP) ", report, re.M), report


def test_every_update_test_is_refused(report: str) -> None:
    update_lines = [line for line in report.splitlines() if "[update]" in line]
    assert len(update_lines) == 15  # 14 manifest update tests + the data-intact check
    for line in update_lines:
        assert line.startswith("PASS "), line
        if not line.startswith("PASS x_"):
            assert "update refused with 4" in line, line


def test_service_description_names_the_endpoint(report: str, kg_serve: str) -> None:
    assert f"PASS sd_has_endpoint_triple [sd] ?s sd:endpoint <{kg_serve}>" in report, report
