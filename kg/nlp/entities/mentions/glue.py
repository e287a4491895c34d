"""Whether a registry match is glued to the capitalised words around it, so that the words make
another name: `stands_alone` (a strict form: no capitalised word either side but titles,
function words, calendar words …) and `glued_after_name` (a place after another capitalised
word that is no adjective, title or opener). The keep rules of kg.nlp.entities.mentions.keep
ask them; each reads one `MentionQuery`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.mentions.query import MentionQuery
from kg.nlp.entities.spans.openers import title_cased
from kg.nlp.entities.spans.textspan import Region


def stands_alone(q: MentionQuery) -> bool:
    """Not glued to another capitalised word: "Labor" in "Militant Labor Forum" is not the
    party, "Washington" in "George Washington" is not the city. Titles may precede."""
    cx, m, r, text = q.cx, q.m, q.r, q.text
    if m.begin - 1 > r.begin and text[m.begin - 1] == "-" and (
            text[m.begin - 2].isupper() or _unknown_firm_before(q)):
        return False  # "CIO" in "AFL-CIO", "ExxonMobil" in "Esso-ExxonMobil": part of another word
    if m.how == "short" and _in_slashed_name(text, m.begin, m.end, r):
        return False  # "Dorrow" of "Kelvo/Dorrow Inc.": the slashed name printed whole (cuts41)
    if _STATE_SLASH.search(text, max(r.begin, m.begin - 6), m.begin) and text[m.begin:m.end].isupper():
        return False  # "Kel/OSHA": a state's own agency, named by its abbreviation and a slash
    i = m.begin
    while i > r.begin and text[i - 1] in " \t\n[":
        i -= 1
    if i < m.begin and i > r.begin and text[i - 1].isalpha():
        j = i
        while j > r.begin and not text[j - 1].isspace():
            j -= 1
        prev = text[j:i]
        adjective = re.search(r"-([a-z]+)$", prev)  # "U.S.-backed Batista": no name before it
        group = m.entry.kind == "organization" and prev in cx.groups  # "Lebanese Hezbollah"
        if (prev[:1].isupper() and prev not in cx.titles and prev not in cx.function_words
                and not group and not (adjective and adjective.group(1) in cx.hyphen_suffixes)
                and not _owner_before(q, prev)
                and (not cx.tx.is_sentence_start(j) or _given_opener(prev))):
            return False
    if _acronym_glued_before(q):
        return False  # "SEIU-UHW": the union's branch, one name
    k = m.end
    while k < r.end and text[k] in " \t]":
        k += 1
    if k > m.end and k < r.end and text[k].isupper():
        word = re.match(r"[\w.’'-]+", text[k:])
        if word and word.group(0) not in cx.function_words \
                and word.group(0).rstrip(".") not in cx.calendar \
                and not _its_workers(q, word.group(0), k) \
                and not _before_a_person(q, word.group(0), k) \
                and not _acronym_before_officer(q, word.group(0), k) \
                and not _acronym_in_title(q, word.group(0)):  # "told the Militant April 8"
            return False
    return True


def _in_slashed_name(text: str, begin: int, end: int, r: Region) -> bool:
    """Is text[begin:end] glued by a slash to a word before or a capitalised word after it
    ("Kelvo" and "Dorrow" of "Kelvo/Dorrow Inc.")? A short form of a firm named with a slash
    (its halves, valid after the whole) is then a piece of the whole printed again, which a
    glued legal form kept from matching; the pieces are no mentions of their own (branch
    cuts41). Only short forms: a strict name before a slash in a photo's credit
    ("Militant/Ana Ruiz") is the paper's."""
    return begin - 1 > r.begin and text[begin - 1] == "/" and text[begin - 2].isalnum() \
        or end + 1 < r.end and text[end] == "/" and text[end + 1].isupper()


# A state's short name glued by a slash before a federal agency's initials ("Kel/OSHA", "Dor/EPA"):
# the state's own agency, one name, which the new-name step reads whole (set DO's pass, branch
# passN44). Two to four letters, capital first, lower case after: no initials of another body.
_STATE_SLASH = re.compile(r"(?<![\w’'./-])[A-Z][a-z]{1,3}/\Z")
_POSSESSIVE = re.compile(r"[A-Z][\w.-]*[’']s")


def _owner_before(q: MentionQuery, prev: str) -> bool:
    """"the prime minister’s Conservatives", "Dana Kelvo’s Tories": a possessive before an
    organisation's strict form names whose the body is (its leader, its country), no part of its
    name; a capitalised word after the form still glues it ("Women’s Labor League": that is
    `stands_alone`'s check after the form). Set BW, branch ent110."""
    return q.m.entry.kind == "organization" and bool(_POSSESSIVE.fullmatch(prev))


def _given_opener(word: str) -> bool:
    """A sentence's first word that is a given name and no common English word ("Pedro" of
    "Pedro Batista de Almeida said", "Keisha" of "Keisha Washington-Lyles, a welder,"): the
    registry name after it is part of a person's full name, not glued to an opener only
    because the sentence begins there ("Then Batista fled" stays apart; set AV, branch ent76)."""
    return gazetteer().is_given_name(word) and not common_words().common(word)


def _given_surname_opener(word: str) -> bool:
    """A sentence's first word that is a given name (`_given_opener`) and no place the gazetteer
    knows ("Victoria", "Santiago" open a sentence as places too): the place glued after it is
    the person's surname."""
    return _given_opener(word) and gazetteer().place_kind(word) is None


def _acronym_in_title(q: MentionQuery, word: str) -> bool:
    """"Oppose the NATO Troops in Kelvia": an item's title in Title Case capitalises the
    common word after an acronym ("Troops", "Raids"), which is no part of its name there;
    a word the language does not use ("Kelvo") still glues to it."""
    m, r = q.m, q.r
    form = q.text[m.begin:m.end]
    return (r.kind in ("headline", "deck") and len(form) >= 2 and form.isupper() and form.isalpha()
            and title_cased(q.text[r.begin:r.end]) and common_words().common(word))


def _unknown_firm_before(q: MentionQuery) -> bool:
    """"Esso-ExxonMobil": an organisation's name after a hyphen glued to a capitalised word
    the registry does not know is part of one firm's name; "Kadima-Labor coalition" (two
    registry parties) and "U.S.-Mexico" (places) are two names."""
    m, r = q.m, q.r
    if m.entry.kind != "organization":
        return False
    prev = re.search(r"(?<![\w’'.-])[A-Z]\w*$", q.text[r.begin:m.begin - 1])
    return prev is not None and not q.cx.index.candidates(q.text, r.begin + prev.start(), m.begin - 1)


_HYPHENED_ACRONYM = re.compile(r"-([A-Z][A-Z0-9]+)(?![\w’'-])(?!\.\w)")


@cached
def _compound_after() -> re.Pattern[str]:
    """A lower-case word after an acronym pair that makes a compound of it ("the ANC-PAC
    talks"): two bodies named together. A function word after it (kg/data/nlp/entities.toml
    `function_words`, lower-cased: a preposition, a conjunction, a relative, an adverb) or its
    members (`acronym_pair_members`) leave one name ("members of KUF-TWA and …", "KUF-TWA at
    the hospital", "KUF-TWA who struck", "a KUF-TWA member")."""
    c = load("entities")
    words = {w.lower() for w in c["function_words"]} | set(c["acronym_pair_members"])
    return re.compile(r"[ \t]+(?!(?:" + "|".join(map(re.escape, sorted(words))) + r")\b)[a-z]")


def _acronym_glued_before(q: MentionQuery) -> bool:
    """"KUF-TWA": an organisation's acronym glued by a hyphen before another acronym the
    registry does not know is the first part of one longer name (a union's state or regional
    branch, named by both sets of initials), as "CIO" after "AFL-" is part of another word;
    two registry acronyms ("PLO-FSLN"), or a pair before a lower-case noun it qualifies ("the
    ANC-PAC talks", two bodies meeting), stay apart (set CJ, branch ent126)."""
    m, r, text = q.m, q.r, q.text
    form = text[m.begin:m.end]
    if m.entry.kind != "organization" or not (form.isupper() and form.isalpha()):
        return False
    after = _HYPHENED_ACRONYM.match(text, m.end, r.end)
    return after is not None and not q.cx.index.candidates(text, after.start(1), after.end(1)) \
        and not _compound_after().match(text, after.end(), r.end)


def _its_workers(q: MentionQuery, word: str, at: int) -> bool:
    """"Boeing Machinists walk out": an organisation's name before a plural noun for its
    workers (`workers_after`) that ends the run names the firm; the workers are no firm's
    name ("Amazon Workers United" is one name: a capital follows). Their possessive is
    theirs too ("back the Kelvo Drivers’ strike": set AU, branch ent74)."""
    if q.m.entry.kind != "organization" or re.sub(r"[’']s?$", "", word) not in q.cx.workers_after:
        return False
    return not re.match(r"\s+[A-Z]", q.text[at + len(word):at + len(word) + 3])


def _before_a_person(q: MentionQuery, word: str, at: int) -> bool:
    """"Speaking to the Militant Jane Doe said": an organisation's or a periodical's name
    before a given name and another capitalised word (a person's full name) stands alone;
    "Morgan Stanley said" (no word after the given name) stays glued."""
    if q.m.entry.kind not in ("organization", "periodical") or not gazetteer().is_given_name(word):
        return False
    return bool(re.match(r"\s[A-Z][\w’'-]", q.text[at + len(word):at + len(word) + 4]))


def _acronym_before_officer(q: MentionQuery, word: str, at: int) -> bool:
    """"KWU-DFL President Ana Ruiz said": an organisation's acronym (capitals, digits, "&" and
    hyphens only) before a person's title (`titles`) and a capitalised word names the body
    whose officer the person is; it stands alone. The registry's "AFL-CIO" was dropped as glued
    to "President" (set DA, branch passA42). A word in lower case letters ("Labor Secretary")
    is no acronym and stays glued."""
    form = q.text[q.m.begin:q.m.end]
    if q.m.entry.kind != "organization" or word not in q.cx.titles \
            or not _ACRONYM_FORM.fullmatch(form):
        return False
    return bool(re.match(r"\s[A-Z][\w’'-]", q.text[at + len(word):at + len(word) + 4]))


_ACRONYM_FORM = re.compile(r"[A-Z][A-Z0-9&-]*[A-Z0-9]")


@cached
def _compass_words() -> frozenset[str]:
    return frozenset(load("entities")["compass_words"])


def glued_after_name(q: MentionQuery) -> bool:
    """A place name right after another capitalised word that is not a title, a function
    word, a group word or an adjective ("Eastern", "Stalinist", "Kurdish"), nor a word
    opening the sentence, an abbreviation or a possessive: the two make another name. A word
    that opens a body's name (`leading_head_types`: "Royal") is no adjective there, whatever
    its ending: "the Royal Kelvinburg Hospital" is one name, not "Kelvinburg Hospital"
    (branch ent56). A compass word ("Western", a group word too) glued before a place is the
    name's where the gazetteer knows the two as one place ("Western Australia", a state: frame
    over the 117 sets 2, both the state; those the registry holds whole, "Northern Ireland",
    are its matches before; branch passL43). A given name opening the sentence glues the place
    after it as `stands_alone` reads a strict form: "Dana Ireland, the group's president, said"
    names a person whose surname is a country's name (`_given_surname_opener`; wave 4's kind,
    branch junk47)."""
    cx, m, r, text = q.cx, q.m, q.r, q.text
    i = m.begin
    while i > r.begin and text[i - 1] == " ":
        i -= 1
    if i == m.begin or i <= r.begin or not text[i - 1].isalpha():
        return False
    j = i
    while j > r.begin and not text[j - 1].isspace() and text[j - 1] not in "“‘\"([—–":
        j -= 1
    prev = text[j:i]
    if not prev[:1].isupper() or "." in prev or prev.isupper() \
            or cx.tx.is_sentence_start(j) and not _given_surname_opener(prev):
        return False
    bare = prev[:-1] if prev.endswith("s") and prev[:-1] in cx.groups else prev
    if prev in _compass_words() and gazetteer().place_kind(f"{prev} {text[m.begin:m.end]}") is not None:
        return True  # "Western Kelvia", a state the gazetteer knows whole: no mention of the country
    return not (bare in cx.titles or bare in cx.function_words or bare in cx.groups
                or bare.endswith(cx.adjective_suffixes) and bare not in cx.body_openers
                or re.search(r"['’]s?$", prev))
