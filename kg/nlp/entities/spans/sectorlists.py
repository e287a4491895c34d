"""A body named by the sectors it gathers, listed with commas and "and" before its head: "the
Rural, Student, Trade Union and Popular Front" (set CK's junk; branch ent125).

A coalition or a ministry may be named by a list of common words, the sectors or portfolios it
joins, before one head. The scanner ends a run at a comma and at "and", so such a name was cut
in pieces: the words before the last item junk ("Student", "Trade Union") and the last item
with the head a body the article never named ("Popular Front"). kg.nlp.entities.spans.fieldpairs
joins two fields joined by "and"; here the list has three items or more, right after "the": each
item one or two capitalised words, every word (the last item's too) a common English word
(kg.nlp.entities.spans.joins `common_word`) or a head, none a given name, a known place or a
registry name, and the last item a run that ends in an organisation's head. Then the list and
the head are one run, the runs inside it gone. A list with a name in it ("the Rural, Student,
Trade Union and Kelvane Front": no common word) is left to the other steps. A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import joins
from kg.nlp.entities.spans.runs import Run, span_words

_ITEM = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
# "the" and two items or more, each closed by a comma, then the last item's "and"
_LIST_BEFORE = re.compile(rf"(?<![\w’'-])[Tt]he ((?:{_ITEM}, ){{2,}}and |(?:{_ITEM}, )+{_ITEM} and )\Z")
_REACH = 120  # the farthest back the list reaches, in characters


def sector_lists(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs with each list of sectors before a body's head made one run with it (module
    docstring)."""
    for run in runs:
        if not _headed(run, cues):
            continue
        m = _LIST_BEFORE.search(text, max(0, run.begin - _REACH), run.begin)
        if m is None:
            continue
        begin = m.start(1)
        words = [w for (_b, _e, w) in span_words(text, begin, run.end) if w != "and"]
        if not all(_plain(w, cues) for w in words) \
                or any(begin <= k.end and k.begin < run.begin for k in known):
            continue
        inside = [r for r in runs if begin <= r.begin and r.end <= run.end]
        whole = Run(begin, run.end, span_words(text, begin, run.end), False,
                    [a for r in inside for a in r.absorbed])
        return sector_lists(text, sorted([r for r in runs if r not in inside] + [whole],
                                         key=lambda r: r.begin), known, cues)
    return runs


def _headed(run: Run, cues: Cues) -> bool:
    """A run nothing typed of two or three words ending in an organisation's head."""
    return not run.title and run.kind is None and 2 <= len(run.words) <= 3 \
        and cues.heads.get(run.words[-1][2]) == "organization"


def _plain(word: str, cues: Cues) -> bool:
    """A sector's word: a common English word or a head, no given name, no known place."""
    ev = evidence()
    return (joins.common_word(word) or word in cues.heads) and not ev.gazetteer.is_given_name(word) \
        and ev.place_kind(word) is None
