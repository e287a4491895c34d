"""A registry person's surname after another person's initials is that other person: "Chief
Minister R.K. Dorrowin" names no "Joseph Dorrowin" the registry knows by his surname alone
(set BR's junk, branch ent105).

The registry's short form (the surname) matched inside a name the page gives with initials,
so the page named the famous person where he is absent and the initials were left a name of
their own. When the initials right before the surname do not open with the letter of the
registry person's given name, they are another person's: the match is dropped and the scanner
reads the initials and the surname as one new name. Initials that agree ("J.V. Dorrowin" for
"Joseph Dorrowin") keep the match, as do the registry's own initialled forms ("V.I. Lenin"),
which match whole and so never reach this rule. A declared rule of
kg.nlp.entities.mentions.keep `KEEP_RULES`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.mentions.query import MentionQuery

# "M.K. ", "M. K. ", "R. ": one to three capitals with their stops, right before the match
_INITIALS_BEFORE = re.compile(r"(?<![\w’'.-])((?:[A-Z]\.[ \u00a0]?){1,3})[ \u00a0]$")


def other_persons_initials(q: MentionQuery) -> bool:
    """The match is one word of a registry person (not the whole label) and initials stand
    right before it that do not begin with the first letter of the person's given name."""
    m, text = q.m, q.text
    form = text[m.begin:m.end]
    label = m.entry.label
    if q.kind != "person" or " " in form or form == label or " " not in label:
        return False
    before = _INITIALS_BEFORE.search(text, max(q.r.begin, m.begin - 12), m.begin)
    return before is not None and before.group(1)[0] != label[0]
