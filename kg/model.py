"""The document model: the spine of the pipeline.

The reader turns an article's text into a Document whose every element keeps exact
offsets (Unicode code points, end exclusive) into the source text. Later stages
(kg.nlp) add annotations to the same Document; kg.rdf maps it to quads as a pure
function. Nothing here knows about RDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kg.annotations import Annotations
from kg.span import Span

__all__ = ["Span"]  # re-exported: the document model's unit of text


@dataclass(frozen=True)
class Field:
    """A value read from the text, with the span it was read from."""

    value: str
    span: Span


@dataclass(frozen=True)
class Masthead:
    periodical: Field  # "The Militant"
    volume: int
    issue: str  # "33" (a double issue would be "33-34")
    date: dt.date
    span: Span  # the masthead lines, chrome such as "(logo)" included


@dataclass(frozen=True)
class Person:
    """A name as the text gives it (a byline, a signature, a recipient)."""

    name: str  # normalised: "Jack Barnes" for "BY JACK BARNES"
    span: Span

    def __post_init__(self) -> None:
        # a no-break space, a tab or two spaces inside a name as printed ("By Ana\u00a0Dorrow",
        # a page copied from a browser) are one space in the name: one person, one name, however
        # the page was saved (the span keeps the printed text)
        spaced = " ".join(self.name.split())
        if spaced != self.name:
            object.__setattr__(self, "name", spaced)


@dataclass(frozen=True)
class Photo:
    """A photo's credit line ("Militant/Nick Castle") and its caption: kept out of the deck and
    the body, and out of the text the NLP stages read."""

    credit: Field | None  # today's site prints a caption with no credit
    caption: Field | None


@dataclass(frozen=True)
class Price:
    """A price a book entry prints ("$18", "$12.50"): the amount and the currency sign as
    printed, the span being both; `label` names it as printed ("Special price", "Readers Club
    price"; "" for the list price printed before it with no words), `special` tells the
    reduced price offered on the page from the book's list price."""

    amount: str  # "18", "12.50": the digits as printed
    currency: str  # the sign as printed: "$"
    label: str
    special: bool
    span: Span


@dataclass
class Book:
    """The book a book entry announces ("Books of the Month"), as the entry prints it: its
    title line and subtitle line, the authors its `by` line names (each name's span), its list
    price and special price. Read from the lines the reader cut the entry by, so the RDF maps
    the book without reading the text again."""

    title: Field
    subtitle: Field | None = None
    authors: list[Person] = field(default_factory=list)
    price: Price | None = None  # the list price ("$18")
    special: Price | None = None  # the special price ("Special price: $13")


@dataclass
class Item:
    """One item of a page made of items: a letter, a "25, 50 and 75 Years Ago" item, a brief.

    Its text is a section of the document (kind "item", `section` is its position), so the
    NLP stages read it like any paragraph; its signer, place and signature lines are fields,
    never paragraphs, so that the entity stage can type them from their role (a person, a
    place) instead of finding them in running text."""

    position: int  # 1-based, in page order
    kind: str  # "letter" | "years-ago" | "brief" | "report" | "event" | "book" | "entry"
    span: Span  # from the item's title (or first line) to its last line
    section: int  # position of the item's section in Document.sections
    title: Field | None = None
    date: Field | None = None  # value is ISO "1981-02-20": the date the item carries
    dateline: Field | None = None  # "CLEVELAND" (the item's first paragraph opens with it)
    authors: list[Person] = field(default_factory=list)  # the signer, sign-off or byline
    signature: Field | None = None  # the signature line as printed ("A prisoner")
    role: Field | None = None  # the writer's title after a sign-off: "member of UAW Local 235"
    place: Field | None = None  # "Iowa City, Iowa": the line under the signer
    via: Field | None = None  # "By e-mail": how the letter came, in place of a place
    reply: Span | None = None  # an editor's note answering the letter (its paragraph)
    # the standing head an item is printed under when it is set into another page ("25 And 50
    # Years Ago" under a news report): the page's own headline is the report's, so the head is
    # the item's, kept apart from its text
    column: Field | None = None
    book: Book | None = None  # the book a book entry announces (kind "book")

    @property
    def date_value(self) -> dt.date | None:
        return dt.date.fromisoformat(self.date.value) if self.date else None

    @property
    def author(self) -> Person | None:
        return self.authors[0] if self.authors else None


@dataclass(frozen=True)
class Copyright:
    year: int
    holder: str
    span: Span  # the whole notice line


@dataclass
class Paragraph:
    span: Span
    position: int  # 1-based, in article order
    point: int | None = None  # the numbered point this paragraph opens ("1)")


@dataclass
class Section:
    position: int  # 1-based, in article order
    kind: str  # "introduction" | "body" | "notes"
    name: str  # the subheading's text, or a descriptive name for an untitled section
    title: Span | None  # the subheading's span, when the section has one
    span: Span  # from the title (or first paragraph) to the end of the last paragraph
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass(frozen=True)
class NumberedPoint:
    number: int
    label: Span  # "1)"
    span: Span  # from the label to the end of the point's last paragraph


@dataclass(frozen=True)
class Marker:
    """A footnote marker: digits glued to a word, number, quote or punctuation."""

    number: int
    span: Span
    line: int  # 1-based line in the source file, for messages


@dataclass
class Footnote:
    number: int
    span: Span  # "1. Following the ..." through the note's last paragraph
    text: Span  # the note's text without its "1. " label
    paragraphs: list[Span]
    marker: Marker | None = None


@dataclass(frozen=True)
class Letter:
    """A letter or document set off by ***** inside the article."""

    span: Span
    sender: Person | None
    date: Field | None  # value is ISO "2006-08-17"
    recipient: Person | None
    place: Field | None
    salutation: Span | None
    closing: Span | None
    signature: list[Span]

    @property
    def date_value(self) -> dt.date | None:
        return dt.date.fromisoformat(self.date.value) if self.date else None


@dataclass
class Document:
    path: str  # the source file, for messages
    text: str  # the exact text of the source file
    masthead: Masthead
    headline: Field  # value: lines joined by single spaces
    deck: Field | None = None
    kicker: Field | None = None  # the label "(feature article)" (span without parentheses)
    overline: Field | None = None  # the kicker line above the headline ("Cuba's revolution at 60")
    page_kind: str | None = None  # "letters" | "years-ago" | "briefs" | "reports" | "inline"
    bylines: list[Person] = field(default_factory=list)
    # the writers' titles after a byline's names and comma ("By Ana Ruiz, Communist League member
    # in Montreal," / "and Tom Lee, Socialist Workers Party member in Miami"): no paragraphs, but
    # they name organisations and places, as a sign-off's title does
    byline_roles: list[Field] = field(default_factory=list)
    dateline: Field | None = None  # "SEOUL, South Korea"
    signoff: Person | None = None  # "—JOHN STUDER" closing an unsigned piece
    # the other writers of a sign-off with several names ("—Ana Ruiz and Tom Lee": Tom Lee)
    co_signers: list[Person] = field(default_factory=list)
    signoff_role: Field | None = None  # the title line(s) under the sign-off
    photos: list[Photo] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    editor_notes: list[Span] = field(default_factory=list)  # "Editor’s note: …" paragraphs
    copyright: Copyright | None = None
    letter: Letter | None = None
    sections: list[Section] = field(default_factory=list)
    points: list[NumberedPoint] = field(default_factory=list)
    notes: list[Footnote] = field(default_factory=list)
    notes_title: Span | None = None
    related: list[Field] = field(default_factory=list)
    chrome: list[Span] = field(default_factory=list)
    annotations: Annotations = field(default_factory=Annotations)

    @property
    def key(self) -> str:
        """Stable article key: issue plus headline slug (see kg.iri.Minter.article_key)."""
        from kg.iri import Minter

        return Minter.article_key(self.masthead.volume, int(self.masthead.issue.split("-")[0]),
                                  self.headline.value)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for s in self.sections for p in s.paragraphs]

    @property
    def markers(self) -> list[Marker]:
        return [n.marker for n in self.notes if n.marker is not None]

    @property
    def authors(self) -> list[Person]:
        if self.bylines:
            return self.bylines
        if self.letter and self.letter.sender:
            return [self.letter.sender]
        if self.signoff:
            return [self.signoff, *self.co_signers]
        return []

    @property
    def datelines(self) -> list[Field]:
        """The page's dateline and its items' datelines (places in capitals, not names)."""
        out = [self.dateline] if self.dateline else []
        return out + [i.dateline for i in self.items if i.dateline]

    def prose_spans(self) -> list[Span]:
        """Spans of running text the NLP stages read: paragraphs, note texts and photo
        captions. A caption is sentences of the paper's too, and may quote someone ("“We
        won’t go back,” said Ana Ruiz, center."): read apart from it, its quotation was lost."""
        spans = [p.span for p in self.paragraphs]
        spans += [para for n in self.notes for para in n.paragraphs]
        spans += self.caption_spans()
        return sorted(spans)

    def caption_spans(self) -> list[Span]:
        """The photos' captions, in text order."""
        return sorted(p.caption.span for p in self.photos if p.caption)

    def note_at(self, offset: int) -> Footnote | None:
        return next((n for n in self.notes if n.span.begin <= offset < n.span.end), None)
