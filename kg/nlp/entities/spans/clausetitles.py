"""A work's title after "in", closed by a clause of writing or printing (set BY's kind, branch
ent112): "Karl Dorrow, in The Harvest in Kelvia, written as an address to …", "took up the
question in Bread and Ballots, written in 1931", "can be read in Days of the Kelvo Strike,
published in English by …".

Without a cue the runs cut such a title at its small words and keep the pieces as names ("Bread"
a place, "Kelvo Strike" an event). The cue is the clause after the title's comma: a participle
of writing or printing (`participles`) and a year, a role ("as a letter") or a language and a
publisher (`tails`, kg/data/nlp/clausetitles.toml); the word before the title is "in"
(`openers`). The title is one title-case stretch (titles' `_stretch`, passed in so imports flow
one way) of two words or more that runs from right after "in" to the comma; a stretch that is a
place ("in Santa Rosa, written in 1931") is no title, nor one a known name covers whole."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.textspan import Region

Stretch = Callable[[int, int], int | None]  # the end of a title-case stretch from one offset to a limit

@cached
def _pattern() -> tuple[re.Pattern, re.Pattern]:
    """The opener ("in " before a capital) and the closing clause (", " + a participle + a tail)."""
    c = load("clausetitles")
    tails = "|".join(f"(?:{t})" for t in c["tails"])
    return re.compile(r"(?<![\w’'-])" + phrase_pattern(c["openers"]) + r"\s+(?=[A-Z])"), \
        re.compile(r",\s+" + phrase_pattern(c["participles"]) + r"\s+(?:" + tails + r")")


def clause_titles(text: str, r: Region, known: list[Match], stretch: Stretch) -> list[tuple[int, int]]:
    """The (begin, end) of each title after "in" in region `r` that a writing or printing clause
    closes."""
    opener, clause = _pattern()
    out = []
    for m in opener.finditer(text, r.begin, r.end):
        begin = m.end()
        end = stretch(begin, r.end)
        if end is None or not clause.match(text, end, r.end):
            continue
        body = text[begin:end]
        if len(body.split()) < 2 or gazetteer().place_kind(body) \
                or any(k.begin <= begin and end <= k.end for k in known):
            continue
        out.append((begin, end))
    return out
