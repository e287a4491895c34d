"""A party's faction in brackets named by a creed and a head word (set CF, branch ent119): "the
Communist Party of Kelvia (Leninist Centre)", "the Dorrish Workers' Party (Marxist-Leninist
Front)". kg.nlp.entities.spans.partyfactions joins a faction of plain words ("(Leninist)",
"(Unified Socialist-Agrarian)") but leaves one holding a head word, since a head word in brackets
is mostly an English gloss of a foreign name ("Parti Kelvois (Kelvish Party)"); the runs then
stop at the bracket, leaving the party's name cut and the faction a body of its own.

`creed_factions` joins "X (Y Z)" into one run when X holds a party's head word (`[party_factions]
heads`, kg/data/nlp/boundaries.toml), Y opens with a creed's adjective (a capitalised word with
a hyphened part ending in kg/data/nlp/creedwords.toml `faction_endings`: "Maoist",
"Marxist-Leninist") and the bracket holds two or three capitalised words, no acronym, no party
head word (the gloss's "Party", "League") and no place the gazetteer knows, and closes before no
capitalised word. A gloss of a foreign party's name opens with a nationality ("Kelvish"), not a
creed, so it stays apart.

A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`, after `party_factions`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.spans.runs import Run, span_words

_BRACKET = re.compile(r" \(([A-Z][\w-]*(?: [A-Z][\w-]*){1,2})\)(?![ \t]*[A-Z(\w])")


def creed_factions(text: str, runs: list[Run]) -> list[Run]:
    """The runs, with each party's name and its creed-named faction joined (module docstring);
    the run of the bracket's words goes into the join."""
    heads = set(load("boundaries")["party_factions"]["heads"])
    endings = tuple(load("creedwords")["faction_endings"])
    out: list[Run] = []
    for run in runs:
        if not out or run.begin >= out[-1].end:  # a run inside the last join is the bracket's
            out.append(_joined(text, run, heads, endings) or run)
    return out


def _joined(text: str, run: Run, heads: set[str], endings: tuple[str, ...]) -> Run | None:
    """`run` and the creed-named faction in brackets after it as one run, or None."""
    m = _BRACKET.match(text, run.end)
    if m is None or run.title or run.kind is not None \
            or not any(w in heads for (_b, _e, w) in run.words):
        return None
    words = m.group(1).split()
    if not _creed(words[0], endings) or any(w in heads for w in words) \
            or any(w.replace("-", "").isupper() for w in words) \
            or evidence().place_kind(" ".join(words)) is not None:
        return None
    return Run(run.begin, m.end(), run.words + span_words(text, m.start(1), m.end(1)), False, run.absorbed)


def _creed(word: str, endings: tuple[str, ...]) -> bool:
    """A creed's adjective: every hyphened part capitalised and the last ending in a creed's
    ending ("Maoist", "Marxist-Leninist")."""
    parts = word.split("-")
    return all(p[:1].isupper() and p[1:].isalpha() and p[1:].islower() for p in parts) \
        and parts[-1].endswith(endings)
