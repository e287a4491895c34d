"""A body's branch named by its place before the body's short name ("the Kelvo City Fed", "the
Dorrow Teamsters" where the registry knows "Fed" and "Teamsters" as a body's): an organisation.

A registry body's one-word form is strict: glued to capitalised words before it, it is no
mention of its own, and the run of the place and the form was typed by the frame around it
("a meeting at the Kelvo City Fed": a locative's place). A name of two words or more whose last
word the registry names as an organisation (`Cues.org_named`, its short forms and initials
included) and whose words before it the gazetteer knows as a place is the body's branch there,
as "Ohio State AFL-CIO" is (`Cues.ends_in_org_label`, which reads labels only). A rule of
kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked before the places a frame says (branch
ent134)."""

from __future__ import annotations

from kg.nlp.entities.kinds.namequery import Kind, NameQuery


def place_branch(q: NameQuery) -> Kind | None:
    """An organisation, strong, for a place's name before a registry body's one-word form."""
    words = q.words
    if len(words) < 2 or q.cues.org_named(words[-1]) is None:
        return None
    if q.ev.place_kind(" ".join(words[:-1])) is None:
        return None
    return "organization", True
