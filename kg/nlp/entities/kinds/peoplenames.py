"""Two kinds a name's own first words say (issue 10, set BU's kinds, branch ent108); rules of
kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked with the given names:

- `initial_then_given`: an initial, then a given name the gazetteer knows, then one or two
  capitalised words ("J. Dorrow Kelvane", "H. Tomas Reyes") is a person who goes by the
  middle name. The given-name rules read the first word ("L." is no given name) or the last,
  so such a name was left untyped.
- `people_for_cause`: a capitalised plural common noun for people, "for" and the cause
  ("Pastors for Kelvia", "Nurses for Dorrow Peace"), scanned as one run, is an organisation's
  name, as kg.nlp.entities.spans.joins `_people_for` reads it where the runs were two; the
  head-word reading took the cause's last word and typed nothing. Not at a sentence's start,
  where the noun is capitalised by its place.
"""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.entities.spans.joins import common_word

_INITIAL = re.compile(r"[A-Z]\.")
_CAPITALISED = re.compile(r"[A-Z][\w’'-]+")
_PLURAL = re.compile(r"[A-Z][a-z]+s")
# the run opens its sentence or line: "Workers for Kelvane struck" is capitalised by its place
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?:“\"]\s*|\n\s*)\Z")


def initial_then_given(q: NameQuery) -> Kind | None:
    """"J. Dorrow Kelvane": an initial, a known given name and a surname, a person."""
    w = q.words
    if not 3 <= len(w) <= 4 or not _INITIAL.fullmatch(w[0]) or q.place \
            or not q.ev.gazetteer.is_given_name(w[1]) \
            or not all(_CAPITALISED.fullmatch(x) and x not in q.cues.heads for x in w[2:]):
        return None
    return "person", False


def people_for_cause(q: NameQuery) -> Kind | None:
    """"Pastors for Kelvia": a plural common noun for people, "for" and a cause, a body."""
    w = q.words
    if len(w) < 3 or w[1] != "for" or not _PLURAL.fullmatch(w[0]) or not w[2][:1].isupper():
        return None
    noun = w[0]
    if q.cues.group(noun) or noun in q.cues.heads or noun in q.cues.titles or not common_word(noun) \
            or q.ev.gazetteer.is_given_name(noun) or q.ev.place_kind(noun) \
            or _OPENS_SENTENCE.search(q.text, 0, q.run.begin) \
            or q.ev.the_before_head(q.text, q.run.begin, q.run.end):
        return None
    return "organization", False
