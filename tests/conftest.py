"""Shared test helpers.

`need(component, available, why)`: a test that needs a component (a browser, a server, a command)
skips with a clear reason when it is missing, except under CI (CI=true), where it fails: CI
installs every component, so a missing one is a broken set-up, not a reason to pass.
"""

from __future__ import annotations

import os

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"


def need(component: str, available: bool, why: str = "") -> None:
    if available:
        return
    message = f"{component} is not available" + (f": {why}" if why else "")
    if IN_CI:
        pytest.fail(message + " (CI=true: every component must be installed)", pytrace=False)
    pytest.skip(message)
