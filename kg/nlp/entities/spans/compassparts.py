"""A part of a place named by a compass point, then "of the" and the place (branch ent124):
"the West Coast of the South Island", "the North Shore of the Kelvo Harbour".

The run walk joins "of the" between capitalised words, so the part and the place came out as
one name, which no gazetteer, registry or reader knows: the part ("West Coast") has a name of
its own, and so has the place after "of the". A run whose first two words are a compass point
(kg/data/nlp/entities.toml `[evidence] compass_points`) and a region's noun (kg/data/nlp/ofcuts.toml
`compass_part_nouns`), followed by "of the" and at least one capitalised word, is cut in two:
the part and the place. A run with a title or a kind another step gave it is left as it was.
A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run, cut_run, rest_run


@cached
def _points() -> frozenset[str]:
    return frozenset(load("entities")["evidence"]["compass_points"])


@cached
def _nouns() -> frozenset[str]:
    return frozenset(load("ofcuts")["compass_part_nouns"])


def _compass_part(run: Run) -> bool:
    """"<Compass point> <region noun> of the <Name …>", no title, no kind."""
    words = [w for (_b, _e, w) in run.words]
    return not run.title and run.kind is None and len(words) >= 5 \
        and words[0] in _points() and words[1] in _nouns() and words[2:4] == ["of", "the"] \
        and all(w[:1].isupper() for w in words[4:])


def compass_parts(runs: list[Run]) -> list[Run]:
    """The runs, each "<compass part> of the <place>" cut into the part and the place."""
    out: list[Run] = []
    for run in runs:
        if _compass_part(run):
            out += [cut_run(run, run.words[1][1]), rest_run(run, 4)]
        else:
            out.append(run)
    return out
