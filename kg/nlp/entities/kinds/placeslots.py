"""A place in a list of sites, each a noun phrase with its own place ("the Kelvo truck plant in
Dorrow and the Tallix car plant in Brenford"): "and" joins the two phrases, not the town to the
firm named at the second phrase's head. `coordinated` (kg.nlp.entities.kinds.resolve) reads a
name after a locative word that "and" puts beside an organisation as one of the bodies listed;
where the organisation after "and" opens a phrase of lower-case words that ends in the same
locative word ("in", "at") and a place, the name stands in the place's slot of its own phrase
and stays a place. So too where ", and" opens a new clause whose subject is the organisation
("cut shifts at Dorrig, and the KWU-TLF called a march": a finite verb right after it, read by
kg.nlp.entities.cues.verbs): the comma and "and" join two clauses, not two names (set BW, branch
ent110)."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.verbs import ends_modifier

_LINK_BEFORE = re.compile(r"\s(in|at|near)\s+\Z")
_AND = re.compile(r"\s*,?\s+and\s+(?:the\s+|a\s+|an\s+)?")
# after the organisation: lower-case words (its site's noun), then the link word and a capital
_SITE_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}\s+(in|at|near)\s+(?:the\s+)?[A-Z]")
_CLAUSE_AND = re.compile(r",\s+and\s+(?:the\s+)?")
_WORD_AFTER = re.compile(r"\s+([a-z][a-z’']*)")


def stays_place(text: str, begin: int, end: int, typed: list[tuple[int, int, str]]) -> bool:
    """The name at text[begin:end], read as a place after a locative word, stays one though
    "and" puts an organisation right after it: the two stand in two phrases or two clauses."""
    return parallel_site_place(text, begin, end, typed) or _clause_after(text, end, typed)


def _clause_after(text: str, end: int, typed: list[tuple[int, int, str]]) -> bool:
    """", and" after the name, then an organisation and a finite verb: a new clause's subject."""
    gap = _CLAUSE_AND.match(text, end)
    if gap is None:
        return False
    for b, e, kind in typed:
        if b == gap.end() and kind == "organization":
            verb = _WORD_AFTER.match(text, e)
            return verb is not None and ends_modifier(verb.group(1))
    return False


def parallel_site_place(text: str, begin: int, end: int, typed: list[tuple[int, int, str]]) -> bool:
    """The name at text[begin:end] follows "in", "at" or "near", and after "and" an organisation
    opens a phrase whose lower-case words end in the same word and a capitalised name."""
    link = _LINK_BEFORE.search(text, max(0, begin - 8), begin)
    gap = _AND.match(text, end)
    if link is None or gap is None:
        return False
    for b, e, kind in typed:
        if b == gap.end() and kind == "organization":
            site = _SITE_AFTER.match(text, e)
            return site is not None and site.group(1) == link.group(1)
    return False
