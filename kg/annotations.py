"""Annotations that kg.nlp adds to a Document: sentences, entities, mentions, claims...

Each carries the span(s) it was read from, so every published statement can be traced
to the exact text. kg.rdf maps them to RDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.span import Span


@dataclass
class Sentence:
    span: Span


@dataclass
class Entity:
    """A thing the article names; one per real thing across all articles (one per article, or
    per owner, for a name bound to its context: `bound`)."""

    key: str  # registry key, unique across the archive ("person/vladimir-lenin")
    label: str
    kind: str  # person | organization | hospital | country | city | place | event | work | thing
    wikidata: str | None = None  # "Q1394"
    aliases: list[str] = field(default_factory=list)  # every other surface form seen or known
    known: bool = True  # False: found in the text, not in the registry
    # A name that identifies its thing only in context ("the No. 7 mine", a bare "Local 12";
    # kg/data/nlp/scopes.toml, kg.nlp.entities.scopes): the shape's name, None for a name unique
    # across the archive. `owner` is the Entity.key of the owner the text names beside it (its IRI
    # is then qualified by the owner's); a bound entity without one is its article's.
    # `bound_name` is the name its IRI is minted from, where that is not its key's: a state's body
    # named with its country's adjective ("Brazilian Congress") is the country's "Congress".
    bound: str | None = None
    owner: str | None = None
    bound_name: str | None = None


@dataclass
class Mention:
    span: Span
    entity: str  # Entity.key


# -- claims, quotations, citations, stances, works, facts (issue 5; see kg.nlp.claims.collect) ------------


@dataclass(frozen=True)
class Agent:
    """Who says, holds or is said to do something.

    kind "entity": key is an Entity.key; "person": key is a person's name the text gives
    (the writer, the letter's recipient); "publisher": key is the periodical's name (the writer of
    an unsigned piece); "unidentified": key is the text's own description
    ("certain sections of the bourgeois press"), published as an article-local agent.
    """

    kind: str
    key: str


@dataclass
class Review:
    """The writer's verdict on a claim reported from someone else (a schema:ClaimReview)."""

    rating: int  # +1 endorses, -1 rejects
    cue: Span  # the words that carry the verdict ("Nothing could be further from the truth")
    author: Agent


@dataclass
class Citation:
    """A reference to a work, parsed: "V.I. Lenin, Collected Works, vol. 31, pp. 149-50"."""

    span: Span  # the reference text, without enclosing parentheses
    work: str  # Work.key
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None  # as printed: "149-50", "242"
    page_start: int | None = None
    page_end: int | None = None  # "149-50" -> 150
    intent: str = "cites"  # a CiTO property name (kg/data/nlp/works.toml [intents])


@dataclass
class Work:
    """A book, article, resolution, column or periodical issue the article names or cites."""

    key: str  # stable across articles: the title (author-qualified for generic titles)
    title: str
    kind: str  # a key of kg/data/nlp/works.toml [kinds]: book, article, resolution, ...
    titled: bool = True  # False: known only by a description ("our 2006 convention document")
    authors: list[Agent] = field(default_factory=list)
    year: int | None = None
    date: str | None = None  # ISO "2006-06" or "2006-06-12" when the text gives more than a year
    periodical: str | None = None  # the periodical of the issue it is part of
    issue: str | None = None  # that issue's number
    volume: str | None = None
    page_start: int | None = None  # its pages within that issue
    page_end: int | None = None
    spans: list[Span] = field(default_factory=list)  # where the article names it


@dataclass
class Quotation:
    """Text in quotation marks: a quotation (kind "quotation") or a scare-quoted term ("term")."""

    span: Span  # with the marks
    content: Span  # inside the marks
    sentence: Span
    kind: str = "quotation"
    speakers: list[Agent] = field(default_factory=list)  # several for "the authors"
    speaker_span: Span | None = None  # the words naming them ("Lenin", "we", "The authors")
    work: str | None = None  # Work.key it is quoted from
    citation: Citation | None = None


@dataclass
class Claim:
    """An assertion: by the writer (voice "writer"), quoted ("quoted") or reported ("reported")."""

    span: Span  # the asserted text
    sentence: Span  # the sentence it was read from (provenance)
    kind: str  # factual | programmatic | predictive | interpretive (kg/data/nlp/claims.toml)
    voice: str
    authors: list[Agent]
    mentions: list[str] = field(default_factory=list)  # Entity.keys named in span
    work: str | None = None  # Work.key it is based on (a quoted or reported document)
    review: Review | None = None
    text: str = ""  # the asserted words when they are not span's text (a quotation interrupted
    # by its attribution, a sentence without its "as you explained" clause); "" = span's text


@dataclass
class Stance:
    """A holder's position for or against a target: "communists call for the defeat of Israel"."""

    sentence: Span
    cue: Span
    polarity: str  # "for" | "against"
    holder: Agent | None
    target: str | None  # Entity.key
    target_span: Span  # the target phrase


@dataclass
class Fact:
    """A dated statement read from a note or sentence, Wikidata-style.

    property is a key of kg/data/nlp/facts.toml [properties] (born, died, position, inception...);
    value is an Entity.key (value_entity) or the text's phrase (value_span); dates are ISO
    strings of a year ("1969"), a month ("2006-06") or a day.
    """

    subject: Agent
    subject_span: Span
    property: str
    source: Span  # the sentence it was read from
    value_span: Span | None = None
    value_entity: str | None = None
    value_date: str | None = None
    start: str | None = None
    end: str | None = None
    point: str | None = None
    note: int | None = None  # the footnote's number when read from a note


@dataclass
class Annotations:
    sentences: list[Sentence] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)  # by key
    mentions: list[Mention] = field(default_factory=list)
    # claims, quotations, citations, stances, works and facts: see kg.nlp (issue 5)
    claims: list[Claim] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    works: list[Work] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)  # keys of the entities it is about
    # the entities whose class the learned typer chose (kg.nlp.entities.typer), with its
    # probability: the rules' class for every entity not listed
    typed: dict[str, float] = field(default_factory=dict)
    # the new names the learned test of names dropped as no name (kg.nlp.entities.reject), label
    # → its probability of being none: their entities and mentions are gone
    rejected: dict[str, float] = field(default_factory=dict)
    # the names the learned bounder joined across a cut of the rules (kg.nlp.entities.bounder),
    # with its probability
    bounded: dict[str, float] = field(default_factory=dict)
