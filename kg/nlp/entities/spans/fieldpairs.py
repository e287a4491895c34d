"""Two fields joined by "and" before a body's or a law's head are one name: "the Mine Welfare
and Safety Board", "the Dorrow Health and Hygiene Program", "the Harbor Safety and Health Act".

The scanner ends a run at "and", and the list joins (kg.nlp.entities.spans.andlists) join what
comes before only to a union's or a firm's head, so such a name was cut in two: a headless
run ending in a field ("Mine Welfare": no name) and a run opening on a field and ending in a
head ("Safety Board"), each a new name the article never printed. Here the first part has no
head of its own and ends in a field (kg/data/nlp/entities.toml `field_words`), every word of
it a common English word that is no given name and no known place; the second opens on a
field, ends in an organisation's or a work's head and holds no other head. Then the two are
one run; a registry region glued before it by one space ("Tallowa" in "the Tallowa Mine
Welfare and Safety Board") is the state's, as kg.nlp.entities.spans.stateagencies reads it,
and opens the name. A part that is a name of its own ("Kelvo Steel and Safety Board") keeps
the cut. A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS` (set CB, branch
ent113); the fields and heads are data, the names are not."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import joins
from kg.nlp.entities.spans.runs import Run

_AND = re.compile(r" and ")
_HEAD_KINDS = ("organization", "work")


def _plain(word: str, cues: Cues) -> bool:
    """A common English word, no given name, no known place, no head: a field's modifier."""
    ev = evidence()
    return joins.common_word(word) and word not in cues.heads and not ev.gazetteer.is_given_name(word) \
        and ev.place_kind(word) is None


def _fields_before(run: Run, cues: Cues) -> bool:
    """"Mine Welfare", "Safety": one to three words ending in a field, none a head."""
    words = [w for (_b, _e, w) in run.words]
    return not run.title and not run.absorbed and 1 <= len(words) <= 3 and words[-1] in cues.fields \
        and all(w in cues.fields or _plain(w, cues) for w in words)


def _headed_field(run: Run, cues: Cues) -> bool:
    """"Safety Board", "Health Act": a field, then at most one more word, then a head."""
    words = [w for (_b, _e, w) in run.words]
    return not run.title and not run.absorbed and 2 <= len(words) <= 3 and words[0] in cues.fields \
        and cues.heads.get(words[-1]) in _HEAD_KINDS \
        and all(w in cues.fields or _plain(w, cues) for w in words[1:-1])


def _state_before(text: str, begin: int, known: list[Match]) -> Match | None:
    """A registry place inside a country ("Tallowa", a state) glued by one space before `begin`."""
    for m in known:
        if m.end == begin - 1 and text[m.end] == " " and m.how == "name" \
                and m.entry.kind == "place" and m.entry.place \
                and (m.begin == 0 or not (text[m.begin - 1].isalnum() or text[m.begin - 1] in "-–’'")):
            return m
    return None


def field_pairs(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs, each pair of the module docstring's shape joined in one (with its state)."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is None or not _AND.fullmatch(text, prev.end, run.begin) \
                or not _fields_before(prev, cues) or not _headed_field(run, cues):
            out.append(run)
            continue
        out.pop()
        state = _state_before(text, prev.begin, known)
        words = prev.words + run.words
        absorbed: list[Match] = []
        if state is not None:
            words = [(state.begin, state.end, text[state.begin:state.end])] + words
            absorbed = [state]
        out.append(Run(words[0][0], run.end, words, False, absorbed))
    return out
