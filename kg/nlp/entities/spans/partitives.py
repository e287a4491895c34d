"""A plural noun opening a sentence before "of the" and a body's name ("Units of the Kelvo
Liberation Army held the bridge"; issue 10, set BV, branch ent109).

kg.nlp.entities.spans.openers `drop_initial_noun` cuts a common noun opening a sentence from the
name after its "of" ("Members of the …"), but not an organisation's head ("Union of Kelvo
Garment Workers" opening a sentence is one name): "Units", a head in "People’s Protection
Units", kept the whole run, a body of nobody's naming. A noun of a body's parts
(`[partitive_openers] nouns`, kg/data/nlp/boundaries.toml) opening a sentence, then "of the"
and capitalised words ending in an organisation's head, is the body's part: the run is cut to
the body's name. Without "the" ("Councils of Action") or with a name that ends in no head, the
run stays. A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run, rest_run
from kg.nlp.entities.spans.textspan import TextIndex


@cached
def _nouns() -> frozenset[str]:
    return frozenset(load("boundaries")["partitive_openers"]["nouns"])


def partitive_openers(runs: list[Run], tx: TextIndex, cues: Cues) -> list[Run]:
    """The runs, each a body's part opening a sentence cut to the body (module docstring)."""
    return [_cut(run, cues) if tx.is_sentence_start(run.begin) else run for run in runs]


def _cut(run: Run, cues: Cues) -> Run:
    words = [w for (_b, _e, w) in run.words]
    if run.title or len(words) < 5 or words[0] not in _nouns() or words[1:3] != ["of", "the"] \
            or not words[3][:1].isupper() or cues.heads.get(words[-1]) != "organization":
        return run
    return rest_run(run, 3)
