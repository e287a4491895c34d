"""A party's or a movement's gathering counted by its ordinal: "the Sixth Congress of the
Kelvish Workers Party", "the 12th Congress of the …", "the Ninth Plenum", "the Second
All-Kelvan Congress of Councils". The paper names a party's congresses and plenums so, and each
is one event (branches passT44 and passW44, one step since gath45).

Two things went wrong. The head word "Congress" or "Conference" alone types a body (the
legislature, a federation), so "the Twelfth Congress" was read as an organisation; and the run
walk stops at "of the" before a registry organisation, so "the Fourth Congress of the <registry
party>" was cut into the gathering's first words (an organisation, junk) and the party (set DT's
junk at its first measure).

The ordinal is read from the text: a run's first word (spelled, boundaries.toml `[addresses]
spelled_ordinals`, or in figures, "16th"), or the word right before the run, which the run leaves
out where it is in figures ("the 12th Congress": figures are no capitalised word). The ordinal,
then the run up to a gathering's head as its last word or its word before "of" (cutnames.toml
`serial_event_heads`, shared with kg.nlp.entities.spans.serialevents), is an event. Where the run
ends on the head and " of " or " of the " and a registry organisation follow (with no capitalised
word glued after it, and no other name over it), the organisation is the body that met: one
event's name, the organisation absorbed, as kg.nlp.entities.spans.conferencebranches joins a
body's state unit. An ordinal before the run makes an event only with that body: "the 117th
Congress" alone is the legislature counted by its term. A run that is a title or has a kind
already is left alone. A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, Word, span_words
from kg.nlp.entities.spans.textspan import Region

_OF = re.compile(r" of (?:the )?")
_FIGURES = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([\w’'-]+) \Z")


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("cutnames")["serial_event_heads"])


@cached
def _ordinals() -> frozenset[str]:
    return frozenset(load("boundaries")["addresses"]["spelled_ordinals"])


def _ordinal(word: str) -> bool:
    return word in _ordinals() or _FIGURES.fullmatch(word) is not None


def _gathering(words: list[str]) -> bool:
    """An ordinal first, a gathering's head last or right before "of"."""
    if len(words) < 2 or not _ordinal(words[0]):
        return False
    k = next((i for i, w in enumerate(words[1:], 1) if w in _heads()), None)
    return k is not None and (k == len(words) - 1 or words[k + 1] == "of")


def _ordinal_before(text: str, r: Region, run: Run) -> Word | None:
    """The ordinal right before the run, in the region, if the run does not open with one."""
    if _ordinal(run.words[0][2]):
        return None
    before = _WORD_BEFORE.search(text, max(r.begin, run.begin - 16), run.begin)
    if before is None or not _ordinal(before.group(1)):
        return None
    return before.start(1), before.end(1), before.group(1)


def _body(text: str, r: Region, run: Run, runs: list[Run], known: list[Match]) -> Match | None:
    """The registry organisation that met, after the run's head and "of (the)": it ends the
    name (no capitalised word glued after it) and no other name lies over it."""
    of = _OF.match(text, run.end)
    if of is None or run.words[-1][2] not in _heads():
        return None
    body = next((m for m in known if m.begin == of.end() and m.entry.kind == "organization"
                 and m.end <= r.end and not re.match(r" [A-Z]", text[m.end:m.end + 2])), None)
    if body is None or any(k is not body and k.begin < body.end and run.end < k.end for k in known) \
            or any(x is not run and x.begin < body.end and run.end < x.end for x in runs):
        return None
    return body


def numbered_gatherings(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each ordinal's gathering an event, joined with the registry
    organisation that met after its "of (the)" (module docstring)."""
    out = list(runs)
    for run in runs:
        if run.title or run.kind is not None or not run.words:
            continue
        ordinal = _ordinal_before(text, r, run)
        words = ([ordinal] if ordinal else []) + run.words
        if not _gathering([w for (_b, _e, w) in words]):
            continue
        body = _body(text, r, run, out, known)
        if ordinal is not None and body is None:
            continue
        begin, end = words[0][0], body.end if body is not None else run.end
        absorbed = list(run.absorbed) + ([body] if body is not None else [])
        out[out.index(run)] = Run(begin, end, span_words(text, begin, end, r"\S+")
                                  if body is not None else run.words, absorbed=absorbed, kind="event")
    return out
