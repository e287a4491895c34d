"""The data a build reads: loaded and checked once, before any article; errors name file and key;
passed explicitly, so two data folders in one process never share words; the stages' order is
declared once and checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.config import CORPUS_DIR, DATA_DIR
from kg.errors import DataError, KgError, is_user_error
from kg.nlp import cuedata, stages
from kg.nlp.stages import STAGES, Stage, StageOrderError, check_order
from kg.reader import read_article
from kg.resources import Resources

BUNDLED = next(CORPUS_DIR.glob("*.txt"))


@pytest.fixture
def data(tmp_path) -> Path:
    """A private copy of the package's data folder to break."""
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy, ignore=shutil.ignore_patterns("corpus"))
    return copy


def test_the_package_data_loads_and_checks(data):
    res = Resources.load(data)
    assert res.registry.entries and res.cues.folder == data / "nlp"
    assert len(res.digest) == 64


def test_every_project_error_is_a_kg_error():
    from kg.link.client import LinkError
    from kg.link.review import ReviewError
    from kg.nlp.cuedata import CueDataError
    from kg.nlp.entities.registry.registry import RegistryError
    from kg.validate import ShapesError

    for cls in (LinkError, ReviewError, CueDataError, RegistryError, ShapesError):
        assert issubclass(cls, KgError) and is_user_error(cls("x")), cls


def test_a_toml_syntax_error_names_the_file(data):
    (data / "nlp" / "claims.toml").write_text("min_words = [\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"nlp/claims\.toml"):
        Resources.load(data)


def test_a_missing_key_names_the_file_and_the_key(data):
    path = data / "nlp" / "claims.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("\nmin_words =", "\nmin_wordz =", 1),
                    encoding="utf-8")
    with pytest.raises(DataError, match=r"claims\.toml: missing key 'min_words'"):
        Resources.load(data)



@pytest.mark.parametrize(("rel", "key", "dotted"), [
    ("quotes.toml", "naming_words", "naming_words"),
    ("quotes.toml", "reporting_participles", "reporting_participles"),
    ("entities.toml", "english_connectors", "english_connectors"),
    ("kinds.toml", "mine_nouns", "phrases.mine_nouns"),
    ("kinds.toml", "civic_owners", "venues.civic_owners"),
    ("boundaries.toml", "street_types", "addresses.street_types"),
    ("boundaries.toml", "margin", "foreign_names.margin"),
    ("boundaries.toml", "point_marks", "edges.point_marks"),
    ("boundaries.toml", "min_share", "title_case.min_share"),
    ("boundaries.toml", "purpose_heads", "joins.purpose_heads"),
    ("boundaries.toml", "bodies", "missions.bodies"),
    ("boundaries.toml", "to_max_words", "laws.to_max_words"),
    ("entities.toml", "untyped_min_probability", "typer.untyped_min_probability"),
    ("entities.toml", "classes", "typer.classes"),
])
def test_a_missing_cue_key_fails_the_check_not_an_article(data, rel, key, dotted):
    """Keys the quotation and entities stages read (issue 10) are declared in schema.toml: a file
    without one fails once at load, naming the key, not with a KeyError inside some article."""
    path = data / "nlp" / rel
    text = path.read_text(encoding="utf-8")
    assert f"\n{key} =" in text
    path.write_text(text.replace(f"\n{key} =", f"\n{key}_gone =", 1), encoding="utf-8")
    with pytest.raises(DataError, match=rf"{rel.replace('.', '[.]')}: missing key '{dotted}'"):
        Resources.load(data)

def test_broken_typer_weights_fail_the_check_naming_file_and_line(data):
    """The learned typer's weights (kg/data/nlp/typer.tsv) are checked with the other data, so
    a damaged file fails the build once, not inside every article."""
    path = data / "nlp" / "typer.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith("__bias__")) + 2
    lines[n - 1] = lines[n - 1] + "\t0.5"  # the first feature row: one weight too many
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"nlp/typer\.tsv:{n}: 5 weights for 4 classes"):
        Resources.load(data)


def test_a_key_of_the_wrong_kind_names_it(data):
    path = data / "nlp" / "quotes.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("speech_verbs")
    end = text.index("]", start) + 1
    path.write_text(text[:start] + 'speech_verbs = "said"' + text[end:], encoding="utf-8")
    with pytest.raises(DataError, match=r"quotes\.toml: key 'speech_verbs' must be words"):
        Resources.load(data)


def test_a_table_of_kinds_given_as_a_list_names_it(data):
    """[joins] `purpose_heads` maps a head to its kind: a list there fails at load, not inside
    an article."""
    path = data / "nlp" / "boundaries.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\npurpose_heads =") + 1
    end = text.index("\n", start)
    path.write_text(text[:start] + 'purpose_heads = ["Meeting"]' + text[end:], encoding="utf-8")
    with pytest.raises(DataError, match=r"boundaries\.toml: key 'joins\.purpose_heads' must be table"):
        Resources.load(data)


def test_a_broken_reader_cue_line_names_the_line(data):
    with (data / "reader" / "chrome.txt").open("a", encoding="utf-8") as fh:
        fh.write("([unclosed\n")
    with pytest.raises(DataError, match=r"chrome\.txt:\d+: not a regular expression"):
        Resources.load(data)


def test_a_broken_registry_names_the_file(data):
    (data / "registry" / "entities.tsv").write_text("key\tlabel\nperson/x\tX\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"entities\.tsv"):
        Resources.load(data)


def test_kg_build_with_broken_data_fails_once_before_reading_articles(data, tmp_path):
    (data / "nlp" / "facts.toml").write_text("nonsense = \n", encoding="utf-8")
    store = tmp_path / "store"
    out = CliRunner().invoke(main, ["build", str(BUNDLED), "--store", str(store), "--data", str(data)])
    assert out.exit_code == 1
    assert "kg: error:" in out.output and "facts.toml" in out.output
    assert "internal error" not in out.output and BUNDLED.name not in out.output
    assert not (store / "current").exists()


def test_the_digest_changes_with_any_data_file(data):
    before = Resources.load(data).digest
    with (data / "reader" / "closings.txt").open("a", encoding="utf-8") as fh:
        fh.write("With warm regards\n")
    assert Resources.load(data).digest != before


def test_two_data_folders_in_one_process_do_not_share_words(data):
    """Caches belong to the data folder: compiled patterns of one never leak into the other."""
    own = Resources.load()
    path = data / "nlp" / "claims.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "aside_phrases = [", 'aside_phrases = ["zebra crossing", ', 1), encoding="utf-8")
    other = Resources.load(data)
    with cuedata.bind(own.cues):
        assert not cuedata.compiled("claims", "aside_phrases").search("a zebra crossing")
    with cuedata.bind(other.cues):
        assert cuedata.compiled("claims", "aside_phrases").search("a zebra crossing")
    with cuedata.bind(own.cues):
        assert not cuedata.compiled("claims", "aside_phrases").search("a zebra crossing")


def test_the_build_reads_the_data_folder_it_is_given(data):
    """Without Trotsky's registry row, the same article has no entity linked to his Wikidata
    item: the stages read the registry of the resources they are given, not a default."""
    reg = data / "registry" / "entities.tsv"
    rows = reg.read_text(encoding="utf-8").splitlines(keepends=True)
    reg.write_text("".join(r for r in rows if not r.startswith("person/leon-trotsky\t")), encoding="utf-8")

    def wikidata(resources: Resources) -> set[str | None]:
        doc = stages.annotate(read_article(BUNDLED), resources)
        return {e.wikidata for e in doc.annotations.entities.values()}

    assert "Q33391" in wikidata(Resources.load())
    assert "Q33391" not in wikidata(Resources.load(data))


def test_the_declared_stage_order_is_consistent():
    check_order()
    names = [s.name for s in STAGES]
    assert names.index("sentences") < names.index("claims")
    assert names.index("entities") < names.index("subjects") < names.index("quotations")


def test_a_stage_reading_what_no_earlier_stage_fills_is_refused():
    reordered = [s for s in STAGES if s.name != "sentences"] + [s for s in STAGES if s.name == "sentences"]
    with pytest.raises(StageOrderError, match="reads sentences"):
        check_order(reordered)
    with pytest.raises(StageOrderError, match="no such annotation stage"):
        stages.annotate(read_article(BUNDLED), only=["sentences", "gossip"])


def test_no_stage_runs_another_behind_the_callers_back():
    """Running the claim stages without the sentence stage finds nothing: the sentence stage is
    not run silently by a helper."""
    doc = read_article(BUNDLED)
    stages.annotate(doc, only=["claims"])
    assert doc.annotations.sentences == [] and doc.annotations.claims == []


def test_the_mapping_reads_the_subjects_stage_and_decides_nothing():
    from kg.iri import Minter
    from kg.namespaces import SCHEMA
    from kg.rdf import document_to_rdf

    doc = stages.annotate(read_article(BUNDLED))
    assert doc.annotations.subjects
    doc.annotations.subjects = []
    rdf = document_to_rdf(doc, Minter.from_config())
    assert not list(rdf.article.objects(None, SCHEMA.about))


def test_stage_declarations_are_dataclasses_with_docs():
    assert all(isinstance(s, Stage) and s.doc and s.adds for s in STAGES)
