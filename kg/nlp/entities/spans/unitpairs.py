"""Two armed units joined by "and": "a raid by Kelvish Army Grenadiers and Falcon Force
troops" (set BU's junk, branch ent117).

kg.nlp.entities.spans.andlists joins a part after "and" that ends in an organisation's head
("Force") with the parts before it, as one body named by a list ("Hotel and Restaurant
Employees Union"), so the two units were one name (junk) and neither was found. A unit named
by its arm's plural ("Army Rangers", "Navy Guards": kg/data/nlp/cutnames.toml
`unit_arm_words`) is a whole name, no list's item; after "and" a unit ending in a unit's head
(kg/data/nlp/militaryunits.toml `unit_ranks`) is another: the run is cut in two at "and", the
first an organisation (the unit's plural alone types nothing). kg.nlp.entities.spans.regionsteps
runs `unit_pairs` before a place glued before a list is read (`place_before_list`).
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run, absorbed_in


@cached
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The plurals of an army's arms, and the heads of its units."""
    arms = frozenset(w for w in load("cutnames")["unit_arm_words"] if w.endswith("s"))
    heads = frozenset(h for rank in load("militaryunits")["unit_ranks"] for h in rank)
    return arms, heads


def _split(text: str, run: Run) -> tuple[Run, Run] | None:
    """The two units of a run "<…> <Arms> and <…> <Head>", or None. The "and" is a word of
    the run, or the gap between two of its words (an "and" list's merge leaves it out)."""
    arms, heads = _words()
    ws = run.words
    cuts = [(k, k) for k in range(1, len(ws)) if text[ws[k - 1][1]:ws[k][0]] == " and "]
    cuts += [(k, k + 1) for k in range(1, len(ws) - 1) if ws[k][2] == "and"]
    if run.title or len(cuts) != 1 or ws[-1][2] not in heads:
        return None
    k, j = cuts[0]
    if k < 2 or j > len(ws) - 2 or ws[k - 1][2] not in arms:
        return None
    first, second = ws[:k], ws[j:]
    a_end, b_begin = first[-1][1], second[0][0]
    return (Run(run.begin, a_end, first, absorbed=absorbed_in(run, run.begin, a_end), kind="organization"),
            Run(b_begin, run.end, second, absorbed=absorbed_in(run, b_begin, run.end)))


def unit_pairs(text: str, runs: list[Run]) -> list[Run]:
    """The runs with each pair of units joined by "and" cut in two."""
    out: list[Run] = []
    for run in runs:
        parts = _split(text, run)
        out.extend(parts if parts else (run,))
    return out
