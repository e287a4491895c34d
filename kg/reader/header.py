"""The top of a page: masthead, then the header (kicker, headline, deck, label, photo).

Shapes, era by era (docs/reader.md has an example of each):

    The Militant (logo)                       a logo line, or none (the volume line first),
       Vol. 70/No. 33     September 4, 2006   with or without blank lines and spaces
    (front page)                              a label before the headline, or after it
    Cuba's revolution at 60                   a kicker above a quoted headline
    ‘We will never go back’                   the headline
    Farmers recall the land reform            the deck
    Militant/Ana Ruiz                         a photo credit, then its caption
    Farmers march in Havana, January 2.
    BY ANA RUIZ                               the byline (the body starts here), or a first
                                              paragraph directly under the headline

On today's site the headline comes first and the volume line (`Vol. 86/No. 9 - March 7, 2022`)
under it. Everything keeps exact offsets; credits, captions and labels never join the deck.

`HeaderReader.header` reads the header in named phases, each reading and updating one
`_HeaderState` (the block in hand, the lines skipped, the title breaks, what is read so far): the
first block, today's site's blocks above the date or volume line, a print page's kicker block,
the title block's lines, the rules that look past the titles (`AFTER_TITLES`, an ordered tuple:
a new rule of that kind goes there, where it must run), then the kicker among the titles, the
headline and the deck. The kicker tests are kg.reader.kickers', the line tests and the page's
blocks kg.reader.headerlines' (below both, since the body's modules read the byline tests too).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import Field, Masthead, Photo, Span
from kg.reader import cues
from kg.reader.headerlines import (
    LABEL_MAX,
    introduces_statement,
    is_byline,
    is_prose,
    opens_paragraph_with_dateline,
    photo_sentences,
    second_title_byline,
    title_byline,
)
from kg.reader.kickers import KickerTests
from kg.reader.patterns import (
    BOOK_BY_RE,
    BOOK_PRICE_RE,
    BYLINE_RE,
    CREDIT_NAME_RE,
    DATE_RE,
    DATELINE_RE,
    EVENT_DATE_RE,
    LABEL_RE,
    MASTHEAD_RE,
    SEPARATOR_RE,
    SPEAKER_RE,
    TITLE_SECOND_BYLINE_RE,
    VOLUME_LINE_RE,
    in_capitals,
    to_date,
)
from kg.reader.source import Line
from kg.reader.titles import run_in_deck

MASTHEAD_SEARCH_LINES = 25
SITE_MASTHEAD_SEARCH_LINES = 80  # the 2000 site's navigation stands above its masthead
# The project's article file names: militant-YYYY-MM-DD-vNNnNN[-NN]-slug.txt
# "v70n33-34-slug": a double issue; "v80n24-25-50-75-years-ago", "v80n24-25-and-50-years-ago":
# issue 24, the "25" after it opening a "Years Ago" page's slug ("v83n1-2-25-50-75-years-ago": a
# double issue, then the slug)
FILE_NAME_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})-v(\d+)n(\d+)"
                          r"(?:-(?!25-(?:and-)?(?:50|years)\b)(\d+))?(?:-|\.txt$)")
CAPTION_MAX_WORDS = 60
DECK_MAX_LINES = 3  # a deck set off by blank lines (2008-2017 pages)


@dataclass
class Header:
    headline: Field
    deck: Field | None = None
    label: Field | None = None  # "(front page)": the text without parentheses
    kicker: Field | None = None  # the line above the headline
    photos: list[Photo] = field(default_factory=list)
    body_start: int = 0  # index of the first line after the header
    skip: set[int] = field(default_factory=set)  # header lines inside the body's range


@dataclass
class _HeaderState:
    """The header being read, handed from phase to phase by `HeaderReader.header`: the block
    of lines in hand and the index after it, the masthead's lines inside the header (`skip`,
    also the lines the body passes over), the lines that open a new title whatever the line
    above ends on (`breaks`), and what the phases have read so far."""

    block: list[Line]
    after: int
    skip: set[int]
    masthead_at: int
    issue_date: dt.date
    today: bool  # today's site: the headline's block stands above the date or volume line
    kicker: Field | None = None
    breaks: set[int] = field(default_factory=set)
    titles: list[Line] = field(default_factory=list)
    label: Field | None = None
    label_closes: bool = False  # a label after the titles ends the header
    photos: list[Photo] = field(default_factory=list)
    body_start: int = 0  # index of the first line after the header


def _in_capitals(lines: list[Line]) -> bool:
    """Title lines printed in capitals ("IF YOU LIKE THIS PAPER, LOOK US UP"), a letter in them."""
    text = " ".join(ln.text for ln in lines)
    return any(c.isalpha() for c in text) and in_capitals(text)


def _last_number(deck: list[Line], credit: Line | None, caption: list[Line]) -> int:
    """The number of the last line of the deck and the top photo under it (the credit may stand
    over its caption or under it)."""
    return max(ln.number for ln in [*deck, *([credit] if credit else []), *caption])


def _same_date(m: re.Match[str], date: dt.date) -> bool:
    try:
        return to_date(*m.groups()) == date
    except ValueError:
        return False


def _same_issue(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Do two volume lines' (volume, issue, month, day, year) name the same issue, however
    each prints its numbers and month ("No. 38" and "No.38", "Nov." and "November")?"""
    try:
        return (int(a[0]) == int(b[0]) and re.sub(r"[–/]", "-", a[1]) == re.sub(r"[–/]", "-", b[1])
                and to_date(*a[2:]) == to_date(*b[2:]))
    except ValueError:
        return False


def _split_bylines(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines, and the "By …" / "and …" lines that close them (today's byline under a caption)."""
    k = len(lines)
    while k and (is_byline(lines[k - 1].text) or TITLE_SECOND_BYLINE_RE.match(lines[k - 1].text)):
        k -= 1
    return lines[:k], lines[k:]


def _caption_sentences(text: str) -> str:
    """A caption line's sentences, without the credit the site may set after them on its line
    ("… Feb. 3. (Militant photo)", `cues.trailing_credit`): what the caption tests read."""
    cut = cues.trailing_credit(text)
    return text if cut is None else text[:cut].rstrip()


def _said_after_quote(text: str) -> bool:
    """A quotation closed, then who said it and a verb of saying (kg/data/reader/speech-verbs.txt):
    "“One person can’t watch it,” Ellis said."."""
    verbs = "|".join(map(re.escape, sorted(cues.speech_verbs())))
    return re.search(rf"[”\"],?\s+(?:(?:[A-Z][\w’'-]*\s+){{0,3}})(?:{verbs})\b", text) is not None


class HeaderReader(KickerTests):
    """Reads the masthead and the header of one page; `fail` raises the reader's error. The
    page's lines and the shared line tests are `HeaderLines`', the kicker tests
    `KickerTests`'."""

    # -- masthead ------------------------------------------------------------------------
    def _volume_lines(self, i: int) -> tuple[tuple[str, ...], int] | None:
        """(volume, issue, month, day, year) of a volume line at i and the index of its last
        line: one line ("Vol. 70/No. 33   September 4, 2006"), or a volume line with the date
        on the next line ("Vol. 84/No. 8" / "March 2, 2020", as some copies of today's site
        have it)."""
        m = MASTHEAD_RE.search(self.lines[i].text)
        if m:
            return m.groups(), i
        v = VOLUME_LINE_RE.fullmatch(self.lines[i].text)
        j = i + 1
        while v and j < len(self.lines) and self.lines[j].blank:
            j += 1
        if v and j < len(self.lines) and j - i <= 2:
            d = DATE_RE.fullmatch(self.lines[j].text)
            if d:
                return v.groups() + d.groups(), j
        return None

    def masthead(self) -> tuple[Masthead, int, int]:
        """The masthead, the index of its volume line (its date line, when the date is printed
        under it) and the index of its first line."""
        for at, vol_line in enumerate(self.lines[:SITE_MASTHEAD_SEARCH_LINES]):
            found = self._volume_lines(at)
            if found is None:
                continue
            prev = next((ln for ln in reversed(self.lines[:at]) if not ln.blank), None)
            tagline = prev is not None and prev.text.lower() in cues.taglines()
            if at >= MASTHEAD_SEARCH_LINES and not tagline:
                continue  # far down the page only under the site's tagline
            (volume, issue, month, day, year), i = found
            line = self.lines[i]
            try:
                date = to_date(month, day, year)
            except ValueError as e:
                self.fail(f"masthead date {month} {day}, {year} is not a date ({e})", line)
            name_line = prev if prev is not None and self.is_name_line(prev) else None
            if tagline:
                # the 2000 site: its navigation, the tagline, the volume line glued to the date
                self.chrome.extend(Span(ln.start, ln.stop) for ln in self.lines[:prev.number - 1]
                                   if not ln.blank)
                periodical = Field(cues.periodical_name(), Span(vol_line.start, vol_line.start))
                masthead = Masthead(periodical, int(volume), re.sub(r"[–/]", "-", issue), date,
                                    Span(prev.start, line.stop))
                return masthead, i, 0
            if name_line is None:
                if prev is not None and not self.headline_above(at):
                    self.fail("masthead has no periodical name above its volume line", vol_line)
                # The volume line stands alone: first in the file, or under today's headline.
                periodical = Field(cues.periodical_name(), Span(vol_line.start, vol_line.start))
                first = at
                span = Span(vol_line.start, line.stop)
            else:
                periodical = self._periodical(name_line)
                first = name_line.number - 1
                span = Span(name_line.start, line.stop)
            issue = re.sub(r"[–/]", "-", issue)  # a double issue is "33-34" however printed
            again = self._volume_line_repeated(i, found[0])
            if again is not None:
                i, span = again, Span(span.begin, self.lines[again].stop)
            return Masthead(periodical, int(volume), issue, date, span), i, first
        return self.masthead_from_name()

    def _volume_line_repeated(self, i: int, numbers: tuple[str, ...]) -> int | None:
        """"The Militant - Vol.63/No.38 - November 1, 1999 -- Kelvo tenants march" / (blank) /
        "Vol.63/No.38   November 1, 1999" / (blank) / "(front page)" / headline: a copy of a
        page of the 1997–2004 site made with its browser's title bar on top (the paper's name,
        the volume line and the headline, as the archive's page titles print them), then the
        masthead's volume line itself. The next line after the masthead that is a volume line of
        the same volume, issue and date is the masthead printed again: the index of its last
        line, or None. It was read as the kicker over the headline (set ES, 2026-12-07, rdr48)."""
        j = i + 1
        while j < len(self.lines) and self.lines[j].blank:
            j += 1
        if j >= len(self.lines):
            return None
        again = self._volume_lines(j)
        return again[1] if again is not None and _same_issue(again[0], numbers) else None

    def masthead_from_name(self) -> tuple[Masthead, int, int]:
        """Today's site prints only the issue's date: volume and issue are the file name's
        (`militant-2019-04-22-v83n15-letters.txt`), and the date line, when there is one, must
        agree with it."""
        m = FILE_NAME_RE.search(Path(self.path).name)
        if m is None:
            self.fail("no masthead: expected a line like 'Vol. 70/No. 33   September 4, 2006' "
                      "near the top of the file (or, for a page of today's site that prints only "
                      "its date, a file name like militant-2019-04-22-v83n15-slug.txt)")
        try:
            date = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as e:
            self.fail(f"the file name's date {m.group(1)}-{m.group(2)}-{m.group(3)} is not a "
                      f"date ({e})")
        # "v70n33-34-slug" is a double issue; "v69n43-25-50-75-years-ago" is issue 43, and so is
        # "v69n24-25-50-75-years-ago" (FILE_NAME_RE)
        double = m.group(6) and int(m.group(6)) == int(m.group(5)) + 1
        # "v83n02" (today's site pads the issue in its addresses): issue 2, as the paper prints it
        issue = str(int(m.group(5))) + (f"-{int(m.group(6))}" if double else "")
        bare = self._bare_volume_line(int(m.group(4)), issue, date)
        if bare is not None:
            return bare
        for i, line in enumerate(self.lines[:MASTHEAD_SEARCH_LINES]):
            dm = DATE_RE.fullmatch(line.text)
            if dm is None:
                continue
            if _same_date(dm, date):
                periodical = Field(cues.periodical_name(), Span(line.start, line.start))
                return Masthead(periodical, int(m.group(4)), issue, date,
                                Span(line.start, line.stop)), i, i
            if i == self._first_content():
                self.fail(f"the page's date {line.text} is not the file name's "
                          f"({date.isoformat()})", line)
        periodical = Field(cues.periodical_name(), Span(0, 0))
        return Masthead(periodical, int(m.group(4)), issue, date, Span(0, 0)), -1, -1

    def _periodical(self, name_line: Line) -> Field:
        """The periodical's name from its name line ("The Militant (logo)"); the "(logo)" note
        is the site's chrome."""
        name = re.sub(r"\s*\(logo\)\s*$", "", name_line.text)
        if name != name_line.text:
            logo = name_line.raw.rfind("(logo)")
            self.chrome.append(Span(name_line.begin + logo, name_line.begin + logo + len("(logo)")))
        return Field(name, Span(name_line.start, name_line.start + len(name)))

    def _bare_volume_line(self, volume: int, issue: str, date: dt.date
                          ) -> tuple[Masthead, int, int] | None:
        """"The Militant" / "Vol. 70/No. 4" / (blank) / headline: a copy that prints the
        volume line with no date beside it or under it. The volume line is the masthead when
        its volume and issue are the file name's, and the date is the file name's; the name
        line above it belongs to the masthead too. Without this the page had no masthead
        lines, and the name line was read as the headline and the volume line glued into the
        deck (set DB, 2026-12-06, passA42)."""
        for i, line in enumerate(self.lines[:MASTHEAD_SEARCH_LINES]):
            v = VOLUME_LINE_RE.fullmatch(line.text)
            if v is None:
                continue
            if int(v.group(1)) != volume or re.sub(r"[–/]", "-", v.group(2)) != issue:
                return None
            prev = next((ln for ln in reversed(self.lines[:i]) if not ln.blank), None)
            if prev is None:
                periodical = Field(cues.periodical_name(), Span(line.start, line.start))
                return Masthead(periodical, volume, issue, date, Span(line.start, line.stop)), i, i
            if not self.is_name_line(prev):
                return None
            masthead = Masthead(self._periodical(prev), volume, issue, date,
                                Span(prev.start, line.stop))
            return masthead, i, prev.number - 1
        return None

    def _first_content(self) -> int:
        return next((i for i, ln in enumerate(self.lines) if not ln.blank), -1)

    def is_name_line(self, line: Line) -> bool:
        text = line.text
        return "(logo)" in text or text.lower() in cues.periodical_names()

    def headline_above(self, i: int) -> bool:
        """Today's site: the page opens with its headline and the volume line follows."""
        above = [ln for ln in self.lines[:i] if not ln.blank]
        return bool(above) and not is_prose(above[0].text)

    # -- header --------------------------------------------------------------------------
    def header(self, start: int, masthead_at: int, masthead_first: int,
               issue_date: dt.date) -> Header:
        """Read the header, phase by phase, each reading and updating one `_HeaderState`: the
        first block; on today's site what stands around the headline above the date or volume
        line (`_todays_top`); a print page's kicker block (`_print_kicker_block`); the title
        block's lines (`_title_lines`); the rules that look past the title block
        (`AFTER_TITLES`, in order); then the kicker among the titles, the headline and the deck
        (`_headline_and_deck`). When the page opens with its headline (today's site), `start`
        is 0 and the masthead lines inside the header are skipped."""
        st = self._first_block(start, masthead_at, masthead_first, issue_date)
        if st.today:
            self._todays_top(st)
        self._print_kicker_block(st)
        self._title_lines(st)
        for step in AFTER_TITLES:
            step(self, st)
        return self._headline_and_deck(st)

    def _first_block(self, start: int, masthead_at: int, masthead_first: int,
                     issue_date: dt.date) -> _HeaderState:
        """The header's first block of lines, the masthead's lines inside it passed over."""
        skip = set(range(masthead_first, masthead_at + 1)) if start < masthead_first else set()
        block, after = self._block(self._skip_blank(start, skip), skip)
        if not block:
            self.fail("no headline after the masthead")
        today = bool(masthead_at in skip and block and block[-1].number - 1 < masthead_at)
        return _HeaderState(block, after, skip, masthead_at, issue_date, today)

    # -- header, today's site: the blocks above the date or volume line -----------------
    def _todays_top(self, st: _HeaderState) -> None:
        """Today's site: headline, a blank line, then the deck over the date or volume line.
        A standing head on top first (`_standing_head_on_top`), then the first of
        `_deck_over_date`, `_three_blocks_over_date` and `_deck_over_byline_on_top` whose
        shape the blocks have."""
        nxt, end = self._block(self._skip_blank(st.after, st.skip), st.skip)
        nxt, end = self._standing_head_on_top(st, nxt, end)
        deck = [ln for ln in nxt if ln.number - 1 < st.masthead_at]
        if not self._deck_over_date(st, nxt, end, deck):
            if not self._three_blocks_over_date(st, deck, end):
                self._deck_over_byline_on_top(st, nxt, end, deck)

    def _standing_head_on_top(self, st: _HeaderState, nxt: list[Line], end: int
                              ) -> tuple[list[Line], int]:
        """Returns the block under the headline block and the index after it, the standing
        head taken as the kicker first when there is one."""
        if self._standing_head_over_title(st.block, nxt, st.masthead_at, st.skip):
            # "In Review" / (blank) / headline / (blank) / the book's line / "By …" / date:
            # the standing head is the kicker whatever stands under the headline; it was
            # read as the headline, the real one lost (2026-12-05, rdr27)
            st.kicker = self._field(st.block[0])
            st.block, st.after = nxt, end
            nxt, end = self._block(self._skip_blank(st.after, st.skip), st.skip)
        return nxt, end

    def _deck_over_date(self, st: _HeaderState, nxt: list[Line], end: int,
                        deck: list[Line]) -> bool:
        """The block under the headline runs into the date or volume line, or is set off over
        it: the deck, or the headline under a kicker. False when the blocks are not so."""
        if not (deck and (end > st.masthead_at
                          or self._set_off_over_date(deck, end, st.masthead_at, st.skip))
                and not any(self._starts_body_at(ln, st.masthead_at, st.skip)
                            or self._label_line(ln) for ln in deck)):
            return False
        if len(st.block) == 1 and (self._todays_kicker(st.block[0], deck)
                                   or self._page_name_kicker(st.block[0], deck, st.masthead_at,
                                                             st.skip)):
            # "Socialist Workers Party statement" / (blank) / headline / date: a line
            # naming the kind of piece is the kicker, the block under it the headline;
            # so is a short line over a demand ("Socialist Workers Party 2024
            # campaign" / (blank) / "Back the rail workers’ fight!" / (blank) / date),
            # and a series head over any title ("… 2018 campaign" / (blank) / "Our
            # candidate talks with nurses at the county hospital" / (blank) / "By …" / date)
            st.kicker = self._field(st.block[0])
            st.block, st.after = nxt, end
        else:
            st.breaks.add(deck[0].number)
            st.block, st.after = st.block + nxt, end
        return True

    def _three_blocks_over_date(self, st: _HeaderState, deck: list[Line], end: int) -> bool:
        """A one-line block over a headline and a deck each set off over the date or volume
        line, the line on top a kicker by its shape. False when the blocks are not so."""
        if not (len(st.block) == 1
                and (set_off := self._deck_set_off_under(deck, end, st.masthead_at, st.skip))
                and self._kicker_over_headline_and_deck(st.block[0], deck, set_off[0])):
            return False
        # "Editorial" / (blank) / headline / (blank) / deck / (blank) / date: the line
        # naming the kind of piece is the kicker, each block under it a title; so is
        # a short exclamation on top ("Solidarity with the bakers!"), and a short
        # plain line with no verb ("Workers in Peru" / (blank) / headline / (blank) /
        # deck / (blank) / "Vol. …", the caption and the byline under the volume line:
        # a page has one headline and one deck; a clause on top, "Nurses hold the
        # line", stays the headline, unless it is shorter than the deck under the
        # headline, `_clause_kicker`; 2026-12-05, rdr23, rdr24)
        st.kicker = self._field(st.block[0])
        st.breaks.add(set_off[0][0].number)
        st.block, st.after = deck + set_off[0], set_off[1]
        return True

    def _deck_over_byline_on_top(self, st: _HeaderState, nxt: list[Line], end: int,
                                 deck: list[Line]) -> None:
        """The deck (or a headline and its deck under a kicker), perhaps the top photo, then
        nothing but "By …" lines over the date or volume line (`_deck_over_byline`)."""
        over = self._deck_over_byline(nxt, st.masthead_at, st.skip)
        if over is None and len(st.block) == 1 and (
                under := self._headline_over_deck_over_byline(st.block[0], deck, end,
                                                              st.masthead_at, st.skip)):
            # "Fight for the union at Corvell" / (blank) / headline / (blank) / deck /
            # (blank) / "By …" / date: three titles, the short line on top the kicker
            st.kicker = self._field(st.block[0])
            st.block, over = deck, under
        if over is None:
            caption = self._caption_over_byline(nxt, st.masthead_at)
            if caption:
                # headline and deck in one block / (blank) / caption / "By …" / date: the top
                # photo's caption, the byline under it the page's (set BV; the caption and
                # the byline were read as paragraphs)
                st.photos.append(Photo(None, self._joined(caption)))
                st.after = caption[-1].number
            elif len(st.block) == 1 and (set_off := self._caption_set_off_over_byline(st)):
                # headline / (blank) / caption / (blank) / "By …" / date: no deck
                st.photos.append(set_off[0])
                st.after = set_off[1]
            return
        # the deck, the top photo, then "By …" and the date
        deck, credit, caption = over
        if st.kicker is None and len(st.block) == 1 and self._todays_kicker(st.block[0], deck):
            # "… 2018 campaign" / (blank) / headline / (blank) / "By …" / date:
            # the kicker over the headline, as above with no byline
            st.kicker = self._field(st.block[0])
            st.block = deck
        else:
            st.breaks.add(deck[0].number)
            st.block = st.block + deck
        if credit is not None or caption:
            st.photos.append(Photo(None if credit is None else self._field(credit),
                                   self._joined(caption) if caption else None))
        st.after = _last_number(deck, credit, caption)

    # -- header, print pages: the kicker block ------------------------------------------
    def _print_kicker_block(self, st: _HeaderState) -> None:
        """A one-line block over the headline's block is the kicker (`_kicker_block`), the
        block under it then the one the titles are read from; under a label alone in its
        block, the kicker over a headline and a deck each set off (`_kicker_under_label`)."""
        if len(st.block) == 1 and not st.today and self._kicker_under_label(st):
            return
        if len(st.block) == 1 and not st.today and self._kicker_block(st.block[0], st.after,
                                                                        st.skip):
            st.kicker = self._field(st.block[0])
            st.block, st.after = self._block(self._skip_blank(st.after, st.skip), st.skip)

    def _kicker_under_label(self, st: _HeaderState) -> bool:
        """Print, 2008–2015: a label alone in its block under the masthead, then three blocks
        set off, a one-line kicker, the headline and the deck, over the byline (`(front page)`
        / (blank) / `Kelvo’s war in Dorrow` / (blank) / `Troops push into Varna valley` /
        (blank) / `Largest assault in years tests new plan` / (blank) / `BY …`): the label is
        the header's, and the line under it the kicker when it is one over a headline and a
        deck set off, as with no label over it (`_over_headline_and_deck_set_off`). The
        kicker was read as the headline, the headline and the deck as the first paragraphs
        (set EI, 2026-12-07, rdr46). True when it read so."""
        ln = st.block[0]
        m = LABEL_RE.match(ln.text)
        if st.label is not None or not m or len(ln.text) > LABEL_MAX:
            return False
        nxt, end = self._block(self._skip_blank(st.after, st.skip), st.skip)
        if len(nxt) != 1 or self._never_kicker(nxt[0]):
            return False
        at = self._skip_blank(end, st.skip)
        titles, after = self._block(at, st.skip)
        if (not titles or self._leading_titles(titles) != titles
                or not self._over_headline_and_deck_set_off(
                    nxt[0], titles, self._skip_blank(after, st.skip), st.skip)):
            return False
        st.label = Field(m.group(1), Span(ln.start + 1, ln.stop - 1))
        st.kicker = self._field(nxt[0])
        st.block, st.after = titles, after
        return True

    # -- header: the title block's lines ------------------------------------------------
    def _title_lines(self, st: _HeaderState) -> None:
        """The title block line by line: a label, a photo credit and its caption, a caption
        with no credit, the issue's date under the headline, and the line where the body
        starts; every other line is a title. Then a page of titled items gives its first
        item's title back to the body (`_first_item_title`)."""
        st.body_start = st.after
        block = st.block
        k = 0
        while k < len(block):
            ln = block[k]
            text = ln.text
            m = LABEL_RE.match(text)
            if m and len(text) <= LABEL_MAX and st.label is None:
                # "(front page)": over the titles, or under them, where it ends the header
                st.label = Field(m.group(1), Span(ln.start + 1, ln.stop - 1))
                st.label_closes = bool(st.titles)
                k += 1
                if not st.titles and k == len(block):  # "(front page)" alone, the headline below
                    block, st.after = self._block(self._skip_blank(st.after, st.skip), st.skip)
                    st.body_start, k = st.after, 0
                continue
            if st.label is None and cues.is_bare_label(text) and (
                    st.titles and k == len(block) - 1 and len(st.titles) >= 2
                    or not st.titles and k == 0 and len(block) >= 3):
                # "lead article" without its brackets (2002 print and home pages): the title
                # block's last line under the deck, which closes the titles, or its first line
                # over two title lines or more
                st.label = Field(text.strip(), Span(ln.start, ln.stop))
                st.label_closes = bool(st.titles)
                k += 1
                continue
            if cues.is_photo_credit(text):
                # "Militant/Ana Ruiz" and the caption lines under it
                caption = []
                k += 1
                while k < len(block) and self._caption_line(block[k]):
                    caption.append(block[k])
                    k += 1
                st.photos.append(Photo(self._field(ln),
                                       self._joined(caption) if caption else None))
                continue
            if (st.titles and ln.number - 2 == st.masthead_at and st.masthead_at in st.skip
                    and not self._starts_body_strictly(text) and not introduces_statement(text)
                    and self._more_text_after(block[k:], st.skip)):
                # today's site: the top photo's caption, directly under the volume or date line
                st.photos.append(Photo(None, self._joined(block[k:])))
                break
            if st.titles and not st.label_closes and (
                    self._uncredited_caption(st.titles, ln)
                    or self._caption_over_dateline(block, k, st)
                    or self._caption_closing_titles_over_byline(st, block, k)):
                # "Ruth Calloway speaking at a forum in 1994.": a caption with no credit
                st.photos.append(Photo(None, self._field(ln)))
                k += 1
                continue
            if st.label_closes and self._deck_under_label(block, k, st.skip):
                # "Cuba sends doctors to Kelvo" / "(front page)" / "Washington sends troops" /
                # (blank) / "BY …": the one title line closing the block under the label is
                # the deck, set apart from the headline
                st.breaks.add(ln.number)
                st.titles.append(ln)
                k += 1
                continue
            # a byline, the dateline's paragraph, running text, a review's header (or any
            # line under a label that closed the titles) starts the body
            if self._starts_body_at(ln, st.masthead_at, st.skip) or st.label_closes:
                st.body_start = ln.number - 1
                break
            dm = DATE_RE.fullmatch(text)
            if dm and st.titles:
                if _same_date(dm, st.issue_date):  # today's site: the issue's date under the headline
                    st.skip.add(ln.number - 1)
                    k += 1
                    continue
                st.body_start = ln.number - 1  # a dated item ("25, 50 and 75 Years Ago")
                break
            st.titles.append(ln)
            k += 1
        st.block = block
        if not st.titles:
            self.fail("no headline after the masthead", block[0] if block else None)
        first_item = self._first_item_title(st.titles, st.body_start)
        if first_item is None:
            first_item = self._listing_under_head(st.titles)
        if first_item is not None:
            st.titles, st.body_start = (st.titles[:first_item],
                                        st.titles[first_item].number - 1)

    # -- header: after the titles (AFTER_TITLES, in order) ------------------------------
    # Each step looks past the title block when the header has not ended yet (the body
    # starts right after the block, `st.body_start == st.after`) and takes what it reads.
    def _labelled_title_block(self, st: _HeaderState) -> None:
        if (st.label is None and st.body_start == st.after
                and not cues.page_kind(st.titles[0].text)):
            more, end = self._block(self._skip_blank(st.after, st.skip), st.skip)
            if (len(more) >= 2 and self._label_line(more[-1])
                    and all(self._title_line(ln) for ln in more[:-1])):
                # a second block of titles closed by the label ("Back the fight for…" /
                # "(lead article/editorial)"): more deck
                st.breaks.add(more[0].number)
                st.titles += more[:-1]
                ln = more[-1]
                st.label = Field(ln.text[1:-1], Span(ln.start + 1, ln.stop - 1))
                st.body_start = st.after = end

    def _deck_set_off_after(self, st: _HeaderState) -> None:
        # 2008-2017 pages: a deck set off by blank lines under the headline (`_deck_set_off`)
        if (not st.label_closes and st.body_start == st.after
                and not cues.page_kind(st.titles[0].text)):
            deck = self._deck_set_off(st.after, st.skip, _in_capitals(st.titles)
                                      ) if st.masthead_at not in st.skip else None
            if deck is not None:
                st.breaks.add(deck[0][0].number)
                st.titles += deck[0]
                st.body_start = st.after = deck[1]

    def _deck_over_book_entries(self, st: _HeaderState) -> None:
        """A page of book entries ("Books of the Month", 2012 print): a line set off under the
        head ("Readers Club specials for October"), then the first entry, a title over its
        `by` line or its price line. The line is the page's deck, not the first entry's title
        nor its introduction (`_deck_set_off` wants a credit, a label or a body's opening
        under a deck, and is not asked on a page of items). One title line, no full stop."""
        if (st.body_start != st.after or len(st.titles) != 1
                or cues.page_kind(st.titles[0].text) != "books"):
            return
        more, end = self._block(self._skip_blank(st.after, st.skip), st.skip)
        follow, _ = self._block(self._skip_blank(end, st.skip), st.skip)
        if (len(more) != 1 or len(follow) < 2 or not self._title_line(more[0])
                or more[0].text.rstrip("’”'\")").endswith((".", ":"))
                or not self._title_line(follow[0])
                or not (BOOK_BY_RE.match(follow[1].text) or BOOK_PRICE_RE.match(follow[1].text))):
            return
        st.breaks.add(more[0].number)
        st.titles += more
        st.body_start = st.after = end

    def _label_under(self, st: _HeaderState) -> None:
        # a label in its own block under the titles ("(feature article)")
        if st.label is None and st.body_start == st.after:
            nxt = self._skip_blank(st.after, st.skip)
            if nxt < len(self.lines) and self._label_line(self.lines[nxt]):
                ln = self.lines[nxt]
                st.label = Field(ln.text[1:-1], Span(ln.start + 1, ln.stop - 1))
                st.body_start = nxt + 1

    def _todays_caption_open(self, st: _HeaderState) -> bool:
        """Today's site, the header not ended and no captioned photo yet: may a caption under
        the date line or the byline be looked for (the three steps below, the first to find
        one ending the search, since each adds a captioned photo)?"""
        return bool(st.masthead_at in st.skip and st.body_start == st.after and st.titles
                    and not cues.page_kind(st.titles[0].text)
                    and not any(p.caption for p in st.photos))

    def _caption_before_dateline_step(self, st: _HeaderState) -> None:
        # date line / (blank) / caption / (blank) / "CITY — …" (`_caption_before_dateline`)
        if self._todays_caption_open(st):
            captions = self._caption_before_dateline(st.after, st.skip, st.masthead_at)
            if captions:
                st.photos.extend(self._captioned_photo(c) for c in captions)
                st.body_start = captions[-1].number
                return
            # "By Ana Ruiz" / date line / caption / "CITY — …": the byline stays the body's,
            # the caption is the photo's, skipped by the body
            captions = self._caption_past_byline(st)
            if captions:
                st.photos.extend(self._captioned_photo(c) for c in captions)
                st.skip.update(c.number - 1 for c in captions)

    def _caption_past_byline(self, st: _HeaderState) -> list[Line] | None:
        """Today's site: a byline alone in its block, the date line (above or under it), then
        one paragraph set off over the paragraph that opens with the dateline: that paragraph is
        the top photo's caption, as it is with no byline between (`_caption_before_dateline`);
        it was read as the text's first paragraph and the dateline lost (set BF, 2026-12-05)."""
        block, end = self._block(self._skip_blank(st.after, st.skip), st.skip)
        if len(block) != 1 or not is_byline(block[0].text):
            return None
        captions = self._caption_before_dateline(end, st.skip, st.masthead_at)
        if not captions or captions[0].number - 1 < st.masthead_at \
                or not _caption_sentences(captions[0].text).rstrip("’”'\")").endswith("."):
            return None  # a line with no full stop under a byline is a title, no caption
        under, _ = self._block(self._skip_blank(captions[-1].number, st.skip), st.skip)
        return captions if under and DATELINE_RE.match(under[0].text) else None

    def _caption_past_print_byline(self, st: _HeaderState) -> None:
        """Print, a byline alone in its block, then one paragraph set off that is a photo's
        sentences with no credit, then the paragraph opening with the dateline (`BY ANA RUIZ`
        / (blank) / `Dockers rally in Kelvo July 25 against the lockout.` / (blank) / `KELVO,
        Ohio — …`): the paragraph is the top photo's caption, skipped by the body, as today's
        site's past its byline and date line (`_caption_past_byline`); the dateline opens the
        text. The caption was read as the first paragraph and the dateline missed (set EI's
        2015 page, 2026-12-07, rdr46). A writer's title, an editor's note, an introduction, a
        statement's or someone's words and a column's standing introduction there stay text."""
        if (st.masthead_at in st.skip or st.body_start != st.after or not st.titles
                or cues.page_kind(st.titles[0].text) or any(p.caption for p in st.photos)):
            return
        block, end = self._block(self._skip_blank(st.after, st.skip), st.skip)
        if len(block) != 1 or not is_byline(block[0].text):
            return
        caption, stop = self._block(self._skip_blank(end, st.skip), st.skip)
        if len(caption) != 1:
            return
        text = _caption_sentences(caption[0].text)
        if (not self._set_off_caption(text) or introduces_statement(text) or _said_after_quote(text)
                or cues.names_writer_title(text) or cues.opens_with("column-intro", text)):
            return  # a column's standing introduction ("This column is written by …") is text
        under, _ = self._block(self._skip_blank(stop, st.skip), st.skip)
        if under and opens_paragraph_with_dateline(under[0].text):
            st.photos.append(self._captioned_photo(caption[0]))
            st.skip.add(caption[0].number - 1)

    def _caption_over_credit_past_byline(self, st: _HeaderState) -> None:
        """The byline's block (today's site: "By Ana Ruiz", the date line in its own block
        under it), then, set off by blank lines, a caption with its credit on the next line
        ("Strikers picket the Kelvo gate July 22." / "Militant/Tom Lee"), then the paragraph
        opening with the dateline: the photo is the page's top photo, skipped by the body, and
        the dateline opens the text. The site prints a figure's credit under its caption
        (`_caption_under_date` reads the two inside the byline's block); set off, the caption
        was read as the first paragraph and the dateline missed (set EO's 2025 page,
        2026-12-07, rdr47). An editor's note, an introduction, a statement's introduction or
        someone's words with who said them there stay text."""
        if (st.body_start != st.after or not st.titles or cues.page_kind(st.titles[0].text)
                or any(p.caption for p in st.photos)):
            return
        block, end = self._block(self._skip_blank(st.after, st.skip), st.skip)
        if not block or not all(is_byline(ln.text) or second_title_byline(ln.text) for ln in block):
            return
        block, end = self._block(self._skip_blank(end, st.skip), st.skip)
        if (len(block) != 2 or not cues.is_photo_credit(block[1].text)
                or cues.is_photo_credit(block[0].text)):
            return
        text = _caption_sentences(block[0].text)
        if not self._set_off_caption(text) or introduces_statement(text) or _said_after_quote(text):
            return
        under, _ = self._block(self._skip_blank(end, st.skip), st.skip)
        if under and opens_paragraph_with_dateline(under[0].text):
            st.photos.append(Photo(self._field(block[1]), self._field(block[0])))
            st.skip.update(ln.number - 1 for ln in block)

    def _caption_under_date_step(self, st: _HeaderState) -> None:
        if not self._todays_caption_open(st):
            return
        under = self._caption_under_date(st.after, st.skip, st.masthead_at)
        if under is None:
            return
        # "By Ana Ruiz" / date / caption / (blank) / "CITY — …": the byline stays the
        # body's; the caption is the photo's, skipped by the body (and so is the caption
        # printed again after its credit: "Militant/Tom Lee Volunteers unload …")
        caption, again, credit_line = under
        credit = None if credit_line is None else self._field(credit_line)
        if again is not None:
            at = cues.glued_credit(again.text, (caption.text,))
            credit = Field(again.text[:at].rstrip(),
                           Span(again.start, again.start + len(again.text[:at].rstrip())))
            st.skip.add(again.number - 1)
        # "… May 7. Militant/Tom Lee": the credit set after its caption (`_captioned_photo`)
        photo = self._captioned_photo(caption)
        st.photos.append(Photo(photo.credit or credit, photo.caption))
        st.skip.add(caption.number - 1)
        if credit_line is not None:  # the photographer's name over the caption
            st.skip.add(credit_line.number - 1)

    def _caption_under_byline_step(self, st: _HeaderState) -> None:
        if self._todays_caption_open(st) and (
                set_off := self._caption_under_byline(st.after, st.skip, st.masthead_at)
        ) is not None:
            # "By Ana Ruiz" / date / (blank) / caption / (blank) / "CITY — …": the byline
            # stays the body's, the caption set off under its block is the photo's, and a
            # credit set after its sentences ("… Feb. 3. (Militant photo)") the photo's credit
            st.photos.append(self._captioned_photo(set_off))
            st.skip.add(set_off.number - 1)

    def _caption_in_byline_run_step(self, st: _HeaderState) -> None:
        # "By Ana Ruiz" / date / caption / "CITY — …" with no blank line, the byline inside the
        # titles' block (`_caption_in_byline_run`): the caption is the photo's, skipped by the body
        if (st.masthead_at in st.skip and st.titles and st.body_start < st.after
                and not cues.page_kind(st.titles[0].text)
                and not any(p.caption for p in st.photos)):
            caption = self._caption_in_byline_run(st.body_start, st.skip, st.masthead_at)
            if caption is not None:
                st.photos.append(self._captioned_photo(caption))
                st.skip.add(caption.number - 1)

    def _credit_then_caption(self, st: _HeaderState) -> None:
        # a credit alone under the header, its caption the next paragraph
        # (`_credit_then_caption_block`), or a caption over its credit (`_caption_over_credit_block`)
        if st.body_start == st.after and not cues.page_kind(st.titles[0].text):
            photo = (self._credit_then_caption_block(st.after, st.skip)
                     or self._caption_over_credit_block(st.after, st.skip))
            if photo is not None:
                st.photos.append(photo[0])
                st.body_start = photo[1]

    # -- header: the kicker among the titles, the headline and the deck -----------------
    def _headline_and_deck(self, st: _HeaderState) -> Header:
        """The titles grouped (`title_groups`, `breaks` opening new ones), a kicker among
        them taken off the top, the first group the headline, the others the deck, or the
        deck run into a one-line headline (`run_in_deck`)."""
        titles, kicker = st.titles, st.kicker
        if (kicker is None and len(titles) >= 2 and cues.is_standing_head(titles[0].text)
                and self._title_line(titles[1])):
            # "BOOK REVIEW" / headline, no blank line between: the standing head is the kicker
            kicker = self._field(titles.pop(0))
        groups = self.title_groups(titles, st.breaks)
        if (kicker is None and len(groups) >= 2 and len(groups[0]) == 1
                and self._kicker_over_page_name(groups[0][0].text, groups[1][0].text)):
            # the kicker and the page's name in one block, no blank line between
            kicker = self._joined(groups.pop(0))
        if kicker is None and (self._quoted_kicker(groups)
                               or self._exclaimed_kicker_in_block(groups)):
            kicker = self._joined(groups.pop(0))
        headline = self._joined(groups[0])
        deck = self._joined([ln for g in groups[1:] for ln in g]) if len(groups) > 1 else None
        if deck is None and len(groups[0]) == 1 and (cut := run_in_deck(headline.value)):
            # "Ecuador Strike Ousts President -- Workers fill streets of Quito" (1997-1998)
            start = headline.span.begin
            deck = Field(headline.value[cut[1]:cut[2]], Span(start + cut[1], start + cut[2]))
            headline = Field(headline.value[:cut[0]], Span(start, start + cut[0]))
        return Header(headline, deck, st.label, kicker, st.photos, st.body_start, st.skip)

    # -- the shapes the phases ask about: a first item, decks, the top photo, captions ----
    def _first_item_title(self, titles: list[Line], body_start: int) -> int | None:
        """A page of titled items ("In Brief", "Letters") whose first item's title runs straight
        into its text, no blank line between ("In Brief" / "Dock workers strike in Chile" /
        "Dock workers in Valparaiso walked off…"): the title over the running text is the first
        item's, never the page's deck. Returns the index in `titles` where the item's title
        (the last title over the text) begins, or None."""
        if len(titles) < 2 or cues.page_kind(titles[0].text) not in ("briefs", "letters"):
            return None
        if titles[-1].number != body_start or body_start >= len(self.lines):
            return None  # the text is not directly under the last title line
        text = self.lines[body_start].text
        if not is_prose(text) or is_byline(text) or SEPARATOR_RE.match(text):
            return None
        last = self.title_groups(titles[1:])[-1]
        return titles.index(last[0])

    @staticmethod
    def _listing_under_head(titles: list[Line]) -> int | None:
        """A listing of events set straight under its head, no blank line between (2014 print:
        "Militant Labor Forums" / "CALIFORNIA" / "Oakland" / a title / "Speaker: …" / "Sat.,
        May 3, 6:00 p.m." / the address): the lines under the head are the first event's,
        never the page's deck. Returns 1 (the body opens under the head) when the head names a
        listing of events and a line of the block opens with a speaker or an event's day, else
        None. The first listing was read as the deck before, and every title and place moved
        by one event (2026-12-05, ent78)."""
        if len(titles) < 2 or cues.page_kind(titles[0].text) != "events":
            return None
        if not any(SPEAKER_RE.match(ln.text) or EVENT_DATE_RE.match(ln.text)
                   for ln in titles[1:]):
            return None
        return 1

    def _headline_over_deck_over_byline(self, line: Line, titles: list[Line], end: int,
                                        masthead_at: int, skip: set[int]
                                        ) -> tuple[list[Line], Line | None, list[Line]] | None:
        """Today's site, three title blocks over the byline: a one-line block, a block of
        title lines, then a deck (with perhaps the top photo) over nothing but "By …" lines and
        the date or volume line (`_deck_over_byline`): "Fight for the union at Corvell" /
        (blank) / "Bakers vote in union, bosses cut shifts" / (blank) / "Workers say they won’t back
        down" / (blank) / "By …" / date. A page has one headline and one deck, so the line on
        top is the kicker when it is one (`_plain_kicker`: short, no longer than the headline,
        no closing punctuation; or a short exclamation, `_exclaimed_kicker`). Returns what
        `_deck_over_byline` returns for the block under the headline, or None. The kicker was
        read as the headline before, the headline and the deck as paragraphs (2026-12-04,
        rdr20)."""
        if (not titles or len(titles) > DECK_MAX_LINES or end > masthead_at
                or not all(self._title_line(ln) and not DATE_RE.search(ln.text)
                           for ln in titles)
                or not (self._plain_kicker(line, titles) or self._exclaimed_kicker(line, titles))):
            return None
        more, _stop = self._block(self._skip_blank(end, skip), skip)
        if not more or more[0].number - 1 >= masthead_at or is_byline(more[0].text):
            return None
        return self._deck_over_byline(more, masthead_at, skip)


    def _uncredited_caption(self, titles: list[Line], ln: Line) -> bool:
        """A sentence under the titles (a full stop, several words) that does not finish an
        open title: headlines and decks carry no full stop, captions do."""
        text = ln.text
        if (not text.endswith(".") or text.endswith("..") or self._starts_body(text)
                or len(text.split()) < cues.CAPTION_MIN_WORDS):
            return False
        return len(self.title_groups(titles + [ln])[-1]) == 1

    def _caption_closing_titles_over_byline(self, st: _HeaderState, block: list[Line],
                                            k: int) -> bool:
        """Today's site with no blank line in its header: the headline, then a sentence ending
        on a full stop, then nothing but "By …" lines over the date line ("Jury convicts
        deputy" / "Supporters fill the steps of the Kelvo hall of justice on the last day." /
        "By Ana Ruiz" / date). Headlines and decks carry no full stop: the sentence is the top photo's
        caption, as it is when blank lines set it off (`_caption_set_off_over_byline`). It was
        read as the deck (set CG, 2026-12-06). A sentence giving someone's words with who said
        them stays text (`_said_after_quote`)."""
        ln = block[k]
        text = ln.text
        return (st.masthead_at in st.skip and ln.number - 1 < st.masthead_at
                and photo_sentences(text)
                and cues.CAPTION_MIN_WORDS <= len(text.split()) <= CAPTION_MAX_WORDS
                and not self._starts_body_strictly(text) and not introduces_statement(text)
                and not _said_after_quote(text)
                and self._only_bylines(ln.number, st.masthead_at, st.skip))

    def _caption_over_dateline(self, block: list[Line], k: int, st: _HeaderState) -> bool:
        """A sentence directly under the titles and directly over the paragraph that opens with
        the dateline is the photo's caption, even when it is long enough to be running text.
        So is one that closes the title block, a blank line between it and the dateline's
        paragraph (a 2007 home page: headline / deck / the uncredited photo's caption / (blank)
        / `LOS ANGELES—Federal …`, real42): the caption was read as the first paragraph, the
        dateline under it was missed and its first word (`Federal`) read as a name."""
        text = block[k].text
        if k + 1 < len(block):
            below = block[k + 1]
        else:
            i = self._skip_blank(st.after, st.skip)
            if i >= len(self.lines) or i == st.after or introduces_statement(text):
                return False  # "The following statement was released …": the introduction
            below = self.lines[i]
        return (bool(DATELINE_RE.match(below.text))
                and not self._starts_body_strictly(text) and text.endswith(".")
                and len(text.split()) <= CAPTION_MAX_WORDS)


    def _set_off_over_date(self, deck: list[Line], end: int, masthead_at: int,
                           skip: set[int]) -> bool:
        """Today's site, the deck set off by blank lines on both sides ("Interview with a
        union activist on school closings" / (blank) / "June 24, 2019"): one to DECK_MAX_LINES
        title lines with no full stop, and nothing but blank lines between them and the date or
        volume line. A sentence there (a caption's full stop) is no deck."""
        return (len(deck) <= DECK_MAX_LINES and self._skip_blank(end, skip) > masthead_at
                and not any(ln.text.rstrip("’”'\")").endswith(".") for ln in deck))

    def _deck_set_off_under(self, titles: list[Line], end: int, masthead_at: int,
                            skip: set[int]) -> tuple[list[Line], int] | None:
        """Today's site, a headline block with a deck set off under it by blank lines, over the
        date or volume line ("Defend the right to organize" / (blank) / "Courts and boards
        order strikers back" / (blank) / "January 19, 2026"): both blocks title lines with no
        full stop, nothing but blank lines between the deck and the date. Returns the deck and
        the index after it, or None."""
        if not titles or end > masthead_at or any(
                self._starts_body_at(ln, masthead_at, skip) or self._label_line(ln)
                or not self._title_line(ln) for ln in titles):
            return None
        more, stop = self._block(self._skip_blank(end, skip), skip)
        more = [ln for ln in more if ln.number - 1 < masthead_at]
        if not more or not self._set_off_over_date(more, stop, masthead_at, skip) or any(
                self._starts_body_at(ln, masthead_at, skip) or self._label_line(ln)
                or not self._title_line(ln) for ln in more):
            return None
        return more, stop

    def _deck_over_byline(self, block: list[Line], masthead_at: int, skip: set[int]
                          ) -> tuple[list[Line], Line | None, list[Line]] | None:
        """Today's site, the block under the headline: one to DECK_MAX_LINES title lines (the
        deck), then, directly under them, sentences with a full stop (the top photo's caption),
        then nothing but "By …" lines before the date or volume line ("Rail unions organize" /
        "Electricians repair lines May 8." / "By Ana Ruiz" / "May 20, 2024"). The photo's credit
        may stand between the deck and the caption, as the site prints an interview's or a
        report's top photo ("Interview with a striking baker" / "Militant/Dora Kessler" /
        "Strikers outside the gate March 3." / (blank) / "By Dora Kessler" / "March 14, 2022"):
        the credit and the lines under it up to the blank line are the photo, the deck stays a
        title (it was read as the first paragraph). The photo may also stand in a block of its
        own, set off by blank lines between the deck and the byline ("Rail unions organize" /
        (blank) / "Electricians repair lines May 8. A sign reads, “Safety first!”" / (blank) /
        "By Ana Ruiz" / "May 20, 2024": `_photo_set_off`); the deck was read as the first
        paragraph before (2026-12-04, rdr14). The block under the headline is its deck, but
        for a kicker over it (`_todays_kicker`, read by the caller). Returns the deck, the
        credit and the caption, or None when the lines do not run that way into the byline and
        the date."""
        lines = [ln for ln in block if ln.number - 1 < masthead_at]
        k = 0
        while k < len(lines) and self._title_line(lines[k]) and not DATE_RE.search(lines[k].text):
            k += 1
        deck, rest = lines[:k], lines[k:]
        if not deck or len(deck) > DECK_MAX_LINES:
            return None
        # the photo directly under the deck, or in a block of its own under it
        photo = self._photo_set_off(deck[-1].number, masthead_at, skip) if not rest else None
        credit, caption = photo if photo is not None else self._photo_under_deck(rest)
        # what follows, up to the date or volume line, is only bylines (in the block or after it)
        last = _last_number(deck, credit, caption)
        if not self._only_bylines(last, masthead_at, skip):
            return None
        return deck, credit, caption

    def _only_bylines(self, start: int, masthead_at: int, skip: set[int]) -> bool:
        """From line index `start` down to the date or volume line: "By …" lines ("By Ana Ruiz"
        / "and Tom Lee"), blank or skipped lines only, and one byline at least."""
        for i in range(start, masthead_at):
            ln = self.lines[i]
            if not (ln.blank or i in skip or is_byline(ln.text)
                    or TITLE_SECOND_BYLINE_RE.match(ln.text)):
                return False
        return any(is_byline(ln.text) for ln in self.lines[start:masthead_at])

    def _caption_set_off_over_byline(self, st: _HeaderState) -> tuple[Photo, int] | None:
        """Today's site, a headline with no deck: the top photo's caption in a block of its own
        under it (`_photo_set_off`), then nothing but the byline over the date line ("Tornado
        kills eight at plant" / (blank) / "What was left of the plant Dec. 11. Eight …" /
        (blank) / "By Ana Ruiz and Tom Lee" / date). A caption giving someone's words with
        who said them stays text (`_said_after_quote`). The caption and the byline were read
        as paragraphs and the page had no writer (set CB, 2026-12-06). Returns the photo and
        the index after its last line."""
        photo = self._photo_set_off(st.after, st.masthead_at, st.skip)
        if photo is None or not photo[1]:
            return None
        credit, caption = photo
        if _said_after_quote(" ".join(ln.text for ln in caption)) \
                or not self._only_bylines(caption[-1].number, st.masthead_at, st.skip):
            return None
        return (Photo(None if credit is None else self._field(credit), self._joined(caption)),
                caption[-1].number)

    def _caption_over_byline(self, block: list[Line], masthead_at: int) -> list[Line]:
        """Today's site, the block under a headline and deck set in one block: the photo's
        sentences (`photo_sentences`, cues.CAPTION_MIN_WORDS words or more), then nothing but "By …"
        lines down to the date or volume line. Returns the caption's lines, or none."""
        caption, bylines = _split_bylines([ln for ln in block if ln.number - 1 < masthead_at])
        text = " ".join(ln.text for ln in caption)
        if _said_after_quote(text):
            return []  # "“…,” Ellis said.": words someone said, which the text's reading keeps
        if not bylines or not caption or len(caption) > DECK_MAX_LINES or not photo_sentences(text) \
                or not self._caption_text(text) or len(text.split()) < cues.CAPTION_MIN_WORDS \
                or any(self._starts_body_strictly(ln.text) for ln in caption):
            return []
        return caption

    def _photo_under_deck(self, rest: list[Line]) -> tuple[Line | None, list[Line]]:
        """The top photo in the deck's block, directly under the deck: a credit and the lines
        under it (no date among them), or sentences ending on a full stop (no byline, dateline,
        credit, label or review header). Returns the credit and the caption lines."""
        credit = None
        if rest and cues.is_photo_credit(rest[0].text):
            credit, rest = rest[0], rest[1:]
            c = 0
            while c < len(rest) and self._caption_line(rest[c]) and not DATE_RE.search(rest[c].text):
                c += 1
        else:
            c = 0
            while (c < len(rest) and rest[c].text.endswith(".")
                   and not self._starts_body_strictly(rest[c].text)):
                c += 1
        return credit, rest[:c]

    def _photo_set_off(self, after: int, masthead_at: int, skip: set[int]
                       ) -> tuple[Line | None, list[Line]] | None:
        """Today's site, the top photo in a block of its own between the deck and the byline
        ("Union says talks stall" / (blank) / "Strikers picket the plant Oct. 3. A sign reads,
        “Union now!”" / (blank) / "By Ana Ruiz" / date): a credit and the lines under it, or a
        caption with no credit, one to DECK_MAX_LINES lines that are the photo's sentences
        (`photo_sentences`: a full stop, and a quotation may close them, a sign's slogan
        ending on "!"), of cues.CAPTION_MIN_WORDS to CAPTION_MAX_WORDS words. An editor's note or
        an introduction there stays text. The byline may follow the caption in its block, with no
        blank line between (2017–2018 pages; set BV); the credit may stand under the caption
        instead of over it. Returns the credit and the caption lines,
        or None; whether only bylines follow is the caller's to check."""
        block, _ = self._block(self._skip_blank(after, skip), skip)
        # "… a windshield reads, “…”" / "By Ana Ruiz" / date: no blank line over the byline
        block, _bylines = _split_bylines([ln for ln in block if ln.number - 1 < masthead_at])
        if not block or len(block) > DECK_MAX_LINES:
            return None
        if cues.is_photo_credit(block[0].text):
            if not all(self._caption_line(ln) and not DATE_RE.search(ln.text) for ln in block[1:]):
                return None
            return block[0], block[1:]
        credit = None
        if len(block) >= 2 and cues.is_photo_credit(block[-1].text):
            # "Members picket the yard July 3." / "Militant/Ana Ruiz": the credit under its
            # caption (a 2025 page; the deck was read as running text before, set CJ)
            credit, block = block[-1], block[:-1]
        text = " ".join(ln.text for ln in block)
        if not self._set_off_caption(text) or any(self._starts_body_strictly(ln.text)
                                                  or DATE_RE.fullmatch(ln.text) for ln in block):
            return None
        return credit, block

    def _deck_set_off(self, after: int, skip: set[int], under_capitals: bool = False
                      ) -> tuple[list[Line], int] | None:
        """2008-2017 pages: the headline, a blank line, the deck (one to DECK_MAX_LINES title
        lines), a blank line, then a photo credit, a label, the byline or the dateline, or
        running text (an introduction, on a page of reports under it; the deck's lines carry no
        full stop, and do not close on a comma or a colon as a salutation does). The
        block is more titles, never the first paragraph. Under a headline in capitals
        (`under_capitals`: the distributors' directory, "IF YOU LIKE THIS PAPER, LOOK US UP" /
        (blank) / "Where to find distributors of …" / (blank) / "UNITED STATES" / …) a block of
        title lines in small letters with no full stop is the deck whatever follows: the
        change of case sets it apart from the headline, and the text does not open with a
        title. Returns its lines and the index after it."""
        more, end = self._block(self._skip_blank(after, skip), skip)
        if not more or len(more) > DECK_MAX_LINES or not all(
                self._title_line(ln) and not DATE_RE.search(ln.text) for ln in more):
            return None
        follow, _ = self._block(self._skip_blank(end, skip), skip)
        if not follow:
            return None
        first = follow[0]
        if under_capitals and all(any(c.islower() for c in ln.text)
                                  and not ln.text.rstrip("’”'\")").endswith((".", ":"))
                                  for ln in more):
            return more, end
        if is_prose(first.text) and not more[-1].text.endswith((",", ":", ";")):
            # headline / (blank) / deck / (blank) / running text: the title lines set off are
            # the deck, not a paragraph (a page of reports: its introduction, `*****`, the
            # reports; the deck was read as the introduction's first paragraph, sets DO and DR,
            # 2026-12-07, rdr43); a salutation ("Dear friends,") opens a letter
            return more, end
        if not (cues.is_photo_credit(first.text) or self._label_line(first)
                or self._starts_body_strictly(first.text)):
            return None
        return more, end

    def _credit_then_caption_block(self, after: int, skip: set[int]) -> tuple[Photo, int] | None:
        """A photo credit alone under the header, its caption the next paragraph set off by
        blank lines: taken as the caption when the byline or dateline follows it, or when it
        places the people pictured ("(center)", "above"; kg/data/reader/caption-cues.txt and
        photo-positions.txt).
        Returns the photo and the index where the body starts."""
        credit, end = self._block(self._skip_blank(after, skip), skip)
        if len(credit) != 1 or not cues.is_photo_credit(credit[0].text):
            return None
        caption, stop = self._block(self._skip_blank(end, skip), skip)
        if len(caption) != 1 or self._starts_body_strictly(caption[0].text):
            return None
        follow, _ = self._block(self._skip_blank(stop, skip), skip)
        text = caption[0].text
        if len(text.split()) > CAPTION_MAX_WORDS or not follow:
            return None
        first = follow[0].text
        if not (cues.places_pictured(text) or is_byline(first)
                or DATELINE_RE.match(first)):
            return None
        return Photo(self._field(credit[0]), self._field(caption[0])), stop

    def _caption_over_credit_block(self, after: int, skip: set[int]) -> tuple[Photo, int] | None:
        """A caption with its credit on the next line under the header ("Workers rally outside
        the plant Sept. 7." / "Militant/Tom Lee"), over the byline or the dateline: the photo,
        as a credit over its caption is (`_credit_then_caption_block`); the caption was read as
        the text's first paragraph and the byline under it lost (set BG, 2026-12-05). Returns
        the photo and the index where the body starts."""
        block, end = self._block(self._skip_blank(after, skip), skip)
        if len(block) != 2 or not cues.is_photo_credit(block[1].text) \
                or cues.is_photo_credit(block[0].text) or not self._caption_text(block[0].text) \
                or len(block[0].text.split()) < cues.CAPTION_MIN_WORDS:
            return None
        follow, _ = self._block(self._skip_blank(end, skip), skip)
        if not follow or not (is_byline(follow[0].text) or DATELINE_RE.match(follow[0].text)):
            return None
        return Photo(self._field(block[1]), self._field(block[0])), end

    def _caption_before_dateline(self, after: int, skip: set[int], masthead_at: int
                                 ) -> list[Line] | None:
        """Today's site: one paragraph set off by blank lines between the date line and the
        paragraph that opens with the dateline is the top photo's caption, not the text. So is
        one directly under the date or volume line over a byline or a review's header
        ("Mill workers on strike, 1929." / (blank) / "Mill Town Battles by …, 346 pages, …" /
        "BY MARTA KELLY"; the header also one item a line: cues.is_review_header_block), one
        set off under the date line over an editor's introduction
        ("The following is an excerpt from …"), and a sentence set off under the date line over
        a byline alone in its block naming people (an obituary's "By Ana Ruiz" over text with
        no dateline; "By Any Means Necessary" is a title: cues.names_people);
        an editor's note there stays the introduction.
        Under such a caption, more one-paragraph blocks that place what a photo shows ("Inset,
        union leader …", kg/data/reader/caption-cues.txt) are the captions of the page's other photos."""
        first, end = self._block(self._skip_blank(after, skip), skip)
        if len(first) != 1:
            return None
        captions = [first[0]]
        second, stop = self._block(self._skip_blank(end, skip), skip)
        while (first[0].number - 2 == masthead_at and len(second) == 1
               and cues.places_pictured(second[0].text) and self._caption_text(second[0].text)):
            captions.append(second[0])
            second, stop = self._block(self._skip_blank(stop, skip), skip)
        if not second:
            return None
        text = first[0].text
        opens = second[0].text
        under = first[0].number - 2 == masthead_at and (
            is_byline(opens) or cues.is_review_header(opens)
            or cues.is_review_header_block([ln.text for ln in second]))
        # today's site: date line, (blank), caption, (blank), the editor's introduction to an
        # excerpt or a talk ("The following is an excerpt from …"): the sentence set off between
        # the date and the introduction is the top photo's caption
        set_off = self._skip_blank(masthead_at + 1, skip) == first[0].number - 1
        over_intro = (set_off and cues.opens_with("introduction", opens)
                      and not cues.opens_with("introduction", text))
        # today's site (obituaries): date line, (blank), a caption, (blank), "By Ana Ruiz", then
        # the text with no dateline: the sentence set off between the date and the byline is the
        # top photo's caption, and the byline opens the body
        byline = title_byline(opens) or BYLINE_RE.match(opens)
        over_byline = (set_off and byline is not None and cues.names_people(byline.group(1))
                       and len(second) == 1
                       and text.rstrip("’”'\")").endswith(".")
                       and not cues.opens_with("introduction", text))  # a talk's introduction
        if (not (DATELINE_RE.match(opens) or under or over_intro or over_byline)
                or cues.opens_with("editor-note", text) or introduces_statement(text)):
            return None  # an editor's note, a statement's introduction naming its writer
        if not self._caption_text(text):
            return None
        return captions

    def _caption_under_date(self, after: int, skip: set[int], masthead_at: int
                            ) -> tuple[Line, Line | None, Line | None] | None:
        """Today's site: the byline, the date line and, directly under the date with no blank
        line, one sentence ending the block, over a paragraph opening with the dateline
        ("By Ana Ruiz" / "January 14, 2019" / "Protesters block the gate at … Dec. 27." /
        (blank) / "NAGO, Japan — …"): that sentence is the top photo's caption. The site's
        figure may print it again between them, its credit glued to it ("Militant/Tom Lee
        Protesters block the gate …", a paragraph of its own, cues.glued_credit): returned
        second, else None. The photo's credit may stand between the date and the caption, the
        photographer's name alone on its line ("By Ana Ruiz" / "March 27, 2023" / "Tom Lee" /
        "Teachers rally in … March 12." / (blank) / "ERBIL, Kurdistan Region, Iraq — …"):
        returned third, else None."""
        block, end = self._block(self._skip_blank(after, skip), skip)
        if len(block) < 2 or not is_byline(block[0].text):
            return None
        caption = block[-1]
        credit = None
        under = False  # the credit under its caption ("… July 27." / "Militant/Tom Lee")
        if len(block) >= 3 and block[-2].number - 2 == masthead_at and cues.is_photo_credit(caption.text):
            caption, credit, under = block[-2], block[-1], True
        elif (len(block) >= 3 and block[-2].number - 2 == masthead_at
                and (cues.is_photo_credit(block[-2].text)
                     or (CREDIT_NAME_RE.match(block[-2].text)
                         and cues.names_people(block[-2].text)))):
            credit = block[-2]
        sentences = _caption_sentences(caption.text)
        if (caption.number - 2 - (credit is not None and not under) != masthead_at
                or not photo_sentences(sentences)):
            return None
        nxt, end = self._block(self._skip_blank(end, skip), skip)
        again = None
        if len(nxt) == 1 and cues.glued_credit(nxt[0].text, (caption.text,)) is not None:
            again = nxt[0]
            nxt, _ = self._block(self._skip_blank(end, skip), skip)
        if not nxt or not DATELINE_RE.match(nxt[0].text) or not self._caption_text(sentences):
            return None
        return caption, again, credit

    def _caption_under_byline(self, after: int, skip: set[int], masthead_at: int
                              ) -> Line | None:
        """Today's site: under the header, the byline's block closed by the date line ("By Ana
        Ruiz" / "October 28, 2024", a second writer's "and Tom Lee" allowed), then, set off by
        blank lines, one paragraph that is a photo's sentences (`photo_sentences`, no credit),
        then the paragraph opening with the dateline ("LAGOS, Nigeria — …"): that paragraph is
        the top photo's caption, and the byline stays the body's. `_caption_before_dateline`
        looks at the first block under the header only, which here is the byline's, and
        `_caption_under_date` at a caption inside the byline's block; so the caption was read
        as the first paragraph and the dateline missed. An editor's note or an introduction
        there stays text. Returns the caption's line, or None."""
        block, end = self._block(self._skip_blank(after, skip), skip)
        if (not block or not is_byline(block[0].text)
                or not block[-1].number - 1 < masthead_at < end
                or not all(is_byline(ln.text) or second_title_byline(ln.text) for ln in block)):
            return None
        caption, stop = self._block(self._skip_blank(end, skip), skip)
        if len(caption) != 1:
            return None
        text = _caption_sentences(caption[0].text)  # "… Feb. 3. (Militant photo)": the sentences
        if not self._set_off_caption(text):
            return None
        nxt, _ = self._block(self._skip_blank(stop, skip), skip)
        if not nxt or not DATELINE_RE.match(nxt[0].text):
            return None
        return caption[0]

    def _caption_in_byline_run(self, start: int, skip: set[int], masthead_at: int
                               ) -> Line | None:
        """Today's site copied with no blank line at all, every line its own paragraph: the
        byline's lines (`By Ana Ruiz`, `and Tom Lee`) and the date line, then one line that is a
        photo's sentences (`photo_sentences` before a credit set after them, cues.CAPTION_MIN_WORDS
        to CAPTION_MAX_WORDS words, no credit needed), then the paragraph opening with the
        dateline, directly under it or set off ("By Ana Ruiz" / "May 6, 2024" / "Strikers
        picket the Kelvo gate May 1." / "KELVO, Ohio — …"). The byline starts the body inside
        the titles' block, so the caption steps that look under the block never saw it; the
        caption was read as the first paragraph and the dateline missed (set CT, 2026-12-06).
        The caption may be set off under the header's block, a paragraph of one line ("By Ana
        Ruiz" / "May 6, 2024" / (blank) / caption / (blank) / "KELVO, Ohio — …": sets CV and DD).
        An editor's note, an introduction, a statement's introduction or someone's words
        with who said them there stay text. Returns the caption's line, or None."""
        lines = self.lines
        if start >= len(lines) or not is_byline(lines[start].text):
            return None
        i = start + 1
        while i < len(lines) and not lines[i].blank and (
                i in skip or is_byline(lines[i].text) or second_title_byline(lines[i].text)):
            i += 1
        if i >= len(lines) or i <= masthead_at:
            return None
        if lines[i].blank:
            # the header's lines in one block, the caption set off under it as a paragraph
            # of one line ("By Ana Ruiz" / "May 6, 2024" / (blank) / "Strikers picket …" /
            # (blank) / "KELVO, Ohio — …", set CV)
            i = self._skip_blank(i, skip)
            if i >= len(lines) or (i + 1 < len(lines) and not lines[i + 1].blank):
                return None
        caption = lines[i]
        text = _caption_sentences(caption.text)
        if not self._set_off_caption(text) or introduces_statement(text) or _said_after_quote(text):
            return None
        nxt = self._skip_blank(i + 1, skip)
        return caption if nxt < len(lines) and DATELINE_RE.match(lines[nxt].text) else None

    def _deck_under_label(self, block: list[Line], k: int, skip: set[int]) -> bool:
        """Print, 2001–2015: a label glued under the headline, then one title line closing the
        block over a byline's or a photo credit's block: the line is the deck. Running text
        under a label (`(front page)` / `We welcome the …`) has its full stops and goes on
        in a paragraph, and a block of several lines under the label is the body's."""
        ln = block[k]
        if k != len(block) - 1 or not self._title_line(ln) or is_prose(ln.text):
            return False
        follow, _ = self._block(self._skip_blank(ln.number, skip), skip)
        return bool(follow) and (is_byline(follow[0].text) or cues.is_photo_credit(follow[0].text))

    def _captioned_photo(self, line: Line) -> Photo:
        """The photo of a caption's line: its sentences the caption, and a credit the site set
        after them on the same line ("… May 7. Militant/Tom Lee", "… Feb. 3. (Militant photo)",
        `cues.trailing_credit`) the photo's credit, brackets dropped."""
        cut = cues.trailing_credit(line.text)
        if cut is None:
            return Photo(None, self._field(line))
        sentences = line.text[:cut].rstrip()
        credit = line.text[cut:].rstrip()
        begin = line.start + cut
        if credit.startswith("(") and credit.endswith(")"):
            credit, begin = credit[1:-1], begin + 1
        return Photo(Field(credit, Span(begin, begin + len(credit))),
                     Field(sentences, Span(line.start, line.start + len(sentences))))

    def _set_off_caption(self, text: str) -> bool:
        """A caption's sentences set off from the text: a photo's sentences (`photo_sentences`)
        of at least cues.CAPTION_MIN_WORDS words, that `_caption_text` allows, opening no editor's note
        or introduction. The test the caption steps past the title block share."""
        return bool(photo_sentences(text)) and self._caption_text(text) \
            and len(text.split()) >= cues.CAPTION_MIN_WORDS \
            and not cues.opens_with("editor-note", text) and not cues.opens_with("introduction", text)

    def _caption_text(self, text: str) -> bool:
        """A paragraph that may be a caption: not a byline, dateline, separator, credit, label
        or review header, not a date, not longer than CAPTION_MAX_WORDS."""
        return not (self._starts_body_strictly(text) or DATE_RE.fullmatch(text)
                    or len(text.split()) > CAPTION_MAX_WORDS)


# The rules that look past the title block, in the order they run (`HeaderReader.header`), each
# `(reader, state) -> None`: a step reads on only while the header has not ended (the body would
# start right under the title block) and takes what it finds. A new rule that reads what stands
# under the titles goes into this tuple where it must run, its comment saying what it reads.
AFTER_TITLES: tuple[Callable[[HeaderReader, _HeaderState], None], ...] = (
    # a second block of titles closed by a label: more deck (print)
    HeaderReader._labelled_title_block,
    # a deck set off by blank lines under the headline (2008-2017 pages)
    HeaderReader._deck_set_off_after,
    # a line set off over a page's first book entry: the deck
    HeaderReader._deck_over_book_entries,
    # a label in its own block under the titles
    HeaderReader._label_under,
    # today's site, the top photo's caption: before the dateline or under the date line
    HeaderReader._caption_before_dateline_step,
    # … inside the byline's block, under the date line
    HeaderReader._caption_under_date_step,
    # … set off under the byline's block
    HeaderReader._caption_under_byline_step,
    # … between the byline and the dateline's paragraph, no blank line in the header
    HeaderReader._caption_in_byline_run_step,
    # a photo credit alone under the header, its caption the next paragraph
    HeaderReader._credit_then_caption,
    # print: a caption with no credit set off between the byline and the dateline's paragraph
    HeaderReader._caption_past_print_byline,
    # a caption over its credit set off between the byline's block and the dateline's paragraph
    HeaderReader._caption_over_credit_past_byline,
)
