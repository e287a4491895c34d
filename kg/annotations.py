"""Annotations that kg.nlp adds to a Document: sentences, entities, mentions, claims...

Each carries the span(s) it was read from, so every published statement can be traced
to the exact text. kg.rdf maps them to RDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from kg.model import Span


@dataclass
class Sentence:
    span: "Span"


@dataclass
class Entity:
    """A thing the article names; one per real thing across all articles."""

    key: str  # registry key, unique across the archive ("person/vladimir-lenin")
    label: str
    kind: str  # person | organization | country | city | place | event | work | thing
    wikidata: str | None = None  # "Q1394"
    aliases: list[str] = field(default_factory=list)  # every other surface form seen or known
    known: bool = True  # False: found in the text, not in the registry


@dataclass
class Mention:
    span: "Span"
    entity: str  # Entity.key


@dataclass
class Annotations:
    sentences: list[Sentence] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)  # by key
    mentions: list[Mention] = field(default_factory=list)
    # claims, quotations, citations, stances, works and facts: see kg.nlp (issue 5)
    claims: list = field(default_factory=list)
    quotations: list = field(default_factory=list)
    citations: list = field(default_factory=list)
    stances: list = field(default_factory=list)
    works: list = field(default_factory=list)
    facts: list = field(default_factory=list)
