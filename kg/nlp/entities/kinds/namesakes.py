"""Sites and units named for a person, with a lower-case noun after the name: "the Ramón Kelvero
hospital", "the Ana Dorrio hall", "the José Maria de Tallo barracks" (the site, a place) and "the
Tomas Kelvane brigade" (the brigade, an organisation). Set BZ, branch ent116.

Cuba, Latin America and the unions name hospitals, halls, barracks and brigades for their heroes,
and the paper prints such a name with the lower-case noun after it. The chain reads the name by
its given name (a person) or by the employer's frame before it (a firm). The held-out gold lists a
site by name by its bare name, a Place (bench/quality/README.md, "a workplace or site by name with
a lower-case noun"), and a brigade named for a man as the brigade. This NAME_RULES step, beside
kg.nlp.entities.kinds.sitepeople's works named for a person (which keeps works' nouns), answers
only where:

- "the" stands right before the name and one noun of kinds.toml `[namesakes]` right after it;
- the name is two to five words, a given name first (the gazetteer's), the rest capitalised or
  a lower-case particle ("de", "del"), no organisation's or place's head word among them;
- the page writes the name nowhere else but before such a noun (a person the page names, "Ana
  Dorrio said", stays the person; their hall is then read by the rules for the person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.framing import article_before
from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.wordspans import word_spans

_AFTER = r")(?![\w’'-])"


@dataclass(frozen=True)
class _NamesakeCues:
    place_after: re.Pattern[str]  # " hospital", " barracks" right after the name
    unit_after: re.Pattern[str]  # " brigade" right after the name


@cached
def _cues() -> _NamesakeCues:
    c = load("kinds")["namesakes"]
    return _NamesakeCues(re.compile(r"[ \t]+(?:" + phrase_pattern(c["place_nouns"]) + _AFTER),
                         re.compile(r"[ \t]+(?:" + phrase_pattern(c["unit_nouns"]) + _AFTER))


def _noun_kind(text: str, end: int) -> str | None:
    """The kind a namesake noun right after `end` gives the name, or None."""
    cues = _cues()
    if cues.place_after.match(text, end):
        return "place"
    if cues.unit_after.match(text, end):
        return "organization"
    return None


def _person_shaped(q: NameQuery) -> bool:
    """Two to five words, a given name first, capitalised words and lower-case particles only,
    no body's or place's head word."""
    words = q.words
    if not 2 <= len(words) <= 5 or not words[-1][:1].isupper() or any(w.isupper() for w in words):
        return False
    if any(q.cues.heads.get(w) in ("organization", "place") for w in words):
        return False
    return q.ev.given_name_first(words)


def _one_noun_kind(text: str, label: str) -> str | None:
    """The one kind the nouns after every occurrence of `label` give, or None where an
    occurrence stands before none or the nouns disagree."""
    kinds = {_noun_kind(text, e) for _, e in word_spans(text, label)}
    return kinds.pop() if len(kinds) == 1 else None


def namesake_site(q: NameQuery) -> Kind | None:
    """"the Ana Dorrio hall": the hall's place; "the Tomas Kelvane brigade": the brigade."""
    kind = _noun_kind(q.text, q.run.end)
    if kind is None or not article_before(q.text, q.run.begin) or not _person_shaped(q):
        return None
    if _one_noun_kind(q.text, q.label) != kind:
        return None
    return kind, True
