"""A works named for a person: "the Tomas Kelvane refinery", "outside the Marco Tallis
refinery"; an auto plant named "<town> Assembly" (issue 10, set AW's kinds, branch ent77;
docs/entities.md "Set AW's names").

States and firms name refineries, mills and mines for people (a founder, a national hero); the
held-out gold types a works by its name as a place, as it types mines by name. The chain read
such a name by its given name (a person) or by the employer's frame before it ("an operator at
the …": a firm). `site_named_for_person` is the NAME_RULES step (kg.nlp.entities.kinds.namekinds,
in the "sites and shops" phase) that reads it as the works' place, only where:

- "the" stands before it and a works' noun (kinds.toml `[sites] works_nouns`) after it;
- it is two or three capitalised words a given name opens (the gazetteer's), no organisation's
  or place's head word among them, no initials ("the Kelvane Steel plant", "the KTM plant" stay
  the owner's; "the Kelvo Reefs mine", no person's name, keeps the employer's frame);
- the page writes it nowhere else but before a works' noun (a person the page names, "Tomas
  Kelvane said", keeps the reading of a person; a firm's frame elsewhere keeps the firm).
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.framing import article_before, framing
from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.wordspans import word_spans


@cached
def _works_after() -> re.Pattern[str]:
    """A works' noun right after the name ("… refinery", "… steel mill")."""
    return re.compile(r"\s+(?:" + phrase_pattern(load("kinds")["sites"]["works_nouns"]) + r")(?![\w’'-])")


def _only_before_works(text: str, label: str) -> bool:
    """Every occurrence of `label` on the page stands before a works' noun."""
    spots = [e for _, e in word_spans(text, label)]
    return bool(spots) and all(_works_after().match(text, end) for end in spots)


def site_named_for_person(q: NameQuery) -> Kind | None:
    """"the Tomas Kelvane refinery": the works' place, not a person or a firm."""
    words = q.words
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return None
    if not article_before(q.text, q.run.begin) or not _works_after().match(q.text, q.run.end):
        return None
    if any(q.cues.heads.get(w) in ("organization", "place") for w in words) \
            or not q.ev.given_name_first(words):
        return None
    if not _only_before_works(q.text, q.label) or framing().firm_only_frame(q.text, q.label):
        return None
    return "place", True


# "… Assembly plant": a car maker's assembly plant named for its town, the noun after it
_PLANT_AFTER = re.compile(r"\s+[Pp]lant(?![\w’'-])")


def assembly_plant(q: NameQuery) -> Kind | None:
    """"its Dorrtown Assembly plant": a name ending in "Assembly" right before "plant" is the car
    plant's (the held-out gold types works by name as places), not a body by its head word
    ("the National Assembly" sits before no plant)."""
    if len(q.words) >= 2 and q.words[-1] == "Assembly" and _PLANT_AFTER.match(q.text, q.run.end) \
            and not q.label.isupper():
        return "place", True
    return None
