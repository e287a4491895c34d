"""The W3C SPARQL 1.1 Protocol and Service Description tests (tests/w3c/protocol_tests.py),
run unchanged against `kg serve` on a loopback port: every query test passes, every update is
refused."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sparql_fixture import kg_serve, protocol_report, publish


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory) -> Iterator[str]:
    """`kg serve` over a store holding the protocol data; yields its /sparql URL."""
    store = tmp_path_factory.mktemp("w3c") / "store"
    publish(store)
    with kg_serve(store) as url:
        yield url + "/sparql"


@pytest.fixture(scope="module")
def report(endpoint: str) -> str:
    return protocol_report(endpoint)


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


def test_service_description_names_the_endpoint(report: str, endpoint: str) -> None:
    assert f"PASS sd_has_endpoint_triple [sd] ?s sd:endpoint <{endpoint}>" in report, report
