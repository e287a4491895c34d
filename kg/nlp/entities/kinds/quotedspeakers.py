"""A quotation's speaker whose surname is a head word ("“We held out,” said Ada Hall, who …";
set BQ's kinds, branch ent103).

A surname that English also uses as a name's head ("Hall", "Church", "Bank", "Street",
"Battle") typed the whole name by that head: a place, a body, an event. Right after a
quotation's closing mark and a verb of saying (kg/data/nlp/quotes.toml `speech_verbs`, one word
each), a name of two words, or of three with a middle initial, whose first word the gazetteer
knows as a given name, and which a comma, a full stop or the end of the line closes, is the
speaker: a person, strongly. kg.nlp.entities.kinds.namekinds runs `quoted_speaker` among the
text's cues, before the name's own head word is read."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_INITIAL = re.compile(r"[A-Z]\.\Z")
_CLOSED = re.compile(r"[,.;]|\s*$|\s+who\b")


@cached
def _said() -> re.Pattern[str]:
    """A quotation's closing mark, a comma maybe, and a one-word verb of saying, right before
    the name."""
    verbs = sorted((v for v in load("quotes")["speech_verbs"] if " " not in v), key=len, reverse=True)
    return re.compile(r"[”\"’'],?\s+(?:" + "|".join(map(re.escape, verbs)) + r")\s+\Z")


def quoted_speaker(q: NameQuery) -> Kind | None:
    """A person where the name, a given name first, speaks a quotation just closed; else None."""
    words = q.words
    if not (len(words) == 2 or len(words) == 3 and _INITIAL.match(words[1])):
        return None
    if not q.ev.gazetteer.is_given_name(words[0]) or not _CLOSED.match(q.text, q.run.end):
        return None
    if textwindow.before(_said(), q.text, q.run.begin, 20) is None:
        return None
    return "person", True
