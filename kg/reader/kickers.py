"""The kicker tests: is a short line over the headline its kicker (the line naming the kind of
piece, a series or a page, a short line over a demand or over a headline and its deck, a
standing head, a line over a quoted headline) rather than the headline itself? `KickerTests`
holds them as methods over the page's lines (`HeaderLines`); `kg.reader.header` asks them in
its phases (docs/reader.md says which shape each one reads and which pass added it)."""

from __future__ import annotations

import re

from kg.reader import cues
from kg.reader.headerlines import HeaderLines, is_byline, is_prose
from kg.reader.patterns import BOOK_PRICE_END_RE, BOOK_PRICE_RE, DATE_RE, LIFE_DATES_TITLE_RE
from kg.reader.source import Line
from kg.reader.titles import is_clause, names_no_action

KICKER_MAX_WORDS = 7
# A one-line block over one title line with the label glued under it ("(front page)", no blank
# line between) is its kicker only when it has at most this share of the title's words: the
# kickers of the held-out sets' gold have a median of 0.4 of their headline's words, 33 of 36
# at most 0.7 (2026-12-05, rdr28). A line nearly as long is the headline, the title its deck.
GLUED_LABEL_KICKER_SHARE = 0.75
# A clause over one title set off over the byline or a label is the headline, the title its
# deck, unless it has at most this many words and at most this share of the title's: then it is
# the kicker (`_clause_over_one_title`). The kickers of the held-out sets' gold that read as
# clauses have two to four words (9 of 10), and a median of 0.4 of their headline's words
# (GLUED_LABEL_KICKER_SHARE); a five-word Title Case headline over a twelve-word deck is a
# headline ("Derry Meeting Debates Stormont Accord", set CL).
CLAUSE_KICKER_MAX_WORDS = 4
CLAUSE_KICKER_SHARE = 0.5
# A headline opening with a quoted phrase and a colon: "‘We are not slaves’: miners walk out"
QUOTE_COLON_RE = re.compile(r"^[‘“\"'][^‘“\"]{1,80}?[’”\"']:\s+\S")
# "Drivers win back pay: 'Full time or no time'": a headline closing on a
# quotation after a colon (the quotation may hold apostrophes, never a second opening quote)
COLON_QUOTE_RE = re.compile(r"\S:\s+[‘“\"'][^‘“\"]{1,80}[’”\"']$")
# "Kelvia: bakers, drivers strike", "Dorrow at 100: a mill town's fight": a colon inside the
# line, words on both sides (a clock's "6:30" has no space after it), as a headline joins a
# place or a subject to its news; no kicker of the held-out gold (0 of 93, sets A–CX, EL–EP)
# has one, 108 headlines do (`_never_kicker`)
INNER_COLON_RE = re.compile(r"\S:\s+\S")
# A person's name (two to four capitalised words), a comma, then who the person is, its first
# word in lower case or an acronym ("Ana Ruiz, SWP candidate for mayor of Kelvo"): a speaker
# named over the quotation that is the headline (`_speaker_over_quotation`)
SPEAKER_RE = re.compile(r"^((?:[A-ZÀ-Þ][\w’'.-]+ ){1,3}[A-ZÀ-Þ][\w’'.-]+), ((?:[a-z]|[A-Z]{2,}\b).*)$")
SPEAKER_MAX_WORDS = 14
# The past forms of "be" that tell a life under an obituary's title (`_life_over_its_telling`).
_PAST_BE = frozenset({"was", "were"})


class KickerTests(HeaderLines):
    """Is a one-line block (or a line) over the titles their kicker? Each test reads the line's
    own shape and what stands under it."""

    def _standing_head_over_title(self, block: list[Line], nxt: list[Line], masthead_at: int,
                                  skip: set[int]) -> bool:
        """Today's site: is a one-line block a standing head ("In Review", "Editorial":
        `cues.is_standing_head`) over a one-line title block, above the date or volume line?
        Then it is the kicker, as it is in braces or on a print page, and the title under it
        the headline. A byline, a label or running text under it is no title."""
        if len(block) != 1 or len(nxt) != 1 or not cues.is_standing_head(block[0].text):
            return False
        title = nxt[0]
        return (title.number - 1 < masthead_at and not is_byline(title.text)
                and not is_prose(title.text) and not self._label_line(title)
                and not self._starts_body_at(title, masthead_at, skip))

    def _kicker_block(self, line: Line, after: int, skip: set[int]) -> bool:
        """A one-line block above the headline block: the headline block opens with short titles
        followed by a label, a photo credit, a byline or a dateline, in the block or after it
        ("75th anniversary" / "New York meeting celebrates…" / "BY …"); a credit after the block
        only when the block holds a headline and its deck ("Report from Chile" / (blank) /
        headline / deck / (blank) / "Militant/…"; the kicker was read as the headline and the
        headline glued into the deck before, 2026-12-04, rdr20). The headline block may
        open with a label ("(lead article)"), a short kicker above it. A page name ("In
        Brief") is the headline, never a kicker.

        The steps, in order: the books page's name over an excerpt; a line no kicker can be; a
        line over a page's name or a standing head over a title; a label opening the block
        under it; then the titles under it, and what closes them, in their block
        (`_kicker_over_titles_and_mark`) or set off under it (`_kicker_over_block_set_off`)."""
        text = line.text
        if self._books_name_over_excerpt(text, after, skip):
            return True
        if self._never_kicker(line):
            return False
        nxt, end = self._block(self._skip_blank(after, skip), skip)
        if nxt and self._kicker_over_named_page_or_piece(text, nxt[0]):
            return True
        if nxt and self._label_line(nxt[0]):
            # "South Africa" / (blank) / "(lead article)" / headline / deck: the label stands
            # before the headline, the short line above both is the kicker
            if len(text.split()) > KICKER_MAX_WORDS or is_prose(text):
                return False
            nxt = nxt[1:]
        titles = self._leading_titles(nxt)
        if not titles or not self._kicker_over(text, titles) or _life_over_its_telling(text, titles):
            return False
        if len(titles) < len(nxt):
            return self._kicker_over_titles_and_mark(line, titles, nxt[len(titles)])
        return self._kicker_over_block_set_off(line, titles, end, skip)

    def _never_kicker(self, line: Line) -> bool:
        """A line that names a page ("In Brief": the headline), opens the body, is a label, a
        photo credit or a date is no kicker, whatever stands under it. Nor is one that opens or
        closes with a quoted phrase and a colon ("Kelvo strikers: 'We won't go back'", "‘No
        return’: bakers hold out"): it gives someone's words, a headline's shape; a kicker names
        (the held-out gold of sets A–DE: 87 headlines of that shape, no kicker; set DE's
        headline was read as the kicker and its deck as the headline, passB42). Nor is any line
        with a colon inside it, a subject or a place joined to its news ("Kelvia: bakers,
        drivers strike" over the deck "Pay freeze and new tax hit working families", 2013
        print; `INNER_COLON_RE`): a short one was read as a short clause's kicker over a longer
        title (`_short_beside`) and the deck as the headline (set EN, 2026-12-07, rdr47)."""
        text = line.text
        return bool(cues.page_kind(text) or self._starts_body(text) or self._label_line(line)
                    or cues.is_photo_credit(text) or DATE_RE.fullmatch(text)
                    or INNER_COLON_RE.search(text.strip()))

    def _kicker_over_named_page_or_piece(self, text: str, first: Line) -> bool:
        """The line over the first line of the block under it is the kicker when that first
        line is a page's name ("Pathfinder Readers Club Specials" / (blank) / "Books of the
        month": the page's name is its headline, `_kicker_over_page_name`), or when the line is
        a standing head naming the kind of piece over a title ("IN REVIEW" / (blank) /
        headline)."""
        return self._kicker_over_page_name(text, first.text) or (
            cues.is_standing_head(text) and self._title_line(first))

    def _leading_titles(self, block: list[Line]) -> list[Line]:
        """The titles opening `block`: its lines up to the first that opens the body, is a
        label, a date or a photo credit."""
        titles: list[Line] = []
        for ln in block:
            if self._starts_body(ln.text) or self._label_line(ln) or DATE_RE.fullmatch(ln.text) \
                    or cues.is_photo_credit(ln.text):
                break
            titles.append(ln)
        return titles

    def _kicker_over_titles_and_mark(self, line: Line, titles: list[Line], mark: Line) -> bool:
        """The titles under the line are followed, in their block, by `mark`: a label, a photo
        credit, a byline or a dateline makes the line their kicker, and so does running text
        under a quoted headline and its deck ("75th anniversary of the paper" / (blank) /
        "‘The truth can burst …’" / deck / the editor's introduction: a real 2003 page; the
        line was read as the headline, the titles as paragraphs). Over one title with the
        label glued under it the line must be short beside it (`_kicker_over_glued_label`)."""
        if is_prose(mark.text) and self._quoted_kicker([[line], *self.title_groups(titles)]):
            return True
        if len(titles) == 1 and self._label_line(mark) and not self._kicker_over_glued_label(
                line.text, titles[0]):
            return False
        return bool(self._label_line(mark) or cues.is_photo_credit(mark.text)
                    or self._starts_body_strictly(mark.text))

    def _kicker_over_block_set_off(self, line: Line, titles: list[Line], end: int,
                                   skip: set[int]) -> bool:
        """The titles under the line fill their block (it ends at `end`): what stands set off
        under it says. A quotation and its deck each set off (`_quoted_over_deck_set_off`), a
        byline or a label make the line the kicker, unless it is a clause over one title
        (`_clause_over_one_title`); a photo credit does over a headline and its deck
        (`_kicker_over_credit`)."""
        follow = self._skip_blank(end, skip)
        if follow >= len(self.lines):
            return False
        if self._quoted_over_deck_set_off(line, titles, follow, skip):
            return True
        if self._over_headline_and_deck_set_off(line, titles, follow, skip):
            return True
        under = self.lines[follow]
        if self._clause_over_one_title(line.text, titles, under):
            return False
        if self._long_over_one_title(line.text, titles, under):
            return False
        if cues.is_photo_credit(under.text):
            return self._kicker_over_credit(line.text, titles)
        if self._phrase_over_clause_and_introduction(line.text, titles, under):
            return True
        return bool(is_byline(under.text) or self._label_line(under))

    def _phrase_over_clause_and_introduction(self, text: str, titles: list[Line], under: Line) -> bool:
        """"Forty years of the Kelvo Voice" / (blank) / "Dorrow forum honors the paper and its
        readers" / (blank) / "Printed below is a report …": a phrase naming no action over one
        title that is a clause, the editor's introduction under them, is the kicker, as over a
        byline (a real 2003 page, real39: the line on top was read as the headline, the headline
        as the introduction's first paragraph)."""
        return (len(self.title_groups(titles)) == 1 and cues.opens_with("introduction", under.text)
                and not is_clause(text) and is_clause(" ".join(ln.text for ln in titles)))

    def _clause_over_one_title(self, text: str, titles: list[Line], under: Line) -> bool:
        """"Protests shake the rulers after vote" / (blank) / "Drivers defy the militia" /
        (blank) / "(front page)": a clause on top of one title, a byline or a label under them,
        is the headline and the title its deck (a page has one headline); a kicker names, it
        does not tell (the headline was read as the kicker and the deck as the headline, set
        BV). A short clause of at most half the title's words ("Workers speak out" / (blank)
        / "Unionists in Kelvania protest attacks on migrants" / (blank) / "BY …") is the
        kicker still: a headline is rarely so short beside its deck (`_short_beside`; it was
        read as the headline and the headline as the deck, set DA, 2026-12-06, passA42)."""
        return (len(self.title_groups(titles)) == 1 and is_clause(text)
                and not _short_beside(text, titles)
                and (is_byline(under.text) or self._label_line(under)))

    def _long_over_one_title(self, text: str, titles: list[Line], under: Line) -> bool:
        """"Crane Drivers Want Answers After Dock Collapse" / (blank) / "Union blames the rush
        to clear the night's ships" / (blank) / "BY …": a line on top of one title that is no
        clause (`titles.is_clause`: no verb of the data), a byline or a label set off under
        them, is the headline and the title its deck when the line has more than
        GLUED_LABEL_KICKER_SHARE of the title's words, as over one title with the label glued
        under it (`_kicker_over_glued_label`): a deck explains its headline at more length, a
        kicker only tags it. Whatever its own case or verb (a Title Case verb, "Youth line up
        for …": no verb of the data), a line nearly as long as the one title under it is no
        kicker. Over a title that is a clause, a phrase as long stays the kicker ("75th
        Anniversary of the ‘Militant’" over "Kelvo meeting celebrates socialist weekly": it
        names, the clause tells). The held-out gold of sets A–DS has 21 kickers over one title
        set off over a byline, each at most two thirds of the title's words; 2 headlines of this
        shape were read as kickers over their deck (sets DO and DR, 2026-12-07, rdr43)."""
        heading = " ".join(ln.text for ln in titles)
        return (len(self.title_groups(titles)) == 1 and not is_clause(heading)
                and (is_byline(under.text) or self._label_line(under))
                and len(text.split()) > GLUED_LABEL_KICKER_SHARE * len(heading.split()))

    def _kicker_over_credit(self, text: str, titles: list[Line]) -> bool:
        """"Report from Chile" / (blank) / headline / deck / (blank) / "Militant/Ana Ruiz": over
        a block that already holds a headline and its deck, the one line on top is no third
        title but the kicker (a headline over a deck set off keeps its deck); so is a phrase
        naming no action over one title that is a clause ("Kelvo Foods’ supply chain" / (blank)
        / "Drivers strike at depot," / "rally in Dorrow" / (blank) / credit: as over a byline,
        `_kicker_over_block_set_off`; set CJ, 2026-12-06), and so is a phrase naming no action
        that is short beside the one title (`_short_beside`: "Kelvo port dispute" / (blank) /
        "Dorrow harbor board moves to end pilots’ contract," / "fines union officers" /
        (blank) / credit), whether or not the title holds a verb of the data: a headline is
        rarely so short beside its deck. The held-out gold of sets A–EP has 9 kickers of one
        to five words over one title set off over a photo credit, and 5 headlines there, each
        of seven words or more; a three-word phrase over a two-line title with no listed verb
        was read as the headline, the title as its deck (set ER, 2026-12-07, rdr48)."""
        groups = self.title_groups(titles)
        if len(groups) >= 2:
            return True
        return not is_clause(text) and (is_clause(" ".join(ln.text for ln in groups[0]))
                                        or _short_beside(text, titles))

    def _quoted_over_deck_set_off(self, line: Line, titles: list[Line], at: int, skip: set[int]) -> bool:
        """A print page's three title blocks, each set off: a short line, a headline that is a
        quotation and nothing else, its deck, then the byline or a label ("Strike at the Kelvo
        mill" / (blank) / "‘We stood as one’" / (blank) / "Weavers win bonus" / (blank) / "BY
        …"; set BV): the line on top is the kicker (`_quoted_kicker`), as it is when the three
        share a block. The kicker was read as the headline and the quotation lost."""
        below, end = self._block(at, skip)
        if not below or not all(self._title_line(ln) and not is_byline(ln.text) for ln in below):
            return False
        nxt = self._skip_blank(end, skip)
        if nxt >= len(self.lines):
            return False
        if not (is_byline(self.lines[nxt].text) or self._label_line(self.lines[nxt])):
            return False
        return self._quoted_kicker([[line], *self.title_groups(titles), *self.title_groups(below)])

    def _over_headline_and_deck_set_off(self, line: Line, titles: list[Line], at: int,
                                        skip: set[int]) -> bool:
        """A print page's three title blocks, each set off by blank lines: a short line, one
        title (the headline), one to three title lines with no full stop (the deck), then
        what opens the body or closes a header: a byline, a label, a photo credit or the
        dateline's paragraph ("Solidarity on the docks" / (blank) / "Kelvo dockers win backing
        of drivers" / (blank) / "Union fights longer shifts" / (blank) / "BY …"). A page has one
        headline and one deck: the line on top is the kicker when it is one by its shape
        (`_kicker_over_headline_and_deck`, as on today's site). It was read as the headline,
        the headline and the deck as the first paragraphs (set CS, 2026-12-06)."""
        if len(self.title_groups(titles)) != 1:
            return False
        below, end = self._block(at, skip)
        if not below or len(below) > 3 or not all(
                self._title_line(ln) and not is_byline(ln.text) for ln in below):
            return False
        nxt = self._skip_blank(end, skip)
        if nxt >= len(self.lines) or nxt == end:
            return False  # the deck's block must be set off from what follows it
        if not (self._starts_body_strictly(self.lines[nxt].text)
                or self._label_line(self.lines[nxt])):
            return False
        return self._kicker_over_headline_and_deck(line, titles, below)

    def _books_name_over_excerpt(self, text: str, after: int, skip: set[int]) -> bool:
        """A print page: "Books of the Month" (a page of book entries by its name, pages.txt) /
        (blank) / a title block of one to three lines / (blank) / running text, and no price line
        anywhere on the page: no entries, but an excerpt of one book under the standing name,
        which is then its kicker and the title block its headline (as today's site reads it,
        `_page_name_kicker`). The title was read as the body's first paragraph and the
        standing name as the headline before (set BL, 2026-12-05)."""
        if cues.page_kind(text) != "books":
            return False
        if any(BOOK_PRICE_RE.match(ln.text) or BOOK_PRICE_END_RE.search(ln.text)
               for ln in self.lines[after:]):
            return False
        titles, end = self._block(self._skip_blank(after, skip), skip)
        if not 1 <= len(titles) <= 3 or not all(self._title_line(t) and not is_byline(t.text)
                                                 and not is_prose(t.text) for t in titles):
            return False
        body, _ = self._block(self._skip_blank(end, skip), skip)
        return bool(body) and is_prose(body[0].text)

    @staticmethod
    def _kicker_over_glued_label(text: str, title: Line) -> bool:
        """A one-line block over one title line with the label glued under it ("Dock workers
        in Kelvania defy picket ban" / (blank) / "Crane drivers halt the night shift at
        Dorrow" / "(front page)" / (blank) / credit / caption / byline): the line on top is the
        kicker only when it is short beside the title (GLUED_LABEL_KICKER_SHARE of its words:
        "Kelvania" over "Crane drivers halt the night shift at Dorrow"), since a deck explains
        its headline at more length and a kicker only tags it; nearly as long, the line on top
        is the headline, the title its deck and the label the header's. It was read as the
        kicker, the deck as the headline before (set BD, 2026-12-05, rdr28)."""
        return len(text.split()) <= GLUED_LABEL_KICKER_SHARE * len(title.text.split())

    def _kicker_over_page_name(self, text: str, below: str) -> bool:
        """A short title line (KICKER_MAX_WORDS at most, not a page's name itself, not running
        text) directly over a line naming a page made of items ("Books of the month",
        kg/data/reader/pages.txt): the kicker, the page's name its headline."""
        return (bool(cues.page_kind(below)) and not cues.page_kind(text)
                and len(text.split()) <= KICKER_MAX_WORDS and not self._starts_body(text)
                and not text.rstrip("’”'\")").endswith((".", ":")))

    def _todays_kicker(self, line: Line, titles: list[Line]) -> bool:
        """Today's site, a one-line block over a title block set off by a blank line: is it
        the kicker (the titles the headline) rather than the headline over its deck? Yes when
        it names the kind of piece (`cues.names_genre`), names a series (`_series_kicker`), is a
        column's head naming the paper (`cues.names_paper_column`: "Ask the Militant" over the
        question it answers, read as the headline over its deck before, set BM) or stands over
        a demand (`_kicker_over_demand`), or when it is a short phrase with no verb over a
        block holding a headline and its deck (`_phrase_over_headline_and_deck`)."""
        return (cues.names_genre(line.text, KICKER_MAX_WORDS) or self._series_kicker(line, titles)
                or cues.names_paper_column(line.text) or self._kicker_over_demand(line, titles)
                or self._phrase_over_headline_and_deck(line, titles)
                or self._speaker_over_quotation(line, titles))

    @staticmethod
    def _speaker_over_quotation(line: Line, titles: list[Line]) -> bool:
        """Today's site, "Ana Ruiz, SWP candidate for mayor of Kelvo" / (blank) / "‘Workers need
        a party of our own’" / (blank) / date: a person's name and a comma, then who the person
        is (an apposition: no verb, no closing punctuation), over a title that is a quotation
        and nothing else. The quotation is the person's words and the page's headline (the
        site's address is made of it), the line naming who said it the kicker; a headline never
        opens with a name and its apposition alone. The name line is longer than a kicker
        usually is (SPEAKER_MAX_WORDS), as a role runs on. It was read as the headline and the
        quotation as the deck (real41, a 2025 page of the site)."""
        text = line.text.strip()
        quote = " ".join(ln.text.strip() for ln in titles)
        if not (titles and quote[:1] in "‘“\"" and quote[-1:] in "’”\""
                and len(text.split()) <= SPEAKER_MAX_WORDS):
            return False
        m = SPEAKER_RE.match(text)
        return (m is not None and cues.names_people(m.group(1)) and not is_clause(m.group(2))
                and text[-1] not in ".:;,!?'\"’”")

    def _phrase_over_headline_and_deck(self, line: Line, titles: list[Line]) -> bool:
        """"Ten years since the Kelvo mine fire" / (blank) / "Miners: ‘It was no accident’" /
        "Bosses still push output over safety" / …: under a one-line block, a block of two
        titles (a headline and its deck, `title_groups`); a page has one headline and one deck,
        so a short line on top that names and does not tell (`_plain_kicker`, no clause:
        `titles.is_clause`) is the kicker. The line was read as the headline and the two
        titles as one deck before (set CB, 2026-12-06)."""
        return (len(self.title_groups(titles)) == 2 and self._plain_kicker(line, titles)
                and not is_clause(line.text))

    def _series_kicker(self, line: Line, titles: list[Line]) -> bool:
        """Today's site, a one-line block naming a series ("Socialist Workers Party 2018
        campaign", "SWP 2024 campaign") over a title block: a name or a year, then a series noun
        of kg/data/reader/series-heads.txt, and nothing else. It is a noun phrase with no verb:
        every word before the series noun is capitalised, a number or a function word, where a
        headline in sentence case has its verb in lower case ("Teamsters launch organizing
        campaign" over its deck stays the headline). A deck set off under a headline reads the
        same on the page, so the tell is the line's own shape; it must also be short and no
        longer than the titles under it (`_kicker_over`)."""
        text = line.text.strip()
        words = text.split()
        if (len(words) < 2 or not titles or words[-1].lower() not in cues.series_nouns()
                or text[0] in "‘“'\""):
            return False
        if not all(w[0].isupper() or w[0].isdigit() or w.lower() in cues.series_glue()
                   for w in words[:-1]):
            return False
        if (cues.page_kind(text) or self._label_line(line) or cues.is_photo_credit(text)
                or DATE_RE.search(text)):
            return False
        return self._kicker_over(text, titles)

    def _plain_kicker(self, line: Line, titles: list[Line], text: str | None = None) -> bool:
        """Can a one-line block over `titles` be their kicker by its shape: short and no
        longer in words than the titles (`_kicker_over`), no closing punctuation (a title or a
        demand itself ends on "!", a sentence on a full stop), not opening with a quotation,
        and no page's name, label, credit, date or line opening the body? `text` is the line's
        text with what the caller allows at its end taken off (`_exclaimed_kicker`)."""
        text = line.text.strip() if text is None else text
        if not text or text[-1] in ".:;,!?'\"’”" or text[0] in "‘“'\"":
            return False
        if (cues.page_kind(text) or self._starts_body(text) or self._label_line(line)
                or cues.is_photo_credit(text) or DATE_RE.search(text)):
            return False
        return self._kicker_over(text, titles)

    def _exclaimed_kicker(self, line: Line, titles: list[Line]) -> bool:
        """Today's site, a short exclamation over a headline and its deck, each in a block of
        its own over the byline or the date ("Solidarity with the bakers!" / (blank) / "Kelvo
        bakers vote in union as bosses cut shifts" / (blank) / deck / (blank) / "By …" / date):
        the site's kicker, a rallying cry over the report, since a page has one headline and
        one deck. It must be a kicker by its shape but for the one closing "!" (`_plain_kicker`:
        short, no more words than the headline, not quoted), with no other sentence's stop
        inside it (two exclamations are a banner). A longer demand on top ("Join the fight for
        a union at Corvell!") stays the headline, and so does an exclamation over one title
        block (a demand over its deck, `_kicker_over_demand`'s note). The exclamation was read
        as the headline and the page had no deck before (2026-12-05, rdr22)."""
        text = line.text.strip()
        if not text.endswith("!") or re.search(r"[.!?]\s", text):
            return False
        return self._plain_kicker(line, titles, text[:-1].rstrip())

    def _exclaimed_kicker_in_block(self, groups: list[list[Line]]) -> bool:
        """Print, a short exclamation over a headline and its deck in one block, no blank line
        between ("Hands off the bakers’ pensions!" / "Kelvo bakers march on Dorrow Foods" /
        "Company uses court to tear up contract" / (blank) / "BY …"): three titles, one line
        each, and a page has one headline and one deck, so the rallying cry on top is the
        kicker, as the site's set off in a block of its own is (`_exclaimed_kicker`: short, no
        more words than the headline, one sentence). A banner of demands ("Stop the layoffs!"
        / "Bakers fight back!", `titles.exclamations`), an exclamation over one title (a demand
        over its deck) and a headline or deck ending on "!" itself keep the headline and deck.
        The exclamation was read as the headline and the two titles under it as one deck
        (set EA's 2013 print page, 2026-12-07, rdr45)."""
        if len(groups) != 3 or any(len(g) != 1 for g in groups):
            return False
        if groups[1][0].text.rstrip().endswith("!") or groups[2][0].text.rstrip().endswith("!"):
            return False
        return self._exclaimed_kicker(groups[0][0], groups[1])

    def _page_name_kicker(self, line: Line, titles: list[Line], masthead_at: int,
                          skip: set[int]) -> bool:
        """Today's site, a page's name (kg/data/reader/pages.txt: "Books of the Month") in a
        block of its own over a title block and the date or volume line, with a "By …" line
        right under the date: the standing name is the kicker over one signed article (a
        review of one book), the title block its headline. A page of items (letters, book
        entries, a column of reports) is signed item by item, never under the date, so its
        name stays the headline. The name was read as the headline and the headline as the
        deck before (2026-12-05, rdr24)."""
        if not titles or not cues.page_kind(line.text) or not self._kicker_over(line.text,
                                                                                  titles):
            return False
        nxt = self._skip_blank(masthead_at + 1, skip)
        return nxt < len(self.lines) and is_byline(self.lines[nxt].text)

    def _kicker_over_headline_and_deck(self, line: Line, headline: list[Line],
                                       deck: list[Line]) -> bool:
        """A one-line block over a headline and a deck, each in a block of its own: a page
        has one headline and one deck, so the line on top is the kicker when it names the
        kind of piece (`cues.names_genre`), is a short exclamation (`_exclaimed_kicker`), or
        is short by its shape (`_plain_kicker`) and names no action (`names_no_action`:
        "Workers in Peru") or is a clause shorter than both titles (`_clause_kicker`). A
        clause as long as the deck ("Nurses hold the line") stays the headline."""
        text = line.text
        return bool(cues.names_genre(text, KICKER_MAX_WORDS)
                    or self._exclaimed_kicker(line, headline)
                    or (self._plain_kicker(line, headline)
                        and (names_no_action(text) or self._clause_kicker(line, headline, deck))))

    @staticmethod
    def _clause_kicker(line: Line, headline: list[Line], deck: list[Line]) -> bool:
        """Today's site, three title blocks set off over the date or volume line, the top one a
        short clause with a verb ("Bakers in Kelvania win union" / (blank) / headline /
        (blank) / deck / (blank) / date): a page has one headline and one deck, and a deck
        explains its headline at more length, so when the line on top has fewer words than the
        headline and than the block under it, it is the kicker over a headline and its deck.
        A clause as long as the lowest block ("Nurses hold the line" / (blank) / title /
        (blank) / "Hospital bosses cut shifts") stays the headline, the two blocks under it its
        deck, as before. The clause was read as the headline, the headline as the deck and the
        deck was lost before (2026-12-05, rdr24)."""
        words = len(line.text.split())
        return (words < sum(len(ln.text.split()) for ln in headline)
                and words < sum(len(ln.text.split()) for ln in deck))

    def _kicker_over_demand(self, line: Line, titles: list[Line]) -> bool:
        """Today's site, a one-line block over a title block that ends on "!" with only blank
        lines between it and the date or volume line ("Socialist Workers Party 2024 campaign" /
        (blank) / "Back the rail workers’ fight for safe crews!" / (blank) / "May 6, 2024"):
        the paper prints its demands as headlines, never as decks (the gold of every held-out
        set has headlines ending on "!", no deck), so the line over the demand is its kicker,
        when it is short, no longer in words than the demand (`_kicker_over`), and no title
        or demand itself (no closing punctuation: "Join the SWP 2024 campaign!" over the
        deck "Workers need their own party" stays the headline), not a page's name, a label,
        a credit, a date or a line opening the body. A headline over a deck that is no demand
        ("Nurses vote to strike" / (blank) / "Hospital bosses cut shifts") stays so."""
        demand = " ".join(ln.text for ln in titles).rstrip("’”'\")")
        return bool(titles) and demand.endswith("!") and self._plain_kicker(line, titles)

    @staticmethod
    def _kicker_over(text: str, titles: list[Line]) -> bool:
        """A kicker is short and stands over a headline at least as long: at most
        KICKER_MAX_WORDS words, and no more words than the titles under it. A longer line is the
        headline and the block under it its deck (a court report's "Appeals court lets
        tenants sue their landlord" / "Ruling in Ruiz v. Lee overturns the county's eviction
        rule" / "BY …")."""
        words = len(text.split())
        return words <= KICKER_MAX_WORDS and words <= sum(len(ln.text.split()) for ln in titles)

    @staticmethod
    def _quoted_kicker(groups: list[list[Line]]) -> bool:
        """'Cuba's revolution at 60' / '‘We will never go back’' / deck: a short unquoted line
        above a headline that is a quotation and nothing else, or that opens or closes with a
        quoted phrase and a colon ("‘We are not slaves’: miners walk out", "Miners walk out:
        ‘We are not slaves’"; the kicker one line then),
        with a deck under it. A quotation with who said it after it ("‘We won’t go back,’ says
        striker") is a deck under the headline."""
        if len(groups) < 3:
            return False
        first = " ".join(ln.text for ln in groups[0])
        second = " ".join(ln.text for ln in groups[1])
        if first[:1] in "‘“\"'" or len(first.split()) > KICKER_MAX_WORDS:
            return False
        if second[:1] in "‘“\"'" and second[-1:] in "’”\"'":
            return True
        # "After the mine disaster" / "‘We are not slaves’: miners" / "walk out" / deck: a
        # one-line kicker over a headline that opens with a quoted phrase and a colon; so
        # is one over a headline that closes on one ("Strike at Dorrow" / "Drivers win
        # back pay: 'We held out together'" / deck; the kicker was read as the headline, the
        # headline and deck as two decks, set CI, 2026-12-06)
        return len(groups[0]) == 1 and bool(QUOTE_COLON_RE.match(second)
                                            or COLON_QUOTE_RE.search(second))


def _life_over_its_telling(text: str, titles: list[Line]) -> bool:
    """An obituary's title over the lines that tell who the person was ("Ana Ruiz, 1931-1997"
    / (blank) / "Kelvo packer was a fighter" / "for the union and socialism" / (blank) /
    "BY …"): a person's name and the years of birth and death (patterns.LIFE_DATES_TITLE_RE,
    the name one that can be a person's, `cues.names_people`) over titles telling a life in
    the past tense (a past form of "be", `_PAST_BE`). The titles describe the one the name
    line names, as a deck explains its headline, so the name line is the headline; a kicker
    tags a piece whose headline tells its own news ("Ana Ruiz, 1931–2005" over "Thousands in
    Kelvo honor union fighter": that stays the kicker). The name line was read as the kicker
    over the deck (set EH, 2026-12-07, rdr46)."""
    m = LIFE_DATES_TITLE_RE.match(text.strip())
    if m is None or not cues.names_people(m.group("name")):
        return False
    told = " ".join(ln.text for ln in titles).lower().split()
    return any(w in _PAST_BE for w in told)


def _short_beside(text: str, titles: list[Line]) -> bool:
    """Is the line short beside the titles under it: at most `CLAUSE_KICKER_MAX_WORDS` words,
    and at most `CLAUSE_KICKER_SHARE` of theirs?"""
    words = len(text.split())
    return (words <= CLAUSE_KICKER_MAX_WORDS
            and words <= CLAUSE_KICKER_SHARE * sum(len(ln.text.split()) for ln in titles))
