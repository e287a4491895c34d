"""Cue lists of the reader, kept as data in a data folder's reader/ (kg/data/reader/; see
docs/reader.md), and the regular expressions compiled from them.

A build may read another data folder (`kg build --data DIR`): its reader cues are DIR/reader.
The reader has no handle on the build, so the build binds the folder for the time it reads an
article (`bind`, the way kg.nlp.cuedata binds the nlp cue files and Flask binds `current_app`),
and every function here reads the bound folder (`current`), the package's own when nothing is
bound. Every cache belongs to the folder's `ReaderCues`, never to the module, so two folders
read one after the other in one process never share a word. The reader never imports kg.nlp.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TypeVar

from kg import nameparticles
from kg.config import DATA_DIR

READER_DATA = DATA_DIR / "reader"

T = TypeVar("T")


class ReaderCues:
    """The reader's cue lists of one folder (DATA/reader), with everything read or compiled from
    them, each computed once for this folder (`_memo`, filled by `cached` and `CuePattern`). The
    name particles come from the same data folder's nlp/entities.toml (kg.nameparticles), so a
    byline reads the particles of the build's entities stage."""

    def __init__(self, folder: Path = READER_DATA) -> None:
        self.folder = Path(folder)
        self._memo: dict[object, object] = {}

    def entries(self, name: str) -> list[str]:
        """The entries of FOLDER/NAME, one a line, blank lines and # comments left out."""
        out = []
        for line in (self.folder / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
        return out


_PACKAGE = ReaderCues()  # the package's own folder: read when first asked, never at import
_BOUND: ContextVar[ReaderCues | None] = ContextVar("kg_reader_cues", default=None)


def current() -> ReaderCues:
    """The ReaderCues bound by the running build, else the package's own folder's."""
    return _BOUND.get() or _PACKAGE


@contextmanager
def bind(cues: ReaderCues | Path) -> Iterator[ReaderCues]:
    """Make `cues` (or a folder's, read afresh) the lists the reader reads while the block runs
    (kg.article_jobs does this with the build's kg.resources.Resources.reader)."""
    bound = cues if isinstance(cues, ReaderCues) else ReaderCues(cues)
    token = _BOUND.set(bound)
    try:
        yield bound
    finally:
        _BOUND.reset(token)


def cached(fn: Callable[[], T]) -> Callable[[], T]:
    """Like functools.cache, but per bound folder (ReaderCues): for the functions that read or
    compile a cue list (they take no argument). The reader's rules call them tens of thousands
    of times an archive page set, so the lookup is kept to a context variable and a dict."""

    @functools.wraps(fn)
    def wrapper() -> T:
        memo = (_BOUND.get() or _PACKAGE)._memo
        try:
            return memo[fn]  # type: ignore[return-value]
        except KeyError:
            value = memo[fn] = fn()
            return value
    return wrapper


class CuePattern:
    """A regular expression whose text is built from cue lists (a name's particles): compiled
    once per bound folder, when first used there. It answers match, fullmatch, search and
    finditer as the compiled pattern of the bound folder does, so a module may declare it
    beside its other patterns (kg.reader.patterns) and its users need not know it is data."""

    def __init__(self, source: Callable[[], str], flags: int = 0) -> None:
        self._source = source
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The pattern of the bound folder's lists."""
        memo = (_BOUND.get() or _PACKAGE)._memo
        try:
            return memo[self]  # type: ignore[return-value]
        except KeyError:
            value = memo[self] = re.compile(self._source(), self._flags)
            return value

    @property
    def pattern(self) -> str:
        return self.compiled().pattern

    # The reader tries these on every line: each looks the compiled pattern up itself, one call
    # fewer than through compiled() (bench/README.md, nlp_bench: the reader's time).
    def match(self, string: str) -> re.Match[str] | None:
        compiled = (_BOUND.get() or _PACKAGE)._memo.get(self) or self.compiled()
        return compiled.match(string)  # type: ignore[union-attr]

    def fullmatch(self, string: str) -> re.Match[str] | None:
        compiled = (_BOUND.get() or _PACKAGE)._memo.get(self) or self.compiled()
        return compiled.fullmatch(string)  # type: ignore[union-attr]

    def search(self, string: str) -> re.Match[str] | None:
        compiled = (_BOUND.get() or _PACKAGE)._memo.get(self) or self.compiled()
        return compiled.search(string)  # type: ignore[union-attr]

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string)


def _entries(name: str) -> list[str]:
    return current().entries(name)


@cached
def continuation_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _entries("continuation-words.txt"))


@cached
def plurals() -> frozenset[str]:
    """Plural nouns with no -s ("police", "women"): a headline's subject may be one of them
    after a name (kg/data/reader/plurals.txt, kg/reader/titles.py)."""
    return frozenset(w.lower() for w in _entries("plurals.txt"))


@cached
def phrasal_particles() -> frozenset[str]:
    """Particles that may finish a phrasal verb at a headline line's end ("make them back off")."""
    return frozenset(w.lower() for w in _entries("phrasal-particles.txt"))


@cached
def copulas() -> frozenset[str]:
    """Forms of "be" a headline may end on before a particle ("the strike isn't over")."""
    return frozenset(w.lower() for w in _entries("copulas.txt"))


@cached
def intransitive_phrasals() -> frozenset[str]:
    """A verb and its particle that end a clause with no object ("goes on", "drags on"): a
    headline line ending on one is a whole title (kg/data/reader/intransitive-phrasals.txt)."""
    return frozenset(" ".join(w.lower().split()) for w in _entries("intransitive-phrasals.txt"))


@cached
def time_spans() -> frozenset[str]:
    """Nouns of a span of time ("years", "a decade"): "… 50 years on" ends a headline line,
    "on" meaning "later" (kg/data/reader/time-spans.txt)."""
    return frozenset(w.lower() for w in _entries("time-spans.txt"))


@cached
def clause_openers() -> frozenset[str]:
    """Words opening a clause that hangs on the title line above (kg/data/reader/clause-openers.txt)."""
    return frozenset(_entries("clause-openers.txt"))


@cached
def speech_verbs() -> frozenset[str]:
    """Verbs of saying: a header line ending on one runs on into the quotation below it."""
    return frozenset(w.lower() for w in _entries("speech-verbs.txt"))


@cached
def title_verbs() -> frozenset[str]:
    """Verbs a headline often ends on with no object ("rally", "wins"): one of them earlier in
    a headline line is its verb, so the line's last word is its object, not a verb wanting one
    (kg/data/reader/title-verbs.txt, kg/reader/titles.py)."""
    return frozenset(_entries("title-verbs.txt"))


@cached
def object_title_verbs() -> frozenset[str]:
    """Verbs a headline may end on that also take an object ("fight", "win"): a header line
    ending on one after its plural subject runs on into a name the page prints elsewhere
    (kg/data/reader/object-title-verbs.txt, `HeaderLines._name_as_object`)."""
    return frozenset(w.lower() for w in _entries("object-title-verbs.txt"))


@cached
def object_verbs() -> frozenset[str]:
    """Verbs that want their object, as a sentence-case headline prints them ("oppose",
    "opposes"): a header line ending on one, after its subject, runs on into a line below that
    opens with a name (kg/data/reader/object-verbs.txt, kg/reader/titles.py)."""
    return frozenset(_entries("object-verbs.txt"))


@cached
def closings() -> frozenset[str]:
    return frozenset(w.lower() for w in _entries("closings.txt"))


@cached
def salutation_words() -> tuple[str, ...]:
    return tuple(_entries("salutations.txt"))


@cached
def chrome_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _entries("chrome.txt"))


@cached
def part_headings() -> dict[str, str]:
    """Lower-cased heading line → part kind ('notes', 'related')."""
    table = {}
    for entry in _entries("sections.txt"):
        kind, heading = entry.split("\t", 1)
        table[heading.strip().lower()] = kind.strip()
    return table


def is_chrome(text: str) -> bool:
    return any(p.search(text) for p in chrome_patterns())


@cached
def east_asian_family_names() -> frozenset[str]:
    """Korean (and common Chinese) family names as romanized in print, lower case
    (kg/data/reader/east-asian-family-names.txt says where they come from). The entities stage
    reads them too (kg.nlp.entities.names), from the folder kg.nlp.cuedata.bind binds."""
    return frozenset(w.lower() for w in _entries("east-asian-family-names.txt"))


@cached
def name_particles() -> frozenset[str]:
    """The lower-case particles a person's name may hold ("Ana de la Cruz"): the entities
    stage's connectors (kg/data/nlp/entities.toml `connectors`) loaded by kg.nameparticles,
    so that a byline and the entities stage take the same words for a name's particles. They
    are the data folder's (the bound reader folder's parent), as the entities stage's are."""
    return nameparticles.load(current().folder.parent)


@cached
def hyphened_particles() -> frozenset[str]:
    """The particles joined by a hyphen to a name's capitalised word ("Omar al-Kelvi"): the
    entities stage's `name_particles` (kg/data/nlp/entities.toml), loaded by kg.nameparticles
    from the data folder, as name_particles are."""
    return nameparticles.load_hyphened(current().folder.parent)


@cached
def hyphened_alternation() -> str:
    """hyphened_particles as a regular expression's alternatives (kg.nameparticles.alternation)."""
    return nameparticles.alternation(hyphened_particles())


@cached
def elided_particles() -> frozenset[str]:
    """The particles elided before a name's capitalised part with an apostrophe ("Claire
    d’Kelvaine"): the entities stage's `elided_particles` (kg/data/nlp/entities.toml), loaded by
    kg.nameparticles from the data folder, as name_particles are."""
    return nameparticles.load_elided(current().folder.parent)


@cached
def elided_alternation() -> str:
    """elided_particles as a regular expression's alternatives (kg.nameparticles.alternation)."""
    return nameparticles.alternation(elided_particles())


@cached
def particle_alternation() -> str:
    """name_particles as a regular expression's alternatives (kg.nameparticles.alternation),
    for the patterns of names (kg.reader.patterns, kg.reader.items)."""
    return nameparticles.alternation(name_particles())


@cached
def capitalised_particles() -> frozenset[str]:
    """The particles name_case gives a capital in a name printed in capitals only ("Van Der
    Linden"; kg/data/reader/capitalised-particles.txt says why)."""
    return frozenset(w.lower() for w in _entries("capitalised-particles.txt"))


@cached
def mac_names() -> dict[str, str]:
    """Lower-cased "Mac" family names → their spelling with the capital after "Mac" ("maclean" →
    "MacLean"; kg/data/reader/mac-names.txt): a name in capitals is cased by this list, since
    "Mac" alone does not say whether a capital follows ("Mack", "Machado")."""
    return {n.lower(): n for n in _entries("mac-names.txt")}


@cached
def periodical_names() -> tuple[str, ...]:
    """Lower-cased names a masthead's name line may carry without '(logo)'."""
    return tuple(n.lower() for n in _entries("periodicals.txt"))


def names_paper_column(text: str) -> bool:
    """A column's standing head that names the paper ("Ask the Militant", "Militant
    Interview"): three words at most, one of them the periodical's name without its article
    (kg/data/reader/periodicals.txt), no sentence's end. A headline about the paper says more
    ("Workers welcome the Militant at plant gate")."""
    t = text.strip()
    if not t or len(t.split()) > 3 or t[-1] in ".!?:;,":
        return False
    folded = [w.lower() for w in t.split()]
    return any(n.split()[-1] in folded for n in periodical_names())


@cached
def taglines() -> tuple[str, ...]:
    """Lower-cased taglines printed right above the volume line on the 2000 site's pages, under
    the site's navigation ("A socialist newsweekly published in the interests of working
    people"): the masthead, with everything above it page chrome."""
    return tuple(n.lower() for n in _entries("taglines.txt"))


@cached
def periodical_name() -> str:
    """The name given to a masthead that has only its volume line (the first entry)."""
    return _entries("periodicals.txt")[0]


@cached
def _photo_credits() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _entries("photo-credits.txt"))


def is_photo_credit(text: str) -> bool:
    return any(p.fullmatch(text) for p in _photo_credits())


CREDIT_NAME_MAX_WORDS = 4
# The fewest words of a caption's sentences: for a credit glued to its caption here, and for every
# caption step of the header (kg.reader.header), one figure for both.
CAPTION_MIN_WORDS = 6
# Where a credit's name may end and its caption begin: a space, or a small letter glued to a
# capital ("Militant/Naomi KrauseTony Lane, …": the site's figure copied as one line).
_CREDIT_END_RE = re.compile(r"(?<=[a-zß-ÿ.])(?= )|(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ“\"‘])")


def glued_credit(text: str, captions: tuple[str, ...] = ()) -> int | None:
    """Where the caption begins in a line that opens with a photo's credit glued to its caption
    (today's site, a figure copied as one line: "Militant/Tom LeeVolunteers unload water …", or
    with a space, "Militant/Tom Lee Volunteers unload water …", when the page prints the same
    caption elsewhere: `captions`). The credit is a credit line of photo-credits.txt of at most
    CREDIT_NAME_MAX_WORDS words after its slash; glued with no space, the caption must be a
    sentence of CAPTION_MIN_WORDS words or more. None for any other line."""
    if "/" not in text[:40]:
        return None
    found = None  # the last place that fits: "Militant/Ana McDonaldStrikers …" ends after McDonald
    for m in _CREDIT_END_RE.finditer(text):
        credit, rest = text[:m.start()], text[m.start():].lstrip()
        if len(credit.split("/", 1)[-1].split()) > CREDIT_NAME_MAX_WORDS:
            break
        if not is_photo_credit(credit):
            continue
        glued = not text[m.start()].isspace()
        if rest in captions or (glued and len(rest.split()) >= CAPTION_MIN_WORDS
                                and rest.rstrip("’”'\")").endswith((".", "!", "?"))):
            found = len(text) - len(rest)
    return found


# A sentence's end, then a space: where a credit set after its caption may begin.
_SENTENCE_END_RE = re.compile(r"(?<=[.!?’”\"')])\s+(?=\S)")


def trailing_credit(text: str) -> int | None:
    """Where a photo's credit begins that the site set after its caption on the caption's line
    ("Protesters gather outside the court May 7. Militant/Tom Lee"): the rest of the line after
    a sentence's end is a credit line of photo-credits.txt, and a sentence stands before it.
    None for any other line. The credit may stand in brackets ("… Feb. 3. (Militant photo)"),
    as a caption's credit often is; the brackets are the credit's."""
    for m in _SENTENCE_END_RE.finditer(text):
        rest = text[m.end():].rstrip()
        bracketed = rest.startswith("(") and rest.endswith(")")
        if bracketed:
            rest = rest[1:-1].strip()
        if m.start() > 0 and (is_photo_credit(rest) or bracketed and _credited_body(rest)):
            return m.end()
    return None


# Small words a body's name may hold between its capitalised words ("Voice of the Kelvo Miners")
_NAME_GLUE = frozenset({"of", "the", "and", "for", "de", "del", "la", "du", "des"})


def _credited_body(text: str) -> bool:
    """A body or publication named in brackets after a caption's last sentence ("… Feb. 22.
    (Kelvo Workers News)"), as today's site credits a photo it took from a union's or a paper's
    page: one to five words, each capitalised but the small words of a name, no digit, no stop
    of its own. Two of the held-out sets' 2020–2021 site pages credit a photo so; the caption
    was read as the first paragraph and the dateline under it missed (set DF, 2026-12-07,
    rdr48). A sentence in brackets ("(We won’t go back.)") is none."""
    words = text.split()
    if not 1 <= len(words) <= 5 or any(c.isdigit() for c in text) or text[-1:] in ".!?":
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w in _NAME_GLUE for w in words)


@cached
def _caption_cues() -> tuple[re.Pattern[str], ...]:
    places = "|".join(re.escape(p) for p in sorted(photo_positions(), key=lambda p: (-len(p), p)))
    bracketed = re.compile(rf"\((?:{places})(?:,[^)]*)?\)")
    return (bracketed, *(re.compile(p) for p in _entries("caption-cues.txt")))


@cached
def photo_positions() -> tuple[str, ...]:
    """Where a caption places a person ("left", "second from left", "seated"), as printed in
    brackets after the name: the one list the reader's caption test and the entity stage's
    role after a name read (kg/data/reader/photo-positions.txt)."""
    return tuple(_entries("photo-positions.txt"))


def places_pictured(text: str) -> bool:
    """Does a line place the people of a photo ("Ana Ruiz (center) speaks…", "above")? Then
    it is a caption, not a paragraph."""
    return any(p.search(text) for p in _caption_cues())


WRITER_TITLE_MAX_WORDS = 16


@cached
def _writer_title_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _entries("writer-titles.txt"))


def names_writer_title(text: str) -> bool:
    """Is the part after a name's comma on a byline or sign-off the writer's title ("Socialist
    Workers Party candidate for mayor", "Militant staff writer")? A short phrase with a word of
    kg/data/reader/writer-titles.txt and no sentence in it."""
    words = re.findall(r"[\w’'-]+", text.lower())
    return (0 < len(words) <= WRITER_TITLE_MAX_WORDS
            and not text.rstrip().endswith(("?", "!", "."))
            and not any(q in text for q in "“”\"")
            and bool(set(words) & _writer_title_words()))


REVIEW_HEADER_MAX = 240  # characters: a review's header is one short line
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")


@cached
def _review_headers() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _entries("review-headers.txt"))


def is_review_header(text: str) -> bool:
    """Does a line name the work a review is about ("The Coal Wars by Ruth Miller. Pathfinder,
    2003. 240 pp. $18.")? A short line with a year and a cue of kg/data/reader/review-headers.txt
    (pages, ISBN, "directed by", minutes): the review's header, which the reader keeps out of
    the deck and the captions and reads as the review's introduction."""
    return (len(text) <= REVIEW_HEADER_MAX and bool(_YEAR_RE.search(text))
            and any(p.search(text) for p in _review_headers()))


REVIEW_HEADER_LINES = 6  # lines of a review's header set one item a line
REVIEW_HEADER_LINE_MAX = 110  # characters: each a short line, no paragraph


def is_review_header_block(lines: Sequence[str]) -> bool:
    """Do these lines, set one under the other with no blank line between, name the work a
    review is about, one item a line (today's site: "Harbor Days: The Dockers' Strikes" / "by
    Ana Ruiz" / "Red Press, 2021" / "312 pages, $24")? Two to six short lines that, read as
    one, are a review's header (is_review_header: a year and a cue such as pages or ISBN)."""
    return (2 <= len(lines) <= REVIEW_HEADER_LINES
            and all(0 < len(t) <= REVIEW_HEADER_LINE_MAX for t in lines)
            and is_review_header(" ".join(lines)))


def is_standing_head(text: str) -> bool:
    """A line that names the kind of piece as a standing head over the headline on a print
    page: in capitals ("IN REVIEW", "BOOK REVIEW", "EDITORIAL", "MILITANT INTERVIEW") or a word
    or two ("Editorial", "Book review"), ending on a word of kg/data/reader/kickers.txt. A
    longer line in lower case ("Workers issue appeal") may be a headline of its own; a
    column's head of several words ("Reply to a reader", "In reply to a reader") is one when
    it is a phrase of the list, with one word at most before it."""
    t = text.strip()
    if not names_genre(t):
        return False
    n = len(t.split())
    low = t.lower()
    phrase = any(" " in w and (low == w or low.endswith(" " + w)) and n <= len(w.split()) + 1
                 for w in _genre_words())
    return t.upper() == t or n <= 2 or phrase


@cached
def _page_kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for entry in _entries("pages.txt"):
        kind, pattern = entry.split("\t", 1)
        out.append((kind.strip(), re.compile(pattern.strip(), re.IGNORECASE)))
    return tuple(out)


@cached
def _bare_labels() -> frozenset[str]:
    return frozenset(w.lower() for w in _entries("bare-labels.txt"))


def is_bare_label(text: str) -> bool:
    """A label printed without its brackets ("lead article"; kg/data/reader/bare-labels.txt)."""
    return " ".join(text.split()).lower() in _bare_labels()


def page_kind(headline: str) -> str | None:
    """'letters', 'years-ago' or 'briefs' when the headline names a page made of items."""
    return next((kind for kind, p in _page_kinds() if p.fullmatch(headline.strip())), None)


@cached
def _signature_cues() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for entry in _entries("signatures.txt"):
        kind, text = entry.split("\t", 1)
        table.setdefault(kind.strip(), []).append(text.strip().lower())
    return {k: tuple(v) for k, v in table.items()}


# "in" and the place the anonymous writer writes from: one to four capitalised words, a comma
# between a town and its state ("A prisoner in Huntsville, Texas")
_ANONYMOUS_FROM_RE = re.compile(r"^(?P<who>.+?)\s+in\s+[A-ZÀ-Þ][\w.’'-]*(?:,?\s+[A-ZÀ-Þ][\w.’'-]*){0,3}$")


def is_anonymous_signer(text: str) -> bool:
    """'A prisoner', 'Name withheld': a signature that names no one; so does one that says only
    where its writer is ('A reader in Suva', 'A prisoner in Huntsville, Texas': a 2000 letters
    page signed so, set DL, was read with no signer, 2026-12-07, rdr48)."""
    t = text.strip().rstrip(",")
    anonymous = _signature_cues().get("anonymous", ())
    if t.lower() in anonymous:
        return True
    m = _ANONYMOUS_FROM_RE.match(t)
    return m is not None and m.group("who").lower() in anonymous


def is_signed_line(text: str) -> bool:
    """'Signed,': the line over a statement's signers (`signed` in signatures.txt)."""
    return text.strip().rstrip(",:").lower() in _signature_cues().get("signed", ())


def is_via_line(text: str) -> bool:
    """'By e-mail': how a letter came, printed where the writer's town would be."""
    return text.strip().lower() in _signature_cues().get("via", ())


def opens_with(kind: str, text: str) -> bool:
    """Does `text` open with one of the cue phrases of `kind` ('column-intro', 'editor-note')?"""
    low = text.lower().replace("’", "'")
    return any(low.startswith(c.replace("’", "'")) for c in _signature_cues().get(kind, ()))


def _has_cue_word(text: str, kind: str) -> bool:
    """Does `text` hold, as a word of its own (bare of marks and a possessive's "'s"), one of
    the cue words of `kind` in kg/data/reader/signatures.txt?"""
    words = {re.sub(r"['’]s$", "", w.strip(",.;:!?’'\"“”‘()[]")).lower() for w in text.split()}
    return bool(words & set(_signature_cues().get(kind, ())))


def speaks_of_letters(text: str) -> bool:
    """Does a short untitled text hold a word of a letters column's own note ("letters",
    "readers'", "initials"; `note-word` in kg/data/reader/signatures.txt)?"""
    return _has_cue_word(text, "note-word")


def names_spoken(text: str) -> bool:
    """Does an excerpt's source name something said ("a talk", "remarks", "a speech";
    `spoken` in kg/data/reader/signatures.txt)? Its speaker is not the page's writer."""
    return _has_cue_word(text, "spoken")


def names_handler(text: str) -> bool:
    """Does the text before "by" end on a word naming who handled a book, not who wrote it
    ("published", "edited", "translated"; `not-writer` in kg/data/reader/signatures.txt)?"""
    words = text.split()
    return bool(words) and words[-1].strip(",.;:").lower() in _signature_cues().get("not-writer", ())


def names_organization(text: str) -> bool:
    """A signature that names an organisation ("… Workers' Party"): a signer, not a person."""
    words = {w.strip(",.’'").lower() for w in text.split()}
    return bool(words & set(_signature_cues().get("organization-word", ())))


def names_people(names: str) -> bool:
    """Can the names of a title-case byline be people's ("Ana Ruiz and Tom Lee")? Not when a
    word of them is a function word (kg/data/reader/continuation-words.txt, "and" apart) or a
    word no name holds (`not-name` in kg/data/reader/signatures.txt): "By Any Means Necessary"
    is a title."""
    stop = (continuation_words() - {"and"}) | set(_signature_cues().get("not-name", ()))
    return not any(w.strip(",.’'").lower() in stop for w in names.split())


@cached
def _genre_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in _entries("kickers.txt"))


@cached
def series_nouns() -> frozenset[str]:
    """Nouns that end a series head over a headline ("Socialist Workers Party 2018 campaign";
    kg/data/reader/series-heads.txt, kg/reader/kickers.py `_series_kicker`)."""
    return frozenset(w.lower() for w in _entries("series-heads.txt")
                     if not w.startswith("glue:"))


@cached
def series_glue() -> frozenset[str]:
    """Small words a series head may hold between its names ("Party of Socialism 2024
    campaign"): the function words listed in kg/data/reader/series-heads.txt after `glue:`."""
    return frozenset(w.split(":", 1)[1].strip().lower() for w in _entries("series-heads.txt")
                     if w.startswith("glue:"))


def names_genre(text: str, max_words: int = 7) -> bool:
    """Does a short line name the kind of piece ("Socialist Workers Party statement", "Militant
    interview")? Such a line over the headline is its kicker. At most `max_words` words, no
    closing punctuation, and it ends on a word of kg/data/reader/kickers.txt."""
    low = text.strip().lower()
    if not low or len(low.split()) > max_words or low[-1] in ".:;,!?'\"’”":
        return False
    return any(low == w or low.endswith(" " + w) for w in _genre_words())
