"""A party's or a movement's gathering counted by its ordinal (branch passW44): "the Sixth
Congress of the Kelvish Workers Party", "the Ninth Plenum", "the Second All-Kelvan Congress of
Councils". The paper names a party's congresses and plenums so, and each is one event.

Two things went wrong. The head word "Congress" or "Conference" alone types a body (the
legislature, a federation), so "the Twelfth Congress" was read as an organisation; and the run
walk stops at "of the" before a registry organisation, so "the Fourth Congress of the <registry
party>" was cut into the gathering's first words (an organisation, junk) and the party.

A run whose first word is an ordinal (spelled, boundaries.toml `[addresses] spelled_ordinals`, or
in figures, "16th"), and whose last word, or its word before "of", is a gathering's head
(cutnames.toml `serial_event_heads`, shared with kg.nlp.entities.spans.serialevents), is an
event. Where the run ends on the head and " of " or " of the " and a registry organisation follow
(with no capitalised word glued after it), the organisation is the body that met: one event's
name, the organisation absorbed, as kg.nlp.entities.spans.conferencebranches joins a body's
state unit. A run that is a title or has a kind already is left alone. A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, span_words

_OF = re.compile(r" of (?:the )?")
_FIGURES = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("cutnames")["serial_event_heads"])


@cached
def _ordinals() -> frozenset[str]:
    return frozenset(load("boundaries")["addresses"]["spelled_ordinals"])


def _gathering(words: list[str]) -> bool:
    """An ordinal first, a gathering's head last or right before "of"."""
    if len(words) < 2 or not (words[0] in _ordinals() or _FIGURES.fullmatch(words[0])):
        return False
    k = next((i for i, w in enumerate(words[1:], 1) if w in _heads()), None)
    return k is not None and (k == len(words) - 1 or words[k + 1] == "of")


def numbered_gatherings(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs with each ordinal's gathering an event, joined with the registry organisation
    that met after its "of (the)" (module docstring)."""
    out = list(runs)
    for run in runs:
        words = [w for (_b, _e, w) in run.words]
        if run.title or run.kind is not None or not _gathering(words):
            continue
        body = None
        if words[-1] in _heads() and (of := _OF.match(text, run.end)):
            body = next((m for m in known if m.begin == of.end() and m.entry.kind == "organization"
                         and not re.match(r" [A-Z]", text[m.end:m.end + 2])), None)
        end = body.end if body is not None else run.end
        absorbed = list(run.absorbed) + ([body] if body is not None else [])
        out[out.index(run)] = Run(run.begin, end, span_words(text, run.begin, end, r"\S+")
                                  if body is not None else run.words, absorbed=absorbed, kind="event")
    return out
