"""A registry acronym with one more capital glued by a hyphen is another body's acronym:
"CGT-B" (a Burkina Faso union) is no mention of France's "CGT" (issue 10, set BD's junk,
branch ent87).

National and regional unions and parties take a sister body's initials and add their
country's or region's letter after a hyphen ("the Confédération Générale du Travail du Kelvo
(CGT-K)"). The registry matched the initials it knows and left the letter, so the page named
the sister body nowhere and France's confederation where it is absent. A match of capitals
only, right before a hyphen and one capital that ends the word, is dropped; the scanner then
reads the whole word, a new acronym (and kg.nlp.entities.spans.initials ties it to its name).
Two letters or more after the hyphen are left alone ("UAW-GM": two bodies, as "AFL-CIO" is one
the registry knows whole). A declared rule of kg.nlp.entities.mentions.keep `KEEP_RULES`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.mentions.query import MentionQuery

_LETTER_AFTER = re.compile(r"-[A-Z](?![\w’'-])")


def sister_acronym(q: MentionQuery) -> bool:
    """The match is capitals only and one capital follows it after a hyphen: "CGT-B"."""
    form = q.text[q.m.begin:q.m.end]
    return len(form) >= 2 and form.isalpha() and form.isupper() \
        and _LETTER_AFTER.match(q.text, q.m.end) is not None
