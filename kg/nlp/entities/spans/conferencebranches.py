"""A body's state-wide unit named "<place> State Conference of the <body>" (set CG, branch
ent120): "the Kelvia State Conference of the NAACP". The run walk stops at "of the" before a
registry body's name, so the unit was read as an event ("… Conference") and the body alone:
junk and a lost name. A run ending in a pair of kg/data/nlp/rejoins.toml
`[conference_branches] heads`, then " of " or " of the ", then a registry organisation (or a
plain run of initials) is one organisation's name, the body inside absorbed; where the text names
the body alone elsewhere, that mention stays.

`branch_heads` (kg/data/nlp/boundaries.toml, kg.nlp.entities.spans.joins) joins one head word
("Chapter of …"); "Conference" alone is as often a gathering ("the Conference of the …
Party"), so only the pairs join here. The step `conference_branches` of `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.capitals import INITIALS
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, span_words

_OF = re.compile(r" of (?:the )?")


@cached
def _heads() -> frozenset[tuple[str, ...]]:
    """The unit's head pairs, as word tuples."""
    return frozenset(tuple(h.split()) for h in load("rejoins")["conference_branches"]["heads"])


def conference_branches(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs with each "<…> State Conference of (the) <body>" made one organisation."""
    heads = _heads()
    out = list(runs)
    for run in runs:
        words = tuple(w for (_b, _e, w) in run.words)
        if run.title or run.kind is not None or len(words) < 3 or words[-2:] not in heads:
            continue
        of = _OF.match(text, run.end)
        body = of and _body_at(text, of.end(), out, known)
        if body is None or not of:
            continue
        end = body.end
        absorbed = list(run.absorbed) + ([body] if isinstance(body, Match) else list(body.absorbed))
        out = [x for x in out if x is not run and x is not body]
        out.append(Run(run.begin, end, span_words(text, run.begin, end, r"\S+"), absorbed=absorbed,
                       kind="organization"))
    return sorted(out, key=lambda x: x.begin)


def _body_at(text: str, begin: int, runs: list[Run], known: list[Match]) -> Match | Run | None:
    """The registry organisation or the plain run of initials that begins at `begin`, if it
    ends the name (no capitalised word glued after it)."""
    for m in known:
        if m.begin == begin and m.entry.kind == "organization" and not _goes_on(text, m.end):
            return m
    for run in runs:
        if run.begin == begin and not run.title and run.kind is None \
                and INITIALS.fullmatch(text[run.begin:run.end]) and not _goes_on(text, run.end):
            return run
    return None


def _goes_on(text: str, end: int) -> bool:
    """A capitalised word right after `end`: the name after "of" goes on, not ours to cut."""
    return re.match(r" [A-Z]", text[end:end + 2]) is not None
