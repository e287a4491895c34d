"""`absorbed_in` (kg/nlp/entities/spans/runs.py): a part of a run keeps only the registry
matches that lie inside it. A match in words the part no longer holds is a mention of its own
again, not one riding with a name it is no part of; a match inside the part stays absorbed. The
span steps that keep a part of a run (a sentence's opener cut off, an acronym parted from the
name after "and", a name's words after an address, a machine's model after a place) all ask it,
as `cut_run` and `rest_run` do. Every sentence is made up for these tests."""

from __future__ import annotations

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.registry import Entry
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.openers import drop_initial_role, drop_sentence_opener
from kg.nlp.entities.spans.placemodels import place_before_model
from kg.nlp.entities.spans.runs import Run, absorbed_in, span_words
from kg.nlp.entities.spans.spelledacronyms import acronym_and_name


def _match(text: str, word: str, kind: str) -> Match:
    """A registry match of `word` in `text`, as the registry would give it."""
    b = text.index(word)
    return Match(b, b + len(word), Entry(f"{kind}/{word.lower()}", word, kind), None, "name")


def _run(text: str, first: str, last: str, absorbed: list[Match]) -> Run:
    """The run from the word `first` to the end of `last` in `text`."""
    b, e = text.index(first), text.index(last) + len(last)
    return Run(b, e, span_words(text, b, e), False, absorbed)


def _labels(run: Run) -> list[str]:
    return [m.entry.label for m in run.absorbed]


class _Starts:
    """A text index whose every run opens a sentence (what `drop_sentence_opener` asks)."""

    def is_sentence_start(self, _at: int) -> bool:
        return True


def test_absorbed_in_keeps_the_matches_wholly_inside():
    text = "Tallow Bay Pipefitters of Orvane Harbor rallied."
    run = _run(text, "Tallow", "Harbor", [_match(text, "Tallow Bay", "city"),
                                          _match(text, "Orvane Harbor", "city")])
    assert [m.entry.label for m in absorbed_in(run, text.index("Orvane"), run.end)] == ["Orvane Harbor"]
    assert [m.entry.label for m in absorbed_in(run, run.begin, text.index(" of"))] == ["Tallow Bay"]
    # one that crosses the part's edge is no part of it
    assert absorbed_in(run, text.index("Bay"), run.end)[0].entry.label == "Orvane Harbor"
    assert len(absorbed_in(run, text.index("Bay"), run.end)) == 1


def test_a_sentence_opener_cut_off_takes_its_match_with_it():
    """"Across Orvane Harbor …": a match lying in the opener's words no longer rides with the
    name after them; the one inside the name stays absorbed."""
    text = "Across Orvane Harbor Pipefitters marched."
    run = _run(text, "Across", "Pipefitters", [_match(text, "Across", "place"),
                                               _match(text, "Orvane Harbor", "city")])
    rest = drop_sentence_opener(run, _Starts(), evidence())
    assert text[rest.begin:rest.end] == "Orvane Harbor Pipefitters"
    assert _labels(rest) == ["Orvane Harbor"]


def test_an_acronym_and_a_name_each_keep_their_own_match():
    """"KDV-TALC and Dorrow Stage Guild": two bodies; each part keeps the registry match inside
    it (before, both parts lost them)."""
    text = "Members of KDV-TALC and Dorrow Stage Guild picketed."
    run = _run(text, "KDV", "Guild", [_match(text, "KDV-TALC", "organization"),
                                      _match(text, "Dorrow Stage Guild", "organization")])
    acronym, name = acronym_and_name(text, [run])
    assert text[acronym.begin:acronym.end] == "KDV-TALC" and _labels(acronym) == ["KDV-TALC"]
    assert text[name.begin:name.end] == "Dorrow Stage Guild" and _labels(name) == ["Dorrow Stage Guild"]


def test_the_words_after_an_address_keep_the_match_inside_them():
    """"34 Tallow Rd. Orvane Harbor Pipefitters": the run glued on after the address's full stop
    keeps only its words after the address, and the registry match inside those words."""
    text = "Write to 34 Tallow Rd. Orvane Harbor Pipefitters for news."
    b, e = text.index("34"), text.index(" Orvane")
    run = _run(text, "Tallow", "Pipefitters", [_match(text, "Orvane Harbor", "city")])
    runs = as_runs(text, [run], [(b, e)], [], "place")
    rest = next(r for r in runs if r.end == run.end)
    assert text[rest.begin:rest.end] == "Orvane Harbor Pipefitters"
    assert _labels(rest) == ["Orvane Harbor"]


def test_a_model_cut_off_after_a_place_takes_its_match_with_it():
    """"Ontario T-72": the place keeps its own match; one lying in the model's word goes."""
    text = "They shipped Ontario T-72 tanks."
    run = _run(text, "Ontario", "T-72", [_match(text, "Ontario", "place"), _match(text, "T-72", "work")])
    place, = place_before_model(text, [run], Cues())
    assert text[place.begin:place.end] == "Ontario"
    assert _labels(place) == ["Ontario"]


def test_a_role_cut_off_takes_its_match_with_it():
    """"Striker Tom Kelvane agreed": the role noun is no part of the person's name, nor is a
    match lying in it."""
    text = "Striker Tom Kelvane agreed."
    run = _run(text, "Striker", "Kelvane", [_match(text, "Striker", "work")])
    person = drop_initial_role(run, _Starts(), Cues(), evidence(), set())
    assert text[person.begin:person.end] == "Tom Kelvane" and person.title
    assert person.absorbed == []
