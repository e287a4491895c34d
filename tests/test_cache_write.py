"""kg.config.write_cache: the gazetteer's and the genders' tables kept between processes."""

from __future__ import annotations

import json

from kg.config import write_cache


def test_the_table_is_written_whole_as_json(tmp_path):
    path = tmp_path / "gazetteer" / "given-names.json"
    write_cache(path, ["Ana", "Tomás"])
    assert json.loads(path.read_text(encoding="utf-8")) == ["Ana", "Tomás"]
    assert [p.name for p in path.parent.iterdir()] == ["given-names.json"]  # no temporary left


def test_a_cache_that_cannot_be_written_costs_nothing_but_the_next_build(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    write_cache(blocker / "genders" / "table.json", {"ana": "f"})  # mkdir fails: no error
    assert blocker.read_text() == "x"
