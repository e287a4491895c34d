"""A name closing a list of firms after a registry firm: "the owner of Dorrow Grill, KFC, and
Tallow Hut, agreed to …" (set CH, branch ent121).

A parent firm's brands are listed in an apposition, and the sentence's verb follows the list's
closing comma; where the verb is one of speech ("agreed", "said"), the speaker rule
(kg.nlp.entities.kinds.contextrules `speaker`) read the last brand as the one who spoke, a
person. A name right after "and" or "or" that closes a list of three or more ("A, B, and C")
whose member before it is a body (an organisation the registry knows, an acronym, or a name
ending in an organisation's head: "Kelvo Foods") is one more organisation, where its first
word is no given name ("… the Teamsters, and Ana Ruiz" stays a person's). A person whose given name
the lists lack ("and Tavo Kelvane, said") is read as a body there: a list of bodies closed by
one person is rarer than a parent firm's list of brands.

A declared rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, right before `speaker`."""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.namequery import Kind, NameQuery

# the member before the name: its comma, "and" or "or" (the list's last link)
_LAST_LINK = re.compile(r",[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?\Z")
# the member before the link: capitalised words after the list's comma (a list of three)
_MEMBER_BEFORE = re.compile(r",[ \t]+(?:the[ \t]+)?([A-Z][\w’'&.-]*(?:[ \t]+[A-Z][\w’'&.-]*){0,4})\Z")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")


def firm_closing_list(q: NameQuery) -> Kind | None:
    """An organisation where the name closes a list of three after a body (module docstring)."""
    link = _LAST_LINK.search(q.text, max(0, q.run.begin - 12), q.run.begin)
    if link is None or q.ev.given_name_first(q.words):
        return None
    member = _MEMBER_BEFORE.search(q.text, max(0, link.start() - 60), link.start())
    if member is None or not _body(q, member.group(1), link.start()):
        return None
    return "organization", False


def _body(q: NameQuery, member: str, end: int) -> bool:
    """The member before the name is a body: a registry organisation ending there, an acronym,
    or a name whose last word is an organisation's head."""
    if any(m.end == end and m.entry.kind == "organization" for m in q.known):
        return True
    return bool(_ACRONYM.fullmatch(member)) or q.cues.heads.get(member.split()[-1]) == "organization"
