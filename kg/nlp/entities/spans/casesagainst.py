"""A court case whose second party is an office or a body named with "of" ("the case was Kelvish
Labor Party v. Attorney General of the United States", "Dorrow Workers Union v. Secretary of
Labor"): the runs cut such a party (a title alone is no name, and the registry's place after
"of the" is a mention of its own), so `_case_names` (kg.nlp.entities.spans.joins), which joins
two parties it finds, found one and left the country as a name the text is not about.

After a registry name or a run and " v. " (or " vs. "), the capitalised words and the small
words "of", "the" and "for" between them, up to the first word that is neither, are the second
party ("and" is left out: "… v. Casey and Roe v. Wade" are two cases); the whole is one name,
the case, the names inside absorbed (set BL, branch ent97). A run already holding "v." is left
as it is. kg.nlp.entities.spans.regionsteps runs `cases_against` after
`join_marks`."""

from __future__ import annotations

import re

from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, span_words
from kg.nlp.entities.spans.textspan import Region

_WORD = r"[A-Z][\w’'-]*"
_AGAINST = re.compile(rf" vs?\. (?P<p>{_WORD}(?: (?:(?:of|the|for) )*{_WORD})*)(?![\w’'-])")


def cases_against(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs of region r with each party, "v." and a second party the runs did not find whole
    made one name, the case (`known`: the registry's matches; those in r are read)."""
    known = [k for k in known if r.begin <= k.begin and k.end <= r.end]
    out = list(runs)
    parties = sorted([*runs, *known], key=lambda x: x.begin)
    for left in parties:
        m = _AGAINST.match(text, left.end)
        if m is None or isinstance(left, Run) and left not in out:
            continue
        end = m.end("p")
        if any(isinstance(x, Run) and x.begin < end and left.end < x.end and x.end > end for x in out):
            continue  # a run goes on past the party: not ours to cut
        if any(isinstance(x, Run) and x.begin <= left.begin and left.end < x.end for x in out):
            continue  # the case is one run already
        inside = [x for x in out if left.begin <= x.begin and x.end <= end]
        absorbed = [k for k in known if left.begin <= k.begin and k.end <= end]
        words = span_words(text, left.begin, end, r"\S+")
        out = [x for x in out if x not in inside]
        out.append(Run(left.begin, end, words, absorbed=absorbed))
    return sorted(out, key=lambda x: x.begin)

