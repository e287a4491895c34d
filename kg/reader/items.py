"""Pages made of items: letters, "25, 50 and 75 Years Ago", briefs (see docs/reader.md).

    Letters                       (or no such line: the page is known by its signatures)
    Title of a letter             a short line, then the letter's text (blank line or not)
    The letter's text …
    Ana Ruiz                      the signer: a name, or "A prisoner"
    Iowa City, Iowa               the place under it (or "By e-mail", or nothing)
    Editor’s note: …              the editors' answer, when there is one
                                  (1996 print: signer and town each set off by a blank
                                  line; a withheld name leaves two blank lines over the town)

    25, 50 and 75 Years Ago
    February 20, 1981             each item under its own date;
    CLEVELAND—text …              its first paragraph may open with a dateline

    In Brief
    Title of a brief              each brief under its own title,
    Text …                        sometimes closed by a sign-off "—ANA RUIZ"

    Introduction …                a reporter's notebook: entries set off by *****,
    *****                         each opening with its run-in date
    Feb. 21--text …

    Introduction …                reports set off by *****, each opening with its
    *****                         byline (under a title, perhaps), or opening with
    SEATTLE—text …                its dateline and closed by its writer's sign-off
    —Karen Holt

Each item's text becomes a section of kind "item"; titles, dates, signers and places are fields.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from kg.model import Field, Item, Paragraph, Person, Section, Span
from kg.reader import cues
from kg.reader.books import BookEntry, read_book
from kg.reader.headerlines import is_byline, second_title_byline, title_byline, with_writer_title
from kg.reader.patterns import (
    BOOK_BY_RE,
    BOOK_PRICE_END_RE,
    BOOK_PRICE_RE,
    BYLINE_RE,
    DATE_RE,
    DATELINE_RE,
    EDITOR_REPLY_RE,
    EVENT_DATE_RE,
    EVENT_DAY_IN_LINE_RE,
    SECOND_BYLINE_RE,
    SEPARATOR_RE,
    SIGNOFF_NAMES_RE,
    SIGNOFF_RE,
    SIGNOFF_ROLE_RE,
    SPEAKER_IN_LINE_RE,
    SPEAKER_RE,
    ends_sentence,
    entry_date,
    event_date,
    is_prose_line,
    name_case,
    to_date,
)
from kg.reader.source import Line

SIGNER_MAX_WORDS = 7
REGION_MAX_WORDS = 4
NOTE_MAX_WORDS = 80
TITLE_MAX_WORDS = 15
TITLE_MAX_LINES = 3  # an event's title wrapped over lines between its city and its speakers
_PLACE_PART = r"[A-Z][\w.’'() -]*"
PLACE_RE = re.compile(rf"^{_PLACE_PART}(?:,\s*{_PLACE_PART}){{1,2}}$")
_INITIALS_RE = re.compile(r"^(?:[A-Z]\.){1,3}(?:\s+[A-Z][\w’'-]+)*$")
# Initials alone ("C.S."): a writer who keeps the name back, no person to name; initials with a
# family name ("R.T. Dorrow") are a person's name.
_BARE_INITIALS_RE = re.compile(r"^(?:[A-Z]\.\s?){1,3}$")

ITEM_KINDS = {"letters": "letter", "years-ago": "years-ago", "briefs": "brief",
              "reports": "report", "inline": "brief", "events": "event",
              "books": "book"}
LEAD_IN_MAX_WORDS = 8
# "Read it and weep—A retired miner…", "Jingle, jingle--"Investments…": a short lead-in with a
# lower-case letter in it (a dateline is in capitals), glued to a dash, then the item's text.
# The 1990s pages set the typed dash apart: "Bargain of the week - A firm…", "Who knew? -- The
# board…" (a lone hyphen only with a space on both sides, so a hyphened word is no dash); the
# lead-in may end on "?" or "!". A spaced "—" is a lead-in's dash only before a capital or an
# opening quote, glued or not ("Quick, the inspectors —“After…”", 2003 print): prose's dash
# runs on in lower case ("the board said — and it meant it"), and a dateline is in capitals,
# which `lead_in` refuses. A lead-in may stand alone on its line, its dash ending the line and
# the item's text on the next ("Read it and weep?—" / "“KELVO—The board…").
LEAD_IN_RE = re.compile(r"^([A-Z¿¡‘“\"'][^—–\n]{0,70}?[^\s—–-])"
                        r"(?:—|–|--|\s+--?\s+|\s+—(?:\s*(?=[A-Z¿¡‘“\"'])|$))(?=\S|$)")


def _words(text: str) -> int:
    return len(text.split())


def is_place(text: str) -> bool:
    return bool(PLACE_RE.match(text)) and _words(text) <= SIGNER_MAX_WORDS


# A name's lower-case particles ("de la", "dos", "van der"), from the one list both stages read
# (kg.nameparticles, through kg.reader.cues, of the bound folder): a signer "Rosa Lima dos
# Tallares" is a name.
_SIGNER_AFFILIATION_RE = cues.CuePattern(
    lambda: r"^([A-ZÀ-Þ][\w.’'-]*(?:\s+(?:[A-ZÀ-Þ][\w.’'-]*|"
            rf"{cues.particle_alternation()})){{1,3}}),\s+(\S.*)$")
AFFILIATION_MAX_WORDS = 8


def signer_name(text: str) -> str | None:
    """The name of a letter's signature line: the line itself ("Ana Ruiz", "A prisoner"), or
    the name before a comma and the writer's union, party or title ("Ana Ruiz, UFCW Local 7",
    "Tom Lee, Socialist Workers Party candidate": the part after the comma names an
    organisation or a writer's title, cues.names_organization / names_writer_title). None
    when the line is no signature."""
    if is_signer(text):
        return text.rstrip(",").strip()
    m = _SIGNER_AFFILIATION_RE.match(text.strip())
    if m is None or is_prose_line(text):
        return None
    affiliation = m.group(2)
    if (len(affiliation.split()) > AFFILIATION_MAX_WORDS or affiliation.endswith((".", "!", "?"))
            or not (cues.names_organization(affiliation)
                    or cues.names_writer_title(affiliation))):
        return None
    return m.group(1) if is_signer(m.group(1)) else None


def listed_signer(text: str) -> tuple[str, str] | None:
    """A statement's signer on a line of their own: the name, and the title after its comma
    ("Ana Ruiz, Socialist Workers Party candidate for mayor of Kelvo": the title names a body
    or a writer's title, cues.names_organization / names_writer_title, however long), or the
    name alone (title ""). None when the line is no such signature."""
    name, _, title = text.strip().partition(",")
    name, title = name.strip(), title.strip()
    if not name or not is_signer(name) or cues.is_anonymous_signer(name):
        return None
    if title and (title.endswith((".", "!", "?"))
                  or not (cues.names_organization(title) or cues.names_writer_title(title))):
        return None
    return name, title


def is_signer(text: str) -> bool:
    """A line that can be a letter's signature: a short name ("Ana Ruiz", "J.R. Ford",
    "A prisoner,"), not a sentence (with a union or title after a comma: signer_name)."""
    t = text.rstrip(",").strip()
    if not t or _words(t) > SIGNER_MAX_WORDS or len(t) > 60 or is_prose_line(t):
        return False
    if cues.is_anonymous_signer(t) or _INITIALS_RE.match(t):
        return True
    if t[-1] in ".:;!?" or not t[0].isupper():
        return False
    particles = cues.name_particles()
    return all(w.lstrip(_GLOTTAL)[:1].isupper() or w == "and" or w in particles
               or elided_particle(w, particles) or hyphened_particle(w)
               or _NICKNAME_RE.fullmatch(w) is not None for w in t.split())


# A nickname in quotation marks inside a signer's name ("Kendall “Skip” Roopnarine", as the paper
# prints "Eugene “Bull” Connor"): one capitalised word in curly or straight quotes, no first or
# last word of the name alone (`is_signer` reads the other words). A letter so signed was read
# with no signer and glued to the letter after it (set DJ's 2005 page, 2026-12-07, rdr48).
_NICKNAME_RE = re.compile(r"[“\"‘'][A-ZÀ-Þ][\w.’'-]*[”\"’']")


# the glottal stop's marks a Polynesian name may open a word with ("Mele ʻAkauʻola", "ʻEua"):
# the ʻokina, or the turned comma typed for it; the capital after it opens the word
_GLOTTAL = "ʻ‘"


def hyphened_particle(word: str) -> bool:
    """A name's word opened by a particle and a hyphen before its capital ("al-Kelvi",
    "el-Tarik"), the particle one of the entities stage's `name_particles` (cues.
    hyphened_particles), as a byline reads it: a letter signed "Omar al-Kelvi" is signed by a
    name (the signature was missed before, 2026-12-05, ent78)."""
    head, sep, rest = word.partition("-")
    return bool(sep) and rest[:1].isupper() and head in cues.hyphened_particles()


# A particle elided before a vowel and glued to the name by an apostrophe: "d'Alessio",
# "l’Ouverture", "dell'Orto".
_ELIDED_RE = re.compile(r"^([a-z]{1,4})['’][A-ZÀ-Þ]")


def elided_particle(word: str, particles: frozenset[str]) -> bool:
    """A name's word opening with a particle that dropped its last vowel before the capital
    ("d'Alessio": "de"; "dell'Orto": "della"), the particle one of the shared list's
    (kg.nameparticles), so that a signer "Ana Ruiz and Marie d'Orsay" reads as a name: no
    second list to keep."""
    m = _ELIDED_RE.match(word)
    return m is not None and any(m.group(1) + v in particles for v in "aeiou")


def signer_people(signer: Line, name: str) -> list[Person]:
    """The people a letter's signer line names, each with its own span: "Ana Ruiz", or two
    writers signing together, "Ana Ruiz and Tom Lee" (each of two capitalised words or more;
    "Ana and Tom Lee" stays one signature)."""
    parts = re.split(r"\s+and\s+", name)
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        parts = [name]
    people = []
    at = 0
    for part in parts:
        at = name.index(part, at)
        people.append(Person(part, Span(signer.start + at, signer.start + at + len(part))))
        at += len(part)
    return people


def is_title(text: str) -> bool:
    """A short line heading an item: no full stop, not a sentence."""
    return (not is_prose_line(text) and _words(text) <= TITLE_MAX_WORDS
            and not text.endswith((".", ",", ";", ":")) and not signoff_match(text)
            and not DATELINE_RE.match(text))


class Signature(NamedTuple):
    """Where a letter's signature stands in the page's non-blank lines: its signer line and
    the place (or "By e-mail") line under it, either of them None. `spaced`: the 1996 print
    shape, each set off by a blank line, which alone does not make a page of letters
    (looks_like_letters asks for titled letters too). `via`: a "By e-mail" line right under the
    town (a letter sent by e-mail from a town the writer names: "Ana Ruiz" / "Tulsa, Oklahoma" /
    "by e-mail"), the signature's last line, else None."""

    signer: int | None
    place: int | None
    spaced: bool = False
    via: int | None = None

    @property
    def top(self) -> int:
        """The first line of the signature: where the letter's text ends."""
        return self.signer if self.signer is not None else self.place

    @property
    def end(self) -> int:
        """The signature's last line."""
        if self.via is not None:
            return self.via
        return self.place if self.place is not None else self.signer


def signatures(lines: list[Line]) -> list[Signature]:
    """The signatures of the letters in `lines` (non-blank). A signer needs a place or "By
    e-mail" on the next line, or is an anonymous signature ("A prisoner") that ends its block,
    or a name right under the letter's last sentence. 1996 print pages set the signer and the
    town off by blank lines ("Ana Ruiz" / (blank) / "Tulsa, Oklahoma" / (blank)), and a letter
    whose writer's name is withheld keeps the empty line: two blank lines, then the town."""
    out: list[Signature] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        direct = nxt is not None and nxt.number == ln.number + 1
        before = lines[k - 1] if k else None
        if _withheld_signer(lines, k):
            # set off by blank lines (1996 print), or right under the letter's text
            out.append(Signature(None, k, spaced=ln.number > before.number + 1))
            k += 1
            continue
        after_text = before is not None and signer_name(before.text) is None
        if after_text and direct and described_signer(ln.text) and is_place(nxt.text) \
                and ends_sentence(before.text):
            out.append(Signature(k, k + 1))  # "A former Marine" / "Portland, Oregon"
            k += 2
            continue
        if signer_name(ln.text) is not None and after_text:
            if direct and (is_place(nxt.text) or cues.is_via_line(nxt.text)
                           or _region_under_signer(lines, k, before)):
                via = _via_under_place(lines, k + 1)
                out.append(Signature(k, k + 1, via=via))
                k += 3 if via is not None else 2
                continue
            if _spaced_place(lines, k, before):
                out.append(Signature(k, k + 1, spaced=True))
                k += 2
                continue
            if not direct and (cues.is_anonymous_signer(ln.text) or (
                    before.number == ln.number - 1 and _words(ln.text) >= 2
                    and ends_sentence(before.text))):
                # "A prisoner", or a name (an organisation's) right under the letter's last
                # sentence, with no town: the signature closes its block
                out.append(Signature(k, None))
        k += 1
    return out


# "A former Marine", "An Iowa farmer", "A retired steelworker": an indefinite article and one to
# three more words, no closing punctuation
_DESCRIBED_RE = re.compile(r"(?:A|An)(?: [\w’'-]+){1,3}")


def described_signer(text: str) -> bool:
    """A letter signed by who the writer is, no name ("A former Marine" over "Portland, Oregon",
    a 1995 letters page, set DI: the letter was read with no signer, its sign-off and town glued
    to the next letter's): an indefinite article and one to three words, no closing punctuation.
    `signatures` takes it only right under the letter's last sentence and right over a town
    line, the signer's place; it names no one (no author), as "A prisoner" does."""
    return _DESCRIBED_RE.fullmatch(text.strip().rstrip(",")) is not None


def _via_under_place(lines: list[Line], j: int) -> int | None:
    """The line under a signature's town at j when it says how the letter came ("Tulsa,
    Oklahoma" / "by e-mail", no blank line between), else None: it closes the signature, no
    unsigned letter of its own (it was read as one, an item of two words, before; 2026-12-07,
    rdr45)."""
    if j + 1 >= len(lines) or cues.is_via_line(lines[j].text):
        return None
    under = lines[j + 1]
    return j + 1 if under.number == lines[j].number + 1 and cues.is_via_line(under.text) else None


def _set_off_below(lines: list[Line], k: int) -> bool:
    """A blank line (or the end of the page) under the line at k."""
    return k + 1 >= len(lines) or lines[k + 1].number > lines[k].number + 1


def _spaced_place(lines: list[Line], k: int, before: Line) -> bool:
    """The signer at k, one blank line, then its town ("Tulsa, Oklahoma" or "By e-mail") set
    off by a blank line below, the letter's last sentence above the signer (1996 print)."""
    if k + 1 >= len(lines):
        return False
    place = lines[k + 1]
    return (place.number == lines[k].number + 2 and _set_off_below(lines, k + 1)
            and (is_place(place.text) or cues.is_via_line(place.text))
            and ends_sentence(before.text))


def _withheld_signer(lines: list[Line], k: int) -> bool:
    """A town line with no signer (1996 print: the name withheld, its line left empty): the
    letter's last sentence, two blank lines or more, the town, then a blank line. Today's site
    sets such a town off by one blank line above and below ("… prices have doubled." / (blank)
    / "Le Mars, Iowa" / (blank) / the next letter's title): the town is the letter's when the
    page ends under it or the next letter's title (a title over running text) follows, as a
    title "Cuba, Venezuela" has its letter's text, no title, under it. So does a town right
    under the letter's last sentence, no blank line between ("… the past few weeks." /
    "Kelvo Falls, Oregon" / (blank) / the next title): a town and its state, no signer (it was
    read as a person's name, a real 2018 letters page read locally), unless the part after its
    comma names a body or a title ("Ana Ruiz, UFCW Local 7" signs)."""
    if k == 0 or not is_place(lines[k].text) or signer_name(lines[k - 1].text) is not None:
        return False
    before = lines[k - 1]
    if not (ends_sentence(before.text) and _set_off_below(lines, k)):
        return False
    gap = lines[k].number - before.number
    if gap >= 3:
        return True
    if gap == 1 and _names_body_or_title(lines[k].text):
        return False  # "Ana Ruiz, UFCW Local 7": a signer and the writer's union
    return gap <= 2 and (k + 1 >= len(lines) or _title_over_text(lines, k + 1))


def _names_body_or_title(text: str) -> bool:
    """Does the part after a line's first comma name an organisation or a writer's title (a
    signer's affiliation, not the state of a town)?"""
    _, _, rest = text.partition(",")
    rest = rest.strip()
    return bool(rest) and (cues.names_organization(rest) or cues.names_writer_title(rest))


def _title_over_text(lines: list[Line], j: int) -> bool:
    """The line at j is a letter's title over its running text (no second title under it)."""
    return (j + 1 < len(lines) and is_title(lines[j].text)
            and not is_title(lines[j + 1].text))


def _unlabelled_reply_end(lines: list[Line], j: int, stop: int) -> int:
    """Where the editors' unlabelled answer under a signature ends: the next letter's title
    (set off by a blank line above, directly over its running text) with running text between
    the signature and it ("Is there a pamphlet …?" / "Helen Vossberg" / "Cresco, Iowa" / (blank) /
    "The pamphlet … is available from Pathfinder Press." / (blank) / "Quebec and the border" /
    "Since September 11 …"). That text belongs to no letter: the next letter opens with its
    title, and a letter's text ends at its signature, so it answers the letter above. `j` when
    there is no such title (the lines then stay the next letter's, as before)."""
    if j >= stop or lines[j].number == lines[j - 1].number + 1:
        return j
    for t in range(j + 1, stop - 1):
        title, text = lines[t], lines[t + 1]
        if (is_title(title.text) and title.number > lines[t - 1].number + 1
                and text.number == title.number + 1
                and (is_prose_line(text.text) or ends_sentence(text.text))):
            return t if all(not is_title(ln.text) for ln in lines[j:t]) else j
    return j


def _standing_note(rest: list[Line]) -> bool:
    """Text after the last signed letter with no title, short, that speaks of letters ("We
    welcome your letters. Keep them brief…"; the words are `note-word` in
    kg/data/reader/signatures.txt: "readers' views", "initials" tell it too, set CH), or set
    wholly in square brackets ("[The fund for
    prisoners' subscriptions takes donations at …]": the editors' voice, as their replies in
    brackets are; no letter is printed in brackets): the page's standing note, not an unsigned
    letter (1990s print pages close the column with such an appeal; set AT, branch ent73)."""
    return (0 < len(rest) <= 2 and not (len(rest) > 1 and is_title(rest[0].text))
            and sum(_words(ln.text) for ln in rest) <= NOTE_MAX_WORDS
            and (any(cues.speaks_of_letters(ln.text) for ln in rest)
                 or all(_BRACKETED_RE.fullmatch(ln.text) for ln in rest)))


# A paragraph set wholly in square brackets, as the editors set their own words on a page.
_BRACKETED_RE = re.compile(r"\[[^\[\]]+\]")


def _region_under_signer(lines: list[Line], k: int, before: Line) -> bool:
    """A state or country alone under the signer ("Jim Lambrecht" / "New Jersey"), the letter's
    last sentence above the signer and a blank line (or the end) under the region: a place with
    no town. A few capitalised words, no digits, no organisation's word. Today's site sets no
    blank line between letters: there the next letter's title, over its text, stands right
    under the region ("A prisoner" / "Nevada" / "Rent strike" / "Our building …")."""
    region, after = lines[k + 1], lines[k + 2] if k + 2 < len(lines) else None
    text = region.text
    return (ends_sentence(before.text) and not is_title(before.text)
            and (after is None or after.number > region.number + 1
                 or _title_over_text(lines, k + 2))
            and 0 < _words(text) <= REGION_MAX_WORDS and not any(c.isdigit() for c in text)
            and all(w[:1].isupper() or w in ("of", "and") for w in text.split())
            and not text.endswith((".", ":", ";", ",")) and not cues.names_organization(text)
            and not cues.page_kind(text))


def is_reply(text: str) -> bool:
    """The editors' answer under a letter: "Editor’s note: …", or in brackets, signed
    "[We agree. … —Editor]" or opening "[Editor’s note: …]", or headed by the cue alone on a
    line as a title ("Editor's note" / its text: set BK; the next letter took it as its title
    before)."""
    return bool(cues.opens_with("editor-note", text) or EDITOR_REPLY_RE.match(text)
                or (text.startswith("[") and cues.opens_with("editor-note", text[1:]))
                or (not text.rstrip().endswith(":")
                    and cues.opens_with("editor-note", text.rstrip() + ":")))


def signoff_match(text: str) -> re.Match[str] | None:
    """A sign-off line ("—MARIA ORTEGA", "—Ana Ruiz and Tom Lee"; group 1 the names), also with
    the writer's title after a comma when it is one ("—ANA DIAZ, Socialist Workers Party
    candidate for governor": group 2)."""
    return with_writer_title(SIGNOFF_RE, SIGNOFF_ROLE_RE, text)


def signoff_at(lines: list[Line]) -> int | None:
    """Index of a sign-off ("—MARIA ORTEGA") closing the text: the last line, or followed
    directly by one or two short lines of the writer's title ("SWP candidate for mayor")."""
    for k in range(len(lines) - 1, max(len(lines) - 4, 0), -1):
        if signoff_match(lines[k].text):
            after = lines[k + 1:]
            if all(ln.number == lines[k].number + n + 1 and not is_prose_line(ln.text)
                   and not ln.text.endswith(".") for n, ln in enumerate(after)):
                return k
            return None
    return None


def signoff_people(sign: Line, text: str) -> tuple[list[Person], Field]:
    """The writers a sign-off names and the sign-off as printed: "—MARIA ORTEGA" is one,
    "—Ana Ruiz and Tom Lee" or "—ANA RUIZ, TOM LEE AND JO PARK" several (a report by two or
    three, signed together). Each name keeps its span; a name in capitals is given the
    spelling the text uses elsewhere (patterns.name_case)."""
    names = signoff_match(sign.text).group(1)
    begin = sign.start + sign.text.index(names)
    people = []
    for m in SIGNOFF_NAMES_RE.finditer(names):
        raw = re.sub(r"^and\s+", "", m.group(0).strip(), flags=re.IGNORECASE)
        if not raw:
            continue
        at = begin + m.start() + m.group(0).index(raw)
        people.append(Person(name_case(raw, text), Span(at, at + len(raw))))
    return people, Field(names, Span(begin, begin + len(names)))


def signoff_role(sign: Line) -> Field | None:
    """The writer's title after a sign-off's names, as printed ("—Karen Lutz, member of UAW
    Local 235": "member of UAW Local 235"): it names unions, parties and places the entity stage
    reads like a sentence."""
    m = signoff_match(sign.text)
    if m is None or m.re.groups < 2 or not m.group(2):
        return None
    return Field(m.group(2), Span(sign.start + m.start(2), sign.start + m.end(2)))


def looks_like_letters(lines: list[Line]) -> bool:
    """A page with no "Letters" headline is a letters page when it holds two signed letters.
    Signatures set off by blank lines (1996 print, Signature.spaced) could close an ordinary
    article too (a name, then a town), so a page holding such signatures must also open two of
    its letters with a title line directly over the letter's text."""
    sigs = signatures(lines)
    if len(sigs) < 2:
        return False
    return not any(s.spaced for s in sigs) or _titled_letters(lines, sigs) >= 2


def _titled_letters(lines: list[Line], sigs: list[Signature]) -> int:
    """How many letters open with a title line directly over their running text ("Bus drivers'
    fight" / "We want to say thanks for …", no blank line between)."""
    count = 0
    start = 0
    for sig in sigs:
        while start < sig.top and is_reply(lines[start].text):
            start += 1  # the editors' answer to the letter above
        if sig.top - start >= 2:
            title, text = lines[start], lines[start + 1]
            if (is_title(title.text) and text.number == title.number + 1
                    and (is_prose_line(text.text) or ends_sentence(text.text))):
                count += 1
        start = sig.end + 1
    return count


class ItemReader:
    """Cuts the body of a page made of items into sections and items."""

    def __init__(self, text: str, span: Callable[[Line], Span], fail,
                 bylines: Callable[[Line], list[Person]] | None = None,
                 issue_date: dt.date | None = None) -> None:
        self.text = text
        self.issue_date = issue_date or dt.date.today()
        self.bylines = bylines
        self.span = span
        self.fail = fail
        self.sections: list[Section] = []
        self.items: list[Item] = []
        self.editor_notes: list[Span] = []
        self.positions = 0

    def read(self, kind: str, lines: list[Line]) -> None:
        {"letters": self.letters, "years-ago": self.years_ago, "briefs": self.briefs,
         "reports": self.reports, "inline": self.inline, "events": self.events,
         "books": self.books}[kind](lines)

    # -- building blocks -------------------------------------------------------------------
    def _section(self, kind: str, name: str, title: Line | None, paras: list[Line]) -> Section:
        first = title or paras[0]
        last = paras[-1] if paras else first
        sec = Section(len(self.sections) + 1, kind, name, self.span(title) if title else None,
                      Span(first.start, last.stop))
        for ln in paras:
            self.positions += 1
            sec.paragraphs.append(Paragraph(self.span(ln), self.positions))
        self.sections.append(sec)
        return sec

    def _item(self, kind: str, title: Line | None, paras: list[Line], last: Line,
              name: str | None = None, title_lines: list[Line] | None = None,
              **fields) -> Item:
        """An item under `title` (a title printed over several lines: all of `title_lines`,
        joined by a space, its span from the first to the last)."""
        if not paras:
            self.fail(f"{kind} item has no text", title or last)
        if title is not None:
            fields["title"] = Field(title.text, self.span(title))
        if title_lines and len(title_lines) > 1:
            fields["title"] = Field(" ".join(ln.text for ln in title_lines),
                                    Span(title_lines[0].start, title_lines[-1].stop))
        label = name or (fields["title"].value if title else _short(paras[0].text))
        sec = self._section("item", label, title, paras)
        if title_lines and len(title_lines) > 1:
            sec.title = fields["title"].span
        dm = DATELINE_RE.match(paras[0].text)
        if dm:
            fields["dateline"] = Field(dm.group(1), Span(paras[0].start,
                                                         paras[0].start + len(dm.group(1))))
        first = title or paras[0]
        item = Item(len(self.items) + 1, kind, Span(first.start, last.stop), sec.position,
                    **fields)
        self.items.append(item)
        return item

    def _intro(self, lines: list[Line]) -> None:
        if lines:
            self._section("introduction", "Introduction", None, lines)

    # -- letters ---------------------------------------------------------------------------
    def letters(self, lines: list[Line]) -> None:
        sigs = signatures(lines)
        if not sigs:
            self.fail("a letters page with no signed letter (a name, then 'Town, State')",
                      lines[0] if lines else None)
        start = 0
        while start < sigs[0].top and cues.opens_with("page-note", lines[start].text):
            start += 1  # the column's standing note on top
        self._intro(lines[:start])
        for n, sig in enumerate(sigs):
            at, place_at, end = sig.top, sig.place, sig.end
            # the editors' answer after the signature, up to the next letter's title
            stop = sigs[n + 1].top if n + 1 < len(sigs) else len(lines)
            reply = []
            j = end + 1
            while j < stop and (is_reply(lines[j].text) or
                                (reply and lines[j].number == reply[-1].number + 1
                                 and not is_title(lines[j].text))):
                reply.append(lines[j])
                j += 1
            if not reply and n + 1 < len(sigs):
                reply = lines[j:_unlabelled_reply_end(lines, j, stop)]
                j += len(reply)
            body = lines[start:at]
            title = body[0] if len(body) > 1 and is_title(body[0].text) else None
            paras = body[1:] if title else body
            fields: dict = {}
            if sig.signer is not None:
                signer = lines[sig.signer]
                fields["signature"] = Field(signer.text.rstrip(","), self._trim(signer, ","))
                # "Ana Ruiz, UFCW Local 7": the person is "Ana Ruiz"
                name = signer_name(signer.text)
                if name is not None and not (
                        cues.is_anonymous_signer(name) or _BARE_INITIALS_RE.match(name.strip())
                        or cues.names_organization(name)):
                    fields["authors"] = signer_people(signer, name)
            if place_at is not None:
                pl = lines[place_at]
                key = "via" if cues.is_via_line(pl.text) else "place"
                fields[key] = Field(pl.text, self.span(pl))
            if sig.via is not None:
                fields["via"] = Field(lines[sig.via].text, self.span(lines[sig.via]))
            if reply:
                fields["reply"] = Span(reply[0].start, reply[-1].stop)
                self.editor_notes.append(fields["reply"])
            self._item("letter", title, paras + reply, reply[-1] if reply else lines[end],
                       **fields)
            start = j
        note = next((k for k in range(start, len(lines))
                     if cues.opens_with("page-note", lines[k].text)), len(lines))
        if note == len(lines) and _standing_note(lines[start:]):
            note = start
        if note < len(lines):  # "The letters column is an open forum…": the page's own note
            self._section("page-note", "Note", None, lines[note:])
            lines = lines[:note]
        if start < len(lines):  # text after the last signed letter: an unsigned letter
            rest = lines[start:]
            title = rest[0] if len(rest) > 1 and is_title(rest[0].text) else None
            self._item("letter", title, rest[1:] if title else rest, rest[-1])

    def _trim(self, line: Line, chars: str) -> Span:
        text = line.text.rstrip(chars)
        return Span(line.start, line.start + len(text))

    # -- 25, 50 and 75 years ago ------------------------------------------------------------
    def years_ago(self, lines: list[Line]) -> None:
        dated = [k for k, ln in enumerate(lines) if DATE_RE.fullmatch(ln.text)]
        if not dated:
            self.fail("a '25, 50 and 75 Years Ago' page with no dated item",
                      lines[0] if lines else None)
        self._intro(lines[:dated[0]])
        for n, k in enumerate(dated):
            head = lines[k]
            stop = dated[n + 1] if n + 1 < len(dated) else len(lines)
            m = DATE_RE.fullmatch(head.text)
            try:
                date = to_date(*m.groups())
            except ValueError as e:
                self.fail(f"item date {head.text} is not a date ({e})", head)
            paras = lines[k + 1:stop]
            self._item("years-ago", None, paras, paras[-1] if paras else head, name=head.text,
                       date=Field(date.isoformat(), self.span(head)))
            # the date line heads the item's section
            sec = self.sections[-1]
            sec.title = self.span(head)
            sec.span = Span(head.start, sec.span.end)

    # -- reports ----------------------------------------------------------------------------
    def reports(self, lines: list[Line]) -> None:
        """An introduction, then reports set off by *****, each with its byline and dateline,
        or opening with its dateline and closed by its writer's sign-off ("—Ana Ruiz")."""
        first_sep = next((k for k, ln in enumerate(lines) if SEPARATOR_RE.match(ln.text)), None)
        if first_sep is None:
            self.fail("a page of reports with no ***** separator", lines[0] if lines else None)
        head = lines[:first_sep]
        start = _report_under_introduction(head)
        self._intro(head[:start])
        if start < len(head):  # the first report, straight under the standing introduction
            if _bylined(head[start:]):
                self._bylined_report(head[start:])
            else:
                self._signed_report(head[start:])
        for part in report_parts(lines):
            if not _bylined(part):
                self._signed_report(part)
                continue
            self._bylined_report(part)

    def sidebars(self, lines: list[Line]) -> None:
        """The sidebars set off by ***** under a news page's own report (militant.sidebar_start):
        each its title, byline, dateline and text, an item after the report's sections."""
        for part in report_parts(lines):
            self._bylined_report(part)

    def _bylined_report(self, part: list[Line]) -> None:
        """A report opening with its byline (a title perhaps above it, more writers on the
        lines under it), then its text."""
        title = part[0] if not is_byline(part[0].text) else None
        by = part.index(part[1] if title else part[0])
        authors = self.bylines(part[by])
        more = by + 1  # "AND PAUL KIM", "and Tom Lee": more writers on the next lines
        while more < len(part) and _second_byline(part[by].text, part[more].text):
            authors += self.bylines(part[more])
            more += 1
        self._item("report", title, part[more:], part[-1], authors=authors)

    def _signed_report(self, part: list[Line]) -> None:
        """A report with no byline: perhaps a title, the paragraph opening with the dateline,
        more paragraphs, then the sign-off (its writer's title lines under it are no text)."""
        title = part[0] if not DATELINE_RE.match(part[0].text) else None
        at = signoff_at(part)
        paras = part[1 if title else 0:at]
        authors, signature = signoff_people(part[at], self.text)
        self._item("report", title, paras, part[-1], authors=authors, signature=signature,
                   role=signoff_role(part[at]))

    # -- a notebook's dated entries ------------------------------------------------------------
    def entries(self, lines: list[Line]) -> None:
        """The entries of a reporter's notebook or a diary column (notebook_parts): each an item
        of kind "entry" with its date, the run-in date staying the opening of its text. The
        run-in date is no dateline: the entry names a day, not the place it was written."""
        for part in notebook_parts(lines, self.issue_date):
            m, day = entry_date(part[0].text, self.issue_date)
            at = Span(part[0].start, part[0].start + len(m.group(1)))
            item = self._item("entry", None, part, part[-1], name=m.group(1),
                              date=Field(day.isoformat(), at))
            item.dateline = None

    # -- book entries ------------------------------------------------------------------------
    def books(self, lines: list[Line]) -> None:
        """A page of book entries ("Books of the month", 2000s; a book announcement): a standing
        introduction, then entries, each its title line, perhaps a subtitle line and a `by`
        line, the price line ("$20. Special price: $15") and the description. Each entry is an
        item titled by its title line; subtitle, `by` line, price and description are its text
        (the book's authors are no writers of the item: the entity stage finds them in the `by`
        line). The book itself, as the entry prints it (title, subtitle, the `by` line's names,
        the prices), is the item's `book` (kg.reader.books)."""
        entries = book_entries(lines)
        if not entries:
            self.fail("a page of books with no entry (a title over a price line such as "
                      "'$20. Special price: $15')", lines[0] if lines else None)
        self._intro(lines[:entries[0].start])
        for n, entry in enumerate(entries):
            k = entry.start
            stop = entries[n + 1].start if n + 1 < len(entries) else len(lines)
            self._item("book", lines[k], lines[k + 1:stop], lines[stop - 1],
                       book=read_book(lines, entry, self.span))

    # -- inline items ------------------------------------------------------------------------
    def inline(self, lines: list[Line]) -> None:
        """A column whose items run inline ("Great Society"): each paragraph that opens with a
        short lead-in glued to a dash starts an item titled by the lead-in; a paragraph with no
        lead-in continues the item before it."""
        starts = [k for k, ln in enumerate(lines) if lead_in(ln.text)]
        if not starts:
            self.fail("a column of inline items with no item (a paragraph opening with a short "
                      "lead-in and a dash: 'Read it and weep—…')", lines[0] if lines else None)
        self._intro(lines[:starts[0]])
        for n, k in enumerate(starts):
            stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
            paras = lines[k:stop]
            m = lead_in(paras[0].text)
            lead = Span(paras[0].start, paras[0].start + len(m.group(1)))
            # the paragraph stays whole: its lead-in is both the item's title and its opening
            item = self._item("brief", None, paras, paras[-1], name=m.group(1))
            item.title = Field(m.group(1), lead)

    # -- listed events ------------------------------------------------------------------------
    def events(self, lines: list[Line]) -> None:
        """A listing of events ("Militant Labor Forums"): under a state in capitals and a city,
        each event's title, its speakers, its day ("Fri., Dec. 21, 7:30 p.m."), where and how
        much. Each event is an item: its title, its day (in the year nearest the issue) and
        its city; the speakers, address and the rest are its text."""
        found = [(k, _event_day(ln.text)) for k, ln in enumerate(lines)]
        days = [k for k, m in found if m is not None]
        day_of = dict(found)
        if not days:
            self.fail("a listing of events with no event day (a line like 'Fri., Dec. 21, "
                      "7:30 p.m.')", lines[0] if lines else None)
        tops: list[int] = []  # where each event's lines begin (its title, or its first line)
        titles: list[int | None] = []  # the title's last line (the line over the speakers)
        firsts: list[int | None] = []  # the title's first line (a title may wrap: 2014 print)
        cities: list[Line | None] = []
        previous = -1
        for k in days:
            j = _over_description(lines, _over_speakers(lines, k, previous), previous)
            title = j if j > previous and _listing_title(lines[j].text) else None
            inline = day_of[k].start() > 0 and not SPEAKER_RE.match(lines[k].text)
            if inline and (title is None or _listing_heading(lines[j].text)):
                # "Title. Fri., July 20, 7:00 p.m. …": the title is the line's own opening
                title, j = None, k - 1
            first = title
            if title is not None and not inline:
                first = _wrapped_title_top(lines, title, previous)
            top = first if first is not None else j + 1
            h = top - 1
            city = None
            while h > previous and _listing_heading(lines[h].text):
                if city is None and not lines[h].text.isupper():
                    city = lines[h]
                h -= 1
            if city is None and cities and h + 1 == top:
                city = cities[-1]  # another event in the same city
            tops.append(top)
            titles.append(title)
            firsts.append(first)
            cities.append(city)
            previous = k
        heads = [self._first_heading(lines, days[n - 1] if n else -1, tops[n])
                 for n in range(len(tops))]
        self._intro(lines[:heads[0]])
        for n, k in enumerate(days):
            stop = heads[n + 1] if n + 1 < len(days) else len(lines)
            title = lines[titles[n]] if titles[n] is not None else None
            wrapped = lines[firsts[n]:titles[n] + 1] if titles[n] is not None else []
            paras = lines[tops[n] + len(wrapped):stop]
            m = day_of[k]
            try:
                day = event_date(m.group(1), m.group(2), self.issue_date)
            except ValueError as e:
                self.fail(f"event day {m.group(0)} is not a date ({e})", lines[k])
            fields = {"date": Field(day.isoformat(), Span(lines[k].start + m.start(),
                                                          lines[k].start + m.end()))}
            if cities[n] is not None:
                fields["place"] = Field(cities[n].text, self.span(cities[n]))
            lead = event_title(_event_lead(lines[k].text[:m.start()]))
            name = lead if title is None and lead and not SPEAKER_RE.match(lead) else None
            item = self._item("event", wrapped[0] if wrapped else None, paras,
                              paras[-1] if paras else lines[k], name=name,
                              title_lines=wrapped, **fields)
            if name is not None:  # the line stays whole: its opening is the event's title
                item.title = Field(lead, Span(lines[k].start, lines[k].start + len(lead)))

    @staticmethod
    def _first_heading(lines: list[Line], after: int, top: int) -> int:
        """The first of the state and city lines directly above an event's top (or its top)."""
        h = top
        while h - 1 > after and _listing_heading(lines[h - 1].text):
            h -= 1
        return h

    # -- briefs ------------------------------------------------------------------------------
    def briefs(self, lines: list[Line]) -> None:
        """Each brief under its title (a byline perhaps under the title: "By Ana Ruiz"), its
        text, sometimes closed by a sign-off ("—ANA RUIZ")."""
        starts = [k for k, ln in enumerate(lines)
                  if is_title(ln.text) and not is_byline(ln.text)
                  and _bylines_end(lines, k + 1) < len(lines)
                  and (k == 0 or lines[k - 1].number < ln.number - 1
                       or signoff_match(lines[k - 1].text))
                  and not is_title(lines[_bylines_end(lines, k + 1)].text)]
        if not starts:
            self.fail("a briefs page with no titled item", lines[0] if lines else None)
        self._intro(lines[:starts[0]])
        for n, k in enumerate(starts):
            stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
            text_at = _bylines_end(lines, k + 1)
            body = lines[text_at:stop]
            while len(body) > 1 and SEPARATOR_RE.match(body[-1].text):
                # "—Ana Ruiz" / (blank) / "*****": the rule between two briefs is neither's
                # text, and the sign-off over it closes the brief (it was read as no sign-off,
                # a column of 2003 print in set EE, 2026-12-07, rdr45)
                body.pop()
            fields = {}
            if text_at > k + 1:  # the brief's writers, under its title
                fields["authors"] = [p for ln in lines[k + 1:text_at] for p in self.bylines(ln)]
            at = signoff_at(body)
            if at is not None and at > 0:
                sign = body[at]
                del body[at:]
                fields["authors"], fields["signature"] = signoff_people(sign, self.text)
                fields["role"] = signoff_role(sign)
                last = sign
            else:
                last = body[-1] if body else lines[k]
            self._item("brief", lines[k], body, last, **fields)


def _over_speakers(lines: list[Line], k: int, previous: int) -> int:
    """The index of the line over an event's speakers, the day at `k` (`k - 1` when no
    speaker is named). The speakers may run over lines, each line but the last closed by ";"
    or "," ("Speakers: Ana Ruiz, member of UFCW Local 7;" / "Tom Lee, Socialist Workers
    Party"): a line under a "Speakers:" line so closed is a speakers' line too, never the
    title."""
    j = k - 1
    i = j
    while (i - 1 > previous and j - i < TITLE_MAX_LINES and not SPEAKER_RE.match(lines[i].text)
           and lines[i - 1].text.endswith((";", ","))):
        i -= 1
    if i < j and SPEAKER_RE.match(lines[i].text):
        j = i
    while j > previous and SPEAKER_RE.match(lines[j].text):
        j -= 1
    return j


def _over_description(lines: list[Line], j: int, previous: int) -> int:
    """The event's title line when a sentence of running text stands between it and the
    speakers (2010 print: "Lessons of the Port Fight." / "Dockers tell what the lockout taught
    them, …" / "Speaker: …"): the line over the speakers is that sentence (more than three
    words, not in Title Case) and the line directly over it a title in Title Case, so the title
    is the line above and the sentence is the event's text. Else `j` itself. The sentence was
    read as the title's second line before (2026-12-06)."""
    if j - 1 <= previous or j < 0:
        return j
    line, above = lines[j], lines[j - 1]
    words, over = line.text.split(), above.text.split()
    if (len(words) > 3 and not _title_case(words) and _title_case(over)
            and _listing_title(above.text) and not _listing_heading(above.text)
            and above.number == line.number - 1):
        return j - 1
    return j


def _wrapped_title_top(lines: list[Line], title: int, previous: int) -> int:
    """The first line of an event's title that wraps over two lines or three between its city
    line and its speakers (2014 print: "Dockers Against the Lockout:" / "What the Port Fight
    Teaches Workers" / "Speaker: …"). The lines above the title's last line are the title's
    only when a state or city line or a blank line stands directly over them (the title fills
    the lines from the city, or from the gap after the last event, to the speakers), so a title
    under the last event's lines with no gap keeps its one line; else `title` itself."""
    h = title
    while (h - 1 > previous and title - h + 1 < TITLE_MAX_LINES
           and _listing_title(lines[h - 1].text) and not _listing_heading(lines[h - 1].text)
           and lines[h - 1].number == lines[h].number - 1):
        h -= 1
    if h < title and h - 1 > previous and (_listing_heading(lines[h - 1].text)
                                           or lines[h - 1].number < lines[h].number - 1):
        return h
    return title


def _listing_heading(text: str) -> bool:
    """A state ("OHIO") or city ("Cleveland", "Upper Manhattan") line of a listing: a few
    capitalised words, no digits, no closing punctuation."""
    words = text.split()
    return (0 < len(words) <= 4 and not any(c.isdigit() for c in text)
            and not text.endswith((".", ":", ",", ";")) and ":" not in text
            and all(w[:1].isupper() for w in words if w not in ("de", "of", "and"))
            and not EVENT_DATE_RE.match(text))


def _event_day(text: str) -> re.Match[str] | None:
    """The event's day opening its line ("Fri., Dec. 21, 7:30 p.m."), or standing after the
    title's full stop inside it ("Cuba and the Coming Revolution. Fri., July 20, 7:00 p.m."),
    or after the speakers' ("Speaker: Ana Ruiz. Fri., July 20, 7:00 p.m."). The title is
    counted without a sentence run on after it and before the day, which the listing prints
    when it names no speaker ("Dockers Hold the Line. Panel of port workers, members of the
    union local. Fri., …": `event_title`)."""
    m = EVENT_DATE_RE.match(text)
    if m is not None:
        return m
    m = EVENT_DAY_IN_LINE_RE.search(text)
    if m is None or (not SPEAKER_RE.match(text)
                     and _words(event_title(_event_lead(text[:m.start()]))) > TITLE_MAX_WORDS):
        return None
    return m


def _event_lead(text: str) -> str:
    """The event's title in the opening of its line: what stands before the speakers when
    they are named in the same paragraph (the 2020 print listing: "Lessons of the Rail Strike.
    Speaker: Ana Ruiz, Socialist Workers Party. Fri., Feb. 14, 7:30 p.m. …"), else all of it
    (2001: "Cuba and the Coming Revolution. Fri., July 20, …")."""
    m = SPEAKER_IN_LINE_RE.search(text)
    return text[:m.start()].rstrip() if m else text.rstrip()


TITLE_CASE_MIN_LETTERS = 4  # shorter words ("of", "the", "and", "for") may stay small in a title
# where a title may end inside an event's line: "!", "?" or "." before a space and a capital
_TITLE_END_RE = re.compile(r"[.!?](?=\s+[A-Z‘“\"'])")


def event_title(lead: str) -> str:
    """The event's title in the opening of its line, without the sentence printed after it: a
    listing sets its titles in Title Case and may run a sentence of running text on after one
    ("Stop the Raids! Workers from the poultry plant speak out. Speakers: …"), which is the
    event's text, not its title ("Stop the Raids!"). The title ends at its own "!", "?" or "."
    when the words after it are a sentence (three words at least, not in Title Case: a word of
    four letters or more in lower case, `_title_case`); a subtitle in Title Case after it stays
    in the title ("Hands Off Venezuela! What Washington's Sanctions Mean for Working People."),
    and so does an abbreviation's full stop ("Candidate for U.S. Congress", "End the U.S.
    Embargo!": `_abbreviation_stop`). The sentence tested is the one after the stop, not all
    the rest: a title of two sentences in Title Case runs on to the second's stop ("Defend the
    Strikers! Close the Detention Camp. Hear how …"). The stop that closes the title stays, as
    printed."""
    for m in _TITLE_END_RE.finditer(lead):
        if _abbreviation_stop(lead, m.start()):
            continue
        head = lead[:m.end()].split()
        following = _next_sentence(lead, m.end()).split()
        if (len(head) >= 2 and (_title_case(head) or _glossed_title(lead[:m.end()]))
                and len(following) >= 3 and not _title_case(following)):
            return lead[:m.end()]
    return lead


# "Soirée pour les grévistes (Evening for the strikers).": a title in the language of the place,
# in its own sentence case, its English in brackets right before the stop
_GLOSSED_RE = re.compile(r"[A-ZÀ-Þ][^()]*\s\([A-Z][^()]*\)[.!?]")


def _glossed_title(head: str) -> bool:
    """Is `head` (up to a stop) a title in another language glossed in English in brackets, both
    opening with a capital? Such a title keeps its language's case, not Title Case, and the
    sentence after it is the event's text: it was read into the title (set BX's 2019 Montreal
    listing, 2026-12-07, rdr48)."""
    return _GLOSSED_RE.fullmatch(head.strip()) is not None


# a word whose full stop is its own: initials ("U.S.", "D.C.", "W.")
_ABBREVIATION_RE = re.compile(r"(?:^|\s)(?:[A-Z]\.){0,3}[A-Z]$")


def _abbreviation_stop(lead: str, at: int) -> bool:
    """Is the full stop at `at` the stop of initials (the word before it "U.S", "W")? A short
    word ("Dr.", "Now.") is not told apart from a sentence's last word here; a sentence after
    it of fewer than three words keeps the title whole anyway."""
    return lead[at] == "." and bool(_ABBREVIATION_RE.search(lead[:at]))


def _next_sentence(lead: str, at: int) -> str:
    """The sentence of `lead` that starts at `at`: up to its own stop (an abbreviation's stop
    ends none), or the rest of the lead."""
    for m in _TITLE_END_RE.finditer(lead, at):
        if not _abbreviation_stop(lead, m.start()):
            return lead[at:m.end()]
    return lead[at:]


def _title_case(words: list[str]) -> bool:
    """Words set in Title Case: every word of TITLE_CASE_MIN_LETTERS letters or more opens with
    a capital or a digit ("Lessons of the Dock Strike"; the small words "of", "the", "for" may
    stay in lower case)."""
    return all(w.lstrip("‘“'\"(")[:1].isupper() or w.lstrip("‘“'\"(")[:1].isdigit()
               for w in words if len(w.strip("‘“'\"(),.;:!?’”")) >= TITLE_CASE_MIN_LETTERS)


def _listing_title(text: str) -> bool:
    """An event's title line: not a speaker, an address or a day."""
    return not (SPEAKER_RE.match(text) or EVENT_DATE_RE.match(text) or text[:1].isdigit()
                or text.lower().startswith(("tel", "donation")))


def lead_in(text: str) -> re.Match[str] | None:
    """The lead-in that opens an inline item ("Free market at work—"), or None."""
    m = LEAD_IN_RE.match(text)
    if (m is None or _words(m.group(1)) > LEAD_IN_MAX_WORDS or DATELINE_RE.match(text)
            or not any(c.islower() for c in m.group(1))):
        return None
    return m


def report_parts(lines: list[Line]) -> list[list[Line]]:
    """The parts after each ***** separator that open with a byline (a title may stand above
    it), or that open with a dateline (a title may stand above it) and close with a sign-off
    (a subscription drive's reports, 2000s: `HOUSTON—…` / `—Rosa Vance`): the reports of a
    page made of reports. Fewer than two: not such a page."""
    parts: list[list[Line]] = []
    for ln in lines:
        if SEPARATOR_RE.match(ln.text):
            parts.append([])
        elif parts:
            parts[-1].append(ln)
    return [p for p in parts if p and (_bylined(p) or _signed_with_dateline(p)
                                       or _signed_with_title(p))]


def page_reports(lines: list[Line]) -> int:
    """How many reports the page's lines hold: the parts after its ***** separators that are
    reports (report_parts), and the first report set straight under an introduction above the
    first separator (`_report_under_introduction`: a lead article of two reports, "(lead
    article)" / the editor's introduction / "BY ANA RUIZ" / "KELVO--…" / "*****" / "BY TOM LEE" /
    "DORROW--…", the one separator between them). Two or more: a page of reports, whose writers
    and datelines are its items', not the page's. The first report counts only under an
    introduction of its own (a byline or a dateline opening the lines is the page's)."""
    count = len(report_parts(lines))
    first = next((k for k, ln in enumerate(lines) if SEPARATOR_RE.match(ln.text)), None)
    if first:
        start = _report_under_introduction(lines[:first])
        count += 0 < start < first
    return count


def notebook_parts(lines: list[Line], issue: dt.date) -> list[list[Line]]:
    """The dated entries of a reporter's notebook or a diary column (2000s print): after the
    column's introduction, parts set off by *****, each opening with a run-in date ("Feb.
    21--", "Monday, Feb. 21.", "FEBRUARY 21 —"; patterns.entry_date). A part with no date of
    its own after a dated one continues that entry; two dated parts at least, the first part
    after the first ***** dated, or the page is no notebook (empty list)."""
    entries: list[list[Line]] = []
    opens: bool | None = None  # None in the introduction; True on a part's first line
    for ln in lines:
        if SEPARATOR_RE.match(ln.text):
            opens = True
            continue
        if opens is None:
            continue  # the introduction
        if opens:
            opens = False
            if entry_date(ln.text, issue) is not None:
                entries.append([])
            elif not entries:
                return []  # an undated part before any entry: no notebook
        entries[-1].append(ln)
    return entries if len(entries) >= 2 else []


def book_entry_starts(lines: list[Line]) -> list[int]:
    """The index of each book entry's title line (book_entries)."""
    return [e.start for e in book_entries(lines)]


def book_entries(lines: list[Line]) -> list[BookEntry]:
    """Each book entry: over each price line (patterns.BOOK_PRICE_RE),
    an optional `by` line, then one or two title lines (the title, a subtitle), none of them
    taken from the entry above (whose description ends on a full stop); or over a description
    line whose last sentence the prices follow on the same line (patterns.BOOK_PRICE_END_RE,
    2011 print), its other lines, a `by` line and the title lines touching it. An entry needs
    its title; a price line with no title over it opens none."""
    entries: list[BookEntry] = []
    floor = 0
    for k, ln in enumerate(lines):
        if BOOK_PRICE_RE.match(ln.text):
            j, titles, by = _titles_over(lines, k, floor)
            if not titles:
                j, titles, by = _entry_over_description(lines, k, floor)
        elif BOOK_PRICE_END_RE.search(ln.text):
            # the prices run into the description's last line: the line closes the entry
            j, titles, by = _entry_over_description(lines, k + 1, floor, k)
        else:
            continue
        if titles:
            entries.append(BookEntry(j, titles, by, k))
        floor = k + 1
    return entries


DESCRIPTION_MAX_LINES = 4


def _description(text: str) -> bool:
    """A line of a book's description: running text or a sentence, no title, no `by` line."""
    return ((is_prose_line(text) or ends_sentence(text)) and not is_title(text)
            and not BOOK_BY_RE.match(text))


def _entry_over_description(lines: list[Line], k: int, floor: int,
                            priced: int | None = None) -> tuple[int, int, int | None]:
    """An entry whose price line closes it (2012 print: the title, a `by` line, the
    description, then "$30. Special price: $22.50"): over the price, one to four lines of
    running text (`_description`), an optional `by` line, then one or two title lines. Returns the index of
    the first title line, how many title lines there are (0 when the shape is not there) and the
    `by` line's index (_titles_over).
    `priced`: the index of a description line the prices close (2011 print: "… for. $16.
    Special price: $12", patterns.BOOK_PRICE_END_RE), k being the line after it: that line is
    the description's last whatever its close."""
    j = k
    while (j - 1 >= floor and k - j < DESCRIPTION_MAX_LINES
           and (j - 1 == priced or _description(lines[j - 1].text))):
        j -= 1
    if j == k:
        return k, 0, None
    return _titles_over(lines, j, floor, touching=True)


def _titles_over(lines: list[Line], j: int, floor: int,
                 touching: bool = False) -> tuple[int, int, int | None]:
    """Over line `j` (a price line, or an entry's description), an optional `by` line, then one
    or two title lines, no higher than `floor`. Returns the first title line's index, how
    many title lines there are and the `by` line's index (None with no `by` line). `touching`
    (over a description): a title line is no running text and stands right over the next line,
    as a title set off above belongs to no entry."""
    by = None
    if j - 1 >= floor and BOOK_BY_RE.match(lines[j - 1].text):
        j -= 1
        by = j
    titles = 0
    while titles < 2 and j - 1 >= floor and _entry_title(lines, j - 1, touching):
        j -= 1
        titles += 1
    return j, titles, by


def _entry_title(lines: list[Line], i: int, touching: bool) -> bool:
    text = lines[i].text
    if not is_title(text) or BOOK_PRICE_RE.match(text):
        return False
    return not touching or (not is_prose_line(text) and lines[i].number == lines[i + 1].number - 1)


def _report_under_introduction(head: list[Line]) -> int:
    """Where a signed report starts in the lines above a page's first ***** separator, or
    len(head) when none does. Pages of short reports (sales teams, today's site) print the first
    report straight under the standing introduction, the separators only between reports: a
    title, the paragraph opening with the dateline and the sign-off closing it ("Team in the
    coalfields" / "BECKLEY, W.Va. — Four of us…" / "— Ana Ruiz") are a report, never more
    introduction. The report starts at the last paragraph with a dateline (under its title,
    when a title stands over it); the introduction's paragraphs above it end on full stops.
    So does a report opening with its byline over the paragraph with the dateline, under an
    unsigned introduction ("Printed below are reports …" / "BY ANA RUIZ" / "DENVER--…", the
    separators after it only: print pages of reports, 2003): it starts at its byline (a title
    perhaps above it), the paragraphs above it being the introduction."""
    for k in range(1, len(head) - 1):
        start = k - 1 if k > 1 and is_title(head[k - 1].text) else k
        end = _bylines_end(head, k)
        if (end > k and end < len(head) and _bylined(head[start:])
                and DATELINE_RE.match(head[end].text)):
            return start
    if signoff_at(head) is None:
        return len(head)
    for k in range(len(head) - 2, -1, -1):
        text = head[k].text
        if not (DATELINE_RE.match(text) and (is_prose_line(text) or ends_sentence(text))):
            continue
        start = k - 1 if k and is_title(head[k - 1].text) else k
        if _signed_with_dateline(head[start:]):
            return start
        break
    return len(head)


def _second_byline(first: str, text: str) -> re.Match[str] | None:
    """A report's second writer on its byline's next line: "AND PAUL KIM" under "BY NORA
    VEGA", "and Tom Lee" under "By Nora Vega"."""
    if BYLINE_RE.match(first):
        return SECOND_BYLINE_RE.match(text)
    return second_title_byline(text)


def _bylines_end(lines: list[Line], k: int) -> int:
    """The index after the byline at k and its second writers' lines ("By Ana Ruiz" / "and Tom
    Lee"), or k when no byline stands there."""
    if k >= len(lines) or not is_byline(lines[k].text):
        return k
    j = k + 1
    while j < len(lines) and _second_byline(lines[k].text, lines[j].text):
        j += 1
    return j


def titled_sidebars(lines: list[Line]) -> bool:
    """Every part after a ***** separator opens with a title over its byline, and the page's
    own text above the first separator has a byline: sidebars under a news report (2000 print:
    "*****" / "Ecuadorans in Kelvo rally" / "BY ANA RUIZ" / "KELVO--…"), no page of reports."""
    first = next((k for k, ln in enumerate(lines) if SEPARATOR_RE.match(ln.text)), None)
    if not first or not any(BYLINE_RE.match(ln.text) or title_byline(ln.text) for ln in lines[:first]):
        return False
    parts: list[list[Line]] = []
    for ln in lines[first:]:
        if SEPARATOR_RE.match(ln.text):
            parts.append([])
        else:
            parts[-1].append(ln)
    return all(len(p) > 2 and is_title(p[0].text) and is_byline(p[1].text) and _bylined(p)
               for p in parts)


def _bylined(part: list[Line]) -> bool:
    """The part opens with its byline ("BY NORA VEGA"; today's "By Nora Vega" only over the
    paragraph that opens with the dateline), a title perhaps above it."""
    at = 1 if len(part) > 1 and is_title(part[0].text) and is_byline(part[1].text) else 0
    text = part[at].text
    if BYLINE_RE.match(text):
        return True
    if not title_byline(text):
        return False
    k = at + 1
    while k < len(part) and _second_byline(text, part[k].text):
        k += 1
    return k < len(part) and bool(DATELINE_RE.match(part[k].text))


def _signed_with_dateline(part: list[Line]) -> bool:
    """A dateline opens the part's first paragraph (under a title, perhaps) and a sign-off
    closes it, with a paragraph between."""
    first = 1 if len(part) > 1 and is_title(part[0].text) else 0
    at = signoff_at(part)
    return (at is not None and at > first and bool(DATELINE_RE.match(part[first].text))
            and (is_prose_line(part[first].text) or ends_sentence(part[first].text)))


def _signed_with_title(part: list[Line]) -> bool:
    """A title, the report's text (no dateline) and its writer's sign-off ("Dinner in Seattle" /
    "Eleven workers came…" / "—Karen Holt"): a fund drive's report with no dateline."""
    at = signoff_at(part)
    return (at is not None and at > 1 and is_title(part[0].text)
            and not signoff_match(part[0].text) and not BYLINE_RE.match(part[0].text)
            and (is_prose_line(part[1].text) or ends_sentence(part[1].text)))


def _short(text: str, words: int = 6) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")

