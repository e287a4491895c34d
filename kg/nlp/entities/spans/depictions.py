"""A picture of someone opening a sentence is no name: "Pictures of Dorrow Kelvani hung over the
stage", "Portraits of the Kelvo martyrs lined the hall" (issue 10, set BD's junk,
branch ent87). The nouns are data (kg/data/nlp/boundaries.toml [depictions] `nouns`).

A plural noun of things that show a person or a scene ("Pictures", "Portraits", "Banners"),
capitalised only because it opens a sentence, and "of" run on into the name after them; some
of these nouns are a body's head word as well ("Kelvo Pictures", a film studio), so the run was
typed an organisation whole. The run starts at the name after "of" (and "the"): the one
pictured. Where that name is a registry mention already, the run is dropped and the mention
stays. Mid-sentence a capitalised "Pictures of …" is a title's and is left alone.
kg.nlp.entities.spans.regionsteps runs `depicted_names`.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run, rest_run
from kg.nlp.entities.spans.textspan import TextIndex

_SMALL = ("of", "the")


@cached
def _nouns() -> frozenset[str]:
    return frozenset(load("boundaries")["depictions"]["nouns"])


def depicted_names(tx: TextIndex, runs: list[Run]) -> list[Run]:
    """The runs with each one that opens a sentence with a depiction's noun and "of" cut to the
    name after them, or dropped where that name is a registry mention it absorbed."""
    out = []
    for run in runs:
        words = run.words
        if run.kind is not None or run.title or len(words) < 3 or words[0][2] not in _nouns() \
                or words[1][2] != "of" or not tx.is_sentence_start(run.begin):
            out.append(run)
            continue
        rest = words[1:]
        while rest and rest[0][2] in _SMALL:
            rest = rest[1:]
        if not rest or any(m.begin == rest[0][0] and m.end == run.end for m in run.absorbed):
            continue  # the one pictured is a registry name, a mention of its own
        out.append(rest_run(run, len(words) - len(rest)))
    return out
