"""Firms that only a bare locative would make places (issue 10, branch weak41).

The last rule of kg.nlp.entities.kinds.namekinds `NAME_RULES` (`locative`) types a place any
name nothing else typed that stands after "at", "in", "from" …; over the 96 held-out sets it is
right nine times in ten, but three frames around such a name say a firm every time they occur:

- a firm's own site's noun right after it, with "office" or "centre" and no other word between
  ("at the Kelvo Staffing office", "a call at the Dorrtel centre", "the Kelvane fulfillment
  center"): a town has no office of its name; a site's noun with another word first ("the
  Dorrow television center", "the Kelvo parts center") stays the locative's;
- the shape of a web domain ("Kelvane.com"): a firm by its site's address;
- a group named by its count ("the Big Four", "at Dorrow Three" in a headline): firms or people
  taken together, never a place (a place's own word opening it, "Pier Two", keeps the place);
- a seller after "from" where a verb of buying opens the clause ("bought the Dorrow refinery
  from Kelvocal in 1997"): what sells a works is a firm (set DO's pass, branch passN44).

Each is asked right before `locative`, so it overturns nothing any other rule typed; the words
live in kg/data/nlp/kinds.toml `[weak_places]`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.entities.spans.runs import PLACE_KINDS


@cached
def _site_after() -> re.Pattern[str]:
    """" office", " call centre" right after a name."""
    nouns = phrase_pattern(load("kinds")["weak_places"]["firm_site_nouns"])
    return re.compile(r"[’']?s?\s+(?:" + nouns + r")(?![\w’'-])")


@cached
def _domain() -> re.Pattern[str]:
    """A word, a dot and a domain's ending closing the name: "Kelvane.com"."""
    ends = phrase_pattern(load("kinds")["weak_places"]["web_domain_endings"])
    return re.compile(r"[A-Za-z][\w-]*\.(?:" + ends + r")")


def firm_site_after_locative(q: NameQuery) -> Kind | None:
    """"at the Kelvo Staffing office": a locative's name before a firm's site's noun, a firm."""
    if q.ev.locative_before(q.text, q.run.begin) and _site_after().match(q.text, q.run.end):
        return "organization", False
    return None


def web_domain(q: NameQuery) -> Kind | None:
    """"Kelvane.com": a name shaped as a web domain, a firm."""
    if len(q.words) == 1 and _domain().fullmatch(q.label):
        return "organization", False
    return None


@cached
def _least_count() -> int:
    """The fewest a group named by its count counts (`[weak_places] group_least_count`)."""
    return int(load("kinds")["weak_places"]["group_least_count"])


def counted_group(q: NameQuery) -> Kind | None:
    """"at the Big Four", "at Dorrow Three": a group by its count (a spelled number of
    entities.toml `spelled_numbers` whose value is `[weak_places] group_least_count` or more:
    from two up), no place; a place's word opening it ("Pier Two", "Camp Six" where the cues know
    "Camp" a place's head) keeps the locative's place."""
    words = q.words
    if len(words) < 2 or q.cues.spelled_values.get(words[-1], 0) < _least_count() \
            or words[0] in q.cues.spelled_places or q.cues.leading_heads.get(words[0]) in PLACE_KINDS:
        return None
    return "organization", False


@cached
def _bought_from() -> re.Pattern[str]:
    """A verb of buying (`[weak_places] purchase_verbs`), then one to six words with no
    punctuation and no "and", "or", "but" or "then" (a clause of its own: "bought bread and came
    from Kelvo"), then "from " ending right before the name."""
    verbs = phrase_pattern(load("kinds")["weak_places"]["purchase_verbs"])
    return re.compile(r"(?<![\w’'-])(?:" + verbs + r")(?:\s+(?!(?:and|or|but|then)(?![\w’'-]))"
                      r"[^\s.,;:!?()]+){1,6}\s+from\s\Z")


def seller_after_purchase(q: NameQuery) -> Kind | None:
    """"bought the Dorrow refinery from Kelvocal": the seller, a firm."""
    if _bought_from().search(q.text, max(0, q.run.begin - 90), q.run.begin):
        return "organization", False
    return None
