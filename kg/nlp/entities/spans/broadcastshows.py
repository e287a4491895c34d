"""A broadcast programme named after its network and its noun: "the KTV program Night Questions",
"the Kelvo Radio series 20 Questions II" (set BU's junk, branch ent127).

The paper names a television or radio programme by its network, a lower-case noun of the kind
(kg/data/nlp/boundaries.toml [broadcast_shows] `nouns`: "program", "series", "documentary") and
the programme's title. The run of capitalised words after the noun was typed by the words around
it ("on the … program X": an employer's cue) or, where the title opens with a number in figures
("60 Minutes"-like titles), the scanner made no run of the number and the words after it were
left an untyped piece. After "the", a capitalised word or acronym (the network), one space and
the noun, a number in figures (optional) and a plain run right after are one name, a work; not
where a given name opens the run ("the Kelvo program Ana Ruiz ran": its organiser).
kg.nlp.entities.spans.regionsteps runs `broadcast_shows`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.spans.runs import Run, plain_run


@cached
def _frame() -> re.Pattern[str]:
    """"the KTV program ", "the Kelvo Radio series " (one to three capitalised words, the
    network; a number in figures after the noun) right before a run."""
    nouns = "|".join(re.escape(n) for n in load("boundaries")["broadcast_shows"]["nouns"])
    return re.compile(rf"(?<![\w’'-])the (?:[A-Z][\w&.’'-]* ){{1,3}}(?:{nouns}) (?P<num>\d{{1,3}} )?\Z")


def broadcast_shows(text: str, runs: list[Run]) -> list[Run]:
    """The runs of one region, each after a network's programme noun made a work, opened at the
    number in figures before it where one stands there."""
    out: list[Run] = []
    for run in runs:
        m = _frame().search(text, max(0, run.begin - 60), run.begin) if plain_run(run) else None
        if m is None or evidence().gazetteer.is_given_name(run.words[0][2]):  # "… program Ana Ruiz ran"
            out.append(run)
            continue
        if m.group("num"):
            b, e = m.start("num"), m.end("num") - 1
            run = replace(run, begin=b, words=[(b, e, text[b:e]), *run.words])
        out.append(replace(run, kind="work"))
    return out
