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

A body of such people is named by the field they work in too: "<Place> <Group> in <Field>"
("Tallow Women in Welding", "Kelvo Teachers in Action"), where "in" cut the run and left the
place and the group a junk body, the field a junk place. One to three capitalised English words
after " in " (`pluralbodies.english_word`), none a place the gazetteer knows (then "in" says
where: "Kelvo Workers in Tallowby"), no month, day or registry name, after a run that ends in a
group's word and holds another word before it (no sentence's subject alone), closed by
punctuation or a lower-case word: one organisation (wave 4's kind, branch junk47).

kg.nlp.entities.spans.regionsteps runs it with `to_names` before anything types the runs.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.pairjoins import join_pairs
from kg.nlp.entities.spans.pluralbodies import english_word
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
    return join_pairs(runs, lambda run, nxt: _joins(text, run, nxt, cues, tx)
                      or _field_in(text, run, nxt, cues), "organization")


# what may follow the field: punctuation, or a lower-case word (the sentence goes on)
_FIELD_CLOSE = re.compile(r"[,.;:)]| [a-z]|\s*\Z")


def _field_in(text: str, group: Run, field: Run, cues: Cues) -> bool:
    """"Tallow Women in Welding": a run of two words or more ending in a group's word, " in ",
    then a field of English words that is no place (module docstring)."""
    if len(group.words) < 2 or group.words[-1][2] not in _groups() or group.title or field.title \
            or field.kind is not None or field.absorbed or text[group.end:field.begin] != " in " \
            or not _FIELD_CLOSE.match(text, field.end):
        return False
    words = [w for (_b, _e, w) in field.words]
    ev = evidence()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() and english_word(w)
                                        and w not in cues.calendar for w in words) \
        and ev.place_kind(" ".join(words)) is None and not any(ev.place_kind(w) for w in words)


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
