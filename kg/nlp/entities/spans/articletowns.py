"""Towns named with the Arabic article in lower case (issue 10; set AR, branch ent72).

Arab towns are printed with the article in lower case as often as not ("al-Tallqa",
"el-Dorrah"): the name finder reads capitalised runs, so it finds none. Where a place's word
stands right before the name ("in al-Tallqa", "spread to al-Dorrah") or before a list of names
the name ends ("rallies in Kelvo, Dorrib and al-Tallqa"), the name is a place. A name glued
after a capitalised word is a person's ("Kemal al-Dorrani") and is left alone, as are the clubs
(kg.nlp.entities.spans.clubs) and every span already named. The articles are data (kg/data/nlp/
kinds.toml [article_towns]); the place's words are entities.toml `locative_before`.
"""

from __future__ import annotations

import re

from kg.annotations import Entity, Mention
from kg.iri import slug
from kg.model import Span
from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence


@cached
def _name() -> re.Pattern[str]:
    arts = "|".join(map(re.escape, load("kinds")["article_towns"]["articles"]))
    return re.compile(rf"(?<![\w’'-])(?:{arts})-[A-Z][\w’']+(?:-[A-Z][\w’']+)?(?![\w’'-])")


# a capitalised word right before, one space away: the name is part of a person's
_GLUED = re.compile(r"[A-Z][\w’'.-]* $")


def town_spans(text: str, spans: list[tuple[int, int]],
               taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where in `spans` (the article's prose) a lower-case article opens a town's name that a
    place's word, or a list after one, stands before; none overlapping `taken`."""
    ev = evidence()
    out: list[tuple[int, int]] = []
    for b0, e0 in spans:
        for m in _name().finditer(text, b0, e0):
            b, e = m.span()
            if any(tb < e and b < te for tb, te in taken) or textwindow.before(_GLUED, text, b, 30):
                continue
            if ev.locative_before(text, b) or ev.locative_list_before(text, b):
                out.append((b, e))
    return out


def town_mentions(text: str, spans: list[tuple[int, int]], taken: list[tuple[int, int]],
                  entities: dict[str, Entity]) -> list[Mention]:
    """`town_spans` as new places, each added to `entities` (one entity per spelling)."""
    out: list[Mention] = []
    for b, e in town_spans(text, spans, taken):
        label = text[b:e]
        key = "place/" + slug(label)
        entities.setdefault(key, Entity(key=key, label=label, kind="place", known=False))
        out.append(Mention(Span(b, e), key))
    return out
