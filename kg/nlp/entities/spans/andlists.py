"""One organisation named by a list joined with "and" or commas ("Korean Public
Service and Transport Workers Union", "National Union of Farmers and Ranchers", "Ministry of
Finance and Economy"), where the runs of capitalised words stop at every "and".

`merge_and` decides when the runs before "and" are parts of the name after it (no head of
their own, an "of" or "for" part the list goes on in, a portfolio of two fields or of several
joined by commas, a hero a body is named for) and when they are names of their own ("Dorrow
Fruit and Kelvin Oil"). It runs once per
region, on the scanner's runs, before anything types them.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import joins
from kg.nlp.entities.spans.institutionpairs import institution_plurals
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, common_part, joined_runs


def people_ends(known: list[Match]) -> dict[int, Match]:
    """Registry people by the offset one space after their end, where a run glued on begins."""
    return {m.end + 1: m for m in known if m.entry.kind == "person" and m.how == "name"}


def _named_for(text: str, part: Run, people: dict[int, Match], head: str, cues: Cues) -> Match | None:
    """The registry person a body ending in an organisation's head (`head`) is named for, glued
    by one space before its list's first part ("José Martí Credit and Service Cooperative",
    as Cuba's farm cooperatives, brigades and schools are named for the country's heroes): the
    registry's name had cut the run there, leaving one word before "and" that joins nothing
    (branch ent23)."""
    m = people.get(part.begin)
    if m is None or text[m.end:part.begin] != " " or cues.heads.get(head) != "organization":
        return None
    return m


def merge_and(text: str, runs: list[Run], cues: Cues, lower: set[str] = frozenset(),
              people: dict[int, Match] | None = None) -> list[Run]:
    """One organisation named by a list joined with "and" ("Korean Public Service and
    Transport Workers Union", "Bakery, Confectionery, Tobacco Workers and Grain Millers
    union"), when the part after "and" ends in an organisation's head word or stands before a
    lower-case organisation noun ("… union"), and the parts before have no head of their own:
    one part of two words or more, several parts joined by commas, or one common word before
    a union's head ("Chemical and Paper Workers Union", "Hotel and Restaurant Employees").
    The list may also run on in the "of" part of an organisation's name, which then opens the
    whole ("International Association of Sheet Metal, Air, Rail and Transportation Workers"),
    and there the last part may be one plural common noun ("National Union of Farmers and
    Ranchers", "Associated Society of Locomotive Engineers and Firemen")."""
    out: list[Run] = []
    for run in runs:
        if out and _portfolio(run, out[-1], text, cues, lower):  # "Ministry of Finance and Economy"
            prev = out.pop()
            out.append(Run(prev.begin, run.end, prev.words + run.words, False, prev.absorbed + run.absorbed))
            continue
        k = _portfolio_list(run, out, text, cues) or _trades_of(run, out, text, cues) \
            or _of_list(run, out, text, cues)
        if k:  # "Bureau of Dockers’ Health, Safety and Welfare"
            parts = out[-k:] + [run]
            del out[-k:]
            out.append(Run(parts[0].begin, run.end, [w for p in parts for w in p.words], False,
                           [m for p in parts for m in p.absorbed]))
            continue
        if out and re.fullmatch(r"\s+and\s+", text[out[-1].end:run.begin]) \
                and (_own_local(run, cues) or _local_first(text, run, cues)):
            out.append(run)  # "Kelvo Watch and United Association Local 598": two bodies
            continue
        chain: list[Run] = []
        opener = False  # the first part is an organisation's name with an "of" part
        last = _head_before_number(run, cues)
        inner_of = _head_before_of([w for (_b, _e, w) in run.words], cues) is not None  # "… Union of Kelvia"
        union = last in cues.and_single or bool(cues.org_after.match(text, run.end))
        plural = _plural_noun(run, cues)
        # "… of Carpenters and Joiners Local 24": the last trade before a numbered unit goes on
        # the union's "of" list; only there (a list with no "of" opener stays as it was), and
        # not after a list's comma ("the Coalition of …, and Teamsters Local 830": two bodies)
        unit_plural = not plural and bool(out) and text[out[-1].end:run.begin] == " and " \
            and _unit_plural(run, cues)
        # an institutions' plural ends a chain's own name ("Kelvo Hospitals"): the names listed
        # before it are other bodies, not its parts (kg.nlp.entities.spans.institutionpairs; set CO)
        if (union or plural or unit_plural or cues.heads.get(last) == "organization") \
                and last not in institution_plurals():
            gap = _AND_GAP
            nxt = run
            for prev in reversed(out):
                if not gap.fullmatch(text[prev.end:nxt.begin]) or prev.title:
                    break
                if cues.ends_in_org_label([w for (_b, _e, w) in prev.words]):
                    break  # "State AFL-CIO and United Auto Workers Local 862": two bodies
                if _CASE.search(text, prev.begin, run.end):
                    break  # "Dorrow v. Kelvane and Tallis v. Board of …": court cases, no list
                # a head word alone names nothing before a union's head ("Hotel and Restaurant
                # Employees", "Bank and Insurance Workers Union"); one opening a longer part is
                # an adjective there ("International Longshoremen’s and Warehousemen’s Union")
                lone_head = union and (len(prev.words) == 1 and prev.words[0][2] in cues.heads
                                       or _placed_trade(text, prev, run, cues)
                                       # "… Meat Workers and Related Trades Union": kin trades
                                       or nxt is run and run.words[0][2] in cues.and_kin
                                       and (prev.words[-1][2] in cues.and_inner
                                            or prev.words[-1][2] not in cues.heads))
                opens = len(prev.words) > 1 and prev.words[1][2][:1].isupper()  # not "Ministry of …"
                part_heads = [w for (_b, _e, w) in (prev.words[1:] if opens else prev.words)]
                if not lone_head and any(w in cues.heads and w not in cues.and_inner for w in part_heads):
                    # after a comma the "of" part is a list's first item: a field there is what
                    # the union organises ("Local 31 of the Aviation, Energy and … Union")
                    if _of_part(prev, cues, industry=union, fields=union and gap is _COMMA_GAP,
                                works=plural and not union) \
                            and not inner_of \
                            and (plural or unit_plural or last in cues.and_single
                                 # "Union of Kelvan and Exploited Workers Trade Unions": a
                                 # union of unions, the head's plural (branch passL43)
                                 or last[-1:] == "s" and last[:-1] in cues.and_single):
                        chain.insert(0, prev)
                        opener = True
                    break
                chain.insert(0, prev)
                gap, nxt = _COMMA_GAP, prev
        if plural and not opener and not union and cues.heads.get(run.words[-1][2]) != "organization" \
                or unit_plural and not opener and not union and cues.heads.get(last) != "organization":
            chain = []  # a union's own head ("Allied Professionals Local 12") joins as it did
        # a product's head ("Oil", "Steel": `and_product_heads`) names one firm by what it
        # makes and wants no list of names before it: where the part after "and" is a name of
        # its own (a word that is no head or field before the product) and a part before is of
        # two words or more, they are two firms ("Dorrow Fruit and Kelvin Oil"); "Goodyear Tire
        # and Rubber Company", "Kelvin Tire and Rubber" (a product after "and") stay one
        if not union and not opener and last in cues.and_products and len(run.words) == 2 \
                and not _field_or_head(run.words[0][2], cues) and any(len(part.words) > 1 for part in chain):
            chain = []
        if chain and not opener and _brands(text, chain, run, cues, lower):
            for part in [*chain, run]:  # "the Kelvo, Dorrow and Tallow hotels": three firms
                part.kind = "organization"
            chain = []
        hero = _named_for(text, chain[0], people or {}, last, cues) if chain and not opener else None
        if opener or len(chain) > 1 or hero or (chain and (len(chain[0].words) > 1
                                                           or union and common_part(chain[0], cues)
                                                           or union and _lone_body_head(chain[0], cues)
                                                           or _glued_common(text, chain[0], last, cues)
                                                           or _common_field(chain, run, last, cues))):
            del out[len(out) - len(chain):]
            words = [w for part in chain for w in part.words] + run.words
            absorbed = [m for part in chain for m in part.absorbed] + run.absorbed
            begin = chain[0].begin
            if hero is not None:  # the person opens the body's name, no mention of its own
                words.insert(0, (hero.begin, hero.end, text[hero.begin:hero.end]))
                absorbed.insert(0, hero)
                begin = hero.begin
            lead = _generic_first_field(text, begin, cues) if union and hero is None else None
            if lead is not None:  # "the General, Municipal and … Union": a title-like field opens it
                words.insert(0, lead)
                begin = lead[0]
            noun = _union_noun(text, chain, run, last, cues)
            if noun is not None:  # "the Rail, Maritime and Transport union": the noun is the name's
                words.append(noun)
            out.append(Run(begin, noun[1] if noun else run.end, words, False, absorbed,
                           kind="organization" if noun else None))
            continue
        lead = _generic_first_field(text, run.begin, cues) \
            if union and any(w == "and" for (_b, _e, w) in run.words) else None
        if lead is not None:  # "the General, Municipal and Transport Union": one name
            run = Run(lead[0], run.end, [lead] + run.words, run.title, run.absorbed, run.kind)
        out.append(run)
    out = country_after_trades(text, towns_after_and(text, area_after_and(text, out, cues), cues), cues)
    return joined_tails(text, fields_after_and(text, party_and(text, out, cues), cues), cues)


_UNION_NOUN = re.compile(r" (union)(?![\w’'-])")
_CASE = re.compile(r" vs?\. ")  # a court case's parties ("<Party> v. <Party>") are no list's parts
_AGENT_NOUN = re.compile(r"[a-z]ers$")  # "Millers", "Makers": a trade's members, a union's own last word


def _union_noun(text: str, chain: list[Run], run: Run, last: str, cues: Cues) -> tuple[int, int, str] | None:
    """The lower-case "union" after a list of trades joined by commas and "and" whose last part
    ends in no organisation's head ("the Rail, Maritime and Transport union", "the Dockers,
    Riggers and Pilots union"): the words name no body on their own, so the noun is the name's
    (bench/quality/README.md, "A union named by its name and the lower-case noun"; wave 4's
    kind, branch junk47). A list closed by a union's head ("… and Tobacco Workers union") or by
    a trade's agent noun in "-ers" ("the Bakery, Confectionery and Grain Millers union", as a
    union's own name ends: "… Commercial Workers", "… Grain Millers") names the body itself, the
    noun no part of it."""
    m = _UNION_NOUN.match(text, run.end)
    if m is None or len(chain) < 2 or last in cues.and_single or cues.heads.get(last) == "organization":
        return None
    if _AGENT_NOUN.search(last):
        return None
    return (m.start(1), m.end(1), m.group(1))


def _own_local(run: Run, cues: Cues) -> bool:
    """A union's local after "and" printed with its union's whole name: the union's name opens
    with a word that opens a union's own name and no list's later part (`and_own_openers`:
    "United Association Local 598"), or is a registry organisation's whole name ("Teamsters
    Local 598"). The local names itself whole, so the words before "and" are another body's
    name ("Kelvo Watch and United Association Local 598"; set DO's pass, branch passN44), not
    the first part of a list of trades ("United Food and Commercial Workers Local 7": no such
    opener, no registry union after "and")."""
    words = run.words
    if len(words) < 2 or words[-1][2] not in cues.union_units or run.title:
        return False
    if words[0][2] in cues.and_own_openers:
        return True
    union = " ".join(w for (_b, _e, w) in words[:-1])
    return cues.org_label(union) or cues.org_named(union) is not None


def _local_first(text: str, run: Run, cues: Cues) -> bool:
    """A union's local by its number opening the run after "and", its union after "of" ("… led by
    Clara Dorrow and Local 25 of the Kelvo Garment Workers’ Union"): the local names itself,
    number and union, so the words before "and" are another name (a person, a body), no trade of
    the union's list, which never stands before the local's word (wave 5's kind, branch junk48)."""
    b, e, w = run.words[0]
    return len(run.words) > 1 and w in cues.union_units and e > b + len(w) and not run.title


def _common_field(chain: list[Run], run: Run, last: str, cues: Cues) -> bool:
    """"the Health and Clinics Corporation": one word of a field (`fields`: "Health", "Safety",
    "Housing") alone before "and", no given name or place, then a run of two words or more
    ending in an organisation's head: the word is the body's first field, as "Food and Drug
    Administration" names what the agency does, whatever its head (`and_single_heads` were the
    agencies' and unions' heads only; a public firm's or a fund's "Corporation", "System" names
    its fields the same way: wave 3's kind, branch junk46). A name of its own before "and"
    ("Dorrow and Kelvo Packing Company", "Harvard and Kelvo University": no field) stays apart."""
    if len(chain) != 1 or len(run.words) < 2 or cues.heads.get(last) != "organization" \
            or last in cues.and_party:
        return False  # a party's or a front's name: `party_and` reads it ("Labour and Green Party")
    part = chain[0]
    if len(part.words) != 1 or part.absorbed or part.title or part.kind is not None:
        return False
    return part.words[0][2] in cues.fields and common_part(part, cues)


def _lone_body_head(part: Run, cues: Cues) -> bool:
    """One word alone, an organisation's head word ("University", "Bank") and no given name,
    before "and" and a union's list: the sector the members work in ("the University and Allied
    Workers Union", "the Bank and Insurance Workers Union"), even where the gazetteer knows a
    town of that name, which made `common_part` refuse it and left the rest a junk "Allied
    Workers Union" (set DJ's kind, branch passJ42). A head word alone names no body of its own."""
    if len(part.words) != 1 or part.absorbed or part.title or part.kind is not None:
        return False
    word = part.words[0][2]
    return cues.heads.get(word) == "organization" and not evidence().gazetteer.is_given_name(word)


_GENERIC_FIELD_BEFORE = re.compile(r"(?:(?<![\w’'-])[Tt]he |\A|[.!?]\s+)([A-Z][a-z]+), \Z")


def _generic_first_field(text: str, begin: int, cues: Cues) -> tuple[int, int, str] | None:
    """"the General, Municipal, Boilermakers and Allied Workers Union": a union's list of fields
    may open with a word the name finder takes for a title or a generic word alone ("General",
    "National"), so it names nothing by itself and the list began after it. After "the" (or at
    a sentence's start) and before the list's comma, such a word is the list's first field, the
    union's name's first word (sets AL/AM, branch ent61)."""
    m = textwindow.before(_GENERIC_FIELD_BEFORE, text, begin, 40)
    if m is None or not cues.generic(m.group(1)):
        return None
    return (m.start(1), m.end(1), m.group(1))


_GLUED_PLACE = re.compile(r"(?<![\w’'\-])([A-Z][\w’'\-]*[A-Za-z]) $")


def _brands(text: str, chain: list[Run], run: Run, cues: Cues, lower: set[str]) -> bool:
    """"the Kelvo, Dorrow and Tallow hotels", "the Kelvo and Dorrow chains": names of one word
    each, listed before a plural lower-case noun of firms (`organization_after`), name one firm
    each; the noun is what they all are. A union's list has a head, a field, a product or a
    word the article also writes in lower case among its parts ("Hotel, Motel and Restaurant
    unions"), or a singular noun after it ("… and Grain Millers union"; set Z)."""
    after = cues.org_after.match(text, run.end)
    if after is None or not after.group(0).rstrip().endswith("s"):
        return False
    parts = [*chain, run]
    return all(len(p.words) == 1 and not p.absorbed and not p.title for p in parts) and not any(
        w in cues.heads or w in cues.fields or w in cues.and_products or w in cues.and_single
        or w.lower() in lower or cues.generic(w) or w.isupper()
        for p in parts for (_b, _e, w) in p.words)


def _glued_common(text: str, part: Run, last: str, cues: Cues) -> bool:
    """One word before "and" that the gazetteer knows as a town ("Plantation"), glued after
    a country or a state (the run was cut at the registry's name) and before a list a union's
    head closes ("<Country> Plantation and Agricultural Workers Union"): the word says what the
    members work in, the country opening the union's name (`nested.place_before_list`), no
    town of its own; `common_part` refused it only for being a town's name. With no country
    glued before it ("Ford and Buffalo workers") `common_part` alone decides, as before (set V,
    branch ent35)."""
    if len(part.words) != 1 or last not in cues.and_single:
        return False
    word = part.words[0][2]
    glued = textwindow.before(_GLUED_PLACE, text, part.begin, 40)
    ev = evidence()
    return glued is not None and ev.place_kind(glued.group(1)) in ("country", "state") \
        and ev.place_kind(word) not in ("country", "state") and not ev.gazetteer.is_given_name(word)


_ONE_WORD_AND = re.compile(r"(?:^|(?<=[^\w’'\-]))(?P<word>[A-Z][a-z]+) and $")


def party_and(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """"the Justice and Development Party", "the Justice and Equality Front": one common English
    word before "and" and a party's or a front's head after one more word (`and_party_heads`)
    is part of the name, whatever the scanner made of the word alone: a title ("Justice Ana
    Ruiz") opens no run, so `merge_and` had no part before "and" to join ("the Peace and Freedom
    Party" it joins already). The word must name no party itself: no given name or place, no
    group word ("Republican"), no adjective by its ending ("Democratic"), no plural
    ("Democrats"), no head word, and no registry organisation is that word and the head
    ("Labour and Green Party members" are two parties). A capitalised word before it makes the
    list longer than one word: left as it is (branch ent29)."""
    out: list[Run] = []
    for run in runs:
        words = [w for (_b, _e, w) in run.words]
        party = len(words) == 2 and words[-1] in cues.and_party and not run.title and run.kind is None
        m = textwindow.before(_ONE_WORD_AND, text, run.begin, 40) if party else None
        word = m.group("word") if m else ""
        b = m.start("word") if m else 0
        before = textwindow.before(r"(\S+)\s+$", text, b, 30, cut=True) if m else None
        if m and not (before and before.group(1)[:1].isupper() and before.group(1) not in cues.function) \
                and common_part(Run(b, b, [(b, m.end("word"), word)]), cues) and not cues.group(word) \
                and not word.endswith(cues.adjective_suffixes) and not word.endswith("s") \
                and word not in cues.heads and not cues.org_label(f"{word} {words[-1]}") \
                and common_words().common(word):
            if out and out[-1].begin == b and out[-1].end == m.end("word"):
                out.pop()  # the word alone, cut from the name by "and"
            if not out or out[-1].end <= b:
                out.append(Run(b, run.end, [(b, m.end("word"), word)] + run.words, False, run.absorbed))
                continue
        out.append(run)
    return out


def fields_after_and(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """"Dorrow Metro and Transport", "Kelvin Water and Power": a city's name and what its
    undertaking runs, then "and" and one field of `field_words` that ends the run, are one
    organisation's name (a city's utility or transit company), no place and a common word
    beside it: the field alone named nothing and was dropped, the name cut at "and". The run
    before must be two or three capitalised words that a place the gazetteer knows opens, with
    no head word of its own ("Kelvin City Council and Transport" stays two; branch ent29) but one
    naming a city's undertaking (`undertaking_heads`: "Kelvin Metro and Transport"; ent56)."""
    out: list[Run] = []
    ev = evidence()
    for run in runs:
        prev = out[-1] if out else None
        words = [w for (_b, _e, w) in prev.words] if prev is not None else []
        if prev is not None and len(run.words) == 1 and run.words[0][2] in cues.fields \
                and text[prev.end:run.begin] == " and " and not prev.title and prev.kind is None \
                and run.kind is None and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
                and ev.place_kind(words[0]) is not None and ev.place_kind(" ".join(words)) is None \
                and not any(w in cues.heads and w not in cues.undertaking_heads for w in words) \
                and not textwindow.after(r" [A-Z]", text, run.end, 2, cut=True):
            out[-1] = Run(prev.begin, run.end, prev.words + run.words, False, prev.absorbed,
                          kind="organization")
            continue
        out.append(run)
    return out


def area_after_and(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """"Metalworkers Union of Kelvinburg and Region", "Trades Council of Dorrow and Vicinity":
    after a name whose head before its "of" part is an organisation's, "and" and one word for
    the country around its city (`and_area_closers`) that ends the run close the name; the
    word alone was junk and the name cut at "and" (branch ent28). "Kelvin Union and District
    12" (a number after it) stays as it was.

    A union named for its employer ("Syndicate of Workers of Kelvin and Suburbs Tram Company"):
    the closer may open a longer run that an organisation's head ends (`_employer_tail`); "and"
    there joins the parts of the employer's name, the city and the country around it, and the
    whole is one name, not two junk halves (sets AH/AI, branch ent54). A closer opening a run
    with no such head stays as it was."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        words = [w for (_b, _e, w) in prev.words] if prev is not None else []
        if prev is not None and (len(run.words) == 1 or _employer_tail(run, cues)) \
                and run.words[0][2] in cues.and_area \
                and text[prev.end:run.begin] == " and " and not prev.title and prev.kind is None \
                and run.kind is None and "of" in words[1:] \
                and cues.heads.get(words[words.index("of", 1) - 1]) == "organization" \
                and not textwindow.after(r"\s+\d", text, run.end, 3, cut=True):
            out[-1] = Run(prev.begin, run.end, prev.words + [(prev.end + 1, prev.end + 4, "and")] + run.words,
                          False, prev.absorbed)
            continue
        out.append(run)
    return out


def country_after_trades(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """"Brotherhood of Carpenters and Joiners of America Local 24": a union whose head
    (`and_single_heads`) stands before an "of" part listing its trades with "and", the last a
    capitalised plural, then " of " and a registry country (and a numbered local), is one name:
    a union names the country it organises after its trades, as "United Mine Workers of America"
    does, but "of" joins only after a head or an `of_heads` word, so the country and its local
    were cut off as a name of their own (branch ent142). The country must open the run after
    " of " and only a union's unit head (`union_unit_heads`) may follow it there."""
    return joined_runs(text, runs, "of", lambda trades, country: _trades_list(text, trades, cues)
                       and not country.title and country.kind is None and _country_unit(country, cues),
                       kind=None)


def _trades_list(text: str, run: Run, cues: Cues) -> bool:
    """A union's head before "of", then trades joined by "and" ending in a capitalised plural."""
    words = [w for (_b, _e, w) in run.words]
    if run.title or run.kind is not None or "of" not in words[1:]:
        return False
    k = words.index("of", 1)
    last = run.words[-1]
    return words[k - 1] in cues.and_single and cues.heads.get(words[k - 1]) == "organization" \
        and " and " in text[run.words[k][1]:run.end] \
        and _plural_noun(Run(last[0], last[1], [last]), cues)


def _country_unit(run: Run, cues: Cues) -> bool:
    """The run is a country (a registry match, the gazetteer's, or `union_countries`), alone or
    before a union's unit head ("America Local 24").

    Not kg.nlp.entities.spans.runs `span_place_kind`, the question firmofplace and placetails
    share: a union's country is asked here, so `union_countries` ("America" as the unions name it)
    counts, and a registry match opening the run decides even where it ends short of the
    country's words (a shorter name the registry knows there says the run is no country alone),
    where `span_place_kind` asks the gazetteer unless a match spans the words exactly."""
    words = run.words[:-1] if len(run.words) > 1 and run.words[-1][2] in cues.union_units else run.words
    match = next((m for m in run.absorbed if m.begin == run.begin), None)
    if match is not None:
        return match.entry.kind == "country" and match.end == words[-1][1]
    name = " ".join(w for (_b, _e, w) in words)
    return name in cues.union_countries or evidence().place_kind(name) == "country"


def _employer_tail(run: Run, cues: Cues) -> bool:
    """A run of two or more words after "and" whose last is an organisation's head ("Suburbs
    Tram Company") and no other is one: the employer's name runs on after its area's word."""
    words = [w for (_b, _e, w) in run.words]
    return len(words) > 1 and cues.heads.get(words[-1]) == "organization" \
        and not any(w in cues.heads for w in words[:-1] if w not in cues.and_area)


def _agent_plural(word: str) -> bool:
    """A capitalised plural noun of people by their trade ("Printers", "Refiners")."""
    return word[:1].isupper() and word.endswith("ers") and not word.isupper()


def joined_tails(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """Names the scanner cut at "and" whose part after it names nothing alone (set AA, branch
    ent43), left as two junk halves:

    - "the Kelvo and Dorrow Mine": after "the", one word (no registry name, no site's head; a
      newspaper's head word such as "Star" may name a claim), "and", then one word and a
      singular site's head (`and_site_heads`): one site named for both, the word before the
      head a claim's name even where it is a town's ("the Kelvo and Denver Mine");
    - "Dorrow Printers and Refiners": a name ending in a trade's plural, "and", and one more
      trade's plural alone (no head, no group word, no registry name): one firm of both trades,
      an organisation whatever the words around it say;
    - "the Tallow Books and Ideas Fair": a name ending in a plural noun, "and", then one plural
      common noun and an event's head: the fair is named for both nouns, the word before opens it.
    """
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        gap = text[prev.end:run.begin] if prev is not None else ""
        if prev is not None and prev.words[-1][2].endswith("-") and len(prev.words[-1][2]) > 2 \
                and gap[:1] == " " and gap[-1:] == " " and gap.strip() in cues.suspended_joiners \
                and not prev.title and not run.title and run.words[0][2][:1].isupper():
            # "Kelvo- und Dorrowgewerkschaft": the hyphen suspends the compound's shared part
            joiner = (prev.end + 1, run.begin - 1, gap.strip())
            out[-1] = Run(prev.begin, run.end, prev.words + [joiner] + run.words, False,
                          prev.absorbed + run.absorbed)
            continue
        if prev is None or gap != " and " or prev.title or run.title \
                or prev.kind is not None or run.kind is not None:
            out.append(run)
            continue
        pw = [w for (_b, _e, w) in prev.words]
        rw = [w for (_b, _e, w) in run.words]
        site = len(pw) == 1 and len(rw) == 2 and rw[1] in cues.and_sites and not prev.absorbed \
            and pw[0] not in cues.and_sites and rw[0] not in cues.heads \
            and all(m.entry.kind in PLACE_KINDS for m in run.absorbed) \
            and text[max(0, prev.begin - 4):prev.begin].lower() == "the "
        trade = len(pw) >= 2 and len(rw) == 1 and _agent_plural(pw[-1]) and _agent_plural(rw[0]) \
            and rw[0] not in cues.heads and not cues.group(rw[0]) and not run.absorbed \
            and not cues.org_after.match(text, run.end)
        fair = len(pw) >= 2 and len(rw) == 2 and cues.heads.get(rw[1]) == "event" \
            and pw[-1].endswith("s") and rw[0].endswith("s") and rw[0] not in cues.heads \
            and not cues.group(rw[0]) and not run.absorbed \
            and common_part(Run(run.begin, run.words[0][1], run.words[:1]), cues)
        if site or trade or fair:
            out[-1] = Run(prev.begin, run.end, prev.words + [(prev.end + 1, prev.end + 4, "and")] + run.words,
                          False, prev.absorbed + run.absorbed,
                          # people of two trades under one name are a body: a firm or a union
                          "organization" if trade else None)
            continue
        out.append(run)
    return out


def towns_after_and(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """"Metalworkers Union of São Kelvo do Campo and Dorrema": a union named for the two towns
    it organises, as unions are in Brazil and Spanish America ("Sindicato … de X e Y"). After
    a name whose head before its "of" part is a union's (`and_single_heads`) and whose "of"
    part the gazetteer knows as a place, "and" and a city the gazetteer knows, ending the
    sentence's clause (a comma, a stop, a bracket: not "’s", a capitalised or lower-case word
    that would make the city a name's opener or a noun's modifier), are the name's; the city
    alone came out as a name of its own and the name cut at "and" (set X)."""
    ev = evidence()
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        words = [w for (_b, _e, w) in prev.words] if prev is not None else []
        of = words.index("of", 1) if "of" in words[1:] else 0
        if of and len(run.words) <= 4 and text[prev.end:run.begin] == " and " and not prev.title \
                and prev.kind is None and not run.title and run.kind is None \
                and words[of - 1] in cues.and_single and cues.heads.get(words[of - 1]) == "organization" \
                and ev.place_kind(" ".join(words[of + 1:])) is not None \
                and ev.place_kind(_run_text(text, run)) == "city" \
                and textwindow.after(r"[,.;:)]|$", text, run.end, 1, cut=True):
            out[-1] = Run(prev.begin, run.end, prev.words + [(prev.end + 1, prev.end + 4, "and")] + run.words,
                          False, prev.absorbed + run.absorbed)
            continue
        out.append(run)
    return out


def town_and_area(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """"the Kelvinburg and Suburbs Bus Company": a town, "and", then a run opening with a word
    for the country around it (`and_area_closers`) and ending in an organisation's head are
    one body's name, the town and its suburbs what it serves. The scanner cut the name at
    "and" and the area's word opened a body of its own; the town is a registry city (a match,
    absorbed) or a run of one or two words the gazetteer knows as a city (set U, branch ent34)."""
    ev = evidence()
    cities = {m.end: m for m in known if m.entry.kind == "city"}
    out: list[Run] = []
    for run in runs:
        words = [w for (_b, _e, w) in run.words]
        area = len(words) > 1 and words[0] in cues.and_area and cues.heads.get(words[-1]) == "organization" \
            and not run.title and run.kind is None and text[run.begin - 5:run.begin] == " and "
        prev = out[-1] if out else None
        town = cities.get(run.begin - 5) if area else None
        if town is not None and (prev is None or prev.end <= town.begin):
            out.append(Run(town.begin, run.end, [(town.begin, town.end, text[town.begin:town.end]),
                                                 (run.begin - 4, run.begin - 1, "and")] + run.words,
                           False, [town] + run.absorbed))
            continue
        if area and prev is not None and prev.end == run.begin - 5 and len(prev.words) <= 2 \
                and not prev.title and prev.kind is None and ev.place_kind(_run_text(text, prev)) == "city":
            joined = prev.words + [(run.begin - 4, run.begin - 1, "and")] + run.words
            out[-1] = Run(prev.begin, run.end, joined, False, prev.absorbed + run.absorbed)
            continue
        out.append(run)
    return out


def region_with_and(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """"Upper Kelvo and Dorrow": a region whose own name holds "and" (the gazetteer's "Jammu
    and Kashmir", "Trinidad and Tobago"), with a word before it ("Upper", "Southern") that made a
    run of its own end at "and". A run, " and ", then a run or a registry place after it, where
    the run's last words, "and" and the words after it are a place the gazetteer knows, are one
    place from the run's first word on; the registry place after "and" is absorbed, no mention
    of its own (sets AD/AE, branch ent47). A run that is all of the gazetteer's first part alone
    is left as it was (a list of two places: "Jammu and Kashmir" reads as before)."""
    ev = evidence()
    places = {m.begin: m for m in known if m.entry.kind in PLACE_KINDS}
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        at = run.end + len(" and ")
        nxt = runs[i + 1] if i + 1 < len(runs) and runs[i + 1].begin == at else None
        place = places.get(at) if nxt is None else None
        if text[run.end:at] == " and " and not run.title and run.kind is None and len(run.words) > 1 \
                and (nxt is not None and not nxt.title and nxt.kind is None or place is not None):
            after = [w for (_b, _e, w) in nxt.words] if nxt is not None \
                else text[place.begin:place.end].split()
            words = [w for (_b, _e, w) in run.words]
            k = next((k for k in range(1, len(words))
                      if ev.place_kind(" ".join(words[k:] + ["and"] + after)) is not None), 0)
            if k:
                end = nxt.end if nxt is not None else place.end
                tail = nxt.words if nxt is not None \
                    else [(place.begin, place.end, text[place.begin:place.end])]
                absorbed = run.absorbed + (nxt.absorbed if nxt is not None else [place])
                out.append(Run(run.begin, end, run.words + [(run.end + 1, run.end + 4, "and")] + tail,
                               False, absorbed, kind="place"))
                i += 2 if nxt is not None else 1
                continue
        out.append(run)
        i += 1
    return out


def _run_text(text: str, run: Run) -> str:
    """The run's words joined by one space."""
    return " ".join(w for (_b, _e, w) in run.words)


def _field_or_head(word: str, cues: Cues) -> bool:
    """A head word, a product or a field ("Rubber", "Transport"): a list's item, no firm's own name."""
    return word in cues.heads or word in cues.and_inner or word in cues.fields or word in cues.and_products


def _head_before_number(run: Run, cues: Cues) -> str:
    """The head of a run's name; for a numbered unit the word before its head ("Employees" in
    "Hotel and Restaurant Employees Local 2"), which says what the list before "and" names."""
    words = [w for (_b, _e, w) in run.words]
    if len(words) > 1 and words[-1] in cues.numbered:
        return words[-2]
    return _head_before_of(words, cues) or _head_before_for(words, cues) or words[-1]


def _head_before_of(words: list[str], cues: Cues) -> str | None:
    """A union's head (`and_single_heads`) right before the run's "of" part ("Senior Staff
    Association of Kelvia", "Tailoring Workers Union of Kelvia"): the name's head is there, not
    at its end, so a list joined by "and" before the run names what the union's members work in
    ("Cement and Building Materials Senior Staff Association of Kelvia"), as it does before a
    head that ends the run (branch ent19)."""
    if words[-1] in cues.heads or "of" not in words[1:]:
        return None
    k = words.index("of", 1)
    return words[k - 1] if words[k - 1] in cues.and_single else None


def _head_before_for(words: list[str], cues: Cues) -> str | None:
    """An organisation's head right before the run's "for" part, which says what the body is
    for ("Control Agency for Farm Aid", "Relief Fund for Kelvian Miners"): the name's head is
    there, so a word joined by "and" before the run is the name's as before a head that ends
    the run ("Payment and Control Agency for Farm Aid", as "Payment and Control Agency"; set X).
    Only where a word of the run stands before the head: a head opening the run ("Coalition for
    the Homeless") has no list of what it is before it."""
    if words[-1] in cues.heads or "for" not in words[2:]:
        return None  # "Coalition for the Homeless": a head opening the run modifies no list
    k = words.index("for", 2)
    return words[k - 1] if cues.heads.get(words[k - 1]) == "organization" else None


def _portfolio(run: Run, prev: Run, text: str, cues: Cues, lower: set[str]) -> bool:
    """A government body "of" two fields joined by "and" ("Ministry of Finance and Economy",
    "Department of Labor and Industry"): after an organisation's name with an "of" part (see
    `_of_part`), one to three capitalised words that are fields (`field_words`) or, one word
    alone, a word the article also writes in lower case ("economy") continue the name. A name
    of its own after "and" ("Ministry of Health and Pfizer") does not."""
    words = [w for (_b, _e, w) in run.words]
    # "Kelvo Board of Health and Social Services of Dorrow Bay": the body's place after the second
    # field, "of" and capitalised words, ends its name (branch passL43); the fields decide
    k = words.index("of") if "of" in words[1:4] else len(words)
    place_at = run.words[k][1] if k < len(words) else run.end
    if not re.fullmatch(r"\s+and\s+", text[prev.end:run.begin]) or prev.title \
            or any(m.begin < place_at or m.entry.kind not in PLACE_KINDS for m in run.absorbed) \
            or not (_of_part(prev, cues) or _for_part(prev, cues, text, run) or _ministry_of(prev, cues)) \
            or k > 3 or k < len(words) and not all(w[:1].isupper() for w in words[k + 1:]):
        return False
    if k < len(words):
        fields = words[:k]
        return all(w in cues.fields for w in fields) or _field_phrase(fields, cues)
    if all(w in cues.fields for w in words) or _field_phrase(words, cues):
        return True
    if len(words) == 1 and _ministry_of(prev, cues) and _abstract_field(words[0], cues):
        return True  # "Ministry of Manpower and Resettlement": a second portfolio (set Y)
    purpose = not _of_part(prev, cues)  # "Coalition for Peace and Democracy": an ideal, one word
    if purpose and len(words) == 2 and _purpose_phrase(words, cues):
        return True  # "Office for Settlement and Land Reform": a purpose of two words (set AV)
    if purpose and len(words) == 2 and _against_part(prev, cues) and _purpose_phrase(words[1:], cues) \
            and joins.common_word(words[0]) and cues.heads.get(words[0]) != "organization" \
            and not cues.group(words[0]):
        return True  # "… Against Police Brutality and State Repression": a head as its modifier
    # (branch passT44)
    return len(words) == 1 and (purpose or words[0].lower() in lower) and common_part(run, cues) \
        and words[0] not in cues.heads and not cues.group(words[0])


def _against_part(prev: Run, cues: Cues) -> bool:
    """`prev` names a body by what it is against: a purpose word (`purpose_words`: "Against")
    after its head ("Kelvo Committee Against Police Brutality")."""
    return any(w in cues.purpose for (_b, _e, w) in prev.words[1:])


def _purpose_phrase(words: list[str], cues: Cues) -> bool:
    """"Land Reform", "Urban Renewal": a purpose of two words after a "for" part's "and" ("the
    National Office for Settlement and Land Reform"), both common English words that are no
    head, group word, given name or known place: no firm's, person's or place's name (set AV,
    branch ent76)."""
    ev = evidence()
    return all(joins.common_word(w) and w not in cues.heads and not cues.group(w)
               and not ev.gazetteer.is_given_name(w) and ev.place_kind(w) is None for w in words)


def _abstract_field(word: str, cues: Cues) -> bool:
    """"Resettlement", "Transportation": a lower-case-looking abstract noun by its ending
    (`field_suffixes`), no head, no given name, no known place: a portfolio's field."""
    ev = evidence()
    return word[1:].islower() and len(word) > 6 and word.endswith(cues.field_suffixes) \
        and word not in cues.heads and not ev.gazetteer.is_given_name(word) and ev.place_kind(word) is None


def _ministry_of(part: Run, cues: Cues) -> bool:
    """"Ministry of Energy", "Department of Housing and …": a government body's head
    (`portfolio_heads`) right before "of" and only fields (`field_words`) after it. A field that is
    also a firm's head ("Energy", "Development") names the portfolio here, so `_of_part`, which
    wants an "of" part with no head of its own, does not decide (branch ent20)."""
    words = [w for (_b, _e, w) in part.words]
    if "of" not in words[1:]:
        return False
    k = words.index("of", 1)
    return words[k - 1] in cues.portfolio_heads and k + 1 < len(words) \
        and all(w in cues.fields for w in words[k + 1:])


def _field_phrase(words: list[str], cues: Cues) -> bool:
    """"Coal Industry", "Workforce Development", "Heavy Industry": a second portfolio of two or
    three words ending in a field (`field_words`), the words before it common English words
    (kg.nlp.entities.spans.joins `common_word`) that are no given name, no known place and no head but
    a product's ("Coal"), so a firm ("Kelvane Motors") or a person after "and" is none (branch
    ent20)."""
    ev = evidence()
    return 2 <= len(words) <= 3 and words[-1] in cues.fields and all(
        joins.common_word(w) and not ev.gazetteer.is_given_name(w) and ev.place_kind(w) is None
        and (w not in cues.heads or w in cues.and_products or w in cues.fields) for w in words[:-1])


def _fields(part: Run, cues: Cues) -> bool:
    """One to three capitalised words that are fields (`field_words`: "Safety", "Welfare") or a
    field phrase ("Workforce Development", `_field_phrase`): a portfolio's item."""
    words = [w for (_b, _e, w) in part.words]
    return not part.title and not part.absorbed and 1 <= len(words) <= 3 \
        and (all(w in cues.fields for w in words) or _field_phrase(words, cues))


def _portfolio_list(run: Run, out: list[Run], text: str, cues: Cues) -> int:
    """"Bureau of Dockers’ Health, Safety and Welfare", "Department of Housing, Transport and
    Planning": a body's name whose "of" part ends in a field (`_of_part`, `_ministry_of`), then
    fields joined by commas and closed by "and" (`_fields`), is one name; the runs stopped at
    each comma, keeping the body's first field only (branch ent25). `_portfolio` reads two
    fields joined by "and" alone. How many runs before `run` the name takes in (the body and
    the fields after it), or 0. A name of its own among them ("Ministry of Health, Kelvane
    Foods and …") leaves the list alone."""
    if not out or not _AND_LAST.fullmatch(text[out[-1].end:run.begin]):
        return 0
    common = not _fields(run, cues)  # "… and Food Quality": common words for a field (`_ministry_list`)
    if common and not _common_item(run, cues):
        return 0
    k = 1
    while k <= len(out):
        part = out[-k]
        nxt = out[-k + 1] if k > 1 else run
        if k > 1 and not _COMMA_GAP.fullmatch(text[part.end:nxt.begin]):
            return 0
        if k > 1 and _ministry_list(part, cues):
            return k
        if not _fields(part, cues):
            if _common_item(part, cues):  # "… Fisheries, Forests and …": a ministry's item
                common = True
                k += 1
                continue
            if common:
                return 0
            words = [w for (_b, _e, w) in part.words]
            body = k > 1 and not part.title and "of" in words and words[-1] in cues.fields \
                and (_of_part(part, cues) or _ministry_of(part, cues))
            return k if body else 0
        k += 1
    return 0


def _common_item(part: Run, cues: Cues) -> bool:
    """"Nature", "Food Quality", "Forests": one to three capitalised common English words
    (wordfreq), no head, given name or known place: a portfolio's item where no field word
    names it (`_ministry_list`)."""
    words = [w for (_b, _e, w) in part.words]
    ev = evidence()
    return not part.title and not part.absorbed and 1 <= len(words) <= 3 \
        and all(w[:1].isupper() and common_words().common(w) and w not in cues.heads
                and not ev.gazetteer.is_given_name(w) and ev.place_kind(w) is None for w in words)


def _ministry_list(part: Run, cues: Cues) -> bool:
    """"Ministry of Fisheries, Forests and Water Safety": a government body's head
    (`portfolio_heads`) and "of" opening a list whose items are fields or common words
    (`_common_item`), joined by commas and closed by "and", is one name: a cabinet names a
    ministry by all it runs (set AQ, branch ent66). The first item must be a field."""
    words = [w for (_b, _e, w) in part.words]
    return not part.title and len(words) >= 3 and words[-2] == "of" \
        and words[-3] in cues.portfolio_heads and words[-1] in cues.fields


def _trades_of(run: Run, out: list[Run], text: str, cues: Cues) -> int:
    """"National Federation of Dyeing, Metallurgical and Textile Workers of Kelvia": a body's
    name whose "of" part opens a list of trades (capitalised words with no head, joined by
    commas) closed by "and", a trade and a union's plural head (`and_single_heads`: "Workers",
    "Employees") with its own "of" and place, is one name. The runs stopped at each comma and
    `merge_and` kept the body's first trade alone; the shape, not a list of trade words, says
    it (adjectives such as "Metallurgical" are no `field_words`; set T, branch ent33). With no
    comma the body's trade must be a field ("… Union of Mining and Steel Workers of Kelvia").
    How many runs before `run` the name takes in, or 0."""
    words = [w for (_b, _e, w) in run.words]
    if not out or run.title or "of" not in words or not _AND_LAST.fullmatch(text[out[-1].end:run.begin]):
        return 0
    k = words.index("of")
    if not 2 <= k <= 3 or words[k - 1] not in cues.and_single \
            or not all(_trade_word(w, cues) for w in words[:k - 1]):
        return 0
    n = 1
    while n <= len(out):
        part = out[-n]
        nxt = out[-n + 1] if n > 1 else run
        ws = [w for (_b, _e, w) in part.words]
        if n > 1 and not _COMMA_GAP.fullmatch(text[part.end:nxt.begin]) or part.title:
            return 0
        if "of" in ws:  # the body: its head before "of", one or two trade words after
            j = ws.index("of")
            trade = ws[j + 1:]
            # after a comma the list's first trade may be a site's word ("… Federation of Mill,
            # Dye and Loom Workers of Kelvia": the mill hands' trade; set AV, branch ent76)
            body = j >= 1 and cues.heads.get(ws[j - 1]) == "organization" and 1 <= len(trade) <= 2 \
                and all(_trade_word(w, cues) or (n > 1 and w in cues.site_heads) for w in trade) \
                and not part.absorbed
            return n if body and (n > 1 or trade[-1] in cues.fields) else 0
        if not 1 <= len(ws) <= 2 or part.absorbed or not all(_trade_word(w, cues) for w in ws) \
                or not common_part(part, cues):
            return 0
        n += 1
    return 0


_OF_LIST_LAST = re.compile(r" (?:and|&) ")
_OF_LIST_END = re.compile(r" [a-z]|[.,;:!?\"”’]|\s*$| \((?P<acronym>[A-Z][A-Za-z-]+)\)")


def _of_list(run: Run, out: list[Run], text: str, cues: Cues) -> int:
    """A body's long name whose "of" part is a list: "Kelvo Guild of Stage Hands, Scene
    Painters and Allied Trades (KGSH)", "Kelvo Department of Game and Wetlands", "Local 40 of the Dorrow
    Union of Pit, Mill and Foundry Workers": an organisation's head (or a union's numbered unit:
    "Local 40 of the …") before its last "of", then items of capitalised words joined by ", " and
    closed by " and " or " & ", the last running to a lower-case word, the sentence's or clause's
    end or an acronym in brackets, is one name; the runs stopped at each comma and at "and" and
    left the body with its first item and the rest as junk bodies. Where an item is a name of
    its own the list is of several names and stays apart (`_list_item`): a known place, a
    registry name, a person, initials, or a body with its own head ("the Kelvo Union of
    Teachers and Dorrow University"), or the last item alone spelled by the acronym after it
    ("… and Kelvo Bus Workers (KBW)"); so does a list with a comma before "and" ("…, and
    Kelvo Drivers Local 8": the paper's list of bodies). How many runs before `run` the name
    takes in, or 0 (issue 10, sets CU–CX' long union and agency names; branch ofl42)."""
    end = _OF_LIST_END.match(text, run.end)
    if not out or run.title or run.kind is not None or end is None \
            or not _OF_LIST_LAST.fullmatch(text[out[-1].end:run.begin]) \
            or not _list_item(_item_before_industry(run, cues), run.absorbed, cues):
        return 0
    if end.group("acronym") and end.group("acronym").upper() == "".join(w[:1] for (_b, _e, w) in run.words):
        return 0  # "… and Kelvo Bus Workers (KBW)": the initials spell the last item, a body of its own
    # before a trade's plural closing the list, a body's head alone is the members' field
    # ("… Federation of Television and Radio Singers", "… Union of Bank and Insurance Workers")
    lone = run.words[-1][2].endswith("s")
    n = 1
    while n <= len(out):
        part = out[-n]
        nxt = out[-n + 1] if n > 1 else run
        if part.title or part.kind not in (None, "organization") \
                or n > 1 and not _COMMA_GAP.fullmatch(text[part.end:nxt.begin]):
            return 0
        words = [w for (_b, _e, w) in part.words]
        if "of" not in words:
            if not _list_item(part.words, part.absorbed, cues, lone):
                return 0
            n += 1
            continue
        k = len(words) - 1 - words[::-1].index("of")  # the last "of": a local's body may open the run
        head = words[k - 1] if k else ""
        unit = k >= 2 and words[k - 2] in cues.union_units and words[k - 1][:1].isdigit()
        if not (cues.heads.get(head) == "organization" or unit):
            return 0
        first = part.words[k + 1:]
        if first and first[0][2] == "the":
            first = first[1:]
        inner = [m for m in part.absorbed if m.begin >= part.words[k][1]]
        if n == 1 and first and all(w in cues.fields for (_b, _e, w) in first):
            return 0  # "Ministry of Health and …": a portfolio's second field is `_portfolio`'s call
        return n if first and _list_item(first, inner, cues, lone) else 0
    return 0


def _item_before_industry(run: Run, cues: Cues) -> list[tuple[int, int, str]]:
    """The last item of an "of" list without the industry its own "of" part names: "… Union of
    Dock Hands and Crane Workers of the Kelvo Industry" lists two trades, the second
    closed by the industry both work in (an "of (the)" part of one to three capitalised words
    ending in an industry's word, `and_inner_heads`: "Industry", "Trade"; wave 4's kind, branch
    junk47); else the run's words."""
    words = run.words
    ws = [w for (_b, _e, w) in words]
    if "of" not in ws[1:]:
        return words
    k = ws.index("of", 1)
    tail = ws[k + 1:]
    if tail[:1] == ["the"]:
        tail = tail[1:]
    if 1 <= len(tail) <= 3 and all(w[:1].isupper() for w in tail) and tail[-1] in cues.and_inner \
            and not any(m.begin > words[k][0] for m in run.absorbed):
        return words[:k]
    return words


def _list_item(words: list[tuple[int, int, str]], absorbed: list[Match], cues: Cues,
               lone_head: bool = False) -> bool:
    """One item of a body's "of" list (`_of_list`): one to four capitalised words that name
    nothing of their own. Not a registry name (`absorbed`), not initials, not a person (a given
    name before another word), not a known country or state, nor a known town unless its words
    are common English words ("Mine", "Mill"), and no head of a body or a site of its own at its
    end (a trade's plural such as "Builders" or "Employees" is what the members are: the item's
    word; a site's head alone, "Mill", is the trade's site). The item ends in a plural (the
    members' trade: "Foundry Workers", "Allied Trades") or is all common English words or
    fields ("Game", "Soil", "Labor"): the items of such names are, and a firm's name
    ("Tallow Grain") is not. With `lone_head` (an item before the last of a list a trade's
    plural closes) one word that is a body's head is the members' field ("Television", "Bank")."""
    ws = [w for (_b, _e, w) in words]
    if not 1 <= len(ws) <= 4 or absorbed or not all(w[:1].isupper() and not w.isupper() for w in ws):
        return False
    ev = evidence()
    if len(ws) > 1 and ev.gazetteer.is_given_name(ws[0]):
        return False
    kind = ev.place_kind(" ".join(ws))
    if kind in ("country", "state") or kind is not None and not all(common_words().common(w) for w in ws):
        return False
    last = ws[-1]
    # a trade's plural ends an item, or common words or fields make it: "Tallow Grain" (a word
    # that is no English one before a singular) names a firm of its own
    if not last.endswith("s") and not all(common_words().common(w) or w in cues.fields for w in ws):
        return False
    head = cues.heads.get(last)
    if head == "organization":
        return last.endswith("s") and (last in cues.and_single or _agent_plural(last)) \
            or lone_head and len(ws) == 1
    return head is None or len(ws) == 1


def _trade_word(word: str, cues: Cues) -> bool:
    """A capitalised word that may name a trade in a union's list: a field ("Mining", a firm's
    head too) or a word that is no head at all ("Metallurgical")."""
    return word[:1].isupper() and (word in cues.fields or word not in cues.heads)


def _of_part(part: Run, cues: Cues, industry: bool = False, fields: bool = False,
             works: bool = False) -> bool:
    """An organisation's name whose head comes before "of" and whose "of" part has no head of
    its own and names no known place ("International Association of Sheet Metal", "National
    Union of Farmers"): a list joined by "and" right after it may go on naming what the
    organisation is of, when it ends in a union's head or a plural noun. With `industry` (the
    list ends in a union's head) a product's head in the "of" part is the industry the union
    organises, no firm's head ("National Union of Petroleum and Kelvian Gas Workers"); with
    `fields` too (the list goes on after a comma) a field is ("Local 31 of the Aviation, Energy
    and Dockworkers Union": the "of" part is the list's first item, branch ent25). With `works`
    (the list ends in a plural common noun) a work's head opens it as well (branch passL43)."""
    words = [w for (_b, _e, w) in part.words]
    if "of" not in words:
        return False
    k = words.index("of")
    if any(m.entry.kind in PLACE_KINDS and m.begin > part.words[k][0] for m in part.absorbed):
        return False  # "University of Oxford": of a place; "Kenya Institute of …" is a place's
    # a work site's head there is where the members work ("National Union of Mill and Office
    # Workers": set CD), as a product's is what they make
    allowed = cues.of_heads | (cues.and_products | cues.and_inner | cues.and_sites if industry else set()) \
        | (cues.fields if fields else set())
    # after a comma one word alone in the "of" part is the list's first trade even where it is a
    # place's or a structure's head: "Bridge" alone names no bridge ("International Association
    # of Bridge, Structural and … Iron Workers", the bridge builders; branch ent142)
    if fields and len(words) == k + 2 and cues.heads.get(words[-1]) not in (None, "organization"):
        allowed = allowed | {words[-1]}
    # a charter's or a declaration's head before "of" lists what it guarantees as a body's does
    # what it is of ("the Kelvian Charter of Rights and Freedoms"); only where a plural common
    # noun ends the list (`works`: merge_and's `plural`), never a union's head
    kinds = ("organization", "work") if works else ("organization",)
    return any(cues.heads.get(w) in kinds for w in words[:k]) and not any(
        w in cues.heads and w not in allowed for w in words[k + 1:])  # "of Machinists" may


def _for_part(part: Run, cues: Cues, text: str, nxt: Run) -> bool:
    """An organisation's name whose head comes before "for" and whose "for" part has no head
    ("Movement for Justice", "Alliance for Patriotic Renewal"): the fields of its purpose may
    be two joined by "and" ("Movement for Justice and Development", "Coalition for Peace and
    Justice"), the last ending the name (no capitalised word glued after it). A purpose word
    (`purpose_words`: "Against") stands as "for" does ("Coalition Against Hunger and Homelessness")."""
    words = [w for (_b, _e, w) in part.words]
    k = next((i for i, w in enumerate(words) if w == "for" or w in cues.purpose), None)
    if k is None or textwindow.after(r" [A-Z]", text, nxt.end, 2, cut=True):
        return False
    # after a purpose word ("Against") a campaign's head may be an event's: "Rally Against Hunger
    # and Homelessness", "March Against Racism and War" name what they fight (branch ent142)
    kinds = ("organization",) if words[k] == "for" else ("organization", "event")
    # what a body is against may be named with a head as its modifier ("Committee Against Police
    # Brutality and …"): after a purpose word only the part's last word must be no head
    # (branch passT44)
    part = words[-1:] if words[k] in cues.purpose else words[k + 1:]
    return any(cues.heads.get(w) in kinds for w in words[:k]) and not any(w in cues.heads for w in part)


def _placed_trade(text: str, prev: Run, run: Run, cues: Cues) -> bool:
    """"Kelvo Building and Construction Trades Council": a known place, then one head word that is
    no organisation's ("Building"), before "and" and a union's list whose words before its head are
    no place or given name: the head word is the list's first trade and the place opens the
    union's name, as a place glued before a list does (`nested.place_before_list`); "Kelvo City and
    Dorrow District Council" (a place after "and") is left to `area_councils` (branch ent142).
    A place no list knows counts by its own head ("Dorrow County Building and …": a name, then
    a place's head word such as "County"; set DO's pass, branch passN44)."""
    words = [w for (_b, _e, w) in prev.words]
    if len(words) < 2 or cues.heads.get(words[-1]) in (None, "organization") or len(run.words) < 2:
        return False
    place = text[prev.begin:prev.words[-2][1]]
    known = any(m.begin == prev.begin and m.end == prev.words[-2][1] and m.entry.kind in PLACE_KINDS
                for m in prev.absorbed)
    headed = len(words) >= 3 and cues.heads.get(words[-2]) == "place" and words[0][:1].isupper() \
        and words[0] not in cues.heads
    return (known or headed or evidence().place_kind(place) is not None) \
        and all(common_part(Run(b, e, [(b, e, w)]), cues) for (b, e, w) in run.words[:-1])


def _unit_plural(run: Run, cues: Cues) -> bool:
    """"Joiners Local 24": a trade's plural (`_plural_noun`), alone or after one word, then a
    union's numbered unit's head (`union_unit_heads`, the number outside the words): the list's
    last trade before the local, which a union's "of" part may close (branch ent142)."""
    words = run.words
    if len(words) < 2 or words[-1][2] not in cues.union_units:
        return False
    core = words[:-1]
    return _plural_noun(Run(core[0][0], core[-1][1], core), cues)


def _plural_noun(part: Run, cues: Cues) -> bool:
    """A capitalised plural common noun, alone or after one word ("Ranchers", "Firemen", "Allied
    Trades"): no group word, head word, given name or known place."""
    if len(part.words) > 2 or not all(w[:1].isupper() for (_b, _e, w) in part.words):
        return False
    word = part.words[-1][2]
    return (word.endswith("s") or word.endswith(cues.possessive_endings)) and not word.isupper() \
        and not cues.group(word) and word not in cues.heads and all(
            common_part(Run(b, e, [(b, e, w)]), cues) for (b, e, w) in part.words)


_AND_GAP = re.compile(r"(?:['’]s?)?\s*,?\s+and\s+")
_AND_LAST = re.compile(r"\s*,?\s+and\s+")
_COMMA_GAP = re.compile(r"\s*,\s+")


_CLAUSE_END = re.compile(r"[,.;:)]|\s*$")


def areas_after_and(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """"NHS Greater Kelvo and Dorrow": a public body named by its service's initials and the two
    areas it serves (a Scottish health board), cut at "and" into two junk bodies; the areas'
    name is no place the gazetteer knows as one ("Trinidad and Tobago"), so `region_with_and`
    left it (set AG, branch ent51). A run opening with initials the registry knows as an
    organisation's, whose last word is a place (the gazetteer's or a registry place), then
    " and ", then a run of one or two words that names nothing else (no registry name but a
    place, no head word) and ends the clause, is one organisation. Initials that are no body's
    ("UK", "US") and a second part that runs on into a longer name are left as they were."""
    ev = evidence()
    places = {m.end for m in known if m.entry.kind in PLACE_KINDS}
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:run.begin] == " and " and len(prev.words) >= 2 \
                and not prev.title and not run.title and run.kind is None \
                and prev.kind in (None, "organization") \
                and 1 <= len(run.words) <= 2 and _initials_of_body(prev.words[0][2], prev, cues) \
                and (prev.end in places or ev.place_kind(prev.words[-1][2]) is not None) \
                and all(m.entry.kind in PLACE_KINDS for m in run.absorbed) \
                and not any(w in cues.heads for (_b, _e, w) in run.words) \
                and _CLAUSE_END.match(text, run.end):
            out[-1] = Run(prev.begin, run.end, prev.words + [(prev.end + 1, prev.end + 4, "and")] + run.words,
                          False, prev.absorbed + run.absorbed, kind="organization")
            continue
        out.append(run)
    return out


def _initials_of_body(word: str, run: Run, cues: Cues) -> bool:
    """The run's first word is initials (capitals only) that name a registry organisation: by
    its alias ("NHS"), matched and absorbed at the run's start, or by `cues.org_named`."""
    if not (len(word) >= 2 and word.isalpha() and word.isupper()):
        return False
    head = next((m for m in run.absorbed if m.begin == run.begin), None)
    return head is not None and head.entry.kind == "organization" or cues.org_named(word) is not None
