"""A body named by a purpose clause: "<Group> to <Verb> …" in Title Case, mid-sentence (set BH,
branch ent94): "families from Parents to Protect Kelvin Schools", "a rally called by Neighbors to
Stop Dorrow Dump".

"to" is no connector the run walk takes (it joins no name in "sent Ana to Dorrow"), so the run
stopped at it: the group's word alone was junk (a place, after "from"), the clause a body's name
of its own ("Protect Kelvin Schools"). `purpose_bodies` joins them where the shape says a name:
the first run one word of `purpose_groups` (kg/data/nlp/entities.toml: plural nouns of people,
"Parents", "Tenants"), not opening a sentence (where "Workers to …" may be any sentence's
subject), in prose (a headline in Title Case capitalises any verb); "to" between, one space either
side; the second run two to five capitalised words opened by a purpose's verb (`purpose_to_verbs`,
which the campaigning bodies' "Committee to End …" share: "Protect", "Stop", "Improve"),
punctuation right after it (the name ends there: "…, a group of families"). Neither run holds
a title or a kind of its own.

kg.nlp.entities.spans.regionsteps runs it with `to_names` before anything types the runs.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.pairjoins import join_pairs
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region, TextIndex

_CLOSE = frozenset(",.;:)")


@cached
def _groups() -> frozenset[str]:
    """The plural nouns of people that open such a name (`purpose_groups`)."""
    return frozenset(load("entities")["purpose_groups"])


def purpose_bodies(text: str, r: Region, runs: list[Run], cues: Cues, tx: TextIndex) -> list[Run]:
    """The runs, "<Group> to <Verb> …" joined into one organisation's name (module docstring)."""
    if r.kind != "prose":
        return runs
    return join_pairs(runs, lambda run, nxt: _joins(text, run, nxt, cues, tx), "organization")


def _joins(text: str, group: Run, clause: Run, cues: Cues, tx: TextIndex) -> bool:
    """A group's word mid-sentence, " to ", then the clause closed by punctuation."""
    if len(group.words) != 1 or group.words[0][2] not in _groups() or group.title \
            or group.kind is not None or tx.is_sentence_start(group.begin) \
            or text[group.end:clause.begin] != " to " or text[clause.end:clause.end + 1] not in _CLOSE:
        return False
    return _clause(clause, cues)


def _clause(run: Run, cues: Cues) -> bool:
    """Two to five capitalised words, the first a purpose's verb (`purpose_to_verbs`)."""
    return 2 <= len(run.words) <= 5 and not run.title and run.kind is None \
        and all(w[:1].isupper() for (_b, _e, w) in run.words) and run.words[0][2] in cues.purpose_verbs
