"""The rules of kg.nlp.entities.kinds.namekinds's chain (`NAME_RULES`), in its order: each
`(query) -> (kind, strong) | None` reads one kg.nlp.entities.kinds.namequery `NameQuery` and
answers where its cue holds, else passes the name on. The phases' headers are the chain's; a
rule's docstring names the shape it types and the set or branch that added it. A rule may rely
on every rule before it having passed ("not a place" where the gazetteer rules come first), so
a new rule goes where its phase is, and into `NAME_RULES` at the same place."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.framing import STRONG, article_before, framing
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.cues.phrases import phrases
from kg.nlp.entities.kinds.framedkinds import coordinated_with_bodies, coordinated_with_places, imprint_part
from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.entities.registry.registry import normalise
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.glued import hyphen_kind
from kg.nlp.entities.spans.initials import ACRONYM, ACRONYM_AFTER_PLACE
from kg.nlp.entities.spans.laws import law_shape
from kg.nlp.entities.spans.missions import mission_shape
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, in_dateline


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




def _patronymic_name(names: list[str], cues: Cues) -> bool:
    """A name of three to six capitalised words with a particle of descent inside it, before a
    capitalised word ("… Ben Dorra", "Ahmed Ould Kelvane": `patronymic_particles`), and no
    head or group word: a person's, though no list knows the given name."""
    return 3 <= len(names) <= 6 and all(w[:1].isupper() for w in names) \
        and any(w in cues.patronymics for w in names[1:-1]) \
        and not any(w in cues.heads or cues.group(w) for w in names)


# -- the run's own kind: a place line, a signer, a typed run, a title or a byline --------------------------

def place_line(q: NameQuery) -> Kind | None:
    """A place line: the gazetteer says which kind."""
    if q.run.kind == "place":
        return q.ev.place_kind(q.label) or "place", True
    return None


def signed_by_group(q: NameQuery) -> Kind | None:
    """A letter signed by a group: "… Workers Solidarity Committee"."""
    if q.run.kind == "person" and q.cues.heads.get(head_word(q.label, q.cues)) == "organization":
        return "organization", True
    return None


def run_kind(q: NameQuery) -> Kind | None:
    """A run typed by where it stands (a byline, a signer, a place line's part): its own kind."""
    if q.run.kind:
        return q.run.kind, True
    return None


def titled_or_byline(q: NameQuery) -> Kind | None:
    """A title before the name, or a byline or letter name equal to it: a person."""
    if q.run.title or normalise(q.label) in q.person_fields:
        return "person", True
    return None


# -- states, schools and firms' sites a name's words and the registry say, before any person's cue ---------

def state_of_the_past(q: NameQuery) -> Kind | None:
    """"Nazi Germany", "French Canada": a state of the past, a country's part."""
    if len(q.words) > 1 and q.words[0] in q.cues.state_qualifiers \
            and q.ev.place_kind(" ".join(q.words[1:])) == "country":
        return "place", True
    return None


def federal_state(q: NameQuery) -> Kind | None:
    """"the Kelvo State government": a federal state, no person (set V)"""
    if len(q.words) > 1 and q.words[-1] in q.cues.state_words \
            and q.cues.state_government.match(q.text, q.run.end):
        return "place", True
    return None


def school_of_city(q: NameQuery) -> Kind | None:
    """"Kelvin College London": a school, its city after its head."""
    if _school_of_city(q.words, q.ev):
        return "organization", True
    return None


def owners_plant(q: NameQuery) -> Kind | None:
    """"General Motors’ Dorrowville Assembly": the firm's plant."""
    if _owners_plant(q.text, q.run, q.words, q.known, q.cues):
        return "place", True
    return None


def owners_site_code(q: NameQuery) -> Kind | None:
    """"Kelvo’s DRW3 fulfillment center": the firm's site by its code."""
    if _owners_site_code(q.text, q.run, q.words, q.known, q.cues):
        return "place", True
    return None


# -- appositions and phrases around the name: a role, a holiday, "known as", a body's noun -----------------

def regional_firm(q: NameQuery) -> Kind | None:
    """"Shelter Western Cape, the clinic’s owner": a common word (no given name) before a place of
    two words or more names a firm of that region, no person, whatever role noun follows ("Mark
    Delgado, a worker": one word after it, a person's; set V, branch ent35)."""
    if q.regional and (q.cues.role_after.match(q.text, q.run.end)
                or q.cues.org_apposition.match(q.text, q.run.end)):
        return "organization", True
    return None


def role_apposition(q: NameQuery) -> Kind | None:
    """An apposition with a role noun ("Keith Ellis, a professor"): a person; not "Kelvane
    Healthcare, the hospital’s owner": a company."""
    if q.cues.role_after.match(q.text, q.run.end) \
            and q.cues.heads.get(head_word(q.label, q.cues)) != "organization" \
            and head_word(q.label, q.cues) not in framing().place_heads_no_person:
        return "person", True
    return None


def holiday(q: NameQuery) -> Kind | None:
    """"a bonus at Tet", "during Ramadan": a holiday, no place (ent42)"""
    if q.ph.holiday(q.label):
        return "event", True
    return None


def known_as(q: NameQuery) -> Kind | None:
    """"the airport, known here as KJTA": the noun before "known as" says the kind (set R)."""
    if (named := q.ph.named_as(q.text, q.run.begin)) is not None:
        # "the airport, known here as KJTA": the noun before "known as" says the kind (set R)
        return (q.ev.place_kind(q.label) or "place") if named == "place" else named, True
    return None


def role_apposed_before(q: NameQuery) -> Kind | None:
    """"a striker, Kenji Dorrow, was fired": the role before it (set R)"""
    if 2 <= len(q.words) <= 4 and not q.label.isupper() and q.ph.role_before(q.text, q.run.begin, q.run.end) \
            and q.cues.heads.get(head_word(q.label, q.cues)) is None and not q.ev.place_kind(q.label):
        return "person", True
    return None


def person_listed(q: NameQuery) -> Kind | None:
    """"opposition figures including Tarik Dorrabad": people listed (set AM)"""
    if 2 <= len(q.words) <= 4 and not q.label.isupper() and q.ev.person_listed(q.text, q.run.begin) \
            and q.cues.heads.get(head_word(q.label, q.cues)) is None and not q.ev.place_kind(q.label):
        return "person", True
    return None


def body_noun_before(q: NameQuery) -> Kind | None:
    """"her party, Kelvo-Dorra-KDP.": the body's noun before it."""
    if q.ph.body_before(q.text, q.run.begin, q.run.end) and not q.ev.place_kind(q.label) \
            and not q.ev.given_name_first(q.words) \
            and q.cues.heads.get(head_word(q.label, q.cues)) in (None, "organization"):
        return "organization", True
    return None


# -- the dateline, a town by its apposition or its state, an imprint, a periodical's number ----------------

def dateline(q: NameQuery) -> Kind | None:
    """"SEOUL": the gazetteer says a city."""
    if in_dateline(q.doc, q.run):
        return q.ev.place_kind(q.label) or "place", True
    return None


def placed_by_apposition(q: NameQuery) -> Kind | None:
    """"Kelvo Dorra, an industrial city near Cairo,"; "OHIO: Kelvinton: 12 Dorrow St.": a town by
    its apposition or its directory line."""
    if (framing().placed_by_apposition(q.text, q.run.end)
                or framing().directory_town(q.text, q.run.begin, q.run.end)) \
            and q.cues.heads.get(head_word(q.label, q.cues)) is None:
        # "Kelvo Dorra, an industrial city near Cairo,"; "OHIO: Kelvinton: 12 Dorrow St."
        return q.ev.place_kind(q.label) or "place", True
    return None


def town_and_state(q: NameQuery) -> Kind | None:
    """"Campsie NSW 2194": a town, its state."""
    if (state := framing().state_place(q.text, q.run.begin, q.run.end, q.label)) is not None:
        return q.ev.place_kind(q.label) or "place", state
    return None


def imprint(q: NameQuery) -> Kind | None:
    """"(The Hague: Martinus Dorrow, 1978)": the city and the publisher."""
    if (imprint := imprint_part(q.text, q.run)) is not None:
        return imprint, True
    return None


def issue_number(q: NameQuery) -> Kind | None:
    """An issue number after it ("Labor Review no. 9"): a periodical."""
    if any(p.match(q.text[q.run.end:q.run.end + 40]) for p in q.cues.periodical_after):
        return "periodical", True
    return None


def periodical_apposition(q: NameQuery) -> Kind | None:
    """"Obreros, the weekly of the Kelvish unions," (set X)"""
    if q.cues.periodical_apposition.match(q.text, q.run.end):
        return "periodical", True
    return None


# -- sites and shops: a firm's mine, a named refinery, a chain's outlet, a trade ---------------------------

def owned_site(q: NameQuery) -> Kind | None:
    """"its Kelvo mine": the site's place (set R)"""
    if q.ph.owned_site(q.text, q.run.begin, q.run.end) \
            and q.cues.heads.get(head_word(q.label, q.cues)) in (None, "place"):
        return q.ev.place_kind(q.label) or "place", True
    return None


def site_named(q: NameQuery) -> Kind | None:
    """"the El Kelvito refinery", "the Co-Op mine" (set U)"""
    if _site_named(q.text, q.run, q.label, q.cues):
        return q.ev.place_kind(q.label) or "place", True
    return None


def mine_named(q: NameQuery) -> Kind | None:
    """"the Kelvek mine", "the Dorrita gold mine"."""
    if _mine_named(q.text, q.run, q.label, q.cues, q.ev):
        return q.ev.place_kind(q.label) or "place", True
    return None


def firm_outlet(q: NameQuery) -> Kind | None:
    """"a Dorvane store in Kelvia": the chain, not a town (set S)"""
    if len(q.run.words) == 1 and q.ph.firm_outlet(q.text, q.run.begin, q.run.end) \
            and q.cues.heads.get(head_word(q.label, q.cues)) is None \
            and q.ev.place_kind(q.label) != "country":
        return "organization", True
    return None


def firm_trade(q: NameQuery) -> Kind | None:
    """"at the Kelvam news agency": a firm, not a hall (set S)"""
    if q.ph.firm_trade(q.text, q.run.end) \
            and q.cues.heads.get(head_word(q.label, q.cues)) in (None, "organization") \
            and q.ev.place_kind(q.label) != "country":
        return "organization", True
    return None


def glued_chain(q: NameQuery) -> Kind | None:
    """"outside the Shop’nSave": a chain's name, no place (set S)"""
    if len(q.run.words) == 1 and q.cues.glued_joiner.search(q.label):
        return "organization", True
    return None


# -- the name's own form: hyphens, a lawsuit's "v.", numbers, a title's verb -------------------------------

def hyphened(q: NameQuery) -> Kind | None:
    """"Paris-Nord": a town beside a city; "Petro-Peru": a firm."""
    if len(q.run.words) == 1 and (hyphened := hyphen_kind(q.label)):
        return hyphened, False
    return None


def joined_to_owner(q: NameQuery) -> Kind | None:
    """"Esso-ExxonMobil": a firm's name joined to its owner's."""
    if len(q.run.words) == 1 and any(q.cues.org_label(part) for part in q.label.split("-")[1:]):
        return "organization", False
    return None


def lawsuit(q: NameQuery) -> Kind | None:
    """"Brown v. Board of Education": a lawsuit."""
    if any(w in q.cues.case_connectors for (_b, _e, w) in q.run.words):
        return "event", False
    return None


def numbered_road(q: NameQuery) -> Kind | None:
    """"Route 9", "Interstate 35": a road named by its number."""
    if q.numbered and q.numbered.group(1) in q.cues.numbered_places and " of " not in q.label:
        return "place", False
    return None


def numbered_unit(q: NameQuery) -> Kind | None:
    """"United Mine Workers of America Local 5958", "District 751"."""
    if q.numbered and q.numbered.group(1) in q.cues.numbered:
        return "organization", False
    return None


def spelled_number_place(q: NameQuery) -> Kind | None:
    """"Pier Two", "Berth Four": a port's part named by its number."""
    if len(q.words) == 2 and q.words[0] in q.cues.spelled_places and q.words[1] in q.cues.spelled_numbers:
        return "place", False
    return None


def title_verb(q: NameQuery) -> Kind | None:
    """"History Is Still Being Written": a title's verb, no name's."""
    if len(q.label.split()) > 2 and any(w in q.cues.title_verbs for w in q.label.split()[1:]):
        return "work", False
    return None


# -- leading and compound heads, roads, rivals, laws, missions, troupes, venues ----------------------------

def leading_place(q: NameQuery) -> Kind | None:
    """"Camp Alliance": a camp, not a body (set R)"""
    if q.ph.leading_place(q.words) and q.cues.heads.get(q.head) != "place":
        return q.ev.place_kind(q.label) or "place", False
    return None


def road_on(q: NameQuery) -> Kind | None:
    """"a rally on Kelvin Pike": the road, no person (sets Y and Z, ent42)"""
    if q.ph.road_on(q.text, q.run.begin, q.words) and not q.ev.place_kind(q.label):
        return "place", True
    return None


def rival_firms(q: NameQuery) -> Kind | None:
    """"Dorvane competes with Kelmar of Brazil": two firms (set R)"""
    if q.ph.rival(q.text, q.run.begin, q.run.end) and q.cues.heads.get(q.head) is None \
            and not q.ev.place_kind(q.label) \
            and not q.ev.given_name_first(q.words):
        return "organization", True
    return None


def compound_head(q: NameQuery) -> Kind | None:
    """"… Sewer District": a public body."""
    if q.compound in q.cues.compound_heads:
        return q.cues.compound_heads[q.compound], False
    return None


def named_for_particled_person(q: NameQuery) -> Kind | None:
    """"the Ana de la Kelvo Defense Committee" (set AJ, ent57)"""
    if _named_for_particled_person(q.words, q.cues):
        return "organization", False
    return None


def law(q: NameQuery) -> Kind | None:
    """"the Right to Housing Law", "the Kelvin Law 1990": a law."""
    if law_shape(q.label):
        return "work", False
    return None


def mission(q: NameQuery) -> Kind | None:
    """"the UN Interim Force in Kelvia" (kg.nlp.entities.spans.missions)"""
    if mission_shape(q.label):
        return "organization", False
    return None


def troupe(q: NameQuery) -> Kind | None:
    """"the Dorrow Workers Theater company": the troupe (set T)"""
    if q.cues.heads.get(q.head) == "place" and q.cues.troupe_after.match(q.text, q.run.end):
        return "organization", True
    return None


def venue(q: NameQuery) -> Kind | None:
    """"the Ellen Dorrow Centre", "a meeting at the Kelvo Centre": a hall."""
    if framing().venue(q.text, q.run.begin, q.label.split(), q.ev.given_name_first(q.label.split()[:-1])):
        return "place", False
    return None


def firm_with_place_head(q: NameQuery) -> Kind | None:
    """"retailers including Gap", "a Gap store": a firm, not a pass."""
    if len(q.words) == 1 and q.head in q.cues.heads and q.cues.heads[q.head] != "organization" \
            and (q.ev.organization_before_name(q.text, q.run.begin, q.words)
                 or q.ev.organization_listed(q.text, q.run.begin) \
                 or q.ev.employer(q.text, q.run.begin, q.run.end)
                 or coordinated_with_bodies(q.text, q.run, q.known) \
                 and not q.ev.locative_before(q.text, q.run.begin)):
        return "organization", False
    return None


# -- firms' frames and the head word (`[heads]`), then capitals, glosses, "of the" bodies ------------------

def postal_firm(q: NameQuery) -> Kind | None:
    """A paper has readers, not workers: "Canada Post workers" (the people's nouns count here)"""
    if q.cues.heads.get(q.head) == "periodical" and len(q.words) == 2 \
            and (framing().firm_frame(q.text, q.run.begin, q.run.end, True)
                or _firm_apposition(q.text, q.run, q.cues)) \
            and not article_before(q.text, q.run.begin) \
            and (any(m.entry.kind in PLACE_KINDS for m in q.run.absorbed) or q.ev.place_kind(q.words[0])
                 or not common_words().common(q.words[0])):
        # "Canada Post workers": a country's postal firm, not a daily; "Kelvane Post, the mail
        # firm": a first word no English text writes (a foreign adjective, a name) and a firm's
        # frame or apposition (branch ent23)
        return "organization", True
    return None


def firm_named_like_park(q: NameQuery) -> Kind | None:
    """"Kelvo Park management": a firm named like a park."""
    if q.firm == STRONG and q.cues.heads.get(q.head) == "place" and not q.ev.place_kind(q.label):
        return "organization", True
    return None


def movement_in_time(q: NameQuery) -> Kind | None:
    """"active in the Kelvo Movement, when dockers shut …" (ent42)"""
    if q.ph.movement_time(q.text, q.run.begin, q.run.end, q.words):
        return "event", True
    return None


def union_body(q: NameQuery) -> Kind | None:
    """"the Teamsters Kelvia Rail Conference": a union's body (set V)"""
    if q.head in q.cues.union_body_heads and any(w.rstrip("’'") in q.cues.union_only for w in q.words[:-1]):
        return "organization", False
    return None


def saint_building(q: NameQuery) -> Kind | None:
    """"St. Dorrow’s Catholic Church": the building (set AB)"""
    if len(q.words) > 2 and q.words[0] in q.cues.possessive_openers and q.head in q.cues.saint_buildings \
            and re.search(r"[’']s$", q.words[1]):
        return "place", False
    return None


def grounds(q: NameQuery) -> Kind | None:
    """"the Kelvin Cattle Congress fairgrounds": the grounds (set AB)"""
    if q.cues.grounds_after.match(q.text, q.run.end):
        return "place", False
    return None


def event_head_apposed_body(q: NameQuery) -> Kind | None:
    """"the Kelvish Rally (KR), Dorra’s party,": a party whose head word is also an event's noun
    ("Rally", "March"); the apposition says the body (set AN, branch ent63)."""
    if q.cues.heads.get(q.head) == "event" \
            and q.cues.org_apposition.match(q.text, _past_acronym(q.text, q.run.end)):
        # "the Kelvish Rally (KR), Dorra’s party,": a party whose head word is also an event's
        # noun ("Rally", "March"); the apposition says the body (set AN, branch ent63)
        return "organization", True
    return None


def head_word_kind(q: NameQuery) -> Kind | None:
    """The head word's kind (`[heads]`): weak, a cue in the text would have said more."""
    if q.head in q.cues.heads:
        return q.cues.heads[q.head], False
    return None


def body_in_capitals(q: NameQuery) -> Kind | None:
    """"International KELVO", "Alliance DORROW": a body's word and its name in capitals (a word
    English writes too: no acronym to `ends_in_acronym`; set S)."""
    if len(q.words) > 1 and len(q.words[-1]) > 2 and q.words[-1].isupper() \
            and all(w[:1].isupper() and not w.isupper() for w in q.words[:-1]) \
            and any(q.cues.heads.get(w) == "organization" for w in q.words[:-1]):
        # "International KELVO", "Alliance DORROW": a body's word and its name in capitals (a
        # word English writes too: no acronym to `ends_in_acronym`; set S)
        return "organization", False
    return None


def english_gloss(q: NameQuery) -> Kind | None:
    """"Kelvan Maden-İş (United Miners’ Union)": its English gloss's head."""
    if (glossed := _gloss_kind(q.text, q.run, q.label, q.cues, q.ev)) is not None:
        return glossed, False
    return None


def of_the_body(q: NameQuery) -> Kind | None:
    """"… Trade Area of the Kelvish Isles": a pact's body."""
    if q.head in q.cues.of_the_heads and f"{q.head} of the " in q.label:
        return "organization", False
    return None


# -- periodicals by their frame, bodies named for a country, cues right after the name ---------------------

def periodical_before(q: NameQuery) -> Kind | None:
    """"an article in the Kelvin Sentry", "a columnist for Dorrow Today"; "a letter to Maria Ortiz"
    is a person's (a given name opens it and no "the" stands before it)."""
    if (m := q.cues.periodical_before.search(q.text, max(0, q.run.begin - 30), q.run.begin)) \
            and not q.ev.place_kind(q.label) \
            and (m.group(0).rstrip().endswith(("the", "The")) or not q.ev.given_name_first(q.label.split())):
        # "an article in the Kelvin Sentry", "a columnist for Dorrow Today"; "a letter to Maria
        # Ortiz" is a person's (a given name opens it and no "the" stands before it)
        return "periodical", False
    return None


def periodical_by_context(q: NameQuery) -> Kind | None:
    """"the Daily Worker", "the Kelvin Sun reported"."""
    if q.ev.periodical_by_context(q.text, q.run.begin, q.run.end, q.label.split()):
        return "periodical", False
    return None


def country_firm(q: NameQuery) -> Kind | None:
    """"U.S. Pipe": a firm or an agency named for its country."""
    if len(q.run.words) == 2 and any(m.entry.kind == "country" for m in q.run.absorbed):
        return "organization", False
    return None


def agency_of_country(q: NameQuery) -> Kind | None:
    """"WorkSafe New Kelvia": an agency named for its country (set AK)"""
    if len(q.run.words) > 2 and _agency_of_country(q.run, q.ev, q.cues):
        return "organization", False
    return None


def org_after(q: NameQuery) -> Kind | None:
    """"the Grain Millers union"."""
    if q.cues.org_after.match(q.text, q.run.end):
        return "organization", False
    return None


def work_after(q: NameQuery) -> Kind | None:
    """"the PROMESA law", "the Dorrow-Kelvin bill": a law."""
    if q.cues.work_after.match(q.text, q.run.end):
        return "work", False
    return None


def joined_firm_name(q: NameQuery) -> Kind | None:
    """"Stop & Shop", "AT&T": a firm's name."""
    if q.cues.joiner_in.search(q.label):
        return "organization", False
    return None


def org_apposition(q: NameQuery) -> Kind | None:
    """"Unison, the public sector workers union,", "Tessaro, a maker of buses,"; "the Landsdorrowen
    (LK), the national union federation," (its acronym between)."""
    if q.cues.org_apposition.match(q.text, _past_acronym(q.text, q.run.end)) \
            or q.ph.firm_by_scale(q.text, q.run.end):
        # "Unison, the public sector workers union,", "Tessaro, a maker of buses,";
        # "the Landsdorrowen (LK), the national union federation," (its acronym between)
        return "organization", True
    return None


# -- a leading head's kind, a place's noun after the name, a power station or depot ------------------------

def leading_place_head(q: NameQuery) -> Kind | None:
    """"Ciudad Juárez", "Sierra Maestra"."""
    if q.lead == "place":
        return q.ev.place_kind(q.label) or "place", False
    return None


def leading_head(q: NameQuery) -> Kind | None:
    """"Movimiento Sin Tierra", "Frente Amplio", "Royal Mail": a leading head's kind, unless the
    gazetteer knows the name ("Royal Oak" is a town)."""
    if q.lead and not q.ev.place_kind(q.label):
        return q.lead, False
    return None


def place_noun_after(q: NameQuery) -> Kind | None:
    """"the Ruhr region"."""
    if q.cues.place_after.match(q.text, q.run.end):
        return "place", False
    return None


def power_site(q: NameQuery) -> Kind | None:
    """"the Kelvo Daiichi nuclear plant": a site named for its place (set X); "the KELPCO nuclear
    plant": its owner."""
    if framing().power_site(q.text, q.run.end) and q.cues.heads.get(q.head) in (None, "place") \
            and not q.label.isupper():
        return "place", False
    return None


def site_place_after(q: NameQuery) -> Kind | None:
    """"the Kelvin Hill depot": a given name opens no depot's name."""
    if len(q.words) > 1 and q.cues.site_place_after.match(q.text, q.run.end):
        return "place", False
    return None


# -- towns where the text says a place, firms by a customer's or a company's phrase ------------------------

def town_said_by_text(q: NameQuery) -> Kind | None:
    """"a driver from Broken Arrow, said …", "Elizabeth City, N.C.": a town the gazetteer knows,
    where the text says a place, beats a speech verb and a given name."""
    if q.place and len(q.words) > 1 and (q.ev.locative_before(q.text, q.run.begin)
                                     or q.ev.locative_list_before(q.text, q.run.begin)
                                     or coordinated_with_places(q.text, q.run, q.known)):
        # "a driver from Broken Arrow, said …", "Elizabeth City, N.C.": a town the gazetteer
        # knows, where the text says a place, beats a speech verb and a given name
        return q.place, True
    return None


def respelled_town(q: NameQuery) -> Kind | None:
    """"out of Kelviia, Dorium and Tallansk": newer spellings of towns."""
    if not q.place and len(q.words) == 1 and (respelled := q.ev.gazetteer.respelled_kind(q.label)) \
            and (q.ev.locative_before(q.text, q.run.begin) or q.ev.locative_list_before(q.text, q.run.begin)
                 or _LIST_AFTER.match(q.text, q.run.end)
                 or _LIST_BEFORE.search(q.text, max(0, q.run.begin - 30), q.run.begin)):
        return respelled, False
    return None


def framed_town(q: NameQuery) -> Kind | None:
    """"the mill in Iowa Colony": a town too small for the place list."""
    if not q.place and (town := q.ev.framed_town(q.text, q.run.begin, q.label)):
        return town, True
    return None


def customer_firm(q: NameQuery) -> Kind | None:
    """"computers for Kelvatek", "Dorrow and other grain firms" (set S)"""
    if (q.ph.customer(q.text, q.run.begin) or q.ph.firm_with_firms(q.text, q.run.end)) and not q.place \
            and q.cues.heads.get(q.head) is None and not q.ev.given_name_first(q.words) \
            and not q.label.isupper():
        return "organization", False
    return None


def firm_named(q: NameQuery) -> Kind | None:
    """"the Swedish company Morgan Dorrow said": the firm (set R)"""
    if q.ph.firm_named(q.text, q.run.begin) and not q.place:
        return "organization", False
    return None


# -- people: speakers, a person's noun, patronymics, heads of government, rulers, roles --------------------

def speaker(q: NameQuery) -> Kind | None:
    """"said Maria Ortiz", "Maria Ortiz, 42,", "Ana Beltran (1901-1975)"."""
    if len(q.words) > 1 and (q.ev.speaker(q.text, q.run.begin, q.run.end)
                or q.ev.person_after_name(q.text, q.run.end)) \
            and not _body_before_the(q.text, q.run.begin, q.ev):
        return "person", True
    return None


def person_noun_after(q: NameQuery) -> Kind | None:
    """"the Harlan administration"."""
    if q.ev.person_noun(q.text, q.run.end):
        return "person", True
    return None


def patronymic(q: NameQuery) -> Kind | None:
    """"the regime of Salah Kelvi El Amin Ben Dorra" (set AN)"""
    if _patronymic_name(q.words, q.cues) and not q.place:
        return "person", True
    return None


def head_of_government(q: NameQuery) -> Kind | None:
    """"the new government of Hayato Dorrow": its head (set R)"""
    if 2 <= len(q.words) <= 3 and q.ph.government_of(q.text, q.run.begin) and not q.place \
            and not q.label.isupper() \
            and not any(q.cues.group(w) or w in q.cues.compass for w in q.words) \
            and not q.ev.gazetteer.town_kind(q.label):
        return "person", True
    return None


def ruler_party(q: NameQuery) -> Kind | None:
    """"Aristide’s Kelvo Lavanas government": his party (ent42)"""
    if len(q.words) <= 3 and q.ev.ruler_party(q.text, q.run.begin, q.run.end) and not q.place:
        return "organization", True
    return None


def ruler(q: NameQuery) -> Kind | None:
    """"the New Unity government": the party that governs; "the regime of Kelvano", "the Kelvano
    dictatorship": the ruler."""
    if len(q.words) <= 2 and not q.label.isupper() and not q.cues.group(q.words[-1]) \
            and q.ev.ruler(q.text, q.run.begin, q.run.end) and not q.ev.place_kind(q.label):
        if _plain_words(q.words, q.ev):
            return "organization", False
        return "person", False
    return None


def role_before(q: NameQuery) -> Kind | None:
    """"FEU national president Adalberto Hernández", "rector Rubén Zardoya"."""
    if q.cues.role_before.search(q.text, max(0, q.run.begin - 30), q.run.begin) and len(q.words) > 1:
        return "person", True
    return None


# -- places by the phrase before them: an electorate, a place phrase, compass regions ----------------------

def electorate(q: NameQuery) -> Kind | None:
    """"candidate for Kelvin Heights": the electorate."""
    if q.cues.seat_before.search(q.text, max(0, q.run.begin - 30), q.run.begin) \
            and not q.ev.given_name_first(q.words) \
            and not _POSSESSIVE_AFTER.match(q.text, q.run.end):
        return q.ev.place_kind(q.label) or "place", True
    return None


def place_phrase_before(q: NameQuery) -> Kind | None:
    """A place phrase before it ("governor of Minnesota"): a place."""
    if q.cues.place_before.search(q.text, max(0, q.run.begin - 40), q.run.begin):
        return q.ev.place_kind(q.label) or "place", True
    return None


def compass_part_of_place(q: NameQuery) -> Kind | None:
    """"Central Asia", "Southern California", "Metro Cebu": a region."""
    if len(q.words) > 1 and (q.words[0] in q.cues.compass or q.words[0] in q.cues.region_prefixes) \
            and q.ev.place_kind(" ".join(q.words[1:])):
        return "place", True
    return None


def compass_place_phrase(q: NameQuery) -> Kind | None:
    """"the suburbs of eastern Ghazvo" (set S)"""
    if q.ph.compass_place(q.text, q.run.begin) and q.cues.heads.get(q.head) is None \
            and not q.label.isupper() \
            and not any(q.cues.group(w) for w in q.words) and not q.ev.given_name_first(q.words):
        return q.ev.place_kind(q.label) or "place", True
    return None


def compass_region(q: NameQuery) -> Kind | None:
    """"the communities of the Southwest"."""
    if q.ev.compass_region(q.text, q.run.begin, q.label):
        return "place", True
    return None


def compass_word_region(q: NameQuery) -> Kind | None:
    """"the East Rand", "the North Shore": a compass word's region (ent21); "Rand" is a given name
    too: no person takes "the"."""
    if len(q.words) == 2 and q.words[0] in q.cues.compass and article_before(q.text, q.run.begin) \
            and q.words[1] not in q.cues.heads and not q.cues.group(q.words[1]) \
            and not q.ev.place_kind(q.label) \
            and q.words[1] not in q.cues.titles:
        return "place", False
    return None


# -- bodies by a frame before them, hotels named for a city, towns of two words ----------------------------

def organization_before(q: NameQuery) -> Kind | None:
    """"the fascist Golden X", "monopolies like Korvex and X"."""
    if q.ev.organization_before_name(q.text, q.run.begin, q.words) \
            or q.ev.organization_listed(q.text, q.run.begin):
        return "organization", False
    return None


def building_for_city(q: NameQuery) -> Kind | None:
    """"the Harwell Boston" where Boston is named: a hotel named for its city."""
    if q.ev.building_for_city(q.text, q.run.begin, q.words) and any(
            m.entry.kind == "city" and q.text[m.begin:m.end] == q.words[-1] for m in q.known):
        return "place", False
    return None


def firm_against(q: NameQuery) -> Kind | None:
    """"miners against Kelvo Tinto": a firm a town's name (set S)"""
    if q.place and q.place != "country" and len(q.words) > 1 and q.cues.heads.get(q.head) is None \
            and framing().firm_before.search(q.text, max(0, q.run.begin - 30), q.run.begin):
        return "organization", False
    return None


def town_with_given_name(q: NameQuery) -> Kind | None:
    """"Pinar del Río", "Santa Rosa": a given name opens a town's name."""
    if q.place and len(q.words) > 1:
        return q.place, False
    return None


# -- firms by their frame, groups, then people by a given name or a family name's ending -------------------

def firm_frame(q: NameQuery) -> Kind | None:
    """"workers at Dorrow Daniels Kelmont", "Kelvo Ruiz CCS"."""
    if (q.firm or framing().ends_in_acronym(q.words)) and not q.place \
            and not framing().placed(q.text, q.label):
        return "organization", False
    return None


def the_group(q: NameQuery) -> Kind | None:
    """"the Abu Kelvar group", "the Dorrow rebels" (branch ent26)"""
    if not q.place and not q.label.isupper() and q.ev.the_group(q.text, q.run.begin, q.run.end):
        return "organization", False
    return None


def given_name(q: NameQuery) -> Kind | None:
    """"Maria Ortiz", "Chung Hye-jin": a given name opens or ends it. "El Mirador", "La Nación": an
    article opens no person's name (the gazetteer lists "El"); "the Abu Kelvar": no person takes
    "the" unless the name is a modifier ("the Emmett Dorrow case"; branch ent26)."""
    if q.words[0] not in q.cues.name_articles \
            and (q.ev.given_name_first(q.words) or q.ev.hyphenated_given_name(q.words)) \
            and not q.ev.the_before_head(q.text, q.run.begin, q.run.end):
        return "person", False
    return None


def family_name_ending(q: NameQuery) -> Kind | None:
    """"Aram Dorrasyan": a family name's ending, no given name known."""
    if 2 <= len(q.words) <= 3 and not q.place and _family_name_last(q.words, q.cues) \
            and not q.ev.the_before_head(q.text, q.run.begin, q.run.end):
        return "person", False
    return None


# -- last: the gazetteer, a list of places, a river's side, platforms, employers, acronyms, a locative -----

def firm_listed_with_bodies(q: NameQuery) -> Kind | None:
    """"sews for Kelvo and Walmart": a firm, not the town (set AN)"""
    if q.place and q.place != "country" and len(q.words) == 1 \
            and coordinated_with_bodies(q.text, q.run, q.known) \
            and not q.ev.locative_before(q.text, q.run.begin):
        return "organization", True
    return None


def gazetteer_place(q: NameQuery) -> Kind | None:
    """The gazetteer: "Omaha", "Equatorial Guinea"."""
    if q.place:
        return q.place, False
    return None


def listed_with_places(q: NameQuery) -> Kind | None:
    """Coordination with known places ("Canada, the United States, Venezuela and Cuba"): a place;
    the gazetteer would have said which kind."""
    if coordinated_with_places(q.text, q.run, q.known):
        return "place", True
    return None


def river_side_region(q: NameQuery) -> Kind | None:
    """"Tyneside": a region named by its river's side (ent21)"""
    if len(q.words) == 1 and q.label.endswith(q.cues.region_suffixes) and len(q.label) > 6 \
            and not common_words().common(q.label):
        return "place", False
    return None


def platform(q: NameQuery) -> Kind | None:
    """"posted on Kelvbook", "a Kelvbook page": a social network."""
    if framing().platform(q.text, q.run.begin, q.run.end) and not q.place and len(q.words) == 1:
        return "organization", False
    return None


def employer(q: NameQuery) -> Kind | None:
    """"workers at Arriva", "the Kelvane plant", "Kelvane bosses": a firm, unless "in X" elsewhere
    says a town."""
    if (q.ev.employer(q.text, q.run.begin, q.run.end)
                or q.ev.organization_shape(q.text, q.run.end, q.label)) \
            and not framing().placed(q.text, q.label):
        return "organization", False
    return None


def defined_acronym(q: NameQuery) -> Kind | None:
    """"the Kelvish Free Miners (KFM)": a body defined by its acronym."""
    if len(q.words) > 1 and (ACRONYM.match(q.text, q.run.end)
                or ACRONYM_AFTER_PLACE.match(q.text, q.run.end)):
        return "organization", False
    return None


def bare_acronym(q: NameQuery) -> Kind | None:
    """"SIPTU", "KAWU": an acronym no gazetteer or cue types."""
    if len(q.words) == 1 and framing().acronym_at(q.text, q.run.begin, q.run.end):
        return "organization", False
    return None


def locative(q: NameQuery) -> Kind | None:
    """"in Tar Heel", "from Kelvo, Dorra, and parts of Tallow"."""
    if q.ev.locative_before(q.text, q.run.begin) or q.ev.locative_list_parts(q.text, q.run.begin):
        return "place", False
    return None
