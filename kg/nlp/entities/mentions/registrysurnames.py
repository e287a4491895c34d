"""A public figure the paper names by surname alone, with no frame and no full name on the page
("We have waited since Kelvumba," after the registry's "Patrice Kelvumba"): the registry's short
form counts only after a full mention (kg.nlp.entities.registry.registry), so the word was left
an untyped new name, an entity of its own. An untyped one-word new name that is the short form
(surname) of exactly one registry person, that the article gives no person of its own
(kg.nlp.entities.mentions.coreference ties a surname to a person named in full first), and that
is no given name, place the gazetteer knows or common English word, is that registry person
(branch ent89). Two registry people of one surname ("Fidel Castro", "Raúl Castro") leave it
alone. A person the registry names by the surname alone only in some years ("Kelvane
@1949-1953") is no bearer of it in a text written in other years (the issue's, or a "Years
Ago" item's own: kg.nlp.entities.registry.writtenyears); the surname was linked to it whatever the
year before (branch items40). kg.nlp.entities.mentions.publish asks it for each new name it
makes an entity."""

from __future__ import annotations

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.mentions.context import MentionContext
from kg.nlp.entities.names import NewName
from kg.nlp.entities.registry.registry import Entry, normalise
from kg.nlp.entities.registry.surface import Match


def registry_surname(cx: MentionContext, n: NewName, accepted: list[Match],
                     new_names: list[NewName]) -> Entry | None:
    """The registry person `n` names by surname alone, or None."""
    label = n.label
    if n.kind != "thing" or " " in label or not label[:1].isupper() or label.isupper():
        return None
    gz = gazetteer()
    if gz.is_given_name(label) or gz.place_kind(label) is not None or common_words().common(label):
        return None
    people = {m.entry.key for m in accepted if m.entry.kind == "person"} \
        | {x.key for x in new_names if x.kind == "person"}
    named = [m.entry.label for m in accepted if m.entry.key in people] \
        + [x.label for x in new_names if x.key in people]
    if any(full.split()[-1] == label and full != label for full in named):
        return None  # a person of the article bears it: coreference's, not the registry's
    hits = cx.index.candidates(label, 0, len(label), shorts=True)
    entries = {form.entry.key: form.entry for b, e, form in hits
               if b == 0 and e == len(label) and form.entry.kind == "person"}
    years = cx.years.of(s.begin for s in n.spans)
    entries = {k: e for k, e in entries.items() if not _dated_out(e, label, years)}
    return next(iter(entries.values())) if len(entries) == 1 else None


def _dated_out(entry: Entry, label: str, years: set[int]) -> bool:
    """The entry dates this very name ("Kelvane @1949-1953") and none of its dated forms of it
    holds in every year the name was written in: the surname alone is someone else's then."""
    want = normalise(label)
    dated = [a for a in entry.aliases if a.years and not a.short and normalise(a.text) == want]
    return bool(dated) and not any(all(a.valid_in(y) for y in years) for a in dated)
