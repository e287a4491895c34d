"""The W3C SPARQL 1.1 Protocol and Service Description tests (tests/w3c/protocol_tests.py),
run unchanged against the real server: every query test passes, every update is refused."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from sparql_fixture import TESTS, publish, serve


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> str:
    store = tmp_path_factory.mktemp("w3c") / "store"
    publish(store)
    with serve(store, workers=2, timeout=20) as server:
        done = subprocess.run([sys.executable, str(TESTS / "w3c" / "protocol_tests.py"), server.endpoint],
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


def test_service_description_names_the_endpoint(report: str) -> None:
    assert re.search(r"^PASS sd_has_endpoint_triple .*sd:endpoint <http://127\.0\.0\.1:\d+/sparql>",
                     report, re.M), report
