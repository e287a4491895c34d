"""A law whose name lists its aims with commas and "and" ("the Kelvo Oversight, Management, and
Economic Recovery Act", "the Comprehensive Dorrow Response, Compensation, and Liability Act";
set BJ, branch ent95).

US law names often run a list of nouns with serial commas before the law's head ("Act", "Bill",
`part_of_heads` of kg/data/nlp/boundaries.toml [laws]). The runs stop at each comma and at
"and", which leaves the law cut in three: its opening words a headless run, a middle word alone,
and the last part typed a work by its head ("Economic Recovery Act", a law nobody passed). Where
a law's run is preceded, right up to it, by one to four capitalised parts of one to four words
each, every part closed by a comma and the last followed by "and", the parts are the law's: one
run, a work. A list of places before a law ("from Ohio, Texas, and the Kelvo Act") has "the"
between, which breaks the chain; a part that is a registry name alone ("Ohio,") keeps the chain
from opening there (a list of places or bodies, not a law's words). A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`, after the laws' own joins.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, run_label, span_words
from kg.nlp.entities.spans.textspan import Region

_W = r"[A-Z][\w’'-]*"
# "Kelvo Oversight, Management, and ": the parts before the law's run, anchored at it
_LIST_BEFORE = re.compile(rf"(?<![\w’'-])(?P<parts>(?:{_W}(?: {_W}){{0,3}}, ){{2,5}})and \Z")
_WINDOW = 160


@cached
def _law_heads() -> frozenset[str]:
    return frozenset(load("boundaries")["laws"]["part_of_heads"])


def _list_start(text: str, law: Run, r: Region, known: list[Match]) -> int | None:
    """Where the law's list of parts begins, or None where no such list stands before it."""
    m = _LIST_BEFORE.search(text, max(r.begin, law.begin - _WINDOW), law.begin)
    if m is None or re.search(r"[A-Z][\w’'.-]* \Z", text[max(0, m.start() - 30):m.start()]):
        return None  # a longer name runs into the first part: no law's list opens there
    parts = [p for p in m.group("parts").split(", ") if p]
    spans = {(x.begin, x.end) for x in known}
    at = m.start("parts")
    for part in parts:  # a registry name alone as a part: a list of places or bodies
        if (at, at + len(part)) in spans:
            return None
        at += len(part) + 2
    return m.start("parts")


def comma_laws(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The region's runs with each law named by a comma list joined into one run, a work."""
    out = list(runs)
    for law in runs:
        if law.title or not law.words or law.kind not in (None, "work") \
                or head_word(run_label(text, law), cues) not in _law_heads():
            continue
        start = _list_start(text, law, r, known)
        if start is None:
            continue
        opener = re.match(r"([A-Z]\w*) ", text[start:law.begin])
        if opener and opener.group(1) in cues.function_words:
            start += opener.end()  # "The Comprehensive …": the sentence's article is no part
        inside = [m for m in known if start <= m.begin and m.end <= law.end]
        out = [x for x in out if not (start <= x.begin and x.end <= law.end)]
        out.append(Run(start, law.end, span_words(text, start, law.end, r"[^\s,]+"),
                       absorbed=inside, kind="work"))
    return sorted(out, key=lambda x: x.begin)
