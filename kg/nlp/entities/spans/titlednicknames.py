"""A quoted nickname inside a person's name where `nicknames.nickname_inside` leaves it (set BE,
branch ent88): after a title ("Sheriff Tom “Bull” Kelvane", "Public Safety Commissioner Ada
“Ma” Dorrow"), or of two words ("William “Big Bill” Kelvane"), in curly or straight marks.

The quotation marks stop the run of capitalised words, so the given name, the nickname and the
surname were three pieces: the given name alone a person, the surname alone junk, the name as
the page prints it lost. `nickname_inside` takes a given name the gazetteer knows or initials,
with no title before them, and a one-word nickname; a title cut from the run before the given
name (`Run.title`) is the strongest sign that a person's name follows, and a nickname is often
two words.

`titled_nicknames` joins "<given name> “<Nickname>” <Surname>" into one person's run when the
given name is one capitalised word the gazetteer knows as a given name, or any one capitalised
word after a title; the nickname one or two capitalised words between marks glued to both
sides by one space; the surname one or two capitalised words with no head word and no place the
gazetteer knows. The quotation stage reads no quotation inside a person's name
(kg.nlp.quotations), so the nickname is no quotation once the name holds it.

kg.nlp.entities.spans.regionsteps runs it right after `nickname_inside`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.nicknames import placed_surname
from kg.nlp.entities.spans.runs import Run, span_words

# A nickname between a name's words: one or two capitalised words in curly or straight marks,
# double or single, one space on either side.
_QUOTED = re.compile(r" [“\"‘']([A-Z][a-z]+(?: [A-Z][a-z]+)?)[”\"’'] ")


def titled_nicknames(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, "<given name> “<Nickname>” <Surname>" after a title or with a two-word
    nickname joined into one person's name (module docstring). The nickname is a run of its
    own, or none where the scanner skipped it as a quoted title."""
    out: list[Run] = []
    i = 0
    while i < len(runs):
        first = runs[i]
        joined = _joined(text, first, runs[i + 1:i + 3], cues)
        if joined is not None:
            out.append(joined[0])
            i += 1 + joined[1]
            continue
        out.append(first)
        i += 1
    return out


def _joined(text: str, first: Run, after: list[Run], cues: Cues) -> tuple[Run, int] | None:
    """The person's run that `first`, a nickname and a surname make, and how many runs of
    `after` it took (1: the surname, the nickname no run; 2: both); None if they make none."""
    q = _QUOTED.match(text, first.end)
    if q is None or not _given(first) or not after:
        return None
    nick = after[0] if after[0].begin == q.start(1) and after[0].end == q.end(1) else None
    rest = after[1:] if nick is not None else after[:1]
    known = evidence().gazetteer.is_given_name(first.words[0][2])
    if not rest or rest[0].begin != q.end() or not _surname(text, rest[0], cues, known) \
            or (nick is not None and (nick.kind is not None or nick.title)):
        return None
    two = " " in q.group(1)
    if not (first.title or two):
        return None  # `nicknames.nickname_inside`'s case, or none
    last = rest[0]
    words = first.words + span_words(text, q.start(1), q.end(1)) + last.words
    return Run(first.begin, last.end, words, first.title, first.absorbed + last.absorbed,
               kind="person"), 1 + (nick is not None)


def _given(run: Run) -> bool:
    """One capitalised word, no kind of its own: a given name the gazetteer knows, or any
    capitalised word after a title ("Sheriff Ada …")."""
    if len(run.words) != 1 or run.kind is not None:
        return False
    word = run.words[0][2]
    return word[:1].isupper() and (run.title or evidence().gazetteer.is_given_name(word))


def _surname(text: str, last: Run, cues: Cues, given_known: bool) -> bool:
    """One or two capitalised words, no head word, no place the gazetteer knows (one word that
    is a town's name too after a known given name is a surname: `nicknames.placed_surname`)."""
    return last.kind is None and 1 <= len(last.words) <= 2 \
        and not any(w in cues.heads for (_b, _e, w) in last.words) \
        and not placed_surname(text, last, given_known)
