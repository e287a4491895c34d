"""A nickname in quotation marks inside a person's name (set U, branch ent34): "W.J. “Sonny”
Dorrow", "James “Red” Kelvin". The quotation marks stop the run of capitalised words, so the
initials or the given name, the nickname and the surname were three pieces: the surname alone
untyped junk, the initials or the given name dropped.

`nickname_inside` joins them into one person's name as printed: the run before the opening
mark is initials ("W.J.", "W. J.") or one given name the gazetteer knows, the quoted part one
capitalised word, and the run after the closing mark, glued by one space, one or two
capitalised words with no head word and no place the gazetteer knows. A person's age in commas
after the surname ("…, 58,") says a person whatever the gazetteer knows: the given name then need
only be one capitalised word, and the surname may be a town's too.

kg.nlp.entities.names calls it on one region's runs, before anything types them.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}")
# the nickname one capitalised word, or two or three capitals read as initials ("Thomas “KJ”
# Dorrow": a nickname made of initials, set CD), or two capitalised parts joined by one hyphen
# ("Odile “Ti-Paul” Kelvane": Haitian Creole nicknames print so, branch passJ42)
_QUOTED = re.compile(r" [“\"‘']([A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,3})[”\"’'] ")


def nickname_inside(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, "<initials or given name> “<Nickname>” <Surname>" joined into one person's
    name (module docstring)."""
    ev = evidence()
    out: list[Run] = []
    i = 0
    while i < len(runs):
        first = runs[i]
        q = _QUOTED.match(text, first.end)
        nick = runs[i + 1] if i + 1 < len(runs) else None
        last = runs[i + 2] if i + 2 < len(runs) else None
        aged = last is not None and _AGE_AFTER.match(text, last.end) is not None
        if q and nick is not None and last is not None and nick.begin == q.start(1) and nick.end == q.end(1) \
                and last.begin == q.end() and last.kind is None \
                and (_opens_name(text, first) or aged and _given_word(text, first, cues)) \
                and 1 <= len(last.words) <= 2 \
                and not any(w in cues.heads for (_b, _e, w) in last.words) \
                and (aged or not placed_surname(text, last, ev.gazetteer.is_given_name(first.words[-1][2]))):
            out.append(Run(first.begin, last.end, first.words + nick.words + last.words, False,
                           first.absorbed + last.absorbed, kind="person"))
            i += 3
            continue
        given = _given_before_quote(text, first, out, cues)  # `first` the quoted nickname itself
        surname = nick
        if given is not None and surname is not None and _surname_after(text, surname, first, cues):
            out.append(Run(given[0], surname.end, [given] + first.words + surname.words, False,
                           first.absorbed + surname.absorbed, kind="person"))
            i += 2
            continue
        out.append(first)
        i += 1
    return out


# A given name right before a nickname's opening mark that no run holds: a calendar word the
# scanner skips ("August", "May", "June" are given names too).
_GIVEN_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) [“\"‘']\Z")


def _given_before_quote(text: str, nick: Run, out: list[Run], cues: Cues) -> tuple[int, int, str] | None:
    """"August “Hal” Kelvaney": the run `nick` is a quoted nickname of one capitalised word, and
    the word before its opening mark is a given name the scanner left out of every run: one the
    gazetteer knows, or a month's name ("August", "June": the gazetteer's given names leave the
    calendar's words out) not after a lower-case word ("in August “Big” …" is a date). That
    word as a run's word, else None (set AT, branch ent73)."""
    q = _QUOTED.match(text, nick.begin - 2) if nick.begin >= 2 else None
    if q is None or q.start(1) != nick.begin or q.end(1) != nick.end or nick.title:
        return None
    m = textwindow.before(_GIVEN_BEFORE, text, nick.begin, 30)
    if m is None or (out and out[-1].end > m.start(1)):
        return None
    word = m.group(1)
    before = textwindow.before(r"(\S+)\s+\Z", text, m.start(1), 20, cut=True)
    dated = before is not None and before.group(1).islower()  # "in August “Big …”", "last May"
    if not (evidence().gazetteer.is_given_name(word) or word in cues.calendar and not dated):
        return None
    return (m.start(1), m.end(1), word)


def _surname_after(text: str, last: Run | None, nick: Run, cues: Cues) -> bool:
    """The run glued after the nickname's closing mark is a surname: one or two capitalised
    words, no head word, no place the gazetteer knows (as `nickname_inside` asks)."""
    q = _QUOTED.match(text, nick.begin - 2)
    return last is not None and q is not None and last.begin == q.end() and last.kind is None \
        and 1 <= len(last.words) <= 2 and not any(w in cues.heads for (_b, _e, w) in last.words) \
        and not placed_surname(text, last, True)


def placed_surname(text: str, last: Run, given_known: bool) -> bool:
    """The surname after a nickname reads as a place, so the three pieces make no name: two
    words the gazetteer knows as a place, or one such word after a given name the gazetteer
    does not know. One word after a known given name and a quoted nickname is a surname that
    is also a town's name ("Odile “La Nena” Toledo": Spanish surnames are often towns', branch
    passJ42); the given name and the quoted nickname before it already say a person."""
    if evidence().place_kind(text[last.begin:last.end]) is None:
        return False
    return not (given_known and len(last.words) == 1)


# a person's age in commas right after the name ("… Kelvane, 58, a fisherman"): the paper's
# apposition of a person, which no place or body takes
_AGE_AFTER = re.compile(r",[ \u00a0]+\d{1,3},")


def _given_word(text: str, run: Run, cues: Cues) -> bool:
    """One capitalised word with no title, kind or head: a given name the gazetteer need not
    know ("Wenceslao", "Tobal"), where the age after the surname says the three pieces are a
    person's name whatever the surname also names ("… “Lalo” Toledo, 58,": a town's name too).
    The gazetteer's given names leave out the rarer ones of every language (branch passW44)."""
    words = [w for (_b, _e, w) in run.words]
    return len(words) == 1 and words[0].isalpha() and words[0][:1].isupper() and words[0][1:].islower() \
        and not run.title and run.kind is None and words[0] not in cues.heads


def _opens_name(text: str, run: Run) -> bool:
    """Initials ("W.J.") or a given name the gazetteer knows, no title and no kind of its own:
    one word, or two capitalised words the second of them a known given name ("Tobal Uriel
    “Buzz” Kelvane": a first and a middle given name, branch passJ42)."""
    opener = text[run.begin:run.end]
    known = evidence().gazetteer.is_given_name
    words = [w for (_b, _e, w) in run.words]
    given = len(words) == 1 and known(opener) \
        or len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words) and known(words[1])
    return not run.title and run.kind is None and (bool(_INITIALS.fullmatch(opener)) or given)
