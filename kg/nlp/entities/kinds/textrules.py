"""The first rules of kg.nlp.entities.kinds.namekinds's chain (`NAME_RULES`): the text's
strongest cues, read before the name's own words. The run's own kind (a place line, a signer, a
title or a byline); states, schools and firms' sites the name's words and the registry say;
appositions and phrases around the name (a role, a holiday, "known as", a body's noun); the
dateline, a town's apposition or state, an imprint, a periodical's number; a firm's mine, a named
refinery, a chain's outlet. Rules 1-28 of the chain, then kg.nlp.entities.kinds.headrules.

Each rule is `(query) -> (kind, strong) | None`, a function of one
kg.nlp.entities.kinds.namequery `NameQuery`: it answers where its cue holds, else passes the name
on. The headers are the chain's phases; a rule's docstring names the shape it types and the set
or branch that added it. A rule may rely on every rule before it having passed, so a new rule
goes into its phase here and into `NAME_RULES` at the same place."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.framing import article_before, framing
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.cues.nations import is_nation_adjective
from kg.nlp.entities.cues.phrases import phrases
from kg.nlp.entities.kinds.framedkinds import imprint_part
from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.entities.registry.registry import normalise
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, in_dateline

# an organisation's possessive ending right before the name ("Ford’s ", "General Motors’ ")
_OWNER_POSSESSIVE = re.compile(r"(?:[’']s?)[ \t]+\Z")


def _owners_plant(text: str, run: Run, words: list[str], known: list[Match], cues: Cues) -> bool:
    """"General Motors’ Dorrowville Assembly", "Ford’s Kelvin Assembly": a carmaker's plant
    named for its town and its work (`plant_heads`), right after an organisation's possessive
    the registry knows: the plant, a place, not the body "Assembly" ends ("the National
    Assembly"; sets AH/AI, branch ent55). A head of two words ends it whole ("GM’s Kelvo Metal
    Center", branch sites41)."""
    if not any(len(words) > len(h) and words[-len(h):] == h for h in cues.plant_heads):
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
            and head_word(q.label, q.cues) not in framing().place_heads_no_person \
            and not textwindow.before(_NAME_OF_BEFORE, q.text, q.run.begin, 60, cut=True):
        return "person", True
    return None


# a person's name and "of" or "of the" right before the name: "Ana Kelvo of the Dorrow Gales, the
# players’ president,": the role is the person's, the name what she is of (set EO's kind, type47)
_NAME_OF_BEFORE = re.compile(r"[A-Z][\w’'.-]*[ \t]+of[ \t]+(?:the[ \t]+)?\Z")


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
    if any(textwindow.after(p, q.text, q.run.end, 40, cut=True) for p in q.cues.periodical_after):
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


_POSSESSIVE_AFTER = re.compile(r"[’']s\b")


def chain_branch(q: NameQuery) -> Kind | None:
    """"a Kelvo Burger on Tallow Avenue", "a Dorrow’s in Kelvin": a chain's restaurant or store,
    the name the chain's, an organisation (weak). A name of one or two words with no head word,
    no place the gazetteer knows and no nation's adjective or given name first ("a Militant Labor
    Forum in …", "a Chinatown in …", "a Cuban volunteer in …", "a Maria in …" are none; a given
    name with "’s" is a firm named for its founder: "a Dana’s in Kelvo"). Frame over the 96 sets: "a"/"an", a
    name and "in"/"on"/"at", 38; of those with no head, place or adjective 8, 6 of them chains
    the gold types an organisation (set CR's kind, branch cuts41)."""
    words = [w for (_b, _e, w) in q.run.words]
    if not 1 <= len(words) <= 2 or not q.ph.chain_branch(q.text, q.run.begin, q.run.end):
        return None
    if any(w in q.cues.heads for w in words) or q.ev.place_kind(q.label) is not None \
            or is_nation_adjective(words[0]) \
            or q.ev.gazetteer.is_given_name(words[0]) and not _POSSESSIVE_AFTER.match(q.text, q.run.end):
        return None  # "a Maria in Kelvo": a person; "a Dana’s in Kelvo": a firm named for her
    return "organization", False


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
