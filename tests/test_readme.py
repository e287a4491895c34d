"""The README opens with the two set-up commands, and CI runs the second one as written."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_readme_opens_with_two_commands():
    main_job, tests = commands()[:2]
    assert "kg build" in main_job and "kg serve" in main_job
    assert "pytest" in tests and ".[test]" in tests


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands()[1] in ci.splitlines()


def test_ci_script_is_executable_and_strict():
    ci = ROOT / ".ci" / "run"
    assert ci.stat().st_mode & 0o111
    assert "set -euo pipefail" in ci.read_text()


def test_main_job_serves_where_the_readme_says():
    from kg.web.serve import serve

    port = next(p.default for p in serve.params if p.name == "port")
    host = next(p.default for p in serve.params if p.name == "host")
    assert f"http://{host}:{port}" in (ROOT / "README.md").read_text(encoding="utf-8")
