"""An acronym a law's name spells is the law: "the Tenant Rights Amendment … the TRA", "the Kelvo
Housing Act … the KHA" (set BS's kinds, branch ent106).

A word in capitals no registry row knows is read as a body's initials (an organization), which
is what most acronyms on the paper's pages are. But a page that names a law, a charter or an
amendment in full often goes on by its initials, and then those name the work, not a body. So
an acronym typed a body (or untyped) whose letters are the initials of a work the same page
names in full, the small words of `initials_skip` spelling nothing ("the Charter of Rights and
Freedoms": CRF), takes the work's kind. Where no such work is named, nothing changes.

kg.nlp.entities.kinds.resolve runs `acronym_works` among `KIND_STEPS`, after the steps that type
the page's works by their heads.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.capitals import INITIALS
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext

_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def spelled_initials(label: str, skip: frozenset[str] | set[str]) -> str:
    """The capitals a name's words spell, its small words skipped: "Tenant Rights Amendment" →
    "TRA"; "" where a word other than a small one opens in lower case."""
    letters = []
    for word in _WORD.findall(label):
        if word.lower() in skip:
            continue
        if not word[0].isupper():
            return ""
        letters.append(word[0])
    return "".join(letters)


def acronym_works(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An acronym of the page typed a body or untyped, spelled by a work's name the page gives
    in full: the work's kind, weak."""
    skip = {w.lower() for w in ctx.cues.initials_skip}
    works = {spelled_initials(label, skip) for label, (kind, _s) in kinds.of.items()
             if kind == "work" and len(label.split()) >= 2}
    works.discard("")
    for label, (kind, _strong) in list(kinds.of.items()):
        if kind in ("organization", "thing") and INITIALS.fullmatch(label) and label in works:
            kinds.of[label] = ("work", False)
