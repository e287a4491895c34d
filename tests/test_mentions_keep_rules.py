"""A registry form's keep rules as a declared chain (branch rev15): kg.nlp.entities.mentions.keep
`KEEP_RULES`, each rule a function of one kg.nlp.entities.mentions.query `MentionQuery` that says
whether the shape it reads drops the match, asked in order, the first that holds dropping it.
`KG_TRACE_MENTIONS=1` logs which rule dropped each match and changes nothing found. The stage
is a package split by task; its public names still import from kg.nlp.entities.mentions.
Made-up sentences only."""

from __future__ import annotations

import inspect
import logging

from nlp_support import found, names_article
from rules_support import declared_rules

from kg.nlp.entities import mentions
from kg.nlp.entities.mentions import (
    compasssites,
    compasstowns,
    context,
    eventplaces,
    find,
    givensurnames,
    gluedacronyms,
    initialedsurnames,
    keep,
    ledbodies,
    nationalsocieties,
    officeof,
    overlaps,
    particlesurnames,
    partycreeds,
    placesurnames,
    provinces,
    subjects,
)
from kg.nlp.entities.mentions.context import MentionContext
from kg.nlp.entities.mentions.query import MentionQuery
from kg.nlp.entities.registry.surface import Match

PREFIXED = "Miners from Mt. Lebanon joined the picket line in Ohio."
QUALIFIED = "The dockers recalled how Nazi Germany jailed unionists; Germany today jails fewer."
ARM = "Workers at KLV Canada struck on Monday, and workers in Canada backed them."


def test_the_public_names_import_from_the_package():
    assert mentions.form_index is context.form_index
    assert mentions.resolve is overlaps.resolve
    assert mentions.main_subjects is subjects.main_subjects
    assert callable(mentions.annotate) and set(mentions.__all__) == {
        "annotate", "form_index", "main_subjects", "resolve"}


def test_every_rule_is_declared_once_with_its_reason():
    rules = keep.KEEP_RULES
    names = [r.__name__ for r in rules]
    assert len(names) == len(set(names)) >= 20
    assert all(r.__doc__ and len(r.__doc__) > 40 for r in rules)
    assert all(list(inspect.signature(r).parameters) == ["q"] for r in rules)
    # the module holds its public rules in the chain's order, and none is left out of it; a rule
    # of its own module (ent87's `gluedacronyms`, ent98's `officeof`, ent103's `compasstowns`,
    # ent105's `initialedsurnames` and `partycreeds`, ent117's `givensurnames`, ent116's
    # `ledbodies` and `provinces`, ent123's `compasssites` and `eventplaces`, the lead's
    # `placesurnames`, ent132's `particlesurnames`, passN44's `nationalsocieties`) takes its place
    # in the chain by name
    own = [gluedacronyms, officeof, compasstowns, initialedsurnames, partycreeds, givensurnames,
           ledbodies, provinces, compasssites, eventplaces, placesurnames, particlesurnames,
           nationalsocieties]
    assert tuple(declared_rules(keep, "q")) == tuple(
        r for r in rules if not any(r in declared_rules(m, "q") for m in own))
    assert all(r.__module__ in {keep.__name__} | {m.__name__ for m in own} for r in rules)
    # the form's own edges first, the glue to a name before it last
    assert names[0] == "cut_at_end" and names[-1] == "another_body_of_that_name"
    assert names.index("strict_form_glued") < names.index("after_place_prefix") \
        < names.index("in_signed_name") < names.index("firms_national_arm")


def _query(registry, sentence: str, surface: str, nth: int = 0) -> MentionQuery:
    """The query of the `nth` registry match of `surface` in a one-paragraph article."""
    doc = names_article(sentence)
    cx = MentionContext(doc, registry)
    for r in cx.regions:
        for b, e, form in cx.index.candidates(cx.text, r.begin, r.end):
            if cx.text[b:e] == surface and b >= doc.paragraphs[0].span.begin:
                if nth == 0:
                    return MentionQuery(cx, Match(b, e, form.entry, form.alias, "name"), r)
                nth -= 1
    raise AssertionError(f"no match of {surface!r}")


def test_a_rule_reads_its_shape_alone(registry):
    assert keep.after_place_prefix(_query(registry, PREFIXED, "Lebanon"))
    assert not keep.after_place_prefix(_query(registry, PREFIXED, "Ohio"))
    assert keep.qualified_state(_query(registry, QUALIFIED, "Germany"))
    assert not keep.qualified_state(_query(registry, QUALIFIED, "Germany", 1))


def test_the_chain_drops_what_a_rule_holds_for(registry, monkeypatch):
    assert "Lebanon" not in dict(found(registry, PREFIXED))
    assert "Ohio" in dict(found(registry, PREFIXED))
    rules = tuple(r for r in keep.KEEP_RULES if r is not keep.after_place_prefix)
    monkeypatch.setattr(keep, "KEEP_RULES", rules)
    assert dict(found(registry, PREFIXED))["Lebanon"] == "country/lebanon"


def test_the_first_rule_that_holds_drops_and_the_rest_are_not_asked(registry, monkeypatch):
    asked: list[str] = []

    def drop_ohio(q: MentionQuery) -> bool:
        """Drops every "Ohio" (a test's rule)."""
        return q.text[q.m.begin:q.m.end] == "Ohio"

    def spy(q: MentionQuery) -> bool:
        """Records what it is asked about and drops nothing (a test's rule)."""
        asked.append(q.text[q.m.begin:q.m.end])
        return False

    monkeypatch.setattr(keep, "KEEP_RULES", (drop_ohio, spy))
    hits = dict(found(registry, PREFIXED))
    assert "Ohio" not in asked  # dropped by the first rule (new-name discovery may find it again)
    assert hits["Lebanon"] == "country/lebanon" and "Lebanon" in asked  # no rule left drops it


def test_a_firms_national_arm_is_recorded_for_the_finder(registry):
    q = _query(registry, ARM, "Canada")
    assert keep.firms_national_arm(q)
    assert q.cx.firm_arms == {(q.text.index("KLV Canada"), q.text.index("KLV Canada") + len("KLV Canada"))}
    later = _query(registry, ARM, "Canada", 1)  # "in Canada": no initials before it
    assert not keep.firms_national_arm(later) and later.cx.firm_arms == set()
    arm = find.new_names(q.cx, [])[1]
    assert [(n.label, n.kind) for n in arm if n.label == "KLV Canada"] == [("KLV Canada", "organization")]


def test_a_firms_national_arm_in_brackets_begins_at_its_initials(registry):
    """"(KLV Canada)": the bracket before the initials is no part of the arm's name."""
    q = _query(registry, "Dorrow Freight (KLV Canada) struck on Monday.", "Canada")
    assert keep.firms_national_arm(q)
    start = q.text.index("KLV Canada")
    assert q.cx.firm_arms == {(start, start + len("KLV Canada"))}
    arm = find.new_names(q.cx, [])[1]
    assert [n.label for n in arm if "KLV" in n.label] == ["KLV Canada"]


def test_the_trace_names_the_rule_that_dropped_a_match(registry, monkeypatch, caplog):
    logger = "kg.nlp.entities.mentions"
    monkeypatch.delenv("KG_TRACE_MENTIONS", raising=False)
    with caplog.at_level(logging.DEBUG, logger=logger):
        plain = found(registry, PREFIXED, QUALIFIED)
        assert not [r for r in caplog.records if r.name == logger]  # off: nothing logged
        monkeypatch.setenv("KG_TRACE_MENTIONS", "1")
        assert found(registry, PREFIXED, QUALIFIED) == plain  # tracing changes nothing found
    messages = [r.getMessage() for r in caplog.records if r.name == logger]
    assert any(m.startswith("keep: after_place_prefix dropped 'Lebanon'") for m in messages)
    assert any(m.startswith("keep: qualified_state dropped 'Germany'") for m in messages)
    assert not any("'Ohio'" in m for m in messages)
