"""bench/quality/typer_audit.py: every name the learned typer retyped, against the gold.

The sums are tested on changes written here; the reading of the pipeline on set A (the first
twenty articles, seen by every engineer), whose changes must agree with what the full pipeline
writes and whose sums must count every change once."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load():
    path = ROOT / "bench" / "quality" / "typer_audit.py"
    spec = importlib.util.spec_from_file_location("typer_audit", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["typer_audit"] = mod
    spec.loader.exec_module(mod)
    return mod


audit = _load()


def _change(rules: str, typer: str, gold: str | None, p: float = 0.95, head_kind: str | None = None):
    return audit.Change("a", "x", "Dunmore Brewers", rules, typer, p, gold, "Brewers", head_kind)


@pytest.mark.parametrize("rules, typer, gold, outcome", [
    ("Thing", "Person", "Person", "Thing→right"),
    ("Thing", "Place", "Person", "Thing→wrong"),
    ("Organization", "Place", "Organization", "right→wrong"),
    ("Organization", "Place", "Place", "wrong→right"),
    ("Person", "Place", "Organization", "wrong→wrong"),
    ("Person", "Place", None, "→optional"),
])
def test_each_change_is_named_by_what_it_did(rules, typer, gold, outcome):
    assert _change(rules, typer, gold).outcome == outcome


def test_a_name_the_gold_lists_untyped_is_optional_not_extra():
    c = _change("Thing", "Place", None)
    c.listed = False
    assert c.outcome == "→extra"
    c.listed = True
    assert c.outcome == "→optional"


@pytest.mark.parametrize("p, band", [(0.7, "≥0.7"), (0.899, "≥0.85"), (0.84, "≥0.8"), (0.55, "≥0.5"),
                                     (0.9, "≥0.9"), (0.97, "≥0.95"),
                                     (0.995, "≥0.99")])
def test_a_probability_falls_in_the_band_of_its_lower_bound(p, band):
    assert _change("Thing", "Person", "Person", p).band == band


def test_the_sums_count_by_pair_band_and_head():
    changes = [_change("Organization", "Place", "Organization", 0.97, "Organization"),
               _change("Organization", "Place", "Place", 0.92),
               _change("Thing", "Person", "Person", 0.75)]
    s = audit.sums(changes)
    assert s["outcome"] == {"right→wrong": 1, "wrong→right": 1, "Thing→right": 1}
    assert s["pair"][("Organization→Place", "right→wrong")] == 1
    assert s["band"][("overrule ≥0.95", "right→wrong")] == 1
    assert s["band"][("from Thing ≥0.7", "Thing→right")] == 1
    assert s["head"] == {("Organization→Place head says Organization", "right→wrong"): 1}
    text = audit.render(changes)
    assert "changes: 3" in text and "Organization→Place" in text


def test_a_range_of_sets_is_spelled_in_the_harness_order():
    sets = audit._set_range(["a-c", "e"])
    assert sets == ["a", "b", "c", "e"]
    with pytest.raises(SystemExit, match="no such set"):
        audit._set_range(["zzz"])


def test_set_a_audit_lists_what_the_pipeline_retyped():
    """Each change of set A is one the full pipeline made: a name of the typer's class that the
    annotations record with the probability the audit gives, and its class changed."""
    from kg.nlp import annotate
    from kg.reader import read_article

    changes = audit.audit_set("a")
    assert changes, "set A has names the typer retypes"
    articles, _ = audit.SETS["a"]
    for c in changes:
        assert c.rules != c.typer and c.probability >= 0.7
        doc = annotate(read_article(articles / f"{c.article}.txt"))
        typed = {doc.annotations.entities[k].label: p for k, p in doc.annotations.typed.items()}
        assert typed.get(c.label) == c.probability
    assert sum(audit.sums(changes)["outcome"].values()) == len(changes)


def _name(set_name: str, label: str, rules: str, feats: set[str], gold: str | None, may: bool = True):
    return audit.Name(set_name, "x", label, rules, may, frozenset(feats), gold, gold is not None,
                      label.split()[-1], None)


def test_crossval_asks_each_fold_of_a_model_trained_without_it():
    """Two folds (sets a, b; c, d): a name is typed by the model of the other fold's gold; a name
    the stage may not touch, or whose best class is the rules' kind, is no change."""
    names = []
    for s in ("a", "b", "c", "d"):
        names += [_name(s, f"Dunmore Brewers {s}{i}", "thing", {"w=brewers", f"x={s}{i}"},
                        "Organization") for i in range(4)]
        names += [_name(s, f"Ilsa Varrow {s}{i}", "thing", {"p1=said", f"y={s}{i}"}, "Person")
                  for i in range(4)]
    names += [_name("a", "Tarrow Brewers", "organization", {"w=brewers"}, "Organization"),  # already right
              _name("c", "Kelvo Brewers", "place", {"w=brewers"}, "Organization"),
              _name("d", "Dorrow Brewers", "place", {"w=brewers"}, None, may=False)]  # the registry's
    changes = audit.crossval(names, 2, 10.0)
    by_label = {c.label: c for c in changes}
    assert "Tarrow Brewers" not in by_label and "Dorrow Brewers" not in by_label
    kelvo = by_label["Kelvo Brewers"]
    assert (kelvo.rules, kelvo.typer, kelvo.outcome) == ("Place", "Organization", "wrong→right")
    ilsa = by_label["Ilsa Varrow c0"]
    assert (ilsa.typer, ilsa.outcome) == ("Person", "Thing→right")
    assert len(changes) == 1 + 32
