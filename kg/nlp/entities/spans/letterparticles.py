"""A particle of one lower-case letter between a person's two surnames (set BE, branch ent88):
the Catalan "i" ("and": "Jordi Kelvó i Dorrell", "Núria Serra i Tallada").

A word of one letter is no connector the run walk may take anywhere (kg/data/nlp/entities.toml
`connectors`): a lone "i" is a typo for "I", a list's item, a Roman numeral. So the run of
capitalised words stopped at it, and the name fell in two: the given name and first surname a
person, the second surname junk of any kind. `letter_particles` joins them only in a person's
name frame: the run before the particle is a given name the gazetteer knows and one or two more
capitalised words, the run after it one or two capitalised words glued by one space, and
neither holds a head word ("Union", "Street"), a title, a place the gazetteer knows or a kind
another step gave it.

kg.nlp.entities.spans.regionsteps runs it before anything types the runs.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.pairjoins import join_pairs
from kg.nlp.entities.spans.runs import Run


@cached
def _letters() -> frozenset[str]:
    """The one-letter particles (kg/data/nlp/entities.toml `letter_particles`)."""
    return frozenset(load("entities")["letter_particles"])


def letter_particles(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, "<Given> <Surname> i <Surname>" joined into one person's name (module
    docstring)."""
    return join_pairs(runs, lambda run, nxt: _joins(text, run, nxt, cues), "person")


def _joins(text: str, run: Run, nxt: Run, cues: Cues) -> bool:
    """A one-letter particle between the runs, one space either side, a given name and a
    surname before it, a surname after it."""
    return text[run.end + 1:nxt.begin - 1] in _letters() and text[run.end] == " " \
        and text[nxt.begin - 1] == " " and _given_and_surname(text, run, cues) \
        and _surname(text, nxt, cues)


def _plain(text: str, run: Run, cues: Cues) -> bool:
    """No kind of its own, no title before it, no head word, no place the gazetteer knows."""
    return run.kind is None and not run.title \
        and not any(w in cues.heads or w in cues.titles for (_b, _e, w) in run.words) \
        and evidence().place_kind(text[run.begin:run.end]) is None


def _given_and_surname(text: str, run: Run, cues: Cues) -> bool:
    """A given name the gazetteer knows, then one or two capitalised words."""
    return 2 <= len(run.words) <= 3 and evidence().gazetteer.is_given_name(run.words[0][2]) \
        and all(w[:1].isupper() for (_b, _e, w) in run.words) and _plain(text, run, cues)


def _surname(text: str, run: Run, cues: Cues) -> bool:
    """One or two capitalised words."""
    return 1 <= len(run.words) <= 2 and all(w[:1].isupper() for (_b, _e, w) in run.words) \
        and _plain(text, run, cues)
