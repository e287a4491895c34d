"""Two rulers named by surname and joined by a hyphen before their rule's noun ("the fall of the
Kelvano-Dorrani dictatorship", "protests against the Dorrow-Tallis regime"): the paper names a
regime so for the dictator and his successor, or a ruling couple. The hyphen made one word of the
pair, read as one person with a double surname.

A run of one word, two capitalised parts joined by one hyphen (each no given name, no place the
gazetteer knows, no common English word), right before a ruler's noun (`[evidence]
ruler_noun_after`: "regime", "dictatorship"), is two people, one run each, where the article
writes the word nowhere after a given name ("Ana Kelvano-Dorrani" is one woman's double surname)
(set BC, branch ent89). A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.spans.runs import Run

_PAIR = re.compile(r"([A-Z][a-z]+)-([A-Z][a-z]+)")


def _surname(word: str, ev: Evidence) -> bool:
    return not ev.gazetteer.is_given_name(word) and ev.place_kind(word) is None \
        and not common_words().common(word)


def _after_given_name(text: str, word: str, ev: Evidence) -> bool:
    """The article writes the word after a given name somewhere: one person's double surname."""
    return any(ev.gazetteer.is_given_name(m.group(1)) for m in re.finditer(
        r"(?<![\w’'-])([A-Z][a-z]+) " + re.escape(word) + r"(?![\w’'-])", text))


def ruler_pairs(text: str, runs: list[Run], ev: Evidence) -> list[Run]:
    """The region's runs with each hyphened pair of rulers read as two people's runs."""
    out: list[Run] = []
    for run in runs:
        m = _PAIR.fullmatch(run.words[0][2]) if len(run.words) == 1 else None
        if m is None or run.title or run.kind is not None or run.absorbed \
                or not ev.ruler_after.match(text[run.end:run.end + 20]) \
                or not (_surname(m.group(1), ev) and _surname(m.group(2), ev)) \
                or _after_given_name(text, m.group(0), ev):
            out.append(run)
            continue
        b = run.begin
        split = b + m.end(1) + 1
        out.append(Run(b, b + m.end(1), [(b, b + m.end(1), m.group(1))], kind="person"))
        out.append(Run(split, run.end, [(split, run.end, m.group(2))], kind="person"))
    return out
