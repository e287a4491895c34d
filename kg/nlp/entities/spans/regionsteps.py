"""The joins of one region's runs, in the order they run: `REGION_STEPS`, one named step per
join, each `(ctx, region, found) -> found`. A new join goes into the tuple where it must run
(most join what the steps before them left: a law's name before the brackets inside it, an "and"
list before the federation named by it); its name and comment say what it joins.

`region_runs` builds the runs of a prose, headline or deck region (kg.nlp.entities.spans.capruns,
"and" lists merged by andlists) and passes them through every step; kg.nlp.entities.names calls
it per region."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from kg.nlp.entities.spans import joins
from kg.nlp.entities.spans.acronymlaws import acronym_laws
from kg.nlp.entities.spans.acronymlists import acronym_lists
from kg.nlp.entities.spans.adjectiveand import adjective_and_party, nation_and_body
from kg.nlp.entities.spans.affiliates import affiliates
from kg.nlp.entities.spans.agencyoffices import agency_offices
from kg.nlp.entities.spans.airlinetails import airline_tails
from kg.nlp.entities.spans.ampersandfirms import ampersand_firms
from kg.nlp.entities.spans.ampersandinitials import ampersand_initials
from kg.nlp.entities.spans.andfirms import and_firms
from kg.nlp.entities.spans.andinitials import and_before_initials
from kg.nlp.entities.spans.andlaws import and_inside_laws
from kg.nlp.entities.spans.andletters import and_spelling_initials
from kg.nlp.entities.spans.andlists import (
    areas_after_and,
    merge_and,
    people_ends,
    region_with_and,
    town_and_area,
)
from kg.nlp.entities.spans.andlocals import and_locals
from kg.nlp.entities.spans.andplaces import whole_and_places
from kg.nlp.entities.spans.areacouncils import area_councils
from kg.nlp.entities.spans.atsites import at_sites
from kg.nlp.entities.spans.billnumbers import bill_numbers
from kg.nlp.entities.spans.bodymissions import body_missions
from kg.nlp.entities.spans.bracketedarms import bracketed_arms
from kg.nlp.entities.spans.bracketedforms import bracketed_forms
from kg.nlp.entities.spans.bracketednames import bracketed_names
from kg.nlp.entities.spans.bracketglosses import bracket_glosses
from kg.nlp.entities.spans.brackets import join_brackets
from kg.nlp.entities.spans.broadcastshows import broadcast_shows
from kg.nlp.entities.spans.campusnames import campus_names
from kg.nlp.entities.spans.capitalconnectors import capital_connectors
from kg.nlp.entities.spans.capruns import find_runs, foreign_names
from kg.nlp.entities.spans.caseparties import case_legal_forms, case_parties, case_places
from kg.nlp.entities.spans.casesagainst import cases_against
from kg.nlp.entities.spans.causebodies import cause_bodies
from kg.nlp.entities.spans.cityandregion import city_and_region
from kg.nlp.entities.spans.citybuildings import city_buildings
from kg.nlp.entities.spans.closingnumbers import located_number_ends, paired_number_ends
from kg.nlp.entities.spans.collectiveends import collective_ends
from kg.nlp.entities.spans.commalaws import comma_laws
from kg.nlp.entities.spans.compassalone import compass_alone
from kg.nlp.entities.spans.compassparts import compass_parts
from kg.nlp.entities.spans.conferencebranches import conference_branches
from kg.nlp.entities.spans.contingents import counted_contingents
from kg.nlp.entities.spans.cornerstreets import corner_streets
from kg.nlp.entities.spans.countryarms import country_arms
from kg.nlp.entities.spans.countrydepartments import country_departments, registry_country_departments
from kg.nlp.entities.spans.countryfirms import country_firms
from kg.nlp.entities.spans.countrynames import country_foreign_names
from kg.nlp.entities.spans.countrysuffixes import country_suffixes
from kg.nlp.entities.spans.creedbodies import creed_bodies
from kg.nlp.entities.spans.creedwords import creed_words
from kg.nlp.entities.spans.crossedjoins import crossed_joins
from kg.nlp.entities.spans.cutnames import (
    abbreviated_given_name,
    bracketed_gloss,
    hyphened_place_before,
    numbered_names,
    place_for_firm,
    places_and_region,
    registry_foreign_place,
    subjects_with_and,
    union_before_unit,
)
from kg.nlp.entities.spans.dashednamesakes import dashed_namesakes
from kg.nlp.entities.spans.dashedports import dashed_ports
from kg.nlp.entities.spans.datedglosses import dated_glosses
from kg.nlp.entities.spans.datednames import dated_names
from kg.nlp.entities.spans.dedications import dedicated_works
from kg.nlp.entities.spans.depictions import depicted_names
from kg.nlp.entities.spans.devotions import devotions
from kg.nlp.entities.spans.digitlinks import digit_links
from kg.nlp.entities.spans.doublesurnames import surname_after_person
from kg.nlp.entities.spans.echoednumbers import echoed_number_ends
from kg.nlp.entities.spans.englishtails import registry_english_tails
from kg.nlp.entities.spans.federations import place_federations
from kg.nlp.entities.spans.fieldpairs import field_pairs
from kg.nlp.entities.spans.filledglosses import filled_glosses
from kg.nlp.entities.spans.firmofplace import firm_of_place
from kg.nlp.entities.spans.forcesof import forces_of_leaders
from kg.nlp.entities.spans.foreigndates import foreign_dated_bodies
from kg.nlp.entities.spans.glosses import short_glosses
from kg.nlp.entities.spans.hallsof import halls_of_locals
from kg.nlp.entities.spans.headedevents import events_before_registry_head
from kg.nlp.entities.spans.honorees import gathering_honorees
from kg.nlp.entities.spans.hospitalcities import hospital_cities
from kg.nlp.entities.spans.hyphenedaffiliates import hyphened_affiliates
from kg.nlp.entities.spans.hyphenedbodies import hyphened_bodies
from kg.nlp.entities.spans.hyphenedfirms import hyphened_firms
from kg.nlp.entities.spans.hyphenedplaces import hyphened_places
from kg.nlp.entities.spans.hyphenopeners import hyphened_openers, nation_compounds
from kg.nlp.entities.spans.imprints import imprint_publishers
from kg.nlp.entities.spans.initials import headless_list_before_initials, named_by_initials
from kg.nlp.entities.spans.initialspurposes import initials_in_purposes
from kg.nlp.entities.spans.inquiries import inquiries_into
from kg.nlp.entities.spans.institutionpairs import institution_pairs
from kg.nlp.entities.spans.intersections import intersections
from kg.nlp.entities.spans.landacronyms import land_before_acronym
from kg.nlp.entities.spans.languagecuts import language_adjectives
from kg.nlp.entities.spans.lawparts import law_parts, numbered_laws
from kg.nlp.entities.spans.laws import join_laws
from kg.nlp.entities.spans.lawsubjects import laws_on_subjects
from kg.nlp.entities.spans.legalforms import legal_form_after_comma
from kg.nlp.entities.spans.letterparticles import letter_particles
from kg.nlp.entities.spans.linkednames import linked_names, sees_in_places
from kg.nlp.entities.spans.listednumbers import listed_number_ends
from kg.nlp.entities.spans.longbodies import long_bodies
from kg.nlp.entities.spans.lowerheads import lower_heads
from kg.nlp.entities.spans.maorijoins import maori_joins
from kg.nlp.entities.spans.militaryunits import lone_services, ship_names, unit_chains, unit_numbers
from kg.nlp.entities.spans.minesections import mine_sections
from kg.nlp.entities.spans.missions import join_missions, mission_before_initials
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.namesakelaws import namesake_laws
from kg.nlp.entities.spans.nationlists import nation_lists
from kg.nlp.entities.spans.nested import (
    acronyms_before_unit,
    constituencies,
    dedicated_names,
    federation_before_union,
    founder_firm,
    place_before_list,
    place_before_party,
    registry_body_before,
)
from kg.nlp.entities.spans.nicknamed import quoted_nicknames
from kg.nlp.entities.spans.nicknames import nickname_inside
from kg.nlp.entities.spans.numberedamendments import numbered_amendments
from kg.nlp.entities.spans.numberedgatherings import numbered_gatherings
from kg.nlp.entities.spans.numberednames import named_numbered_laws
from kg.nlp.entities.spans.numberedsites import numbered_sites
from kg.nlp.entities.spans.numberedunions import numbered_unions
from kg.nlp.entities.spans.numberends import number_ends
from kg.nlp.entities.spans.ofacronyms import of_before_acronym
from kg.nlp.entities.spans.ofcuts import adjective_after_of, units_of_bodies
from kg.nlp.entities.spans.officeresidences import office_residences
from kg.nlp.entities.spans.oflaws import of_inside_laws
from kg.nlp.entities.spans.operatorsites import operator_sites
from kg.nlp.entities.spans.ownerpossessives import owner_possessives
from kg.nlp.entities.spans.ownlanguage import acronym_own_language, state_branch_after_body
from kg.nlp.entities.spans.pairedlaws import paired_laws
from kg.nlp.entities.spans.pairedplaces import paired_places
from kg.nlp.entities.spans.particlealone import particle_surnames_alone
from kg.nlp.entities.spans.particlesurnames import particle_given_names
from kg.nlp.entities.spans.partitives import partitive_openers
from kg.nlp.entities.spans.partyfactions import party_factions
from kg.nlp.entities.spans.peopleofplaces import people_of_places
from kg.nlp.entities.spans.permutedinitials import permuted_initials
from kg.nlp.entities.spans.placedfirms import place_firms, placed_firms
from kg.nlp.entities.spans.placedjoins import placed_joins
from kg.nlp.entities.spans.placedparties import gazetteer_place_parties
from kg.nlp.entities.spans.placegroups import place_groups
from kg.nlp.entities.spans.placelaws import place_laws
from kg.nlp.entities.spans.placemodels import place_before_model
from kg.nlp.entities.spans.placepeoples import place_peoples
from kg.nlp.entities.spans.placepossessivebodies import place_possessive_bodies
from kg.nlp.entities.spans.placetails import pronoun_tails
from kg.nlp.entities.spans.pluralbodies import plural_bodies
from kg.nlp.entities.spans.pluralplaces import plural_possessive_places
from kg.nlp.entities.spans.pluralunits import bare_plural_units
from kg.nlp.entities.spans.portfoliolists import portfolio_lists
from kg.nlp.entities.spans.possessivecounties import possessive_counties
from kg.nlp.entities.spans.possessivefirms import possessive_firms
from kg.nlp.entities.spans.possessiveoffices import possessive_offices
from kg.nlp.entities.spans.possessiveparties import common_possessive_before_party, possessive_before_party
from kg.nlp.entities.spans.productcountries import product_countries
from kg.nlp.entities.spans.productpairs import goods_arms, product_pairs
from kg.nlp.entities.spans.programs import programs_with_for, programs_with_places
from kg.nlp.entities.spans.publisherpairs import publisher_pairs
from kg.nlp.entities.spans.purposebodies import purpose_bodies
from kg.nlp.entities.spans.purposedmissions import missions_for
from kg.nlp.entities.spans.purposelinks import purpose_links
from kg.nlp.entities.spans.purposelists import purpose_lists
from kg.nlp.entities.spans.purposeplaces import purpose_places
from kg.nlp.entities.spans.regionpeoples import region_peoples
from kg.nlp.entities.spans.registryinside import (
    registry_body_inside,
    registry_event_body,
)
from kg.nlp.entities.spans.rightto import right_to_names
from kg.nlp.entities.spans.roadheads import road_heads
from kg.nlp.entities.spans.rulerpairs import ruler_pairs
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.saintnames import saint_names
from kg.nlp.entities.spans.sectorlists import sector_lists
from kg.nlp.entities.spans.sectorunions import sector_unions
from kg.nlp.entities.spans.sentencecase import sentence_case_names
from kg.nlp.entities.spans.serialevents import serial_events
from kg.nlp.entities.spans.shortnames import acronym_said_to_be
from kg.nlp.entities.spans.siteandfirms import site_and_firm
from kg.nlp.entities.spans.siterepeats import site_repeats
from kg.nlp.entities.spans.slogans import slogan_openers
from kg.nlp.entities.spans.spelledacronyms import acronym_and_name, spelled_acronyms
from kg.nlp.entities.spans.sponsorbills import sponsor_bills
from kg.nlp.entities.spans.stateagencies import state_agencies
from kg.nlp.entities.spans.statebranches import state_branches
from kg.nlp.entities.spans.statecharters import state_charters
from kg.nlp.entities.spans.statefirms import state_firms
from kg.nlp.entities.spans.studyfields import study_fields
from kg.nlp.entities.spans.suites import suite_numbers
from kg.nlp.entities.spans.surnamefirms import surname_firms
from kg.nlp.entities.spans.textspan import Region
from kg.nlp.entities.spans.titlecountries import country_before_title_plural
from kg.nlp.entities.spans.titlednicknames import titled_nicknames
from kg.nlp.entities.spans.titlesurnames import title_word_surnames
from kg.nlp.entities.spans.tonames import to_names
from kg.nlp.entities.spans.townpairsites import town_pair_sites
from kg.nlp.entities.spans.tradebranches import trade_branches
from kg.nlp.entities.spans.tradelists import trade_lists
from kg.nlp.entities.spans.twoends import two_ends
from kg.nlp.entities.spans.unionbranches import hyphened_branches, state_councils
from kg.nlp.entities.spans.unionregions import union_regions
from kg.nlp.entities.spans.unionsections import union_sections
from kg.nlp.entities.spans.unionsoftrades import unions_of_trades
from kg.nlp.entities.spans.unitpairs import unit_pairs
from kg.nlp.entities.spans.unitsofunions import units_of_unions
from kg.nlp.entities.spans.universityunits import university_units
from kg.nlp.entities.spans.wordacronyms import word_acronyms
from kg.nlp.entities.spans.yearevents import year_events

log = logging.getLogger("kg.nlp.entities.names")


@dataclasses.dataclass(frozen=True)
class RegionStep:
    """One join of a region's runs: its name (for a trace) and the join."""

    name: str
    join: Callable[[NameContext, Region, list[Run]], list[Run]]


def _with_skipped(ctx: NameContext) -> list:
    """The registry mentions and the skipped spans (titles of works, blocked names) as runs:
    an acronym's name is sought outside both."""
    return ctx.covered + [Run(b, e, []) for b, e in ctx.skip]


S = RegionStep
REGION_STEPS: tuple[RegionStep, ...] = (
    # "Kelvo Hospitals and Clinics of Tallow": a chain by two institutions' plurals (institutionpairs, set CO)
    S("institution_pairs", lambda c, r, f: institution_pairs(c.text, f)),
    # "the Kelvo Gates and Fences factory": a firm by two goods it makes (productpairs, ent126)
    S("product_pairs", lambda c, r, f: product_pairs(c.text, f, c.cues)),
    # "Kelvo Tractor and Trailers Brazil": a maker's arm by two goods and its country (productpairs, ent131)
    S("goods_arms", lambda c, r, f: goods_arms(c.text, f, c.cues, c.ev)),
    # "the Kelvo and KWU unions": bodies of one word each, an acronym among them (acronymlists, ent110)
    S("acronym_lists", lambda c, r, f: acronym_lists(c.text, f, c.cues)),
    # "the budget airline KELVO air": a brand and its lower-case head, one airline (airlinetails, ent110)
    S("airline_tails", lambda c, r, f: airline_tails(c.text, f)),
    # "Kelvinburg and Suburbs Bus Company"
    S("town_and_area", lambda c, r, f: town_and_area(c.text, f, c.covered, c.cues)),
    # "Upper Trinidad and Tobago"
    S("region_with_and", lambda c, r, f: region_with_and(c.text, f, c.covered)),
    # "Kelvo and Dorrow" the gazetteer knows whole, nothing before it (andplaces, ent118)
    S("whole_and_places", lambda c, r, f: whole_and_places(c.text, f, c.covered)),
    # "NHS Greater Kelvo and Dorrow"
    S("areas_after_and", lambda c, r, f: areas_after_and(c.text, f, c.covered, c.cues)),
    # "the Kelvo Dock and Railway Company": a site's operator named with "and" (siteandfirms, ent122)
    S("site_and_firm", lambda c, r, f: site_and_firm(c.text, f, c.cues)),
    # "Kelvo and Sons Roofing", "Dorrow Property Management and Holdings": a firm's own "and"
    # (andfirms, ent142)
    S("and_firms", lambda c, r, f: and_firms(c.text, f, c.cues, c.lower)),
    # "the Food Pantry For Dorrow County": a connector printed with a capital (capitalconnectors, ent122)
    S("capital_connectors", lambda c, r, f: capital_connectors(c.text, r, f, c.covered, c.cues)),
    # "the May 12 Youth Movement", "(KKU, May First Movement)", "the March 14 Incident": a body or
    # an event named for its date, the date opening its name (datednames, ent43, ent98, ent105)
    S("dated_names", lambda c, r, f: dated_names(c.text, f, c.cues)),
    # "the Movimiento Obrero 26 de Julio": a Romance body's name closed by its date (foreigndates, ent112)
    S("foreign_dated_bodies", lambda c, r, f: foreign_dated_bodies(c.text, f)),
    # "the Mouvement du 12 mars (March 12 Movement)": an own-language name with its date before
    # a dated gloss (datedglosses)
    S("dated_glosses", lambda c, r, f: dated_glosses(c.text, f)),
    # "the Kelvia Podrana Samitu"
    S("country_foreign_names", lambda c, r, f: country_foreign_names(c.text, f, c.covered)),
    # "the Kelvia and District of Dorrow AFL-CIO"
    S("place_federations", lambda c, r, f: place_federations(c.text, f, c.covered)),
    # "Dorrow v. Bush", "A & B"
    S("join_marks", lambda c, r, f: joins.join_marks(c.text, r, f, c.covered, c.cues, c.tx)),
    # "Tallowans for Fair Courts" opening a sentence: a place's people for a cause (placegroups, ent106)
    S("place_groups", lambda c, r, f: place_groups(c.text, f, c.tx, c.ev)),
    # "Kelvish Labor Party v. Attorney General of the United States": a case against an office
    # the runs cut (kg.nlp.entities.spans.casesagainst, ent97)
    S("cases_against", lambda c, r, f: cases_against(c.text, r, f, c.covered)),
    # "Planned Parenthood of Central Dorrow v. Kelvane": a first party named with "of" (caseparties, ent106)
    S("case_parties", lambda c, r, f: case_parties(c.text, r, f, c.covered)),
    # "Ruiz v. Kelvo Stores, Inc.": a case's firm's legal form after a comma (caseparties, ent106)
    S("case_legal_forms", lambda c, r, f: case_legal_forms(c.text, f)),
    # "Dorrow v. City of New York": a case's last party of a registry place (caseparties, passF42)
    S("case_places", lambda c, r, f: case_places(c.text, r, f, c.covered)),
    # "the Dorrowby bill": a bill named for its sponsor, its head in lower case
    S("sponsor_bills", lambda c, r, f: sponsor_bills(c.text, f)),
    # "the Right to Organize Act", "… Bill 2024"
    S("join_laws", lambda c, r, f: join_laws(c.text, f, c.covered, c.cues)),
    # "the Status of Kelvo Forces Agreement": a treaty's name with "of" inside (oflaws, ent105)
    S("of_inside_laws", lambda c, r, f: of_inside_laws(c.text, f, c.cues)),
    # "the Kelvo Taxpayer and Citizen Protection Act": a law's name with "and" inside (andlaws)
    S("and_inside_laws", lambda c, r, f: and_inside_laws(c.text, f, c.cues)),
    # "the Dorrow Center for Research in Kelvan History": a research body and its field (studyfields)
    S("study_fields", lambda c, r, f: study_fields(c.text, f, c.cues)),
    # "the Royal Commission into Kelvo Deaths in Custody": an inquiry and its subject (inquiries)
    S("inquiries_into", lambda c, r, f: inquiries_into(c.text, f)),
    # "Kelvo City and Dorrow District Council": a council named for its areas (areacouncils)
    S("area_councils", lambda c, r, f: area_councils(c.text, f, c.cues)),
    # "the Kelvo, Dorrow and Tallowa Nation": a nation named for its peoples (nationlists)
    S("nation_lists", lambda c, r, f: nation_lists(c.text, f, c.cues)),
    # "the Deferred Kelvo for Dorrow Arrivals program": a programme's name with "for" (programs)
    S("programs_with_for", lambda c, r, f: programs_with_for(c.text, f)),
    # "the Pacific Kelvia Seasonal Worker scheme": a land inside a programme's name (programs, ent127)
    S("programs_with_places", lambda c, r, f: programs_with_places(c.text, f, c.covered)),
    # "the Kelvo Labor Law on Fair Wages": a law named by its subject (lawsubjects, ent105)
    S("laws_on_subjects", lambda c, r, f: laws_on_subjects(c.text, f, c.cues)),
    # "the Kenya Employment Act", "the Tallowa Clean Water Act": a registry country or state opens
    # its law's name (placelaws, ent88 and ent106)
    S("place_laws", lambda c, r, f: place_laws(c.text, f, c.covered)),
    # "the Emmett Dorrow Antilynching Act": a registry person opens its law's name (namesakelaws)
    S("namesake_laws", lambda c, r, f: namesake_laws(c.text, f, c.covered)),
    # "the Kelvo Oversight, Management, and Economic Recovery Act": a law's comma list (commalaws, ent95)
    S("comma_laws", lambda c, r, f: comma_laws(c.text, r, f, c.covered, c.cues)),
    # "Article 12 of the Basic Law", "Law No. 4410": a law's part, a law by its number (lawparts)
    S("law_parts", lambda c, r, f: law_parts(c.text, r, f, c.covered, c.cues)),
    S("numbered_laws", lambda c, r, f: numbered_laws(c.text, f)),
    # "SB 8", "Law 25,871": a bill's or a law's head before its bare number (billnumbers, ent106)
    S("bill_numbers", lambda c, r, f: bill_numbers(c.text, f)),
    # "the Kelvo Emergency Decree No. 9": a law's longer name with its number (numberednames, ent105)
    S("named_numbered_laws", lambda c, r, f: named_numbered_laws(c.text, f)),
    # "Kelvo Temple Church of God in Christ": a name holding its own "in" (linkednames)
    S("linked_names", lambda c, r, f: linked_names(c.text, r, f)),
    # "the Catholic Archdiocese of Kelvo City in Tallowa": a see, its city and its state (linkednames, ent131)
    S("sees_in_places", lambda c, r, f: sees_in_places(c.text, f, c.covered)),
    # "the Kelvo Alliance in Support of Dorrow Miners": a body named for its cause (purposelinks, ent118)
    S("purpose_links", lambda c, r, f: purpose_links(c.text, r, f, c.covered, c.cues)),
    # "the Campaign for the Right to Safe, Legal and Free Housing": a body named for a right (rightto, ent118)
    S("right_to_names", lambda c, r, f: right_to_names(c.text, f)),
    # "Planned Parenthood Kelvo Valley": a registry body's affiliate named by its area (affiliates, ent118)
    S("affiliates", lambda c, r, f: affiliates(c.text, f, c.covered)),
    # "the Kelvo Workers Union Canada (KWU Canada)": a registry body's arm in a country, named
    # in full before its short form in brackets (bracketedarms, ent125)
    S("bracketed_arms", lambda c, r, f: bracketed_arms(c.text, r, f, c.covered, c.cues)),
    # "Kelvo Castle": a registry city and a building's head that is a surname too (citybuildings, ent118)
    S("city_buildings", lambda c, r, f: city_buildings(c.text, f, c.covered)),
    # "Justice 4 Kelvo Dorrow Coalition": a digit for a small word inside a body's name (digitlinks)
    S("digit_links", lambda c, r, f: digit_links(c.text, f, c.cues)),
    # "SNTU Section 14", then "Section 14" alone: a union's numbered section (unionsections, ent95)
    S("union_sections", lambda c, r, f: union_sections(c.text, r, f, c.union_sections)),
    # "the UAW Region 4-B hall": a union's numbered region after its initials (unionregions, ent103)
    S("union_regions", lambda c, r, f: union_regions(c.text, r, f, c.cues)),
    # "the United Nations Kelvo Mission in Dorrovia": the registry's international body opens
    # the mission's run, before join_missions reads it (bodymissions, ent125)
    S("body_missions", lambda c, r, f: body_missions(c.text, f, c.covered)),
    # "the UN Interim Force in Kelvia"
    S("join_missions", lambda c, r, f: join_missions(c.text, f, c.covered)),
    # "the United Nations Mission for the Vote in Kelvia": a mission named for its purpose
    # (purposedmissions)
    S("missions_for", lambda c, r, f: missions_for(c.text, r, f, c.covered)),
    # "the border brigade, known by its Kelvish acronym KUF": a body's acronym, said so
    S("acronyms_said_to_be", lambda c, r, f: acronym_said_to_be(c.text, f)),
    # "the Kelvo Support mission (KS)"
    S("mission_before_initials", lambda c, r, f: mission_before_initials(c.text, f)),
    # "the Kelvo-Dorvanskyi station", "the Atlantic coast"
    S("lower_heads", lambda c, r, f: lower_heads(c.text, f)),
    # "the Via Kelvina": a road's head English writes as a function word (roadheads, ent99)
    S("road_heads", lambda c, r, f: road_heads(c.text, f)),
    # "the Ninth West section": a mine's section, its head in lower case
    S("mine_sections", lambda c, r, f: mine_sections(c.text, f, c.ev)),
    # "Kelvo Shun Industrial (Holdings) Ltd.": a firm's bracketed word before its legal form
    # (bracketedforms)
    S("bracketed_forms", lambda c, r, f: bracketed_forms(c.text, f)),
    # "the Strikes (Minimum Service Levels) Bill"
    S("join_brackets", lambda c, r, f: join_brackets(c.text, f, c.cues)),
    # "Ni Kelva Menos (Not One Less)": a body's gloss the scanner made no run of (bracketglosses, ent118)
    S("bracket_glosses", lambda c, r, f: bracket_glosses(c.text, f)),
    # "the Communist Party of Kelvia (Leninist)", "… (Leninist Centre)": a party's faction in
    # brackets, plain words or a creed and a head word (partyfactions, ent93, ent119)
    S("party_factions", lambda c, r, f: party_factions(c.text, f, c.cues)),
    # "the Union of Dock Loaders and Harbor and Warehouse Workers (SEKDO)": one union of two trades
    # (kg.nlp.entities.spans.unionsoftrades, ent99)
    S("unions_of_trades", lambda c, r, f: unions_of_trades(c.text, f, c.cues)),
    # "the Kelvo Workers Union … KWU": a name found by its acronym's initials
    S("named_by_initials", lambda c, r, f: named_by_initials(c.text, r, f, _with_skipped(c), c.cues)),
    # "the Alliance of Labor and Justice (ALJ)": "and" inside a name its acronym spells whole
    S("and_before_initials", lambda c, r, f: and_before_initials(c.text, r, f, _with_skipped(c), c.cues)),
    # "Rapid Arrest and Pursuit (RAAP)": the acronym spells the "and" too (andletters, ent100)
    S("and_spelling_initials", lambda c, r, f: and_spelling_initials(c.text, r, f, _with_skipped(c), c.cues)),
    # "the Kelvian Influenced and Corrupt Dorrows (KICD) Act": a law with its initials in
    # brackets inside its name, once the initials joined it (acronymlaws, ent120)
    S("acronym_laws", lambda c, r, f: acronym_laws(c.text, f, c.covered)),
    # "KWLD-TD, the Kelvo Welders, Lathe, Dock and Transit Workers’ Tallin Division": commas,
    # hyphens and a word left out inside a long name its acronym spells (spelledacronyms)
    S("spelled_acronyms", lambda c, r, f: spelled_acronyms(c.text, r, f, _with_skipped(c), c.cues)),
    # "Dorska narodna partija (Dorsk People’s Party)": an own-language name in sentence case
    # before its gloss (sentencecase)
    S("sentence_case_names", lambda c, r, f: sentence_case_names(c.text, r, f, _with_skipped(c), c.cues)),
    # "known by its initials LKD (Lidhja Kombëtare e Dorrës)", "the Partai Buruh Kelvara (PBK,
    # Kelvaran Labor Party)": a name its acronym spells from a bracket's opening (bracketednames)
    S("bracketed_names", lambda c, r, f: bracketed_names(c.text, r, f, _with_skipped(c), c.cues)),
    # "the National Kelvo Council of Dorrow Associations (CNKD)": a name cut at "of" after an
    # office's word, its acronym spelling the words before "of" too (ofacronyms, ent125)
    S("of_before_acronym", lambda c, r, f: of_before_acronym(c.text, f)),
    # "the Kelvo and Popular Dorrow Front (FPDK)": a name cut at "and", its acronym's letters
    # in another language's order (permutedinitials, ent115)
    S("permuted_initials", lambda c, r, f: permuted_initials(c.text, r, f, c.covered, c.cues)),
    # "the Union of Kelvo Workers and the Exploited": a body's "of" part ending in a class of
    # people (collectiveends, ent115)
    S("collective_ends", lambda c, r, f: collective_ends(c.text, f, c.cues)),
    # "KDG-AFTRA and Stage Guild": an acronym and a name, two bodies (spelledacronyms)
    S("acronym_and_name", lambda c, r, f: acronym_and_name(c.text, f)),
    # lower-case inner words of French, Spanish, Portuguese names
    S("foreign_names", lambda c, r, f: foreign_names(c.text, r, f, c.covered)),
    # "the Mur des Kelvoises": two runs a function word no English writes joins, one name
    # (crossedjoins, ent112)
    S("crossed_joins", lambda c, r, f: crossed_joins(c.text, f)),
    # "Te Rūnanga o Kelvo", "Hui mō te Dorrow": two runs Māori function words join, one name
    # (maorijoins, ent115)
    S("maori_joins", lambda c, r, f: maori_joins(c.text, f)),
    # "the Monument to the Kelvo Dockers": a dedication's head, "to" and what it honours
    # (dedications, ent112)
    S("dedicated_works", lambda c, r, f: dedicated_works(c.text, f, c.covered)),
    # "“Abajo la Junta!”": a slogan's verb opening a quotation is no part of a name (slogans, ent99)
    S("slogan_openers", lambda c, r, f: slogan_openers(c.text, f)),
    # "Confédération Nationale du Travail du Kelvo": a registry body run on in its language
    S("registry_foreign_place", lambda c, r, f: registry_foreign_place(c.text, r, f, c.covered)),
    # "a retired Kelvo Pacific conductor": a registry body's English name and the English noun
    # the foreign run-on glued after it, the body alone (kg.nlp.entities.spans.englishtails, ent102)
    S("registry_english_tails", lambda c, r, f: registry_english_tails(c.text, f, c.covered)),
    # "Bouw- en Houtbond Gelderland": a long body name the runs cut (kg.nlp.entities.spans.longbodies)
    S("long_bodies", lambda c, r, f: long_bodies(c.text, r, f, c.covered, c.cues)),
    # "Federación Nacional de Obreros Textiles, Tintoreros y Afines del Kelvo": trades listed
    # with commas in a Romance body's "de" part (kg.nlp.entities.spans.tradelists)
    S("trade_lists", lambda c, r, f: trade_lists(c.text, r, f, c.covered, c.cues)),
    # "the United Nations High Commissioner for Labor Migrants": an agency by its head's office
    # (kg.nlp.entities.spans.agencyoffices)
    S("agency_offices", lambda c, r, f: agency_offices(c.text, f, c.covered, c.cues)),
    # "Kelvanos de Dorrovia, S.A."
    S("legal_form_after_comma", lambda c, r, f: legal_form_after_comma(c.text, f)),
    # "the Dorrow district known as “Little Kelvin Row”": the quoted nickname one name
    S("quoted_nicknames", lambda c, r, f: quoted_nicknames(c.text, r.begin, r.end, f, c.covered)),
    # "W.J. “Sonny” Dorrow"
    S("nickname_inside", lambda c, r, f: nickname_inside(c.text, f, c.cues)),
    # "Sheriff Ada “Ma” Dorrow", "William “Big Bill” Kelvane": after a title, or of two words
    # (kg.nlp.entities.spans.titlednicknames)
    S("titled_nicknames", lambda c, r, f: titled_nicknames(c.text, f, c.cues)),
    # "Jordi Kelvó i Dorrell": the Catalan "i" between two surnames (letterparticles)
    S("letter_particles", lambda c, r, f: letter_particles(c.text, f, c.cues)),
    # "the Rise to Dorrow federation": a body named by a slogan with "to" (tonames)
    S("to_names", lambda c, r, f: to_names(c.text, f, c.cues)),
    # "families from Parents to Protect Kelvin Schools": a body named by a purpose clause (purposebodies)
    S("purpose_bodies", lambda c, r, f: purpose_bodies(c.text, r, f, c.cues, c.tx)),
    # "the Kelvo Committee for Organizing Tin and Copper Workers": a purpose's "and" list of
    # trades inside one body (kg.nlp.entities.spans.purposelists, ent102)
    S("purpose_lists", lambda c, r, f: purpose_lists(c.text, f, c.cues)),
    # "the Committee for Peace in the Middle East": a purpose in a registry land (purposeplaces, ent108)
    S("purpose_places", lambda c, r, f: purpose_places(c.text, f, c.covered, c.cues)),
    # "the Committee to End U.S. Aid to Dorrovia": a purpose's object opened by a country's
    # initials, the body named whole with the land (initialspurposes, ent117)
    S("initials_in_purposes", lambda c, r, f: initials_in_purposes(c.text, f, c.covered, c.cues)),
    # "the Front for Unity and Renewal of Kelvia (FURK)": a body "of" a registry land, its
    # acronym's first and last letters the body's and the land's (landacronyms, ent117)
    S("land_before_acronym", lambda c, r, f: land_before_acronym(c.text, f, c.covered, c.cues)),
    # "Kelvish Army Grenadiers and Falcon Force troops": two units, not one body named by a list
    # (unitpairs, ent117)
    S("unit_pairs", lambda c, r, f: unit_pairs(c.text, f)),
    # "the Dorrowvale KART station": the site's place, then its operator's acronym (operatorsites, ent117)
    S("operator_sites", lambda c, r, f: operator_sites(c.text, f, c.cues)),
    # "lined Broadway and 14th Street": a street with no type word at a corner (cornerstreets, ent117)
    S("corner_streets", lambda c, r, f: corner_streets(c.text, f)),
    # "the DEFEND coalition": an acronym spelling a common word before a body's noun (wordacronyms, ent117)
    S("word_acronyms", lambda c, r, f: word_acronyms(c.text, f, c.cues)),
    # "the Panic of 1873": an event's head and "of" its year, one name (yearevents, ent117)
    S("year_events", lambda c, r, f: year_events(c.text, f, c.cues)),
    # "… Transport union (RMT)"
    S("headless_list_before_initials", lambda c, r, f: headless_list_before_initials(c.text, f, c.cues)),
    # "the member of Parliament for Dorrow West": a seat
    S("constituencies", lambda c, r, f: constituencies(c.text, r, f, c.covered, c.cues)),
    # a registry place glued before an organisation's name
    S("place_before_list", lambda c, r, f: place_before_list(c.text, f, c.covered, c.cues)),
    # "Idaho Air had cut wages" after "Idaho Air Corp.": a firm named for a place, its legal form
    # left off (placedfirms, ent103)
    S("place_firms", lambda c, r, f: place_firms(c.text, f, c.covered)),
    # "Kelvo Health + Care": a registry place opening a name written with "+" (placedjoins, ent124)
    S("placed_joins", lambda c, r, f: placed_joins(c.text, f, c.covered)),
    # "Geo. A. Kelvin & Co.": a firm named for its founder
    S("founder_firm", lambda c, r, f: founder_firm(c.text, f, c.covered, c.cues)),
    # "the Kelvia Democratic Party"
    S("place_before_party", lambda c, r, f: place_before_party(c.text, r, f, c.covered)),
    # "the Ohio Constitution": a registry place and a charter's word, one work (statecharters, ent134)
    S("state_charters", lambda c, r, f: state_charters(c.text, r, f, c.covered)),
    # "the Kelvia Labour Party", Kelvia the gazetteer's only: another country's registry party
    # (placedparties, ent115)
    S("gazetteer_place_parties", lambda c, r, f: gazetteer_place_parties(c.text, f, c.covered, c.ev)),
    # "St. Kelvin of the Holy Dorrow Church": a saint's "of" part inside a church's name
    # (saintnames, ent113)
    S("saint_names", lambda c, r, f: saint_names(c.text, f)),
    # "the University of Kelvia Medical Branch": a university's unit after its place
    # (universityunits, ent113)
    S("university_units", lambda c, r, f: university_units(c.text, f)),
    # "the Harbor Safety and Health Act": two fields joined by "and" before a head, one name
    # (fieldpairs, ent113)
    S("field_pairs", lambda c, r, f: field_pairs(c.text, f, c.covered, c.cues)),
    # "the Kelvia Occupational Safety and Health Administration": a state's agency (stateagencies)
    S("state_agencies", lambda c, r, f: state_agencies(c.text, r, f, c.covered)),
    # "the Peoples’ Democratic Party": a plural possessive before a registry party (ent83)
    S("possessive_before_party", lambda c, r, f: possessive_before_party(c.text, r, f, c.covered)),
    # "the People’s Democratic Party", the article writing "people": a common noun's singular
    # possessive before a registry party (kg.nlp.entities.spans.possessiveparties, ent99)
    S("common_possessive_before_party",
      lambda c, r, f: common_possessive_before_party(c.text, r, f, c.covered, c.lower)),
    # "a Great Jobless March on Albany": a new march glued before a registry event's head word
    # (kg.nlp.entities.spans.headedevents)
    S("events_before_registry_head",
      lambda c, r, f: events_before_registry_head(c.text, f, c.covered, c.cues)),
    # "the CIO United Auto Workers"
    S("federation_before_union", lambda c, r, f: federation_before_union(c.text, r, f, c.covered, c.cues)),
    # "KAWU-CIO Local 312"
    S("acronyms_before_unit", lambda c, r, f: acronyms_before_unit(c.text, f, c.covered, c.cues)),
    # "United Bakers-CIO Local 91", "United Bakers and Cooks (UBC) Local 12"
    S("union_before_unit", lambda c, r, f: union_before_unit(c.text, f, c.covered, c.cues)),
    # "the Union Hall of Carpenters Local 418": the building and the local, two names
    S("halls_of_locals", lambda c, r, f: halls_of_locals(c.text, f)),
    # "Local 312 in North Bend and Local 40 in Coos Bay": the town and the second local, two names
    # (kg.nlp.entities.spans.andlocals, ent103)
    S("and_locals", lambda c, r, f: and_locals(c.text, f)),
    # "District Council 12 of the American Federation of Kelvo Workers": a union's numbered unit
    # named with its registry union (unitsofunions)
    S("units_of_unions", lambda c, r, f: units_of_unions(c.text, f, c.covered, c.cues)),
    # "the Kelvo and Dorrow Bar Association", then "Kelvo and Dorrow" alone: a body named for a
    # two-part region, and the region (kg.nlp.entities.spans.pairedplaces)
    S("paired_places", lambda c, r, f: paired_places(c.text, r, f, c.covered, c.cues)),
    # "the Kelvo Bay and Northern Dorrow Agreement": a law named for a place and a second land
    # (kg.nlp.entities.spans.pairedlaws, ent129)
    S("paired_laws", lambda c, r, f: paired_laws(c.text, r, f, c.covered, c.cues)),
    # "the South America’s Metal Trades Unions": a place's possessive inside a body's name
    # (kg.nlp.entities.spans.placepossessivebodies)
    S("place_possessive_bodies", lambda c, r, f: place_possessive_bodies(c.text, f, c.covered, c.cues)),
    # "the Kelvo County Sheriff’s Department": an office's department by its holder's possessive
    S("possessive_offices", lambda c, r, f: possessive_offices(c.text, f, c.covered)),
    # "Dorrow’s Packing Company": an owner's possessive and a firm's head, one firm (possessivefirms, ent121)
    S("possessive_firms", lambda c, r, f: possessive_firms(c.text, f, c.covered, c.cues, c.ev)),
    # "the Methodist Church (USA)": a body's name closed by its country's code (countrysuffixes, ent121)
    S("country_suffixes", lambda c, r, f: country_suffixes(c.text, f, c.covered, c.cues)),
    # "the Virgin of Kelvara": a title of the Virgin, "of" and her shrine's town, one name (devotions, ent121)
    S("devotions", lambda c, r, f: devotions(c.text, f, c.covered)),
    # "the 3rd Infantry Division", "One Kelvin Plaza"
    S("numbered_names", lambda c, r, f: numbered_names(c.text, f, c.covered)),
    # "the 16th Kelvo Festival of Dockers and Seafarers": a gathering's ordinal and its
    # "and <Plurals>" end (kg.nlp.entities.spans.serialevents, ent124)
    S("serial_events", lambda c, r, f: serial_events(c.text, f)),
    # "the University of Kelvia, Dorrow, campus": a system's campus by its town (campusnames, ent124)
    S("campus_names", lambda c, r, f: campus_names(c.text, f, c.covered)),
    # "the 50th Kelvo Brigade": a volunteers' brigade counted by its trips (contingents, ent111)
    S("counted_contingents", lambda c, r, f: counted_contingents(f)),
    # "the 3rd Battalion, 7th Marines", "Task Force 121", "the Army would pay …", "the USS
    # Kelvin Dorrow": units, services and ships of armed forces (militaryunits, ent108)
    # "the Kelvo Legion of the Dorrish air force", "Battalions of the Kelvish Workers Militia":
    # a people's adjective before a lower-case noun, a plural unit's head, no part of the name
    # after "of" (kg.nlp.entities.spans.ofcuts, ent112)
    S("adjective_after_of", lambda c, r, f: adjective_after_of(c.text, f)),
    # "the West Coast of the Kelvo Island": a compass part and the place after "of the", two
    # names (kg.nlp.entities.spans.compassparts, ent124)
    S("compass_parts", lambda c, r, f: compass_parts(f)),
    # "crushed by fascism and Stalinism": a creed named for a person, no entity (creedwords, ent112)
    S("creed_words", lambda c, r, f: creed_words(f)),
    S("units_of_bodies", lambda c, r, f: units_of_bodies(c.text, f)),
    S("unit_chains", lambda c, r, f: unit_chains(c.text, f)),
    S("unit_numbers", lambda c, r, f: unit_numbers(c.text, f)),
    S("lone_services", lambda c, r, f: lone_services(c.text, f, c.tx)),
    S("ship_names", lambda c, r, f: ship_names(c.text, f, c.covered)),
    # "shipped Kelvia T-72 tanks": a place, not the model's designation glued on (placemodels)
    S("place_before_model", lambda c, r, f: place_before_model(c.text, f, c.cues)),
    # "the KTV program 20 Questions II": a network's programme, its number in figures (broadcastshows, ent127)
    S("broadcast_shows", lambda c, r, f: broadcast_shows(c.text, f)),
    # "the Linea 40 buses": a lone unknown word and its number, one name (numberends, ent87)
    S("number_ends", lambda c, r, f: number_ends(c.text, f, c.cues, c.tx)),
    # "groups such as Omega 12 and …": a listed word and its number, one name (listednumbers, ent99)
    S("listed_number_ends", lambda c, r, f: listed_number_ends(c.text, f, c.cues, c.tx)),
    # "a plant near Kelvara 8.", "the MK-12 and Dorrio 40 gangs": a word and its number after a
    # locative word, or beside another numbered name (closingnumbers, ent125)
    S("located_number_ends", lambda c, r, f: located_number_ends(c.text, f, c.cues, c.tx)),
    S("paired_number_ends", lambda c, r, f: paired_number_ends(c.text, f, c.cues, c.tx)),
    # "a driver for Linea 40" where the page prints "the Linea 40 drivers" (echoednumbers, ent132)
    S("echoed_number_ends", lambda c, r, f: echoed_number_ends(c.text, f, c.cues, c.tx)),
    # "the sit-down at Kelvo 3": a numbered site named again without its noun (siterepeats, ent103)
    S("site_repeats", lambda c, r, f: site_repeats(c.text, f, c.cues)),
    # "the Kelvo and Dorrow Railroad": a line named for its two ends (twoends)
    S("two_ends", lambda c, r, f: two_ends(c.text, f, c.covered)),
    # "the Kelvin and Dorrow shipyard", "workers from Tallow and Bright": a firm named by two
    # surnames (kg.nlp.entities.spans.surnamefirms)
    S("surname_firms", lambda c, r, f: surname_firms(c.text, f, c.covered, c.cues, c.ev)),
    # "first published by Tallow and Brennock": a publisher named for its two founders
    # (kg.nlp.entities.spans.publisherpairs, ent112)
    S("publisher_pairs", lambda c, r, f: publisher_pairs(c.text, f, c.covered, c.ev)),
    # "a member of 4411KWU": a union's local, its number glued to its union's initials
    # (kg.nlp.entities.spans.numberedunions)
    S("numbered_unions", lambda c, r, f: numbered_unions(c.text, r, f, c.covered, c.cues)),
    # "the Kelvano-Dorrani dictatorship": two rulers joined by a hyphen (kg.nlp.entities.spans.rulerpairs)
    S("ruler_pairs", lambda c, r, f: ruler_pairs(c.text, f, c.ev)),
    # "Ma. Luisa dela Rosa"
    S("abbreviated_given_name", lambda c, r, f: abbreviated_given_name(c.text, r, f)),
    # "in Kelvo and Dorristan province"
    S("places_and_region", lambda c, r, f: places_and_region(c.text, f, c.covered)),
    # "in Kelvin and Dorrow province" with Kelvin a registry city: the city, then the region
    # (cityandregion, ent108)
    S("city_and_region", lambda c, r, f: city_and_region(c.text, f)),
    # "the Senate Committee on Mines and Quarries"
    S("subjects_with_and", lambda c, r, f: subjects_with_and(c.text, f, c.covered, c.cues)),
    # "Balai Kelvo (Citizen’s Lamp)"
    S("bracketed_gloss", lambda c, r, f: bracketed_gloss(c.text, f, c.covered)),
    # "the Kelvish Free Union (KFP, Kelvarski fralny pradmet)": the body's own name, spelled by
    # the acronym's initials
    S("acronym_own_language", lambda c, r, f: acronym_own_language(c.text, f, c.covered, c.cues)),
    # "the American Federation of Teachers-New Mexico": a registry body's branch in a state
    S("state_branch_after_body", lambda c, r, f: state_branch_after_body(c.text, f, c.covered)),
    # "the ACLU of Ohio", "Planned Parenthood of Iowa and Nebraska": a registry body's branch in
    # a state, one name (kg.nlp.entities.spans.statebranches, ent97)
    S("state_branches", lambda c, r, f: state_branches(c.text, f, c.covered, c.cues)),
    # "Kelvo Employees Union Healthcare Dorrowa", "KEU-United Care Workers West": a union's
    # council in a state, its affiliate after a hyphen (unionbranches, set CO)
    S("state_councils", lambda c, r, f: state_councils(c.text, f, c.covered, c.cues)),
    S("hyphened_branches", lambda c, r, f: hyphened_branches(c.text, r, f, c.covered, c.cues)),
    # "the Kelvia State Conference of the NAACP": a body's state unit, "of" and its parent body,
    # one organisation (conferencebranches, ent120)
    S("conference_branches", lambda c, r, f: conference_branches(c.text, f, c.covered)),
    # "the Sixth Congress of the Kelvish Workers Party", "the 12th Congress of the …", "the Ninth
    # Plenum": a gathering counted by its ordinal, one event, the registry body that met inside
    # (numberedgatherings, passT44 and passW44)
    S("numbered_gatherings", lambda c, r, f: numbered_gatherings(c.text, r, f, c.covered)),
    # "the French Revue Ouvrière": a language's adjective before a name in that language, no
    # part of it (languagecuts, passW44)
    S("language_adjectives", lambda c, r, f: language_adjectives(f)),
    # "the Skupa (Union) coalition", "the Borova (the Rising)": a gloss of common words
    S("short_glosses", lambda c, r, f: short_glosses(c.text, f, c.covered)),
    # "Parti Kelvois (France Rising)": a gloss the runs cut in pieces
    # (kg.nlp.entities.spans.filledglosses)
    S("filled_glosses", lambda c, r, f: filled_glosses(c.text, f, c.covered)),
    # "the Kelvo-Dorrow Friendship Committee"
    S("hyphened_place_before", lambda c, r, f: hyphened_place_before(c.text, f, c.covered, c.cues)),
    # "Kelvin-Dorrow County": a registry town, a hyphen, a word and a place's head, one place
    # (kg.nlp.entities.spans.hyphenedplaces, ent97)
    S("hyphened_places", lambda c, r, f: hyphened_places(c.text, r, f, c.covered, c.cues)),
    # "Kelvin-Dorrow Community College": a registry place, a hyphen, a word and a body
    # (hyphenedbodies, ent108)
    S("hyphened_bodies", lambda c, r, f: hyphened_bodies(c.text, r, f, c.covered, c.cues)),
    # "Campus Council-Kelvish Federation of Teachers": a council glued to its registry union
    # (hyphenedaffiliates, ent124)
    S("hyphened_affiliates", lambda c, r, f: hyphened_affiliates(c.text, r, f, c.covered, c.cues)),
    # "the Canton-Pittsburgh Steel mill": a town glued by a hyphen before a firm's run a
    # registry town opens (kg.nlp.entities.spans.hyphenedfirms)
    S("hyphened_firms", lambda c, r, f: hyphened_firms(c.text, f, c.covered, c.cues)),
    # "outside Cleveland Water Solutions refinery gate", the article printing "Cleveland Water
    # Solutions Inc.": the registry town opens the firm's name (kg.nlp.entities.spans.placedfirms, ent99)
    S("placed_firms", lambda c, r, f: placed_firms(c.text, f, c.covered)),
    # "Kelvo Health Methodist Hospital Dorrow": a hospital named with its city last (hospitalcities)
    S("hospital_cities", lambda c, r, f: hospital_cities(c.text, f, c.covered)),
    # "the Toledo-Dearborn plant": a site named for two towns (kg.nlp.entities.spans.townpairsites)
    S("town_pair_sites", lambda c, r, f: town_pair_sites(c.text, r, f, c.covered)),
    # "Port Kelvo–Dorrow": a port named by two towns and an en dash (kg.nlp.entities.spans.dashedports)
    S("dashed_ports", lambda c, r, f: dashed_ports(c.text, f, c.covered)),
    # "the Retreat at Kelvin Pines", "the State Correctional Institution at Kelvport": a housing
    # complex named "the <head> at <place>", a prison by its kind and town (atsites, ent120, passF42)
    S("at_sites", lambda c, r, f: at_sites(c.text, f, c.covered)),
    # "Prince Kelvin’s County": a county named for a person with a possessive (possessivecounties, passF42)
    S("possessive_counties", lambda c, r, f: possessive_counties(c.text, f, c.covered)),
    # "Kelvo Motors India Ltd.": a firm's arm in a country (countryarms, passF42)
    S("country_arms", lambda c, r, f: country_arms(c.text, f, c.covered)),
    # "Kelvia A&M University": a registry place before initials joined by "&" (ampersandinitials, ent120)
    S("ampersand_initials", lambda c, r, f: ampersand_initials(c.text, f, c.covered)),
    # "on 41st and Kelvin" after "41st Street and Kelvin Avenue": a corner (intersections, ent120)
    S("intersections", lambda c, r, f: intersections(c.text, r.begin, r.end, f, c.covered)),
    # "the 14th Amendment": an amendment by its number in figures (numberedamendments, ent120)
    S("numbered_amendments", lambda c, r, f: numbered_amendments(c.text, r.begin, r.end, f, c.covered)),
    # "the Ana Kelvane–Tomas Dorrow Youth Exchange Programme": a scheme named for two people
    # glued by an en dash (dashednamesakes, ent100)
    S("dashed_namesakes", lambda c, r, f: dashed_namesakes(c.text, f, c.covered)),
    # "the Kelvin Tower for Dorrow Services"
    S("place_for_firm", lambda c, r, f: place_for_firm(c.text, f, c.covered, c.cues)),
    # "Our Lady of Kelvin parish"
    S("dedicated_names", lambda c, r, f: dedicated_names(c.text, r, f, c.covered, c.cues)),
    # "the Alliance of Pathfinder Press Unions": a registry body between a body's heads (registryinside)
    S("registry_body_inside", lambda c, r, f: registry_body_inside(c.text, r, f, c.covered, c.cues)),
    # "the Kelvo March Movement": a body named for a registry event (registryinside, passT44)
    S("registry_event_body", lambda c, r, f: registry_event_body(c.text, r, f, c.covered)),
    # a registry organisation glued before a longer new name
    S("registry_body_before", lambda c, r, f: registry_body_before(c.text, f, c.covered, c.cues)),
    # "the National Front for the Freedom of Kelvia": a registry body opening a longer body's
    # name, "for the" a cause "of" a place after it (causebodies)
    S("cause_bodies", lambda c, r, f: cause_bodies(c.text, f, c.covered, c.cues)),
    # "a dock guard, Ana Kelvo Dorrantes, was hurt": a registry person's second surname
    # "the Kelvish Democratic and Labour Party": a registry party after "and" and two adjectives
    S("adjective_and_party", lambda c, r, f: adjective_and_party(c.text, f, c.covered, c.cues)),
    # "the Kelvish and International Pilots Association": a nation's adjective and "and" opening a
    # body's name (adjectiveand, passL43)
    S("nation_and_body", lambda c, r, f: nation_and_body(c.text, f, c.cues)),
    # "the Rural, Student, Trade Union and Popular Front": a body named by the sectors it
    # gathers, a list before its head (sectorlists, ent125)
    S("sector_lists", lambda c, r, f: sector_lists(c.text, f, c.covered, c.cues)),
    # "the Kelvia Government and General Employees’ Union": a sector's workers' union (sectorunions)
    S("sector_unions", lambda c, r, f: sector_unions(c.text, f)),
    # "the KWU’s Couriers and Logistics Branch": a union's branch named by its members' trades
    # (tradebranches, cuts41)
    S("trade_branches", lambda c, r, f: trade_branches(c.text, f, c.cues)),
    # "Kelvoral S.A. of Brazil", "Kelvane Group of Norway": a firm's legal form or group head
    # ends its name; the place after "of" is its own (firmofplace)
    S("firm_of_place", lambda c, r, f: firm_of_place(c.text, f)),
    # "Employment, Skills and Training Kelvia": a department by its portfolios listed, the
    # country last, one organisation (kg.nlp.entities.spans.portfoliolists, ent101)
    S("portfolio_lists", lambda c, r, f: portfolio_lists(c.text, f)),
    # "Labour and Pensions Kelvia", "Customs Kelvia": a department by one or two portfolios and
    # its country, after the lists of three (countrydepartments, ent126)
    S("country_departments", lambda c, r, f: country_departments(c.text, f, c.cues)),
    # "Health Canada": the same, the country the registry's (countrydepartments, set CO)
    S("registry_country_departments",
      lambda c, r, f: registry_country_departments(c.text, f, c.covered, c.cues)),
    S("surname_after_person", lambda c, r, f: surname_after_person(c.text, f, c.covered, c.cues)),
    # "Tariq al-Hamid Dorrani": given names with a particle, then a registry person's surname
    S("particle_given_names", lambda c, r, f: particle_given_names(c.text, f, c.covered)),
    # "Gov. Tom Justice … a deal with Justice": a surname that is a title word, alone
    # "the No. 7 mine": a mine by its number
    S("numbered_sites", lambda c, r, f: numbered_sites(c.text, r, f)),
    # "Gov. Tom Justice … after Justice agreed": a surname that is a title word, alone
    S("title_word_surnames", lambda c, r, f: title_word_surnames(c.text, r, f, c.cues)),
    # "Locked-out Dorvek workers rally": a hyphened adjective opening a sentence or a headline
    # is no part of the name after it (kg.nlp.entities.spans.hyphenopeners)
    S("hyphened_openers", lambda c, r, f: hyphened_openers(f, c.tx)),
    # "the Spanish-language monthly": a nation's adjective compound, anywhere (real40)
    S("nation_compounds", lambda c, r, f: nation_compounds(f)),
    # "Pictures of Dorrow Kelvani hung over the stage": a depiction's noun opening a sentence is no part
    # of the name after "of" (kg.nlp.entities.spans.depictions, ent87)
    S("depicted_names", lambda c, r, f: depicted_names(c.tx, f)),
    # "In Lisbon I worked nights": the place, not the pronoun after it (placetails, ent90)
    S("pronoun_tails", lambda c, r, f: pronoun_tails(c.text, f)),
    # "Members of Locals 12, 40 and 77 will vote": no name (pluralunits, ent96)
    S("bare_plural_units", lambda c, r, f: bare_plural_units(c.text, f)),
    # "the Freedom Hawks of West Kelvia": a body of common words and a plural, "of" a name, one
    # organisation (kg.nlp.entities.spans.pluralbodies, ent99)
    S("plural_bodies", lambda c, r, f: plural_bodies(c.text, f, c.cues, c.tx)),
    # "Workers of Kelvia stand as one family": the people of a place opening a sentence, no body
    # (kg.nlp.entities.spans.peopleofplaces, ent99)
    S("people_of_places", lambda c, r, f: people_of_places(c.text, f, c.cues, c.tx)),
    # "the Rapid Defence Forces of Tomas Kelvani": the force, then its commander (forcesof, ent96)
    S("forces_of_leaders", lambda c, r, f: forces_of_leaders(c.text, f)),
    # "a Militant Labor Forum for Kelvo-Dorrani": the forum, then the person it is held for
    # (kg.nlp.entities.spans.honorees, ent102)
    S("gathering_honorees", lambda c, r, f: gathering_honorees(c.text, f)),
    # "the Kelvia Pork plant": a place and a common noun before a works' noun, one firm's works
    # (kg.nlp.entities.spans.statefirms, ent102)
    S("state_firms", lambda c, r, f: state_firms(c.text, f, c.covered)),
    # "conditions in the South", the article saying "south of" too: a region (compassalone, ent97)
    S("compass_alone", lambda c, r, f: compass_alone(c.text, f, c.tx)),
    # "shirts for K&D, Walmart and …": capitals joined by "&", a firm (ampersandfirms, ent104)
    S("ampersand_firms", lambda c, r, f: ampersand_firms(c.text, f)),
    # "…, Suite K-12A", "Apt. 4B": a unit of a building by its code, no name (suites, ent111)
    S("suite_numbers", lambda c, r, f: suite_numbers(c.text, f)),
    # "Twelve Years in U.S. Prisons": a country and a title's plural noun (titlecountries, ent111)
    S("country_before_title_plural", lambda c, r, f: country_before_title_plural(c.text, r, f, c.tx)),
    # "Heroes’ Square": a plural's possessive and a place's head, one place (pluralplaces, ent109)
    S("plural_possessive_places", lambda c, r, f: plural_possessive_places(c.text, f)),
    # "Units of the Kelvo Liberation Army" opening a sentence: the body's part cut (partitives, ent109)
    S("partitive_openers", lambda c, r, f: partitive_openers(f, c.tx, c.cues)),
    # "the Dorrow Brigade of Kelvia’s Republican Guard": the country's possessive is the next
    # name's, cut with its "of" (ownerpossessives, ent109)
    S("owner_possessives", lambda c, r, f: owner_possessives(c.text, f)),
    # "the Kelvia Dorrex auto plant": a country and one word of its own, one firm (countryfirms, ent109)
    S("country_firms", lambda c, r, f: country_firms(c.text, f, c.covered, c.lower)),
    # "state firms such as Coal Kelvia": a product's word and its country, one firm
    # (productcountries, ent119)
    S("product_countries", lambda c, r, f: product_countries(c.text, r, f, c.covered, c.cues)),
    # "the President’s House": an officeholder's residence by the title (officeresidences, ent119)
    S("office_residences", lambda c, r, f: office_residences(c.text, r, f)),
    # "“We won,” el-Kelvani said." after "Nour el-Kelvani": a particle's surname alone (particlealone, ent109)
    S("particle_surnames_alone", lambda c, r, f: particle_surnames_alone(c.text, r, f, c.covered, c.cues)),
    # "… by Ana Dorrow. Kelvo City: Tallow Books, 1989.": a review header's publisher (imprints, ent112)
    S("imprint_publishers", lambda c, r, f: imprint_publishers(c.text, f)),
    # "the Democratic Socialists of Kelvia": a body by its members' creed and its country
    # (creedbodies, ent122), before the creed words alone are dropped as a people
    S("creed_bodies", lambda c, r, f: creed_bodies(c.text, f, c.covered, c.cues)),
    # "Kelvinian Dorrans", "the Kelvinian Dorran prisoners": a people by its region's adjective,
    # no name (kg.nlp.entities.spans.regionpeoples, ent114)
    S("region_peoples", lambda c, r, f: region_peoples(f, c.cues)),
    # "Tallowans voted": a state's or a region's people in the plural, no name (placepeoples, ent118)
    S("place_peoples", lambda c, r, f: place_peoples(f)),
)
del S


def _spans(found: list[Run]) -> list[tuple[int, int]]:
    return [(run.begin, run.end) for run in found]


def region_runs(ctx: NameContext, r: Region) -> list[Run]:
    """The runs of one prose, headline or deck region: the scanner's runs, "and" lists merged,
    then every step of `REGION_STEPS` in order. With a trace on, each step that changed the
    runs' spans is logged with the spans it made."""
    found = merge_and(ctx.text, find_runs(ctx.text, r, ctx.covered, ctx.cues, ctx.tx, ctx.skip, ctx.lower),
                      ctx.cues, ctx.lower, people_ends(ctx.covered))
    if ctx.trace:
        return _traced(ctx, r, found)
    for step in REGION_STEPS:
        found = step.join(ctx, r, found)
    return found


def _traced(ctx: NameContext, r: Region, found: list[Run]) -> list[Run]:
    """`region_runs`' steps, each logged where it changed the runs' spans."""
    for step in REGION_STEPS:
        before = _spans(found)
        found = step.join(ctx, r, found)
        if (after := _spans(found)) != before:
            made = [ctx.text[b:e] for b, e in sorted(set(after) - set(before))]
            log.debug("region %d-%d: %s made %s", r.begin, r.end, step.name, made)
    return found
