"""A firm whose name opens with a title's word, in a frame that does not say so where it stands:
the headline "King Kelvers bakers win a raise" over "the strike at King Kelvers" (issue 10,
branch ent99).

kg.nlp.entities.spans.runclose `cut_leading_titles` keeps a title's word of a two-word run in
the name where an employer's frame stands by it ("workers at King Kelvers": a firm, no king).
A headline or a sentence that names the firm again without such a frame ("King Kelvers bakers
win …") lost the title and made a person of the second word ("Kelvers"). One article names one
firm by the same two words throughout: where any of its occurrences stands in an employer's
frame, none is a title and a name.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.evidence import evidence


def employer_elsewhere(text: str, name: str) -> bool:
    """Whether the article writes `name` (a title's word and one more) somewhere in an
    employer's frame (kg.nlp.entities.cues.evidence `Evidence.employer`)."""
    ev = evidence()
    return any(ev.employer(text, m.start(), m.end())
               for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])", text))
