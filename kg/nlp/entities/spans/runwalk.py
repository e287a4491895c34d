"""The walk over one region's words (kg.nlp.entities.spans.capruns `find_runs`): the words as
the scanner reads them (`region_words`), then each word in turn, through `WALK_STEPS` in order:
a registry name or a skipped span, a date, a capitalised word (which may start a new run), a
connector ("of", "of the") between the run and a capitalised word (`CONNECTOR_STEPS`: what the
word after it is decides whether the run goes on over it); any other word closes the run. The
first step that takes a word says where the walk goes on. Closing a run (what it cuts and
keeps) is kg.nlp.entities.spans.runclose's.

A new reading of one word goes into `WALK_STEPS` (or, for a word after a connector,
`CONNECTOR_STEPS`) where it must be asked: the steps before it have let the word through.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg import nameparticles
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues import edges
from kg.nlp.entities.cues.capitals import INITIALS
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import glottal, joins, leaders
from kg.nlp.entities.spans.imprints import studio_after_suffix
from kg.nlp.entities.spans.pluralbodies import english_word
from kg.nlp.entities.spans.runbounds import (
    common_noun_in_name,
    firm_then_town,
    glued_ahead,
    head_first,
    head_follows,
    people_of_place,
    plural_possessive_joins,
    possessive_firm,
    possessive_place,
)
from kg.nlp.entities.spans.runclose import close_run
from kg.nlp.entities.spans.runs import PLACE_KINDS, SMALL, WORD, Run, Word, title_case
from kg.nlp.entities.spans.runscan import RunScope, RunWalk
from kg.nlp.entities.spans.textspan import Region, TextIndex

_NUMBER_AFTER = joins.NUMBER_AFTER
_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}(?!\d)")
_POSSESSIVE_GAP = re.compile(r"['’]s ")

# A union's local or branch written as its number glued before the union's initials
# ("2231KWU", "32BJ"): the number opens the word (set V, branch ent35). A year, a sum or a
# count glued to a unit ("1990s", "$40", "5kg") is no such word: the initials must be capitals.
_NUMBER_BEFORE_ACRONYM = re.compile(r"(?<![\w$€£.,/-])\d{2,5}$")


@cached
def _apostrophed() -> frozenset[str]:
    """The particles written with an apostrophe as a word of their own ("’t", "a’"; the
    entities stage's `connectors`, kg.nameparticles `apostrophed`)."""
    return nameparticles.apostrophed(load("entities")[nameparticles.CONNECTORS_KEY])


@cached
def _apostrophed_gap() -> re.Pattern[str]:
    """The gap of one such particle between two spaces ("Joris van ’t Kelder", "Morag Nic a’
    Dhorrain"): it joins the name's words on either side as a single space does (`_joined`)."""
    alts = nameparticles.alternation(re.escape(p) for p in _apostrophed())
    return re.compile(rf"[ \u00a0](?:{alts})[ \u00a0]")


def region_words(text: str, r: Region, cues: Cues, tx: TextIndex) -> list[Word]:
    """The region's words as the scanner reads them (`WORD`): a word glued to the letter, digit,
    apostrophe or hyphen before it is none (the rest of a word), except a union's initials with
    its local's number glued before them; a glued footnote marker, a possessive's "’s" or
    apostrophe, a full stop that is no abbreviation's and a hyphen's common suffix
    (`hyphen_suffixes`) stay outside it, and a word ending in a hyphen's common noun
    (`hyphen_nouns`: "Kelvo-hatred") is no word of a name."""
    words = []
    for m in WORD.finditer(text, r.begin, r.end):
        b, e = m.start(), m.end()
        if b > r.begin and (text[b - 1].isalnum() or text[b - 1] in "’'-") and text[b - 2:b] != "--":
            glued = _NUMBER_BEFORE_ACRONYM.search(text, r.begin, b) \
                if INITIALS.fullmatch(m.group(0)) else None
            if glued is None:
                continue
            b = glued.start()  # "2231KWU": a local's number glued before its union's initials
        b = glottal.past_opening_mark(text, b, e)  # "ʻOlotele": the word read from its capital
        if m.group(0) in _apostrophed() and text[e:e + 1].isspace():
            continue  # "Nic a’ Dhorrain": a particle with its mark, read as a gap (`_joined`)
        for mk in tx.marker_starts:  # a glued footnote marker stays outside
            if b < mk < e:
                e = mk
        w = text[b:e]
        w = re.sub(r"['’]s$", "", w)
        if re.search(r"['’]$", w) and not glottal.closing_glottal(w):
            # a possessive after s or z: "Volvo Trucks’ plant", "Ana Ruiz’ book"; not the
            # glottal letter ending "K’elvochi’"
            w = w[:-1]
        # an initial keeps its full stop, but not a letter glued after "&" ("AT&T. Kelvane
        # said": the firm's last letter and the sentence's end; set CY, branch passA42)
        initial = re.fullmatch(r"(?:[A-Z]\.)+", w) is not None and text[b - 1:b] != "&"
        while w.endswith(".") and w not in cues.abbreviations and not initial \
                and not (w.isupper() and title_case(w) in cues.abbreviations):  # "ST. JOHN'S"
            w = w[:-1]
        suffix = re.search(r"-([a-z][\w]*)$", w)
        if suffix and suffix.group(1) in cues.hyphen_nouns:
            continue  # "Kelvo-hatred": a common noun, no name
        if suffix and suffix.group(1) in cues.hyphen_suffixes:
            w = w[:suffix.start()]
        words.append((b, b + len(w), w))
    return words


def walk_words(s: RunScope, words: list[Word]) -> list[Run]:
    """The runs of the region's words: each word through `WALK_STEPS` in order, the first step
    that takes it saying where the walk goes on; the last run closed at the end."""
    walk = RunWalk()
    i = 0
    while i < len(words):
        for step in WALK_STEPS:
            n = step(s, walk, words, i)
            if n is not None:
                break
        i = n
    close_run(s, walk)
    return walk.runs


# -- the walk's steps: each (scope, walk, words, i) -> where the walk goes on, or None --------------


def covered_word(s: RunScope, walk: RunWalk, words: list[Word], i: int) -> int | None:
    """A word inside a registry name or a skipped span (a title of a work, a blocked name), or
    one left empty (a possessive's apostrophe alone): it closes the run."""
    b, e, w = words[i]
    if s.covered(b, e) or not w:
        close_run(s, walk)
        return i + 1
    return None


def dated_word(s: RunScope, walk: RunWalk, words: list[Word], i: int) -> int | None:
    """"in Montreal Sept. 23": a month before a day's number is a date; it closes the run."""
    _b, e, w = words[i]
    if w in s.cues.calendar and _DAY_AFTER.match(s.text, e):  # "in Montreal Sept. 23": a date
        close_run(s, walk)
        return i + 1
    return None


def capitalised_word(s: RunScope, walk: RunWalk, words: list[Word], i: int) -> int | None:
    """A capitalised word, a firm's legal form in lower case after one ("Dorrow plc"; set R) or
    a single letter after a name's joiner ("Kelvo & i Holdings") goes on with the run, or starts
    a new one where the gap before it ends the run (`_starts_new_run`); a title ending the run
    closed says a person follows. A number after a numbered word ("Local 5958") is in the name."""
    text, cues, cur = s.text, s.cues, walk.cur
    b, e, w = words[i]
    if not (cues.cap(w) or cur and w in cues.lower_heads and text[cur[-1][1]:b] == " "
            or _letter_after_joiner(text, words, i, cur, cues)):
        return None
    # "Dorrow plc": a firm's legal form printed in lower case ends its name (set R)
    if _starts_new_run(s, walk, words, i):
        # "Stop & Shop"; a firm's suffix ends its name: "… Ltd. Out of work, …"
        prev_title = cur[-1][2] in cues.titles and cur[-1][2] not in cues.ambiguous_titles \
            and text[cur[-1][1]:b].strip() in ("", "[")  # not over "’s" ("Father’s Day")
        close_run(s, walk)
        walk.title_before = prev_title
    num = _NUMBER_AFTER.match(text, e) if w in cues.numbered else None
    walk.cur.append((b, num.end() if num else e, w))  # "Local 5958": the number is in the name
    i += 1
    while num and i < len(words) and words[i][0] < num.end():
        i += 1  # "Local P-9": a lettered number is a word of its own, already inside
    return i


def _starts_new_run(s: RunScope, walk: RunWalk, words: list[Word], i: int) -> bool:
    """Does the capitalised word at `i` start a new run? Yes after a gap that joins no words of
    one name (`_joined`), unless the gap is a possessive's "’s " inside a name (a possessive
    word or opener, a place's or a firm's possessive), a plural's possessive inside a union's
    name or a name's joiner ("&"); and after a firm's suffix, which ends its name, and after a
    person's suffix before a review's imprint ("… Tom Bellamy Jr. Kelvo Pictures. 98 minutes.")."""
    text, cues, cur = s.text, s.cues, walk.cur
    b, e, w = words[i]
    return bool(cur and not _joined(text, cur[-1][1], b) and not (
        (cues.possessive_word(cur[-1][2]) or cur[0][2] in cues.possessive_openers
         or possessive_place(text, cur, w, e, cues) or possessive_firm(text, cur, w, e, cues))
        and _POSSESSIVE_GAP.fullmatch(text, cur[-1][1], b))
        and not plural_possessive_joins(text[cur[-1][1]:b], cur[-1][2], w, cues,
                                        glued_ahead(text, words, i, cues))
        and not cues.joiner_gap.fullmatch(text[cur[-1][1]:b])
        or cur and cur[-1][2] in cues.firm_suffix_ends and w not in cues.firm_suffix_ends
        or _sentence_after_suffix(text, cur, w, e, cues)
        or bool(cur) and studio_after_suffix(text, words, i, cues.person_suffix_ends))


_LOWER_WORD_AFTER = re.compile(r" [a-z]")


def _sentence_after_suffix(text: str, cur: list[Word], w: str, e: int, cues: Cues) -> bool:
    """"… the Kelvo Spark Plug Co. A committee of retirees …": a firm's "Co." (`firm_suffix_
    sentence_ends`) before a function word ("A", "In") and a lower-case word ends the firm's name,
    the function word opening the next sentence; a county's name after "Co." is no function word
    ("Co. Antrim"; wave 5's kind, branch junk48)."""
    return bool(cur) and cur[-1][2] in cues.firm_suffix_sentence_ends and w in cues.function_words \
        and _LOWER_WORD_AFTER.match(text, e) is not None


def connector_word(s: RunScope, walk: RunWalk, words: list[Word], i: int) -> int | None:
    """A connector between capitalised words ("of", "of the"; `_connector_length`) after the
    run, glued to it, and a capitalised word after the connector: `CONNECTOR_STEPS` in order
    say whether the run goes on over it, closes, or takes the registry name after it."""
    conn = _connector_length(s, walk, words, i)
    cur = walk.cur
    if not (cur and conn and i + conn < len(words) and s.cues.cap(words[i + conn][2])
            and _joined(s.text, cur[-1][1], words[i][0])):
        return None
    link = Link(words, i, conn, s.known_at.get(words[i + conn][0]))
    for step in CONNECTOR_STEPS:
        n = step(s, walk, link)
        if n is not None:
            return n
    return None


def other_word(s: RunScope, walk: RunWalk, words: list[Word], i: int) -> int | None:
    """Any other word (a lower-case word, a connector no name goes on over) closes the run."""
    close_run(s, walk)
    return i + 1


WalkStep = Callable[[RunScope, RunWalk, list[Word], int], int | None]
# in the order they are asked; the first that takes the word says where the walk goes on
WALK_STEPS: tuple[WalkStep, ...] = (
    covered_word,
    dated_word,
    capitalised_word,
    connector_word,
    other_word,
)


# -- a connector after the run ---------------------------------------------------------------------


def _connector_length(s: RunScope, walk: RunWalk, words: list[Word], i: int) -> int:
    """The number of words of the connector at `i` that may join the run to the word after it
    (0: none): one of `connectors` ("of", "of the"), the rest of a capitalised particle ("Van
    der"), a participle ("by") after a body named for what struck its members, "the" after a
    body's purpose ("… Veterans Against the War"); an English word that is a connector too
    ("do") only where it joins no common English words."""
    text, cues, cur = s.text, s.cues, walk.cur
    b = words[i][0]
    # a connector between capitalised words ("of", "of the")
    conn = _connector(text, words, i, cues.connector_starts)
    if not conn and len(cur) >= 2:  # "Tomas Van der Kelvin": a particle capitalised, the rest not
        conn = _capital_particle(text, words, i, cur, cues.connectors)
    if not conn and words[i][2] in cues.participle_connectors and _participle_joins(cur, cues) \
            and i + 2 < len(words) and _joined(text, cur[-1][1], b) \
            and all(cues.cap(w) for (_b, _e, w) in words[i + 1:i + 3]) \
            and _joined(text, words[i + 1][1], words[i + 2][0]):
        conn = 1  # "… Association of People Affected by Chronic Lung Disease": one body
    if conn and cur and i + conn < len(words) and words[i][2] in cues.english_connectors \
            and cur[-1][2] not in cues.gaelic_patronymics \
            and not _english_connector_joins(cur, words[i][2],
                                             [w for (_b, _e, w) in words[i + conn:i + conn + 3]]):
        conn = 0  # "Did Tom do Kelvin Street?": the English verb, not "São Kelvo do Campo"
    if not conn and cur and cur[-1][2] in cues.purpose and words[i][2] == "the" \
            and cur[-1][2] != cur[0][2]:
        conn = 1  # "Kelvish Veterans Against the War": a body's purpose goes on over "the"
    return conn


@dataclass(frozen=True)
class Link:
    """A connector of `conn` words at `words[i]` between the run and a capitalised word, and the
    registry name that begins at that word (`absorbed`, None if none)."""

    words: list[Word]
    i: int
    conn: int
    absorbed: Match | None

    @property
    def connector(self) -> str:
        """The connector's first word ("of" of "of the")."""
        return self.words[self.i][2]


def date_after(s: RunScope, walk: RunWalk, link: Link) -> int | None:
    """A month after the connector, no capitalised word glued after it: a date, no part of the
    name ("… of the Month for June", "… Festival of May 2004"; not "of the Sun")."""
    words, i, conn = link.words, link.i, link.conn
    month = words[i + conn][2]
    after = words[i + conn + 1] if i + conn + 1 < len(words) else None
    date = month in s.cues.calendar and (len(month) > 3 or month == "May")  # not "of the Sun"
    if date and not (after is not None and after[2][:1].isupper()
                     and _joined(s.text, words[i + conn][1], after[0])):
        close_run(s, walk)  # "… of the Month for June", "… Festival of May 2004": a date, no part
        return i + 1
    return None


def firm_of_town(s: RunScope, walk: RunWalk, link: Link) -> int | None:
    """"Kelvane Packing Co. of Denver": the firm, then its town (`runbounds.firm_then_town`;
    set U); the firm is an organisation."""
    if link.connector == "of" and link.conn == 1 \
            and firm_then_town(s.text, link.words, link.i + 1, walk.cur[-1][2], link.absorbed, s.cues):
        runs_before = len(walk.runs)
        close_run(s, walk)  # "Kelvane Packing Co. of Denver": the firm, then its town (set U)
        if len(walk.runs) > runs_before and walk.runs[-1].kind is None:
            walk.runs[-1].kind = "organization"  # "Dorrow Power", not a duke's title
        return link.i + 1
    return None


def titled_leader(s: RunScope, walk: RunWalk, link: Link) -> int | None:
    """"the Kelvish Party of President Arben Dorri": a body named with its titled leader
    (`_title_then_person`); the party, then the person (sets AL/AM, branch ent60)."""
    if link.connector == "of" and link.conn == 1 \
            and _title_then_person(s.text, link.words, link.i + 1, s.cues):
        close_run(s, walk)  # "the Kelvish Party of President Arben Dorri": a body named with its
        return link.i + 1   # leader; the party, then the person (sets AL/AM, branch ent60)
    return None


def _of_the_head(s: RunScope, walk: RunWalk, link: Link) -> bool:
    """"… Trade Area of the Kelvish Isles": a body's or pact's head before "of the"."""
    return link.conn == 2 and link.connector == "of" and walk.cur[-1][2] in s.cues.of_the_heads


def _mission_of(s: RunScope, walk: RunWalk, link: Link) -> bool:
    """"the Consulate of Kelvia", "the Consulate General of Kelvia": a mission's head alone
    (`mission_of_heads`, entities.toml), "of" and a registry country are one body, the state's
    office abroad, not a building (junk) and the country (set DR, branch passQ44)."""
    a = link.absorbed
    return a is not None and a.entry.kind == "country" and link.connector == "of" \
        and link.conn == 1 and " ".join(w for (_b, _e, w) in walk.cur) in s.cues.mission_of_heads


def two_names(s: RunScope, walk: RunWalk, link: Link) -> int | None:
    """"Jonathan Silberman of Pathfinder Books": "of" or "for" after a run with no head word
    (nor an "of" part's head, nor a head before "of the", nor a common noun a name holds, nor a
    title of several words through "of") joins two names; a body's one word after its noun ("the
    group Unity of …", `_named_body_word`) goes on, a body."""
    cur, cues = walk.cur, s.cues
    if _named_body_word(s, walk, link):
        walk.kind_at_close = "organization"  # "the group Unity of Kelvin": one body, named so
        return None
    if link.connector in ("of", "for") and not _of_the_head(s, walk, link) and not any(
            w in cues.heads or w in cues.of_heads for (_b, _e, w) in cur) \
            and not (link.connector == "of"
                     and common_noun_in_name(cur, s.lower, cues, s.tx, link.conn == 2,
                                             _last_word_after(s, link))) \
            and not _title_through(cur, link.words, link.i, cues) \
            and not _mission_of(s, walk, link) \
            and not _cause_after(s, walk, link):
        close_run(s, walk)  # "Jonathan Silberman of Pathfinder Books": two names
        return link.i + 1
    return None


def _cause_after(s: RunScope, walk: RunWalk, link: Link) -> bool:
    """"Temporary Relief for Needy Households", "Kelvo Rags for Less", "Neighbors for a Fairer
    Deal": a "for" (or "for a") part of one to three English words (`english_word`) is what a
    campaign, a programme or a firm is for, the name's own words, not a second name: no registry
    name, place, given name, day or month, title, head word or acronym among them. A name after
    "for" is one of its own: "Ana Ruiz for Congress" (a body's head), "… for Fermanagh" (a
    place), "… for March" (a month), "… for Mayor" (a title). Not after a title ("the Minister for Health": an
    office, no name), nor after one word opening a sentence (the steps of the people "for" a
    cause read it), nor after "for the", which points at one body ("Republicans for the Reform
    Party": two names; issue 10, wave 3's kind, branch junk46)."""
    words, i, conn = link.words, link.i, link.conn
    cues, ev = s.cues, evidence()
    if link.connector != "for" or link.absorbed is not None \
            or conn == 2 and words[i + 1][2] not in ("a", "an") \
            or any(w in cues.titles for (_b, _e, w) in walk.cur) \
            or len(walk.cur) == 1 and s.tx.is_sentence_start(walk.cur[0][0]):
        # "the Minister for Health": an office and its field, no name; one word opening a
        # sentence is capitalised by its place: `place_groups` and joins' `_people_for` read
        # "Tallowans for Fair Courts", "Pastors for Kelvia" there
        return False
    part: list[str] = []
    j = i + conn
    while j < len(words) and cues.cap(words[j][2]) and not s.covered(words[j][0], words[j][1]) \
            and (j == i + conn or s.text[words[j - 1][1]:words[j][0]] == " "):
        part.append(words[j][2])
        j += 1
    return bool(part) and len(part) <= 3 and all(
        english_word(w) and not w.isupper() and w not in cues.calendar and w not in cues.titles
        and w not in cues.heads
        and ev.place_kind(w) is None and not ev.gazetteer.is_given_name(w) for w in part) \
        and ev.place_kind(" ".join(part)) is None


def _named_body_word(s: RunScope, walk: RunWalk, link: Link) -> bool:
    """"according to the group Unity of Greater Kelvo": one common English word right after an
    organisation's noun ("the group", "the coalition": `organization_before_name`), then "of",
    opens the body's name, what it is "of" the rest ("Voice of Kelvo", "Hope of Dorrow County");
    the word alone names nothing. Not at a sentence's start, nor a word in capitals (wave 5's
    kind, branch junk48; real pages name such groups so after "the group")."""
    cur = walk.cur
    if link.connector != "of" or link.conn != 1 or len(cur) != 1 or s.tx.is_sentence_start(cur[0][0]):
        return False
    w = cur[0][2]
    return w[:1].isupper() and not w.isupper() and common_words().common(w) \
        and w not in s.cues.titles and w not in s.cues.function and w not in s.cues.heads \
        and evidence().organization_before_name(s.text, cur[0][0], [w])


def _last_word_after(s: RunScope, link: Link) -> str:
    """The one word after the connector where it ends the name (no capitalised word glued after
    it: "the Angel of Independence", not "the Blocks of Long Kesh"), else ""."""
    words, j = link.words, link.i + link.conn
    if j + 1 < len(words) and s.cues.cap(words[j + 1][2]) and _joined(s.text, words[j][1], words[j + 1][0]):
        return ""
    return words[j][2]


def registry_leader(s: RunScope, walk: RunWalk, link: Link) -> int | None:
    """"the Kelvish Unionist Party of Jesse Jackson": a registry person after "of" and a party's
    or body's word that a leader leads (`leaders.leads`): the party, then its leader. The party is
    a body whatever else its head names ("the Kelvish Rally of …"; wave 5's kind, branch junk48)."""
    a = link.absorbed
    if a is not None and a.entry.kind == "person" and link.connector == "of" \
            and leaders.leads(walk.cur[-1][2]):
        if walk.kind_at_close is None:
            walk.kind_at_close = "organization"
        close_run(s, walk)  # "the Kelvish Unionist Party of Jesse Jackson": the party, its leader
        return link.i + 1
    return None


def registry_name_inside(s: RunScope, walk: RunWalk, link: Link) -> int | None:
    """A registry name after the connector is the end of the run's name where the run holds an
    organisation's or event's head, a head before "of the", a state's head before a country, a
    head first, or is a people's body named for its place; it closes the run (the run absorbs
    it), unless a head follows a registry place ("University of Michigan Medical Center"): then
    the run goes on and the place is absorbed when it closes."""
    text, cues, absorbed, words = s.text, s.cues, link.absorbed, link.words
    if absorbed is None:
        return None
    cur = walk.cur
    # an organisation "of" a registry organisation is its member or affiliate, two
    # names ("United Steelworkers of the CIO"), unless it is a numbered unit of it
    # ("Local 574 of the Teamsters") or the registry name is a workers' noun that an
    # "of" part names ("Federation of Teamsters and Allied Trades": `of_heads`)
    affiliate = absorbed.entry.kind == "organization" \
        and not any(w in cues.numbered for (_b, _e, w) in cur) \
        and text[absorbed.begin:absorbed.end] not in cues.of_heads
    # "Republic of Ireland", "Kingdom of Kelvia": a country's long name, one place
    # (not a body's name ending in it: "Federation of … of the Republic of Kelvia"; set AO)
    # "Republic of Texas": a state proclaimed on a registry land that is no country (ent125)
    heads_of = edges.state_head if absorbed.entry.kind == "country" \
        else edges.land_state_head if absorbed.entry.kind == "place" else None
    state = heads_of is not None and link.connector == "of" \
        and heads_of([w for (_b, _e, w) in cur]) \
        and not any(cues.heads.get(w) in ("organization", "event") for (_b, _e, w) in cur)
    # "Haitian Women of Kelvinburg": a people's body named for its place, one organisation
    people_body = people_of_place(cur, link.connector, absorbed.entry.kind, cues)
    # "the Gulf of Mexico", "the Sea of Japan": a water's head alone, "of" and a registry place,
    # one place named for the land it washes, not the head (junk) and the country (ent129)
    water = link.connector == "of" and link.conn == 1 and len(cur) == 1 \
        and cur[0][2] in cues.water_of_heads and absorbed.entry.kind in PLACE_KINDS
    mission = _mission_of(s, walk, link)
    # "the group Unity of Kelvin": a body's word after its noun, "of" and a registry place (junk48)
    body_word = absorbed.entry.kind in PLACE_KINDS and _named_body_word(s, walk, link)
    # "Borough of Kelvin Community College": a place's head alone, "of" and a registry place,
    # then capitalised words ending in an organisation's head: one body named for its place
    # (not the head alone, junk, and a body opened by the place; set DS, branch passQ44)
    placed_body = link.connector == "of" and link.conn == 1 \
        and cues.heads.get(cur[-1][2]) == "place" and absorbed.entry.kind in PLACE_KINDS \
        and not any(w in cues.heads for (_b, _e, w) in cur[:-1]) \
        and head_follows(text, words, _after(words, link.i + link.conn, absorbed.end), absorbed.end,
                         cues, ("organization",))
    if affiliate or not (any(cues.heads.get(w) in ("organization", "event")
                             for (_b, _e, w) in cur if cues.cap(w))
                         or _of_the_head(s, walk, link) or state
                         or head_first(cur, link.connector, cues) or people_body or water
                         or mission or placed_body or body_word):
        return None
    i = link.i
    cur.extend(words[i:i + link.conn])
    cur.append((absorbed.begin, absorbed.end, text[absorbed.begin:absorbed.end]))
    i = _after(words, i + link.conn, absorbed.end)
    runs_before = len(walk.runs)
    unit = absorbed.entry.kind == "organization" and any(w in cues.numbered for (_b, _e, w) in cur)
    if body_word:
        walk.kind_at_close = "organization"
    if absorbed.entry.kind in PLACE_KINDS and head_follows(text, words, i, absorbed.end, cues):
        walk.pending.append(absorbed)  # "University of Michigan Medical Center": one name
        if placed_body:
            walk.kind_at_close = "organization"  # "Borough of Kelvin Community College": a body
        return i
    close_run(s, walk)
    if len(walk.runs) > runs_before and not unit:  # a union's local keeps its union named
        walk.runs[-1].absorbed.append(absorbed)  # ("Local 574 of the Teamsters")
    if len(walk.runs) > runs_before and state:
        walk.runs[-1].kind = "country"
    elif len(walk.runs) > runs_before and people_body:
        walk.runs[-1].kind = "organization"
    elif len(walk.runs) > runs_before and water:
        walk.runs[-1].kind = "place"
    elif len(walk.runs) > runs_before and mission:
        walk.runs[-1].kind = "organization"
    return i


def _after(words: list[Word], i: int, end: int) -> int:
    """The index of the first word from words[i] on that begins at or after `end` (the word
    after a registry name the walk absorbs)."""
    while i < len(words) and words[i][0] < end:
        i += 1
    return i


def region_of_state(s: RunScope, walk: RunWalk, link: Link) -> int | None:
    """"the Dorrow Valley of Queensland": a region's head, "of" and a state the gazetteer knows
    whole (`_state_after`): the region, then its state."""
    if link.absorbed is None and link.connector == "of" and link.conn == 1 \
            and edges.region_head(walk.cur[-1][2]) \
            and _state_after(s.text, link.words, link.i + 1) is not None:
        close_run(s, walk)  # "the Dorrow Valley of Queensland": the region, then its state
        return link.i + 1
    return None


def connector_joins(s: RunScope, walk: RunWalk, link: Link) -> int | None:
    """No registry name after the connector and the word after it free: the run goes on over
    the connector ("Bank of Kelvia")."""
    words, i, conn = link.words, link.i, link.conn
    if link.absorbed is None and not s.covered(words[i + conn][0], words[i + conn][1]):
        walk.cur.extend(words[i:i + conn])
        return i + conn
    return None


ConnectorStep = Callable[[RunScope, RunWalk, Link], int | None]
# in the order they are asked; none taking the word, the run closes (`other_word`)
CONNECTOR_STEPS: tuple[ConnectorStep, ...] = (
    date_after,
    firm_of_town,
    titled_leader,
    two_names,
    registry_leader,
    registry_name_inside,
    region_of_state,
    connector_joins,
)


# -- the questions the steps ask --------------------------------------------------------------------


def _state_after(text: str, words: list[tuple[int, int, str]], j: int) -> str | None:
    """The capitalised words from words[j] on, joined by single spaces, when the gazetteer
    knows them whole as a state or province ("New South Wales", "Queensland"), else None."""
    k = j
    while k < len(words) and words[k][2][:1].isupper() \
            and (k == j or _joined(text, words[k - 1][1], words[k][0])):
        k += 1
    name = " ".join(w for (_b, _e, w) in words[j:k])
    return name if k > j and evidence().place_kind(name) == "place" else None



def _joined(text: str, end: int, begin: int) -> bool:
    """Two words belong to one name only if a single space (or line break) separates them. A
    line made only of capitalised words is a name, a credit or a signature on its own line
    ("Militant/Nick Castle", a letter's "Maria Ortiz" above "Omaha, Nebraska"): its last word
    joins nothing on the next line; a wrapped headline line ("… leader on") may. A particle
    written with an apostrophe between two spaces ("van ’t Kelder", "Nic a’ Dhorrain") joins as
    a space does (`_apostrophed_gap`)."""
    gap = text[end:begin]
    if gap == "\n":
        line = text[text.rfind("\n", 0, end) + 1:end]
        return not all(w[:1].isupper() for w in WORD.findall(line))
    return gap in (" ", "\u00a0") or bool(_apostrophed_gap().fullmatch(gap)) \
        or glottal.opens_next(gap)  # "Sione ʻUlufonua": the mark is the next word's


def _title_through(cur: list[tuple[int, int, str]], words: list[tuple[int, int, str]], i: int,
                   cues: Cues) -> bool:
    """The run's last word, the connector at `i` and the words after it are one title of
    `titles` ("Chief of Staff"): the connector stays inside, so the title is cut off whole
    before the person's name and no "of Staff …" is left as a name (sets AP/AQ, branch ent67)."""
    return any(" ".join([cur[-1][2]] + [w for (_b, _e, w) in words[i:i + n]]) in cues.titles
               for n in (2, 3) if i + n < len(words))


def _title_then_person(text: str, words: list[tuple[int, int, str]], i: int, cues: Cues) -> bool:
    """A title at `i` (`titles`: "President", "Chairman", or of two or three words: "Prime
    Minister", "Vice Premier"; set BO, branch ent101) before two capitalised words joined by
    spaces: a person's full name after the title ("of President Arben Dorri", "of Prime Minister
    Dana Kelvo"), so an "of" before it names the body's leader, no part of the body's name."""
    n = _title_length(text, words, i, cues)
    if not n or i + n + 1 >= len(words):
        return False
    return all(words[k][2][:1].isupper() and _joined(text, words[k - 1][1], words[k][0])
               for k in (i + n, i + n + 1))


def _title_length(text: str, words: list[tuple[int, int, str]], i: int, cues: Cues) -> int:
    """How many words from `i` on (one to three, joined by single spaces) make one title of
    `titles`, the longest first; 0 where none does."""
    for n in (3, 2, 1):
        if i + n <= len(words) and " ".join(w for (_b, _e, w) in words[i:i + n]) in cues.titles \
                and all(text[words[k - 1][1]:words[k][0]] == " " for k in range(i + 1, i + n)):
            return n
    return 0


def _english_connector_joins(cur: list[tuple[int, int, str]], connector: str, after: list[str]) -> bool:
    """Does a connector that is an English word too (`english_connectors`: "do") join the
    capitalised word before it to the one after it (`after`: that word and the next two)? Not
    where either is a common English word ("Did Tom do Kelvin Street?", "Democrats do Wall
    Street's bidding"), unless the gazetteer knows words around it as a place ("Rio do Sul",
    "São José do Rio Preto", where "Rio" is common in English), or where the name goes on in
    two capitalised words after it, the first spelled with a letter no English word has ("Ana do
    Dorrês Kelvares", "Maria do Conceição Tallow": the Portuguese particle between a given name
    common in English and the rest of the name; `_foreign_letter`; set AT, branch ent73)."""
    common = common_words()
    if not common.common(cur[-1][2]) and not common.common(after[0]):
        return True
    if len(after) >= 2 and _foreign_letter(after[0]) and after[1][:1].isupper():
        return True
    ev = evidence()
    before = [w for (_b, _e, w) in cur]
    return any(ev.place_kind(" ".join(before[k:] + [connector] + after[:n]))
               for k in range(max(0, len(before) - 3), len(before)) for n in range(1, len(after) + 1))


def _foreign_letter(word: str) -> bool:
    """A letter with a mark ("á", "ã", "ç", "ê"): no English word is spelled so, a Portuguese,
    Spanish or French name is."""
    return any(c.isalpha() and not c.isascii() for c in word)


def _participle_joins(cur: list[tuple[int, int, str]], cues: Cues) -> bool:
    """Does a participle connector ("by") go on with the body's name built so far? Only after a
    capitalised past participle ("Affected", "Harmed") in a run that holds "of" and an
    organisation's head before it ("Kelvish Association of People Affected"): the body is named
    for what struck its members, and the cause (two capitalised words or more after "by") is the
    rest of its name (sets AL/AM, branch ent61). A participle alone ("Aid Approved by
    Congress") is the sentence's verb."""
    if len(cur) < 4:
        return False
    last = cur[-1][2]
    ws = [w for (_b, _e, w) in cur[:-1]]
    return last.endswith("ed") and last[:1].isupper() and last[1:].islower() and "of" in ws \
        and any(cues.heads.get(w) == "organization" for w in ws[:ws.index("of")])


def _connector(text: str, words: list[tuple[int, int, str]], i: int,
               connectors: dict[str, list[list[str]]]) -> int:
    """The number of words of the first connector at `i` (`connectors`: each connector's words
    by its first word, in the cue list's order, as `Cues.connector_starts`) that has a word
    after it, each of its words joined to the next (`_joined`); 0 if none. Only the connectors
    opening on the word at `i` are tried: the walk asks at every word."""
    for parts in connectors.get(words[i][2], ()):
        n = len(parts)
        if i + n < len(words) and all(words[i + k][2] == parts[k] for k in range(1, n)) \
                and all(_joined(text, words[i + k][1], words[i + k + 1][0]) for k in range(n)):
            return n
    return 0


def _capital_particle(text: str, words: list[tuple[int, int, str]], i: int,
                      cur: list[tuple[int, int, str]], connectors: list[str]) -> int:
    """A connector of several words whose first word the run's last word is, capitalised as a
    Flemish or Dutch surname writes it inside running text ("Tomas Van der Kelvin", "Van den"):
    the rest of the connector at `i` joins the capitalised word after it; the number of its words
    (0 if none). A given name must come before the particle, so a run of two words or more:
    "Van der Kelvin" alone opens with its particle and needs no joining."""
    last = cur[-1][2]
    for c in connectors:
        parts = c.split()
        if len(parts) > 1 and parts[0].isalpha() and last == parts[0].capitalize() \
                and _joined(text, cur[-2][1], cur[-1][0]):
            n = _connector(text, words, i, {parts[1]: [parts[1:]]})
            if n:
                return n
    return 0


def _letter_after_joiner(text: str, words: list[tuple[int, int, str]], i: int,
                         cur: list[tuple[int, int, str]], cues: Cues) -> bool:
    """"Kelvo & i Holdings": a single lower-case letter between a name's joiner ("&") and a
    capitalised word glued after it by one space is a word of the firm's name, as firms write
    a letter so (sets AD/AE, branch ent47); a letter with no joiner before it is none, and
    neither is the English article ("Kelvo & a Dorrow")."""
    w = words[i][2]
    return bool(cur) and len(w) == 1 and w.islower() and w not in SMALL and i + 1 < len(words) \
        and bool(cues.joiner_gap.fullmatch(text[cur[-1][1]:words[i][0]])) \
        and words[i + 1][2][:1].isupper() and text[words[i][1]:words[i + 1][0]] == " "
