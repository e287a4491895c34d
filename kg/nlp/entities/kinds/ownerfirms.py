"""The owners a passive verb of owning names, and the firm it says they own: "Kelvo Foods is
controlled by Dorrow Partners and Ana Ruiz’s Tallow Holdings" (ent111, set BX).

kg.nlp.entities.kinds.ownedfirms reads the active order ("Kelvane Holdings also owns Tallow
Mart"), its subject an organisation already typed. The passive order names the owners after
"by" (kg/data/nlp/kinds.toml `[owner_firms] verbs`): a firm, a fund, or a person's firm after the
person's possessive; a name there of two words or more that no given name opens and the
gazetteer does not know as a place is an organisation (a person's name is typed by the person
rules before this one). The subject right before "is"/"was" and the verb is the firm owned,
under the same conditions. Weak, as a frame's kind is. kg.nlp.entities.kinds.namekinds runs
`owner_or_owned_firm` right after `contextrules.org_after`.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

_NAME = r"[A-Z0-9][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*"


@cached
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    verbs = phrase_pattern(load("kinds")["owner_firms"]["verbs"])
    listed = r"(?:" + _NAME + r"(?:,\s+|,?\s+and\s+))*"
    owner = re.compile(r"(?<![\w’'-])(?:" + verbs + r")\s+by\s+" + listed
                       + r"(?:" + _NAME + r"[’']s?\s+)?\Z")
    owned = re.compile(r"\s+(?:is|was|are|were)\s+(?:also\s+|now\s+)?(?:" + verbs + r")\s+by\s")
    return owner, owned


def owner_or_owned_firm(q: NameQuery) -> Kind | None:
    """A name of two words or more after "controlled by" (an owner) or before "is controlled
    by" (the firm owned), no person's and no place's: an organisation, weak; else None."""
    if len(q.words) < 2 or q.ev.place_kind(q.label) or q.ev.given_name_first(q.words):
        return None
    owner, owned = _patterns()
    if textwindow.before(owner, q.text, q.run.begin, 160) or owned.match(q.text, q.run.end):
        return "organization", False
    return None
