"""Parse the text version of a Militant article into a Document.

The text-version pages share one shape (see docs/reader.md):

    masthead        "The Militant (logo)" / "Vol. 70/No. 33   September 4, 2006"
    header block    headline lines, deck lines, "(kicker)"; ended by a blank line
    introduction    the editor's paragraphs and copyright notice, when a byline or a
                    ***** separator follows them
    body            byline ("BY A AND B"), dateline ("SEOUL, South Korea—"), subheadings
                    (a short line after a break, directly followed by its paragraph),
                    numbered points ("1) "), a letter set off by *****
    Years Ago       "25 And 50 Years Ago" under the report (1990s print): its dated items are
                    items of the page, the report keeps the page
    NOTES           "1. text" notes, a note may have several paragraphs
    Related articles:
    page chrome     footer links

Every element keeps exact offsets into the file's text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from kg.model import (
    Copyright,
    Document,
    Field,
    Footnote,
    Letter,
    Masthead,
    NumberedPoint,
    Paragraph,
    Person,
    Photo,
    Section,
    Span,
)
from kg.reader import cues
from kg.reader.errors import ReadError
from kg.reader.footnotes import LineIndex, resolve_markers
from kg.reader.header import HeaderReader
from kg.reader.headerlines import introduces_statement, is_byline, second_title_byline, title_byline
from kg.reader.items import (
    ItemReader,
    book_entry_starts,
    lead_in,
    listed_signer,
    looks_like_letters,
    notebook_parts,
    page_reports,
    signoff_at,
    signoff_match,
    signoff_people,
    titled_sidebars,
)
from kg.reader.patterns import (
    BYLINE_RE,
    COPYRIGHT_RE,
    DATE_RE,
    DATELINE_RE,
    EXCERPT_AUTHOR_RE,
    NOTE_RE,
    POINT_RE,
    QA_TURN_RE,
    SECOND_BYLINE_RE,
    SEPARATOR_RE,
    SITE_ISSUE_LINE_RE,
    STATEMENT_AUTHOR_FIRST_RE,
    STATEMENT_AUTHOR_RE,
    STATEMENT_SECOND_AUTHOR_RE,
    name_case,
    name_in_capitals,
    to_date,
)
from kg.reader.sitehome import promo_lines
from kg.reader.source import Line, read_text, split_lines

SUBHEADING_MAX = 90
SALUTATION_MAX = 60  # characters: "Dear comrades and friends," is a line, a sentence is more
WRAPPED_LINE_MAX = 90  # a line of a hard-wrapped column introduction (1998)
SECTION_NAME_WORDS = 6
SIGNERS_MAX = 8  # the signers a "Signed," line may stand over, one a line
# today's captions are one sentence of some 60-150 characters; an introduction that names a
# statement's writer runs longer and holds more than one sentence
CAPTION_LIKE_MAX = 160


def is_editor_note(text: str) -> bool:
    """"Editor’s note: …", also in brackets ("[Editor’s note: This talk was given …]")."""
    return cues.opens_with("editor-note", text.lstrip("[ "))


def content_has_byline(lines: list[Line]) -> bool:
    return any(BYLINE_RE.match(ln.text) for ln in lines)


def read_article(path: str | Path) -> Document:
    """Read and parse one article file; raise ReadError naming the file on bad input."""
    return parse_article(read_text(path), str(path))


def parse_article(text: str, path: str = "<text>") -> Document:
    return _Parser(text, path).parse()


@dataclass
class _BodyState:
    """The body being read, handed from line step to line step by `_Parser.body`: its lines,
    the line at `k`, where the introduction ends, the sections so far and the one being
    filled, the numbered points' starts and breaks, the letter, the paragraphs counted."""

    doc: Document
    nonblank: list[Line]
    intro_end: int  # lines before it are the introduction
    letter: _LetterBuilder
    k: int = 0
    sections: list[Section] = field(default_factory=list)
    current: Section | None = None
    # (number, label, paragraph index)
    point_starts: list[tuple[int, Span, int]] = field(default_factory=list)
    # paragraph counts at which a point must end (separators)
    point_breaks: list[int] = field(default_factory=list)
    positions: int = 0
    # editor's notes opening the body ("[Editor’s note: …]" over "CITY — …"): the dateline is
    # the first paragraph's after them
    leading_notes: int = 0

    @property
    def line(self) -> Line:
        return self.nonblank[self.k]

    @property
    def in_intro(self) -> bool:
        return self.k < self.intro_end


class _Parser:
    def __init__(self, text: str, path: str) -> None:
        self.text = text
        self.path = path
        self.lines = split_lines(text)
        self.index = LineIndex(text)
        self.chrome: list[Span] = []

    # -- helpers ---------------------------------------------------------------
    def fail(self, message: str, line: Line | None = None):
        raise ReadError(self.path, message, line.number if line else None)

    def span(self, line: Line) -> Span:
        return Span(line.start, line.stop)

    def field(self, line: Line, value: str | None = None) -> Field:
        return Field(value if value is not None else line.text, self.span(line))

    # -- the parts, top to bottom ----------------------------------------------
    def parse(self) -> Document:
        """The page top to bottom, in phases: the head (masthead, headline, deck, or a letters
        page's name), what kind of page the body is, the body or its items, then the notes, the
        related links and the chrome below them."""
        self._refuse_listing()
        heads = HeaderReader(self.lines, self.fail, self.chrome, self.path)
        masthead, at, first = heads.masthead()
        content = [ln for ln in self.lines[at + 1:] if not ln.blank]
        doc, i = self._head(heads, masthead, at, first)
        end, notes_at, related_at = self.parts(i)
        stop = notes_at if notes_at is not None else (related_at or end)
        self._settle_page_kind(doc, content, i, stop)
        self._read_text(doc, i, stop, masthead.date)
        if notes_at is not None:
            self.notes(doc, notes_at, related_at or end)
        if related_at is not None:
            doc.related = [self.field(ln) for ln in self.lines[related_at + 1:end] if not ln.blank]
        for ln in self.lines[end:]:
            if not ln.blank:
                self.chrome.append(self.span(ln))
        doc.chrome = sorted(self.chrome)
        return doc

    def _refuse_listing(self) -> None:
        """A listing page of the site (an author's, a tag's, a category's page: teasers, each a
        headline, the issue line and an opening cut off with `…`) is no article: read as one, its
        first teaser's headline would title the rest and every teaser's text would be published
        cut short, twice over once the articles are built. Two issue lines tell it; an article
        prints one."""
        issue_lines = [ln for ln in self.lines if SITE_ISSUE_LINE_RE.fullmatch(ln.text)]
        if len(issue_lines) >= 2:
            self.fail(f"a listing page of the site ({len(issue_lines)} teasers, each a headline over "
                      "its issue line), not an article: build each article's own page",
                      issue_lines[1])

    def _head(self, heads: HeaderReader, masthead: Masthead, at: int, first: int) -> tuple[Document, int]:
        """The document with its head read, and the line its body starts at."""
        self.skip: set[int] = set()
        above = at >= 0 and first > 0 and heads.headline_above(first)
        if not above and self._letters_without_headline(at):
            # A letters page that opens with its first letter: the page is named, not titled.
            start = self._next_content(at + 1)
            line = self.lines[start]
            headline = Field("Letters", Span(line.start, line.start))
            return Document(path=self.path, text=self.text, masthead=masthead, headline=headline,
                            page_kind="letters"), start
        top = 0 if at < 0 or above else at + 1
        promo = promo_lines(self.lines, at) if top == at + 1 else None
        if promo is not None:  # an issue's home page: a notice over the front-page article
            self.chrome.extend(self.span(ln) for ln in promo[0])
            top = promo[1]
        header = heads.header(top, at, first, masthead.date)
        self.skip = header.skip
        doc = Document(path=self.path, text=self.text, masthead=masthead,
                       headline=header.headline, deck=header.deck, kicker=header.label,
                       overline=header.kicker, photos=list(header.photos),
                       page_kind=cues.page_kind(header.headline.value))
        return doc, header.body_start

    def _settle_page_kind(self, doc: Document, content: list[Line], i: int, stop: int) -> None:
        """A page its headline did not name is told by its lines (letters, reports, books); a
        standing name over one piece of running text is an article after all."""
        body = [ln for ln in self.lines[i:stop] if not ln.blank]
        if doc.page_kind is None:
            rest = [ln for ln in self.lines[i:] if not ln.blank]
            if not content_has_byline(content) and looks_like_letters(rest):
                doc.page_kind = "letters"
            elif page_reports(body) >= 2:
                # decided on the lines the item reader gets (not the chrome below them)
                doc.page_kind = "reports"
            elif not content_has_byline(content) and len(book_entry_starts(body)) >= 2:
                # a book announcement under another headline: two entries or more, each a
                # title over its price line
                doc.page_kind = "books"
        if doc.page_kind == "books" and not book_entry_starts(body):
            # "Books of the Month" over an excerpt of one book (today's site): no entries, an
            # article under the standing name
            doc.page_kind = None
        if doc.page_kind == "inline" and not any(lead_in(ln.text) for ln in body):
            # a column under the standing name with no item's lead-in (one piece of running
            # text): an article under the standing name, read like any other; refusing it lost
            # all its text (issue 10)
            doc.page_kind = None

    def _read_text(self, doc: Document, i: int, stop: int, date: dt.date) -> None:
        """The page's items, or its body with the items set inside or after it."""
        if doc.page_kind:
            self.items(doc, i, stop)
            return
        inset = self.inset_heading(i, stop, date)
        entries = self.notebook_start(i, stop, date) if inset is None else None
        sidebar = self.sidebar_start(i, stop) if inset is None and entries is None else None
        self.body(doc, i, next((j for j in (inset, entries, sidebar) if j is not None), stop))
        if inset is not None:
            self.inset_items(doc, inset, stop)
        if entries is not None:
            self.notebook_items(doc, entries, stop)
        if sidebar is not None:
            self.sidebar_items(doc, sidebar, stop)

    def _next_content(self, i: int) -> int:
        while i < len(self.lines) and self.lines[i].blank:
            i += 1
        if i >= len(self.lines):
            self.fail("no headline after the masthead")
        return i

    def _letters_without_headline(self, at: int) -> bool:
        """The volume line, then letters straight away (no "Letters" line, no byline)."""
        start = self._next_content(at + 1)
        end, notes_at, related_at = self.parts(start)
        stop = notes_at if notes_at is not None else (related_at or end)
        lines = [ln for ln in self.lines[start:stop] if not ln.blank]
        if not lines or cues.page_kind(lines[0].text) or content_has_byline(lines):
            return False
        return looks_like_letters(lines)

    def items(self, doc: Document, i: int, stop: int) -> None:
        lines = [ln for ln in self.lines[i:stop] if not ln.blank and ln.number - 1 not in self.skip]
        lines = self.photos(doc, lines)
        if not lines:
            self.fail("the page has no items", self.lines[i - 1] if i else None)
        m = self.byline_at(lines, 0)
        if m and doc.page_kind != "reports":  # a column's writer: the page's byline
            doc.bylines = self.bylines(lines[0], m.group(1))
            lines = lines[1:]
            if not lines:
                self.fail("the page has no items", self.lines[i - 1] if i else None)
        reader = ItemReader(self.text, self.span, self.fail,
                            lambda ln: self.bylines(ln, self.byline_names(ln.text)),
                            doc.masthead.date)
        reader.read(doc.page_kind, lines)
        doc.sections = reader.sections
        doc.items = reader.items
        doc.editor_notes = reader.editor_notes
        if doc.page_kind == "reports":
            doc.dateline = self.introduction_dateline(doc)

    def introduction_dateline(self, doc: Document) -> Field | None:
        """A page of reports whose introduction opens with a dateline ("NEWARK, New Jersey--
        Supporters of the fund sent in …", then reports set off by *****, each with its byline
        and dateline: a fund's or a campaign's meetings, 1990s-2000s print): the introduction is
        the page's own report, written from there, so its dateline is the page's."""
        intro = doc.sections[0] if doc.sections and doc.sections[0].kind == "introduction" \
            else None
        if intro is None or not intro.paragraphs:
            return None
        first = intro.paragraphs[0].span
        m = DATELINE_RE.match(first.of(self.text))
        if m is None:
            return None
        return Field(m.group(1), Span(first.begin, first.begin + len(m.group(1))))

    def inset_heading(self, i: int, stop: int, issue: dt.date) -> int | None:
        """The index of a "Years Ago" column's standing head set into a news page under its
        report ("25 And 50 Years Ago", "25, 50, and 75 Years Ago": `years-ago` in
        kg/data/reader/pages.txt, any case), with the report's text above it and an item's date
        of an earlier year on the next line ("July 13, 1973"); None on any other page. The
        report keeps the page; the column's items are read as items under it."""
        lines = [(j, ln) for j, ln in enumerate(self.lines[i:stop], start=i)
                 if not ln.blank and ln.number - 1 not in self.skip]
        for n, (j, ln) in enumerate(lines):
            if n == 0 or cues.page_kind(ln.text) != "years-ago":
                continue
            dates = [_item_date(r.text) for _, r in lines[n + 1:]]
            # each item's date, of an earlier year, over its text: no date line closes the
            # column or follows another
            if (dates and dates[0] is not None and dates[0].year < issue.year
                    and dates[-1] is None
                    and not any(a is not None and b is not None for a, b in pairwise(dates))):
                return j
        return None

    def inset_items(self, doc: Document, at: int, stop: int) -> None:
        """The dated items of a "Years Ago" column set into a news page (inset_heading), read
        as on a page of their own: each item its date, its dateline, its text; their sections
        follow the report's, and the column's head is each item's `column`, never the page's
        headline or a paragraph."""
        head = self.lines[at]
        lines = [ln for ln in self.lines[at + 1:stop]
                 if not ln.blank and ln.number - 1 not in self.skip]
        lines = self.photos(doc, lines)
        reader = ItemReader(self.text, self.span, self.fail, None, doc.masthead.date)
        reader.sections = list(doc.sections)
        reader.positions = len(doc.paragraphs)
        reader.read("years-ago", lines)
        for item in reader.items:
            item.column = self.field(head)
        doc.sections = reader.sections
        doc.items = reader.items

    def sidebar_start(self, i: int, stop: int) -> int | None:
        """The index of the first ***** of sidebars set under a bylined news report, each
        titled, bylined and datelined (items.titled_sidebars); None on any other page. The
        report keeps the page's headline, byline and dateline; each sidebar is an item."""
        lines = [(j, ln) for j, ln in enumerate(self.lines[i:stop], start=i)
                 if not ln.blank and ln.number - 1 not in self.skip]
        if not titled_sidebars([ln for _, ln in lines]):
            return None
        return next(j for j, ln in lines if SEPARATOR_RE.match(ln.text))

    def sidebar_items(self, doc: Document, at: int, stop: int) -> None:
        """The sidebars (sidebar_start), read as items after the report's sections."""
        lines = [ln for ln in self.lines[at:stop] if not ln.blank and ln.number - 1 not in self.skip]
        lines = self.photos(doc, lines)
        reader = ItemReader(self.text, self.span, self.fail,
                            lambda ln: self.bylines(ln, self.byline_names(ln.text)),
                            doc.masthead.date)
        reader.sections = list(doc.sections)
        reader.positions = len(doc.paragraphs)
        reader.sidebars(lines)
        doc.sections = reader.sections
        doc.items = reader.items

    def notebook_start(self, i: int, stop: int, issue: dt.date) -> int | None:
        """The index of the first ***** of a reporter's notebook or a diary column whose
        entries each open with a run-in date (items.notebook_parts), under an introduction
        of the column's own (text that is no byline); None on any other page. The
        introduction keeps the page's byline and dateline; the entries are items."""
        lines = [(j, ln) for j, ln in enumerate(self.lines[i:stop], start=i)
                 if not ln.blank and ln.number - 1 not in self.skip]
        first = next((n for n, (_, ln) in enumerate(lines) if SEPARATOR_RE.match(ln.text)), None)
        if first is None or not any(not self.byline_at([ln for _, ln in lines], n)
                                    for n in range(first)):
            return None
        if not notebook_parts([ln for _, ln in lines], issue):
            return None
        return lines[first][0]

    def notebook_items(self, doc: Document, at: int, stop: int) -> None:
        """The dated entries of a notebook (notebook_start), read as items after the
        introduction's sections: each its date and its text, the run-in date its opening."""
        lines = [ln for ln in self.lines[at:stop] if not ln.blank and ln.number - 1 not in self.skip]
        lines = self.photos(doc, lines)
        if doc.signoff is None:  # the notebook's writer signing under its last entry
            self.take_signoff(doc, lines)
        reader = ItemReader(self.text, self.span, self.fail, None, doc.masthead.date)
        reader.sections = list(doc.sections)
        reader.positions = len(doc.paragraphs)
        reader.entries(lines)
        doc.sections = reader.sections
        doc.items = reader.items

    def photos(self, doc: Document, lines: list[Line]) -> list[Line]:
        """Take photo credits (and the caption lines directly under them) out of the text, and
        the lines of today's site that glue a credit to its caption ("Militant/Tom LeeStrikers
        picket …", cues.glued_credit). A line opening with a dateline ends the caption: today's
        site sets the first paragraph directly under the caption ("Militant/Ana Ruiz" /
        "Strikers picket the gate." / "TACOMA, Wash. — …"), and that paragraph is the body's,
        its dateline the page's (it was read into the caption before, 2026-12-05, rdr23); so
        does a byline under the caption ("Militant/Ana Ruiz" / "Crowd at the castle cheers." /
        "By Tom Lee": the page's writer; it was read into the caption, 2026-12-06, set BS)."""
        out = []
        k = 0
        while k < len(lines):
            ln = lines[k]
            at = None
            if "/" in ln.text[:40]:  # a credit's slash: the caption may be printed elsewhere
                captions = tuple(p.caption.value for p in doc.photos if p.caption)
                at = cues.glued_credit(ln.text, captions + tuple(o.text for o in out))
            if at is not None:
                credit = ln.text[:at].rstrip()
                caption = Field(ln.text[at:], Span(ln.start + at, ln.stop))
                first = next((o for o in out if o.text == caption.value), None)
                if first is not None:
                    # the caption printed first as a paragraph of its own: the photo's, not text
                    out.remove(first)
                    caption = self.field(first)
                doc.photos.append(Photo(Field(credit, Span(ln.start, ln.start + len(credit))),
                                        caption))
            elif cues.is_photo_credit(ln.text):
                caption = []
                while (k + 1 < len(lines) and lines[k + 1].number == (caption or [ln])[-1].number + 1
                       and not cues.is_photo_credit(lines[k + 1].text)
                       and not DATELINE_RE.match(lines[k + 1].text)
                       and not is_byline(lines[k + 1].text)):
                    k += 1
                    caption.append(lines[k])
                doc.photos.append(Photo(self.field(ln), Field(
                    " ".join(c.text for c in caption), Span(caption[0].start, caption[-1].stop))
                    if caption else None))
            else:
                out.append(ln)
            k += 1
        return out

    def parts(self, i: int) -> tuple[int, int | None, int | None]:
        """Find where the notes and related articles start and where the page chrome begins."""
        headings = cues.part_headings()
        notes_at = related_at = None
        end = len(self.lines)
        for j in range(i, len(self.lines)):
            text = self.lines[j].text
            kind = headings.get(text.lower())
            if kind == "notes" and notes_at is None and related_at is None:
                notes_at = j
            elif kind == "related" and related_at is None:
                related_at = j
            elif text and cues.is_chrome(text):
                end = j
                break
        return end, notes_at, related_at

    # -- the body ----------------------------------------------------------------
    def body(self, doc: Document, i: int, stop: int) -> None:
        """The body of lines i..stop, in phases: its lines (`_body_lines`), the sign-off closing
        them (`take_signoff`), where the introduction ends (`_intro_end`), then line by line the
        first step of `_BODY_LINE_STEPS` that takes the line, then what is read off the whole
        (`_finish_body`)."""
        nonblank = self._body_lines(doc, i, stop)
        self.take_signoff(doc, nonblank)
        if doc.signoff is None and not doc.bylines:
            self.take_signers(doc, nonblank)
        st = _BodyState(doc, nonblank, self._intro_end(nonblank), _LetterBuilder(self))
        while st.k < len(nonblank):
            for step in self._BODY_LINE_STEPS:
                if step(self, st):
                    break
        self._finish_body(st)

    def _body_lines(self, doc: Document, i: int, stop: int) -> list[Line]:
        """The body's nonblank lines (`self.lines[i:stop]` without the header's skipped lines and
        the photos' credits and captions); on a photo page, its caption's lines. Fails when
        there are none."""
        lines = self.lines[i:stop]
        nonblank = [ln for ln in lines if not ln.blank and ln.number - 1 not in self.skip]
        nonblank = self.photos(doc, nonblank)
        if not nonblank and any(p.caption for p in doc.photos):
            # A photo page: headline, credit and caption. The caption is the page's text.
            nonblank = [ln for ln in self.lines if not ln.blank and any(
                p.caption and p.caption.span.begin <= ln.start < p.caption.span.end
                for p in doc.photos)]
        if not nonblank:
            self.fail("the article has no body text", self.lines[i - 1] if i else None)
        return nonblank

    def _intro_end(self, nonblank: list[Line]) -> int:
        """The index of the first line after the introduction: the paragraphs before the first
        byline or separator; a column's standing introduction or an editor's note on top, also
        under the column's writer."""
        first_byline = next((k for k, ln in enumerate(nonblank) if self.byline_at(nonblank, k)),
                            None)
        first_sep = next((k for k, ln in enumerate(nonblank) if SEPARATOR_RE.match(ln.text)), None)
        marks = [k for k in (first_byline, first_sep) if k is not None]
        intro_end = min(marks) if marks else 0  # paragraphs before a byline or ***** : introduction
        if intro_end == 0 and (cues.opens_with("column-intro", nonblank[0].text)
                               or is_editor_note(nonblank[0].text)):
            # a column's standing introduction, an editor's note on top
            intro_end = self.wrapped_intro_end(nonblank, 0)
        elif first_byline == 0:
            j = 1  # the column's writer, then its standing introduction (1997-1998)
            while j < len(nonblank) and SECOND_BYLINE_RE.match(nonblank[j].text):
                j += 1
            if j < len(nonblank) and cues.opens_with("column-intro", nonblank[j].text):
                intro_end = self.wrapped_intro_end(nonblank, j)
        return intro_end

    def _new_section(self, st: _BodyState, kind: str, title: Line | None, first: Line) -> Section:
        name = title.text if title else self.section_name(kind, first)
        sec = Section(len(st.sections) + 1, kind, name, self.span(title) if title else None,
                      Span((title or first).start, first.stop))
        st.sections.append(sec)
        return sec

    # -- the body's line steps: each reads the line at st.k; True when it took it ----------
    def _separator_line(self, st: _BodyState) -> bool:
        """A ***** separator: it ends the section and any numbered point, and may open a letter."""
        ln = st.line
        if not SEPARATOR_RE.match(ln.text):
            return False
        st.current = None
        st.point_breaks.append(st.positions)
        st.letter.separator(ln)
        st.k += 1
        return True

    def _byline_lines(self, st: _BodyState) -> bool:
        """The page's first byline, and the second writers' lines right under it."""
        doc, nonblank, ln = st.doc, st.nonblank, st.line
        m = self.byline_at(nonblank, st.k)
        if not m or doc.bylines:
            return False
        doc.bylines = self.bylines(ln, m.group(1))
        doc.byline_roles = self.byline_role(ln, m)
        st.k += 1
        while st.k < len(nonblank) and nonblank[st.k].number == nonblank[st.k - 1].number + 1:
            more = self.second_byline(ln, nonblank[st.k].text)  # "AND SETH GALINSKY"
            if not more:
                break
            doc.bylines += self.bylines(nonblank[st.k], more.group(1))
            doc.byline_roles += self.byline_role(nonblank[st.k], more)
            st.k += 1
        self._title_line_under_byline(st)
        return True

    def _title_line_under_byline(self, st: _BodyState) -> None:
        """The writers' title on its own line right under a byline that gives none (1990s print:
        `BY ANA RUIZ` / `Militant staff writer`, or `Member, UAW Local 786`): a short phrase with
        a writer's title word and no sentence in it (`cues.names_writer_title`), never the
        dateline's paragraph. It was read as the first paragraph, and the dateline under it was
        missed."""
        nonblank, k = st.nonblank, st.k
        if st.doc.byline_roles or k >= len(nonblank) or nonblank[k].number != nonblank[k - 1].number + 1:
            return
        ln = nonblank[k]
        if DATELINE_RE.match(ln.text) or not cues.names_writer_title(ln.text):
            return
        st.doc.byline_roles.append(self.field(ln))
        st.k += 1

    def _editor_note_line(self, st: _BodyState) -> bool:
        """An editor's note is noted; the line stays for the steps after (it is a paragraph)."""
        if is_editor_note(st.line.text):
            st.doc.editor_notes.append(self.span(st.line))
        return False

    def _copyright_line(self, st: _BodyState) -> bool:
        """The copyright notice of the introduction."""
        text = st.line.text
        if not (st.in_intro and COPYRIGHT_RE.match(text)):
            return False
        cm = COPYRIGHT_RE.match(text)
        st.doc.copyright = Copyright(int(cm.group(1)), cm.group(2).strip(), self.span(st.line))
        st.k += 1
        return True

    def _letter_header_lines(self, st: _BodyState) -> bool:
        """An embedded letter's header (date, recipient, place, salutation) after a separator."""
        consumed = st.letter.header(st.nonblank, st.k)
        if not consumed:
            return False
        st.k += consumed
        return True

    def _letter_closing_lines(self, st: _BodyState) -> bool:
        """The letter's closing and signature: the letter's section ends with them."""
        if not st.letter.closing(st.nonblank, st.k):
            return False
        st.k = st.letter.end_index
        st.current = None
        return True

    def _subheading_line(self, st: _BodyState) -> bool:
        """A subheading (outside the introduction) opens a section of the body."""
        ln = st.line
        if st.in_intro or not self.is_subheading(ln, st.nonblank, st.k):
            return False
        st.current = self._new_section(st, "body", ln, st.nonblank[st.k + 1])
        st.k += 1
        return True

    def _paragraph_line(self, st: _BodyState) -> bool:
        """Any other line is a paragraph of the current section (a new one when the line crosses
        the introduction's end): a numbered point's start, the dateline of the body's first."""
        doc, ln, in_intro = st.doc, st.line, st.in_intro
        text = ln.text
        if st.current is None or (st.current.kind == "introduction") != in_intro:
            st.current = self._new_section(st, "introduction" if in_intro else "body", None, ln)
        st.positions += 1
        positions = st.positions
        para = Paragraph(self.span(ln), positions)
        pm = POINT_RE.match(text)
        if pm and not in_intro:
            para.point = int(pm.group(1))
            st.point_starts.append((para.point, Span(ln.start, ln.start + len(pm.group(0)) - 1),
                                    positions))
        first = not in_intro and positions == self.first_body_position(st.sections) + st.leading_notes
        if first and (is_editor_note(text) or self._introduces_datelined(st)):
            st.leading_notes += 1
        elif not doc.dateline and first:
            dm = DATELINE_RE.match(text)
            if dm:
                doc.dateline = Field(dm.group(1), Span(ln.start, ln.start + len(dm.group(1))))
        st.current.paragraphs.append(para)
        st.current.span = Span(st.current.span.begin, ln.stop)
        st.k += 1
        return True

    @staticmethod
    def _introduces_datelined(st: _BodyState) -> bool:
        """A statement's introduction naming its writer (`This statement was issued April 2
        by …`) over a paragraph that opens with the dateline: like an editor's note on
        top, it leaves the dateline to the paragraph under it (it was missed there before)."""
        k = st.k
        return (introduces_statement(st.nonblank[k].text) and k + 1 < len(st.nonblank)
                and bool(DATELINE_RE.match(st.nonblank[k + 1].text)))

    @staticmethod
    def _message_printed_whole(doc: Document) -> bool:
        """A message with its signer that runs to the body's end (`Dear comrades,` … the
        signer): the page prints nothing but it, so its signer is the page's writer."""
        letter = doc.letter
        return (letter is not None and letter.sender is not None and letter.date is None
                and bool(doc.sections) and letter.span.end >= doc.sections[-1].span.end)

    _BODY_LINE_STEPS = (_separator_line, _byline_lines, _editor_note_line, _copyright_line,
                        _letter_header_lines, _letter_closing_lines, _subheading_line,
                        _paragraph_line)  # the last takes every line: the loop always moves on

    def _finish_body(self, st: _BodyState) -> None:
        """What is read off the whole body: the sections with paragraphs, numbered in order; a
        statement's authors when the page has no byline or sign-off; the letter; the points."""
        doc = st.doc
        doc.sections = [s for s in st.sections if s.paragraphs]
        for n, sec in enumerate(doc.sections, start=1):
            sec.position = n
        if not doc.bylines and doc.signoff is None:
            doc.bylines = self.statement_author(doc)
        doc.letter = st.letter.build(doc)
        if not doc.bylines and doc.signoff is None and self._message_printed_whole(doc):
            doc.bylines = [doc.letter.sender]
        doc.points = self.points(doc, st.point_starts, st.point_breaks)

    def take_signoff(self, doc: Document, nonblank: list[Line]) -> None:
        """The page's sign-off closing `nonblank` ("—ANA DIAZ", perhaps the writer's title on
        the line or the lines under it): its writers and title become the page's, and its lines
        leave `nonblank` (they are no paragraphs)."""
        at = signoff_at(nonblank)
        if at is None:
            return
        sign, role = nonblank[at], nonblank[at + 1:]
        del nonblank[at:]
        people, _ = signoff_people(sign, self.text)
        doc.signoff, doc.co_signers = people[0], people[1:]
        m = signoff_match(sign.text)
        inline = m.group(2) if m.lastindex and m.lastindex >= 2 else None
        if inline:  # "—ANA DIAZ, Socialist Workers Party candidate": the title on the line
            begin = sign.start + m.start(2)
            parts = [inline] + [ln.text for ln in role]
            doc.signoff_role = Field(" ".join(parts),
                                     Span(begin, role[-1].stop if role else begin + len(inline)))
        elif role:
            doc.signoff_role = Field(" ".join(ln.text for ln in role),
                                     Span(role[0].start, role[-1].stop))

    def take_signers(self, doc: Document, nonblank: list[Line]) -> None:
        """A statement closed by its signers under a "Signed," line (`cues.is_signed_line`),
        one a line, each a name and perhaps a title after a comma ("Ana Ruiz, Socialist Workers
        Party candidate for mayor of Kelvo"; `items.listed_signer`): the signers are the
        page's writers (the first the sign-off, the others co-signers, as a sign-off naming
        several) and their titles are read like a byline's (`byline_roles`); their lines leave
        `nonblank`, the "Signed," line stays text. They were read as paragraphs and the
        statement had no writer (set CA, 2026-12-06)."""
        at = next((k for k in range(len(nonblank) - 2, max(-1, len(nonblank) - 2 - SIGNERS_MAX), -1)
                   if cues.is_signed_line(nonblank[k].text)), None)
        if at is None:
            return
        signed = [listed_signer(ln.text) for ln in nonblank[at + 1:]]
        if any(s is None for s in signed):
            return
        people, roles = [], []
        for ln, (name, title) in zip(nonblank[at + 1:], signed, strict=True):
            people.append(Person(name, Span(ln.start, ln.start + len(name))))
            if title:
                begin = ln.start + ln.text.index(title, len(name))
                roles.append(Field(title, Span(begin, begin + len(title))))
        del nonblank[at + 1:]
        doc.signoff, doc.co_signers = people[0], people[1:]
        doc.byline_roles += roles

    def wrapped_intro_end(self, nonblank: list[Line], k: int) -> int:
        """The index after a column's standing introduction that opens at k. Some pages (1998)
        wrap it into short lines ("This column is written and edited by the Young" /
        "Socialists (YS), an international organization of" / … / "Tel: …"), the dateline's
        paragraph directly under them: the short lines (a wrapped line's length, at most
        WRAPPED_LINE_MAX characters) that follow with no blank line between, up to a byline or
        the dateline, are the introduction too; a paragraph's long line is text."""
        end = k + 1
        if not cues.opens_with("column-intro", nonblank[k].text):
            return end
        while (end < len(nonblank) and nonblank[end].number == nonblank[end - 1].number + 1
               and not self.byline_at(nonblank, end) and not DATELINE_RE.match(nonblank[end].text)
               and not SEPARATOR_RE.match(nonblank[end].text)
               and len(nonblank[end].text) <= WRAPPED_LINE_MAX):
            end += 1
        return end

    @staticmethod
    def byline_names(text: str) -> str:
        """The names of a byline line: "BY NORA VEGA", "By Nora Vega", "AND PAUL KIM", "and
        Tom Lee" (a report's writers, read by the item reader)."""
        m = (BYLINE_RE.match(text) or title_byline(text) or SECOND_BYLINE_RE.match(text)
             or second_title_byline(text))
        return m.group(1)

    @staticmethod
    def byline_role(line: Line, m: re.Match[str]) -> list[Field]:
        """The writer's title a byline line gives after the names and a comma ("Communist
        League member in Montreal" of "By Ana Ruiz, Communist League member in Montreal,"),
        without the comma that runs on to the next writer; none for a plain byline."""
        if (m.re.groups < 2 or m.group(2) is None) or not m.group(2).strip(", "):
            return []
        role = m.group(2).rstrip(", ")
        begin = line.start + m.start(2)
        return [Field(role, Span(begin, begin + len(role)))]

    @staticmethod
    def second_byline(first: Line, text: str) -> re.Match[str] | None:
        """The byline's next line naming one more writer: "AND PETER LUND" under a byline in
        capitals, "and Tom Lee" under today's "By Ana Ruiz"."""
        if BYLINE_RE.match(first.text):
            return SECOND_BYLINE_RE.match(text)
        return second_title_byline(text)

    def byline_at(self, nonblank: list[Line], k: int) -> re.Match[str] | None:
        """'BY ANA RUIZ' anywhere; 'By Ana Ruiz' (today's site) as the body's first line, under
        a review's header ("The Coal Wars by Ruth Miller. Pathfinder, 2003. 240 pp.", or the
        same one item a line), or
        directly over the paragraph that opens with the dateline (a second writer's line "and
        Tom Lee" between; under a photo credit and caption the reader did not take for one,
        they stay text above it), or under an introduction ("Below are excerpts from the talk
        by …", an editor's note: `introduction` in kg/data/reader/signatures.txt). Elsewhere a
        line "By Any Means Necessary" is a title, not a writer."""
        text = nonblank[k].text
        if BYLINE_RE.match(text):
            return BYLINE_RE.match(text)
        m = title_byline(text)
        if m is None:
            return None
        j = k + 1
        while (j < len(nonblank) and nonblank[j].number == nonblank[j - 1].number + 1
               and second_title_byline(nonblank[j].text)):
            j += 1
        over_dateline = j < len(nonblank) and bool(DATELINE_RE.match(nonblank[j].text))
        return m if k == 0 or over_dateline or self.under_introduction(nonblank[:k]) else None

    @staticmethod
    def under_introduction(lines: list[Line]) -> bool:
        """Are these lines (the body's, above a "By …" line) an introduction only: a review's
        header (one line, or a block of lines naming the work one item a line: title, "by
        Author", publisher and year, pages and price; cues.is_review_header_block), an
        editor's note or paragraphs that open an introduction ("Below are excerpts …")?"""
        runs: list[list[Line]] = []
        for ln in lines:
            if runs and ln.number == runs[-1][-1].number + 1:
                runs[-1].append(ln)
            else:
                runs.append([ln])
        return all(all(cues.is_review_header(ln.text) or is_editor_note(ln.text)
                       or cues.opens_with("introduction", ln.text) for ln in run)
                   or cues.is_review_header_block([ln.text for ln in run]) for run in runs)

    def statement_author(self, doc: Document) -> list[Person]:
        """A campaign statement with no byline names its writer in its first paragraph:
        "Statement by Ana Ruiz, Socialist Workers Party candidate for governor, May 2." or
        "The following statement was released Oct. 10 by Ana Ruiz, SWP candidate for …" (more
        forms: patterns.STATEMENT_AUTHOR_RE, STATEMENT_AUTHOR_FIRST_RE). The
        writer is the page's author (a byline); the paragraph stays text. A name with an
        organisation's word ("Socialist Workers Party National Committee") is no person."""
        paras = doc.paragraphs
        if not paras:
            return []
        if len(paras) > 1 and self._caption_like(paras[0].span.of(self.text)):
            # today's site: an uncredited caption set right over the introduction, no blank
            # line between ("Vigil in Kelvo for a killed tenant." / "The following
            # statement was issued …"; set BL): the introduction is the second paragraph
            second = paras[1].span.of(self.text)
            if STATEMENT_AUTHOR_RE.match(second) or self.excerpt_author(second):
                paras = paras[1:]  # … or an excerpt's ("The following excerpt is taken from …")
        first = paras[0].span.of(self.text)
        m = STATEMENT_AUTHOR_RE.match(first) or STATEMENT_AUTHOR_FIRST_RE.match(first)
        group = 1
        if m is None:
            m, group = self.excerpt_author(first), 2
        if m is None or cues.names_organization(m.group(group)):
            return []
        people = []
        names = m.group(group)
        for part in re.finditer(r"\S.*?(?=\s+and\s+|$)", names):  # a ticket: "A and B"
            name = re.sub(r"^and\s+", "", part.group(0))
            if part.end() == len(names) and re.search(r"[a-z]{2}\.$", name):
                name = name[:-1]  # the sentence's full stop after the name
            begin = paras[0].span.begin + m.start(group) + part.start() + part.group(0).index(name)
            people.append(Person(name, Span(begin, begin + len(name))))
        if group == 1 and len(people) == 1:
            people += self.second_statement_author(first, m.end(group), paras[0].span.begin)
        return people

    @staticmethod
    def _caption_like(text: str) -> bool:
        """One short sentence (CAPTION_LIKE_MAX characters at most, one full stop at its end):
        what a photo's caption over the text is, never an introduction."""
        return len(text) <= CAPTION_LIKE_MAX and text.count(". ") == 0 and "\n" not in text

    @staticmethod
    def second_statement_author(first: str, after: int, base: int) -> list[Person]:
        """The second writer of a ticket whose writers each carry a title ("… by Ana Ruiz,
        SWP candidate for mayor, and Tom Dorrow, SWP candidate for Congress."): the name after
        the first writer's title and ", and", in the same sentence, when both titles are a
        writer's (cues.names_writer_title), so that "…, and Tom Lee, who works at the plant,
        said" or a list of places names no one."""
        rest = first[after:]
        s = STATEMENT_SECOND_AUTHOR_RE.search(rest)
        if s is None:
            return []
        between = rest[:s.start()].lstrip(", ")
        name = s.group(1)
        if (re.search(r"[a-z]{2}\.\s", between) or not cues.names_writer_title(between)
                or not cues.names_writer_title(s.group(2)) or cues.names_organization(name)
                or not cues.names_people(name)):
            return []
        begin = base + after + s.start(1)
        return [Person(name, Span(begin, begin + len(name)))]

    @staticmethod
    def excerpt_author(first: str) -> re.Match[str] | None:
        """A book excerpt's introduction naming the book's writer ("The following is an
        excerpt from Mill Town Battles by Ana Ruiz, a retired weaver."; patterns.
        EXCERPT_AUTHOR_RE): the writer is the page's author, as a statement's is
        (bench/quality/README.md, "Conventions"). Excerpts of a talk, a speech or remarks name a
        speaker, who is no writer (cues.names_spoken), and "published by", "edited by" name no
        writer (cues.names_handler)."""
        m = EXCERPT_AUTHOR_RE.match(first)
        if m is None or cues.names_spoken(m.group(1)) or cues.names_handler(m.group(1)):
            return None
        return m

    def first_body_position(self, sections: list[Section]) -> int:
        intro = sum(len(s.paragraphs) for s in sections if s.kind == "introduction")
        return intro + 1

    def section_name(self, kind: str, first: Line) -> str:
        if kind == "introduction":
            return "Introduction"
        words = first.text.split()
        head = " ".join(words[:SECTION_NAME_WORDS])
        return head + ("…" if len(words) > SECTION_NAME_WORDS else "")

    def is_subheading(self, ln: Line, nonblank: list[Line], k: int) -> bool:
        """A short line after a break, directly followed (no blank line) by its paragraph."""
        text = ln.text
        if k + 1 >= len(nonblank) or len(text) > SUBHEADING_MAX:
            return False
        nxt = nonblank[k + 1]
        if nxt.number != ln.number + 1 or SEPARATOR_RE.match(nxt.text):
            return False
        prev = self.lines[ln.number - 2] if ln.number >= 2 else None
        if prev is not None and not prev.blank:
            return False
        if text.endswith((".", ",", ";", ":")) or POINT_RE.match(text) or BYLINE_RE.match(text):
            return False
        if text.split()[0].rstrip(",") in cues.salutation_words() or DATE_RE.fullmatch(text):
            return False
        if QA_TURN_RE.match(text) and QA_TURN_RE.match(nxt.text):
            return False  # an interview's question and its answer ("Militant: …?" / "Pérez: …")
        return len(nxt.text) > len(text)

    def bylines(self, line: Line, names: str) -> list[Person]:
        """'A', 'A AND B', 'A, B AND C', 'Ana Ruiz and Tom Lee'; a part in lower case after a
        comma in a capitals byline ('BY ANA RUIZ, Militant staff writer') is the writer's
        title, not a name."""
        people: list[Person] = []
        offset = line.raw.index(names)
        capitals = names.upper() == names or BYLINE_RE.match(line.text) is not None
        for m in re.finditer(r"[^,]+?(?=\s*(?:,\s*and\s+|,|\s+and\s+|$))", names,
                             re.IGNORECASE):
            raw = m.group(0).strip()
            raw = re.sub(r"^and\s+", "", raw, flags=re.IGNORECASE)
            if not raw or (capitals and not name_in_capitals(raw)) or not raw[0].isupper():
                continue
            begin = line.begin + offset + m.start() + m.group(0).index(raw)
            people.append(Person(name_case(raw, self.text), Span(begin, begin + len(raw))))
        return people

    def points(self, doc: Document, starts: list[tuple[int, Span, int]],
               breaks: list[int]) -> list[NumberedPoint]:
        paras = doc.paragraphs
        out = []
        for n, (number, label, pos) in enumerate(starts):
            limit = starts[n + 1][2] - 1 if n + 1 < len(starts) else len(paras)
            later = [b for b in breaks if b >= pos]
            if later:
                limit = min(limit, later[0])
            last = paras[limit - 1]
            out.append(NumberedPoint(number, label, Span(label.begin, last.span.end)))
        expected = list(range(1, len(out) + 1))
        if [p.number for p in out] != expected:
            line = self.index.line_of(out[0].label.begin) if out else None
            raise ReadError(self.path, "numbered points are not numbered 1, 2, 3…: "
                            + ", ".join(str(p.number) for p in out), line)
        return out

    # -- notes ---------------------------------------------------------------------
    def notes(self, doc: Document, at: int, stop: int) -> None:
        heading = self.lines[at]
        doc.notes_title = self.span(heading)
        notes: list[Footnote] = []
        for ln in self.lines[at + 1:stop]:
            if ln.blank:
                continue
            m = NOTE_RE.match(ln.text)
            if m:
                number = int(m.group("number") or m.group("bracketed"))
                if any(n.number == number for n in notes):
                    self.fail(f"duplicate note number {number}", ln)
                text = Span(ln.start + len(m.group(0)), ln.stop)
                notes.append(Footnote(number, self.span(ln), text, [text]))
            elif notes:
                last = notes[-1]
                last.paragraphs.append(self.span(ln))
                last.span = Span(last.span.begin, ln.stop)
                last.text = Span(last.text.begin, ln.stop)
            else:
                self.fail("text under NOTES before the first numbered note", ln)
        numbers = [n.number for n in notes]
        if numbers != list(range(1, len(numbers) + 1)):
            missing = sorted(set(range(1, max(numbers, default=0) + 1)) - set(numbers))
            what = f"note {missing[0]} is missing" if missing else "notes are out of order"
            self.fail(f"notes must run 1..n in order ({what}: found {', '.join(map(str, numbers))})",
                      heading)
        region = Span(doc.headline.span.begin, heading.begin)
        markers = resolve_markers(self.path, self.text, region, numbers, self.index)
        for n in notes:
            n.marker = markers[n.number]
        doc.notes = notes


def _item_date(text: str) -> dt.date | None:
    """The date of a line that is a date and nothing else ("July 13, 1973"); None for any other
    line, and for an impossible date (the column is then no column of dated items)."""
    m = DATE_RE.fullmatch(text)
    if m is None:
        return None
    try:
        return to_date(*m.groups())
    except ValueError:
        return None


class _LetterBuilder:
    """Recognises a letter set off by *****: date, recipient, place, salutation … closing, signature."""

    def __init__(self, parser: _Parser) -> None:
        self.p = parser
        self.start: Line | None = None
        self.after_separator = False
        self.date: Field | None = None
        self.recipient: Person | None = None
        self.place: Field | None = None
        self.salutation: Span | None = None
        self.closing_span: Span | None = None
        self.signature: list[Span] = []
        self.end: int | None = None
        self.end_index = 0

    def separator(self, ln: Line) -> None:
        self.after_separator = True

    def header(self, nonblank: list[Line], k: int) -> int:
        """At a date line right after a separator (or byline): consume the letter's header.
        With no separator, a salutation opening the body or right under its first paragraph
        opens a message printed whole (`_salutation_on_top`)."""
        if self.start is not None:
            return 0
        if not self.after_separator:
            return self._salutation_on_top(nonblank, k)
        ln = nonblank[k]
        m = DATE_RE.fullmatch(ln.text)
        if not m:
            return 0
        try:
            sent = to_date(*m.groups())
        except ValueError as e:
            self.p.fail(f"letter date {ln.text} is not a date ({e})", ln)
        header = [ln]
        j = k + 1
        while j < len(nonblank) and nonblank[j].number == header[-1].number + 1:
            header.append(nonblank[j])
            j += 1
        if j >= len(nonblank) or nonblank[j].text.split()[0] not in cues.salutation_words():
            return 0
        self.start = ln
        self.date = Field(sent.isoformat(), self.p.span(ln))
        if len(header) > 1:
            r = header[1]
            self.recipient = Person(r.text, self.p.span(r))
        if len(header) > 2:
            self.place = Field(", ".join(h.text for h in header[2:]),
                               Span(header[2].start, header[-1].stop))
        self.salutation = self.p.span(nonblank[j])
        return j + 1 - k

    def _salutation_on_top(self, nonblank: list[Line], k: int) -> int:
        """A message printed whole under the editor's introduction (`The message below was sent
        to …` / `Dear comrades,` … `Comradely,` / the signer): a salutation line of
        kg/data/reader/salutations.txt, ending on a comma or a colon, as the body's first or
        second line opens the letter, which has no date."""
        if k > 1:
            return 0
        ln = nonblank[k]
        text = ln.text
        if len(text) > SALUTATION_MAX or not text.endswith((",", ":")):
            return 0
        low = text[:-1].lower()
        if not any(low == w.lower() or low.startswith(w.lower() + " ") for w in cues.salutation_words()):
            return 0
        self.start = ln
        self.salutation = self.p.span(ln)
        return 1

    def closing(self, nonblank: list[Line], k: int) -> bool:
        if self.start is None or self.closing_span is not None:
            return False
        ln = nonblank[k]
        if not ln.text.endswith(",") or ln.text[:-1].strip().lower() not in cues.closings():
            return False
        self.closing_span = self.p.span(ln)
        j = k + 1
        # the signer may stand a blank line under the closing ("Comradely," / / "Ana Ruiz"):
        # a short line that is no sentence
        set_off = (j < len(nonblank) and len(nonblank[j].text) <= SALUTATION_MAX
                   and not nonblank[j].text.endswith((".", "!", "?")))
        while j < len(nonblank) and (nonblank[j].number == nonblank[j - 1].number + 1
                                     or (j == k + 1 and set_off)):
            self.signature.append(self.p.span(nonblank[j]))
            j += 1
        self.end = (self.signature[-1] if self.signature else self.closing_span).end
        self.end_index = j
        return True

    def _signer_line(self, text: str) -> Span:
        """The signature's line naming the signer: the first that is no handwritten mark
        (`s/Jack` / `Jack Barnes`); the lines under it give the signer's title, the body signed
        for and the place (`Ana Ruiz` / `Editor`; `Ana Ruiz` / `For the Executive Committee` /
        `Communist League` / `London`)."""
        return next((s for s in self.signature if not s.of(text).startswith("s/")),
                    self.signature[-1])

    def build(self, doc: Document) -> Letter | None:
        if self.start is None:
            return None
        sender = None
        byline_in_letter = [b for b in doc.bylines if b.span.begin < self.start.begin]
        if byline_in_letter:
            sender = byline_in_letter[0]
        elif self.signature:
            last = self._signer_line(doc.text)
            sender = Person(last.of(doc.text), last)
        begin = min([self.start.start] + [b.span.begin for b in byline_in_letter])
        end = self.end or doc.sections[-1].span.end
        return Letter(Span(begin, end), sender, self.date, self.recipient, self.place,
                      self.salutation, self.closing_span, self.signature)
