"""The questions the run scanner (kg.nlp.entities.spans.capruns) asks at a run's edge: does a
registry name glued before it open it ("St. Paul Lutheran Church", "U.S. Pipe"), does a
title before a name stand for a town ("in Prince George"), does a possessive join ("Nurses’
Association") or end it ("Volvo Trucks’ plant"), do "of" and a place go on naming it
("University of Michigan Medical Center"), is the run two names ("Kelvane Foods Maria Ortiz",
"the Kelvane Omaha plant"), is a month or a day a date or part of a name ("May Day", "Sun
Valley").

Each answer is one small rule on the words at hand; apart from the scanner's loop they can be
read and tested one by one.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import load
from kg.nlp.entities.cues import edges
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.datednames import day_ordinals
from kg.nlp.entities.spans.laws import treaty_head
from kg.nlp.entities.spans.runs import ACRONYM_WORD, PLACE_KINDS, Run, common_part
from kg.nlp.entities.spans.textspan import TextIndex


def place_before_title(ws: list[str], k: int, cues: Cues) -> int:
    """"Polk County Circuit Judge Ana Ruiz", "Kelvo Parish Chancery Judge …": a place’s
    head word ("County", "Valley", "Parish") before a title ws[k], with only the court's or
    office's words between (capitalised, no head of their own), ends the place the official
    serves: the index of that head, or 0. The place had been dropped with the title's words
    (branch ent23)."""
    for j in range(k - 1, 0, -1):
        if cues.heads.get(ws[j]) == "place" and ws[j] in cues.place_before_title:
            return j if all(w not in cues.heads for w in ws[j + 1:k]) else 0
    return 0


def town_with_title(text: str, begin: int, label: str) -> bool:
    """"loggers in Prince George", "near Prince Rupert": a word saying a town stands (`[evidence]
    town_before`: "in", "near", "the town of") before a title and a name the gazetteer knows
    whole as a town (its place list or its list of smaller towns): the town, the title's word
    its first (branch ent23). Without the frame "Prince Albert" stays a prince. Before a title,
    "at" says a town too (`title_town_before`: "freight sat idle at Prince Albert"; set V), unless a
    possessive follows the name ("at Prince Albert’s ball": the prince's). So does a list of
    names after a locative word ("rallies in Kelvo Falls, Prince Rupert and Dorrow": the towns
    listed, the title one town's first word; set CJ, branch ent126)."""
    ev = evidence()
    framed = textwindow.before(ev.town_before, text, begin, 25) or _listed_town(text, begin, label) or (
        textwindow.before(ev.title_town_before, text, begin, 25)
        and not re.match(r"[’']s\b", text[begin + len(label):begin + len(label) + 3]))
    return bool(framed) \
        and (ev.gazetteer.place_kind(label) is not None or ev.gazetteer.town_kind(label) is not None)


# the list going on past a name ("…, Prince Rupert and Dorrow"), or closing on it at a sign ("…
# and Prince Rupert."): a comma after a fronted place opens a clause ("In London, Prince Charles
# said"), and a verb after "and" another ("in Kelvo and Prince Charles spoke")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z]")
_LIST_CLOSES = re.compile(r"(?:,\s*|\s+)(?:and|or)\s+\Z")
_SIGN_AFTER = re.compile(r"\s*(?:[.,;:)—–]|\Z)")


def _listed_town(text: str, begin: int, label: str) -> bool:
    """A title's name listed among names after a locative word ("in Kelvo Falls, Prince Rupert
    and Dorrow"): the list names towns, the name one of them (`town_with_title`)."""
    return evidence().locative_list_before(text, begin) and bool(
        _LIST_GOES_ON.match(text, begin + len(label))
        or textwindow.before(_LIST_CLOSES, text, begin, 8) and _SIGN_AFTER.match(text, begin + len(label)))


def compass_after_place(text: str, cur: list[tuple[int, int, str]], known_end: dict[int, Match],
                        cues: Cues) -> bool:
    """"the Kelvane Dorrow East parts plant", "Dorrow West" a district: a compass word alone,
    glued by one space after a registry place and before a lower-case word, qualifies the
    place (a plant or a ward named so); alone it names nothing, and the capital it has is the
    longer name's (branch ent29)."""
    if len(cur) != 1 or cur[0][2] not in cues.compass or text[cur[0][0] - 1:cur[0][0]] != " ":
        return False
    place = known_end.get(cur[0][0] - 1)
    return place is not None and place.entry.kind in PLACE_KINDS \
        and bool(re.match(r" [a-z]", text[cur[0][1]:cur[0][1] + 2]))


# "SWP", "AFL-CIO", "UAW": a body's initials, all capitals (a hyphen or "&" inside)
_BODY_INITIALS = re.compile(r"[A-Z]{2,6}(?:[-&][A-Z]{2,6})?")


def title_before_person(text: str, cur: list[tuple[int, int, str]], known_at: dict[int, Match],
                        cues: Cues) -> int:
    """"Kelvish Authority President Jane Doe", "Dorrow Union Secretary Tom Baker" where the
    registry knows the person: the run stops at the person's name, so a title ending it is the
    person's, no part of the body's name before it. How many words the title has (one or two),
    or 0. An ambiguous title keeps its word ("General Motors"); the words before it must be two
    or more (branch ent29), or one acronym, the body's initials ("SWP National Secretary Jack
    Barnes", "UAW President …": a real 2024 page kept "SWP National Secretary" one name; real40)."""
    if len(cur) < 2 or text[cur[-1][1]:cur[-1][1] + 1] != " ":
        return 0
    person = known_at.get(cur[-1][1] + 1)
    if person is None or person.entry.kind != "person":
        return 0
    ws = [w for (_b, _e, w) in cur]
    for n in (2, 1):
        before = len(ws) - n
        if (before >= 2 or before == 1 and _BODY_INITIALS.fullmatch(ws[0])) \
                and " ".join(ws[-n:]) in cues.titles \
                and " ".join(ws[-n:]) not in cues.ambiguous_titles and ws[-n - 1] not in cues.function:
            return n
    return 0


def head_first(cur: list[tuple[int, int, str]], connector: str, cues: Cues) -> bool:
    """A name in Spanish, Portuguese or French opens with its head word ("Federación de Maestros
    de Puerto Rico", "Place du Canada", "Plaza de Cuba"): a registry place after its connector is
    part of it. An English place head does so only before another language's connector ("Place
    du", not "Square of")."""
    first = next((w for (_b, _e, w) in cur if not cues.leading(w)), "")  # not "The"
    if cues.leading_heads.get(first) in ("organization", "place"):
        return True
    return cues.heads.get(first) == "place" and connector in cues.initials_foreign


def people_of_place(cur: list[tuple[int, int, str]], connector: str, absorbed_kind: str,
                    cues: Cues) -> bool:
    """"Haitian Women of Kelvinburg", "Kelvish Youth of Dorrow": a people's adjective and a plural
    noun of the people a body gathers (`people_bodies`), then "of" a registry place, is one body
    named for its place; the noun alone is no organisation's head, so the place would be cut off
    and the body left as junk (set Y, branch ent41)."""
    words = [w for (_b, _e, w) in cur if not cues.leading(w)]
    return connector == "of" and absorbed_kind in PLACE_KINDS and len(words) == 2 \
        and cues.group(words[0]) and words[1] in cues.people_bodies


def owner_and_site(text: str, cur: list[tuple[int, int, str]], cues: Cues) -> int:
    """"the Kelvane Omaha plant": a firm's name of one word, then a city the gazetteer knows,
    before an employer's noun (`employer_after`), are two names: the owner and the site; so are
    a firm's acronym and a site named with a site's head word ("USX Edgar Thomson Works").
    Returns how many words the owner has, or 0. Not when the whole is a place ("the Kansas City
    plant"), the first word is a given name, a place itself or a leading head word of another
    language ("the Fábrica Tijuana plant": a common noun, no owner's name), or the last a head word or a
    region's name ("the Tallow Bay container terminal": Bay is a region of Somalia too)."""
    if not all(w[:1].isupper() for (_b, _e, w) in cur):
        return 0
    if 3 <= len(cur) <= 5 and ACRONYM_WORD.fullmatch(cur[0][2]) and cur[-1][2] in cues.site_heads \
            and not any(w in cues.function for (_b, _e, w) in cur[1:]):
        return 1  # "USX Edgar Thomson Works", "BHP Kelvo Colliery": the owner's acronym, then the site
    if len(cur) not in (2, 3):
        return 0
    ev = evidence()
    first, rest = cur[0][2], " ".join(w for (_b, _e, w) in cur[1:])
    whole = " ".join(w for (_b, _e, w) in cur)
    if ev.place_kind(whole) or ev.place_kind(first) or ev.gazetteer.is_given_name(first) \
            or first in cues.heads or first in cues.leading_heads or first in cues.compass \
            or cues.generic(first) or not _site_town(text, rest) or cur[-1][2] in cues.heads \
            or not ev.employer_after.match(text[cur[-1][1]:cur[-1][1] + 30]) \
            or _named_whole(text, whole, ev):
        return 0
    return 1


def named_site(text: str, cur: list[tuple[int, int, str]], cues: Cues) -> bool:
    """"the Kelvane Hudson plant in Tallow", "the Kelvane Dorrow complex": an owner's name of one
    word, then one or two capitalised words with no head that the gazetteer knows as a place,
    before a works' noun and the town it stands in (`named_site_nouns`, `named_site_town`) are
    one place, the works named by its owner and its site (a river's, a district's name). The
    town said after it, the words between are no town, and `owner_and_site` would have cut the
    owner off and left a town no reader meant. Words the gazetteer does not know are the firm's
    own ("the Kelvane Otomar plant in Tallow": a joint venture). "complex" names a site whatever
    its words and needs no town after it (set T, branch ent33)."""
    if not 2 <= len(cur) <= 3 or not all(w[:1].isupper() for (_b, _e, w) in cur):
        return False
    ws = [w for (_b, _e, w) in cur]
    ev = evidence()
    first = ws[0]
    if ev.gazetteer.is_given_name(first) or ev.place_kind(first) or first in cues.leading_heads \
            or cues.generic(first) or first in cues.compass or any(w in cues.heads for w in ws) \
            or any(cues.generic(w) or w in cues.function or w in cues.titles for w in ws[1:]) \
            or ev.place_kind(" ".join(ws)):
        return False
    noun = cues.named_site.match(text, cur[-1][1])
    if noun is None:
        return False
    # the site's own name is one the gazetteer knows as a place ("Hudson": a river's, a town's);
    # an unknown word after the owner is the firm's own ("the Kelvane Otomar plant in …": a
    # joint venture's name), except before "complex", which names a site whatever its words
    return noun.group(0).strip() in cues.named_site_alone or ev.place_kind(" ".join(ws[1:])) is not None


def firm_then_site(text: str, cur: list[tuple[int, int, str]], cues: Cues) -> tuple[int, int]:
    """"the Halvard Mills Greenbank plant": a firm's name of two words or more ending in an
    organisation's head word or a works' ("Mills", `site_heads`: a firm named for its mills),
    then one or two capitalised words with no head, before a works' noun (`named_site_nouns`),
    are two names: the owner, then the works named for its site, a place that holds its noun
    ("Greenbank plant"). Returns (how many words the owner has, the end of the works' noun), or
    (0, 0). Not when the site's words are a head, a title, a function word or a given name
    (sets AL/AM, branch ent61)."""
    if not 3 <= len(cur) <= 4 or not all(cues.cap(w) for (_b, _e, w) in cur):
        return 0, 0
    noun = cues.site_noun_after.match(text, cur[-1][1])
    if noun is None:
        return 0, 0
    ws = [w for (_b, _e, w) in cur]
    ev = evidence()
    for k in range(len(ws) - 1, 1, -1):
        site = ws[k:]
        owner_head = cues.heads.get(ws[k - 1]) == "organization" or ws[k - 1] in cues.site_heads
        if len(site) <= 2 and owner_head \
                and not any(w in cues.heads or cues.generic(w) or w in cues.function for w in site) \
                and not ev.gazetteer.is_given_name(site[0]) \
                and not any(w in cues.heads for w in ws[:k - 1]):
            return k, noun.end()
    return 0, 0


def _named_whole(text: str, whole: str, ev) -> bool:
    """The article writes the firm and the town as one name elsewhere, before no employer's
    noun ("Kelvomet Dorrow, a nickel company, cut pay"): the firm's local company, one
    organisation, in "Kelvomet Dorrow’s smelter gate" too (set V, branch ent35)."""
    for m in re.finditer(r"(?<![\w’'-])" + re.escape(whole) + r"(?![\w’'-])", text):
        if not textwindow.after(ev.employer_after, text, m.end(), 30, cut=True):
            return True
    return False


def _site_town(text: str, label: str) -> bool:
    """The site in "the Kelvane Omaha plant": a city the gazetteer knows, or a name the
    gazetteer does not know that the article puts after a word saying only a place ("pickets
    in Dorrow Falls", kg.nlp.entities.cues.framing `placed`): the page's own town (branch ent29)."""
    kind = evidence().place_kind(label)
    return kind == "city" or kind is None and framing().placed(text, label)


def head_follows(text: str, words: list[tuple[int, int, str]], i: int, end: int, cues: Cues,
                 kinds: tuple[str, ...] = ("organization", "place")) -> bool:
    """After a place in an organisation's "of" part, capitalised words glued to it that end in
    an organisation's or a place's head (`kinds`) go on naming it ("University of Michigan
    Medical Center", "University of Illinois Hospital"); others are a name of their own
    ("University of Iowa Jane Doe said")."""
    last, at = None, end
    while i < len(words) and words[i][0] == at + 1 and text[at] == " " and words[i][2][:1].isupper():
        last, at = words[i][2], words[i][1]
        i += 1
    return last is not None and cues.heads.get(last) in kinds


def firm_then_town(text: str, words: list[tuple[int, int, str]], j: int, last: str,
                   absorbed: Match | None, cues: Cues) -> bool:
    """"owned by Kelvane Packing Co. of Denver, Colorado", "Dorrow Power of Atlanta": a firm's
    legal form or trade head (`firm_of_town_ends`) ends the name before "of", and the
    capitalised words from words[j] on are a town the registry or the gazetteer knows as a city:
    the firm, then where it sits (two names). A body whose "of" part names it has no such head
    before "of" ("University of Kelvin", "Amalgamated Workers of America"; set U). After a
    shipping line's head (`firm_of_country_ends`) a registry country is where it sits too
    ("Kelvo Ocean Lines of Chile"; wave 4's kind, branch junk47)."""
    if last not in cues.firm_of_town:
        return False
    if absorbed is not None:
        return absorbed.entry.kind == "city" \
            or absorbed.entry.kind == "country" and last in cues.firm_of_country
    k = j
    while k < len(words) and words[k][2][:1].isupper() \
            and (k == j or text[words[k - 1][1]:words[k][0]] == " "):
        k += 1
    return k > j and evidence().place_kind(" ".join(w for (_b, _e, w) in words[j:k])) == "city"


def person_after_head(ws: list[str], cues: Cues) -> int:
    """Where a person's full name (a given name and one or two capitalised words, no head among
    them) follows an organisation's or event's head word inside one run ("Kelvane Foods Maria
    Ortiz said", "On May Day Jane Doe spoke"): the index it starts at, or 0."""
    given = evidence().gazetteer.is_given_name
    for k in range(1, len(ws) - 1):
        rest = ws[k:]
        if cues.heads.get(ws[k - 1]) in ("organization", "event") and given(ws[k]) and 2 <= len(rest) <= 3 \
                and all(w[:1].isupper() and w not in cues.heads for w in rest):
            return k
    return 0


def common_noun_in_name(cur: list[tuple[int, int, str]], lower: set[str], cues: Cues,
                        tx: TextIndex, of_the: bool = False, after: str = "") -> bool:
    """"Back of the Mills", "Sea of Tessaro": one common noun (the article writes it in lower
    case too) capitalised in mid-sentence is capitalised only because it opens a name, so
    "of" goes on with it. A title, role or group word is none ("Director of Kelvane Foods").
    Before "of the" and after a locative word a common English word (wordfreq) needs no
    lower-case use in the article: "grew up in Top of the Hollows", a neighbourhood so named
    (branch ent22); "Kelvinburg, the Heart of the Delta" stays an apposition. So too before
    "of" and another common English word, `after` ("marched from the Angel of Independence", a
    monument so named; set CN's pass, branch ent132)."""
    if len(cur) != 1 or tx.is_sentence_start(cur[0][0]):
        return False
    w = cur[0][2]
    common = common_words().common
    placed = (of_the or (after[:1].isupper() and after.isalpha() and w.isalpha() and not after.isupper()
                         and common(after))) \
        and common(w) and evidence().locative_before(tx.text, cur[0][0])
    return (w.lower() in lower or placed) and w[:1].isupper() \
        and not w.isupper() and not cues.generic(w) \
        and w not in cues.roles and w not in cues.titles and w not in cues.function


_LOCATIVE = re.compile(r"(?<![\w-])(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+$")


def country_before_word(text: str, b: int, cur: list[tuple[int, int, str]], known_end: dict[int, Match],
                        cues: Cues, lower: set[str]) -> Match | None:
    """"U.S. Pipe", "U.K. Coal": a country's dotted abbreviation glued before one capitalised
    word that is no name alone (no head, title, group, function or calendar word, never
    written in lower case in the article, no given name or known place) begins one name with
    it, a firm's or an agency's, instead of leaving a piece ("Pipe") beside the country."""
    m = known_end.get(b - 1)
    if m is None or m.how != "name" or len(cur) != 1 or text[b - 1] != " ":
        return None
    word = cur[0][2]
    dotted = m.entry.kind == "country" and re.fullmatch(r"(?:[A-Z]\.){2,3}", text[m.begin:m.end])
    # "Kelvia Dorrowseed": a registry state (a place of a country) before a word no dictionary
    # knows either opens an organisation's name, as the dotted country does; the scanner had
    # cut the state off and left the word untyped (set W, branch ent36)
    state = m.entry.kind == "place" and m.entry.place is not None and text[m.begin:m.end] == m.entry.label \
        and " " not in m.entry.label and not common_words().common(word) \
        and not textwindow.before(_LOCATIVE, text, m.begin, 12)  # "In Kelvia Ruiz said"
    if not dotted and not state:
        return None
    # "U.S. Citizenship and Kelvo Services": the word opens an agency's "and" list, its name
    # whatever the article writes in lower case elsewhere ("citizenship"; set DR, branch passQ44)
    listed = dotted and _and_body_after(text, cur[0][1], cues)
    if not word[:1].isupper() or word.isupper() or cues.generic(word) or word in cues.heads \
            or word in cues.compass \
            or word in cues.function or word.lower() in lower and not listed \
            or not common_part(Run(b, b, [cur[0]]), cues):
        return None
    return m


_AND_CAPITALS = re.compile(r" and ((?:[A-Z][\w’'.-]* ){0,3}[A-Z][\w’'.-]*)")


def _and_body_after(text: str, end: int, cues: Cues) -> bool:
    """" and Kelvo Services" right after `end`: "and", then up to four capitalised words
    closed by an organisation's head, the last part of a body named by an "and" list."""
    m = _AND_CAPITALS.match(text, end)
    return m is not None and cues.heads.get(m.group(1).split()[-1]) == "organization"


def country_party(text: str, b: int, cur: list[tuple[int, int, str]], known_end: dict[int, Match],
                  cues: Cues) -> Match | None:
    """"the Kelvia Tehreek-e-Adalat", "the Kelvia Muslim League-Kazmi": a registry country glued
    by a space before a run holding a party's hyphenated word opens one organisation's name.
    The word is either capitalised parts joined by a lower-case particle (`party_hyphen_particles`:
    "Tehreek-e-…", "Jamaat-ul-…") or an organisation's head and a capitalised faction's name
    after a hyphen ("League-Kazmi"); `head_word` sees neither as a head, so `place_before`
    left the country apart and the rest untyped or a person (set T, branch ent33). A city
    before it stays apart ("Lahore Masjid-e-…" may be a building)."""
    m = known_end.get(b - 1)
    if m is None or m.how != "name" or m.entry.kind != "country" or b == 0 or text[b - 1] != " ":
        return None
    words = [w for (_b, _e, w) in cur]
    if any(cues.party_hyphen.fullmatch(w) for w in words):
        return m
    head, _, faction = words[-1].partition("-")
    if len(words) > 1 and cues.heads.get(head) == "organization" and faction[:1].isupper() \
            and faction.isalpha():
        return m
    return None


def possessive_place(text: str, cur: list[tuple[int, int, str]], word: str, end: int, cues: Cues) -> bool:
    """"Kelvin’s Bay", "Dorrow’s Point": one capitalised word, its "’s" and a place's head
    (`possessive_place_heads`) are one place, as bays and capes are named for a settler; not
    before "of" ("Kennedy’s Bay of Pigs invasion") nor after a title or a group word."""
    return len(cur) == 1 and word in cues.possessive_places \
        and not textwindow.after(r"\s+of\b", text, end, 4, cut=True) \
        and cur[0][2] not in cues.titles and not cues.group(cur[0][2]) and not cur[0][2].isupper()


def possessive_firm(text: str, cur: list[tuple[int, int, str]], word: str, end: int, cues: Cues) -> bool:
    """"Kelvo’s Group", "Dorrow’s Holdings": one capitalised word, its "’s" and a firm's head
    (`possessive_firm_heads`) are one firm named for its founder; not before "of" nor after a
    title or a group word (set Z)."""
    return len(cur) == 1 and word in cues.possessive_firms \
        and not textwindow.after(r"\s+of\b", text, end, 4, cut=True) \
        and cur[0][2] not in cues.titles and not cues.group(cur[0][2]) \
        and not cues.generic(cur[0][2])


def plural_possessive_joins(gap: str, before: str, word: str, cues: Cues, ahead: list[str] = ()) -> bool:
    """A plural's possessive ("s’ ") joins the next word into the name only when the plural is
    a noun names run on over ("Transport Workers’ Union", `possessive_name_words`), the next
    word is an organisation's head ("Nurses’ Association") or the capitalised words from it on
    (`ahead`: those glued after it by a space or another plural's possessive) end in a union's
    or a league's head (`possessive_union_heads`: "International Ladies’ Garment Workers’
    Union", where "Ladies" is no noun of the list; branch ent28), or a holiday's head alone
    follows (`possessive_holiday_heads`: "Miners’ Day", branch ent59); otherwise it ends the name:
    "Volvo Trucks’ New River Valley plant" names "Volvo Trucks" and "New River Valley"."""
    if not re.fullmatch(r"['’] ", gap):
        return False
    stretch = [word, *ahead]
    return cues.possessive_word(before) or cues.heads.get(word) == "organization" \
        or (not ahead and word in cues.possessive_holiday_heads) \
        or (stretch[-1] in cues.possessive_union_heads and not any(cues.generic(w) for w in stretch))


def glued_ahead(text: str, words: list[tuple[int, int, str]], i: int, cues: Cues) -> list[str]:
    """The capitalised words glued after words[i], by one space or a plural's possessive ("’
    "), up to the first that is not: what a possessive before words[i] would join."""
    out: list[str] = []
    while i + 1 < len(words) and cues.cap(words[i + 1][2]) \
            and re.fullmatch(r"(?:['’])? ", text[words[i][1]:words[i + 1][0]]):
        i += 1
        out.append(words[i][2])
    return out


def place_before(text: str, b: int, cur: list[tuple[int, int, str]], known_end: dict[int, Match],
                 cues: Cues) -> Match | None:
    """A registry name glued to a name that ends in a head word begins that name, unless a
    title or a function word opened the run: a city or place, or a person, before an
    organisation's, a place's or an event's head ("St. Paul Lutheran Church", "Gaza City",
    "Brooklyn Book Festival", "Martin Luther King Jr. Boulevard", "… Jr. High School"); an
    organisation before a numbered head ("United Mine Workers of America Local 5958"); a
    state before a firm's two-word head ("Oregon Steel Mills": `compound_heads`); a place before
    a body named for what it is against ("Kelvia Veterans Against the War"), a place before a
    treaty's head ("the Dorrow Peace Accords": kg.nlp.entities.spans.laws), a registry city before a
    town's green ("Kelvin Common", `[edges] town_greens`; set S, ent30)."""
    run = " ".join(w for (_b, _e, w) in cur)
    head = cues.compound_heads.get(head_word(run, cues, 2)) or cues.heads.get(head_word(run, cues))
    if head is None and cues.ends_in_org_label([w for (_b, _e, w) in cur]):
        head = "organization"  # "Ohio State AFL-CIO": a branch of a registry body
    if head is None and len(cur) > 2 and any(w in cues.purpose for (_b, _e, w) in cur[1:-1]):
        head = "organization"  # "Kelvia Veterans Against the War": a body named for its purpose
    if head is None and len(cur) == 1 and cur[0][2] in cues.numbered \
            and cur[0][2] not in cues.numbered_places:
        head = "organization"  # "BKE Division 98": a union's numbered unit with no head word (set W)
    treaty = head == "work" and treaty_head(cur[-1][2])  # "Dorrow Peace Accords": a city's
    if head is None and len(cur) == 1 and edges.town_green(cur[0][2]):
        m = known_end.get(b - 1)  # "Kelvin Common": a town's green, one place
        return m if m is not None and m.how == "name" and m.entry.kind == "city" \
            and text[b - 1] == " " else None
    if b == 0 or text[b - 1] not in " \u00a0" \
            or head not in ("organization", "place", "event", "periodical") and not treaty:
        return None
    m = known_end.get(b - 1)
    if m is None or m.how not in ("name", "acronym"):  # "IAM District 751"
        return None
    if treaty and (m.entry.kind != "city" or m.begin and text[m.begin - 1] in "-–‑"):
        return None  # a country's treaty, or "the Kelvia-Dorrow Treaty": kg.nlp.entities.spans.laws
    if m.entry.kind in ("city", "place", "country") and len(cur) == 1 and cur[0][2] in cues.union_only:
        return None  # "the Kelvin Teamsters strikes": the city, then the union its members struck in
    if m.entry.kind in ("city", "place", "person", "country"):
        return m  # "U.S. Department of Agriculture", "Gaza City", "Martin Luther King Jr. Boulevard"
    if m.entry.kind == "organization" and len(cur) == 1 and cur[0][2] in cues.numbered:
        return m
    return None


# A registry name before a fund's head, glued by a space or printed in quotes ("the ‘Kelvo
# Weekly’ Fighting Fund")
_OWNER_GAP = re.compile(r"[’'”\"]? ")


def owner_fund(text: str, b: int, cur: list[tuple[int, int, str]], known_end: dict[int, Match],
               cues: Cues) -> tuple[Match, int, int] | None:
    """"the Kelvo Weekly Fighting Fund", "the ‘Kelvo Weekly’ Sustaining Fund": a registry
    periodical or organisation right before a run that ends in a fund's or a drive's head
    (`fund_heads`) owns the fund, and the whole is the fund's name; the run alone ("Fighting
    Fund") names nothing (set Z, branch ent41). The owner's name may stand in quotes, as the
    paper prints its own title: the match, and where the whole begins and its first word ends
    (the quotes taken in)."""
    if not cur or cur[-1][2] not in cues.fund_heads:
        return None
    for gap in (2, 1):
        if b - gap < 0 or not _OWNER_GAP.fullmatch(text, b - gap, b):
            continue
        m = known_end.get(b - gap)
        if m is None or m.how != "name" or m.entry.kind not in ("periodical", "organization"):
            continue
        if gap == 1:
            return m, m.begin, m.end
        opening = {"’": "‘", "'": "'", "”": "“", '"': '"'}[text[b - 2]]
        if m.begin > 0 and text[m.begin - 1] == opening:
            return m, m.begin - 1, m.end + 1
    return None


def month_names_event(text: str, cur: list[tuple[int, int, str]], cues: Cues) -> bool:
    """A month's full name right before an event's head word names the event ("May Day", "the
    October Revolution", "the July Uprising"), unless a day number follows ("March Rally 5");
    a year after it is the event's year ("on May Day 2011": set AN, branch ent63)."""
    return cur[0][2] in cues.months and len(cur) > 1 and cues.heads.get(cur[1][2]) == "event" \
        and not re.match(r"\s+\d(?!\d{3}\b)", text[cur[1][1]:cur[1][1] + 8])


def month_names_town(cur: list[tuple[int, int, str]], cues: Cues) -> bool:
    """A month's full name and a settlement's head alone ("from March Town", "in October
    Village"; entities.toml `month_town_heads`) name a town: the month is no date there. So
    does a month and one word the gazetteer holds together as a place ("in May Kelvport", where
    the gazetteer has the town "May Kelvport"): the month is the town's first word (set DJ's
    kind, branch junk46b)."""
    return len(cur) == 2 and cur[0][2] in cues.months \
        and (cur[1][2] in load("entities")["month_town_heads"]
             or evidence().place_kind(f"{cur[0][2]} {cur[1][2]}") is not None)


def month_given_name(text: str, cur: list[tuple[int, int, str]], region_kind: str, cues: Cues) -> bool:
    """"—June Kelvane", "said April Dorrow": a month that is also a given name (`month_given_names`)
    before one or two capitalised words (no head, title or group word among them) is the given
    name where the words name a person: a sign-off or a letter's signer, a speech verb
    before or after the name, or a person's full name (a given name first) joined to it by
    "and" ("Tomas Kelvane and June Dorrowby", two signers on one line; branch ent134).
    Elsewhere the month is a date and no part of the name ("In June Kelvane workers struck";
    "May Day" is an event's name)."""
    words = [w for (_b, _e, w) in cur]
    if 3 <= len(words) <= 4 and words[0] in cues.month_given and named_for_person(text, cur, cues):
        return True  # "the August Kelvane Theatre": a building named for a person
    if not 2 <= len(words) <= 3 or words[0] not in cues.month_given:
        return False
    if not all(w[:1].isupper() and w not in cues.heads and w not in cues.titles and not cues.generic(w)
               for w in words[1:]):
        return False
    return region_kind == "signer" or evidence().speaker(text, cur[0][0], cur[-1][1]) \
        or _person_and_before(text, cur[0][0], cues)


_THE_OPENING = re.compile(r"(?<![\w’'-])[Tt]he \Z")


def named_for_person(text: str, cur: list[tuple[int, int, str]], cues: Cues) -> bool:
    """"at the August Kelvane Theatre", "the June Dorrow Center": after "the", a
    month that is a given name, a family name and a place's or a body's head word closing the
    name (one or two capitalised words between, no title, head or group word among them) name a
    building or a body for a person: the month is the given name. "In May Kelvo workers struck"
    has no "the" before the month, and "the June Kelvo strike" no head word closing it (set CU's
    kind, branch junk46b). A day in words after the month ("the May First Kelvo Union rally")
    makes it a date: the body's, or the rally's, as datednames reads it."""
    words = [w for (_b, _e, w) in cur]
    return textwindow.before(_THE_OPENING, text, cur[0][0], 4) is not None \
        and cues.heads.get(words[-1]) in ("place", "organization") \
        and (len(words) < 2 or words[1] not in day_ordinals()) \
        and all(w[:1].isupper() and w.isalpha() and w not in cues.heads and w not in cues.titles
                and w not in cues.calendar and not cues.generic(w) for w in words[1:-1])


def participle_names_body(text: str, cur: list[tuple[int, int, str]], cues: Cues) -> bool:
    """"the Organizing Committee of Kelvo Dock Workers", "the Coordinating Council": after "the",
    a participle the cues list as opening no name (`not_names`: it opens sentences) right before
    a body's head word is the body's first word, an adjective of its name; so it is opening a
    heading where the page prints the two words after "the" elsewhere. Opening a sentence
    otherwise it stays cut ("Organizing Kelvo workers …"; set DC's kind, branch junk46b)."""
    if not (len(cur) > 1 and cur[0][2].endswith("ing") and cur[0][2] in cues.function
            and cues.heads.get(cur[1][2]) == "organization"):
        return False
    return textwindow.before(_THE_OPENING, text, cur[0][0], 4) is not None \
        or re.search(rf"(?<![\w’'-])[Tt]he {cur[0][2]} {cur[1][2]}\b", text) is not None


_PERSON_AND = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) [A-Z][\w’'-]+ and $")


def _person_and_before(text: str, begin: int, cues: Cues) -> bool:
    """A person's name of two words, its first a given name the gazetteer knows (no month, no
    title), and "and" right before `begin`: "Tomas Kelvane and " before "June Dorrowby"."""
    m = _PERSON_AND.search(text[max(0, begin - 60):begin])
    return m is not None and m.group(1) not in cues.calendar and m.group(1) not in cues.titles \
        and evidence().gazetteer.is_given_name(m.group(1))


def bare_calendar_abbreviation(text: str, word: tuple[int, int, str], cues: Cues) -> bool:
    """A calendar word of three or four letters ("Sun", "Sat", "Wed", "Mar") written without
    its full stop before another capitalised word is no date: it opens a name ("Sun World",
    "Sun Valley"); "Sun. Oct. 5" or "May Day" (a whole month) are dates."""
    b, e, w = word
    return w in cues.calendar and len(w) <= 4 and w not in cues.whole_months and text[e:e + 1] != "."
