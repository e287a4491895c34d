"""`kg build` validates every article graph before publishing and refuses to publish violations."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.config import CORPUS_DIR, PROJECT_ROOT
from kg.store.releases import StoreDir

SIGNED = PROJECT_ROOT / "tests" / "articles" / "militant-2016-03-28-v80n12-seoul-rail-strike.txt"


def unsigned_copy(folder: Path) -> Path:
    """The same report without its byline: its graph has no schema:author, which the shapes forbid."""
    lines = SIGNED.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith("BY ")]
    assert len(kept) == len(lines) - 1, "the test article's byline was not found"
    path = folder / "militant-2016-03-28-v80n12-unsigned.txt"
    path.write_text("".join(kept), encoding="utf-8")
    return path


def test_build_refuses_a_graph_with_violations_and_keeps_the_published_one(tmp_path):
    store = tmp_path / "store"
    first = CliRunner().invoke(main, ["build", str(CORPUS_DIR), "--store", str(store)])
    assert first.exit_code == 0, first.output
    before = StoreDir(store).require_current()
    info = json.loads(before.info_path.read_text())

    result = CliRunner().invoke(main, ["build", str(unsigned_copy(tmp_path)), "--store", str(store)])
    assert result.exit_code == 1, result.output
    assert "SHACL violations" in result.output
    assert "An article has at least one schema:author" in result.output
    after = StoreDir(store).require_current()
    assert after.path == before.path, "a refused build must leave the published release current"
    assert json.loads(after.info_path.read_text()) == info
