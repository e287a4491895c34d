"""A party's faction in brackets after its name (set BI, branch ent93): parties that split keep
the old name and add the faction's word in brackets, "the Communist Party of Kelvia (Leninist)",
"the Communist Party of Dorrow (Unified Socialist-Agrarian)", "the Kelvish People's League
(Dorrow)" (a faction named for its leader). The runs of capitalised words stop at the bracket,
leaving the party's name without its faction (another party's name, or the split's parent) and the
bracketed word a name of its own, an adjective or a given name typed as a body or a person.

`party_factions` joins "X (Y)" into one run when X holds a party's head word
(`[party_factions] heads`, kg/data/nlp/boundaries.toml) and Y is one to three capitalised words
(a hyphen inside one allowed) with no acronym, no head word of a name (a gloss in English, "Parti
Kelvois (Kelvish Party)") and no place the gazetteer knows ("the Labour Party (Dorrow)" names the
party's country), and the bracket closes before no capitalised word (a run of its own). The
bracket's word may be a given name: the faction named for its leader.

A faction may hold a head word where a creed's adjective opens it: "the Communist Party of
Kelvia (Leninist Centre)", "the Dorrish Workers' Party (Marxist-Leninist Front)" (set CF, branch
ent119; its own step `creed_factions` until branch gath45 made the two one step). A head word in
brackets is mostly an English gloss of a foreign name ("Parti Kelvois (Kelvish Party)"), but a
gloss opens with a nationality ("Kelvish"), not a creed: two or three capitalised words in
brackets whose first is a creed's adjective (every hyphened part capitalised, the last ending in
kg/data/nlp/creedwords.toml `faction_endings`: "Maoist", "Marxist-Leninist"), with no acronym, no
party's head word (the gloss's "Party", "League") and no place the gazetteer knows, are a faction
too.

kg.nlp.entities.spans.regionsteps runs it after `join_brackets` (the law qualifiers), before
anything types the runs.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run, span_words

_BRACKET = re.compile(r" \(([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})\)(?![ \t]*[A-Z(\w])")


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("boundaries")["party_factions"]["heads"])


@cached
def _creed_endings() -> tuple[str, ...]:
    return tuple(load("creedwords")["faction_endings"])


def party_factions(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, with each party's name and its bracketed faction joined (module docstring); a
    run of the bracket's words (a given name, a word a step found alone) goes into the join."""
    heads = _heads()
    out: list[Run] = []
    end = -1
    for run in runs:
        if run.begin < end:
            continue
        joined = _joined(text, run, heads, cues)
        out.append(joined or run)
        end = joined.end if joined else -1
    return out


def _joined(text: str, run: Run, heads: frozenset[str], cues: Cues) -> Run | None:
    """`run` and the faction in brackets after it as one run, or None: the party's head word in
    `run`, the bracket a faction's words (`_faction`, `_creed_faction`)."""
    m = _BRACKET.match(text, run.end)
    if m is None or run.title or run.kind is not None or not any(w in heads for (_b, _e, w) in run.words):
        return None
    words = m.group(1).split()
    if not _faction(words, cues) and not _creed_faction(words, heads):
        return None
    return Run(run.begin, m.end(), run.words + span_words(text, m.start(1), m.end(1)), False, run.absorbed)


def _faction(words: list[str], cues: Cues) -> bool:
    """One to three capitalised words, no acronym, no head word, no place: a faction's name."""
    return all(w.replace("-", "")[1:].isalpha() for w in words) \
        and not any(len(w) > 1 and w.replace("-", "").isupper() for w in words) \
        and not any(p in cues.heads for w in words for p in w.split("-")) \
        and evidence().place_kind(" ".join(words)) is None


def _creed_faction(words: list[str], heads: frozenset[str]) -> bool:
    """Two or three capitalised words opening with a creed's adjective, no party's head word, no
    acronym, no place: a faction named by a creed and a head word."""
    return len(words) >= 2 and _creed(words[0]) and not any(w in heads for w in words) \
        and not any(w.replace("-", "").isupper() for w in words) \
        and evidence().place_kind(" ".join(words)) is None


def _creed(word: str) -> bool:
    """A creed's adjective: every hyphened part capitalised and the last ending in a creed's
    ending ("Maoist", "Marxist-Leninist")."""
    parts = word.split("-")
    return all(p[:1].isupper() and p[1:].isalpha() and p[1:].islower() for p in parts) \
        and parts[-1].endswith(_creed_endings())
