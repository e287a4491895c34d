"""A quotation's speaker as a declared chain of rules (branch rev13): kg.nlp.quotations.speakerrules
`QUOTE_RULES`, each a function of one kg.nlp.quotations.attribution `Attribution`, tried in order
until one gives a speaker or a work; then a footnote's or reference's work. `KG_TRACE_QUOTES=1`
logs which rules attributed each quotation and changes nothing found. Made-up sentences only."""

from __future__ import annotations

import logging

import pytest
from nlp_support import article
from nlp_support import speakers_by_opening as speakers
from rules_support import declared_rules

from kg.annotations import Agent
from kg.nlp.quotations import anykindname, invertedsaid, quotes, speakerrules
from kg.nlp.quotations.attribution import Attribution
from kg.nlp.stages import annotate

SAID_AFTER = "“We will not sign a contract that splits us,” said Ana Kelvey, a packer at the plant."
NEARBY = "Tomas Ruelberg, a welder, joined the picket line. “Before the strike nobody listened to us.”"
LOGGER = "kg.nlp.quotations.quotes"


@pytest.fixture(scope="module")
def doc():
    return annotate(article(SAID_AFTER, NEARBY))


def _speakers_again(doc) -> dict[str, list]:
    """The speakers after the quotation stage runs again on the annotated article."""
    return speakers(quotes.annotate(doc))


def test_every_rule_is_declared_once_with_its_shape():
    rules = speakerrules.QUOTE_RULES
    names = [r.__name__ for r in rules]
    assert len(names) == len(set(names)) >= 20
    assert all(r.__doc__ for r in rules)
    # the module holds the rules in the chain's order, and none is left out of it (a public
    # function of one Attribution); a rule of its own module (ent87's `invertedsaid`) takes its
    # place in the chain by name, as does qs6's `anykindname`
    own = [invertedsaid, anykindname]
    assert tuple(declared_rules(speakerrules, "a")) == tuple(
        r for r in rules if not any(r in declared_rules(m, "a") for m in own))
    assert all(r.__module__ in {speakerrules.__name__} | {m.__name__ for m in own} for r in rules)
    # a thing carrying the words first (rdr46: no rule after it gives them a speaker), then the
    # verbs after the mark, the phrase they name before the rules without a verb, the sentences
    # around it last
    assert names[:2] == ["carried_words_before", "verb_and_name_after"] and names[-1] == "nearby"
    assert names.index("verb_before") < names.index("said_phrase") < names.index("according_to") \
        < names.index("quoted_earlier") < names.index("continued_alone")


def test_the_chain_runs_from_its_tuple(doc, monkeypatch):
    assert _speakers_again(doc)["Before the strike no"] == ["Tomas Ruelberg"]
    monkeypatch.setattr(speakerrules, "QUOTE_RULES",
                        tuple(r for r in speakerrules.QUOTE_RULES if r is not speakerrules.nearby))
    got = _speakers_again(doc)
    assert got["Before the strike no"] == []
    assert got["We will not sign a c"] == ["Ana Kelvey"]


def test_the_first_rule_that_gives_a_speaker_settles_it(doc, monkeypatch):
    def a_made_up_voice(a: Attribution) -> None:
        a.speakers = [Agent("unidentified", "a voice")]

    monkeypatch.setattr(speakerrules, "QUOTE_RULES", (a_made_up_voice, *speakerrules.QUOTE_RULES))
    got = _speakers_again(doc)
    assert got["We will not sign a c"] == got["Before the strike no"] == ["a voice"]


def test_the_trace_names_the_rules_and_changes_nothing(doc, monkeypatch, caplog):
    monkeypatch.delenv("KG_TRACE_QUOTES", raising=False)
    with caplog.at_level(logging.DEBUG, logger=LOGGER):
        plain = _speakers_again(doc)
        assert not [r for r in caplog.records if r.name == LOGGER]  # off: nothing logged
        monkeypatch.setenv("KG_TRACE_QUOTES", "1")
        assert _speakers_again(doc) == plain
    said = [r.getMessage() for r in caplog.records if r.name == LOGGER]
    assert any(m.startswith("quotes: verb_and_name_after+said_phrase gave 'We will not sign")
               for m in said), said
    assert any(m.startswith("quotes: nearby gave 'Before the strike") for m in said), said
