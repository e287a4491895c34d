"""bench/ner_fallback.py: the agreement rules of the measured fallback typer, on constructed model
output (no spaCy needed), and that the stage goes in after the rules' entity stage."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from kg.annotations import Entity, Mention
from kg.model import Span

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("ner_fallback", ROOT / "bench" / "ner_fallback.py")
nf = importlib.util.module_from_spec(spec)
sys.modules["ner_fallback"] = nf
spec.loader.exec_module(nf)

TEXT = "Workers at the Kelvane Mills plant met Dana Ortiz. Later Kelvane Mills said Ortiz spoke."
KELVANE = (TEXT.index("Kelvane"), TEXT.index("Kelvane") + len("Kelvane Mills"))
KELVANE2 = (TEXT.rindex("Kelvane"), TEXT.rindex("Kelvane") + len("Kelvane Mills"))
ORTIZ = (TEXT.index("Dana"), TEXT.index("Dana") + len("Dana Ortiz"))
ORTIZ2 = (TEXT.rindex("Ortiz"), TEXT.rindex("Ortiz") + len("Ortiz"))


def me(span: tuple[int, int], label: str) -> nf.ModelEntity:
    return nf.ModelEntity(span[0], span[1], label)


def doc(entities: dict[str, tuple[str, list[tuple[int, int]], bool]]) -> SimpleNamespace:
    ents = {k: Entity(key=k, label=label, kind=k.split("/")[0], known=known)
            for k, (label, _, known) in entities.items()}
    mentions = sorted((Mention(Span(*s), k) for k, (_, spans, _) in entities.items() for s in spans),
                      key=lambda m: m.span.begin)
    return SimpleNamespace(text=TEXT, annotations=SimpleNamespace(entities=ents, mentions=mentions))


def test_aligned_exact_or_after_the():
    the = (TEXT.index("the Kelvane"), KELVANE[1])
    assert nf.aligned(TEXT, me(KELVANE, "ORG"), *KELVANE)
    assert nf.aligned(TEXT, me(the, "ORG"), *KELVANE)  # "the Kelvane Mills"
    assert not nf.aligned(TEXT, me((KELVANE[0], KELVANE[1] + 6), "ORG"), *KELVANE)  # runs past it
    assert not nf.aligned(TEXT, me((KELVANE[0] + 8, KELVANE[1]), "ORG"), *KELVANE)  # a piece


def test_vote_needs_agreement():
    assert nf.vote(TEXT, [KELVANE], [me(KELVANE, "ORG")]) == "organization"
    assert nf.vote(TEXT, [KELVANE, KELVANE2], [me(KELVANE, "ORG"), me(KELVANE2, "GPE")]) is None
    assert nf.vote(TEXT, [KELVANE], [me(KELVANE, "NORP")]) is None  # an unmapped label: no type
    partial = me((KELVANE[0], KELVANE[0] + 7), "ORG")
    assert nf.vote(TEXT, [KELVANE], [partial]) is None  # overlaps, not aligned: no vote
    assert nf.vote(TEXT, [ORTIZ2], [me(ORTIZ2, "PERSON")], needed=2) is None
    assert nf.vote(TEXT, [ORTIZ, ORTIZ2], [me(ORTIZ, "PERSON"), me(ORTIZ2, "PERSON")], needed=2) == "person"


def test_retype_only_untyped_new_names():
    d = doc({"thing/kelvane-mills": ("Kelvane Mills", [KELVANE, KELVANE2], False),
             "thing/ortiz": ("Ortiz", [ORTIZ2], False),  # one word, one vote: stays a thing
             "person/dana-ortiz": ("Dana Ortiz", [ORTIZ], False)})
    found = [me(KELVANE, "ORG"), me(ORTIZ, "ORG"), me(ORTIZ2, "PERSON")]
    assert nf.retype(d, found) == {"thing/kelvane-mills": "organization/kelvane-mills"}
    ents = d.annotations.entities
    assert ents["organization/kelvane-mills"].kind == "organization"
    assert ents["person/dana-ortiz"].kind == "person"  # a type the rules gave is kept
    assert ents["thing/ortiz"].kind == "thing"
    assert {m.entity for m in d.annotations.mentions} == set(ents)
    one = doc({"thing/ortiz": ("Ortiz", [ORTIZ2], False)})
    assert nf.retype(one, [me(ORTIZ2, "PERSON")], one_word_votes=1) == {"thing/ortiz": "person/ortiz"}
    known = doc({"thing/kelvane-mills": ("Kelvane Mills", [KELVANE], True)})  # the registry's
    assert nf.retype(known, [me(KELVANE, "ORG")]) == {}


def test_stage_goes_after_the_entities(monkeypatch):
    from kg.nlp import stages

    monkeypatch.setattr(stages, "STAGES", stages.STAGES)
    monkeypatch.setattr(stages, "NAMES", stages.NAMES)
    monkeypatch.setattr(nf, "load_model", lambda: None)
    with pytest.raises(SystemExit, match="no spaCy pipeline"):
        nf.insert_stage("type")
    monkeypatch.setattr(nf, "load_model", lambda: object())
    nf.insert_stage("type")
    assert stages.NAMES[stages.NAMES.index("entities") + 1] == "model-typing"
    stages.check_order(stages.STAGES)


def test_add_names_only_in_prose_and_where_no_mention_is():
    from nlp_support import article

    para = "Pickets from the Harmon Valley Co-op joined. Harmon Valley Co-op members and Tel spoke."
    d = article(para)
    begin = d.text.index(para)
    coop = [begin + i for i in (para.index("Harmon"), para.rindex("Harmon"))]
    tel = begin + para.index("Tel ")
    head = d.text.index("A test article")
    found = [nf.ModelEntity(b, b + len("Harmon Valley Co-op"), "ORG") for b in coop]
    found += [nf.ModelEntity(tel, tel + 3, "PERSON"),  # one word, once: not added
              nf.ModelEntity(head, head + 6, "ORG")]  # in the headline, not prose: not added
    assert nf.add_names(d, found) == ["organization/harmon-valley-co-op"]
    assert [(m.span.begin, m.entity) for m in d.annotations.mentions] == \
        [(b, "organization/harmon-valley-co-op") for b in coop]
    assert nf.add_names(d, found) == []  # overlaps what is there now


@pytest.mark.parametrize("argv", [["quality", "--set", "e"], ["quality", "--set=F"]])
def test_later_sets_are_refused(argv):
    with pytest.raises(SystemExit, match="held out"):
        nf.main(argv)
