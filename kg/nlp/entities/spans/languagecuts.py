"""A language's adjective before a name in that language (branch passW44): "beside the French
Revue Ouvrière and the Spanish Revista Obrera", "the Portuguese Folha Operária". The run of
capitals takes the adjective in, so the paper's name was read with a word that is no part of it
("French Revue Ouvrière": junk beside the name).

A run opening with a language's name (entities.toml `[translated_titles] languages`, the
languages a translated title is said in) whose two or more other words are each capitalised, no
place the gazetteer knows, and a word of
French, Spanish or Portuguese rather than English (kg.nlp.entities.spans.foreign
`foreign_capital`: wordfreq finds it in one of them more than in English by a margin, or it holds
a letter English does not write) is cut after the adjective: the name is the rest. An English
word after the adjective keeps the run whole ("French Revolution", "Spanish Civil War"), as
does a place's one word ("French Guiana": a region named in English for its ruler). A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.spans.foreign import foreign_capital
from kg.nlp.entities.spans.runs import Run, rest_run


@cached
def _languages() -> frozenset[str]:
    return frozenset(load("entities")["translated_titles"]["languages"])


def language_adjectives(runs: list[Run]) -> list[Run]:
    """The runs with a language's adjective before a name in that language cut off."""
    out = []
    for run in runs:
        words = [w for (_b, _e, w) in run.words]
        if not run.title and run.kind is None and len(words) >= 3 and words[0] in _languages() \
                and not run.absorbed and all(w[:1].isupper() and foreign_capital(w)
                                             and evidence().place_kind(w) is None for w in words[1:]):
            out.append(rest_run(run, 1))
            continue
        out.append(run)
    return out
