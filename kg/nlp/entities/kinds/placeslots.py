"""A place in a list of sites, each a noun phrase with its own place ("the Kelvo truck plant in
Dorrow and the Tallix car plant in Brenford"): "and" joins the two phrases, not the town to the
firm named at the second phrase's head. `coordinated` (kg.nlp.entities.kinds.resolve) reads a
name after a locative word that "and" puts beside an organisation as one of the bodies listed;
where the organisation after "and" opens a phrase of lower-case words that ends in the same
locative word ("in", "at") and a place, the name stands in the place's slot of its own phrase
and stays a place (set BW, branch ent110)."""

from __future__ import annotations

import re

_LINK_BEFORE = re.compile(r"\s(in|at|near)\s+\Z")
_AND = re.compile(r"\s*,?\s+and\s+(?:the\s+|a\s+|an\s+)?")
# after the organisation: lower-case words (its site's noun), then the link word and a capital
_SITE_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}\s+(in|at|near)\s+(?:the\s+)?[A-Z]")


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
