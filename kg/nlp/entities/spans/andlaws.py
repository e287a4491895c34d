"""An act's name with "and" inside: "the Kelvo Taxpayer and Citizen Protection Act", "the
Illegal Entry Reform and Dorrow Responsibility Act" (set CA's junk at its first measure,
2026-12-06).

Long laws join two subjects by "and", and the runs of capitalised words stop there: the words
before "and" were left a junk name and the rest a law of its own ("Citizen Protection Act").
After "the", a run of one to three capitalised words with no head, title or function word of its
own, then " and " and a run of at most four words ending in a law's head, are one name, typed a
work: the same test as "of" inside a law's name (kg.nlp.entities.spans.oflaws, whose
`linked_laws` joins them). "the Senate and the Kelvo Act" (an article after "and") stays two.

A law's first subject may be a field named with the nouns it bears on ("the Federal Kelvo Mine
Health and Safety Act", "the Tenant Protection and Fair Rent Act"; set CO): before "and" up to
four words may stand, heads among them, when the last of them is a field (`field_words`:
"Health", "Protection") or no head at all. A head inside such a run is a noun modifying the
field ("Mine Health"); a run ending in a body's head ("the Kelvo Miners Union and Labor Act")
names the body and stays two.
kg.nlp.entities.spans.regionsteps runs it right after `of_inside_laws`.

The law's year after its head ("… and Kelvo Credit Act of 1998") is joined to the run after
"and" before this step (kg.nlp.entities.spans.joins `_law_years`): the head and the count of
words are read before "of" and the year, or the law with its year was cut at "and" (set DT's
junk at its first measure, branch passT44).
"""

from __future__ import annotations

from kg.nlp import textwindow
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.oflaws import MOST_AFTER, THE, law_heads, linked_laws, opens_law
from kg.nlp.entities.spans.runs import Run, plain_run

# a field's subject may be named with the nouns it bears on: one word more than `opens_law` allows
MOST_FIELD_BEFORE = 4


def and_inside_laws(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs of one region (sorted), each law's name with "and" inside made one work run."""
    heads = law_heads()
    return linked_laws(text, runs, "and", lambda prev, run: plain_run(run) and _law_words(run)[-1] in heads
                       and len(_law_words(run)) <= MOST_AFTER
                       and (opens_law(text, prev, cues) or _field_subject(text, prev, cues)))


def _law_words(run: Run) -> list[str]:
    """The run's words without a law's year after its head ("… Act of 1998": "of", "1998")."""
    words = [w for (_b, _e, w) in run.words]
    if len(words) > 2 and words[-2] == "of" and words[-1].isdigit() and len(words[-1]) == 4:
        return words[:-2]
    return words


def _field_subject(text: str, prev: Run, cues: Cues) -> bool:
    """`prev` names a law's first subject by a field: plain, at most four words after "the", no
    title or function word, ending in a field or in a word that is no head ("Federal Kelvo Mine
    Health", "Tenant Protection"); heads before its last word modify it."""
    words = [w for (_b, _e, w) in prev.words]
    return plain_run(prev) and len(words) <= MOST_FIELD_BEFORE and not prev.absorbed \
        and textwindow.before(THE, text, prev.begin, 4) is not None \
        and not any(w in cues.titles or w in cues.function_words for w in words) \
        and (words[-1] in cues.fields or words[-1] not in cues.heads)
