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


@pytest.mark.parametrize("argv", [["quality", "--set", "j"], ["quality", "--set=J"]])
def test_later_sets_are_refused(argv):
    with pytest.raises(SystemExit, match="held out"):
        nf.main(argv)


# -- `--mode bounds`: the pure merge / split / trim decisions on made-up sentences ---------------
def at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    b = -1
    for _ in range(nth + 1):
        b = text.index(part, b + 1)
    return b, b + len(part)


def rs(text: str, part: str, key: str = "thing/x", known: bool = False, nth: int = 0) -> nf.RuleSpan:
    return nf.RuleSpan(*at(text, part, nth), key, known)


def fe(text: str, part: str, label: str, nth: int = 0) -> nf.ModelEntity:
    return nf.ModelEntity(*at(text, part, nth), label)


def test_merge_pieces_cut_at_and_of_into_the_models_span():
    t = "Inmates sued the Kelvish Department of Prisons and Rehabilitation last week."
    pieces = [rs(t, "Kelvish Department of Prisons", "organization/a"),
              rs(t, "Rehabilitation", "organization/b")]
    found = [fe(t, "the Kelvish Department of Prisons and Rehabilitation", "ORG")]
    [ed] = nf.bound_edits(t, pieces, found)
    assert ed.kind == "merge" and ed.old == tuple(pieces)
    assert ed.new == (at(t, "Kelvish Department of Prisons and Rehabilitation") + ("organization",),)


def test_merge_adds_a_leading_word_of_port_title_or_demonym():
    t = "Dockers at the Port of Dorrow struck. Sheikh Amira Kelvan spoke of Kelvish Tarvonia."
    ms = [rs(t, "Dorrow", "city/dorrow", True), rs(t, "Amira Kelvan", "person/a"),
          rs(t, "Tarvonia", "country/tarvonia", True)]
    found = [fe(t, "the Port of Dorrow", "FAC"), fe(t, "Sheikh Amira Kelvan", "PERSON"),
             fe(t, "Kelvish Tarvonia", "GPE")]
    news = [ed.new[0][:2] for ed in nf.bound_edits(t, ms, found)]
    assert news == [at(t, "Port of Dorrow"), at(t, "Sheikh Amira Kelvan"), at(t, "Kelvish Tarvonia")]


def test_merge_two_mentions_side_by_side_and_an_abbreviations_stop():
    t = "The Dorrow National Guard met Kelv. A. Marro & Co. pickets."
    ms = [rs(t, "Dorrow", "place/dorrow", True), rs(t, "National Guard", "organization/ng", True),
          rs(t, "Kelv", "organization/kelv")]
    found = [fe(t, "The Dorrow National Guard", "ORG"), fe(t, "Kelv. A. Marro & Co.", "ORG")]
    news = [ed.new[0][:2] for ed in nf.bound_edits(t, ms, found)]
    assert news == [at(t, "Dorrow National Guard"), at(t, "Kelv. A. Marro & Co.")]


def test_merge_keeps_the_rules_where_the_model_goes_too_far():
    t = ("Troops left Kelvia and Tarvonia. “Dorrow Mills” said so.\nKelvane Steel workers and "
         "Dana Ortiz met, then Dana Ortiz. Ortiz left Dorrow, Kelvin.")
    ms = [rs(t, "Kelvia", "country/kelvia", True), rs(t, "Tarvonia", "country/tarvonia", True),
          rs(t, "Dorrow Mills"), rs(t, "Kelvane Steel"), rs(t, "Dana Ortiz", nth=0),
          rs(t, "Dana Ortiz", nth=1), rs(t, "Dorrow", nth=1), rs(t, "Kelvin", nth=0)]
    found = [fe(t, "Kelvia and Tarvonia", "GPE"),  # two registry names listed: no one name
             fe(t, "“Dorrow Mills” said", "ORG"),  # across a quotation mark (and a lower-case word)
             fe(t, "Dorrow Mills” said so.\nKelvane Steel", "ORG"),  # across a line break
             fe(t, "Kelvane Steel workers and Dana Ortiz", "ORG"),  # lower-case words
             fe(t, "Dana Ortiz. Ortiz", "PERSON", 0),  # across a sentence's end
             fe(t, "Dorrow, Kelvin", "GPE"),  # a comma
             fe(t, "Dana Ortiz", "NORP", 0)]  # a label outside BOUND_LABELS
    ends = [t.index("Ortiz. ") + len("Ortiz.")]
    assert nf.bound_edits(t, ms, found, ends) == []


def test_merge_refuses_a_shorter_or_partial_span_and_a_final_stop():
    t = "Workers at Kelvane Garment Exporters Association and Dorrow Plant struck Kelvin."
    ms = [rs(t, "Kelvane Garment Exporters Association"), rs(t, "Dorrow"),
          rs(t, "Kelvin", "city/kelvin", True)]
    found = [fe(t, "Kelvane Garment", "ORG"),  # shorter: the rules keep theirs
             fe(t, "Association and Dorrow Plant", "ORG"),  # overlaps one mention partly
             fe(t, "Kelvin.", "GPE")]  # the sentence's full stop is no part of a name
    assert nf.bound_edits(t, ms, found) == []


def test_merge_refuses_a_connector_at_an_end_a_credit_two_bodies_and_non_prose():
    t = "Pickets at Kelvane Farms and Dorrow. Militant/Dana Ortiz. Kelvane Machinists struck."
    ms = [rs(t, "Kelvane Farms"), rs(t, "Dana Ortiz"), rs(t, "Kelvane", "organization/kelvane", True, 1),
          rs(t, "Machinists", "organization/iam", True)]
    found = [fe(t, "Kelvane Farms and", "ORG"),  # ends with a connector
             fe(t, "Militant/Dana Ortiz", "PERSON"),  # a photo credit's slash
             fe(t, "Kelvane Machinists", "ORG")]  # two registry bodies side by side: two names
    assert nf.bound_edits(t, ms, found) == []
    t2 = "Sheikh Amira Kelvan spoke."
    found2 = [fe(t2, "Sheikh Amira Kelvan", "PERSON")]
    assert nf.bound_edits(t2, [rs(t2, "Amira Kelvan")], found2, prose=[]) == []  # not in prose
    assert len(nf.bound_edits(t2, [rs(t2, "Amira Kelvan")], found2, prose=[(0, len(t2))])) == 1


def test_split_two_firms_joined_by_and():
    t = "Both Kelvane Fruit and Dorrow Oil profited."
    both = rs(t, "Kelvane Fruit and Dorrow Oil", "organization/kfdo")
    found = [fe(t, "Kelvane Fruit", "ORG"), fe(t, "Dorrow Oil", "ORG")]
    [ed] = nf.bound_edits(t, [both], found)
    assert ed.kind == "split"
    assert [n[:2] for n in ed.new] == [at(t, "Kelvane Fruit"), at(t, "Dorrow Oil")]
    assert nf.bound_edits(t, [both], [fe(t, "Kelvane Fruit", "ORG"), fe(t, "Dorrow Oil", "GPE")]) == []
    known = nf.RuleSpan(both.begin, both.end, both.entity, True)  # a registry name stays whole
    assert nf.bound_edits(t, [known], found) == []
    # a head word that types the whole: one body with "and" in its name
    t2 = "Both Kelvane Docks and Dorrow Harbour Company profited."
    whole = rs(t2, "Kelvane Docks and Dorrow Harbour Company")
    found2 = [fe(t2, "Kelvane Docks", "ORG"), fe(t2, "Dorrow Harbour Company", "ORG")]
    assert len(nf.bound_edits(t2, [whole], found2)) == 1
    assert nf.bound_edits(t2, [whole], found2, typer=nf.head_kind) == []


def test_trim_a_name_glued_across_a_sentence_end():
    t = "They sold it to Kelvane Holdings Ltd. Out of work, they left."
    glued = rs(t, "Kelvane Holdings Ltd. Out")
    ends = [t.index("Ltd.") + len("Ltd.")]
    found = [fe(t, "Kelvane Holdings Ltd.", "ORG")]
    [ed] = nf.bound_edits(t, [glued], found, ends)
    assert ed.kind == "trim" and ed.new == (at(t, "Kelvane Holdings Ltd.") + ("organization",),)
    assert nf.bound_edits(t, [glued], found, []) == []  # no sentence end: nothing to trim


def test_trimmed_drops_the_and_a_possessive():
    t = "the Port of Dorrow’s cranes and the Workers’ hall"
    assert nf.trimmed(t, fe(t, "the Port of Dorrow’s", "FAC")) == at(t, "Port of Dorrow")
    assert nf.trimmed(t, fe(t, "the Workers’", "ORG")) == at(t, "Workers")


def test_apply_bounds_types_by_head_word_then_the_models_label():
    t = "Inmates sued the Kelvish Department of Prisons and Rehabilitation. Sheikh Amira Kelvan spoke."
    d = SimpleNamespace(text=t, annotations=SimpleNamespace(entities={
        "organization/kdp": Entity(key="organization/kdp", label="Kelvish Department of Prisons",
                                   kind="organization", known=False),
        "organization/rehabilitation": Entity(key="organization/rehabilitation", label="Rehabilitation",
                                              kind="organization", known=False),
        "person/amira-kelvan": Entity(key="person/amira-kelvan", label="Amira Kelvan", kind="person",
                                      known=False)}, mentions=[
        Mention(Span(*at(t, "Kelvish Department of Prisons")), "organization/kdp"),
        Mention(Span(*at(t, "Rehabilitation")), "organization/rehabilitation"),
        Mention(Span(*at(t, "Amira Kelvan")), "person/amira-kelvan")]))
    ms = [nf.RuleSpan(m.span.begin, m.span.end, m.entity) for m in d.annotations.mentions]
    found = [fe(t, "the Kelvish Department of Prisons and Rehabilitation", "GPE"),
             fe(t, "Sheikh Amira Kelvan", "PERSON")]
    heads = {"Rehabilitation": "organization"}  # a stand-in for the rules' head words
    done = nf.apply_bounds(d, nf.bound_edits(t, ms, found),
                           typer=lambda label: heads.get(label.split()[-1]))
    assert [k for k, _, _ in done] == ["merge", "merge"]
    ents = d.annotations.entities
    assert set(ents) == {"organization/kelvish-department-of-prisons-and-rehabilitation",
                         "person/sheikh-amira-kelvan"}  # the head word beat GPE; PERSON the rest
    assert [(t[m.span.begin:m.span.end], m.entity) for m in d.annotations.mentions] == [
        ("Kelvish Department of Prisons and Rehabilitation",
         "organization/kelvish-department-of-prisons-and-rehabilitation"),
        ("Sheikh Amira Kelvan", "person/sheikh-amira-kelvan")]


def test_head_kind_is_the_rules_head_word():
    assert nf.head_kind("Kelvish Workers Association") == "organization"
    assert nf.head_kind("Amira Kelvan") is None


def test_bounds_stage_goes_after_the_entities(monkeypatch):
    from kg.nlp import stages

    monkeypatch.setattr(stages, "STAGES", stages.STAGES)
    monkeypatch.setattr(stages, "NAMES", stages.NAMES)
    monkeypatch.setattr(nf, "load_model", lambda: object())
    nf.insert_stage("bounds")
    assert stages.NAMES[stages.NAMES.index("entities") + 1] == "model-bounds"
    stages.check_order(stages.STAGES)
