"""The kind of one new name (`name_kind`): a declared chain of rules (`NAME_RULES`), first
the text's cues (a place line, a role after it, a dateline, an apposition, an imprint, an issue
number, a citation, a frame), then the name's own words (a head word, a leading head, a number),
then the gazetteer and the given names, else schema:Thing. It says too whether a cue in the text
gave the kind (strong) or only a head word (weak), so that kg.nlp.entities.names can let a
strong kind win over a weak one for the same label.

The chain's order is its meaning: the first rule that answers types the name. The rules live,
in the chain's order and under its phase headers, in three modules: kg.nlp.entities.kinds.textrules
(the text's strongest cues), .headrules (the name's own form and head word), .contextrules (the
words around it read again, then the gazetteer); each is a function of one
kg.nlp.entities.kinds.namequery `NameQuery`. A new typing of one name goes into its phase there
and into `NAME_RULES` at the same place. With `KG_TRACE_NAMES=1` each name's typing rule is logged
(logger "kg.nlp.entities.names").

Two typings kg.nlp.entities.names makes once every name of the article has its kind live here
too, since they type a name and find none: `site_place` (a mine or works named for its place)
and `heads_of_government` (a town's name that is a head of government's surname).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from kg.model import Document
from kg.nlp import textwindow
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.framing import Framing, framing
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.kinds import (
    contextrules,
    headrules,
    lawnames,
    onheads,
    ownedappositions,
    papernames,
    riverbanks,
    textrules,
)
from kg.nlp.entities.kinds.activistbodies import body_of_activist
from kg.nlp.entities.kinds.addressedchurches import addressed_church
from kg.nlp.entities.kinds.adoptedworks import adopted_work
from kg.nlp.entities.kinds.airlines import airline_brand
from kg.nlp.entities.kinds.apposedbuildings import building_apposed
from kg.nlp.entities.kinds.apposedgroups import role_modified_body
from kg.nlp.entities.kinds.apposedpapers import paper_apposed
from kg.nlp.entities.kinds.apposedplaces import place_before_apposition
from kg.nlp.entities.kinds.authorlines import author_line
from kg.nlp.entities.kinds.campussites import campus_site
from kg.nlp.entities.kinds.charters import country_charter
from kg.nlp.entities.kinds.colonies import colony_named
from kg.nlp.entities.kinds.customersites import site_headed_customer
from kg.nlp.entities.kinds.firmlists import firm_closing_list
from kg.nlp.entities.kinds.formalstates import formal_state_body
from kg.nlp.entities.kinds.frontedplaces import fronted_place
from kg.nlp.entities.kinds.givenheads import given_name_event_surname
from kg.nlp.entities.kinds.gluedbills import glued_bill_number
from kg.nlp.entities.kinds.heldplaces import place_held_by_body
from kg.nlp.entities.kinds.hillplaces import hill_place
from kg.nlp.entities.kinds.joinedpapers import joined_paper_heads
from kg.nlp.entities.kinds.kinbodies import kin_body
from kg.nlp.entities.kinds.knownafter import known_by_noun_after
from kg.nlp.entities.kinds.leadingunions import leading_union_head
from kg.nlp.entities.kinds.ledby import led_by_person
from kg.nlp.entities.kinds.lessergiven import lesser_given_person
from kg.nlp.entities.kinds.localchurches import local_church, local_congregation, named_church
from kg.nlp.entities.kinds.museumhalls import museum_hall
from kg.nlp.entities.kinds.namedplaces import settlement_named
from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.entities.kinds.namesakes import namesake_site
from kg.nlp.entities.kinds.namewords import city_ward, generational_suffix
from kg.nlp.entities.kinds.oceannames import ocean_alone
from kg.nlp.entities.kinds.officeof import office_of_body
from kg.nlp.entities.kinds.oneofplaces import one_of_places
from kg.nlp.entities.kinds.ownerfirms import owner_or_owned_firm
from kg.nlp.entities.kinds.ownnames import own_name_given
from kg.nlp.entities.kinds.pairedadministrations import paired_administration
from kg.nlp.entities.kinds.peoplenames import initial_then_given, people_for_cause
from kg.nlp.entities.kinds.peoplestates import people_state
from kg.nlp.entities.kinds.periodicalnouns import periodical_noun_after
from kg.nlp.entities.kinds.placebranches import place_branch
from kg.nlp.entities.kinds.possessiveplaces import possessive_place_noun
from kg.nlp.entities.kinds.possessiveroles import possessive_role
from kg.nlp.entities.kinds.quotedspeakers import quoted_speaker
from kg.nlp.entities.kinds.reviewauthors import review_author
from kg.nlp.entities.kinds.sitecities import site_before_city
from kg.nlp.entities.kinds.sitecodes import site_code
from kg.nlp.entities.kinds.sitepeople import assembly_plant, site_named_for_person
from kg.nlp.entities.kinds.sportsteams import sports_team
from kg.nlp.entities.kinds.syllablenames import syllable_given_name
from kg.nlp.entities.kinds.tailheads import tail_head
from kg.nlp.entities.kinds.townsafterin import town_after_in
from kg.nlp.entities.kinds.unionnames import union_after_noun
from kg.nlp.entities.kinds.weakplaces import (
    counted_group,
    firm_site_after_locative,
    seller_after_purchase,
    web_domain,
)
from kg.nlp.entities.kinds.workapposed import work_head_apposed_body
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

log = logging.getLogger("kg.nlp.entities.names")

NameRule = Callable[[NameQuery], Kind | None]
# in the order they are tried; the first that answers types the name
NAME_RULES: tuple[NameRule, ...] = (
    # the run's own kind: a place line, a signer, a typed run, a title or a byline
    textrules.place_line,
    textrules.signed_by_group,
    textrules.run_kind,
    textrules.titled_or_byline,
    # states, schools and firms' sites a name's words and the registry say, before any person's cue
    textrules.state_of_the_past,
    textrules.federal_state,
    textrules.school_of_city,
    textrules.owners_plant,
    textrules.owners_site_code,
    # "works at DRW3", "the DRW3 warehouse": a site by its code, no owner before it (sitecodes, sites41)
    site_code,
    # appositions and phrases around the name: a role, a holiday, "known as", a body's noun
    textrules.regional_firm,
    # "In Kelvin Falls, the candidate …": a fronted place, no apposition (kinds/frontedplaces.py, ent102)
    fronted_place,
    # "a rally in Kelvo, a group of nurses …": a town after "in" and before a comma, whatever
    # follows it (kinds/townsafterin.py, ent124)
    town_after_in,
    # "took over Kelvo House, the old office building,": a building by its apposition;
    # "at Kelvo, as the university is called,": the noun it is known by (apposedbuildings,
    # knownafter; ent124)
    building_apposed,
    known_by_noun_after,
    # "grew up in the Kelvo Highlands, the daughter of a miner": after "in the", a place (ent100)
    place_before_apposition,
    # "Kelvo Pora, a student group,": a role modifying a body's noun (kinds/apposedgroups.py, ent114)
    role_modified_body,
    textrules.role_apposition,
    textrules.holiday,
    textrules.known_as,
    # "a protest camp the strikers called Kelvograma": a settlement its people named (namedplaces, ent119)
    settlement_named,
    textrules.role_apposed_before,
    # "Venn’s mother, Ada Kelvo,": a name's possessive and a role before it (possessiveroles, ent107)
    possessive_role,
    textrules.person_listed,
    # "“…,” said Ada Hall,": a quotation's speaker, whose surname is a head word (quotedspeakers, ent103)
    quoted_speaker,
    # "<Title> by Ada Kelvo. Dorrowville: Tallow Books, 2011.": a review's author (reviewauthors, ent107)
    review_author,
    # "Dock Giants\nby Art Dorrowitz\n": an author's line under a book's title (kinds/authorlines.py, ent111)
    author_line,
    textrules.body_noun_before,
    # "Kelvia’s state copper company, Dorrocobre,": an owner's possessive before the noun (ent96)
    ownedappositions.owner_body_apposed,
    # "the Dorra burst its banks": a river, no firm (ent96)
    riverbanks.river_banks,
    # the dateline, a town by its apposition or its state, an imprint, a periodical's number
    textrules.dateline,
    textrules.placed_by_apposition,
    # "Kelvo Dorra, one of the poorer quarters by the old harbor,": a place (oneofplaces, ent109)
    one_of_places,
    textrules.town_and_state,
    textrules.imprint,
    textrules.issue_number,
    textrules.periodical_apposition,
    # "published in Kelvo magazine": a periodical's noun after its title (periodicalnouns, ent107)
    periodical_noun_after,
    # "Tallmo’s weekly paper, Kelvo Dorrada,": a paper in apposition after its noun (apposedpapers, ent116)
    paper_apposed,
    # sites and shops: a firm's mine, a named refinery, a chain's outlet, a trade
    textrules.owned_site,
    textrules.site_named,
    textrules.mine_named,
    site_named_for_person,
    # "the Ana Dorrio hall", "the Tomas Kelvane brigade": named for a person (kinds/namesakes.py, ent116)
    namesake_site,
    assembly_plant,
    textrules.firm_outlet,
    # "a Kelvo Burger on Tallow Avenue": a chain's restaurant or store (cuts41)
    textrules.chain_branch,
    textrules.firm_trade,
    textrules.glued_chain,
    # the name's own form: hyphens, a lawsuit's "v.", numbers, a title's verb
    # "the Kelvin Clarion-Ledger": two papers' heads joined (kinds/joinedpapers.py, ent117)
    joined_paper_heads,
    headrules.hyphened,
    headrules.joined_to_owner,
    headrules.lawsuit,
    # "R.T. Dorrow Jr.": a generational suffix ends a person's name (kinds/namewords.py, ent97)
    generational_suffix,
    # "Dorrow’s Fifth Ward": a city's ward by its ordinal (kinds/namewords.py, ent97)
    city_ward,
    headrules.numbered_road,
    headrules.numbered_unit,
    headrules.spelled_number_place,
    headrules.title_verb,
    # leading and compound heads, roads, rivals, laws, missions, troupes, venues
    headrules.leading_place,
    headrules.road_on,
    headrules.rival_firms,
    # "the Kelvo Museum and Cultural Center": a museum's building (kinds/museumhalls.py, ent123)
    museum_hall,
    headrules.compound_head,
    headrules.named_for_particled_person,
    # "SB8": a bill's initials glued to its number, a law (kinds/gluedbills.py, ent122)
    glued_bill_number,
    # "the Kelvo Labour Convention, adopted by …": a treaty, no gathering (kinds/adoptedworks.py, ent122)
    adopted_work,
    # "the Brotherhood Railway Clerks": a union's head first, no "of" (kinds/leadingunions.py, ent122)
    leading_union_head,
    headrules.law,
    # "the Internal Security Law": a law by a head that is a surname too (kinds/lawnames.py, ent87)
    lawnames.surname_law_head,
    headrules.mission,
    headrules.troupe,
    headrules.venue,
    headrules.firm_with_place_head,
    # firms' frames and the head word (`[heads]`), then capitals, glosses, "of the" bodies
    headrules.postal_firm,
    headrules.firm_named_like_park,
    headrules.movement_in_time,
    headrules.union_body,
    headrules.saint_building,
    headrules.grounds,
    headrules.event_head_apposed_body,
    # "the Kelvish Network on Dorrow": the head before "on", not the last word (onheads, ent90)
    onheads.body_on_subject,
    # "Dorrow’s Wood": a possessive and a place's noun (kinds/possessiveplaces.py, ent98)
    possessive_place_noun,
    # "Kelvo Church, 212 Dorrow Ave.": a church before its street address, a place
    # (kinds/addressedchurches.py, ent111)
    addressed_church,
    # "Kelvin Street Baptist Church": a local church, a place (kinds/localchurches.py, ent98)
    local_church,
    # "Kelvo African Methodist Episcopal Church": a congregation's own name before its
    # denomination's words, a place (kinds/localchurches.py, pass42)
    named_church,
    # "Kelvo Temple Church of God in Christ": a congregation of a denomination named whole (ent107)
    local_congregation,
    # "Kelvo Air": an airline (kinds/airlines.py, ent98)
    airline_brand,
    # "the Grand Hotel Dorrstad": a building's head before its city (kinds/sitecities.py, ent110)
    site_before_city,
    # "the Dorrow Safety Program, the state agency that …": a body by its apposition, not a
    # work by its head (kinds/workapposed.py, ent113)
    work_head_apposed_body,
    # "makes candles for Kelvo Works and other retailers": a firm, not a site (kinds/customersites.py, ent113)
    site_headed_customer,
    # "the Republic of Kelvia Armed Forces": a body named with its state's formal name
    # (kinds/formalstates.py, ent115)
    formal_state_body,
    # "the Kelvo Water Action Campaign": a cause of two words or more, the body waging it
    headrules.waged_by_body,
    # "Tavo Flood": a given name before an event's head, a person (kinds/givenheads.py, type47)
    given_name_event_surname,
    headrules.head_word_kind,
    # "Kelvo County Health", "the Dorrow Trail": a last word that types, no head (kinds/tailheads.py, type48)
    tail_head,
    headrules.body_in_capitals,
    headrules.english_gloss,
    headrules.of_the_body,
    headrules.of_body,
    # periodicals by their frame, bodies named for a country, cues right after the name
    # "told the daily El Faro that …": a paper after its kind, a given name first or not
    # (kinds/papernames.py, ent87)
    papernames.paper_kind_before,
    contextrules.periodical_before,
    contextrules.periodical_by_context,
    # "the Kelvo City Marlins", "the Marlins" on a sports page: a team (kinds/sportsteams.py, type47)
    sports_team,
    # "the U.S. Constitution": a country's charter, a work (kinds/charters.py, ent120)
    country_charter,
    contextrules.country_firm,
    contextrules.agency_of_country,
    contextrules.org_after,
    # "Ana Ruiz, Kelvo Lavo activist": the body an activist is of (kinds/activistbodies.py, ent111)
    body_of_activist,
    # "Kelvo Foods is controlled by Dorrow Partners": owners and the firm owned (kinds/ownerfirms.py, ent111)
    owner_or_owned_firm,
    contextrules.work_after,
    contextrules.joined_firm_name,
    contextrules.org_apposition,
    # a leading head's kind, a place's noun after the name, a power station or depot
    contextrules.leading_place_head,
    contextrules.leading_head,
    # "the Daughters of Ana Kelvo": a body named by its members' kin (kinds/kinbodies.py, ent118)
    kin_body,
    contextrules.place_noun_after,
    contextrules.power_site,
    contextrules.site_place_after,
    # "Kelvo Health’s Dorrow campus": a site by its own name (kinds/campussites.py, ent126)
    campus_site,
    # towns where the text says a place, firms by a customer's or a company's phrase
    contextrules.town_said_by_text,
    contextrules.respelled_town,
    contextrules.framed_town,
    contextrules.customer_firm,
    contextrules.firm_named,
    # "the dockworkers union KLV Dorrwerk said": a union right after its noun (unionnames, ent110)
    union_after_noun,
    # people: speakers, a person's noun, patronymics, heads of government, rulers, roles
    # "the former Dorrish colony of Kelvo Alta, who …": a colony's land (kinds/colonies.py, ent111)
    colony_named,
    # "the owner of Dorrow Grill, KFC, and Tallow Hut, agreed": a brand closing a list after a
    # registry firm, before the speaker's rule (kinds/firmlists.py, ent121)
    firm_closing_list,
    contextrules.speaker,
    contextrules.person_noun_after,
    # "the Harlan and Dorrow administrations": the first surname (kinds/pairedadministrations.py, ent118)
    paired_administration,
    contextrules.patronymic,
    contextrules.head_of_government,
    contextrules.ruler_party,
    contextrules.ruler,
    contextrules.role_before,
    # "a meeting at the Kelvo City Fed": a place before a registry body's one-word form, the
    # body's branch (kinds/placebranches.py, ent134)
    place_branch,
    # "a welder who gave her name only as Tavo": a person's own name (kinds/ownnames.py, ent132)
    own_name_given,
    # places by the phrase before them: an electorate, a place phrase, compass regions
    contextrules.electorate,
    contextrules.seat_possessive,
    contextrules.place_phrase_before,
    contextrules.compass_part_of_place,
    contextrules.compass_place_phrase,
    contextrules.compass_region,
    contextrules.compass_word_region,
    # bodies by a frame before them, hotels named for a city, towns of two words
    contextrules.organization_before,
    contextrules.building_for_city,
    contextrules.firm_against,
    contextrules.town_with_given_name,
    # firms by their frame, groups, then people by a given name or a family name's ending
    contextrules.firm_frame,
    contextrules.the_group,
    # "the coups led by Kelvo Dorrow": a person after "led by", where no firm's frame (a
    # consortium led by a firm) said otherwise (kinds/ledby.py, ent115)
    led_by_person,
    # "J. Dorrow Kelvane", "Pastors for Kelvia": an initial before a given name, people for a
    # cause (kinds/peoplenames.py, ent108)
    initial_then_given,
    people_for_cause,
    contextrules.given_name,
    contextrules.family_name_ending,
    # "Yevgor Dorrov": a given name the package lists below the gazetteer's floors, no common
    # word beside it (kinds/lessergiven.py, ent114)
    lesser_given_person,
    # "Kim Dae Jung": a Korean family name and two syllables (kinds/syllablenames.py, ent108)
    syllable_given_name,
    # last: the gazetteer, a list of places, a river's side, platforms, employers, acronyms, a locative
    # "Tallowmark, the Kelvo Front's last stronghold": a town beside a body's possessive in
    # apposition, no firm listed (kinds/heldplaces.py, ent117)
    place_held_by_body,
    contextrules.firm_listed_with_bodies,
    # "the Kelvish People’s Republic": a state by its people's adjective (kinds/peoplestates.py, ent114)
    people_state,
    # "the bombs dropped on the Pacific": an ocean's name alone (kinds/oceannames.py, ent115)
    ocean_alone,
    # "Assembly Hill": a common word before a hill's noun, a place (kinds/hillplaces.py, ent126)
    hill_place,
    contextrules.gazetteer_place,
    # "Ana Ruiz, president of Kelvo Cultural": the body an office is held in (kinds/officeof.py, type48)
    office_of_body,
    contextrules.listed_with_places,
    contextrules.river_side_region,
    contextrules.platform,
    contextrules.employer,
    contextrules.defined_acronym,
    contextrules.bare_acronym,
    # "at the Kelvo Staffing office", "Kelvane.com", "the Big Four": a firm where only the
    # locative below would type a place (kinds/weakplaces.py, weak41)
    firm_site_after_locative,
    web_domain,
    counted_group,
    # "bought the Dorrow refinery from Kelvocal": the seller (kinds/weakplaces.py, passN44)
    seller_after_purchase,
    contextrules.locative,
)


def name_kind(doc: Document, text: str, run: Run, label: str, person_fields: dict[str, str],
              known: list[Match], cues: Cues, ev: Evidence, trace: bool = False) -> Kind:
    """The kind of a new name, and whether a cue in the text gave it (strong) rather than its
    head word (weak): the answer of the first rule of `NAME_RULES` that gives one, else
    ("thing", False). `trace`: log the rule that typed it."""
    q = NameQuery(doc, text, run, label, person_fields, known, cues, ev)
    for rule in NAME_RULES:
        if (kind := rule(q)) is not None:
            if trace:
                log.debug("kinds: %s typed %r %s", rule.__name__, label, kind)
            return kind
    if trace:
        log.debug("kinds: no rule typed %r", label)
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
        if textwindow.after(ev.government_after, text, run.end, 20, cut=True) \
                and textwindow.before(r"(?<![\w’'-])[Tt]he\s+\Z", text, run.begin, 5, cut=True):
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
    if _works_of(label, kind_of, fr) and _at_alone(text, label, fr):
        return True  # "a pot-room worker at Kelvo" beside "Dorrix’s Kelvo Works" (branch sites41)
    if not fr.site_named(text, label):
        return False
    if fr.site_place(text, label) or ev.gazetteer.town_kind(label):
        return True
    return _works_of(label, kind_of, fr)


# "at" right before a name: a works' town stands there for the works ("a pot-room worker at Kelvo")
_AT_BEFORE = re.compile(r"(?<![\w’'-])at[ \t]+$")


# a word's letter or mark right before a name's first letter: the name is part of a longer word
_WORD_BEFORE = re.compile(r"[\w’'-]")
# right after a name's last letter: a longer word, or a capitalised word after a space (a longer
# name, "Kelvo Works")
_GOES_ON = re.compile(r"[\w-]|[ \t]+[A-Z]")


def _alone_spots(text: str, label: str) -> list[tuple[int, int]]:
    """Where the article writes `label` as a name alone: not inside a longer word, no
    capitalised word after it. Found with `str.find` and the two patterns above, compiled once,
    not with a pattern compiled for each label."""
    spots: list[tuple[int, int]] = []
    at = text.find(label)
    while at >= 0:
        end = at + len(label)
        if (at == 0 or not _WORD_BEFORE.match(text, at - 1)) and not _GOES_ON.match(text, end):
            spots.append((at, end))
            at = text.find(label, end)
        else:
            at = text.find(label, at + 1)
    return spots


def _at_alone(text: str, label: str, fr: Framing) -> bool:
    """The article writes `label` alone right after "at" somewhere, and nowhere before a word
    only a firm takes or its possessive ("Kelvo management", "Kelvo’s")."""
    spots = _alone_spots(text, label)
    return any(textwindow.before(_AT_BEFORE, text, begin, 10) for begin, _end in spots) \
        and not any(fr.strong_after.match(text, end) or text.startswith(("’", "'"), end)
                    for _begin, end in spots)


def _works_of(label: str, kind_of: dict[str, tuple[str, bool]], fr: Framing) -> bool:
    """The article names a site as a place by `label` and a site's head ("the Kelvo Mine",
    "Dorrix’s Kelvo Works")."""
    n = len(label.split())
    return any(other.split()[:n] == label.split() and len(other.split()) == n + 1
               and fr.site_head(other.split()[-1]) and kind[0] in PLACE_KINDS
               for other, kind in kind_of.items())
