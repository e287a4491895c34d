"""A registry person's name run on by one more surname: the Spanish and Portuguese double
surname (issue 10, set AT; branch ent73).

A person the registry knows by a given name and one surname ("Ana Kelvo") is named in full in
the way of Spanish- and Portuguese-speaking countries, the mother's surname after the father's:
"a dock guard, Ana Kelvo Dorrantes, was hurt …". The registry's match stops at "Kelvo", and the
word after it was left a name of its own: junk, or a place where the gazetteer knows a town of
that name (many Spanish surnames are towns somewhere). One capitalised word glued (one space)
after a registry person's match, the name ending there (a comma, a bracket, a full stop or a
lower-case word after it), is the rest of that person's name: the match is absorbed into a new
name of three words or more. Not a word the paper's cue lists give a role of its own (a head
word, "Street", a title, a calendar word, a group word, a function word), nor one in capitals
(initials), nor a run the scanner joined to more capitalised words.

kg.nlp.entities.spans.regionsteps runs `surname_after_person` as a step of `REGION_STEPS`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run

# What may follow the name's last word: the end of the name (punctuation or a lower-case word).
_NAME_ENDS = re.compile(r"\s*(?:[,;:.)!?\u2014]|--|\s[a-z]|$)")


def _surname_word(word: str, cues: Cues) -> bool:
    """A word that may be a surname: capitalised, not all capitals, no word of a cue list."""
    return (word[:1].isupper() and not word.isupper() and word not in cues.heads
            and word not in cues.titles and word not in cues.calendar and word not in cues.function
            and not cues.group(word))


def surname_after_person(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """Each one-word run glued after a registry person's name, the name ending after it, takes
    the person's match in (the module docstring)."""
    ends = {m.end: m for m in known if m.entry.kind == "person" and m.how == "name"
            and len(m.entry.label.split()) >= 2}
    for run in runs:
        m = ends.get(run.begin - 1)
        if m is None or text[m.end:run.begin] != " " or run.title or run.kind is not None \
                or len(run.words) != 1 or run.absorbed or not _surname_word(run.words[0][2], cues) \
                or not _NAME_ENDS.match(text, run.end):
            continue
        run.begin = m.begin
        run.words.insert(0, (m.begin, m.end, text[m.begin:m.end]))
        run.absorbed.append(m)
    return runs
