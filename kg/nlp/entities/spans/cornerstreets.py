"""A street printed with no type word at a corner: "lined Kelvin Row and 14th Street" needs no
rule, but "lined Broadway and 14th Street", "on Broadway at 165th Street" lost the street (set
BT's misses, branch ent117).

A street the paper prints with no type word (kg/data/nlp/boundaries.toml `typeless_streets`:
"Broadway", "Bowery") is a common English word alone, dropped as one, where no house number
stands before it (kg.nlp.entities.spans.addresses reads "3581 Broadway"). Named at a corner,
joined by "and", "at", "near" or "&" to a street the runs typed a place ("14th Street"), either
side (a run typed a place that ends in a street's type word, `ordinal_types`), it is a
street too: the run is typed a place. kg.nlp.entities.spans.regionsteps runs
`corner_streets`.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run

_CORNER = (" and ", " at ", " near ", " & ")


@cached
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The streets printed with no type word, and the type words of streets."""
    c = load("boundaries")["addresses"]
    return frozenset(c["typeless_streets"]), frozenset(c["ordinal_types"])


def _street(run: Run) -> bool:
    """A run the runs typed a place that ends in a street's type word ("14th Street")."""
    return run.kind == "place" and not run.title and run.words[-1][2] in _words()[1]


def corner_streets(text: str, runs: list[Run]) -> list[Run]:
    """The runs with each typeless street at a corner with a typed street typed a place."""
    out = list(runs)
    for i, run in enumerate(out):
        label = " ".join(w for (_b, _e, w) in run.words)
        if run.kind is not None or run.title or label not in _words()[0]:
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        prev = out[i - 1] if i > 0 else None
        if nxt is not None and _street(nxt) and text[run.end:nxt.begin] in _CORNER \
                or prev is not None and _street(prev) and text[prev.end:run.begin] in _CORNER:
            out[i] = Run(run.begin, run.end, list(run.words), absorbed=list(run.absorbed), kind="place")
    return out


