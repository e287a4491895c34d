"""What closing a run does (kg.nlp.entities.spans.capruns `find_runs`; the walk over the words,
kg.nlp.entities.spans.runwalk, closes a run wherever a word or a gap ends it): `CLOSE_STEPS`,
each `(scope, walk) -> None` in the order they run, cut the run being built (`walk.cur`) or
split it into runs of its own, and the last keeps what is left (`keep_run`). A step reads the
run the steps before it left; one that ends the run's cutting leaves `walk.cur` empty.

The order is the meaning: titles come off the run's start first ("Prime Minister Theresa May"),
then its lower-case edges, then the names a run holds two of (a body and a person, a party and
its leader), then a title inside it, last the run is kept with what the registry names glued
before it. A new cut goes into the tuple where the run it needs is ready.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.nlp.entities.cues import edges
from kg.nlp.entities.cues.capitals import INITIALS
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.cues.nations import is_nation_adjective
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import foreign, joins, leaders
from kg.nlp.entities.spans.rankclasses import rank_class_at
from kg.nlp.entities.spans.runbounds import (
    bare_calendar_abbreviation,
    compass_after_place,
    country_before_word,
    country_party,
    firm_then_site,
    month_given_name,
    month_names_event,
    month_names_town,
    named_site,
    owner_and_site,
    owner_fund,
    participle_names_body,
    person_after_head,
    place_before,
    place_before_title,
    title_before_person,
    town_with_title,
)
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, Word
from kg.nlp.entities.spans.runscan import RunScope, RunWalk
from kg.nlp.entities.spans.surnamewords import surname_after_given
from kg.nlp.entities.spans.textspan import TextIndex
from kg.nlp.entities.spans.titledfirms import employer_elsewhere

_POSSESSIVE_S = re.compile(r"['’]s ")
_SPACE = re.compile(r"\s+")


def numbered_firm(text: str, cur: list[Word], cues: Cues, tx: TextIndex) -> bool:
    """"at Four Seasons Apparel": a spelled number (`spelled_numbers`) inside a sentence, one
    common English word and an organisation's head word are one firm's name, the number its
    first word (set T, branch ent32). A number opening a sentence counts people ("Two Kelvane
    Foods workers …") and stays out, as does one before a head, a field, a given name, a place
    or a group word ("four Labor Party members" is a count). A number joined by a name's joiner
    ("&") to the words of a name that ends in an organisation's head is the firm's first word
    wherever it stands ("Nine & i Holdings", "Five & Dorrow Stores"): "&" joins no count."""
    ws = [w for (_b, _e, w) in cur]
    if len(ws) >= 2 and ws[0] in cues.spelled_numbers and cues.heads.get(ws[-1]) == "organization" \
            and cues.joiner_gap.fullmatch(text[cur[0][1]:cur[1][0]]):
        return True  # "Nine & i Holdings": a number joined by "&" counts nothing (branch ent52)
    if len(ws) != 3 or ws[0] not in cues.spelled_numbers or cues.heads.get(ws[2]) != "organization" \
            or tx.is_sentence_start(cur[0][0]) or text[cur[0][1]:cur[1][0]] != " ":
        return False
    ev = evidence()
    w = ws[1]
    return joins.common_word(w) and w not in cues.heads and w not in cues.fields \
        and not cues.leading(w) and not cues.group(w) and not ev.gazetteer.is_given_name(w) \
        and ev.place_kind(w) is None


def numbered_place(text: str, cur: list[Word], cues: Cues, tx: TextIndex) -> bool:
    """"the hall on Twelve Oak Hollow Road", "near Three Mile Island": a spelled number
    (`spelled_numbers`) in mid-sentence after a lower-case word, then capitalised words ending in
    a place's head word, is the place's first word. The paper spells a count in lower case inside
    a sentence ("twelve oak trees"), so a capitalised one there opens a name; one opening a
    sentence or in a title-case line (a headline: the word before it capitalised) counts (set BB,
    branch ent83: the number was cut off and the rest kept as the name). A place head's plural
    ends such a name too, and so does any name the gazetteer knows whole as a place or a town
    ("the Two Rivers depot", a town's name: the rest alone was junk; wave 4's kind, branch
    junk47)."""
    ws = [w for (_b, _e, w) in cur]
    if len(ws) < 2 or ws[0] not in cues.spelled_numbers \
            or tx.is_sentence_start(cur[0][0]) or not all(cues.cap(w) for w in ws[1:]):
        return False
    if "place" not in (cues.heads.get(ws[-1]), ws[-1].endswith("s") and cues.heads.get(ws[-1][:-1])):
        gaz = evidence().gazetteer
        if gaz.place_kind(" ".join(ws)) is None and gaz.town_kind(" ".join(ws)) is None:
            return False
    if any(text[a[1]:b[0]] != " " for a, b in zip(cur, cur[1:], strict=False)):
        return False
    before = text[:cur[0][0]].rstrip(" ")
    return before[-1:].isalpha() and before[-1:].islower()


def _particle_after(ws: list[str], at: int, cues: Cues) -> bool:
    """A lower-case connector right after a title-like word of a run a foreign body's head
    opens: "Confederación General de Trabajadores …", "Universidad Nacional Mayor de …": the word
    is the name's adjective, the connector goes on with the name, no person follows (set AO)."""
    return at < len(ws) and ws[at][:1].islower() and ws[at] in cues.connectors


# -- titles and leading words off the run's start -------------------------------------------------


def cut_leading_titles(s: RunScope, walk: RunWalk) -> None:
    """A title opening the run ("Prime Minister Theresa May") comes off it and says a person
    follows (`title_before`); so do a group word before a title ("Turkish President …") and a
    leading word (`leading`: a day, a title, "the" …), one at a time, until a word the name
    keeps opens it. A title that does not apply there (a firm's, a league's, a possessive, a
    town's), a month that is a given name, a firm's name with a title's word, a title one is
    named by ("Lord …") and a spelled number opening a firm's name stop the cutting."""
    text, cues = s.text, s.cues
    while walk.cur:
        cur, ws = walk.cur, walk.ws
        n = cues.title_at(ws)
        if n and (not cues.title_applies(ws, n) or _POSSESSIVE_S.match(text, cur[n - 1][1])
                  or town_with_title(text, cur[0][0], " ".join(ws))):
            break  # "General Motors", "Premier League", "King’s Cross", "in Prince George": no title
        if month_given_name(text, cur, s.region.kind, cues):
            break  # "—June Kelvane", "said April Dorrow": the month is her given name
        if n == 1 and len(ws) == 2 and (evidence().employer(text, cur[0][0], cur[-1][1])
                                        or employer_elsewhere(text, " ".join(ws))):
            break  # "workers at King Kelvers", "Queen Dorrows bosses": a firm's name, no title
        if n == 1 and ws[0] in cues.naming_titles and len(ws) == 2:
            walk.title_before = True  # "Lord Kelvmoor", "Sheikh Dorrah": the title is how one is named
            break
        if n == 1 and ws[0] in cues.lineage_titles and 3 <= len(ws) <= 4 \
                and all(cues.cap(w) for w in ws):
            walk.title_before = True  # "Sheikh Abdul Karim Talukdar": the lineage's name is the name's
            break
        if n:  # "Prime Minister Theresa May"
            walk.title_before, walk.cur = True, cur[n:]
        elif k := rank_class_at(text, cur[0][0], ws, walk.title_before, cues):
            walk.title_before, walk.cur = True, cur[k:]  # "… Officer 3rd Class Dana Kelvo"
        elif len(ws) > 2 and cues.group(ws[0]) and cues.title_at(ws[1:]) \
                and cues.title_applies(ws[1:], cues.title_at(ws[1:])):
            walk.cur = cur[1:]  # "Turkish President Recep Tayyip Erdogan", not "Jewish General Hospital"
        elif numbered_firm(text, cur, cues, s.tx):
            break  # "workers at Four Seasons Apparel": the number opens the firm's name
        elif numbered_place(text, cur, cues, s.tx):
            break  # "the hall on Twelve Oak Hollow Road": the number opens the place's name
        elif cues.leading(ws[0]) and not (ws[0] in cues.calendar and len(ws) > 1
                                          and (cues.heads.get(ws[-1]) == "periodical"
                                               or bare_calendar_abbreviation(text, cur[0], cues)
                                               or month_names_event(text, cur, cues)
                                               or month_names_town(cur, cues))
                                          or participle_names_body(text, cur, cues)):
            # a day opens a newspaper's edition name: "the Dorrow Sunday Journal"
            walk.title_before = walk.title_before or ws[0] in cues.titles
            walk.cur = cur[1:]
        else:
            break


def trim_edges(s: RunScope, walk: RunWalk) -> None:
    """The run ends in a capitalised word (or a firm's lower-case legal form after one:
    `lower_heads`) and no function word of two letters or more, and starts in a capitalised
    word: lower-case connectors at either edge are no part of it."""
    cues, cur = s.cues, walk.cur
    while cur and (not cues.cap(cur[-1][2]) and not (len(cur) > 1 and cur[-1][2] in cues.lower_heads)
                   or len(cur[-1][2]) > 1 and cur[-1][2] in cues.function_words
                   and not _title_object(cur, cues)
                   and not surname_after_given([w for (_b, _e, w) in cur])):
        cur = cur[:-1]
    while cur and not cues.cap(cur[0][2]):
        cur = cur[1:]
    walk.cur = cur


def _title_object(cur: list, cues) -> bool:
    """A title's object pronoun ending a run of three words or more in Title Case, after a
    capitalised word that is no function word ("History Will Forgive Us"): it stays."""
    return (len(cur) >= 3 and cur[-1][2] in cues.title_objects and cues.cap(cur[-2][2])
            and cur[-2][2] not in cues.function_words)


def drop_lone_title(s: RunScope, walk: RunWalk) -> None:
    """"the Prime Minister said": a title alone names no one."""
    if " ".join(walk.ws) in s.cues.titles:
        walk.cur = []


# -- two names in one run ---------------------------------------------------------------------------


def split_person_after_head(s: RunScope, walk: RunWalk) -> None:
    """"Kelvane Foods Maria Ortiz said": the organisation, then the person
    (`runbounds.person_after_head`)."""
    cur = walk.cur
    k = person_after_head(walk.ws, s.cues)
    if k:  # "Kelvane Foods Maria Ortiz said": the organisation, then the person
        if k > 1:  # a head word alone ("Day" after "May") names nothing
            walk.runs.append(Run(cur[0][0], cur[k - 1][1], list(cur[:k]), walk.title_before))
        walk.cur, walk.title_before = cur[k:], False


def split_leader_after_of(s: RunScope, walk: RunWalk) -> None:
    """"the Kelvish Unionist Party of Dana Ortiz": the party, then its leader, named as after a
    title (`leaders.leader_after_of`); the party is a body, whatever else its head names
    ("Rally")."""
    cur = walk.cur
    k = leaders.leader_after_of(walk.ws, s.cues)
    if k:  # "the Kelvish Unionist Party of Dana Ortiz": the party, then its leader
        # the party kept as any run is, with the registry place that opens it ("the Ohio Regional
        # Government of …": the place was left a name of its own and the rest cut; ent83)
        walk.cur = list(cur[:k - 1])
        before = len(walk.runs)
        _keep_with_prefix(s, walk, cur[0][0], cur[k - 2][1])
        if len(walk.runs) > before and walk.runs[-1].end == cur[k - 2][1] and walk.runs[-1].kind is None:
            # a body led by a person, whatever else its head names ("the Kelvish Rally of …": a
            # party, no event; wave 5's kind, branch junk48)
            walk.runs[-1].kind = "organization"
        walk.pending.clear()
        walk.runs.append(Run(cur[k][0], cur[-1][1], list(cur[k:]), True))  # as after a title
        walk.cur, walk.title_before = [], False


def cut_portfolio(s: RunScope, walk: RunWalk) -> None:
    """"Secretary of Transportation Dana Ortiz": the portfolio is no name, the person is
    (`leaders.person_after_portfolio`)."""
    cur = walk.cur
    k = leaders.person_after_portfolio(s.text, cur[0][0], walk.ws, s.cues) if cur else 0
    if k:  # "Secretary of Transportation Dana Ortiz": the portfolio is no name, the person is
        walk.title_before, walk.cur = True, cur[k:]


def cut_inner_title(s: RunScope, walk: RunWalk) -> None:
    """A title inside the run, a person's name after it: the name after the title is the run,
    named as after a title; what the words before the title name (an employer, a registry
    firm's short form, an agency's acronym, a county) is a run of its own."""
    text, cues, cur, ws, runs = s.text, s.cues, walk.cur, walk.ws, walk.runs
    for k in range(len(ws) - 2, 0, -1):  # "Treasury Secretary Henry Paulson": the name follows
        # a title of two words too ("Polk County District Attorney Ana Ruiz"; branch ent23)
        # the longest title first: "Army Chief of Staff Dana Kelvo" is cut after "Staff",
        # not after "Chief" (its "of Staff" no name's; sets AP/AQ, branch ent67)
        n = cues.title_at(ws[k:]) or (1 if ws[k] in cues.titles else 0)
        if n:
            k, n = _widest_title(ws, k, n, cues)
        if n and all(cues.cap(w) for w in ws[:k]) and cues.title_applies(ws[k:], n) \
                and not any(w in cues.heads for w in ws[k + n:]) \
                and not (foreign.is_head(ws[0]) and _particle_after(ws, k + n, cues)):
            if ws[k - 1] in cues.heads:  # "Kelvane Foods CEO Dana Ortiz": the employer too
                # a registry city glued before it opens the employer's name, as it does
                # with no title after ("Kelvin Public Schools Superintendent Dana Ortiz";
                # `place_before`, branch ent56); a place's head is none ("U.S. District Judge")
                place = place_before(text, cur[0][0], cur[:k], s.known_end, cues) \
                    if cues.heads.get(ws[k - 1]) == "organization" else None
                body = [(place.begin, place.end, text[place.begin:place.end])] if place else []
                runs.append(Run(place.begin if place else cur[0][0], cur[k - 1][1],
                                body + list(cur[:k]), absorbed=[place] if place else []))
            elif s.leads.get(" ".join(ws[:k]), cur[0][0]) < cur[0][0]:
                # "Peabody CEO Dana Ortiz" after "Peabody Energy": the registry firm's first
                # words, its short form (kg.nlp.entities.mentions links it; branch ent26)
                runs.append(Run(cur[0][0], cur[k - 1][1], list(cur[:k]), kind="organization"))
            elif k == 1 and leaders.agency_acronym(ws[0]):  # "FRA Administrator Dana Ortiz"
                runs.append(Run(cur[0][0], cur[0][1], list(cur[:1]), kind="organization"))
            elif (j := place_before_title(ws, k, cues)):  # "Polk County Circuit Judge Ana Ruiz"
                runs.append(Run(cur[0][0], cur[j][1], list(cur[:j + 1]), kind="place"))
            walk.title_before, walk.cur = True, cur[k + n:]
            break


def _widest_title(ws: list[str], k: int, n: int, cues: Cues) -> tuple[int, int]:
    """The walk goes right to left, so "Attorney" is met before "District Attorney": an
    ambiguous title of one word (`ambiguous_titles`: "Attorney" alone may open a street's or a
    firm's name) is read as the end of a title of more words that ends where it ends, starting
    one or two words before it (not at the run's first word): "Polk County District Attorney Ana
    Ruiz". A title of its own ("President") keeps the walk as it was, unless a title of the list
    that opens with a body's head ends where it ends, right after a body's initials ("KWU
    International President Tomas Kelvane": the union's international officer; set CQ's kind,
    branch cuts41), whose head would otherwise make the initials a longer name ("KWU
    International"); after a name written out the head is the name's ("Kelvo International
    President …": the firm's president)."""
    ambiguous = " ".join(ws[k:k + n]) in cues.ambiguous_titles
    for j in (k - 2, k - 1):
        if j >= 1 and cues.title_at(ws[j:]) == n + k - j \
                and (ambiguous or ws[j] in cues.heads and j == 1 and INITIALS.fullmatch(ws[0])):
            return j, n + k - j
    return k, n


def cut_title_before_person(s: RunScope, walk: RunWalk) -> None:
    """"the Kelvish Authority President Jane Doe": the body, then her title
    (`runbounds.title_before_person`): the title and the registry person after it are no part
    of the body's name."""
    n = title_before_person(s.text, walk.cur, s.known_at, s.cues)
    if n:  # "the Kelvish Authority President Jane Doe": the body, then her title
        walk.cur = walk.cur[:-n]


# -- keeping what is left ---------------------------------------------------------------------------


def keep_run(s: RunScope, walk: RunWalk) -> None:
    """What is left is a run, unless it is only group words ("Western powers"), one group phrase
    of two words ("Puerto Ricans", a land's two-word adjective: kg/data/nlp/entities.toml
    `group_words`; real42) or a compass adjective, starts inside a quotation written in title
    case (a title of a talk or a book), or is one capitalised word before a registry place or
    before a compass word after one (a place's own word: `compass_after_place`)."""
    text, cues, cur = s.text, s.cues, walk.cur
    if not cur or all(cues.generic(w) for (_b, _e, w) in cur if w[:1].isupper()) \
            or " ".join(w for (_b, _e, w) in cur) in cues.groups \
            or cues.compass_adjective([w for (_b, _e, w) in cur]):
        return
    b, e = cur[0][0], cur[-1][1]
    if any(qb <= b < qe for qb, qe in s.quoted_titles):
        return
    nxt = _SPACE.match(text, e)
    after = s.known_at.get(nxt.end() if nxt else e)
    single = len([w for w in cur if w[2][:1].isupper()]) == 1
    if single and after is not None and after.entry.kind in PLACE_KINDS and nxt \
            and not portfolio_before_country(cur, after, cues) \
            or single and compass_after_place(text, cur, s.known_end, cues):
        return
    _keep_with_prefix(s, walk, b, e)


def portfolio_before_country(cur: list[Word], after: Match, cues: Cues) -> bool:
    """One portfolio word (a field, a noun: "Health", "Housing") right before a registry country
    is a department's name that the country closes ("Health Canada"), kept for
    kg.nlp.entities.spans.countrydepartments to join, not a place's own word (set CO)."""
    word = cur[-1][2]
    return len(cur) == 1 and after.entry.kind == "country" and word in cues.fields \
        and not word.endswith(cues.adjective_suffixes)


def country_before_region(text: str, place: Match | None, cur: list[Word], known_end: dict[int, Match],
                          cues: Cues) -> Match | None:
    """"the U.S. Kelvia Command", "the U.K. Dorrow Fleet": a country's dotted abbreviation glued
    before a registry region or continent that opens a body's name (`place_before` took the
    region in) opens it too: the country's command or force for that region, one body, not the
    country beside a body of the region (set CO). A city, a country or a state (a registry place
    of a country) there stays apart ("U.S. Kenya Airways" names two)."""
    if place is None or place.entry.kind != "place" or place.entry.place is not None \
            or place.how != "name" or place.begin < 1 \
            or text[place.begin - 1] != " " or len(cur) < 2:
        return None
    if cues.heads.get(head_word(" ".join(w for (_b, _e, w) in cur), cues)) != "organization":
        return None
    m = known_end.get(place.begin - 1)
    if m is None or m.how != "name" or m.entry.kind != "country" \
            or not re.fullmatch(r"(?:[A-Z]\.){2,3}", text[m.begin:m.end]):
        return None
    return m


# one capitalised word and one space right before a registry place, after a small word or a
# sentence's mark: the word `keep_run` dropped as the place's own
_WORD_BEFORE_PLACE = re.compile(r"(?:(?<=[a-z,;:.!?(“\"‘] )|(?<=\n)|\A)([A-Z][a-z]+) \Z")


def nation_before_place(s: RunScope, place: Match, cur: list[Word]) -> Word | None:
    """"the American Flint Glass Workers Union": a nation's adjective right before a registry
    place that opens an organisation's name opens the name too, the union of that nation's
    workers of the place's trade (`keep_run` dropped the adjective alone, as a place's own word
    before it: "Kelvish Dorrow" is a region of Dorrow; set CQ's kind, branch cuts41). Only
    before a name that ends in an organisation's head."""
    if s.cues.heads.get(cur[-1][2]) != "organization":
        return None
    m = _WORD_BEFORE_PLACE.search(s.text, max(s.region.begin, place.begin - 30), place.begin)
    if m is None or not is_nation_adjective(m.group(1)):
        return None
    return (m.start(1), m.end(1), m.group(1))


def _keep_with_prefix(s: RunScope, walk: RunWalk, b: int, e: int) -> None:
    """The run kept, with what the text glues before it: a registry place, state or country
    opening the name (`place_before`, `country_before_word`, `country_party`), or an owner's
    fund (`owner_fund`); a firm before its works (`firm_then_site`) or before its town
    (`owner_and_site`) is a run of its own, the works one place. The registry names before it
    and the registry places inside it (`walk.pending`) are its absorbed mentions."""
    text, cues, known_end = s.text, s.cues, s.known_end
    cur, title_before, runs = walk.cur, walk.title_before, walk.runs
    party = None if title_before else country_party(text, b, cur, known_end, cues)
    firm = country_before_word(text, b, cur, known_end, cues, s.lower)
    place = place_before(text, b, cur, known_end, cues) or firm or party
    fund = owner_fund(text, b, cur, known_end, cues) if place is None else None
    if fund is not None:  # "the ‘Kelvo Weekly’ Fighting Fund": the owner's fund
        place = fund[0]
        cur = [(fund[1], fund[2], text[place.begin:place.end])] + cur
    elif place is not None:  # "St. Paul Lutheran Church": the place is part of it
        cur = [(place.begin, place.end, text[place.begin:place.end])] + cur
        opener = nation_before_place(s, place, cur) if place is not firm and place is not party else None
        if opener is not None:  # "the Kelvish Flint Glass Workers Union": the nation's union
            cur = [opener] + cur
    owner = country_before_region(text, place, cur, known_end, cues) if fund is None else None
    if owner is not None:  # "the U.S. Kelvia Command": the country's command for a region
        cur = [(owner.begin, owner.end, text[owner.begin:owner.end])] + cur
    site = place is None and not title_before and named_site(text, cur, cues)
    k, works_end = firm_then_site(text, cur, cues) if place is None and not title_before \
        and not site else (0, 0)
    if k:  # "the Halvard Mills Greenbank plant": the owner, then the works, a place
        runs.append(Run(cur[0][0], cur[k - 1][1], list(cur[:k]), kind="organization"))
        cur, e = cur[k:], works_end
        site = True
    elif (k := owner_and_site(text, cur, cues) if place is None and not title_before
          and not site else 0):  # "the BP Whiting refinery": the owner, then its town
        runs.append(Run(cur[0][0], cur[k - 1][1], list(cur[:k]), kind="organization"))
        cur = cur[k:]
    runs.append(Run(cur[0][0], e, list(cur), title_before))
    if fund is not None and fund[1] < place.begin:  # its owner's quotes no part of its label
        runs[-1].same_as = " ".join(w for (_b, _e, w) in cur)
    if site:  # "the Kelvane Dorrow plant in Tallow": the works, one place
        runs[-1].kind = "place"
    if place is not None:
        runs[-1].absorbed.append(place)
        if owner is not None:
            runs[-1].absorbed.append(owner)
        if place is party:  # "the Kelvia Tehreek-e-Adalat": a party (set T)
            runs[-1].kind = "organization"
        elif place is firm and place.entry.kind == "place":
            runs[-1].kind = "organization"  # "Kelvia Dorrowseed": a state's body
        if len(cur) == 2 and edges.town_green(cur[1][2]):
            runs[-1].kind = "place"  # "Kelvin Common": a town's green
    runs[-1].absorbed.extend(walk.pending)


CloseStep = Callable[[RunScope, RunWalk], None]
# in the order they run; each cuts the run the steps before it left
CLOSE_STEPS: tuple[CloseStep, ...] = (
    # titles and leading words off the run's start, then its lower-case edges
    cut_leading_titles,
    trim_edges,
    drop_lone_title,
    # two names in one run: the first is a run of its own, the rest goes on
    split_person_after_head,
    split_leader_after_of,
    cut_portfolio,
    cut_inner_title,
    cut_title_before_person,
    # what is left, kept with what the text glues before it
    keep_run,
)


def close_run(s: RunScope, walk: RunWalk) -> None:
    """Close the run being built: every step of `CLOSE_STEPS` in order, then a new run starts
    (no words, no registry places inside it, no title before it). A kind a step gave the whole
    run (`kind_at_close`) is the kind of the run it leaves last."""
    before = len(walk.runs)
    for step in CLOSE_STEPS:
        step(s, walk)
    if walk.kind_at_close is not None and len(walk.runs) > before:
        walk.runs[-1].kind = walk.kind_at_close
    walk.kind_at_close = None
    walk.cur = []
    walk.pending.clear()
    walk.title_before = False
