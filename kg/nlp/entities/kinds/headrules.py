"""The middle rules of kg.nlp.entities.kinds.namekinds's chain (`NAME_RULES`): the name's
own form and heads, read after the text's strongest cues (kg.nlp.entities.kinds.textrules).
Hyphens, a lawsuit's "v.", a number, a title's verb; leading and compound heads, roads, rivals,
laws, missions, troupes, venues; firms' frames and the head word (`[heads]`), then a body's name
in capitals, an English gloss, an "of the" body. Rules 29-56 of the chain, then
kg.nlp.entities.kinds.contextrules.

Each rule is `(query) -> (kind, strong) | None`, a function of one
kg.nlp.entities.kinds.namequery `NameQuery`: it answers where its cue holds, else passes the name
on. The headers are the chain's phases; a rule's docstring names the shape it types and the set
or branch that added it. A rule may rely on every rule before it having passed, so a new rule
goes into its phase here and into `NAME_RULES` at the same place."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.framing import STRONG, article_before, framing
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.kinds.framedkinds import coordinated_with_bodies
from kg.nlp.entities.kinds.namequery import Kind, NameQuery, past_acronym
from kg.nlp.entities.spans.glued import hyphen_kind
from kg.nlp.entities.spans.laws import law_shape
from kg.nlp.entities.spans.missions import mission_shape
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run


def _named_for_particled_person(words: list[str], cues: Cues) -> bool:
    """A body named for a person whose surname has a lower-case particle ("Ana Maria de la Kelvo
    Defense Committee"): `head_word` cuts the name at the particle as at a connector ("Miguel
    Angel"), so the compound head at its end is read from the whole name. Only a particle that
    is no English word ("de", "la", "van") and a compound head of `[compound_heads]`, never a
    single word ("… de la Torre" stays a person)."""
    return (len(words) > 3 and any(w in cues.particles for w in words[1:-2])
            and cues.compound_heads.get(" ".join(words[-2:])) == "organization")


def _firm_apposition(text: str, run: Run, cues: Cues) -> bool:
    """", the German mail firm": an apposition that makes an organisation of the name, its noun
    no paper's ("newspaper", "weekly", "publisher", `[evidence] periodical_nouns`)."""
    m = cues.org_apposition.match(text, run.end)
    return m is not None and not any(w in cues.periodical_nouns for w in re.findall(r"\w+", m.group(0)))


# a gloss in brackets after a name, and a word of English letters only (`_gloss_kind`)
_GLOSS = re.compile(r"[ \t]*\(([A-Z][^()\n]{2,80}?)\)")
_ENGLISH = re.compile(r"[A-Za-z]+")


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



# -- the name's own form: hyphens, a lawsuit's "v.", numbers, a title's verb -------------------------------

def hyphened(q: NameQuery) -> Kind | None:
    """"Paris-Nord": a town beside a city; "Petro-Peru": a firm."""
    if len(q.run.words) == 1 and (hyphened := hyphen_kind(q.label)):
        return hyphened, False
    return None


def joined_to_owner(q: NameQuery) -> Kind | None:
    """"Esso-ExxonMobil": a firm's name joined to its owner's; "Kel/OSHA": a state's short name
    joined by a slash to a registry agency's initials, the state's own agency (set DO's pass,
    branch passN44)."""
    if len(q.run.words) == 1 and any(q.cues.org_label(part) for part in q.label.split("-")[1:]):
        return "organization", False
    state, slash, agency = q.label.partition("/")  # the slash's join makes two words of one run
    if slash and " " not in q.label and agency.isupper() and "/" not in agency and q.cues.org_named(agency):
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
    """"Camp Alliance": a camp, not a body (set R); "Lake Kelvo Vanni": three words, the last no
    head word of any kind ("Camp Kelvo Accords" is the accords; ent129)"""
    if q.ph.leading_place(q.words) and q.cues.heads.get(q.head) != "place" \
            and (len(q.words) == 2 or q.head not in q.cues.heads):
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


# a pope's or a king's number after a saint's name ("St. Kelvin IV Church")
_REGNAL = re.compile(r"[IVX]{1,5}")


def saint_building(q: NameQuery) -> Kind | None:
    """"St. Dorrow’s Catholic Church": the building (set AB). Without the possessive too, the
    saint's name in capitalised words and a pope's number ("Saint Kelvin Cathedral", "St. Kelvin
    IV Church"), no body's head word among them (branch sites41). A saint named with "of" and
    the saint's town ("St. Kelvin of Dorrow Catholic Church") ends in the building's head all
    the same: the head is the last word, not the one before "of"; a church dedicated to "Our
    Lady" (`name_opening_phrases`) of a place or a title is the building too (set DR, branch
    passQ44)."""
    words = q.words
    if len(words) > 3 and words[-1] in q.cues.saint_buildings and q.cues.name_opening.match(q.label) \
            and " of " in q.label:
        return "place", False  # "Our Lady of Dorrow Church": dedicated as a saint's is (set DR)
    if len(words) <= 2 or words[0] not in q.cues.possessive_openers \
            or words[-1] not in q.cues.saint_buildings:
        return None
    if re.search(r"[’']s$", words[1]):
        return "place", False
    middle = [w for w in words[1:-1] if w != "of"]
    if words[1][:1].isupper() and not words[1].isupper() \
            and all(_REGNAL.fullmatch(w) or w[:1].isupper() and not w.isupper() for w in middle) \
            and not any(q.cues.heads.get(w) == "organization" for w in middle):
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
            and q.cues.org_apposition.match(q.text, past_acronym(q.text, q.run.end)):
        # "the Kelvish Rally (KR), Dorra’s party,": a party whose head word is also an event's
        # noun ("Rally", "March"); the apposition says the body (set AN, branch ent63)
        return "organization", True
    return None


def waged_by_body(q: NameQuery) -> Kind | None:
    """"the Kelvo Water Action Campaign", "the Pro Dorrow Campaign": a campaign's head
    (`body_campaign_heads`) after a cause of two capitalised words or more, no year among them,
    is the body that wages it, an organisation; "the Literacy Campaign" stays the event (weak:
    a cue in the text says more; sets CZ and DA, branch passA42)."""
    words = q.label.split()
    if q.head in q.cues.body_campaign_heads and words[-1] == q.head and len(words) >= 3 \
            and all(w[:1].isupper() and not w[:1].isdigit() for w in words[:-1]):
        return "organization", False
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


def of_body(q: NameQuery) -> Kind | None:
    """"the Kelvakwe Nation of Dorrowsipi": a word that names no body alone (`of_bodies`), a
    people's name before it and "of" and a community after it: the band's government (ent129)."""
    words = q.label.split()
    if q.head in q.cues.of_bodies and len(words) > 3 and words[1:3] == [q.head, "of"]:
        return "organization", False
    return None
