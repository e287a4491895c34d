"""kg.nlp.agents.person_kinds: the one list of entity kinds every stage takes for a person."""

from __future__ import annotations

from pathlib import Path

from kg.nlp import agents, cuedata


def test_person_kinds_are_person_and_the_data_files_unknown_kinds(tmp_path: Path):
    """The kinds come from the bound data folder's agents.toml, after "person": a folder that
    names another unknown kind changes what the speaker, fact and quotation rules take."""
    (tmp_path / "agents.toml").write_text('unknown_person_kinds = ["thing", "stranger"]\n',
                                          encoding="utf-8")
    with cuedata.bind(cuedata.CueData(tmp_path)):
        assert agents.person_kinds() == ["person", "thing", "stranger"]
    assert agents.person_kinds() == ["person", *cuedata.words("agents", "unknown_person_kinds")]
