"""The learned bounder (kg.nlp.entities.bounder): the joins it reads beside the rules' names,
their features, its weights files, the stage that joins names by it, and the script that trains
it (bench/quality/train_bounder.py).

The stage's mechanics are tested with small weights written here (a model whose answer the test
knows); the trainer on a tiny corpus invented here."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest
from nlp_support import article, mention

from kg.annotations import Entity, Mention
from kg.config import DATA_DIR
from kg.nlp import cuedata
from kg.nlp.cuedata import CueData, CueDataError
from kg.nlp.entities import bounder
from kg.nlp.entities.bounder.features import (
    Join,
    Piece,
    Side,
    cut_features,
    cuts,
    features,
    join_features,
    joins,
    no_name,
    text_features,
    text_joins,
)
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.typer.model import write_text
from kg.span import Span

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT / "bench" / "quality" / "train_bounder.py"
CONNECTORS = frozenset(("of", "for", "and", "with", "de"))


def _data_folder(parent: Path) -> Path:
    """A copy of the package's cue files (the name cues read the reader's too); its nlp folder."""
    shutil.copytree(DATA_DIR / "reader", parent / "reader")
    shutil.copytree(DATA_DIR / "nlp", parent / "nlp")
    return parent / "nlp"


def _load_train():
    spec = importlib.util.spec_from_file_location("train_bounder", TRAIN)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_bounder"] = mod
    spec.loader.exec_module(mod)
    return mod


def _piece(text: str, surface: str, kind: str = "thing", known: bool = False) -> Piece:
    b = text.index(surface)
    return Piece(b, b + len(surface), kind, known)


def _spans(text: str, found) -> list[tuple[str, str, str]]:
    return [(text[j.begin:j.end], j.connector, j.article) for j in found]


# -- joins and features -----------------------------------------------------------------------

def test_joins_beside_a_name_across_a_connector_or_none():
    text = ("Shoppers crowded Dorrow Shoes for Less on Monday. The Kelvish with Hearing Loss Act "
            "passed. Friends for a Cleaner Orvane met in Tallow Brewers Hall.")
    pieces = [_piece(text, "Dorrow Shoes", "person"), _piece(text, "Hearing Loss Act", "work"),
              _piece(text, "Cleaner Orvane", "place"), _piece(text, "Tallow", "city", known=True)]
    found = _spans(text, joins(text, pieces, CONNECTORS))
    assert ("Dorrow Shoes for Less", "for", "") in found  # the sentence's dot is no part of it
    assert ("Kelvish with Hearing Loss Act", "with", "") in found  # "The" before it left out
    assert ("Friends for a Cleaner Orvane", "for", "a") in found
    assert ("Tallow Brewers Hall", "", "") in found
    assert all("Monday" not in s and "passed" not in s for s, _, _ in found)


def test_no_join_across_punctuation_or_a_lower_case_word():
    text = "They met Ana Kelvo, Dorrow Union, then the Tallow Guild in Orvane."
    pieces = [_piece(text, "Ana Kelvo", "person"), _piece(text, "Dorrow Union", "organization")]
    assert _spans(text, joins(text, pieces, CONNECTORS)) == []


def test_text_joins_read_every_connector_and_word_boundary_of_capitalised_runs():
    text = "The Union of Kelv Brewers met Dorrow Mills."
    found = _spans(text, text_joins(text, CONNECTORS))
    assert ("Union of Kelv Brewers", "of", "") in found
    assert ("Kelv Brewers", "", "") in found and ("Dorrow Mills", "", "") in found


def test_features_say_the_connector_sides_and_context():
    text = "Workers at Dorrow Shoes for Less struck. Dorrow Shoes for Less hired again."
    j = next(j for j in joins(text, [_piece(text, "Dorrow Shoes", "person")], CONNECTORS))
    f = features(text, j, Cues())
    assert {"c=for", "c=for|l_last=shoes", "c=for|r_first=less", "l_kind=person", "r_kind=run",
            "c=for|kinds=person|run", "p1=at", "n1=struck", "joined_again"} <= f
    assert not {p for p in text_features(f) if "kind" in p}
    stacked = join_features(f, 0.85)
    assert {"text>=0.8", "c=for|text>=0.8"} <= stacked and "text>=0.9" not in stacked
    assert not {p for p in stacked if "first=" in p or "last=" in p}


def test_cuts_split_a_new_name_at_a_connector_or_between_capitalised_words():
    text = "Senator Ana Kelvo met the Tallow Weavers Guild of the Dorrow Valley and Orvane Mills."
    pieces = [_piece(text, "Senator Ana Kelvo", "person"),
              _piece(text, "Tallow Weavers Guild of the Dorrow Valley", "organization"),
              _piece(text, "Orvane Mills", "organization", known=True)]
    found = _spans(text, [j for _, j in cuts(text, pieces, CONNECTORS)])
    assert ("Senator Ana Kelvo", "", "") in found and ("Ana Kelvo", "", "") not in found
    whole = [j for p, j in cuts(text, pieces, CONNECTORS) if p.kind == "organization"]
    by_conn = {(text[j.left.begin:j.left.end], j.connector, j.article, text[j.right.begin:j.right.end])
               for j in whole}
    assert ("Tallow Weavers Guild", "of", "the", "Dorrow Valley") in by_conn
    assert ("Tallow", "", "", "Weavers Guild of the Dorrow Valley") in by_conn
    assert not any(p.known for p, _ in cuts(text, pieces, CONNECTORS))  # a registry's name is whole
    f = cut_features(features(text, next(j for j in whole if j.connector == "of"), Cues()), 0.2, pieces[1])
    assert {"whole=organization", "c=of|whole=organization", "whole_n=5", "c=of"} <= f


def test_what_a_cut_leaves_is_no_name_where_it_is_a_title_or_a_month():
    text = "Photo by the desk. Senator Ana Kelvo spoke in Tallow in May about the photo."
    cues = Cues()

    def side(surface: str) -> Side:
        b = text.index(surface)
        return Side(b, b + len(surface))

    assert no_name(text, side("Senator"), cues)
    assert no_name(text, side("May"), cues)
    assert not no_name(text, side("Photo"), cues)  # a word written in lower case too may head a name
    assert not no_name(text, side("Ana Kelvo"), cues) and not no_name(text, side("Tallow"), cues)


# -- the weights files ------------------------------------------------------------------------

TEXT_WEIGHTS = "feature\tapart\tjoin\n__bias__\t0\t0\n"
# the join model: sure of a join across "for" or "de" (sigmoid(5) ≈ 0.993), never of one by "and"
JOIN_WEIGHTS = ("# test weights\nfeature\tapart\tjoin\n__bias__\t0\t-5\nc=for\t0\t10\nc=de\t0\t10\n"
                "c=and\t0\t-5\n")


# the cut model: sure the sides are one name (sigmoid(5)), unless the left side opens with a title or
# an organisation's name runs on across "of" (sigmoid(-5) ≈ 0.007)
CUT_WEIGHTS = ("# test weights\nfeature\tapart\tjoin\n__bias__\t0\t5\nl_first_title\t0\t-10\n"
               "c=of|whole=organization\t0\t-10\n")


def _setting(folder: Path, key: str, value: str) -> None:
    """Set one key of the data folder's `[bounder]`, whatever the package ships."""
    path = folder / "entities.toml"
    text, n = re.subn(rf"(\[bounder\]\n(?:.*\n)*?{key} = )\S+", rf"\g<1>{value}",
                      path.read_text(encoding="utf-8"))
    assert n == 1
    path.write_text(text, encoding="utf-8")


def _cut_below(folder: Path, value: float) -> None:
    _setting(folder, "cut_below", str(value))


@pytest.fixture(scope="module")
def test_weights(tmp_path_factory):
    """A data folder whose bounder weights are the ones above, the stage on, cutting below 0.5."""
    folder = _data_folder(tmp_path_factory.mktemp("data"))
    write_text(folder / bounder.TEXT_FILE, TEXT_WEIGHTS)
    (folder / bounder.JOIN_FILE).write_text(JOIN_WEIGHTS, encoding="utf-8")
    (folder / bounder.CUT_FILE).write_text(CUT_WEIGHTS, encoding="utf-8")
    _switch(folder, True)
    _cut_below(folder, 0.5)
    return CueData(folder)


def _switch(folder: Path, on: bool) -> None:
    _setting(folder, "enabled", str(on).lower())


def test_cut_weights_without_the_join_class_are_an_error_naming_the_file(test_weights, tmp_path):
    folder = _data_folder(tmp_path)
    shutil.copytree(test_weights.folder, folder, dirs_exist_ok=True)
    (folder / bounder.CUT_FILE).write_text("feature\tapart\tother\n__bias__\t0\t0\n", encoding="utf-8")
    want = r"bounder-cut\.tsv: no class 'join'"
    with cuedata.bind(CueData(folder)), pytest.raises(CueDataError, match=want):
        bounder.models()
    (folder / bounder.CUT_FILE).unlink()
    with cuedata.bind(CueData(folder)), pytest.raises(CueDataError, match=r"bounder-cut\.tsv: .*missing"):
        bounder.models()


def test_missing_bounder_weights_name_the_file_and_the_script(tmp_path):
    folder = _data_folder(tmp_path)
    (folder / bounder.TEXT_FILE).unlink(missing_ok=True)
    want = r"bounder-text\.tsv\.gz: the learned bounder's weights are missing .*train_bounder"
    with cuedata.bind(CueData(folder)), pytest.raises(CueDataError, match=want):
        bounder.models()


def test_weights_without_the_join_class_are_an_error_naming_the_file(tmp_path):
    folder = _data_folder(tmp_path)
    write_text(folder / bounder.TEXT_FILE, "feature\tapart\tother\n__bias__\t0\t0\n")
    want = r"bounder-text\.tsv\.gz: no class 'join'"
    with cuedata.bind(CueData(folder)), pytest.raises(CueDataError, match=want):
        bounder.models()


def test_a_weight_that_is_no_number_names_file_and_line(test_weights, tmp_path):
    folder = _data_folder(tmp_path)
    shutil.copytree(test_weights.folder, folder, dirs_exist_ok=True)
    (folder / bounder.JOIN_FILE).write_text(JOIN_WEIGHTS + "c=with\t0\tmany\n", encoding="utf-8")
    want = r"bounder\.tsv:7: a weight is not a number"
    with cuedata.bind(CueData(folder)), pytest.raises(CueDataError, match=want):
        bounder.models()


# -- the stage --------------------------------------------------------------------------------

def _doc():
    return article("Shoppers crowded Dorrow Shoes for Less and Tallow Mills on Monday.",
                   "Ana Kelvo of Orvane Knit de Kelvania said Dorrow Shoes would hire.")


def _new(doc, surface: str, kind: str) -> str:
    key = mention(doc, surface, surface, kind)
    doc.annotations.entities[key].known = False
    return key


def test_the_stage_joins_where_the_model_is_sure_and_records_the_probability(test_weights):
    doc = _doc()
    shoes = _new(doc, "Dorrow Shoes", "person")
    knit = _new(doc, "Orvane Knit", "organization")
    _new(doc, "Kelvania", "country")
    with cuedata.bind(test_weights):
        bounder.annotate(doc)
    ann = doc.annotations
    surfaces = {doc.text[m.span.begin:m.span.end]: m.entity for m in ann.mentions}
    # a person's name across "for" gives no kind: the typer types it
    assert surfaces["Dorrow Shoes for Less"] == "thing/dorrow-shoes-for-less"
    assert surfaces["Orvane Knit de Kelvania"] == "organization/orvane-knit-de-kelvania"  # the head's
    assert "country/kelvania" not in ann.entities  # a side named nowhere else is gone
    assert surfaces["Dorrow Shoes"] == shoes and shoes in ann.entities  # its mention elsewhere kept
    assert knit not in ann.entities
    assert set(ann.bounded) == {"thing/dorrow-shoes-for-less", "organization/orvane-knit-de-kelvania"}
    assert all(0.99 <= p <= 1 for p in ann.bounded.values())
    assert [m.span.begin for m in ann.mentions] == sorted(m.span.begin for m in ann.mentions)


def test_the_stage_refuses_a_join_the_model_is_not_sure_of(test_weights):
    doc = _doc()
    mills = _new(doc, "Tallow Mills", "organization")
    ana = _new(doc, "Ana Kelvo", "person")
    before = [(m.span, m.entity) for m in doc.annotations.mentions]
    with cuedata.bind(test_weights):
        bounder.annotate(doc)  # "Less and Tallow Mills": "and" weighs against; "Ana Kelvo of": no cue
    assert [(m.span, m.entity) for m in doc.annotations.mentions] == before
    assert set(doc.annotations.entities) == {mills, ana} and doc.annotations.bounded == {}


def _cut_doc():
    return article("Workers of the Kelvo Weavers Guild of Dorrow met Senator Ana Kelvo.",
                   "The Orvane Knit Mills hired. The Kelvo Weavers Guild grew.")


def test_the_stage_cuts_a_name_the_model_says_is_two_things(test_weights):
    doc = _cut_doc()
    guild = _new(doc, "Kelvo Weavers Guild of Dorrow", "organization")
    ana = _new(doc, "Senator Ana Kelvo", "person")
    known = "organization/kelvo-weavers-guild"  # the article's own, named alone in its second paragraph
    doc.annotations.entities[known] = Entity(key=known, label="Kelvo Weavers Guild", kind="organization")
    at = doc.text.rindex("Kelvo Weavers Guild")
    doc.annotations.mentions.append(Mention(Span(at, at + len("Kelvo Weavers Guild")), known))
    with cuedata.bind(test_weights):
        bounder.annotate(doc)
    ann = doc.annotations
    surfaces = [(doc.text[m.span.begin:m.span.end], m.entity) for m in ann.mentions]
    # the head side keeps the name's kind, and is the article's entity of that name
    assert ("Kelvo Weavers Guild", known) in surfaces and ann.entities[known].kind == "organization"
    assert ("Dorrow", "thing/dorrow") in surfaces  # the other side: the typer's
    assert ("Ana Kelvo", "person/ana-kelvo") in surfaces  # the title before it is no name: dropped
    assert not any(s.startswith("Senator") for s, _ in surfaces)
    assert guild not in ann.entities and ana not in ann.entities
    assert 0.99 < ann.bounded["person/ana-kelvo"] < 1  # its confidence in the cut: 1 − p(one name)


def test_the_stage_refuses_a_cut_the_model_is_not_sure_of(test_weights, tmp_path):
    doc = _cut_doc()
    _new(doc, "Orvane Knit Mills", "organization")
    before = [(m.span, m.entity) for m in doc.annotations.mentions]
    with cuedata.bind(test_weights):
        bounder.annotate(doc)  # no title, no "of": the sides are one name
    assert [(m.span, m.entity) for m in doc.annotations.mentions] == before and doc.annotations.bounded == {}
    folder = _data_folder(tmp_path)
    shutil.copytree(test_weights.folder, folder, dirs_exist_ok=True)
    _cut_below(folder, 0)
    doc = _cut_doc()
    ana = _new(doc, "Senator Ana Kelvo", "person")
    with cuedata.bind(CueData(folder)):
        bounder.annotate(doc)  # cut_below 0: no cut, however sure
    assert [m.entity for m in doc.annotations.mentions] == [ana] and doc.annotations.bounded == {}


def test_the_same_text_gives_the_same_cuts(test_weights):
    def run():
        doc = _cut_doc()
        _new(doc, "Kelvo Weavers Guild of Dorrow", "organization")
        _new(doc, "Senator Ana Kelvo", "person")
        with cuedata.bind(test_weights):
            bounder.annotate(doc)
        return ([(m.span, m.entity) for m in doc.annotations.mentions], list(doc.annotations.entities),
                dict(doc.annotations.bounded))

    assert run() == run()


def test_the_stage_off_touches_nothing(test_weights, tmp_path):
    folder = _data_folder(tmp_path)
    shutil.copytree(test_weights.folder, folder, dirs_exist_ok=True)
    _switch(folder, False)
    doc = _doc()
    _new(doc, "Dorrow Shoes", "person")
    before = [(m.span, m.entity) for m in doc.annotations.mentions]
    with cuedata.bind(CueData(folder)):
        bounder.annotate(doc)  # the weights would join "Dorrow Shoes for Less"
    assert [(m.span, m.entity) for m in doc.annotations.mentions] == before
    assert doc.annotations.bounded == {}


def test_the_same_text_gives_the_same_names(test_weights):
    def run():
        doc = _doc()
        _new(doc, "Dorrow Shoes", "person")
        _new(doc, "Orvane Knit", "organization")
        with cuedata.bind(test_weights):
            bounder.annotate(doc)
        return [(m.span, m.entity) for m in doc.annotations.mentions], list(doc.annotations.entities)

    assert run() == run()


def test_broken_bounder_settings_name_the_file(test_weights, tmp_path):
    folder = _data_folder(tmp_path)
    shutil.copytree(test_weights.folder, folder, dirs_exist_ok=True)
    path = folder / "entities.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("\nmin_probability =", "\nmin_prob =", 1),
                    encoding="utf-8")
    doc = _doc()
    with cuedata.bind(CueData(folder)), pytest.raises(CueDataError, match=r"entities\.toml: \[bounder\]"):
        bounder.annotate(doc)


def test_the_stage_runs_between_names_and_the_typer():
    from kg.nlp.stages import NAMES

    assert NAMES.index("entities") < NAMES.index("bounds") < NAMES.index("types")


# -- the trainer ------------------------------------------------------------------------------

def _at(text: str, surface: str, kind: str) -> tuple[int, int, str, bool]:
    return text.index(surface), text.index(surface) + len(surface), kind, False


def _corpus(train):
    """Invented pages: chains "<Word> Shoes for Less" are one name, "<Name> and <Name>" two."""
    pages = []
    for n, (a, b) in enumerate([("Dorrow", "Tallow"), ("Kelvo", "Orvane"), ("Marrow", "Vessel"),
                                ("Pellow", "Arden"), ("Quill", "Brasso"), ("Rennet", "Castor")]):
        text = (f"Shoppers went to {a} Shoes for Less on Monday. {a} Mills and {b} Mills struck. "
                f"{b} Weavers for Justice marched.")
        pieces = [_at(text, f"{a} Shoes", "person"), _at(text, f"{a} Mills", "organization"),
                  _at(text, f"{b} Mills", "organization"), _at(text, f"{b} Weavers", "organization")]
        gold = [f"{a} Shoes for Less", f"{a} Mills", f"{b} Mills", f"{b} Weavers for Justice"]
        pages.append(train.Page(f"s{n}", text, pieces, gold))
    return pages


def test_gold_spans_find_a_name_across_a_line_break_and_either_apostrophe():
    train = _load_train()
    text = "The Kelvo Women’s\nLeague met."
    assert train.gold_spans(text, ["Kelvo Women's League"]) == [(4, 24)]
    assert train.covered(4, 17, [(4, 24)]) and not train.covered(0, 17, [(4, 24)])


def test_training_on_a_tiny_corpus_writes_weights_the_pipeline_reads(tmp_path):
    from kg.nlp.entities.typer.model import read

    train = _load_train()
    pages = _corpus(train)
    (tvec, tm), (jvec, jm), (nt, pt, nj, pj) = train.train(pages, pages, 1.0, 1.0)
    assert nt > nj > 0 and 0 < pj < nj and 0 < pt < nt
    n = train.write(tmp_path / "bounder.tsv", jvec, jm, "test", ["sets: s0 s1"], min_weight=0, digits=6)
    model = read(tmp_path / "bounder.tsv")
    assert n == len(model.weights) and model.classes == ("apart", "join")
    assert model.header_value("sets") == "s0 s1"
    row = join_features(train.join_rows(pages[0]).__next__()[0], 0.9)
    want = train.predict(jvec, jm, [row])[0]
    assert abs(model.probabilities(row)["join"] - want) < 1e-4
    # what the corpus teaches: a chain's "for" joins, two mills' "and" does not
    rows = list(train.join_rows(pages[0]))
    by_conn = {next(f for f in feats if f.startswith("c=") and "|" not in f): y for feats, y in rows}
    assert by_conn["c=for"] == 1 and by_conn["c=and"] == 0


def test_the_waves_file_names_known_sets_and_the_trainer_reads_no_measuring_one(tmp_path, monkeypatch):
    train = _load_train()
    waves = train.read_waves()
    # every measuring set on disk has its wave's line (the commit whose rules first measured it)
    assert waves and {s for _, sets in waves for s in sets} >= set(train.MEASURING) & set(train.SETS)
    read = []
    monkeypatch.setattr(train, "read_pages", lambda sets, commit, cache: read.append((commit, sets)) or [])
    train.wave_pages(waves, {"dl", "dm", *train.MEASURING} - set(train.MEASURING))
    assert read == [("868317f8", ["dl", "dm"])]
    bad = tmp_path / "waves.tsv"
    bad.write_text("commit\tsets\nnotacommit\tdl\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"waves\.tsv:2"):
        train.read_waves(bad)


def test_folds_hold_a_wave_together_and_share_the_other_sets_out():
    train = _load_train()
    fold_of = train.folds(["s0", "s1", "s2", "w1", "w2", "w3"], [("abc1234", ["w1", "w3", "zz"]),
                                                                 ("def5678", ["w2"])])
    assert fold_of["w1"] == fold_of["w3"] == "wave abc1234" and fold_of["w2"] == "wave def5678"
    assert "zz" not in fold_of and len({fold_of[s] for s in ("s0", "s1", "s2")}) == 3


def test_pages_are_read_once_then_from_the_cache(tmp_path, monkeypatch):
    train = _load_train()
    calls = []
    line = ('{"set": "a", "stem": "%s", "text": "Kelvo Mills struck.", '
            '"pieces": [[0, 11, "organization", false]]}')

    def lines(sets, commit):
        calls.append((sets, commit))
        return [line % "one"]

    monkeypatch.setattr(train, "_read_lines", lines)
    monkeypatch.setattr(train, "load_gold", lambda path: type("G", (), {"entities": {"Kelvo Mills": "x"}}))
    first = train.read_pages(["a"], "abc1234", tmp_path)
    again = train.read_pages(["a"], "abc1234", tmp_path)
    assert calls == [(["a"], "abc1234")] and first == again
    assert first[0].pieces == [(0, 11, "organization", False)] and first[0].stem == "one"
    assert (tmp_path / "abc1234" / "a.jsonl").exists()
    key = train.rules_key()
    assert key is None or (key.startswith("rules-") and key == train.rules_key())


def test_the_offline_joins_and_counts_are_the_stage_s_and_the_scorer_s(monkeypatch):
    from bench.quality.run import Gold
    from kg.nlp.entities.bounder.features import Piece

    train = _load_train()
    text = "Workers at Dorrow Shoes for Less and Kelvo Mills struck. Tallow said so."
    pieces = [_at(text, "Dorrow Shoes", "person"), _at(text, "Kelvo Mills", "organization"),
              _at(text, "Tallow", "person")]
    page = train.Page("s0", text, pieces, ["Dorrow Shoes for Less", "Kelvo Mills", "Tallow"], "p")
    gold = Gold("p", {f: None for f in ("headline", "kicker", "label", "dateline")} | {"bylines": []},
                [], {"Dorrow Shoes for Less": "Organization", "Kelvo Mills": "Organization",
                     "Tallow": "Person"}, {}, [])
    monkeypatch.setattr(train, "page_gold", lambda p: gold)
    assert train.name_counts(page, [(b, e, k) for b, e, _, k in pieces]) == (2, 1)  # "Dorrow Shoes": junk
    found = {text[j.begin:j.end]: j for j in joins(text, [Piece(*p) for p in pieces], CONNECTORS)}
    spans = train.joined_spans(page, [(found["Dorrow Shoes for Less"], 0.9)])
    assert [text[b:e] for b, e, _ in spans] == ["Dorrow Shoes for Less", "Kelvo Mills", "Tallow"]
    assert train.name_counts(page, spans) == (3, 0)
    # two joins sharing a side run on into one name, as in the stage
    both = train.joined_spans(page, [(found["Dorrow Shoes for Less"], 0.9),
                                     (found["Less and Kelvo Mills"], 0.8)])
    assert [text[b:e] for b, e, _ in both] == ["Dorrow Shoes for Less and Kelvo Mills", "Tallow"]


def _gold_of(page):
    from bench.quality.run import Gold

    st = {f: None for f in ("headline", "kicker", "label", "dateline")} | {"bylines": []}
    return Gold(page.stem, st, [], dict.fromkeys(page.gold, "Organization"), {}, [])


def test_leaving_one_wave_out_measures_each_floor_on_pages_never_trained_on(monkeypatch):
    train = _load_train()
    pages = _corpus(train)
    for n, p in enumerate(pages):
        p.stem = f"p{n}"
    monkeypatch.setattr(train, "page_gold", _gold_of)
    waves = [("abc1234", ["s0", "s1"]), ("def5678", ["s2", "s3"]), ("0123abc", ["s4", "s5"])]
    fold_of = train.folds([p.set for p in pages], waves)
    prep = train.prepare(pages, pages, 1.0, fold_of)
    assert set(prep.held) == {"wave abc1234", "wave def5678", "wave 0123abc"}
    totals = train.cv_waves(pages, prep, fold_of, 1.0, [0.5, 0.99])
    # each page has two joins the rules cut ("for") and one they did not ("and")
    found, junk, made = totals[0.5]
    assert made == 12 and found == 12 and junk == -12
    assert totals[0.99][2] <= made


def test_pruning_keeps_every_decision_on_the_training_joins():
    train = _load_train()
    pages = _corpus(train)
    (tvec, tm), join, _ = train.train(pages, pages, 1.0, 1.0)
    floor, decided = train.prune_floor(pages, (tvec, tm), join, 0.5)
    assert decided == 18 and floor in (0.0, *train.PRUNE_FLOORS)
    full = [p >= 0.5 for pg in pages for _, p in train.page_joins(pg, train.as_model(tvec, tm),
                                                                    train.as_model(*join))]
    pruned = [p >= 0.5 for pg in pages for _, p in train.page_joins(pg, train.as_model(tvec, tm, floor),
                                                                      train.as_model(*join))]
    assert full == pruned


def _cut_corpus(train):
    """Invented pages where the rules ran a title onto a person's name ("Governor <Given>
    <Surname>") and a body's name onto its town across "of"; "<Town> Mills" is one name."""
    pages = []
    for n, (a, b, t) in enumerate([("Ana", "Dorrow", "Tallow"), ("Bela", "Kelvo", "Orvane"),
                                   ("Cira", "Marrow", "Vessel"), ("Dana", "Pellow", "Arden"),
                                   ("Eva", "Quill", "Brasso"), ("Fara", "Rennet", "Castor")]):
        text = (f"Workers heard Governor {a} {b} in {t} on Monday. {b} Shoes for Less and {t} Mills "
                f"hired, and the {b} Weavers Guild of {t} marched. The governor left.")
        pieces = [_at(text, f"Governor {a} {b}", "person"), _at(text, f"{b} Shoes", "person"),
                  _at(text, f"{t} Mills", "organization"),
                  _at(text, f"{b} Weavers Guild of {t}", "organization")]
        gold = [f"{a} {b}", t, f"{b} Shoes for Less", f"{t} Mills", f"{b} Weavers Guild"]
        pages.append(train.Page(f"s{n}", text, pieces, gold, f"p{n}"))
    return pages


def test_the_cut_model_learns_from_the_gold_where_a_rules_name_is_two_things(monkeypatch):
    from kg.nlp.entities.bounder import choose_cuts

    train = _load_train()
    pages = _cut_corpus(train)
    rows = sorted((pages[0].text[pc[0]:pc[1]], y) for f, y, pc in train.cut_rows(pages[0]))
    # "Governor | Ana Dorrow", "… Guild of Tallow": two things; "Tallow | Mills": one name;
    # "Governor Ana | Dorrow", "Dorrow | Weavers …": a side is part of a gold name, no say
    assert rows == [("Dorrow Shoes", 1), ("Dorrow Weavers Guild of Tallow", 0), ("Governor Ana Dorrow", 0),
                    ("Tallow Mills", 1)]
    monkeypatch.setattr(train, "page_gold", _gold_of)
    waves = [("abc1234", ["s0", "s1"]), ("def5678", ["s2", "s3"]), ("0123abc", ["s4", "s5"])]
    fold_of = train.folds([p.set for p in pages], waves)
    prep = train.prepare(pages, pages, 1.0, fold_of)
    assert len(prep.cut_rows) == len(prep.p_cut_text) > 0
    tm, cm = train.as_model(*prep.text), train.as_model(*train.cut_fit(prep, 1.0))
    chosen = choose_cuts(pages[0].text, train.page_cuts(pages[0], tm, cm), 0.5, Cues())
    text = pages[0].text
    assert sorted((text[c.join.left.begin:c.join.left.end], [text[s.begin:s.end] for s in c.kept])
                  for c in chosen) == [("Dorrow Weavers Guild", ["Dorrow Weavers Guild", "Tallow"]),
                                       ("Governor", ["Ana Dorrow"])]  # the title: no name, dropped
    totals = train.cv_cuts(pages, prep, fold_of, 1.0, 1.0, 0.6, [0.01, 0.5])
    found, junk, made = totals[0.5]
    assert made == 12 and found == 18 and junk < 0 and totals[0.01][2] <= made


def test_the_shipped_weights_were_trained_without_the_measuring_sets():
    from kg.nlp.entities.typer.model import read

    train = _load_train()
    for name in (bounder.TEXT_FILE, bounder.JOIN_FILE, bounder.CUT_FILE):
        model = read(DATA_DIR / "nlp" / name)
        assert set(model.header_value("sets").split()).isdisjoint(train.MEASURING)
        assert set(model.header_value("held out").split()) == set(train.MEASURING)


def test_a_join_crosses_a_line_break_only_inside_a_title():
    """A paragraph is one line: a line break outside the page's titles closes a signature's
    line or a list's entry, so a join across it is refused; a headline wraps inside a name."""
    from types import SimpleNamespace

    from kg.nlp.entities.bounder import _one_line_or_title

    text = "Friends and Families of\nKelvo Miners\n\nFor the Steering Committee\nDorvan League\n"
    title = (0, text.index("\n\n"))
    across_title = SimpleNamespace(begin=0, end=text.index(" Miners") + len(" Miners"))
    across_sign = SimpleNamespace(begin=text.index("Steering"), end=text.index("League") + 6)
    same_line = SimpleNamespace(begin=text.index("Steering"), end=text.index("Committee") + 9)
    assert _one_line_or_title(text, across_title, [title])
    assert not _one_line_or_title(text, across_sign, [title])
    assert _one_line_or_title(text, same_line, [])


def test_a_compressed_weights_file_that_is_no_gzip_names_the_file(tmp_path):
    folder = _data_folder(tmp_path)
    (folder / bounder.TEXT_FILE).write_text("feature\tapart\tjoin\n", encoding="utf-8")
    want = r"bounder-text\.tsv\.gz: the learned bounder's weights cannot be read .*train_bounder"
    with cuedata.bind(CueData(folder)), pytest.raises(CueDataError, match=want):
        bounder.models()


def test_compressed_weights_are_written_the_same_bytes_each_time(tmp_path):
    """No time stamp in the gzip header: a retrain of the same weights changes no byte."""
    from kg.nlp.entities.typer.model import read

    a, b = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    write_text(a, JOIN_WEIGHTS)
    write_text(b, JOIN_WEIGHTS)
    assert a.read_bytes() == b.read_bytes() and a.read_bytes()[:2] == b"\x1f\x8b"
    assert read(a).classes == ("apart", "join")


def test_a_title_the_rules_left_out_before_a_persons_name_is_never_joined():
    """A title or an honorific right before a person's name (no connector) is no part of the
    name by the gold's convention, so the stage asks the model nothing there: the retrained
    weights joined a Burmese honorific at 0.504, just over the floor."""
    text = "said Ko Dorra Lin Aung, a driver, and Mayor Ana Kelvo of the Kelvo Union."
    cues = Cues()
    person = _piece(text, "Dorra Lin Aung", "person")
    ko = Join(Side(text.index("Ko "), text.index("Ko ") + 2), Side(person.begin, person.end, person))
    assert bounder._title_before_person(text, ko, cues)
    mayor_person = _piece(text, "Ana Kelvo", "person")
    mayor = Join(Side(text.index("Mayor"), text.index("Mayor") + 5),
                 Side(mayor_person.begin, mayor_person.end, mayor_person))
    assert bounder._title_before_person(text, mayor, cues)
    # a body after the same word, or a connector between: the model decides
    body = _piece(text, "Kelvo Union", "organization")
    of = Join(Side(mayor_person.begin, mayor_person.end, mayor_person),
              Side(body.begin, body.end, body), "of", "the")
    assert not bounder._title_before_person(text, of, cues)
    assert not bounder._title_before_person(
        text, Join(ko.left, Side(person.begin, person.end, _piece(text, "Dorra Lin Aung"))), cues)
    # before one word the model decides: a peer's one name, a firm opening on a title's word
    text = "Shoppers at King Dorrers walked out with Lord Kelvane."
    for title, name in (("King", "Dorrers"), ("Lord", "Kelvane")):
        one = _piece(text, name, "person")
        at = text.index(title)
        assert not bounder._title_before_person(
            text, Join(Side(at, at + len(title)), Side(one.begin, one.end, one)), cues)
