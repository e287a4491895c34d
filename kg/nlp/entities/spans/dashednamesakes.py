"""A name that opens with two people joined by an en dash: "the Ana Kelvane–Tomas Dorrow Youth
Exchange Programme" (set BN, branch ent100). A scheme, prize or pact named for two people prints
their names glued by an en dash, then its own words. The en dash ends a word (kg.nlp.entities.
spans.runs `WORD`), and the registry's two people are mentions of their own, so the scheme's
words after them were a run alone ("Youth Exchange Programme"), a junk name the text never
prints by itself.

`dashed_namesakes` joins two registry people (`known`, kind person) glued by an en dash, then one
space and a run of two capitalised words or more (no title, not typed), into one name from the
first person to the run's end; the people are absorbed (part of the name). An en dash between
two people with no run after it ("the Kelvane–Dorrow talks") joins nothing: lower-case words
follow. The name's kind is left to the typing rules (its head word). The step
`dashed_namesakes` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps)."""

from __future__ import annotations

from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run

_DASH = "–"
_MIN_WORDS = 2


def _people_before(text: str, begin: int, people: dict[int, Match]) -> tuple[Match, Match] | None:
    """The two registry people "<A>–<B> " right before offset `begin` (`people` by where each
    ends), else None."""
    second = people.get(begin - 1)
    if second is None or text[second.end:begin] != " ":
        return None
    first = people.get(second.begin - len(_DASH))
    if first is None or text[first.end:second.begin] != _DASH:
        return None
    return first, second


def dashed_namesakes(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs, each glued after "<person>–<person> " lengthened back over both people."""
    people = {m.end: m for m in known if m.entry.kind == "person"}
    for run in runs:
        if run.title or run.kind is not None or len(run.words) < _MIN_WORDS:
            continue
        pair = _people_before(text, run.begin, people)
        if pair is None:
            continue
        first, second = pair
        run.words[:0] = [(m.begin, m.end, text[m.begin:m.end]) for m in pair]
        run.begin = first.begin
        run.absorbed += [first, second]
    return runs
