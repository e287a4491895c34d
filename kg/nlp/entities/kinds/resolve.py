"""One label, one kind, then the kinds made once every name of the article has one: the
labels' kinds read together, in the order they run (`KIND_STEPS`). Each step is a function
`(ctx, kept, kinds) -> None` over the kept names (run, label, kind) that changes
`kinds.of` (label → (kind, strong)) in place; from `typed_spans` on, `kinds.typed` holds every
typed span (registry mentions and kept names), which the steps after it read and extend. A new
typing that needs all names goes into `KIND_STEPS` where its inputs are ready: after the short
forms and speakers if it reads their kinds, before `coordinated` if a list should follow it.

kg.nlp.entities.names calls `resolve_kinds` between keeping the runs and resolving short forms
(kg.nlp.entities.kinds.shortforms)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from kg.nlp import textwindow
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.cues.phrases import founders_firm, phrases
from kg.nlp.entities.kinds import familynames
from kg.nlp.entities.kinds.acronymworks import acronym_works
from kg.nlp.entities.kinds.apposedtowns import town_apposed_body
from kg.nlp.entities.kinds.bodiesapposed import bodies_apposed
from kg.nlp.entities.kinds.bodylists import listed_bodies
from kg.nlp.entities.kinds.bodyspeakers import body_speakers
from kg.nlp.entities.kinds.bodyunits import body_units
from kg.nlp.entities.kinds.bracketedgiven import bracketed_given
from kg.nlp.entities.kinds.buildingnouns import building_nouns
from kg.nlp.entities.kinds.campustowns import campus_towns
from kg.nlp.entities.kinds.chainsites import chain_sites
from kg.nlp.entities.kinds.chambershorts import chamber_shorts
from kg.nlp.entities.kinds.chosenas import chosen_as
from kg.nlp.entities.kinds.clippedfirms import clipped_firms
from kg.nlp.entities.kinds.deadlists import dead_lists
from kg.nlp.entities.kinds.familymembers import family_members
from kg.nlp.entities.kinds.firmframes import firm_frames
from kg.nlp.entities.kinds.firmleads import firm_leads
from kg.nlp.entities.kinds.firmsnotplaces import firms_not_places
from kg.nlp.entities.kinds.formedbodies import formed_bodies
from kg.nlp.entities.kinds.framedkinds import coordinated_with, list_kinds, locative_list, paired_slot
from kg.nlp.entities.kinds.glossedpairs import glossed_pairs
from kg.nlp.entities.kinds.glossedplaces import glossed_places
from kg.nlp.entities.kinds.glossrules import glossed_rulers
from kg.nlp.entities.kinds.hospitalshorts import hospital_shorts
from kg.nlp.entities.kinds.interviews import interview_speakers, speaker_full_name
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.kinds.kinnames import kin_appositions, repeated_surnames
from kg.nlp.entities.kinds.listedpeople import listed_people
from kg.nlp.entities.kinds.makers import makers
from kg.nlp.entities.kinds.memberclubs import member_clubs
from kg.nlp.entities.kinds.membersof import members_of
from kg.nlp.entities.kinds.movements import movement_adjective, movement_named
from kg.nlp.entities.kinds.namekinds import (
    heads_of_government,
    leading_place_short_forms,
    owner_firms,
    site_place,
)
from kg.nlp.entities.kinds.norlists import nor_people
from kg.nlp.entities.kinds.openingframes import it_bodies, opening_places
from kg.nlp.entities.kinds.otherspellings import other_spellings
from kg.nlp.entities.kinds.ownedfirms import owned_firms
from kg.nlp.entities.kinds.ownedsites import owned_sites
from kg.nlp.entities.kinds.pairedgiven import paired_given
from kg.nlp.entities.kinds.placechains import place_chains
from kg.nlp.entities.kinds.placedsites import placed_mines
from kg.nlp.entities.kinds.placeends import place_end_words
from kg.nlp.entities.kinds.placenouns import place_nouns
from kg.nlp.entities.kinds.placepairs import joined_place
from kg.nlp.entities.kinds.placeslots import stays_place
from kg.nlp.entities.kinds.plantnames import plant_names
from kg.nlp.entities.kinds.plantowners import plant_owners
from kg.nlp.entities.kinds.policetowns import police_towns
from kg.nlp.entities.kinds.possessivelists import possessive_list_people
from kg.nlp.entities.kinds.regionpairs import region_pairs
from kg.nlp.entities.kinds.rolelists import role_appositions, role_lists
from kg.nlp.entities.kinds.routeends import route_ends
from kg.nlp.entities.kinds.rulerlands import ruler_lands
from kg.nlp.entities.kinds.schoolshorts import school_shorts
from kg.nlp.entities.kinds.shapekinds import (
    arabic_toponyms,
    based_firms,
    dashed_firm_lists,
    firm_appositions,
    head_first_venues,
    hyphened_acronyms,
    leading_events,
    mission_buildings,
    party_plurals,
    person_appositions,
)
from kg.nlp.entities.kinds.sharedsurnames import shared_surnames
from kg.nlp.entities.kinds.sitenames import site_kind
from kg.nlp.entities.kinds.stormheadings import storm_headings
from kg.nlp.entities.kinds.struckfirms import struck_firms
from kg.nlp.entities.kinds.surnametowns import surname_towns
from kg.nlp.entities.kinds.timenames import named_times
from kg.nlp.entities.kinds.titledsurnames import titled_surnames
from kg.nlp.entities.kinds.townfirms import town_named_firms
from kg.nlp.entities.kinds.townlists import town_lists
from kg.nlp.entities.kinds.untypedframes import (
    family_plurals,
    office_appositions,
    site_nouns,
    site_short_forms,
)
from kg.nlp.entities.kinds.victimframes import aged_people, victims_after
from kg.nlp.entities.kinds.victims import victims
from kg.nlp.entities.kinds.worshipplaces import worship_short_forms
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.nameparts import firm_short_forms, union_names, union_short_forms
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

log = logging.getLogger("kg.nlp.entities.names")

def one_kind_per_label(kept: Kept) -> dict[str, tuple[str, bool]]:
    """One label, one kind: a cue's kind beats a head word's, the first of each wins."""
    kind_of: dict[str, tuple[str, bool]] = {}
    for _run, label, (kind, strong) in kept:
        old = kind_of.get(label)
        if old is None or old[0] == "thing" or (strong and not old[1]):
            kind_of[label] = (kind, strong)
    return kind_of


def site_places(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"the Kelvo mine … the blast at Kelvo": a mine's name alone is its site, a place."""
    for label, kind in list(kinds.of.items()):
        if kind == ("organization", False) and site_place(ctx.text, label, kinds.of, ctx.cues, ctx.ev):
            kinds.of[label] = ("place", False)


def leading_places(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"Kibbutz Kelvar … the Kelvar printing plant" (ent42)."""
    for label in leading_place_short_forms(kinds.of, ctx.cues):
        kinds.of[label] = ("place", False)


def firm_short(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"a strike at Kelvott" beside "Kelvott International". Not a town the gazetteer knows, nor
    one the text itself says is a place (a strong place: the dateline's "KELVPORT, Ohio —" beside
    "Kelvport Motors Corp.", a firm named for its town; branch sites41)."""
    def is_place(label: str) -> bool:
        return ctx.ev.place_kind(label) is not None or kinds.of.get(label) == ("place", True)
    for label in firm_short_forms(kinds.of, ctx.cues.firm_whole, is_place):
        kinds.of[label] = ("organization", True)


def union_short(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"Kelvifor" beside "Kelvifor Local 597": the union (its words kept for the openers)."""
    kinds.union_words = union_names(kinds.of, ctx.cues.union_units)
    for label in union_short_forms(kinds.of, ctx.cues.union_units):
        kinds.of[label] = ("organization", True)


def owners(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"at Kelvora … Kelvora’s shafts": the firm."""
    for label in owner_firms(ctx.text, kept, kinds.of, ctx.cues, ctx.ev):
        kinds.of[label] = ("organization", True)


def heads_of_governments(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"the Dorrow government … Prime Minister Ann Dorrow"."""
    for label in heads_of_government(ctx.text, kept, kinds.of, ctx.ev):
        kinds.of[label] = ("person", True)


def interview_people(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"Tallavi-Dorrow: The bosses …" twice (set X): an interview's speaker; not the paper's
    own turns ("Militant: …", a registry name)."""
    cues, ev = ctx.cues, ctx.ev
    known_forms = {ctx.text[m.begin:m.end] for m in ctx.covered}
    speakers = {w for w in interview_speakers(ctx.text)
                if kinds.of.get(w, ("thing", False))[0] == "thing" and head_word(w, cues) not in cues.heads
                and w not in known_forms and not ev.place_kind(w) and not common_words().common(w)}
    for label, kind in list(kinds.of.items()):
        if kind[0] == "thing" and (label in speakers or speaker_full_name(label, speakers)):
            kinds.of[label] = ("person", True)


def typed_spans(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """From here on `kinds.typed` holds every typed span: the registry's and the kept names'."""
    kinds.typed[:] = [(m.begin, m.end, m.entry.kind) for m in ctx.covered] + [
        (run.begin, run.end, kinds.of[label][0]) for run, label, _k in kept]


def named_sites(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"the Kelvo mine", "the Kelvane Motors Dorrow plant", "the Dorrow plant near Kelvo": a
    site's name typed a firm only by the employer's frame is its place
    (kg.nlp.entities.kinds.sitenames, branch ent69)."""
    for run, label, _k in kept:
        if kinds.of[label] == ("organization", False) and run.kind is None and not run.title \
                and site_kind(ctx.text, label, run.begin, kinds.typed, ctx.cues):
            kinds.of[label] = ("place", False)
            kinds.typed[:] = [(b, e, "place" if (b, e) == (run.begin, run.end) else k)
                              for b, e, k in kinds.typed]


def known_as(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"Kelvane Platinum, known as Kelplats,": the full name's kind — the whole name before
    it, not a place ending it ("… Association of Kelvia"); a foreign name with its translation
    in brackets ("Sindicato … (National Union of …), known as SINKELVO") gives the kind of
    either (sets AF/AG, branch ent50)."""
    for run, label, _k in kept:
        at = phrases().known_as_after_name(ctx.text, run.begin)
        if kinds.of[label][0] == "thing" and at is not None:
            for end in _ends_before_known_as(ctx.text, at):
                whole = min(((b, k) for (b, e, k) in kinds.typed if e == end), default=None)
                if whole is not None and whole[1] != "thing":
                    kinds.of[label] = (whole[1], True)
                    break


def apposed_body(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"organized in Asokelva, the Kelvish Growers Association,": the body its apposition
    names (set AA)."""
    for run, label, _k in kept:
        if not kinds.of[label][1] and (at := _APPOSED_NAME.match(ctx.text, run.end)) is not None \
                and not ctx.ev.place_kind(label) and any(
                    b == at.end() and k == "organization" and _APPOSITION_END.match(ctx.text, e)
                    for b, e, k in kinds.typed):
            kinds.of[label] = ("organization", True)


def movements(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"fighting the Dorrathis": a movement named in the plural, and its singular beside it."""
    for run, label, _k in kept:
        if kinds.of[label][0] == "thing" and (movement_named(ctx.text, run.begin, run.end, label)
                                              or movement_adjective(ctx.text, run.end, label)) \
                and not ctx.ev.place_kind(label):
            kinds.of[label] = ("organization", True)
            if kinds.of.get(label[:-1], ("", False))[0] == "thing":  # "Dorrathi" beside it
                kinds.of[label[:-1]] = ("organization", True)


def glossed_bodies(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"the Polo Dorrano (Dorran Pole)": the gloss in brackets names the body before it (set
    AE, ent53)."""
    for run, label, _k in kept:
        if kinds.of[label][0] == "thing" and _glossed_body(ctx.text, run, label, kinds.typed) \
                and not ctx.ev.place_kind(label):
            kinds.of[label] = ("organization", True)


def glossing_bodies(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"Llywodraeth Kelvo (Kelvish Government)": the name before its gloss, a body's English
    name (set AO, ent64)."""
    for run, label, _k in kept:
        if kinds.of[label][0] == "thing" and _glossing_body(ctx.text, run, label, kinds.typed) \
                and not ctx.ev.place_kind(label) and not ctx.ev.gazetteer.is_given_name(label.split()[0]):
            kinds.of[label] = ("organization", True)


def towns_beside_towns(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"the strike at Tallowmine and Tucson": a town beside a town typed a firm only by the
    employer's frame ("strike at", "miners at"), no head word and no place of the gazetteer's,
    joined by "and"/"or" after a place's preposition to a city or country the text names: the
    pair is two places, a mining camp and its neighbour (set AL, branch ent65)."""
    text, cues, ev = ctx.text, ctx.cues, ctx.ev
    for run, label, _k in kept:
        if kinds.of[label] == ("organization", False) and run.kind is None and not run.title \
                and ev.place_kind(label) is None and head_word(label, cues) not in cues.heads \
                and not framing().firm_only_frame(text, label) \
                and phrases().place_pair(text, run.begin, run.end, kinds.typed):
            kinds.of[label] = ("place", False)
            kinds.typed.append((run.begin, run.end, "place"))


def joined_places(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"holds Kelvo and Dorrow.", "the Dorrow–Kelvo route": an untyped name joined to a known
    city or country (kg.nlp.entities.kinds.placepairs, branch ent69)."""
    for run, label, _k in kept:
        if kinds.of[label][0] == "thing" and run.kind is None and not run.title \
                and joined_place(ctx.text, label, run.begin, run.end, kinds.typed, ctx.cues, ctx.ev):
            kinds.of[label] = ("place", False)
            kinds.typed.append((run.begin, run.end, "place"))


def paired_slots(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"loyal to Kelvo Dorrow in Kelvia and Tallis Wendo in Bramsk": the pair's kind."""
    for run, label, _k in kept:
        if not kinds.of[label][1] and (pair := paired_slot(ctx.text, run, kinds.typed)) is not None:
            kinds.of[label] = (pair, False)
            kinds.typed.append((run.begin, run.end, pair))


def coordinated(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """A name joined to typed names by "and" or commas takes their kind: "students from Harvel
    and Dorrow University", "Kelvane, Dorrow Foods and …"; the first reading that fits wins."""
    text, cues, ev, kind_of, typed = ctx.text, ctx.cues, ctx.ev, kinds.of, kinds.typed
    for run, label, _k in kept:
        by_locative = (kind_of[label] == ("place", False) and run.kind is None
                       and ev.locative_before(text, run.begin) and ev.place_kind(label) is None
                       and head_word(label, cues) not in cues.heads)
        weak = kind_of[label][0] == "thing" or by_locative
        if weak and not stays_place(text, run.begin, run.end, typed) \
                and coordinated_with(text, run, typed, ("organization",), kind_of[label][0] == "thing"):
            kind_of[label] = ("organization", False)
            typed.append((run.begin, run.end, "organization"))  # the list runs on: "A, B, C and D"
        elif kind_of[label][0] == "thing" and ev.gazetteer.town_kind(label) \
                and coordinated_with(text, run, typed, PLACE_KINDS):
            # "in nearby Salisbury and Iowa Colony": a town the gazetteer knows, joined by "and"
            # to a place (branch ent22)
            kind_of[label] = ("place", False)
            typed.append((run.begin, run.end, "place"))
        elif kind_of[label][0] == "thing" and coordinated_with(text, run, typed, PLACE_KINDS, True, True):
            kind_of[label] = ("place", False)  # "depots in Morden, Brindlecote, and Stratford"
        elif kind_of[label][0] == "thing" and locative_list(text, run, typed, ev):
            kind_of[label] = ("place", False)  # "walkouts at Dorrow, Feyzel and La Brève"
            typed.append((run.begin, run.end, "place"))
        elif (weak and len(label.split()) in (2, 3)
              and head_word(label, cues) not in cues.heads
              and coordinated_with(text, run, typed, ("person",), by_locative)):
            # "honored Lora Veit and Dimas Orlo"; "money from Bill Dorrow, Ana Kelvo and …": a
            # place only by "from", listed with people (set EO's kind, type47)
            kind_of[label] = ("person", False)
        elif kind_of[label] == ("person", False) and run.kind is None and not run.title \
                and founders_firm(label.split(), ev.gazetteer.is_given_name) \
                and coordinated_with(text, run, typed, ("organization",)):
            # "Kelmar and Archer Dorrow Tallis will cut prices": a firm named for its founders,
            # listed with a firm, not a person by its first word (set R)
            kind_of[label] = ("organization", False)
            typed.append((run.begin, run.end, "organization"))
        elif (kind_of[label][0] == "thing" or kind_of[label] == ("person", False) and run.kind is None
              and not run.title and not ev.speaker(text, run.begin, run.end)
              and textwindow.after(r"[ \t]*[,.;:)]", text, run.end, 3, cut=True) is not None) \
                and phrases().place_pair(text, run.begin, run.end, typed):
            # "the workers of Lisbon and Dorrig" (set R); "walkouts in Kelvin City and Binh Dorro":
            # a given name's spelling opening a province's name weighs less than the pair (ent42)
            kind_of[label] = ("place", False)
            typed.append((run.begin, run.end, "place"))


def coordinated_again(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name listed with firms read once more, until nothing changes: `coordinated`
    reads a list from its start, so a first name typed only by a later one stayed untyped
    ("McKesson, Kelvo Health and Dorrowbergen": the last typed by its frame, the second by it,
    the first by neither), and a name written again after its kind was found counted only where
    a rule typed it ("Pfizer and Moderna" after "Pfizer and BioNTech"). Here every run of a name
    typed an organisation counts, and a name it types counts at every run (set CO)."""
    text, kind_of, typed = ctx.text, kinds.of, kinds.typed
    orgs = [(run.begin, run.end, "organization") for run, label, _k in kept
            if kind_of[label][0] == "organization"]
    changed = True
    while changed:
        changed = False
        for run, label, _k in kept:
            if kind_of[label][0] != "thing" or run.title or _tail_of_named(text, run, kind_of) \
                    or not coordinated_with(text, run, typed + orgs, ("organization",), True):
                continue
            kind_of[label] = ("organization", False)
            spans = [(r.begin, r.end, "organization") for r, other, _k in kept if other == label]
            typed.extend(spans)
            orgs.extend(spans)
            changed = True


# capitalised words and "of" right before a name: "Tree of " before "Life"
_OF_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w’'-]*\s)+)of\s$")


def _tail_of_named(text: str, run: Run, kind_of: dict[str, tuple[str, bool]]) -> bool:
    """The run is the last part of a longer name the page names whole elsewhere, cut at its
    "of" here ("— Tree of Life, Kelvo Congregation and …" beside "at Tree of Life"): no member of
    the list of its own (set CV's kind, pass42)."""
    m = _OF_BEFORE.search(text, max(0, run.begin - 60), run.begin)
    if m is None:
        return False
    words = m.group(1).split()
    return any(f"{' '.join(words[k:])} of {text[run.begin:run.end]}" in kind_of for k in range(len(words)))


def lists(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Names in one list share a kind (kg.nlp.entities.kinds.framedkinds `list_kinds`)."""
    list_kinds(ctx.text, kept, ctx.covered, kinds.of, ctx.cues)


def two_family_names(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"Ramiro Gómez Urrieta … Gómez said": two family names, the first alone later (the
    pairs kept in `kinds.family_of` for the short forms)."""
    cues = ctx.cues
    alone = {" ".join(w[2] for w in run.words) for run in ctx.runs
             if len(run.words) in (1, 2) and run.kind is None}
    kinds.family_of = familynames.two_family_names(kinds.of, alone, lambda w: w in cues.heads,
                                                   ctx.ev.gazetteer.is_given_name, common_words().common)
    for label in kinds.family_of:
        kinds.of[label] = ("person", False)


KindStep = Callable[[NameContext, Kept, Kinds], None]
# in the order they run; each reads the kinds the steps before it made
KIND_STEPS: tuple[KindStep, ...] = (
    site_places,
    leading_places,
    firm_short,
    # "a contract with Kelvo Permanente … at Kelvo facilities", "a lockout at B.K. Dorrell … at
    # Dorrell": a firm by one word of its name, not a place by "at" (kinds/firmleads.py, ent89, ent102)
    firm_leads,
    # "the strike at Lakeview" beside "Lakeview Packers" (kinds/townfirms.py, ent75)
    town_named_firms,
    union_short,
    owners,
    heads_of_governments,
    interview_people,
    # kinds a name's shape or the words right around it give (kinds/shapekinds.py, ent72)
    hyphened_acronyms,
    leading_events,
    based_firms,
    firm_appositions,
    dashed_firm_lists,
    person_appositions,
    party_plurals,
    mission_buildings,
    head_first_venues,
    arabic_toponyms,
    # "a welder at Kelvport Assembly": an auto plant by its town's name (kinds/plantnames.py, ent89)
    plant_names,
    typed_spans,
    # "the House" after "the House of Representatives": the chamber's short form
    # (kinds/chambershorts.py, ent118)
    chamber_shorts,
    # "Kelvane-Dorrow" beside "Kelvane University": a campus by its town (kinds/campustowns.py)
    campus_towns,
    # "the Dorrow Police Department’s Street Patrol Unit": a body's unit (kinds/bodyunits.py, ent97)
    body_units,
    named_sites,
    # "a diner near the Kelvo mine": a mine's name where the text stands by it (kinds/placedsites.py, ent75)
    placed_mines,
    # "drillers at Velmaro’s Tashkaran copper mine": the mine a place, its owner a firm
    # (kinds/ownedsites.py, ent82)
    owned_sites,
    known_as,
    # "After Kelva, …" in a headline over "Hurricane Kelva": a storm's bare name
    # (kinds/stormheadings.py, ent104)
    storm_headings,
    # "during the Blue Purge": an untyped name set in time, an event (kinds/timenames.py, ent74)
    named_times,
    # "a council of officers, the Kelvo,": an untyped name after a body's noun (kinds/bodiesapposed.py)
    bodies_apposed,
    # "the assembly picked Tanor Velaskeri as president": the one chosen (kinds/chosenas.py, ent79)
    chosen_as,
    # "Tharvan Dossa of the Tamil Welfare Society told …": a speaker for a body (kinds/bodyspeakers.py, ent83)
    body_speakers,
    # "the bishops of the Kelvian Episcopal Conference": a body with members (kinds/membersof.py, ent79)
    members_of,
    # "bakers who struck Dorvek Tallow": the employer a strike hit (kinds/struckfirms.py, ent79)
    struck_firms,
    # "Kelvane Holdings also owns Tallow Mart": what a firm owns (kinds/ownedfirms.py, ent96)
    owned_firms,
    # "struck Canton-Pitt" after "the Canton-Pittsburgh Steel mill": a firm's clipped name
    # (kinds/clippedfirms.py, ent81)
    clipped_firms,
    # "K.L. Dorrow, Kelvotek’s president,", "Kelvimim air base", "the Dorrovs": untyped names an
    # office, a site's noun or a family's plural types (kinds/untypedframes.py, ent84)
    office_appositions,
    site_nouns,
    # "mines like Kelvo Queen" after "the Kelvo Queen Mine": the site's short form (untypedframes, ent131)
    site_short_forms,
    # "the Dorrowerie theater": an untyped name before a building's noun (kinds/buildingnouns.py, ent100)
    building_nouns,
    family_plurals,
    # "his wife, Dorra,"; "Tavrano Dossa … Dossa has been": untyped names a family word or the
    # page's repeated surname makes people (kinds/kinnames.py, ent104)
    kin_appositions,
    repeated_surnames,
    # "[President Tavo] Dorrow": the surname after an editor's bracket that holds the given
    # name (kinds/bracketedgiven.py, real39)
    bracketed_given,
    # "the Kelvo-Dorra Tallow volcano … on Tallow": a place's last word alone (placeends, ent115)
    place_end_words,
    # "Masjid Kelvo Mosque … killed at Masjid Kelvo": a house of worship without its head
    # (worshipplaces, ent115)
    worship_short_forms,
    # "neither Kelvane nor Ana Tallis": untyped names a "nor" joins to a person (kinds/norlists.py, ent116)
    nor_people,
    # "Ana Dorrow’s prints and Yevka Tallovna’s posters": untyped makers in a list of a
    # person's possessives (kinds/possessivelists.py, ent123)
    possessive_list_people,
    # "backed by Kelvano’s Dorrania": an untyped surname before a land, its ruler (rulerlands, ent116)
    ruler_lands,
    apposed_body,
    # "officials of Kelvo, the Dorrish Trade Union Confederation,": a town's name a body's
    # apposition names (kinds/apposedtowns.py, ent118)
    town_apposed_body,
    # "the Kelvo College Republicans": a club of a party's members (kinds/memberclubs.py, ent124)
    member_clubs,
    movements,
    glossed_bodies,
    # "Partia Kelvo (Kelvian Hope)": a body's gloss a "the <Name> government" had typed a ruler
    # (kinds/glossrules.py, ent79)
    glossed_rulers,
    glossing_bodies,
    # "Caminos de Paz (Roads of Peace)": an untyped name and its untyped English gloss, a body
    # (kinds/glossedpairs.py, ent87)
    glossed_pairs,
    # "the Rua da Prata (Silver Mile)": a place's own name before its English gloss
    # (kinds/glossedplaces.py, ent95)
    glossed_places,
    # "Kelvograd — Kelvohrad in Dorrish", "Dorrinsk, also spelled Dorrynsk": a name's other
    # spelling takes its kind (kinds/otherspellings.py, ent114)
    other_spellings,
    # "a strike at Dorrowa’s factory in the export zone": a firm named like a town
    # (kinds/plantowners.py, ent119)
    plant_owners,
    firms_not_places,
    towns_beside_towns,
    joined_places,
    # "the Kelvanni and the Dorrow peninsula": a region paired with a region (kinds/regionpairs.py, ent119)
    region_pairs,
    # "marched from Kelvograd to Dorrinsk": an untyped end of a route (kinds/routeends.py, ent88)
    route_ends,
    # "In Kelvung, the port commander, …": a sentence's opening place; "Velmar Telekom announced
    # it would …": a body (kinds/openingframes.py, ent91)
    opening_places,
    it_bodies,
    # "a stake in Kelvomatic", "when Dorvaneos shut the refinery": a firm (kinds/firmframes.py, ent91)
    firm_frames,
    # "Kelvo Solidarity, set up by laid-off miners,": a body (kinds/formedbodies.py, ent98)
    formed_bodies,
    # "the police killing of Arlo Venn": the victim, a person (kinds/victims.py, lead)
    victims,
    # "a deputy fatally wounded 17-year-old Arla Dorrow", "Tomas Kelvane, shot by police": a person by
    # an age before the name or an act done to it after (kinds/victimframes.py, ent120)
    aged_people,
    victims_after,
    # "on Kelvo, Dorr Abyad and the towns along the border": a list of places (kinds/townlists.py)
    town_lists,
    # "took Kelvabad, Dorrum and Tallis", "the Dorrum and Tallis neighborhoods": untyped names
    # listed only with places (kinds/placechains.py, ent109)
    place_chains,
    # "Kelvo said" after "Leroy Kelvo Sr." and "Leroy Kelvo Jr.": a surname of two people named
    # in full, a person (kinds/sharedsurnames.py, ent97)
    shared_surnames,
    # "Tom Dorrow, Ana Dorrow and Lenn Dorrow": a relative's full name, a person; "directed by
    # Lenn Dorrowsky", ", born Arla Kent": a maker, a birth name (familymembers, makers; ent112)
    family_members,
    makers,
    # "a wall of Kelvo Hill cemetery": a place's lower-case noun after it (placenouns, ent112)
    place_nouns,
    # "the Tenant Rights Amendment … the TRA": an acronym a work's name spells, the work
    # (kinds/acronymworks.py, ent106)
    acronym_works,
    paired_slots,
    # "nurses at Dorrow" after "Dorrow Medical Center": the hospital again (kinds/hospitalshorts.py, ent113)
    hospital_shorts,
    # "a junior at Central High" beside "Kelvo Central High School": the school again
    # (kinds/schoolshorts.py, ent124)
    school_shorts,
    # "The dead were Arlo Venn, from Kelvia; Tomas Dorrow Ilyen, …": the dead listed, people
    # (kinds/deadlists.py, ent113)
    dead_lists,
    # "found Arlo Venn, Tomas Dorrow and Ana Kelvey not guilty": the first of a list of people
    # (kinds/listedpeople.py, ent107)
    listed_people,
    # "ranchers Tom and Steven Marwick": the first given name alone (kinds/pairedgiven.py, real42)
    paired_given,
    # "the department's chief, Ana Kelvo,", "officers, Tom Dorrow and Lee Lane,": people after a
    # noun of people and a comma (kinds/rolelists.py, ent120)
    role_appositions,
    role_lists,
    # "a Kelvin Center cop" beside "the Kelvin Center Police Department": the town
    # (kinds/policetowns.py, ent120)
    police_towns,
    # "speakers from Dorrow Rising, the Kelvo Farmers Union, and …": a weak place listed only
    # with bodies (kinds/bodylists.py, ent121)
    listed_bodies,
    coordinated,
    coordinated_again,
    lists,
    # "acquitted Dorrance and Kelvik" after "Roy Dorrance": a surname the gazetteer knows as a
    # town, beside a person (kinds/surnametowns.py, ent117)
    surname_towns,
    # "Dorrow painted it" where the page prints "Ana Dorrow" only inside a show's title: the
    # surname of a person named in full nowhere else (kinds/titledsurnames.py, type47)
    titled_surnames,
    two_family_names,
    # "the Kelvo Regency Dorrstad" beside "Kelvo Hotels Corp.": a chain's hotel by its city
    # (kinds/chainsites.py, pass42)
    chain_sites,
)


def resolve_kinds(ctx: NameContext, kept: Kept) -> Kinds:
    """One kind per label, then every step of `KIND_STEPS` in order. With a trace on, each
    step that changed a label's kind is logged with the labels it changed."""
    kinds = Kinds(one_kind_per_label(kept))
    for step in KIND_STEPS:
        before = dict(kinds.of) if ctx.trace else None
        step(ctx, kept, kinds)
        if before is not None and before != kinds.of:
            changed = {k: v for k, v in kinds.of.items() if before.get(k) != v}
            log.debug("kinds: %s made %s", step.__name__, changed)
    return kinds


# a name, a comma, "the" and another name in apposition ("Asokelva, the Kelvish Growers
# Association of Dorrovia,"): both name one thing
_APPOSED_NAME = re.compile(r",\s+the\s+")
# … the apposition closed by a full stop or a comma that opens no further list member ("in
# Gisborne, the Engineers Union, and the …" is a list of three)
_APPOSITION_END = re.compile(r"\s*(?:[.;:)]|,(?!\s+(?:and|or|the)\s)(?!\s+[A-Z]))")


def _glossed_body(text: str, run: Run, label: str, typed: list[tuple[int, int, str]]) -> bool:
    """"the Polo Dorrano (Dorran Pole)": a name of two words or more that fills a bracket on its
    own, right after an organisation's name, is that name's English gloss: the same body. The
    gloss's head word ("Pole", "Front") need not say a body; the name before it does. An
    acronym in brackets is typed elsewhere; one word alone ("(Kelvo)") is a place as often."""
    if len(label.split()) < 2 or text[run.end:run.end + 1] != ")" \
            or text[max(0, run.begin - 1):run.begin] != "(":
        return False
    before = len(text[:run.begin - 1].rstrip())
    return any(e == before and k == "organization" for _b, e, k in typed)


def _glossing_body(text: str, run: Run, label: str, typed: list[tuple[int, int, str]]) -> bool:
    """"Llywodraeth Kelvo (Kelvish Government)": a name of two words or more in another language
    right before a bracket that an organisation's name of two words or more fills alone is that
    body by its own name, the bracket its English gloss (`_glossed_body` read the other way; a
    given name opening the name makes it a person and the bracket the person's body)."""
    if len(label.split()) < 2 or not text.startswith(" (", run.end):
        return False
    at = run.end + 2
    return any(b == at and k == "organization" and text[e:e + 1] == ")" and " " in text[b:e]
               for b, e, k in typed)


def _ends_before_known_as(text: str, at: int) -> list[int]:
    """Where a name may end that "known as" at `at` ties its short form to, nearest first: right
    before it, or, after a bracket closing a translation, inside the brackets and before them."""
    ends = [at]
    if at > 0 and text[at - 1] == ")":
        opening = text.rfind("(", 0, at - 1)
        if opening > 0 and "\n" not in text[opening:at]:
            ends += [at - 1, len(text[:opening].rstrip())]
    return ends
