"""A person's name whose given name the gazetteer's list leaves out for want of sources (set
CC, ent114): "Yevgor Dorrov", "Mykolai Kelvets". The gazetteer's given names are those
nomquamgender lists from at least 15 sources and 500 people (kg/data/nlp/entities.toml
[gazetteer]), which keeps English words out ("Summit", "Harbor") but leaves out many names
transliterated from Russian, Ukrainian, Belarusian, Georgian or the Balkan languages, whose
bearers the package's sources count less often; a surname with no ending of
`family_name_endings` then left such a name untyped.

`lesser_given_person` types a name of two plain capitalised words a person when the first is a
given name the package lists at the lower floors of kinds.toml [lesser_given_names], and
neither word is a common English word (kg.nlp.entities.cues.commonwords), a place the
gazetteer knows, a head, a title or a group word, the whole no town GeoNames lists (the
place rules read such a name where the text says a place), no "the" and no locative word
("in", "near": entities.toml `locative_before`) stands before it and no list of
places holds it ("in Kelvograd, Dorrinsk and Zarin Potek": a town whose first word is a given
name). A rule of
kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked after the given names and the family
names' endings.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.gazetteer import fold, listed_given_names
from kg.nlp.entities.kinds.framedkinds import coordinated_with_places
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_WORD = re.compile(r"[A-ZÀ-Þ][\w’'-]*")
# one-word members of a list before "and" ("Kelvograd, Dorrinsk and "), or "and" alone
_JOINED_BEFORE = re.compile(r"(?P<ws>(?:(?<![\w’'-])[A-ZÀ-Þ][\w’'-]*,[ \t]+)*[A-ZÀ-Þ][\w’'-]*,?[ \t]+)?"
                            r"(?<![\w’'-])(?:and|or)[ \t]+\Z")
_JOINED_AFTER = re.compile(r",?[ \t]+(?:and|or)[ \t]")
_PLAIN = re.compile(r"[A-ZÀ-ÞČŠŽĆĐ][a-zà-ÿčšžćđğı’'-]+")


@cached
def lesser_given_names() -> frozenset[str]:
    """The package's given names at kinds.toml [lesser_given_names]'s floors, folded."""
    cfg = load("kinds")["lesser_given_names"]
    return listed_given_names(int(cfg["min_sources"]), int(cfg["min_count"]))


def _plain_word(q: NameQuery, word: str) -> bool:
    cues = q.cues
    return _PLAIN.fullmatch(word) is not None and not common_words().common(word) \
        and not q.ev.place_kind(word) and word not in cues.heads and word not in cues.titles \
        and not cues.group(word)


def _in_list_of_places(q: NameQuery) -> bool:
    """"Kelvograd, Dorrinsk and Zarin Potek": the name joined by "and" or "or" to a list that
    holds a known place (a registry place, or one word the gazetteer knows among the single
words listed before "and").
    A comma alone may close a fronted place ("In Kelvia, Yevgor Dorrov, …"): no list there."""
    before = _JOINED_BEFORE.search(q.text, max(0, q.run.begin - 80), q.run.begin)
    if before is not None and any(q.ev.place_kind(w) for w in _WORD.findall(before.group("ws") or "")):
        return True
    joined = before is not None or _JOINED_AFTER.match(q.text, q.run.end) is not None
    return joined and coordinated_with_places(q.text, q.run, q.known)


def lesser_given_person(q: NameQuery) -> Kind | None:
    """"Yevgor Dorrov": a lesser-listed given name and a surname, neither a common word, a person."""
    w = q.words
    if len(w) != 2 or q.place or q.ev.gazetteer.town_kind(q.label) or fold(w[0]) not in lesser_given_names() \
            or not all(_plain_word(q, x) for x in w) \
            or q.ev.the_before_head(q.text, q.run.begin, q.run.end) \
            or _in_list_of_places(q) or q.ev.locative_before(q.text, q.run.begin):
        return None
    return "person", False
