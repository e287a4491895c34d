"""`rest_run` (kg/nlp/entities/spans/runs.py): the tail of a run from one of its words, the
other half of `cut_run`, which the span steps build when the words before a name are no part
of it (a sentence's opener, a force's head and "of", a building before its local)."""

from __future__ import annotations

from kg.nlp.entities.registry.registry import Entry
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, cut_run, rest_run, span_words

TEXT = "Marching Tallow Bay Pipefitters of Orvane Harbor rallied."


def _match(word: str, kind: str) -> Match:
    """A registry match of `word` in TEXT, as the registry would give it."""
    b = TEXT.index(word)
    return Match(b, b + len(word), Entry(f"{kind}/{word.lower()}", word, kind), None, "name")


def _run(title: bool = False) -> Run:
    """The whole run "Marching … Orvane Harbor", with two registry places absorbed, one in its
    first words and one in its last, typed and marked as a title's repeat."""
    b, e = 0, TEXT.index(" rallied")
    places = [_match("Tallow Bay", "city"), _match("Orvane Harbor", "city")]
    return Run(b, e, span_words(TEXT, b, e), title, places, kind="organization",
               same_as="Tallow Bay Pipefitters")


def test_the_words_from_start_on_and_the_run_s_end():
    """The rest opens at its first word and ends where the run did, with exactly those words."""
    run = _run()
    rest = rest_run(run, 5)
    assert [w for (_b, _e, w) in rest.words] == ["Orvane", "Harbor"]
    assert rest.begin == TEXT.index("Orvane") and rest.end == run.end
    assert TEXT[rest.begin:rest.end] == "Orvane Harbor"
    assert run.words[0][2] == "Marching" and len(run.words) == 7  # the run itself is untouched


def test_only_the_registry_matches_inside_the_rest_stay_absorbed():
    """"Tallow Bay", in the words cut off, is a mention of its own again; "Orvane Harbor",
    inside the rest, stays absorbed; cut there, the head keeps the other one."""
    run = _run()
    assert [m.entry.label for m in rest_run(run, 5).absorbed] == ["Orvane Harbor"]
    assert [m.entry.label for m in rest_run(run, 1).absorbed] == ["Tallow Bay", "Orvane Harbor"]
    assert [m.entry.label for m in cut_run(run, run.words[3][1]).absorbed] == ["Tallow Bay"]


def test_a_new_name_no_kind_no_repeat_the_title_flag_kept():
    """No kind and no `same_as` unless the step says what the rest is; the title flag is the
    run's unless given."""
    assert rest_run(_run(), 1).kind is None and rest_run(_run(), 1).same_as is None
    assert rest_run(_run(), 1, kind="place").kind == "place"
    assert rest_run(_run(title=True), 1).title is True
    assert rest_run(_run(title=False), 1).title is False
    assert rest_run(_run(title=True), 1, title=False).title is False
    assert rest_run(_run(title=False), 1, title=True).title is True
