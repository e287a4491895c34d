"""The learned test of names (kg.nlp.entities.reject): its features, its weights file, the stage
that drops the new names it is sure are none, the shipped weights' provenance, and the script
that trains them (bench/quality/train_reject.py).

The stage's mechanics are tested with small weights written here (a model whose answer the test
knows); the trainer on an invented article and gold. Every name here is made up."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
from nlp_support import article, mention

from kg.config import DATA_DIR
from kg.nlp import annotate, cuedata
from kg.nlp.cuedata import CueData, CueDataError
from kg.nlp.entities import reject
from kg.nlp.entities.reject.features import features
from kg.nlp.entities.typer.model import read

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT / "bench" / "quality" / "train_reject.py"


def _load_train():
    sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location("train_reject", TRAIN)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_reject"] = mod
    spec.loader.exec_module(mod)
    return mod


def _spans(text: str, surface: str) -> list[tuple[int, int]]:
    out, at = [], text.find(surface)
    while at != -1:
        out.append((at, at + len(surface)))
        at = text.find(surface, at + 1)
    return out


def _features(text: str, surface: str) -> set[str]:
    with cuedata.bind(CueData()):
        return features(text, _spans(text, surface), surface)


# -- features ---------------------------------------------------------------------------------

def test_a_common_word_capitalised_by_its_place_reads_as_one():
    text = "Workers stood at the gate. The workers stayed all night in Orvane."
    f = _features(text, "Workers")
    assert {"common=all", "lower=all", "common_lower_all", "initial=all", "plural_common"} <= f
    f = _features(text, "Orvane")
    assert {"common=none", "lower=none"} <= f and "initial=all" not in f


def test_a_piece_of_a_longer_run_of_capitals_reads_as_glued():
    text = "She wrote to the Tarrow Rent Board’s Office, and to Kelvane for Better Housing."
    assert "glue_before_poss=all" in _features(text, "Office")
    assert "glue_before_join=all" in _features(text, "Better Housing")
    assert "glue_after=all" in _features("Tarrow Rent Board met.", "Tarrow")


def test_a_surname_the_text_gives_in_full_elsewhere():
    text = "Ilsa Varrow spoke first. Later Varrow said the union would win."
    alone = text.rindex("Varrow")
    with cuedata.bind(CueData()):
        assert "inside_last" in features(text, [(alone, alone + 6)], "Varrow")
        assert "inside_last" not in features("Later Varrow said so.", [(6, 12)], "Varrow")


def test_a_heading_line_and_a_quoted_slogan():
    text = "Remembering Dorrow Falls\nThe town was built by miners, she said.\n" \
           "They chanted “Bread and Roses” at the gate."
    assert "heading=all" in _features(text, "Remembering Dorrow Falls")
    assert "quoted=all" in _features(text, "Bread and Roses")


def test_features_do_not_depend_on_the_call_order():
    text = "Pickets stood at the gate of Tarrow Mills. The pickets stayed."
    a = _features(text, "Pickets")
    _features(text, "Tarrow Mills")
    assert _features(text, "Pickets") == a


# -- the weights file -------------------------------------------------------------------------

WEIGHTS = """# test weights
# sets: a b
# held out: dz
feature\tname\tnone
__bias__\t0\t-3
common_lower_all\t0\t10
given_first\t0\t-5
"""


def test_a_file_without_the_class_none_is_an_error_naming_it(tmp_path):
    folder = tmp_path / "nlp"
    shutil.copytree(DATA_DIR / "nlp", folder)
    (folder / "reject.tsv").write_text("feature\tname\tother\n__bias__\t0\t0\n", encoding="utf-8")
    with cuedata.bind(CueData(folder)), pytest.raises(CueDataError, match=r"reject.tsv: no class 'none'"):
        reject.model()


def test_missing_weights_say_what_writes_them(tmp_path):
    with pytest.raises(CueDataError, match=r"reject.tsv: the learned test of names' weights are "
                                           r"missing .*train_reject"):
        read(tmp_path / "reject.tsv", "the learned test of names' weights", "bench/quality/train_reject.py")


def test_a_broken_row_names_the_file_and_line(tmp_path):
    path = tmp_path / "reject.tsv"
    path.write_text("feature\tname\tnone\n__bias__\t0\t0\nw=x\t1\n", encoding="utf-8")
    with pytest.raises(CueDataError, match=r"reject.tsv:3: 1 weights for 2 classes"):
        read(path)


# -- the stage ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def test_weights(tmp_path_factory):
    """A data folder whose reject weights are WEIGHTS (every other cue file the package's)."""
    folder = tmp_path_factory.mktemp("nlp") / "nlp"
    shutil.copytree(DATA_DIR / "nlp", folder)
    shutil.copytree(DATA_DIR / "reader", folder.parent / "reader")  # the cue words read both
    (folder / "reject.tsv").write_text(WEIGHTS, encoding="utf-8")
    return CueData(folder)


def _new(doc, surface: str, kind: str) -> str:
    key = mention(doc, surface, surface, kind)
    doc.annotations.entities[key].known = False
    return key


def _rejected(doc, weights: CueData):
    """The document's annotations after the stage, run with these weights."""
    with cuedata.bind(weights):
        reject.annotate(doc)
    return doc.annotations


def _doc():
    return article("Workers marched to the mill, said Ilsa Varrow, a weaver. The workers sang.",
                   "Later the workers met Tomasz Dorrowby in Kelvane.")


def test_the_stage_drops_a_capitalised_common_word_and_its_mentions(test_weights):
    doc = _doc()
    workers = _new(doc, "Workers", "organization")
    ilsa = _new(doc, "Ilsa Varrow", "person")
    ann = _rejected(doc, test_weights)
    assert workers not in ann.entities and ilsa in ann.entities
    assert {m.entity for m in ann.mentions} == {ilsa}
    assert list(ann.rejected) == ["Workers"] and ann.rejected["Workers"] > 0.99


def test_the_stage_never_drops_a_registry_name(test_weights):
    doc = _doc()
    known = mention(doc, "Workers", "Workers", "organization")  # the registry's: curated
    ann = _rejected(doc, test_weights)
    assert list(ann.entities) == [known] and ann.rejected == {}


def test_a_name_a_gazetteer_or_cue_vouches_for_is_kept(test_weights, monkeypatch):
    """An unknown person's name opening with a given name, and a body's name closed by its head
    word, are kept however sure the model is (here every name scores 0.999 none)."""
    from kg.nlp.entities.reject import features as feats

    doc = article("Tomasz Dorrowby spoke for the Kelvane Tenants Committee on Monday.")
    person = _new(doc, "Tomasz Dorrowby", "person")
    body = _new(doc, "Kelvane Tenants Committee", "organization")
    monkeypatch.setattr(reject, "features", lambda *a: feats.features(*a) | {"common_lower_all"})
    assert set(_rejected(doc, test_weights).entities) == {person, body}


def test_a_name_below_the_floor_is_kept(test_weights):
    doc = _doc()
    key = _new(doc, "Kelvane", "place")  # no weight fires: 0.05 none, below the floor
    assert list(_rejected(doc, test_weights).entities) == [key]


def test_the_stage_runs_right_after_the_typer_and_its_drops_are_gone():
    from kg.nlp.stages import STAGES

    order = [s.name for s in STAGES]
    assert order.index("types") + 1 == order.index("rejects") < order.index("scopes")
    doc = annotate(article("Workers at Dunmore Brewers struck, said Ilsa Varrow, a driver."))
    labels = {e.label for e in doc.annotations.entities.values()}
    assert isinstance(doc.annotations.rejected, dict) and not set(doc.annotations.rejected) & labels


# -- the shipped weights ------------------------------------------------------------------------

def test_the_shipped_weights_say_how_they_were_trained():
    """Never the measuring sets; the trainer's command; the two classes; a small file. Sets
    that join `MEASURING` after the weights were trained (as EF–EK once did) were never trained
    on either, so the header's held-out list may be a part of today's, as the typer's test reads it."""
    path = DATA_DIR / "nlp" / "reject.tsv"
    m, measuring = read(path), set(_load_train().MEASURING)
    header = {k: m.header_value(k) or "" for k in ("sets", "held out", "trained by")}
    assert header["sets"] and not set(header["sets"].split()) & measuring
    assert set(header["held out"].split()) <= measuring
    assert header["trained by"].startswith("python bench/quality/train_reject.py")
    assert m.classes == ("name", "none") and len(m.weights) > 100
    assert path.stat().st_size < 2_000_000


def test_the_shipped_weights_tell_a_cut_piece_from_a_name():
    """On invented text: the trailing words of a body's name cut after "for" read as none far
    more than the body's whole name, which reads as a name."""
    with cuedata.bind(CueData()):
        m = reject.model()
        text = ("Tenants of Kelvane for Better Housing marched on Monday. Kelvane for Better "
                "Housing wants repairs, said Ilsa Varrow, a nurse.")
        piece = text.index("Better Housing")
        p_piece = m.probabilities(features(text, [(piece, piece + 14)], "Better Housing"))["none"]
        name = _spans(text, "Ilsa Varrow")
        p_name = m.probabilities(features(text, name, "Ilsa Varrow"))["none"]
    assert p_name < 0.5 < p_piece


# -- training -----------------------------------------------------------------------------------

def _gold(entities: dict[str, str], optional: dict | None = None):
    from bench.quality.run import Gold

    structure = {"headline": "A strike", "kicker": None, "label": None, "bylines": ["Mary Martin"],
                 "dateline": None}
    return Gold("test", structure, [], entities, optional or {}, [])


def _synthetic():
    """An invented article annotated by the rules and the typer, and its gold."""
    doc = annotate(article(
        "Pickets marched to the Dorrow Rivet plant, said Ilsa Varrow, a member of the Kelvane "
        "Tenants for Better Housing. The pickets sang. Solidarity was strong."),
        only=("entities", "types"))
    gold = _gold({"Dorrow Rivet": "Organization", "Ilsa Varrow": "Person",
                  "Kelvane Tenants for Better Housing": "Organization"})
    return doc, gold


def test_the_trainer_reads_documents_as_the_stage_meets_them(tmp_path, monkeypatch):
    """Every stage the pipeline runs before `rejects`: the rules, the learned bounder's joins and
    the typer, so the spans it learns from are those the stage is handed; the typer is run apart
    on the documents kept (`--cache`, shared with the typer's trainer), so a cache made before
    the typer was trained again still serves."""
    import kg.nlp
    import kg.reader
    from kg.nlp.stages import NAMES

    train = _load_train()
    (tmp_path / "one.txt").write_text("Ilsa Varrow spoke.", encoding="utf-8")
    asked = []

    def annotate_(doc, resources=None, only=None):
        asked.append(tuple(only))
        return doc

    monkeypatch.setattr(kg.nlp, "annotate", annotate_)
    monkeypatch.setattr(kg.reader, "read_article", lambda path: article("Ilsa Varrow spoke."))
    monkeypatch.setattr(train, "load_gold", lambda path: None)
    monkeypatch.setattr(train, "SETS", {"t": (tmp_path, tmp_path)})
    cache = tmp_path / "cache"
    for _ in range(2):
        assert [s for s, _, _ in train.documents(["t"], cache)] == ["t"]
    before = NAMES[:NAMES.index("types")]
    assert "bounds" in before
    # annotated once up to the typer, then kept; the typer runs on each reading
    assert asked == [before, ("types",), ("types",)]
    assert before + ("types",) == NAMES[:NAMES.index("rejects")]
    assert (cache / "t" / "one.pkl").exists()


def test_the_trainer_labels_names_runs_and_pieces_by_the_gold():
    train = _load_train()
    doc, gold = _synthetic()
    with cuedata.bind(CueData()):
        rows = list(train.rows(doc, gold))
    by = {(m["source"], m["label"]): cls for _, cls, m in rows}
    assert by[("rules", "Ilsa Varrow")] == "name"
    assert by.get(("text", "Pickets"), by.get(("rules", "Pickets"))) == "none"
    assert by.get(("text", "Solidarity"), by.get(("rules", "Solidarity"))) == "none"
    assert by[("piece", "Better Housing")] == "none"
    assert by[("piece", "Kelvane Tenants")] == "none"
    assert ("piece", "Ilsa") not in by  # a person's name is not cut into pieces


def test_training_is_deterministic_and_writes_weights_the_stage_reads(tmp_path):
    pytest.importorskip("sklearn")
    train = _load_train()
    doc, gold = _synthetic()
    with cuedata.bind(CueData()):
        rows = list(train.rows(doc, gold)) * 3
    feats, classes = [f for f, _, _ in rows], [c for _, c, _ in rows]
    weights = [train.weight(m, 0.1) for *_, m in rows]
    out = []
    for k in (1, 2):
        vec, fitted = train.fit(feats, classes, 1.0, weights=weights)
        path = tmp_path / f"reject{k}.tsv"
        train.write(path, vec, fitted, train.Counter(classes), ["a"], ["--sets", "a"],
                    title=train.TITLE, script="train_reject.py")
        out.append(path.read_bytes())
    assert out[0] == out[1]
    m = read(tmp_path / "reject1.tsv")
    assert m.classes == ("name", "none") and m.weights
    assert m.header_value("trained by") == "python bench/quality/train_reject.py --sets a"
    # the reader's softmax of the written columns is scikit-learn's probability
    f = feats[0]
    want = fitted.predict_proba(vec.transform([dict.fromkeys(f, 1)]))[0][list(fitted.classes_).index("none")]
    assert abs(m.probabilities(f)["none"] - want) < 0.01
