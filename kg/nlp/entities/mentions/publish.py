"""The found names made entities and mentions (`publish`, the stage's last step): the registry
matches with the forms the text wrote, the new names (a surname tied to its person, a firm's
leading words, a body's initials or branch read as the registry's), then the readings that need
every name of the article: clubs, towns opened by a lower-case article, a body by its head word,
a hospital's two kinds. Writes doc.annotations.entities and .mentions."""

from __future__ import annotations

import re

from kg.annotations import Entity, Mention
from kg.iri import slug
from kg.model import Span
from kg.nlp.entities.cues.capitals import INITIALS
from kg.nlp.entities.kinds.headforms import Named, head_mentions
from kg.nlp.entities.kinds.hospitals import refine as refine_hospitals
from kg.nlp.entities.mentions.context import MentionContext
from kg.nlp.entities.mentions.coreference import surname_coreference
from kg.nlp.entities.mentions.registrysurnames import registry_surname
from kg.nlp.entities.mentions.spelledbodies import spelled_body
from kg.nlp.entities.names import NewName
from kg.nlp.entities.registry.registry import Entry, normalise
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.articletowns import town_mentions
from kg.nlp.entities.spans.clubs import find_clubs

_HEADINGS = ("headline", "deck")
_READ = ("prose", "headline", "deck")  # the regions clubs and head words are read in


def publish(cx: MentionContext, accepted: list[Match], new_names: list[NewName]) -> None:
    """Fill doc.annotations.entities (by key) and add the mentions, sorted by offset."""
    ann = cx.doc.annotations
    entities, mentions = _registry_entities(cx, accepted)
    _new_entities(cx, accepted, new_names, entities, mentions)
    mentions += _clubs(cx, entities, mentions)
    # "rallies in Kelvo and al-Tallqa": a town opened by a lower-case article (ent72)
    named = [(m.span.begin, m.span.end) for m in mentions + cx.doc.annotations.mentions]
    mentions += town_mentions(cx.text, cx.spans("prose"), named, entities)
    mentions += _head_forms(cx, entities, mentions)
    # "the Kelvo General Hospital": a place and an organisation at once, decided last so that
    # every rule above reads it as the one kind it found (kg.nlp.entities.kinds.hospitals)
    entities, mentions = refine_hospitals(entities, mentions)
    ann.entities.update(entities)
    ann.mentions = sorted(ann.mentions + mentions, key=lambda m: (m.span.begin, m.span.end))


def _registry_entities(cx: MentionContext, accepted: list[Match]) -> tuple[dict[str, Entity], list[Mention]]:
    """The registry matches' entities, with each form the text wrote that is not the label (in
    mixed case) as an alias, and the acronyms introduced in parentheses; one mention each."""
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for m in accepted:
        ent = entities.get(m.entry.key)
        if ent is None:
            ent = entities[m.entry.key] = m.entry.to_entity()
        form = _clean(cx.text[m.begin:m.end])
        if m.how in ("name", "short", "acronym") and normalise(form) != normalise(ent.label) \
                and form not in ent.aliases and not form.isupper():
            ent.aliases.append(form)
        mentions.append(Mention(Span(m.begin, m.end), m.entry.key))
    for key, acros in cx.extra_aliases.items():
        if key in entities:
            entities[key].aliases.extend(a for a in sorted(acros) if a not in entities[key].aliases)
    return entities, mentions


def _new_entities(cx: MentionContext, accepted: list[Match], new_names: list[NewName],
                  entities: dict[str, Entity], mentions: list[Mention]) -> None:
    """Each new name an entity (or the registry's, or merged into a person named in full), its
    spans mentions of it: added to `entities` and `mentions`."""
    first_org = {}  # registry organisations' leading words, after their first mention
    for m in accepted:
        words = m.entry.label.split()
        if m.entry.kind == "organization" and len(words) > 1:
            for k in range(1, len(words)):
                first_org.setdefault(" ".join(words[:k]), (m.begin, m.entry))
    initialled: list[NewName] = []  # all-capitals names nothing above resolved
    surname_of = surname_coreference(accepted, new_names, cx.text, cx.titles, cx.rule_after,
                                     cx.spans(*_HEADINGS))
    for n in new_names:
        if n.key in surname_of and isinstance(surname_of[n.key], NewName):
            continue  # merged into the full name's new entity
        lead = first_org.get(n.label)
        entry = cx.registry.by_label(n.label) if n.kind == "thing" else None
        if entry is None and n.key not in surname_of:  # "since Lumumba": the registry's one bearer
            entry = registry_surname(cx, n, accepted, new_names)
        if isinstance(surname_of.get(n.key), Entry):
            entry = surname_of[n.key]  # "President Carter" … "Jimmy Carter": one person
        if lead is not None and n.spans and n.spans[0].begin > lead[0] \
                and n.kind not in ("place", "country"):  # a state or country stays one
            entry = lead[1]  # "Massey" after "Massey Energy", whatever towns are so named
        if entry is None and n.kind == "organization" and INITIALS.fullmatch(n.label):
            entry = _initials_of(cx, n)  # "UMWA" in "UMWA Local 1440": the registry's
        if entry is not None:  # "AFL-CIO" after "Iowa": the registry's form, kept apart by its glue
            n.key = entry.key
            entities.setdefault(n.key, entry.to_entity())
        elif n.kind in ("organization", "thing") and INITIALS.fullmatch(n.label) and n.spans:
            initialled.append(n)  # "the YS" after "the Young Socialists": read once all are named
            continue
        elif n.kind == "thing" and (_ends_in_organization(cx, n.label)
                                    or _opens_with_body(cx, n.label, accepted, new_names)):
            # "Kansas AFL-CIO"; "the KFL-Construction" after the KFL: a body's branch
            n.kind, n.key = "organization", "organization/" + n.key.split("/", 1)[1]
        _add_new(n, entities, mentions)
    for n in initialled:
        body = spelled_body(n.label, min(s.begin for s in n.spans), entities, mentions)
        if body is not None:  # the initials of a body the page named before (spelledbodies)
            n.kind, n.key = "organization", body.key
        _add_new(n, entities, mentions)


def _add_new(n: NewName, entities: dict[str, Entity], mentions: list[Mention]) -> None:
    """`n` an entity (a new one, or the one its key already names, its forms aliases), its
    spans mentions of it."""
    ent = entities.get(n.key)
    if ent is None:
        ent = entities[n.key] = Entity(key=n.key, label=n.label, kind=n.kind, known=False)
    for form in n.forms:
        if form != ent.label and form not in ent.aliases:
            ent.aliases.append(form)
    mentions.extend(Mention(s, n.key) for s in n.spans)


def _clean(form: str) -> str:
    return re.sub(r"\s+", " ", form.replace("[", "").replace("]", "")).strip()


def _initials_of(cx: MentionContext, n: NewName) -> Entry | None:
    """The one registry organisation whose form (valid in the years the name's text was written
    in, its context words in the article where it needs them: "CGT" is France's only beside
    them) is these initials, or None: initials read apart from the registry's matcher ("UMWA"
    glued to "Local 1440") are that organisation."""
    label, years = n.label, cx.years.of(s.begin for s in n.spans)
    found = {form.entry.key: form.entry for b, e, form in cx.index.candidates(label, 0, len(label))
             if (b, e) == (0, len(label)) and form.entry.kind == "organization"
             and all(form.alias.valid_in(y) for y in years)
             and (not form.alias.needs_context or cx.in_context(form.entry))}
    return next(iter(found.values())) if len(found) == 1 else None


def _ends_in_organization(cx: MentionContext, label: str) -> bool:
    """The name's last words are a registry organisation's label: a branch of it named by
    its place ("Kansas AFL-CIO")."""
    words = label.split()
    return any((e := cx.registry.by_label(" ".join(words[k:]))) is not None
               and e.kind == "organization" for k in range(1, len(words)))


def _opens_with_body(cx: MentionContext, label: str, accepted: list[Match], new_names: list[NewName]) -> bool:
    """"KFL-Construction", "KFL-Youth": an acronym the article gives an organisation (its
    registry alias, or the one introduced in parentheses after its name) glued by a hyphen
    to one capitalised word: a branch of that body, a body too (set AE, branch ent48)."""
    m = re.fullmatch(r"([A-Z][A-Z&]{1,5})-[A-Z][\w’'-]*", label)
    if m is None:
        return False
    acro = m.group(1)
    return any(x.entry.kind == "organization" and (cx.text[x.begin:x.end] == acro
                                                  or acro in cx.extra_aliases.get(x.entry.key, ()))
               for x in accepted) \
        or any(o.kind == "organization" and any(cx.text[sp.begin:sp.end] == acro for sp in o.spans)
               for o in new_names)


def _clubs(cx: MentionContext, entities: dict[str, Entity], mentions: list[Mention]) -> list[Mention]:
    """"al-Ahly fans", "fans of el-Dorrawi": clubs named with a lower-case article, which the
    name finder does not read (kg.nlp.entities.spans.clubs); each a new organisation."""
    taken = [(m.span.begin, m.span.end) for m in mentions + list(cx.doc.annotations.mentions)]
    out: list[Mention] = []
    for b, e in find_clubs(cx.text, cx.spans(*_READ)):
        if any(tb < e and b < te for tb, te in taken):
            continue
        label = cx.text[b:e]
        key = "organization/" + slug(label)
        entities.setdefault(key, Entity(key=key, label=label, kind="organization", known=False))
        out.append(Mention(Span(b, e), key))
    return out


def _head_forms(cx: MentionContext, entities: dict[str, Entity], mentions: list[Mention]) -> list[Mention]:
    """"the League’s candidates" after "the Communist League": the one organisation of the
    article with that head word (kg.nlp.entities.kinds.headforms)."""
    first: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: m.span.begin):
        first.setdefault(m.entity, m.span.begin)
    orgs = [Named(e.label, key, first[key]) for key, e in entities.items()
            if e.kind == "organization" and key in first]
    taken = [(m.span.begin, m.span.end) for m in mentions + list(cx.doc.annotations.mentions)]
    return [Mention(Span(b, e), key) for b, e, key in head_mentions(cx.text, cx.spans(*_READ), orgs, taken)]
