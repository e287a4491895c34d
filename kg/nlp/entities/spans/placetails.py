"""A tail the runs glue after a place that belongs to no name (set BF's junk, branch ent90):
"In Lisbon I worked nights": a place and the pronoun "I" after it (kg/data/nlp/boundaries.toml
`[pronoun_tail] words`) before a lower-case word: the place alone, the speaker dropped. A place
takes no numeral, so "World War I" and "Pope Kelvin I" stay whole. Nor does a surname, a weekday
or a common noun ("The Kelvane I knew", "Last Sunday I took"): the "I" is cut after any word but
a known given name (a ruler's numeral) or a word that takes a numeral (`numbered_words`).

A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`; the pronoun is data, the
places come from the registry and the gazetteer. (The module's other tail, a firm "of" a
country, is one rule with a firm's legal form "of" a place now: kg.nlp.entities.spans.firmofplace.)"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, cut_run, span_place_kind


@cached
def _pronouns() -> frozenset[str]:
    return frozenset(load("boundaries")["pronoun_tail"]["words"])


@cached
def _numbered_words() -> frozenset[str]:
    return frozenset(load("boundaries")["pronoun_tail"]["numbered_words"])


def _takes_numeral(text: str, run: Run) -> bool:
    """The word before the run's last ("I") takes a roman numeral: a place never does; a given
    name the gazetteer knows does (a ruler's, "Queen Elspeth I"), and so do the words of
    `numbered_words` ("World War I", "Title I"); a surname, a weekday or a common noun does not
    ("The Kelvane I knew", "Last Sunday I took"): there the "I" is the writer (branch passW44)."""
    words = run.words
    if span_place_kind(text, run.begin, words[-2][1], run.absorbed) in (*PLACE_KINDS, "state"):
        return False
    word = words[-2][2]
    return word in _numbered_words() or evidence().gazetteer.is_given_name(word)


def _lower_after(text: str, end: int) -> bool:
    """Whether a lower-case word follows `end` after one space."""
    return text[end:end + 1] == " " and text[end + 1:end + 2].islower()


def pronoun_tails(text: str, runs: list[Run]) -> list[Run]:
    """The runs with a pronoun "I" after a word that takes no numeral (`_takes_numeral`), before
    a lower-case word, cut off; a word apart from it by one space only ("Kelvo F&I steel": a
    firm's initials joined by a mark hold their own "I")."""
    out: list[Run] = []
    for run in runs:
        words = run.words
        if run.title or run.kind is not None or len(words) < 2 or words[-1][2] not in _pronouns() \
                or not _lower_after(text, run.end) or text[words[-2][1]:words[-1][0]] != " " \
                or _takes_numeral(text, run):
            out.append(run)
            continue
        out.append(cut_run(run, words[-2][1]))
    return out
