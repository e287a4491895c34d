"""The line shapes the reader recognises, in one place (see docs/reader.md for examples).

The paper's text pages changed over the years: `--` for a dash and straight quotes (1990s to
2002), `—` and curly quotes later, a spaced ` — ` from about 2013, `Vol.63/No.34` and
`Vol. 70/No. 33`, and on today's site `Vol. 86/No. 9 - March 7, 2022`. Each pattern here
accepts every form; what varies from page to page (cue words, section names) is data.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.reader import cues

MONTHS = ("January February March April May June July August September October November "
          "December").split()
_MONTH = "|".join(MONTHS)
# The spaces of a date may be no-break spaces (U+00A0), as a page copied from a browser or saved
# by a word processor has them ("November\u00a07,\u00a02005"): the volume line was not found and
# the page refused as having no masthead.
_SP = "[ \u00a0]"
_DATE = rf"({_MONTH})\.?{_SP}(\d{{1,2}}),{_SP}(\d{{4}})"
DATE_RE = re.compile(_DATE)
# A dash in any of the paper's spellings: em dash, en dash, two hyphens.
DASH = r"(?:—|–|--)"
# "Vol. 64/No. 38October 9, 2000": the 2000 site's pages glue the date to the issue number.
MASTHEAD_RE = re.compile(r"Vol\.\s*(\d+)\s*/\s*No\.\s*(\d+(?:[-–/]\d+)?)\s*(?:[-–—]\s+)?" + _DATE)
# Today's site's issue line with its spaced hyphen: "Vol. 83/No. 1 - January 7, 2019". An
# article prints it once; the site's listing pages (an author's, a tag's, a category's) print it
# under every teaser's headline.
SITE_ISSUE_LINE_RE = re.compile(r"Vol\.\s*\d+\s*/\s*No\.\s*\d+(?:[-–/]\d+)?\s+-\s+" + _DATE)
# A letter's signature line signing for a body under the signer's name ("For the National
# Committee", "On behalf of the Executive Committee").
SIGNS_FOR_RE = re.compile(r"(?:For|On\s+behalf\s+of)\s", re.IGNORECASE)
# The volume line with its date on the next line: "Vol. 84/No. 8" / "March 2, 2020".
VOLUME_LINE_RE = re.compile(r"Vol\.\s*(\d+)\s*/\s*No\.\s*(\d+(?:[-–/]\d+)?)\s*(?:[-–—]\s*)?")
# A label on its own line near the headline: "(front page)", "(lead article)"; pages of about
# 2000 print the section's tag in braces, "{Editorial}", "{Reporter's notebook column}". The
# closing bracket must match the opening one; group 1 is the text inside.
LABEL_RE = re.compile(r"^(?:\((?=.*\)$)|\{(?=.*\}$))(.+)[)}]$")
BYLINE_RE = re.compile(r"^BY\s+(.+?)\s*$")
# Capital letters, with the accented ones of Latin-1 ("TOMÁS ARREDONDO", "BOGOTÁ") and of Latin
# Extended-A and -B, as Polish, Czech, Turkish and Romanian names are printed in capitals
# ("GDAŃSK, Poland—", "ŁÓDŹ", "ŞANLIURFA"). Extended-A mixes capitals and small letters one by
# one, so the class lists the capitals Python's own tables name (2026-12-05, ent83: a "Years Ago"
# item's dateline with "Ń" was missed).
_EXTENDED_CAPITALS = "".join(chr(c) for c in range(0x100, 0x250) if chr(c).isupper())
UP = "A-ZÀ-ÖØ-Þ" + _EXTENDED_CAPITALS
# Today's site writes bylines in title case: "By Terry Evans", "By Ana Ruiz and Tom Lee". A
# name's word opens with any capital of Latin-1, accented ones too ("Álvaro", the Irish "Ó" of
# "Rory Ó Dorráin", a word of one letter; it was missed before, 2026-12-04, rdr20).
_NAME_WORD = rf"(?:[{UP}][\w’'.-]*|[{UP}]\.)"
# Small words inside names, in lower case after the first word ("Ana de la Cruz"): the entities
# stage's particles, from its data (kg.reader.cues.name_particles), as regex alternatives. They
# are data of the bound folder (`kg build --data`), so every pattern that holds them is a
# cues.CuePattern, compiled once per folder, and what builds its text is a function. A word opened
# by a particle and a hyphen ("By Omar al-Kelvi", _hyphened_word) is a name's word too: such a
# byline over a report after ***** was no byline, and the report was lost (2026-12-05, rdr26).


def _particles() -> str:
    return cues.particle_alternation()


TITLE_BYLINE_RE = cues.CuePattern(
    lambda: rf"^By\s+({_NAME_WORD},?(?:\s+(?:{_NAME_WORD},?|{_hyphened_word()},?|{_elided_word()},?"
            rf"|{_particles()}"
            rf"|and|,))*)\s*$")
# A byline or sign-off with the writer's title after a comma: "By Ana Ruiz, Communist League
# candidate", "—ANA DIAZ, Socialist Workers Party candidate for governor". The reader takes
# such a line only when the title holds a word of kg/data/reader/writer-titles.txt.
TITLE_BYLINE_ROLE_RE = cues.CuePattern(
    lambda: rf"^By\s+({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_hyphened_word()}|{_elided_word()}"
            rf"|{_particles()}|and))*),"
            rf"\s+([^,\n][^\n]*?)\s*$")
# Today's site, a second writer on the byline's next line: "By Ana Ruiz" / "and Tom Lee" (the
# print pages' "AND PETER LUND" is read by the body's SECOND_BYLINE_RE).
TITLE_SECOND_BYLINE_RE = cues.CuePattern(
    lambda: rf"^and\s+({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_hyphened_word()}|{_elided_word()}"
            rf"|{_particles()}))*)\s*$")
# A photographer's name alone on its line, as today's site credits a photo between the date line
# and the caption ("Ana Ruiz", "Rosa de la Cruz"): two to four capitalised words, no full stop.
CREDIT_NAME_RE = cues.CuePattern(
    lambda: rf"^{_NAME_WORD}(?:\s+(?:{_particles()}))*(?:\s+[{UP}][\w’'-]*"
            rf"(?:\s+(?:{_particles()}))*){{1,3}}$")
# An obituary's title: a person's name and the years of birth and death ("Ana Ruiz, 1931-1997",
# "Ana Ruiz (1931–1997)", "Ana Ruiz: 1931–1997", perhaps a description after a colon or comma:
# "Ana Ruiz, 1931–2022: packer and socialist"). It names the one the page is about: a headline,
# or an item's title on a letters page, never a kicker over another title.
LIFE_DATES_TITLE_RE = cues.CuePattern(
    lambda: rf"^(?P<name>{_NAME_WORD}(?:\s+(?:{_particles()}))*(?:\s+[{UP}][\w’'-]*"
            rf"(?:\s+(?:{_particles()}))*){{1,3}})(?:,\s*|:\s*|\s+\(|\s+)(?:1[89]|20)\d\d\s*(?:{DASH}|-)\s*(?:1[89]|20)\d\d\)?"
            rf"(?:[:,]\s+\S.*)?$")
# The same with the second writer's title after a comma, as under a byline with its title ("By
# Ana Ruiz, Communist League member in Montreal," / "and Tom Lee, Socialist Workers Party member
# in Miami"): read only when the title is a writer's (headerlines.second_title_byline).
TITLE_SECOND_BYLINE_ROLE_RE = cues.CuePattern(
    lambda: rf"^and\s+({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_particles()}))*),\s+"
            rf"([^,\n][^\n]*?)\s*$")
# The editors' answer to a letter in brackets, signed: "[We agree. … —Editor]" (2000s).
EDITOR_REPLY_RE = re.compile(rf"^\[.+{DASH}\s?(?:The\s+)?Editors?\.?\]$")
# A listed event's day, with no year: "Fri., Dec. 21, 7:30 p.m.", "Sat. Feb. 23", "Sun., Aug. 11".
_EVENT_DAY = (r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?\s+"
              r"(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b")
EVENT_DATE_RE = re.compile(rf"^{_EVENT_DAY}")
# The day inside the event's line, after its title's full stop (2001 listings abroad): "Cuba and
# the Coming Revolution. Fri., July 20, 7:00 p.m. 12 Harbour Lane. Donation: $3."
EVENT_DAY_IN_LINE_RE = re.compile(rf"(?<=[.!?”\"’] ){_EVENT_DAY}")
SPEAKER_RE = re.compile(r"^Speakers?:\s")
# The speakers inside an event's paragraph, after its title's full stop (2020 print listing):
# "Lessons of the Rail Strike. Speaker: Ana Ruiz, Socialist Workers Party. Fri., Feb. 14, …"
SPEAKER_IN_LINE_RE = re.compile(r"(?<=[.!?”\"’] )Speakers?:\s")
# The run-in date opening an entry of a reporter's notebook or a diary column (entries set off
# by *****, 2000s print): "Feb. 21--", "Feb. 21 —", "Monday, Feb. 21.", "FEBRUARY 21 —",
# "Tuesday, February 22, 2000:". Group 1 the date as printed, then the month, the day and the
# year when one is printed; the entry's text follows the dash, full stop or colon.
_WEEKDAY = r"(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RUN_IN_MONTH = rf"(?i:{_MONTH}|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)"
ENTRY_DATE_RE = re.compile(
    rf"^((?:{_WEEKDAY},?\s+)?({_RUN_IN_MONTH})\.?\s+(\d{{1,2}})(?:,\s+(\d{{4}}))?)"
    rf"(?:\s*(?:—|–|--)\s*|\.\s+|:\s+)(?=\S)")
# "*****" between the parts of a page; some pages space the stars out ("* * *", "* * * * *").
SEPARATOR_RE = re.compile(r"^\*(?: ?\*){2,}$")
# A book entry's price line ("Books of the month", Pathfinder's specials): the list price, then
# the offer ("$20. Special price: $15", "$16.00, Readers Club price: $12.00", "$10. Special
# offer: $7"), or the offer alone ("Special price: $15"). Groups `list`, `label`, `special`: the
# prices and the words naming the offer, read into the entry's Book (kg.reader.books).
BOOK_PRICE_RE = re.compile(
    r"^(?:(?P<list>\$\d+(?:\.\d{2})?)[.,]?\s+)?(?P<label>(?:[A-Za-z’']+\s+){0,3}(?:price|offer))"
    r"\s*:?\s*(?P<special>\$\d+(?:\.\d{2})?)\.?$", re.IGNORECASE)
# The same prices run into the end of an entry's description, after its last sentence (2011
# print: "… what the union stood for. $16. Special price: $12"): both prices, so that a
# sentence that only names a sum is no entry's close.
BOOK_PRICE_END_RE = re.compile(
    r"[.!?][’”'\"]?\s+(?P<list>\$\d+(?:\.\d{2})?)[.,]?\s+(?P<label>(?:[A-Za-z’']+\s+){0,3}"
    r"(?:price|offer))\s*:?\s*(?P<special>\$\d+(?:\.\d{2})?)\.?$", re.IGNORECASE)
# A book entry's author line over its price: "by Ana Ruiz", "by Ana Ruiz, Tom Lee and Jo Park".
BOOK_BY_RE = re.compile(r"^[Bb]y\s+[A-ZÀ-Ý][^.]{0,150}$")
POINT_RE = re.compile(r"^(\d{1,2})\)\s")
# A note's number: `1. Text` (print pages), or `[1] Text` (today's site and reprinted documents).
NOTE_RE = re.compile(r"^(?:(?P<number>\d{1,3})\.\s+|\[(?P<bracketed>\d{1,3})\]\s*)")
COPYRIGHT_RE = re.compile(r"^Copyright\s*(?:©|\(c\)|&copy;)?\s*(\d{4}),?\s*(?:by\s+)?([^,.;]+)",
                          re.IGNORECASE)
# An interview's turn: "Militant: How long …?", "Pérez: Three generations.", "Q: …", "A. …".
QA_TURN_RE = re.compile(rf"^(?:[QA][:.]|[{UP}][\w’'.-]*(?:\s[{UP}][\w’'.-]*){{0,2}}:)\s+\S")
# "SEOUL, South Korea—", "LONDON--", "IOWA CITY, Iowa — ", "BROOKWOOD, Ala. —",
# "PORTLAND, Oregon, June 16—", "ERBIL, Kurdistan Region, Iraq —": a place in capitals, a region
# (or a region and its country), perhaps a date (with its year,
# "HAVANA, Dec. 2, 2004—"), then a dash; or a date alone ("November 14—", "Dec. 5—", an
# obituary's or a statement's; "AUG. 29 —" in capitals, a "Years Ago" item's), the place
# being the paper's.
# 1997-1998 pages set a single hyphen between spaces: "ST. PAUL, Minnesota - Members…".
# Text follows the dash: a line in capitals ending on a dash is a headline ("MINERS STAND FIRM --").
# An en dash between two capitalised words joins them ("US–China trade tensions…"): no dateline.
# Words in capitals, as places and names are set in datelines, bylines and sign-offs ("ST. PAUL",
# "COEUR D’ALENE", "MARY-ALICE WATERS"); a "Mc" keeps its small c ("McALLEN", "DAVID McDONALD"),
# and so does any short prefix printed in mixed case before the rest of the word in capitals
# ("ROSA MacNEIL", "JEAN LeCLERC", "LUIS DeGRAFF": _MIXED_PREFIX).
# A capital, one to three small letters, then two capitals: a name's prefix printed in mixed case
# inside a word in capitals ("MacNEIL", "LeCLERC", "DeGRAFF", "FitzROY", "McDONALD").
_MIXED_PREFIX = rf"[{UP}][a-zß-öø-ÿ]{{1,3}}(?=[{UP}]{{2}})"
CAPS = rf"(?:{_MIXED_PREFIX}|[{UP}])(?:[{UP}.’' -]|(?<=[ -]){_MIXED_PREFIX})*[{UP}.]"
# A date after the dateline's region may be abbreviated ("DES MOINES, Iowa, Jan. 5—").
_DAY = rf"(?:{_MONTH}|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{{1,2}}"
# A date alone in capitals, as the paper's reports of the 1930s-1960s dated their items and as
# "Years Ago" items reprint them ("AUG. 29 — The pact…", "SEPT. 3—", "MAY 1 -- "): the month
# abbreviated or whole, then the day.
_CAPS_DAY = (r"(?:" + "|".join(m.upper() for m in MONTHS)
             + r"|JAN|FEB|MAR|APR|AUG|SEPT?|OCT|NOV|DEC)\.?\s+\d{1,2}")
# The paper writes the halves of a divided country with a small compass word ("SEOUL, south
# Korea--", "PYONGYANG, north Korea—"): the region may open with one.
_SMALL_COMPASS = r"(?:(?:north|south)\s+(?=[A-Z]))?"
# Two places of one report joined by "and" ("OAKLAND and LONG BEACH, California--"): one dateline;
# so are two places each with its region ("MAYFIELD, Kentucky, and EDWARDSVILLE, Illinois —", a
# report from two towns; set CB, 2026-12-06).
DATELINE_RE = re.compile(
    rf"^({CAPS}(?:\s+and\s+{CAPS})?(?:,\s+{_SMALL_COMPASS}[{UP}][\w.’' -]*?)?"
    rf"(?:,\s+and\s+{CAPS}(?:,\s+{_SMALL_COMPASS}[{UP}][\w.’' -]*?)?)?"
    rf"(?:,\s+(?!{_DAY})[{UP}][\w.’' -]*?)?"
    rf"(?:,\s+{_DAY}(?:,\s+\d{{4}})?)?|{_DAY}|{_CAPS_DAY})"
    rf"(?:\s*(?:—|--)|\s*–(?![{UP}])|\s+–|\s+-\s)(?=\s*\S)")
# "—JOHN STUDER", "--MARIA ORTEGA", "—Maria Ortega": the writer's name after a dash, on its own
# line (in capitals, or two to four capitalised words). A report by two or three writers signs
# with all their names, joined by "and" and commas ("—Ana Ruiz and Tom Lee", "—ANA RUIZ, TOM
# LEE AND JO PARK"): SIGNOFF_NAMES_RE cuts the group into names. Small particles may stand
# before a capitalised word after the first ("—Luis de la Torre", "—Ana van der Berg"), as in
# bylines; a name never ends on one.


def _signoff_name() -> str:
    return (rf"[{UP}][\w.’'-]*(?:\s+(?:(?:{_particles()})\s+)*"
            rf"[{UP}][\w.’'-]*){{1,3}}")


SIGNOFF_RE = cues.CuePattern(
    lambda: rf"^{DASH}\s?({CAPS}(?:,\s+{CAPS})*"
            rf"|{_signoff_name()}(?:(?:,\s+|,?\s+and\s+){_signoff_name()})*)$")
# A second writer on the capitals byline's next line: "AND PETER LUND" (also with a title).
SECOND_BYLINE_RE = re.compile(rf"^AND\s+({CAPS}(?:,.*)?)$")
SIGNOFF_ROLE_RE = cues.CuePattern(
    lambda: rf"^{DASH}\s?({CAPS}|{_signoff_name()}(?:,?\s+and\s+{_signoff_name()})?)"
            rf",\s+([^\n]*[a-z][^\n]*?)\s*$")
SIGNOFF_NAMES_RE = re.compile(r"[^,]+?(?=\s*(?:,\s*and\s+|,|\s+and\s+|$))", re.IGNORECASE)
# A campaign statement names its author in its first line, in place of a byline: "Statement by
# Ana Ruiz, Socialist Workers Party candidate for governor, May 2.", "The following statement
# was released Oct. 10 by Ana Ruiz, SWP candidate for mayor.", "Statement issued Jan. 25 by Ana
# Ruiz, …", "This statement by Ana Ruiz, a rail worker and SWP candidate …, was released Sept.
# 20." (today's site), "The following statement is by Ana Ruiz, …" (2015), "The following
# statement by Ana Ruiz, …, was released April 20." (2017), or the name first: "Ana Ruiz, the
# Socialist Workers Party candidate for president, issued the following statement June 3." The
# name (two to four capitalised words, particles allowed, "al-" and the like joined by a hyphen;
# two names joined by "and" for a ticket) is followed by a comma and the writer's title; "by the
# Socialist Workers Party campaign" names no one.


def _hyphened_word() -> str:
    """A name's word opened by a particle and a hyphen ("al-Kelvi", "ben-Dorrow"): capitalised by
    its second part, as the entities stage reads it (cues.hyphened_particles)."""
    return rf"(?:{cues.hyphened_alternation()})-[{UP}][\w’'.-]*"


def _elided_word() -> str:
    """A name's word opened by an elided particle and an apostrophe ("d’Kelvaine", "dell’Orvio",
    "d’Kelvaine-Lenoir"): capitalised after the mark, as the entities stage reads it
    (cues.elided_particles). A byline whose second writer bore one was no byline, and the deck
    over it was lost (2026-12-05, rdr27)."""
    return rf"(?:{cues.elided_alternation()})[’'][{UP}][\w’'.-]*"


def _statement_name() -> str:
    return rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_hyphened_word()}|{_particles()})){{1,3}}"


def _statement_names() -> str:
    return rf"({_statement_name()}(?:\s+and\s+{_statement_name()})?)"


STATEMENT_AUTHOR_RE = cues.CuePattern(
    lambda: rf"^(?:(?:This\s+)?[Ss]tatement\s+by"
            rf"|(?:The\s+following|This)\s+statement\s+(?:(?:was|is)\s(?:[^\n]{{0,60}}?\s)?)?by"
            rf"|Statement\s+(?:issued|released)\s[^\n]{{0,40}}?\sby)\s+"
            rf"{_statement_names()}(?:,\s|\s+on\s+behalf\s+of\s)")
STATEMENT_AUTHOR_FIRST_RE = cues.CuePattern(
    lambda: rf"^{_statement_names()},\s[^\n]{{3,160}}?,\s(?:issued|released)\s+(?:the\s+following|this)"
            rf"\s+statement\b")
# A ticket whose writers each have a title: "… by Ana Ruiz, SWP candidate for mayor, and Tom
# Dorrow, SWP candidate for Congress." The second name (group 1) follows the first's title and
# ", and"; its own title (group 2) runs to the next comma or the sentence's end. The caller
# holds both titles to a writer's (cues.names_writer_title).
STATEMENT_SECOND_AUTHOR_RE = cues.CuePattern(
    lambda: rf",\s+and\s+({_statement_name()}),\s+([^,\n]+?)(?=,|\.(?:\s|$)|$)")

# An excerpt's introduction names the book and its writer, in place of a byline: "The following
# is an excerpt from Mill Town Battles by Ana Ruiz, a retired weaver.", "Below is an excerpt from
# the new book Title, by Ana Ruiz.", "The excerpt below is taken from the introduction by Ana
# Ruiz to …". Group 1 what the excerpt is from (read by the caller: a talk or a speech names a
# speaker, "published by" a publisher), group 2 the name(s) after "by", followed by punctuation,
# "to" (an introduction to a book) or a verb; the source stays in the paragraph's first
# sentence (no full stop after a lower-case word before "by").
EXCERPT_AUTHOR_RE = cues.CuePattern(
    lambda: rf"^[^.\n]{{0,40}}?\bexcerpts?\s+(?:below\s+)?(?:(?:is|are|was|were)\s+)?(?:taken\s+)?"
            rf"from\s+((?:(?!(?<=[a-z]{{2}})\.\s)[^\n]){{1,200}}?),?\s+by\s+{_statement_names()}"
            rf"(?=[,.;:)]|\s+(?:to|is|was|who|and\s+(?:is|was|published))\b|$)")


def to_date(month: str, day: str, year: str) -> dt.date:
    """Raise ValueError for an impossible date (the caller names the line)."""
    return dt.date(int(year), MONTHS.index(month) + 1, int(day))


def event_date(month: str, day: str, issue: dt.date) -> dt.date:
    """The listed day ("Dec.", "21") in the year that puts it nearest the issue's date (a
    December issue lists January events of the next year). ValueError for an impossible day."""
    number = [m[:3] for m in MONTHS].index(month[:3]) + 1
    days = []
    for year in (issue.year - 1, issue.year, issue.year + 1):
        try:
            days.append(dt.date(year, number, int(day)))
        except ValueError:
            continue  # 29 February in a year that has none: the other years decide
    if not days:
        raise ValueError(f"{month} {day} is in no year")
    return min(days, key=lambda d: abs((d - issue).days))


def entry_date(text: str, issue: dt.date) -> tuple[re.Match[str], dt.date] | None:
    """The run-in date opening a notebook's entry ("Feb. 21--The cooperative…") and the day it
    names: the printed year, else the issue's year, or the year before when the day would fall
    after the issue's date (a January issue's "Dec. 28—" was written in December of the year
    before). None when the paragraph opens with no such date, or with an impossible one."""
    m = ENTRY_DATE_RE.match(text)
    if m is None:
        return None
    number = [n[:3] for n in MONTHS].index(m.group(2)[:3].capitalize()) + 1
    try:
        if m.group(4):
            return m, dt.date(int(m.group(4)), number, int(m.group(3)))
        day = dt.date(issue.year, number, int(m.group(3)))
        return m, day if day <= issue else dt.date(issue.year - 1, number, int(m.group(3)))
    except ValueError:
        return None


def name_case(upper: str, text: str) -> str:
    """'JACK BARNES' → the spelling the text uses elsewhere ('Jack Barnes'), else title case. A
    particle the page prints small or in mixed case among the capitals ('PIETRO le KELVIN',
    'NIAMH Mac DARA') keeps the page's spelling (name_in_capitals)."""
    for m in re.finditer(r"(?<!\w)" + re.escape(upper) + r"(?!\w)", text, re.IGNORECASE):
        if not name_in_capitals(m.group(0)):
            return m.group(0)
    words = upper.split()
    family = any(w.lower() in cues.east_asian_family_names() for w in words)
    return " ".join(w if n and _printed_particle(w) and n < len(words) - 1
                    else w.lower() if n and w.lower() in cues.name_particles() and n < len(words) - 1
                    and w.lower() not in cues.capitalised_particles()
                    else _east_asian_given(w) if family and _syllables(w)
                    else _title_word(w) for n, w in enumerate(words))


# One syllable of Korean or Chinese as romanized in names (Revised Romanization, McCune-Reischauer,
# Wade-Giles and the spellings people give their own names): an initial, a glide, a vowel, a
# final. "Ji", "won", "Geun", "hye", "Kai", "shek", "Yat"; not "Philippe", "Marie", "Anne".
_SYLLABLE_RE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|sh|ts|hs|[gkndtrlmbpsjhcfwyz])?[’']?[wy]?"
    r"(?:ae|eo|eu|oe|ui|oo|ee|ou|ai|ao|ei|ia|ie|io|iu|ua|uo|a|e|i|o|u)(?:ng|[knlmptgbh])?",
    re.IGNORECASE)


def _syllables(word: str) -> bool:
    """'JI-WON', 'GEUN-HYE', 'KAI-SHEK': a given name of two or three syllables joined by
    hyphens, each a syllable of Korean or Chinese romanized."""
    parts = word.split("-")
    return 2 <= len(parts) <= 3 and all(_SYLLABLE_RE.fullmatch(p) for p in parts)


def _east_asian_given(word: str) -> str:
    """'JI-WON' → 'Ji-won': a Korean or Chinese given name keeps its capital on the first
    syllable only (a Western one keeps both: 'Jean-Philippe', patterns._title_word)."""
    first, _, rest = word.partition("-")
    return first[:1].upper() + _lower(first[1:]) + "-" + _lower(rest)


def _title_word(word: str) -> str:
    """'MARY-ALICE' → 'Mary-Alice', 'O’BRIEN' → 'O’Brien', 'D’ALENE' → 'D’Alene', 'McDONALD' and
    'MCDONALD' → 'McDonald', 'MACLEAN' → 'MacLean', 'W.E.B.' stays: each part after a hyphen, and after a
    one-letter prefix and apostrophe, is a name of its own. A capital after "Mc" is kept (the
    names the paper prints write it so); after "Mac" only for the names of
    kg/data/reader/mac-names.txt ("MACK", "MACHADO" are "Mack", "Machado"), or when the page
    prints the prefix in mixed case itself ("MacNEIL" → "MacNeil", "LeCLERC" → "LeClerc",
    `_MIXED_PREFIX`): mixed case inside a word in capitals is the page's evidence, kept."""
    if "-" in word:
        return "-".join(_title_word(p) for p in word.split("-"))
    if re.fullmatch(r"(?:[A-ZÀ-Þ]\.){2,}", word):
        return word  # initials run together ("W.E.B."): each is a capital of its own
    if re.match(r"^M[Cc][A-ZÀ-Þ]{2}", word):
        return "Mc" + _title_word(word[2:])
    mixed = re.match(rf"^{_MIXED_PREFIX}", word)
    if mixed:  # printed "MacNEIL", "LeCLERC": the page's small letters are evidence, kept
        return mixed.group(0) + _title_word(word[mixed.end():])
    mac = cues.mac_names().get(word.lower())
    if mac is not None:
        return mac
    parts = re.split(r"((?<=^\w)[’'])", word)
    return "".join(p[:1] + _lower(p[1:]) for p in parts)


def _lower(text: str) -> str:
    """Lower case by the simple one-letter mapping: the Turkish dotted capital "İ" is "i"
    ("ŞAHİN" → "Şahin"), where str.lower gives "i" and a combining dot above, two letters."""
    return text.replace("İ", "i").lower()


_MIXED_PREFIX_RE = re.compile(rf"(?<![\w’']){_MIXED_PREFIX}")


def in_capitals(name: str) -> bool:
    """'DAVID McDONALD' is a name in capitals: a "Mc" keeps its small c, and so does any short
    prefix printed in mixed case before a word in capitals ('ROSA MacNEIL', 'JEAN LeCLERC')."""
    return _MIXED_PREFIX_RE.sub(lambda m: m.group(0).upper(), name).isupper()


# A particle printed small or in mixed case between a name's words in capitals, as the print
# pages set them in bylines: "le", "van der", "da" (small letters only, up to four), or a Gaelic
# or Scottish patronymic prefix standing as a word of its own, "Mac", "Mc", "Nic", "Ní" (a capital
# and one to three small letters). The page's own small letters are the evidence, so no list
# of particles is needed: a byline "BY PIETRO le KELVIN" or "BY NIAMH Mac DARA KELLIHER" was
# no writer before (set AT, branch ent73).
_PRINTED_PARTICLE_RE = re.compile(rf"[a-zß-öø-ÿ]{{1,4}}|[{UP}][a-zß-öø-ÿ]{{1,3}}")


def _printed_particle(word: str) -> bool:
    return _PRINTED_PARTICLE_RE.fullmatch(word) is not None


def name_in_capitals(name: str) -> bool:
    """A name printed in capitals (in_capitals), its particles perhaps small or in mixed case
    between its words ('PIETRO le KELVIN', 'ANNA van der DORRE', 'NIAMH Mac DARA KELLIHER'):
    its first and last words are in capitals, every word between is in capitals or such a
    particle ('Ana de la Cruz' is not: its first word is not in capitals)."""
    words = name.split()
    if not words or not in_capitals(words[0]) or not in_capitals(words[-1]):
        return False
    return all(in_capitals(w) or _printed_particle(w) for w in words[1:-1])


def ends_sentence(text: str) -> bool:
    return text.rstrip("”’\"')").endswith((".", "!", "?"))


def is_prose_line(text: str) -> bool:
    """A line that is running text, not a title: long, or a sentence of many words. The text
    version breaks headlines and decks into short lines; a paragraph is one long line."""
    words = len(text.split())
    return len(text) > 110 or (words >= 14 and ends_sentence(text))
