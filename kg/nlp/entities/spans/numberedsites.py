"""A mine or pit by its number: "the No. 7 mine", "its No. 4 mine", "Kelvo Coal’s No. 2 pit"
(issue 10, set AW's kinds, branch ent77; docs/entities.md "Set AW's names").

Coal and potash companies number their mines, and the paper names a mine so: the number and
the lower-case site noun together are the mine's name, a place, as the held-out gold lists it
("No. 7 mine"). The scanner makes no run of "No. 7" (a number is no name). `numbered_sites` adds
one where "the", "its", "their" or an owner's possessive stands before "No." (the mine of a
firm the text names) and a site noun (kinds.toml `[numbered_sites] nouns`) after the number; a
capitalised name glued before the number ("Kelvo Hollow No. 6 mine") is left to the runs, which
name the mine by its own name.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region


@cached
def _numbered() -> re.Pattern[str]:
    """"the No. 7 mine": the owner's word, "No." and a number, the site noun."""
    nouns = phrase_pattern(load("kinds")["numbered_sites"]["nouns"])
    return re.compile(r"(?:(?<![\w’'-])(?:the|its|their)|[’']s?)\s+"
                      r"(?P<n>No\.\s?(?P<d>\d{1,3})\s+(?P<h>" + nouns + r"))(?![\w’'-])")


def numbered_sites(text: str, r: Region, runs: list[Run]) -> list[Run]:
    """The runs of region `r` with each numbered mine in it, a place's run ("No. 7 mine")."""
    out = list(runs)
    for m in _numbered().finditer(text, r.begin, r.end):
        b, e = m.start("n"), m.end("n")
        if any(x.begin < e and b < x.end for x in out):
            continue
        words = [(b + w.start(), b + w.end(), w.group(0)) for w in re.finditer(r"\S+", m.group("n"))]
        out.append(Run(b, e, words, kind="place"))
    return sorted(out, key=lambda x: x.begin)
