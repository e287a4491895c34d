"""The kind of one new name (`name_kind`): an ordered chain of cues, first the text's
(a place line, a role after it, a dateline, an apposition, an imprint, an issue number, a
citation, a frame), then the name's own words (a head word, a leading head, a number), then
the gazetteer and the given names, else schema:Thing. It says too whether a cue in the text
gave the kind (strong) or only a head word (weak), so that kg.nlp.entities.names can let a
strong kind win over a weak one for the same label.

The chain's order is its meaning: it is one function, apart from the steps that find names.
Two typings kg.nlp.entities.names makes once every name of the article has its kind live here
too, since they type a name and find none: `site_place` (a mine or works named for its place)
and `heads_of_government` (a town's name that is a head of government's surname).
"""

from __future__ import annotations

import re

from kg.model import Document
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.framing import STRONG, article_before, framing
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.cues.phrases import phrases
from kg.nlp.entities.kinds.framedkinds import coordinated_with_bodies, coordinated_with_places, imprint_part
from kg.nlp.entities.registry.registry import normalise
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import joins
from kg.nlp.entities.spans.glued import hyphen_kind
from kg.nlp.entities.spans.initials import ACRONYM, ACRONYM_AFTER_PLACE
from kg.nlp.entities.spans.laws import law_shape
from kg.nlp.entities.spans.missions import mission_shape
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, in_dateline

_NUMBERED_LABEL = re.compile(rf"(\S+) (?:No\. )?{joins.UNIT_NUMBER}$")  # "Shaft No. 4" too (set AO)


def _firm_apposition(text: str, run: Run, cues: Cues) -> bool:
    """", the German mail firm": an apposition that makes an organisation of the name, its noun
    no paper's ("newspaper", "weekly", "publisher", `[evidence] periodical_nouns`)."""
    m = cues.org_apposition.match(text, run.end)
    return m is not None and not any(w in cues.periodical_nouns for w in re.findall(r"\w+", m.group(0)))


_GLOSS = re.compile(r"[ \t]*\(([A-Z][^()\n]{2,80}?)\)")
_ENGLISH = re.compile(r"[A-Za-z]+")


# a name in a list of capitalised names: a comma or "and" and a capital after it, or before it
_LIST_AFTER = re.compile(r"(?:,\s+|\s+and\s+)[A-Z]")
_LIST_BEFORE = re.compile(r"[A-Z][\w’'-]*(?:,\s+|,?\s+and\s+)$")
# a plain capitalised word of a name, its letters accented or not ("Dorrasyan", "Kelvović")
_PLAIN_NAME = re.compile(r"[A-ZÀ-ÞČŠŽĆĐ][a-zà-ÿčšžćđğı’'-]+")


def _gloss_kind(text: str, run: Run, label: str, cues: Cues, ev: Evidence) -> str | None:
    """"Kelvan Maden-İş (United Miners’ Union)": a name in another language, then its English
    gloss in parentheses, a name of two words or more whose head word types it: the gloss says
    what the foreign name is (branch ent28). The name must read as another language's (a letter
    English has not, or a word of `initials_foreign`) and no given name may open it ("José Ruiz
    (Kelvin Workers Union)" is a person and her union)."""
    m = _GLOSS.match(text, run.end)
    if m is None:
        return None
    words = label.split()
    foreign = any(not _ENGLISH.fullmatch(p) for w in words for p in re.split(r"[-’'.]", w) if p) \
        or any(w in cues.initials_foreign for w in words)
    gloss = m.group(1).split()
    if not foreign or len(gloss) < 2 or ev.given_name_first(words) or not all(
            w[:1].isupper() or w in cues.small for w in gloss):
        return None
    return cues.heads.get(head_word(" ".join(gloss), cues).rstrip("’'"))


def _site_named(text: str, run: Run, label: str, cues: Cues) -> bool:
    """"the El Kelvito refinery", "the Co-Op mine": before a site's noun (`owned_site_nouns`), a
    name no firm bears is the site's own, a place (the held-out sets' gold types mines and
    refineries so): one opened by another language's article (`name_articles`) with no
    organisation's head word in it, or one word that is an organisation's head word printed in
    another case (a cooperative's "Co-Op": a kind of body, no firm's own name). A firm's name
    before the noun stays the employer ("the Kelvane plant"; set U, branch ent34)."""
    if not phrases().site_after.match(text, run.end) or not article_before(text, run.begin):
        return False
    words = label.split()
    if len(words) > 1 and words[0] in cues.name_articles:
        return not any(cues.heads.get(w) == "organization" for w in words[1:])
    return len(words) == 1 and words[0] not in cues.heads \
        and cues.heads.get(words[0][:1] + words[0][1:].lower()) == "organization"


def _mine_named(text: str, run: Run, label: str, cues: Cues, ev: Evidence) -> bool:
    """"the Kelvek mine in Dorrowitz", "the Dorrita gold mine", "the Kelvo Cut terminal": a name
    of one to three words after "the" and before a site's noun, where the words say the name is
    the site's (`phrases.mine_named`), is the site's own name, a place (the held-out gold types
    mines and terminals so), where no organisation's head word is among its words (nor a given
    name opening it, unless an ore or a site's kind stands before the noun), no initials (an
    owner's: "the DP Kelvo terminal"), and no frame only a firm takes stands by it anywhere in
    the article ("Kelvek management", "workers at Kelvek": the owner's name, its mine). "The
    Kelvek mine exploded" stays the owner's (set Q, branch ent26). Sets Y and Z, branch ent42."""
    words = label.split()
    if not 1 <= len(words) <= 3 or label.isupper() or not article_before(text, run.begin):
        return False
    said = phrases().mine_named(text, run.end)
    if not said or said == 1 and ev.given_name_first(words):
        return False
    if any(cues.heads.get(w) == "organization" for w in words) \
            or any(len(w) > 1 and w.isupper() for w in words):
        return False  # "the DP World terminal", "the KELPCO mine": the owner's initials
    return not framing().firm_only_frame(text, label)


# a name's acronym in brackets, or its gloss in Title Case ("Minas du Kelvar (Kelvar Mines)"),
# or the bracket that closes the gloss itself (sets AP/AQ, branch ent67)
_BRACKETED_ACRONYM = re.compile(r"[ \t]+\((?:[A-Z][A-Za-z&-]{1,9}"
                                r"|[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|of|the|and|for)){1,6})\)"
                                r"|\)(?=,)")


def _past_acronym(text: str, end: int) -> int:
    """Where the text goes on after a name and its acronym or its English gloss in brackets
    ("Landsdorrowen (LK)", "Minas du Kelvar (Kelvar Mines)"), or after a gloss's closing
    bracket: an apposition after them is the name's (sets AH/AI, branch ent55; AP/AQ, ent67);
    else `end`."""
    m = _BRACKETED_ACRONYM.match(text, end)
    return m.end() if m else end


_POSSESSIVE_AFTER = re.compile(r"[’']s?(?!\w)")
_OWNER_POSSESSIVE = re.compile(r"(?:[’']s?)[ \t]+\Z")


def _owners_plant(text: str, run: Run, words: list[str], known: list[Match], cues: Cues) -> bool:
    """"General Motors’ Dorrowville Assembly", "Ford’s Kelvin Assembly": a carmaker's plant
    named for its town and its work (`plant_heads`), right after an organisation's possessive
    the registry knows: the plant, a place, not the body "Assembly" ends ("the National
    Assembly"; sets AH/AI, branch ent55)."""
    if len(words) < 2 or words[-1] not in cues.plant_heads:
        return False
    return any(m.entry.kind == "organization" and m.end < run.begin
               and _OWNER_POSSESSIVE.fullmatch(text, m.end, run.begin) for m in known)


_SITE_CODE = re.compile(r"[A-Z]{2,4}\d{1,3}[A-Z]?")


def _owners_site_code(text: str, run: Run, words: list[str], known: list[Match], cues: Cues) -> bool:
    """"Kelvo’s DRW3 fulfillment center": a code of capitals and digits right after an
    organisation's possessive the registry knows and before a site's noun (`site_code_nouns`)
    is the firm's name for that site, a place; alone it was an acronym, a body's (sets AL/AM,
    branch ent61)."""
    if len(words) != 1 or not _SITE_CODE.fullmatch(words[0]) or not cues.site_code_noun.match(text, run.end):
        return False
    return any(m.entry.kind == "organization" and m.end < run.begin
               and _OWNER_POSSESSIVE.fullmatch(text, m.end, run.begin) for m in known)


def _school_of_city(words: list[str], ev: Evidence) -> bool:
    """"Kelvin College London", "Dorrow’s University Belfast": a school's word (`[phrases]
    school_words`) right before a city the gazetteer knows, ending a name of three words or
    more. British and Irish schools put their city after the head; the name is the school, no
    person a speech verb or an apposition after it would make of it and no place its last word
    would (sets AH/AI, branch ent55)."""
    return len(words) >= 3 and words[-2] in phrases().school_words \
        and ev.place_kind(words[-1]) == "city"


def _body_before_the(text: str, begin: int, ev: Evidence) -> bool:
    """A phrase of `[evidence] organization_before` ending in "the" right before the name
    ("volunteers with the Dorrow Literacy Project, who …", "members of the Kelvo Tenants League, who …"):
    a body, whatever ", who" after it says; a person takes no "the" (set AK, branch ent57)."""
    return text[max(0, begin - 4):begin].lower() == "the " and ev.organization_before.search(
        text, max(0, begin - 30), begin) is not None


def _named_for_particled_person(words: list[str], cues: Cues) -> bool:
    """A body named for a person whose surname has a lower-case particle ("Ana Maria de la Kelvo
    Defense Committee"): `head_word` cuts the name at the particle as at a connector ("Miguel
    Angel"), so the compound head at its end is read from the whole name. Only a particle that
    is no English word ("de", "la", "van") and a compound head of `[compound_heads]`, never a
    single word ("… de la Torre" stays a person)."""
    return (len(words) > 3 and any(w in cues.particles for w in words[1:-2])
            and cues.compound_heads.get(" ".join(words[-2:])) == "organization")


def _family_name_last(names: list[str], cues: Cues) -> bool:
    """The last word ends as only family names end (entities.toml `family_name_endings`:
    "Dorrasyan", "Kelvenko"), every word is a plain capitalised word, and the first is no common
    English word, head word or compass word: a person's name whose given name no list holds."""
    last = names[-1]
    return all(_PLAIN_NAME.fullmatch(w) for w in names) \
        and any(last.endswith(e) and len(last) >= len(e) + 3 for e in cues.family_name_endings) \
        and not common_words().common(names[0]) and not any(w in cues.heads for w in names) \
        and names[0] not in cues.compass


def _agency_of_country(run: Run, ev: Evidence, cues: Cues) -> bool:
    """One word, then a country of two words or more the gazetteer knows, ending the name
    ("WorkSafe New Kelvia", "Radio Dorra Leone"): an agency or a firm named for its country, as
    "U.S. Pipe" is with a country of one word. Not where the word is a compass word, a state's
    qualifier ("Nazi"), a place or a given name, nor where the whole run is a country's name
    ("Democratic Republic of the Congo" holds "Republic of the Congo")."""
    first = run.words[0][2]
    if ev.place_kind(" ".join(w for _b, _e, w in run.words)):
        return False  # "Democratic Republic of the Congo": the whole is the country's own name
    country = any(m.entry.kind == "country" and m.end == run.end and m.begin == run.words[1][0]
                  for m in run.absorbed) \
        or ev.place_kind(" ".join(w for _b, _e, w in run.words[1:])) == "country"
    return country and first not in cues.compass and first not in cues.state_qualifiers \
        and not ev.place_kind(first) and not ev.gazetteer.is_given_name(first)


def _plain_words(names: list[str], ev: Evidence) -> bool:
    """"New Unity", "Popular Front": two words or more, all common English words and no given
    name opening them, name a party or a current, not the ruler a "government" after them
    would make of a surname ("the Dorrow government"): the party that governs (set X, branch
    ent40). One word is left to the ruler's rule ("the Major government")."""
    return len(names) > 1 and all(common_words().common(w) for w in names) \
        and not ev.given_name_first(names)


def name_kind(doc: Document, text: str, run: Run, label: str, person_fields: dict[str, str],
              known: list[Match], cues: Cues, ev: Evidence) -> tuple[str, bool]:
    """The kind of a new name, and whether a cue in the text gave it (strong) rather than its
    head word (weak). Cues: a work noun or citation (the title's kind), a title before it, a
    byline or letter name equal to it, an apposition with a role noun ("Keith Ellis, a
    professor") → person; the dateline, a place phrase before it ("governor of Minnesota"),
    coordination with known places ("Canada, the United States, Venezuela and Cuba") → place;
    an issue number after it ("Labor Review no. 9") → periodical. Else the head word's type."""
    if run.kind == "place":  # a place line: the gazetteer says which kind
        return ev.place_kind(label) or "place", True
    if run.kind == "person" and cues.heads.get(head_word(label, cues)) == "organization":
        return "organization", True  # a letter signed by a group: "… Workers Solidarity Committee"
    if run.kind:
        return run.kind, True
    if run.title or normalise(label) in person_fields:
        return "person", True
    words = label.split()
    if len(words) > 1 and words[0] in cues.state_qualifiers \
            and ev.place_kind(" ".join(words[1:])) == "country":
        return "place", True  # "Nazi Germany", "French Canada": a state of the past, a country's part
    if len(words) > 1 and words[-1] in cues.state_words and cues.state_government.match(text, run.end):
        return "place", True  # "the Kelvo State government": a federal state, no person (set V)
    if _school_of_city(words, ev):
        return "organization", True  # "Kelvin College London": a school, its city after its head
    if _owners_plant(text, run, words, known, cues):
        return "place", True  # "General Motors’ Dorrowville Assembly": the firm's plant
    if _owners_site_code(text, run, words, known, cues):
        return "place", True  # "Kelvo’s DRW3 fulfillment center": the firm's site by its code
    # "Shelter Western Cape, the clinic’s owner": a common word (no given name) before a place of
    # two words or more names a firm of that region, no person, whatever role noun follows
    # ("Mark Delgado, a worker": one word after it, a person's; set V, branch ent35)
    regional = len(words) > 2 and (
        any(m.end == run.end and m.begin > run.begin and m.entry.kind in PLACE_KINDS for m in run.absorbed)
        or ev.place_kind(" ".join(words[1:])))
    regional = regional and not ev.given_name_first(words) and not ev.gazetteer.is_given_name(words[0]) \
        and common_words().common(words[0]) \
        and words[0] not in cues.heads and words[0] not in cues.compass
    if regional and (cues.role_after.match(text, run.end) or cues.org_apposition.match(text, run.end)):
        return "organization", True
    if cues.role_after.match(text, run.end) and cues.heads.get(head_word(label, cues)) != "organization" \
            and head_word(label, cues) not in framing().place_heads_no_person:
        return "person", True  # not "Kelvane Healthcare, the hospital’s owner": a company
    ph = phrases()
    if ph.holiday(label):
        return "event", True  # "a bonus at Tet", "during Ramadan": a holiday, no place (ent42)
    if (named := ph.named_as(text, run.begin)) is not None:
        # "the airport, known here as KJTA": the noun before "known as" says the kind (set R)
        return (ev.place_kind(label) or "place") if named == "place" else named, True
    names = label.split()
    if 2 <= len(names) <= 4 and not label.isupper() and ph.role_before(text, run.begin, run.end) \
            and cues.heads.get(head_word(label, cues)) is None and not ev.place_kind(label):
        return "person", True  # "a striker, Kenji Dorrow, was fired": the role before it (set R)
    if 2 <= len(names) <= 4 and not label.isupper() and ev.person_listed(text, run.begin) \
            and cues.heads.get(head_word(label, cues)) is None and not ev.place_kind(label):
        return "person", True  # "opposition figures including Tarik Dorrabad": people listed (set AM)
    if ph.body_before(text, run.begin, run.end) and not ev.place_kind(label) \
            and not ev.given_name_first(names) \
            and cues.heads.get(head_word(label, cues)) in (None, "organization"):
        return "organization", True  # "her party, Kelvo-Dorra-KDP.": the body's noun before it
    if in_dateline(doc, run):
        return ev.place_kind(label) or "place", True  # "SEOUL": the gazetteer says a city
    if (framing().placed_by_apposition(text, run.end) or framing().directory_town(text, run.begin, run.end)) \
            and cues.heads.get(head_word(label, cues)) is None:
        # "Kelvo Dorra, an industrial city near Cairo,"; "OHIO: Kelvinton: 12 Dorrow St."
        return ev.place_kind(label) or "place", True
    if (state := framing().state_place(text, run.begin, run.end, label)) is not None:
        return ev.place_kind(label) or "place", state  # "Campsie NSW 2194": a town, its state
    if (imprint := imprint_part(text, run)) is not None:
        return imprint, True  # "(The Hague: Martinus Dorrow, 1978)": the city and the publisher
    if any(p.match(text[run.end:run.end + 40]) for p in cues.periodical_after):
        return "periodical", True
    if cues.periodical_apposition.match(text, run.end):
        return "periodical", True  # "Obreros, the weekly of the Kelvish unions," (set X)
    if ph.owned_site(text, run.begin, run.end) and cues.heads.get(head_word(label, cues)) in (None, "place"):
        return ev.place_kind(label) or "place", True  # "its Kelvo mine": the site's place (set R)
    if _site_named(text, run, label, cues):
        return ev.place_kind(label) or "place", True  # "the El Kelvito refinery", "the Co-Op mine" (set U)
    if _mine_named(text, run, label, cues, ev):
        return ev.place_kind(label) or "place", True  # "the Kelvek mine", "the Dorrita gold mine"
    if len(run.words) == 1 and ph.firm_outlet(text, run.begin, run.end) \
            and cues.heads.get(head_word(label, cues)) is None and ev.place_kind(label) != "country":
        return "organization", True  # "a Dorvane store in Kelvia": the chain, not a town (set S)
    if ph.firm_trade(text, run.end) and cues.heads.get(head_word(label, cues)) in (None, "organization") \
            and ev.place_kind(label) != "country":
        return "organization", True  # "at the Kelvam news agency": a firm, not a hall (set S)
    if len(run.words) == 1 and cues.glued_joiner.search(label):
        return "organization", True  # "outside the Shop’nSave": a chain's name, no place (set S)
    if len(run.words) == 1 and (hyphened := hyphen_kind(label)):
        return hyphened, False  # "Paris-Nord": a town beside a city; "Petro-Peru": a firm
    if len(run.words) == 1 and any(cues.org_label(part) for part in label.split("-")[1:]):
        return "organization", False  # "Esso-ExxonMobil": a firm's name joined to its owner's
    if any(w in cues.case_connectors for (_b, _e, w) in run.words):
        return "event", False  # "Brown v. Board of Education": a lawsuit
    numbered = _NUMBERED_LABEL.search(label.split(" of ")[0])
    if numbered and numbered.group(1) in cues.numbered_places and " of " not in label:
        return "place", False  # "Route 9", "Interstate 35": a road named by its number
    if numbered and numbered.group(1) in cues.numbered:
        return "organization", False  # "United Mine Workers of America Local 5958", "District 751"
    words = label.split()
    if len(words) == 2 and words[0] in cues.spelled_places and words[1] in cues.spelled_numbers:
        return "place", False  # "Pier Two", "Berth Four": a port's part named by its number
    if len(label.split()) > 2 and any(w in cues.title_verbs for w in label.split()[1:]):
        return "work", False  # "History Is Still Being Written": a title's verb, no name's
    head = head_word(label, cues)
    if ph.leading_place(words) and cues.heads.get(head) != "place":
        return ev.place_kind(label) or "place", False  # "Camp Alliance": a camp, not a body (set R)
    if ph.road_on(text, run.begin, words) and not ev.place_kind(label):
        return "place", True  # "a rally on Kelvin Pike": the road, no person (sets Y and Z, ent42)
    if ph.rival(text, run.begin, run.end) and cues.heads.get(head) is None and not ev.place_kind(label) \
            and not ev.given_name_first(words):
        return "organization", True  # "Dorvane competes with Kelmar of Brazil": two firms (set R)
    compound = head_word(label, cues, 2)
    if compound in cues.compound_heads:
        return cues.compound_heads[compound], False  # "… Sewer District": a public body
    if _named_for_particled_person(words, cues):
        return "organization", False  # "the Ana de la Kelvo Defense Committee" (set AJ, ent57)
    if law_shape(label):
        return "work", False  # "the Right to Housing Law", "the Kelvin Law 1990": a law
    if mission_shape(label):
        return "organization", False  # "the UN Interim Force in Kelvia" (kg.nlp.entities.spans.missions)
    if cues.heads.get(head) == "place" and cues.troupe_after.match(text, run.end):
        return "organization", True  # "the Dorrow Workers Theater company": the troupe (set T)
    if framing().venue(text, run.begin, label.split(), ev.given_name_first(label.split()[:-1])):
        return "place", False  # "the Ellen Dorrow Centre", "a meeting at the Kelvo Centre": a hall
    if len(names := label.split()) == 1 and head in cues.heads and cues.heads[head] != "organization" \
            and (ev.organization_before_name(text, run.begin, names)
                 or ev.organization_listed(text, run.begin) or ev.employer(text, run.begin, run.end)
                 or coordinated_with_bodies(text, run, known) and not ev.locative_before(text, run.begin)):
        return "organization", False  # "retailers including Gap", "a Gap store": a firm, not a pass
    firm = framing().firm_frame(text, run.begin, run.end, ev.given_name_first(names))
    # a paper has readers, not workers: "Canada Post workers" (the people's nouns count here)
    if cues.heads.get(head) == "periodical" and len(names) == 2 \
            and (framing().firm_frame(text, run.begin, run.end, True) or _firm_apposition(text, run, cues)) \
            and not article_before(text, run.begin) \
            and (any(m.entry.kind in PLACE_KINDS for m in run.absorbed) or ev.place_kind(names[0])
                 or not common_words().common(names[0])):
        # "Canada Post workers": a country's postal firm, not a daily; "Kelvane Post, the mail
        # firm": a first word no English text writes (a foreign adjective, a name) and a firm's
        # frame or apposition (branch ent23)
        return "organization", True
    if firm == STRONG and cues.heads.get(head) == "place" and not ev.place_kind(label):
        return "organization", True  # "Kelvo Park management": a firm named like a park
    if ph.movement_time(text, run.begin, run.end, names):
        return "event", True  # "active in the Kelvo Movement, when dockers shut …" (ent42)
    if head in cues.union_body_heads and any(w.rstrip("’'") in cues.union_only for w in names[:-1]):
        return "organization", False  # "the Teamsters Kelvia Rail Conference": a union's body (set V)
    if len(names) > 2 and names[0] in cues.possessive_openers and head in cues.saint_buildings \
            and re.search(r"[’']s$", names[1]):
        return "place", False  # "St. Dorrow’s Catholic Church": the building (set AB)
    if cues.grounds_after.match(text, run.end):
        return "place", False  # "the Kelvin Cattle Congress fairgrounds": the grounds (set AB)
    if cues.heads.get(head) == "event" and cues.org_apposition.match(text, _past_acronym(text, run.end)):
        # "the Kelvish Rally (KR), Dorra’s party,": a party whose head word is also an event's
        # noun ("Rally", "March"); the apposition says the body (set AN, branch ent63)
        return "organization", True
    if head in cues.heads:
        return cues.heads[head], False
    if len(names) > 1 and len(names[-1]) > 2 and names[-1].isupper() \
            and all(w[:1].isupper() and not w.isupper() for w in names[:-1]) \
            and any(cues.heads.get(w) == "organization" for w in names[:-1]):
        # "International KELVO", "Alliance DORROW": a body's word and its name in capitals (a
        # word English writes too: no acronym to `ends_in_acronym`; set S)
        return "organization", False
    if (glossed := _gloss_kind(text, run, label, cues, ev)) is not None:
        return glossed, False  # "Kelvan Maden-İş (United Miners’ Union)": its English gloss's head
    if head in cues.of_the_heads and f"{head} of the " in label:
        return "organization", False  # "… Trade Area of the Kelvish Isles": a pact's body
    if (m := cues.periodical_before.search(text, max(0, run.begin - 30), run.begin)) \
            and not ev.place_kind(label) \
            and (m.group(0).rstrip().endswith(("the", "The")) or not ev.given_name_first(label.split())):
        # "an article in the Kelvin Sentry", "a columnist for Dorrow Today"; "a letter to Maria
        # Ortiz" is a person's (a given name opens it and no "the" stands before it)
        return "periodical", False
    if ev.periodical_by_context(text, run.begin, run.end, label.split()):
        return "periodical", False  # "the Daily Worker", "the Kelvin Sun reported"
    if len(run.words) == 2 and any(m.entry.kind == "country" for m in run.absorbed):
        return "organization", False  # "U.S. Pipe": a firm or an agency named for its country
    if len(run.words) > 2 and _agency_of_country(run, ev, cues):
        return "organization", False  # "WorkSafe New Kelvia": an agency named for its country (set AK)
    if cues.org_after.match(text, run.end):
        return "organization", False  # "the Grain Millers union"
    if cues.work_after.match(text, run.end):
        return "work", False  # "the PROMESA law", "the Dorrow-Kelvin bill": a law
    if cues.joiner_in.search(label):
        return "organization", False  # "Stop & Shop", "AT&T": a firm's name
    if cues.org_apposition.match(text, _past_acronym(text, run.end)) or ph.firm_by_scale(text, run.end):
        # "Unison, the public sector workers union,", "Tessaro, a maker of buses,";
        # "the Landsdorrowen (LK), the national union federation," (its acronym between)
        return "organization", True
    names = label.split()
    lead = (cues.leading_heads.get(" ".join(names[:2])) if len(names) > 2 else None) or (
        cues.leading_heads.get(names[0]) if len(names) > 1 else None)  # "Tropical Storm Fay"
    if lead == "place":
        return ev.place_kind(label) or "place", False  # "Ciudad Juárez", "Sierra Maestra"
    if lead and not ev.place_kind(label):  # "Royal Oak" is a town the gazetteer knows
        return lead, False  # "Movimiento Sin Tierra", "Frente Amplio", "Royal Mail"
    if cues.place_after.match(text, run.end):
        return "place", False  # "the Ruhr region"
    if framing().power_site(text, run.end) and cues.heads.get(head) in (None, "place") \
            and not label.isupper():  # "the KELPCO nuclear plant": its owner
        return "place", False  # "the Kelvo Daiichi nuclear plant": a site named for its place (set X)
    if len(names) > 1 and cues.site_place_after.match(text, run.end):
        return "place", False  # "the Kelvin Hill depot": a given name opens no depot's name
    place = ev.place_kind(label)
    if place and len(names) > 1 and (ev.locative_before(text, run.begin)
                                     or ev.locative_list_before(text, run.begin)
                                     or coordinated_with_places(text, run, known)):
        # "a driver from Broken Arrow, said …", "Elizabeth City, N.C.": a town the gazetteer
        # knows, where the text says a place, beats a speech verb and a given name
        return place, True
    if not place and len(names) == 1 and (respelled := ev.gazetteer.respelled_kind(label)) \
            and (ev.locative_before(text, run.begin) or ev.locative_list_before(text, run.begin)
                 or _LIST_AFTER.match(text, run.end)
                 or _LIST_BEFORE.search(text, max(0, run.begin - 30), run.begin)):
        return respelled, False  # "out of Kelviia, Dorium and Tallansk": newer spellings of towns
    if not place and (town := ev.framed_town(text, run.begin, label)):
        return town, True  # "the mill in Iowa Colony": a town too small for the place list
    if (ph.customer(text, run.begin) or ph.firm_with_firms(text, run.end)) and not place \
            and cues.heads.get(head) is None and not ev.given_name_first(names) and not label.isupper():
        return "organization", False  # "computers for Kelvatek", "Dorrow and other grain firms" (set S)
    if ph.firm_named(text, run.begin) and not place:
        return "organization", False  # "the Swedish company Morgan Dorrow said": the firm (set R)
    if len(names) > 1 and (ev.speaker(text, run.begin, run.end) or ev.person_after_name(text, run.end)) \
            and not _body_before_the(text, run.begin, ev):
        return "person", True  # "said Maria Ortiz", "Maria Ortiz, 42,", "Ana Beltran (1901-1975)"
    if ev.person_noun(text, run.end):
        return "person", True  # "the Harlan administration"
    if _patronymic_name(names, cues) and not place:
        return "person", True  # "the regime of Salah Kelvi El Amin Ben Dorra" (set AN)
    if 2 <= len(names) <= 3 and ph.government_of(text, run.begin) and not place and not label.isupper() \
            and not any(cues.group(w) or w in cues.compass for w in names) \
            and not ev.gazetteer.town_kind(label):
        return "person", True  # "the new government of Hayato Dorrow": its head (set R)
    if len(names) <= 3 and ev.ruler_party(text, run.begin, run.end) and not place:
        return "organization", True  # "Aristide’s Kelvo Lavanas government": his party (ent42)
    if len(names) <= 2 and not label.isupper() and not cues.group(names[-1]) \
            and ev.ruler(text, run.begin, run.end) and not ev.place_kind(label):
        if _plain_words(names, ev):
            return "organization", False  # "the New Unity government": the party that governs
        return "person", False  # "the regime of Kelvano", "the Kelvano dictatorship"
    if cues.role_before.search(text, max(0, run.begin - 30), run.begin) and len(names) > 1:
        return "person", True  # "FEU national president Adalberto Hernández", "rector Rubén Zardoya"
    if cues.seat_before.search(text, max(0, run.begin - 30), run.begin) and not ev.given_name_first(names) \
            and not _POSSESSIVE_AFTER.match(text, run.end):
        return ev.place_kind(label) or "place", True  # "candidate for Kelvin Heights": the electorate
    if cues.place_before.search(text, max(0, run.begin - 40), run.begin):
        return ev.place_kind(label) or "place", True
    if len(names) > 1 and (names[0] in cues.compass or names[0] in cues.region_prefixes) \
            and ev.place_kind(" ".join(names[1:])):
        return "place", True  # "Central Asia", "Southern California", "Metro Cebu": a region
    if ph.compass_place(text, run.begin) and cues.heads.get(head) is None and not label.isupper() \
            and not any(cues.group(w) for w in names) and not ev.given_name_first(names):
        return ev.place_kind(label) or "place", True  # "the suburbs of eastern Ghazvo" (set S)
    if ev.compass_region(text, run.begin, label):
        return "place", True  # "the communities of the Southwest"
    if len(names) == 2 and names[0] in cues.compass and article_before(text, run.begin) \
            and names[1] not in cues.heads and not cues.group(names[1]) and not ev.place_kind(label) \
            and names[1] not in cues.titles:  # "Rand" is a given name too: no person takes "the"
        return "place", False  # "the East Rand", "the North Shore": a compass word's region (ent21)
    if ev.organization_before_name(text, run.begin, names) or ev.organization_listed(text, run.begin):
        return "organization", False  # "the fascist Golden X", "monopolies like Korvex and X"
    if ev.building_for_city(text, run.begin, names) and any(
            m.entry.kind == "city" and text[m.begin:m.end] == names[-1] for m in known):
        return "place", False  # "the Harwell Boston" where Boston is named: a hotel named for its city
    if place and place != "country" and len(names) > 1 and cues.heads.get(head) is None \
            and framing().firm_before.search(text, max(0, run.begin - 30), run.begin):
        return "organization", False  # "miners against Kelvo Tinto": a firm a town's name (set S)
    if place and len(names) > 1:
        return place, False  # "Pinar del Río", "Santa Rosa": a given name opens a town's name
    if (firm or framing().ends_in_acronym(names)) and not place and not framing().placed(text, label):
        return "organization", False  # "workers at Dorrow Daniels Kelmont", "Kelvo Ruiz CCS"
    if not place and not label.isupper() and ev.the_group(text, run.begin, run.end):
        return "organization", False  # "the Abu Kelvar group", "the Dorrow rebels" (branch ent26)
    # "El Mirador", "La Nación": an article opens no person's name (the gazetteer lists "El");
    # "the Abu Kelvar": no person takes "the" unless the name is a modifier ("the Emmett Dorrow
    # case"; branch ent26)
    if names[0] not in cues.name_articles \
            and (ev.given_name_first(names) or ev.hyphenated_given_name(names)) \
            and not ev.the_before_head(text, run.begin, run.end):
        return "person", False  # "Maria Ortiz", "Chung Hye-jin": a given name opens or ends it
    if 2 <= len(names) <= 3 and not place and _family_name_last(names, cues) \
            and not ev.the_before_head(text, run.begin, run.end):
        return "person", False  # "Aram Dorrasyan": a family name's ending, no given name known
    if place and place != "country" and len(names) == 1 and coordinated_with_bodies(text, run, known) \
            and not ev.locative_before(text, run.begin):
        return "organization", True  # "sews for Kelvo and Walmart": a firm, not the town (set AN)
    if place:
        return place, False  # the gazetteer: "Omaha", "Equatorial Guinea"
    if coordinated_with_places(text, run, known):
        return "place", True  # the gazetteer would have said which kind
    if len(names) == 1 and label.endswith(cues.region_suffixes) and len(label) > 6 \
            and not common_words().common(label):
        return "place", False  # "Tyneside": a region named by its river's side (ent21)
    if framing().platform(text, run.begin, run.end) and not place and len(names) == 1:
        return "organization", False  # "posted on Kelvbook", "a Kelvbook page": a social network
    if (ev.employer(text, run.begin, run.end) or ev.organization_shape(text, run.end, label)) \
            and not framing().placed(text, label):  # "workers at X" where "in X" says a town
        return "organization", False  # "workers at Arriva", "the Kelvane plant", "Kelvane bosses"
    if len(names) > 1 and (ACRONYM.match(text, run.end) or ACRONYM_AFTER_PLACE.match(text, run.end)):
        return "organization", False  # "the Kelvish Free Miners (KFM)": a body defined by its acronym
    if len(names) == 1 and framing().acronym_at(text, run.begin, run.end):
        return "organization", False  # "SIPTU", "KAWU": an acronym no gazetteer or cue types
    if ev.locative_before(text, run.begin) or ev.locative_list_parts(text, run.begin):
        return "place", False  # "in Tar Heel", "from Kelvo, Dorra, and parts of Tallow"
    return "thing", False


def heads_of_government(text: str, kept: list[tuple[Run, str, tuple[str, bool]]],
                        kind_of: dict[str, tuple[str, bool]], ev: Evidence) -> list[str]:
    """One-word names only the gazetteer typed a place ("Dorrow": a small town somewhere) that
    stand before "government", "cabinet" … with "the" before ("the Dorrow government") and are
    the surname of a person the article names in full ("Prime Minister Ann Dorrow"): the head
    of government, as "the Kelvano government" is where no town bears the name (set S). A city
    the text does not name as a person's surname keeps its seat of government ("the Havana
    government")."""
    surnames = {label.split()[-1] for label, (kind, _s) in kind_of.items()
                if kind == "person" and len(label.split()) > 1}
    out = []
    for run, label, (kind, strong) in kept:
        if " " in label or label not in surnames or strong or kind not in PLACE_KINDS \
                or kind_of.get(label) != (kind, strong) or label in out:
            continue
        if ev.government_after.match(text[run.end:run.end + 20]) \
                and re.search(r"(?<![\w’'-])[Tt]he\s+\Z", text[max(0, run.begin - 5):run.begin]):
            out.append(label)
    return out


def owner_firms(text: str, kept: list[tuple[Run, str, tuple[str, bool]]],
                kind_of: dict[str, tuple[str, bool]], cues: Cues, ev: Evidence) -> list[str]:
    """Names typed a place only weakly (a bare "at", "in": no gazetteer, no head word) that the
    article writes elsewhere in an owner's frame ("Kelvora management", "Kelvora’s shafts",
    framing `owner_frame`): the mining firm the strike is "at", not a place; the frame's own run
    lost to the first one only by order (set W, branch ent38). A name the article also puts
    before a place's noun ("the KELVAPI industrial park") keeps the place: its owner is named
    apart."""
    placed = {label for run, label, _k in kept
              if cues.place_after.match(text, run.end) or cues.site_place_after.match(text, run.end)}
    out = []
    for run, label, _k in kept:
        if kind_of.get(label) == ("place", False) and label not in out and label not in placed \
                and ev.place_kind(label) is None and head_word(label, cues) not in cues.heads \
                and framing().owner_frame(text, run.end):
            out.append(label)
    return out


def leading_place_short_forms(kind_of: dict[str, tuple[str, bool]], cues: Cues) -> list[str]:
    """Names the article writes after a place's leading head too ("Kibbutz Kelvar" beside "the
    Kelvar printing plant", "Moshav Tallim" beside "Tallim"): the place called by its own name,
    where only a head word or a frame an employer shares typed it otherwise (weak), not a cue
    (branch ent42)."""
    out = []
    for label, (kind, strong) in kind_of.items():
        if kind in PLACE_KINDS or strong or len(label.split()) > 2:
            continue
        if any(other.endswith(" " + label) and cues.leading_heads.get(other[:-len(label) - 1]) == "place"
               and other_kind[0] in PLACE_KINDS for other, other_kind in kind_of.items()):
            out.append(label)
    return out


def site_place(text: str, label: str, kind_of: dict[str, tuple[str, bool]], cues: Cues,
               ev: Evidence) -> bool:
    """A mine or works named for its place ("the Kelvo mine", "jobs at the Port Kelvo works"),
    typed a firm only by the employer's frame (weakly, no head word of its own), is the place
    where the article says so: the name after a bare "at" or a word only a place takes, and in
    no frame only a firm takes (kg.nlp.entities.cues.framing `site_place`); the smaller town list
    knowing it ("Port Kelvo"); or the article naming the site itself as a place by the name
    and a site's head ("the Kelvo Mine", a place by its head) (branch ent26). A power station
    is named for its place as a mine is: a name the article writes before a power station's
    noun ("the Kelvo Daiichi nuclear plant"), and in no frame only a firm takes, is the place
    where an employer's frame typed it elsewhere ("workers at Kelvo plant"; set X, branch
    ent40)."""
    fr = framing()
    if head_word(label, cues) in cues.heads:
        return False
    if not label.isupper() and fr.power_site_named(text, label):
        return True  # "workers at Kelvo plant" beside "the Kelvo Daiichi nuclear plant" (set X)
    if not fr.site_named(text, label):
        return False
    if fr.site_place(text, label) or ev.gazetteer.town_kind(label):
        return True
    n = len(label.split())
    return any(other.split()[:n] == label.split() and len(other.split()) == n + 1
               and fr.site_head(other.split()[-1]) and kind[0] in PLACE_KINDS
               for other, kind in kind_of.items())


def _patronymic_name(names: list[str], cues: Cues) -> bool:
    """A name of three to six capitalised words with a particle of descent inside it, before a
    capitalised word ("… Ben Dorra", "Ahmed Ould Kelvane": `patronymic_particles`), and no
    head or group word: a person's, though no list knows the given name."""
    return 3 <= len(names) <= 6 and all(w[:1].isupper() for w in names) \
        and any(w in cues.patronymics for w in names[1:-1]) \
        and not any(w in cues.heads or cues.group(w) for w in names)
