"""The header's lines and blocks: what one line of a page's top is (a byline of either era,
running text, a photo's sentences, the dateline's paragraph, a statement's introduction), and
`HeaderLines`, the page's lines with the block and line tests every part of the header's reading
shares (`kg.reader.kickers` for the kicker tests, `kg.reader.header` for the header's phases).
The byline tests are the body's too (kg.reader.items, kg.reader.militant), so they sit below
both."""

from __future__ import annotations

import re

from kg.model import Field, Span
from kg.reader import cues
from kg.reader.patterns import (
    BYLINE_RE,
    DATE_RE,
    DATELINE_RE,
    LABEL_RE,
    SEPARATOR_RE,
    STATEMENT_AUTHOR_FIRST_RE,
    STATEMENT_AUTHOR_RE,
    TITLE_BYLINE_RE,
    TITLE_BYLINE_ROLE_RE,
    TITLE_SECOND_BYLINE_RE,
    TITLE_SECOND_BYLINE_ROLE_RE,
    is_prose_line,
)
from kg.reader.source import Line
from kg.reader.titles import continues as title_continues
from kg.reader.titles import opens_own_clause, plural_and_verb

LABEL_MAX = 60
TITLE_MAX_CHARS = 150  # a title of many words with no full stop is at most this long


def with_writer_title(plain: cues.CuePattern, role: cues.CuePattern, text: str) -> re.Match[str] | None:
    """`plain`'s match of a byline or sign-off line, else `role`'s: the same line with a title
    after the name's comma (group 1 the names, group 2 the title), taken only when the names
    have two words at least ("By Monday, workers …" is no byline) and the title is a writer's
    (cues.names_writer_title)."""
    m = plain.match(text)
    if m is not None:
        return m
    m = role.match(text)
    if m is None or len(m.group(1).split()) < 2:
        return None
    return m if cues.names_writer_title(m.group(2)) else None


def title_byline(text: str) -> re.Match[str] | None:
    """Today's byline in title case, "By Ana Ruiz" (group 1 the names), also with the writer's
    title after a comma ("By Ana Ruiz, Communist League candidate")."""
    return with_writer_title(TITLE_BYLINE_RE, TITLE_BYLINE_ROLE_RE, text)


def second_title_byline(text: str) -> re.Match[str] | None:
    """Today's second writer on the byline's next line, "and Tom Lee" (group 1 the names), also
    with the writer's title after a comma ("and Tom Lee, Socialist Workers Party member in
    Miami", under "By Ana Ruiz, Communist League member in Montreal,")."""
    return with_writer_title(TITLE_SECOND_BYLINE_RE, TITLE_SECOND_BYLINE_ROLE_RE, text)


def is_byline(text: str) -> bool:
    """A byline of either era: "BY NORA VEGA" (print) or "By Nora Vega" (today's site)."""
    return bool(BYLINE_RE.match(text) or title_byline(text))


def is_prose(text: str) -> bool:
    """Running text, not a title (patterns.is_prose_line), except that a line of at most
    TITLE_MAX_CHARS that does not end on a full stop is a title however many words it has
    ("Who gains when the bosses tell us there is no money for our schools and jobs?", a
    today's-site headline of 120 characters): the paper's paragraphs are longer or end on a
    full stop."""
    if not is_prose_line(text):
        return False
    return not (len(text) <= TITLE_MAX_CHARS and not text.rstrip("’”'\")").endswith("."))


# initials closing a line, two letters at least ("U.S.", "D.C.", "U.K."), a word of their own
_INITIALS_END_RE = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")


def ends_on_initials(text: str) -> bool:
    """"Kelvan choir wins new listeners on a tour of the U.S.": the full stop closing the line is
    the stop of initials, which a headline or a deck may end on as on any word; no sentence's
    stop. The deck was read as the first paragraph (set EO's 1999 page, 2026-12-07, rdr47)."""
    return bool(_INITIALS_END_RE.search(text))


# A full stop that ends a sentence inside a caption: after a small letter, a digit or a closing
# bracket, before a capital or an opening quote ("… the plant Oct. 5. A sign reads, “…”").
_INNER_FULL_STOP_RE = re.compile(r"[a-z0-9)]\.\s+[A-Z“\"‘']")


def photo_sentences(text: str) -> bool:
    """A photo's sentences, not a title: the text ends on a full stop (a closing quote or
    bracket after it allowed), or a sentence of it ends on a full stop and a quotation closes
    the text ("Strikers rally Oct. 5. A sign reads, “Union now!”"). Headlines and decks carry
    no full stop ending a sentence; a "!" or "?" alone ends a title too."""
    end = text.rstrip("’”'\")")
    if end.endswith("."):
        return True
    return end.endswith(("!", "?")) and bool(_INNER_FULL_STOP_RE.search(text))


def opens_paragraph_with_dateline(text: str) -> bool:
    """"LONDON--Train drivers walked out…": a dateline opens the first paragraph, which is
    running text or a sentence. A short line with no full stop is a title that opens with
    capitals and a dash ("US–China trade war hits farmers", "NATO—out of Yugoslavia!")."""
    return bool(DATELINE_RE.match(text)) and (
        is_prose(text) or text.rstrip("’”'\")").endswith("."))


def introduces_statement(text: str) -> bool:
    """A statement's introduction naming its writers ("The following statement was released
    May 2 by Ana Ruiz, SWP candidate for mayor, and …"; patterns.STATEMENT_AUTHOR_RE,
    STATEMENT_AUTHOR_FIRST_RE): the page's first paragraph, which names its authors, never
    the top photo's caption (today's site sets it directly under the date line, where a
    caption stands; it was read as one, and the statement lost its writers, 2026-12-05,
    rdr23)."""
    return bool(STATEMENT_AUTHOR_RE.match(text) or STATEMENT_AUTHOR_FIRST_RE.match(text))


def _subject_and_verb(word: str, after: str) -> bool:
    """Two words of a title line that may be a subject and its verb: a plural and a plain form
    ("managers cut"), or a name and a lower-case -s form ("Corp. refuses", "Foods workers":
    either way the line may be a clause, so it is taken for one)."""
    if plural_and_verb(word, after):
        return True
    return (word[:1].isupper() and after.isalpha() and after.islower()
            and after.endswith("s") and not after.endswith("ss"))


class HeaderLines:
    """The page's lines and the tests the header's reading shares: blocks of lines (the
    masthead's lines inside the header passed over, `skip`), what opens the body, what is a
    label, a title or a caption line, and how lines group into titles. `fail` raises the
    reader's error; `chrome` collects the page's chrome."""

    def __init__(self, lines: list[Line], fail, chrome: list[Span], path: str = "") -> None:
        self.path = path
        self.lines = lines
        self.fail = fail
        self.chrome = chrome

    def _skip_blank(self, i: int, skip: set[int]) -> int:
        while i < len(self.lines) and (self.lines[i].blank or i in skip):
            i += 1
        return i

    def _block(self, i: int, skip: set[int]) -> tuple[list[Line], int]:
        """Consecutive non-blank lines from i (masthead lines inside are passed over)."""
        block = []
        while i < len(self.lines) and (not self.lines[i].blank or i in skip):
            if cues.is_chrome(self.lines[i].text):  # the page's footer ends any block
                break
            if i not in skip:
                block.append(self.lines[i])
            i += 1
        return block, i

    def _more_text_after(self, lines: list[Line], skip: set[int]) -> bool:
        nxt = self._skip_blank(lines[-1].number, skip)
        return nxt < len(self.lines) and not cues.is_chrome(self.lines[nxt].text)

    def _starts_body(self, text: str) -> bool:
        """A byline, the dateline's paragraph, a separator, running text, or a review's header
        (the line naming the book or film reviewed: the review's introduction, never a deck), or
        a column's standing introduction, even hard-wrapped into short lines (1998: "This column
        is written and edited by the Young" / "Socialists (YS), an international …")."""
        return bool(is_byline(text)
                    or opens_paragraph_with_dateline(text) or SEPARATOR_RE.match(text)
                    or is_prose(text) or cues.is_review_header(text)
                    or cues.opens_with("column-intro", text))

    def _starts_body_at(self, ln: Line, masthead_at: int, skip: set[int]) -> bool:
        """Does the body start at this header line? On today's site the lines above the
        volume or date line are the headline and deck however long they are (a deck of 140
        characters is no paragraph); only a byline or a separator starts the body there."""
        if masthead_at in skip and ln.number - 1 < masthead_at:
            return bool(is_byline(ln.text)
                        or SEPARATOR_RE.match(ln.text) or cues.is_review_header(ln.text))
        return self._starts_body(ln.text)

    def _starts_body_strictly(self, text: str) -> bool:
        """A byline, dateline, separator or review header: never a caption."""
        return bool(is_byline(text)
                    or DATELINE_RE.match(text) or SEPARATOR_RE.match(text)
                    or cues.is_photo_credit(text) or LABEL_RE.match(text)
                    or cues.is_review_header(text))

    def _label_line(self, ln: Line) -> bool:
        return bool(LABEL_RE.match(ln.text)) and len(ln.text) <= LABEL_MAX

    def _caption_line(self, ln: Line) -> bool:
        text = ln.text
        return not (is_byline(text) or self._label_line(ln)
                    or DATELINE_RE.match(text) or cues.is_photo_credit(text))

    def _title_line(self, ln: Line) -> bool:
        """A line that may be a title: no body's opening, label, credit or date, and no full
        stop at its end but the stop of initials (`ends_on_initials`)."""
        text = ln.text
        return not (self._starts_body(text) or self._label_line(ln) or cues.is_photo_credit(text)
                    or DATE_RE.fullmatch(text) or (text.endswith(".") and not ends_on_initials(text)))

    def title_groups(self, block: list[Line], breaks: set[int] = frozenset()) -> list[list[Line]]:
        """Split header lines into titles (kg/reader/titles.py says when a line continues the
        title above it); a line in `breaks` always opens a new title."""
        groups: list[list[Line]] = [[block[0]]]
        for line in block[1:]:
            above = " ".join(ln.text for ln in groups[-1])
            if line.number not in breaks and (title_continues(above, line.text)
                                              or self._name_across(above, line, block)):
                groups[-1].append(line)
            else:
                groups.append([line])
        return groups

    def _name_across(self, above: str, line: Line, block: list[Line]) -> bool:
        """A name broken over a title's two lines (`Supporters rally as Building` / `Fund nears
        its goal`): the line above, set in sentence case, ends on a capitalised word
        after a small one, the line opens with one, and the page prints the two words together
        elsewhere (`the Kelvo Building Fund`). A deck under a title ending on a name
        (`Rally in Kelvo` / `Workers demand …`) has no such pair in the text. The name's second
        word may carry an apposition's comma or a possessive (`Kelvo meeting honors Ana` /
        `Ruiz, 40 years a unionist`, `… Ruiz’s fight`: a memorial meeting's headline; the second
        line was read as the deck's first, set EH, 2026-12-07, rdr46)."""
        words = above.split()
        first = line.text.split()[0] if line.text.split() else ""
        first = re.sub(r"(?:[’']s)?[,:;]?$", "", first)
        if self._name_under(words, line, block) or self._name_as_object(words, line, block):
            return True
        if len(words) < 3 or not words[-2][:1].islower():
            return False
        last = words[-1]
        if not (last.isalpha() and last[:1].isupper() and first.isalpha() and first[:1].isupper()):
            return False
        return re.search(rf"\b{last} {first}\b", self._text_outside(block)) is not None

    def _name_under(self, words: list[str], line: Line, block: list[Line]) -> bool:
        """A title's object set on a line of its own (`Unionists hold conference to found` /
        `Workers Party of Venezuela`, a real 2003 page): the line above, in sentence case, ends on
        a lower-case word, and the line is a name of two words or more (each capitalised but
        the function words of kg/data/reader/continuation-words.txt) that the page prints word
        for word elsewhere. A deck is a clause, in sentence case, and not a name the body
        repeats."""
        names = line.text.split()
        if len(words) < 3 or not words[-1].isalpha() or not words[-1].islower() or len(names) < 2:
            return False
        small = cues.continuation_words()
        if not all(w[:1].isupper() or w in small for w in names) or not names[-1][:1].isupper():
            return False
        return re.search(rf"(?<![\w’'-]){re.escape(line.text.strip())}(?![\w’'-])",
                         self._text_outside(block)) is not None

    def _name_as_object(self, words: list[str], line: Line, block: list[Line]) -> bool:
        """A headline broken after its verb, the object opening with a name (`Kelvo school
        cleaners fight` / `Dorrow Corp. job cuts, 'dirty halls'`; set CX): the line above, in
        sentence case, ends on a plural and the plain form of a verb a title may end on that
        also takes an object (kg/data/reader/object-title-verbs.txt), the line opens with a
        capitalised word the page prints elsewhere after a word in lower case (a name, not a
        word capitalised because it opens the deck), and the line opens no clause of its own
        (`titles.opens_own_clause`) nor holds a subject and its verb further on
        (`_subject_and_verb`). The object was read as the deck. `Kelvo bakers strike` /
        `Dorrow Foods …` (no such verb) and `Kelvo cleaners fight` / `Dorrow managers cut
        shifts` (a clause) keep the deck."""
        below = line.text.split()
        if (len(words) < 3 or len(below) < 2 or words[-1] not in cues.object_title_verbs()
                or not plural_and_verb(words[-2], words[-1]) or opens_own_clause(line.text)
                or any(_subject_and_verb(a, b) for a, b in zip(below, below[1:], strict=False))):
            return False
        first = below[0]
        if not (first.isalpha() and first[:1].isupper()):
            return False
        return re.search(rf"\b[a-z][\w’'-]* {re.escape(first)}\b",
                         self._text_outside(block)) is not None

    def _text_outside(self, block: list[Line]) -> str:
        """The page's lines outside a header block, one per line: where a title's words are
        looked for again (`_name_across`, `_name_under`)."""
        inside = {ln.number for ln in block}
        return "\n".join(ln.text for ln in self.lines if ln.number not in inside)

    @staticmethod
    def _field(line: Line) -> Field:
        return Field(line.text, Span(line.start, line.stop))

    @staticmethod
    def _joined(lines: list[Line]) -> Field:
        return Field(" ".join(ln.text for ln in lines), Span(lines[0].start, lines[-1].stop))
