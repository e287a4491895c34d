"""The last rules of kg.nlp.entities.kinds.namekinds's chain (`NAME_RULES`), for names
neither the text's strongest cues (kg.nlp.entities.kinds.textrules) nor their own form and head
word (kg.nlp.entities.kinds.headrules) typed: the words around them read again. Periodicals by
their frame, bodies named for a country, cues right after the name; a leading head's kind;
towns where the text says a place; people (speakers, rulers, roles); places by a phrase before
them and compass regions; bodies by a frame; given names and family names' endings; last the
gazetteer, a list of places, platforms, employers, acronyms and a locative. Rules 57-104.

Each rule is `(query) -> (kind, strong) | None`, a function of one
kg.nlp.entities.kinds.namequery `NameQuery`: it answers where its cue holds, else passes the name
on. The headers are the chain's phases; a rule's docstring names the shape it types and the set
or branch that added it. A rule may rely on every rule before it having passed, so a new rule
goes into its phase here and into `NAME_RULES` at the same place."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.framing import FIRM_WINDOW, article_before, framing
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.kinds.framedkinds import coordinated_with_bodies, coordinated_with_places
from kg.nlp.entities.kinds.namequery import Kind, NameQuery, past_acronym
from kg.nlp.entities.spans.initials import ACRONYM, ACRONYM_AFTER_PLACE
from kg.nlp.entities.spans.ownlanguage import spells
from kg.nlp.entities.spans.runs import Run

# a possessive right after the name ("Kelvin Heights’ council": no electorate)
_POSSESSIVE_AFTER = re.compile(r"[’']s?(?!\w)")
# a name in a list of capitalised names: a comma or "and" and a capital after it, or before it
_LIST_AFTER = re.compile(r"(?:,\s+|\s+and\s+)[A-Z]")
_LIST_BEFORE = re.compile(r"[A-Z][\w’'-]*(?:,\s+|,?\s+and\s+)$")
# a plain capitalised word of a name, its letters accented or not ("Dorrasyan", "Kelvović")
_PLAIN_NAME = re.compile(r"[A-ZÀ-ÞČŠŽĆĐ][a-zà-ÿčšžćđğı’'-]+")


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


def _body_before_the(text: str, begin: int, ev: Evidence) -> bool:
    """A phrase of `[evidence] organization_before` ending in "the" right before the name
    ("volunteers with the Dorrow Literacy Project, who …", "members of the Kelvo Tenants League, who …"):
    a body, whatever ", who" after it says; a person takes no "the" (set AK, branch ent57)."""
    return text[max(0, begin - 4):begin].lower() == "the " \
        and textwindow.before(ev.organization_before, text, begin, 30) is not None


def _patronymic_name(names: list[str], cues: Cues) -> bool:
    """A name of three to six capitalised words with a particle of descent inside it, before a
    capitalised word ("… Ben Dorra", "Ahmed Ould Kelvane": `patronymic_particles`), and no
    head or group word: a person's, though no list knows the given name."""
    return 3 <= len(names) <= 6 and all(w[:1].isupper() for w in names) \
        and any(w in cues.patronymics for w in names[1:-1]) \
        and not any(w in cues.heads or cues.group(w) for w in names)


def _plain_words(names: list[str], ev: Evidence) -> bool:
    """"New Unity", "Popular Front": two words or more, all common English words and no given
    name opening them, name a party or a current, not the ruler a "government" after them
    would make of a surname ("the Dorrow government"): the party that governs (set X, branch
    ent40). One word is left to the ruler's rule ("the Major government")."""
    return len(names) > 1 and all(common_words().common(w) for w in names) \
        and not ev.given_name_first(names)


def _family_name_last(names: list[str], cues: Cues) -> bool:
    """The last word ends as only family names end (entities.toml `family_name_endings`:
    "Dorrasyan", "Kelvenko"), every word is a plain capitalised word, and the first is no common
    English word, head word or compass word: a person's name whose given name no list holds."""
    last = names[-1]
    return all(_PLAIN_NAME.fullmatch(w) for w in names) \
        and any(last.endswith(e) and len(last) >= len(e) + 3 for e in cues.family_name_endings) \
        and not common_words().common(names[0]) and not any(w in cues.heads for w in names) \
        and names[0] not in cues.compass



# -- periodicals by their frame, bodies named for a country, cues right after the name ---------------------

def periodical_before(q: NameQuery) -> Kind | None:
    """"an article in the Kelvin Sentry", "a columnist for Dorrow Today"; "a letter to Maria Ortiz"
    is a person's (a given name opens it and no "the" stands before it)."""
    if (m := textwindow.before(q.cues.periodical_before, q.text, q.run.begin, 30)) \
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
    if q.cues.org_apposition.match(q.text, past_acronym(q.text, q.run.end)) \
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
                 or textwindow.before(_LIST_BEFORE, q.text, q.run.begin, 30)):
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
    """"the Swedish company Morgan Dorrow said": the firm (set R); "Kelvocal and the Dutch oil
    company Brenta": the firm paired with it, where no given name opens it (branch ent75)"""
    if q.ph.firm_named(q.text, q.run.begin) and not q.place:
        return "organization", False
    if q.ph.firm_paired(q.text, q.run.end) and not q.place and not q.ev.given_name_first(q.words) \
            and not q.label.isupper() and q.cues.heads.get(q.head) is None:
        return "organization", False
    return None


# -- people: speakers, a person's noun, patronymics, heads of government, rulers, roles --------------------

def speaker(q: NameQuery) -> Kind | None:
    """"said Maria Ortiz", "Maria Ortiz, 42,", "Ana Beltran (1901-1975)". Not a name with a
    body's head word before its last word (`_body_head_inside`): "Kelvo League Hockey agreed",
    "Dorrow Workers United-KWU said" are bodies that speak."""
    if len(q.words) > 1 and (q.ev.speaker(q.text, q.run.begin, q.run.end)
                or q.ev.person_after_name(q.text, q.run.end)) \
            and not _body_before_the(q.text, q.run.begin, q.ev) and not _body_head_inside(q.words, q.cues):
        return "person", True
    return None


def _body_head_inside(words: list[str], cues: Cues) -> bool:
    """A word before the name's last (its hyphened parts too) is an organisation's head word
    ("League", "Workers", "United"): no person's name holds one there (none of the held-out
    gold's people over 102 sets does; pass42, set CU's kind), a body's name does."""
    parts = [p for w in words for p in w.split("-")]
    return any(cues.heads.get(p) == "organization" for p in parts[:-1])


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
            and q.ev.ruler(q.text, q.run.begin, q.run.end) \
            and (not q.ev.place_kind(q.label) or _surname_town(q)):
        if _plain_words(q.words, q.ev):
            return "organization", False
        return "person", False
    return None


def _surname_town(q: NameQuery) -> bool:
    """"the Howard government": one word the larger gazetteer knows only as a small town (no
    country, state or town of its smaller list) and as a given name, which a head of government's
    surname is as often (frame over the 117 sets: "the <town> government" with such a word 2,
    both the prime minister; set DL's kind, branch passL43). A town of the smaller list ("the
    Quebec government", "the Dublin government") stays a place."""
    return len(q.words) == 1 and q.ev.place_kind(q.label) == "city" \
        and not q.ev.gazetteer.town_kind(q.label) and q.ev.gazetteer.is_given_name(q.label)


def role_before(q: NameQuery) -> Kind | None:
    """"FEU national president Adalberto Hernández", "rector Rubén Zardoya"."""
    if textwindow.before(q.cues.role_before, q.text, q.run.begin, 30) and len(q.words) > 1:
        return "person", True
    return None


# -- places by the phrase before them: an electorate, a place phrase, compass regions ----------------------

def electorate(q: NameQuery) -> Kind | None:
    """"candidate for Kelvin Heights": the electorate."""
    if textwindow.before(q.cues.seat_before, q.text, q.run.begin, 30) \
            and not q.ev.given_name_first(q.words) \
            and not _POSSESSIVE_AFTER.match(q.text, q.run.end):
        return q.ev.place_kind(q.label) or "place", True
    return None


def seat_possessive(q: NameQuery) -> Kind | None:
    """"Dorrowby’s Labour member of Parliament", "Kelvinton’s MP": the seat, a place, where no
    head word types the name and no given name opens it (set CL, branch ent128)."""
    if q.cues.seat_member_after.match(q.text, q.run.end) and q.cues.heads.get(q.head) is None \
            and not q.ev.given_name_first(q.words):
        return q.ev.place_kind(q.label) or "place", True
    return None


def place_phrase_before(q: NameQuery) -> Kind | None:
    """A place phrase before it ("governor of Minnesota"): a place."""
    if textwindow.before(q.cues.place_before, q.text, q.run.begin, 40):
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
            and textwindow.before(framing().firm_before, q.text, q.run.begin, FIRM_WINDOW):
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
    """The gazetteer: "Omaha", "Equatorial Guinea"; not a body's initials that spell a town."""
    if q.place and not _initials_spelling_a_town(q):
        return q.place, False
    return None


# after a word opening its line: a dateline's comma or dash ("ULM, Germany —", "ULM —")
_DATELINE_AFTER = re.compile(r"\s*(?:,|[—–]|--?\s)")


def _initials_spelling_a_town(q: NameQuery) -> bool:
    """"the union at ULM", "a contract with EDE": a word in capitals of two to six letters inside
    a line written in lower case is a body's initials, not the small town the gazetteer finds by
    folding its case ("Ulm", "Ede"); the later rules type it (an acronym: an organisation). Only
    a town: a country or a state in capitals keeps its kind ("CUBA sí"), and a state's code is
    no acronym ("PA"); nor a word opening its line before a comma or a dash, a dateline's town
    ("ULM, Germany —"; "ULM workers vote" opening a headline is the body's). Over the 96
    held-out sets such a town typed four names and none was a place (sets BC, CQ; weak41)."""
    label, text = q.label, q.text
    if q.place != "city" or not framing().acronym(label):
        return False
    start = text.rfind("\n", 0, q.run.begin) + 1
    if not text[start:q.run.begin].strip() and _DATELINE_AFTER.match(text, q.run.end):
        return False
    stop = text.find("\n", q.run.end)
    line = text[start:stop if stop >= 0 else len(text)]
    return sum(ch.islower() for ch in line) > sum(ch.isupper() for ch in line)


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
    """"the Kelvish Free Miners (KFM)": a body defined by its acronym. After "of" or "in" and
    other words, the acronym is this name's only when it does not spell those words: in "Tomas
    Dravik of the Orange Radical Movement (ORM)" it is the movement's (set BB, branch ent83:
    a party's leader was typed an organisation)."""
    if len(q.words) < 2:
        return None
    if ACRONYM.match(q.text, q.run.end):
        return "organization", False
    after = ACRONYM_AFTER_PLACE.match(q.text, q.run.end)
    if after and not _spells_words_between(after):
        return "organization", False
    return None


_GAP_WORDS = re.compile(r"\s+(?:in|of|for)\s+(?:the\s+)?([^(]*?)\s*\(")


def _spells_words_between(after: re.Match) -> bool:
    """Whether the acronym after "of the …" spells the words between: then it is theirs."""
    gap = _GAP_WORDS.match(after.group(0))
    return gap is not None and spells(after.group(1), gap.group(1).split())


def bare_acronym(q: NameQuery) -> Kind | None:
    """"SIPTU", "KAWU": an acronym no gazetteer or cue types."""
    if len(q.words) == 1 and framing().acronym_at(q.text, q.run.begin, q.run.end):
        return "organization", False
    return None


def locative(q: NameQuery) -> Kind | None:
    """"in Tar Heel", "from Kelvo, Dorra, and parts of Tallow"; not the first of two words
    naming bodies before their plural noun ("in the Democratic and Republican parties":
    `_modifies_plural_body`)."""
    if ((q.ev.locative_before(q.text, q.run.begin) or q.ev.locative_list_parts(q.text, q.run.begin))
            and not _modifies_plural_body(q)):
        return "place", False
    return None


@cached
def _plural_body_after() -> re.Pattern[str]:
    nouns = phrase_pattern(load("kinds")["plural_bodies"]["nouns"])
    return re.compile(r" and [A-Z][\w’'-]+ (?:" + nouns + r")(?![\w-])")


def _modifies_plural_body(q: NameQuery) -> bool:
    """"in the Democratic and Republican parties": one word, " and ", a second capitalised word
    and a plural of `[plural_bodies] nouns` (kg/data/nlp/kinds.toml): the words tell which
    bodies the noun names, so "in" is the noun's, never the first word's; it was typed a place
    (a real 2009 page read locally, real41)."""
    return len(q.words) == 1 and _plural_body_after().match(q.text, q.run.end) is not None
