"""Bodies of a state named without their state (issue 10, branch iri2; docs/entities.md "Bodies of
a state"): "Congress", "the Senate", "the Ministry of Labor", "the Navy" get their country's
identity, after kg.nlp.entities.scopes in the stage `scopes`.

Every country has a Congress or a Navy, and the paper names most of them bare: an archive-wide
"Congress" merges Brazil's with the US's, an article-local one splits the one US Congress into
every article that names it. A new name (never a registry entry: those are curated as one thing
each) that is a body of kg/data/nlp/scopes.toml `[bodies]` is owned by a country, per mention, found
in this order:
(a) the body's own name ("the Brazilian Congress", "the Pakistan Army", "the Senate of Chile"), a
    country named beside the mention ("Peru’s Congress", "Congress of Peru": scopes'
    possessive/"of" reading), or a national adjective right before it;
(b) for a bare mention: the one country (a) found for the same body in the same item (or page,
    outside items), so that "Peru’s Congress … Congress" is one body; two countries, or a word
    that makes the body a state's or a town's ("the state Senate"), leave it the article's;
(c) the dateline of the mention's item (a letter's place line), else the page's ("LIMA, Peru—",
    "DENVER, Colorado—" → United States);
(d) none: the article's, as a bound name without an owner.
Mentions of one entity that get different countries split it into one entity per country (a page
of "Years Ago" items, each with its own dateline). The entity keeps its label, kind and mentions
(identity, not typing); `bound` names the body shape, `owner` the country's key and `bound_name`
the body's name its IRI is minted from (entity/country/brazil/organization/congress for "the
Brazilian Congress" and "Brazil’s Congress" alike). Where a curated registry entity is that body
(`[[bodies.registry]]`: the United States' "Congress" is organization/united-states-congress),
the mentions go to the registry entity instead, the printed form kept as one of its aliases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.annotations import Entity, Mention
from kg.model import Document
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.gazetteer import fold
from kg.nlp.entities.cues.nations import is_nation_adjective
from kg.nlp.entities.registry.countries import adjective_country, country_key, dateline_country, is_country
from kg.nlp.entities.registry.registry import Registry, normalise
from kg.nlp.entities.scopes import owner_beside

_WORD_BEFORE = re.compile(r"(?:^|\s)([^\W\d_]+)\s+\Z")
_UNSET = "?"  # a mention whose owner the unit's evidence decides


@dataclass(frozen=True)
class Bodies:
    """The declared bodies of a state (kg/data/nlp/scopes.toml [bodies])."""

    name: str
    kinds: frozenset[str]
    body: re.Pattern[str]  # a body's name alone
    label: re.Pattern[str]  # before? body (of [the] after)?
    not_adjectives: frozenset[str]  # folded
    below_state: frozenset[str]
    registry: dict[tuple[str, str], str]  # (country key, normalised body) → registry key
    absent: dict[str, re.Pattern[str]]  # country key → the body names it has none of

    def lacks(self, country: str, body: str) -> bool:
        """The country has no body so named (`[[bodies.absent]]`)."""
        return country in self.absent and bool(self.absent[country].search(body))


@cached
def bodies(registry: Registry) -> Bodies:
    """The declared bodies, with the pattern a body's label fullmatches."""
    b = load("scopes")["bodies"]
    names = phrase_pattern(b["names"])
    opens = r"(?:" + phrase_pattern(b["opens"]) + r")\s+(?:the\s+)?[A-Z].*?"
    heads = r"[A-Z][^\W\d_]+\s+(?:" + phrase_pattern(b["heads"]) + ")"
    body = rf"(?P<body>{names}|{opens}|{heads})"
    label = re.compile(rf"(?:(?P<before>.+?)\s+)?{body}(?:\s+of\s+(?:the\s+)?(?P<after>.+))?")
    table = {(country_key(r["country"], registry), normalise(r["body"])): r["key"]
             for r in b["registry"]}
    absent = {country_key(r["country"], registry): re.compile(r"\b(?:" + phrase_pattern(r["words"]) + r")\b")
              for r in b["absent"]}
    return Bodies(b["name"], frozenset(b["kinds"]), re.compile(body), label,
                  frozenset(fold(w) for w in b["not_state_adjectives"]), frozenset(b["below_state"]),
                  {k: v for k, v in table.items() if k[0] and registry.get(v)},
                  {k: v for k, v in absent.items() if k})


@dataclass(frozen=True)
class BodyName:
    """A body's name read from an entity's label, and the country the label itself names."""

    body: str
    owner: str | None


def body_name(entity: Entity, registry: Registry) -> BodyName | None:
    """The body a new name is ("Congress", "Brazilian Congress" → Congress of Brazil), or None:
    a registry entry, another kind, another name, or words around the body that name no country
    ("Quebec National Assembly" is no state's)."""
    b = bodies(registry)
    if entity.known or entity.kind not in b.kinds:
        return None
    m = b.label.fullmatch(entity.label)
    owners = {_country_words(m.group(g), registry) for g in ("before", "after") if m.group(g)} if m else set()
    if m and owners and None not in owners and len(owners) == 1:
        return BodyName(m.group("body"), owners.pop())
    # a body's name whole: "National Police" is no "Police" of a land "National"
    return BodyName(entity.label, None) if b.body.fullmatch(entity.label) else None


def _country_words(words: str, registry: Registry) -> str | None:
    """The country words before or after a body name: a country's name, or one national
    adjective that names a state ("Brazilian", not "Scottish")."""
    key = country_key(words, registry)
    if key or " " in words or fold(words) in bodies(registry).not_adjectives \
            or not is_nation_adjective(words):
        return key
    return adjective_country(words, registry)


def mention_owner(doc: Document, m: Mention, registry: Registry) -> str | None:
    """The country named right beside a mention: "Peru’s Congress", "Congress of Peru", or a
    national adjective right before it ("the Peruvian Congress" read apart)."""
    ann = doc.annotations
    beside = owner_beside(doc.text, m, ann.mentions, ann.entities,
                          is_country)
    if beside is not None:
        return beside
    word = _WORD_BEFORE.search(doc.text, max(0, m.span.begin - 30), m.span.begin)
    if word is None or not word.group(1)[0].isupper():
        return None
    return _country_words(word.group(1), registry)


def below_state(doc: Document, m: Mention, registry: Registry) -> bool:
    """"the state Senate", "city police": a word right before the mention that makes the body a
    state's, a province's or a town's."""
    word = _WORD_BEFORE.search(doc.text, max(0, m.span.begin - 30), m.span.begin)
    return word is not None and word.group(1) in bodies(registry).below_state


def _unit(doc: Document, m: Mention) -> int:
    """The item a mention stands in (its position), 0 for the page outside items."""
    return next((i.position for i in doc.items if i.span.begin <= m.span.begin < i.span.end), 0)


def dateline_owner(doc: Document, unit: int, registry: Registry) -> str | None:
    """The country of the item's dateline (a letter's place line), else of the page's."""
    item = next((i for i in doc.items if i.position == unit), None)
    lines = [item.dateline, item.place] if item else []
    for line in [*lines, doc.dateline]:
        country = dateline_country(line.value, registry) if line else None
        if country:
            return country
    return None


def _explicit(doc: Document, key: str, name: BodyName, registry: Registry) -> dict[int, str | None]:
    """Each mention's (by offset) country by rule (a), None where a word makes it a state's
    or a town's, `_UNSET` where neither speaks."""
    out: dict[int, str | None] = {}
    for m in doc.annotations.mentions:
        if m.entity == key:
            owner = name.owner or mention_owner(doc, m, registry)
            out[m.span.begin] = owner or (None if below_state(doc, m, registry) else _UNSET)
    return out


def _settled(evidence: set[str | None] | None, doc: Document, unit: int, body: str,
             registry: Registry) -> str | None:
    """A bare mention's country: the one its unit's mentions of the same body name (b), none
    where they name two or a state's, else the dateline's (c) unless it has no body so named,
    else None (d)."""
    if evidence is not None:
        return next(iter(evidence)) if len(evidence) == 1 else None
    country = dateline_owner(doc, unit, registry)
    return None if country is None or bodies(registry).lacks(country, body) else country


def annotate(doc: Document, registry: Registry) -> None:
    """Give every body of a state its country (`owner`), mention by mention (module docstring)."""
    ann = doc.annotations
    names = {k: n for k, e in ann.entities.items() if (n := body_name(e, registry)) is not None}
    read = {k: _explicit(doc, k, n, registry) for k, n in names.items()}
    units = {m.span.begin: _unit(doc, m) for m in ann.mentions if m.entity in names}
    evidence: dict[tuple[int, str], set[str | None]] = {}
    for k, owners in read.items():
        for begin, owner in owners.items():
            if owner != _UNSET:
                evidence.setdefault((units[begin], normalise(names[k].body)), set()).add(owner)
    for k, owners in read.items():
        body = normalise(names[k].body)
        _bind(doc, k, names[k], registry, {
            b: o if o != _UNSET else _settled(evidence.get((units[b], body)), doc, units[b],
                                              names[k].body, registry)
            for b, o in owners.items()})


def _bind(doc: Document, key: str, name: BodyName, registry: Registry,
          owners: dict[int, str | None]) -> None:
    """Bind the entity's mentions to their countries: a registry entity where the table names
    one, else the entity itself for its first country and a copy for each further one."""
    ann, b = doc.annotations, bodies(registry)
    entity = ann.entities[key]
    groups: dict[str | None, list[Mention]] = {}
    for m in ann.mentions:
        if m.entity == key:
            groups.setdefault(owners[m.span.begin], []).append(m)
    kept = False
    for owner, mentions in (groups or {None: []}).items():
        target = b.registry.get((owner, normalise(name.body))) if owner else None
        if target is not None:
            _to_registry(ann.entities, entity, target, registry)
        elif not kept:
            target, kept = key, True
            entity.bound, entity.owner, entity.bound_name = b.name, owner, name.body
        else:
            target = f"{key}@{owner or 'article'}"
            ann.entities[target] = replace(entity, key=target, aliases=list(entity.aliases), owner=owner)
            for record in (ann.typed, ann.bounded):  # the copy's class and bounds are the models' too
                if key in record:
                    record[target] = record[key]
        for m in mentions:
            m.entity = target
    if not kept:
        del ann.entities[key]
        ann.typed.pop(key, None)
        ann.bounded.pop(key, None)


def _to_registry(entities: dict[str, Entity], entity: Entity, target: str, registry: Registry) -> None:
    """The registry entity `target` in the document, with the body's printed forms as aliases."""
    known = entities.get(target)
    if known is None:
        known = entities[target] = registry.get(target).to_entity()
    for form in (entity.label, *entity.aliases):
        if form != known.label and form not in known.aliases:
            known.aliases.append(form)
