"""A body named for its members' creed and its country: "the Democratic Socialists of Kelvia",
"the Revolutionary Socialists of Dorrow" (set CI, branch ent122).

An adjective and a creed's followers ("Democratic", "Socialists": a group word, which names no
single thing) make no name alone, and the scanner stops the run at "of" before the place, so the
pair was dropped as a people by its adjective (kg.nlp.entities.spans.regionpeoples) and the
place left alone: the body was missed. After "the", the creed's followers and "of" with a
place are the body's name, as a party is named "of" its country.

The step joins a plain run of two or three capitalised words, none a head, the last a creed's
followers (a group word ending in one of kg/data/nlp/creedwords.toml `faction_endings` and "s":
"Socialists", "Communists"), right after "the", then " of " and a place's name: a plain run of
one to three words or a registry place's match (absorbed), into one organisation. "Socialists of
Kelvia" (one word, no "the"), "the Socialists in Kelvia" and "the Kelvian Socialist Party"
(a head of its own) stay as they were.

The step `creed_bodies` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps), before
`region_peoples` drops the pair."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.nextnames import join_next, plain, tail_at
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he $")
_OF = " of "


def creed_bodies(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs with each "the <creed words> of <place>" made one organisation (module docstring);
    `known`: the registry's matches."""
    places = {m.begin: m for m in known if m.entry.kind in PLACE_KINDS}
    return join_next(runs, lambda run, nxt: _joined(text, run, nxt, places, cues))


@cached
def _followers() -> tuple[str, ...]:
    """The endings of a creed's followers in the plural ("-ists")."""
    return tuple(e + "s" for e in load("creedwords")["faction_endings"])


def _creed(run: Run, text: str, cues: Cues) -> bool:
    """Two or three words, the last a creed's followers, none a head, after "the"."""
    words = [w for (_b, _e, w) in run.words]
    return 2 <= len(words) <= 3 and words[-1].endswith(_followers()) and cues.group(words[-1]) \
        and not any(w in cues.heads for w in words) \
        and _THE_BEFORE.search(text, max(0, run.begin - 4), run.begin) is not None


def _joined(text: str, run: Run, nxt: Run | None, places: dict[int, Match], cues: Cues) -> Run | None:
    """`run`, "of" and the place after it as one organisation, or None."""
    if not plain(run) or run.absorbed or not _creed(run, text, cues) \
            or text[run.end:run.end + len(_OF)] != _OF:
        return None
    tail = tail_at(text, run.end + len(_OF), nxt, places)
    if tail is None or len(tail.words) > 3:
        return None
    return Run(run.begin, tail.end, run.words + [(run.end + 1, run.end + 3, "of")] + tail.words,
               False, run.absorbed + tail.absorbed, kind="organization")
