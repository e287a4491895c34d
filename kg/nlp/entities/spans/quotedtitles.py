"""An article's title in quotation marks before the periodical that printed it ("readers can turn
to “Kelvia Has Lost the Long Peace” in New International no. 11", "“Why the Kelvo Miners Won”
in the Militant"): the paper cites its own and its sister magazines' articles so. No work's noun
stands before such a title, so kg.nlp.entities.spans.titles found none, and the names inside it
were read as names of their own ("Cold War" in a title about it).

A quoted stretch of two words or more, every word capitalised but the small words of a title
(`[titles] title_small_words`) and none a sentence's lower-case word, closed by its quotation
mark (a comma or full stop may stand inside it) and followed by "in" and a registry periodical
("the" may come between), is a work's title (branch ent89). kg.nlp.entities.spans.titles
`find_titles` calls it for each prose region."""

from __future__ import annotations

import re

from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.textspan import Region

_QUOTED = re.compile(r"[“\"](?P<t>[A-Z][^“”\"\n]{2,150}?)[,.]?[”\"]\s+in\s+(?P<the>the\s+)?")
_WORD = re.compile(r"[^\s,:;]+")


def _title_case(title: str, small: frozenset[str]) -> bool:
    """Every word capitalised (or a number) but a title's small words, and two words or more."""
    words = _WORD.findall(title)
    return len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() or w in small for w in words[1:])


def quoted_before_periodical(text: str, r: Region, known: list[Match],
                             small: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the quoted titles in region r that a registry periodical follows."""
    periodicals = {m.begin for m in known if m.entry.kind == "periodical"}
    out = []
    for m in _QUOTED.finditer(text, r.begin, r.end):
        at = {m.end(), m.start("the")} - {-1}  # the periodical's name may hold its "the"
        if at & periodicals and _title_case(m.group("t"), small):
            out.append((m.start("t"), m.end("t")))
    return out
