"""New names: proper-name sequences the registry does not know ("Militant Labor Forum",
"Socialist Workers Party of Iran", "Pol Pot").

A name is a run of capitalised words, possibly joined by a connector ("of", "of the"), in
text no registry mention covers. It is dropped when it is only capitalised by position (one
word opening a sentence or a quotation, unless the same word is capitalised mid-sentence
elsewhere), when all its words are function words, titles, months, days or group words
("Israeli", "Jews"), when it is a lone acronym seen once and never introduced, when it is a
modifier glued to a known place ("Continental Europe"), or when it lies inside a title-case
quotation (a quoted title: "U.S. Hands off Iran!"). Its type comes from cues: a title before
it (person), a byline or letter name equal to it (person), or the head word before any
connector (kg/data/nlp/entities.toml [head_types]); otherwise schema:Thing.

This module is the orchestration (`find_new_names`): per region it builds the runs
(kg.nlp.entities.spans.capruns, whose edge rules are kg.nlp.entities.spans.runbounds), joins lists
(andlists, joins), reads initials (initials) and names inside names (nested), drops capitals by
position (openers), types each name (namekinds) and then the names together (framedkinds),
and last resolves short forms to the longer names the article gave before.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from kg.iri import slug
from kg.model import Document, Span
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import Evidence, evidence, lower_case_words
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.cues.phrases import founders_firm, phrases
from kg.nlp.entities.kinds import familynames
from kg.nlp.entities.kinds.framedkinds import (
    coordinated_with,
    coordinated_with_places,
    framed_runs,
    list_kinds,
    locative_list,
    paired_slot,
)
from kg.nlp.entities.kinds.interviews import interview_speakers, speaker_full_name
from kg.nlp.entities.kinds.movements import movement_adjective, movement_named
from kg.nlp.entities.kinds.namekinds import (
    heads_of_government,
    leading_place_short_forms,
    name_kind,
    owner_firms,
    site_place,
)
from kg.nlp.entities.registry.registry import normalise
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import joins
from kg.nlp.entities.spans.andlists import (
    areas_after_and,
    merge_and,
    people_ends,
    region_with_and,
    town_and_area,
)
from kg.nlp.entities.spans.brackets import join_brackets
from kg.nlp.entities.spans.capruns import find_runs, foreign_names, org_leads
from kg.nlp.entities.spans.countrynames import country_foreign_names
from kg.nlp.entities.spans.datednames import dated_bodies
from kg.nlp.entities.spans.federations import place_federations
from kg.nlp.entities.spans.initials import acronyms, headless_list_before_initials, named_by_initials
from kg.nlp.entities.spans.laws import join_laws
from kg.nlp.entities.spans.legalforms import legal_form_after_comma
from kg.nlp.entities.spans.longbodies import long_bodies
from kg.nlp.entities.spans.lowerheads import lower_heads
from kg.nlp.entities.spans.missions import join_missions, mission_before_initials
from kg.nlp.entities.spans.nameparts import (
    firm_short_forms,
    inner_names,
    union_names,
    union_short_forms,
)
from kg.nlp.entities.spans.nested import (
    acronym_union,
    acronyms_before_unit,
    constituencies,
    dedicated_names,
    federation_before_union,
    founder_firm,
    place_before_list,
    place_before_party,
    registry_body_before,
    unit_union,
)
from kg.nlp.entities.spans.nicknames import nickname_inside
from kg.nlp.entities.spans.openers import (
    adjective_before_people,
    drop_imperative,
    drop_initial_modifier,
    drop_initial_noun,
    drop_initial_role,
    drop_sentence_opener,
    firm_apposed,
    opener_organization,
    opener_with_firm,
    people_and_creed,
    title_case_lines,
    title_cased,
)
from kg.nlp.entities.spans.runs import PLACE_KINDS, NewName, Run, in_dateline, run_label, title_case
from kg.nlp.entities.spans.tablerows import first_cell
from kg.nlp.entities.spans.textspan import Region, TextIndex
from kg.nlp.entities.spans.titles import find_titles
from kg.reader import cues as reader_cues

# A model's code, one or two capitals and a number ("R40", "T34"), standing alone: a product
# the text names by its model (a mask, a tank), no person, place or body (set V, branch
# ent35). Registry names of that shape ("G7") are matched before any run.
_MODEL_CODE = re.compile(r"[A-Z]{1,2}\d{2,4}[A-Z]?")
# ... before the lower-case noun of the product, and after no "the" ("the G20 summit": a body)
_PRODUCT_AFTER = re.compile(r" [a-z]")
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_BY_AUTHOR = re.compile(r",?\s+(?:edited\s+)?by\s+(?=[A-Z])")
# capitals glued by "&" with no space, one token of the text ("AT&T"; sets AJ/AK, branch ent65)
_GLUED_CAPITALS = re.compile(rf"(?=(?:[{UPPER}]&?){{3}})[{UPPER}]+(?:&[{UPPER}]+)+")
_ROLE_KINDS = {"signer": "person", "place": "place"}  # kg.nlp.entities.spans.textspan region kinds


def find_new_names(doc: Document, tx: TextIndex, known: list[Match], regs: list[Region],
                   blocked: list[tuple[int, int]] = (),
                   org_label: Callable[[str], bool] = lambda label: False,
                   org_named: Callable[[str], str | None] = lambda surface: None) -> list[NewName]:
    """New entities and their mentions; may drop known mentions a longer new name absorbs
    ("Iran" in "Socialist Workers Party of Iran"), which are removed from `known` in place.
    `blocked` spans are never part of a new name (a registry name left unlinked on purpose).
    `org_label` says whether a label is a registry organisation's: a name ending in one is
    a branch of it ("Ohio State AFL-CIO"), a full name of its own before "and". `org_named`
    gives the label of the registry organisation a surface names whole, by its initials too."""
    cues = Cues()
    cues.org_label = org_label
    cues.org_named = org_named
    ev = evidence()
    text = doc.text
    lower = lower_case_words(text)
    covered = sorted(known, key=lambda m: m.begin)
    titles = find_titles(text, regs, covered)
    skip = list(blocked) + [(t.begin, t.end) for t in titles]
    authors = {m.end() for t in titles if t.same_as is None  # where a title's author's name starts
               and (m := _BY_AUTHOR.match(text, t.end))}
    runs: list[Run] = []
    for r in regs:
        if r.kind in ("headline", "deck") and title_cased(text[r.begin:r.end]):
            continue  # "Protests Hit Israel Over War": every word is capitalised, none says a name
        if r.kind in ("prose", "headline", "deck"):
            found = merge_and(text, find_runs(text, r, covered, cues, tx, skip, lower), cues, lower,
                              people_ends(covered))
            found = town_and_area(text, found, covered, cues)  # "Kelvinburg and Suburbs Bus Company"
            found = region_with_and(text, found, covered)  # "Upper Trinidad and Tobago"
            found = areas_after_and(text, found, covered, cues)  # "NHS Greater Kelvo and Dorrow"
            found = dated_bodies(text, found, cues)  # "the May 12 Youth Movement"
            found = country_foreign_names(text, found, covered)  # "the Kelvia Podrana Samitu"
            found = place_federations(text, found, covered)  # "the Kelvia and District of Dorrow AFL-CIO"
            found = joins.join_marks(text, r, found, covered, cues, tx)  # "Dorrow v. Bush", "A & B"
            found = join_laws(text, found, covered, cues)  # "the Right to Organize Act", "… Bill 2024"
            found = join_missions(text, found, covered)  # "the UN Interim Force in Kelvia"
            found = mission_before_initials(text, found)  # "the Kelvo Support mission (KS)"
            found = lower_heads(text, found)  # "the Kelvo-Dorvanskyi station", "the Atlantic coast"
            found = join_brackets(text, found, cues)  # "the Strikes (Minimum Service Levels) Bill"
            found = named_by_initials(text, r, found, covered + [Run(b, e, []) for b, e in skip], cues)
            found = foreign_names(text, r, found, covered)
            found = long_bodies(text, r, found, covered, cues)  # "Bouw- en Houtbond Gelderland"
            found = legal_form_after_comma(text, found)  # "Kelvanos de Dorrovia, S.A."
            found = nickname_inside(text, found, cues)  # "W.J. “Sonny” Dorrow"
            found = headless_list_before_initials(text, found, cues)  # "… Transport union (RMT)"
            found = constituencies(text, r, found, covered, cues)
            found = place_before_list(text, found, covered, cues)
            found = founder_firm(text, found, covered, cues)
            found = place_before_party(text, r, found, covered)  # "the Kelvia Democratic Party"
            found = federation_before_union(text, r, found, covered, cues)  # "the CIO United Auto Workers"
            found = acronyms_before_unit(text, found, covered, cues)  # "KAWU-CIO Local 312"
            found = dedicated_names(text, r, found, covered, cues)  # "Our Lady of Kelvin parish"
            runs += registry_body_before(text, found, covered, cues)
        elif r.kind in _ROLE_KINDS:  # a signer or a place line: its role types what it names
            for run in find_runs(text, r, covered, cues, tx, skip, lower):
                run.kind = _ROLE_KINDS[r.kind]
                runs.append(run)
    # a title is one name: a registry name inside it is part of it, no mention of its own
    # ("Malcolm X" in "Malcolm X Speaks", "Cuban Revolution" in "Dynamics of the Cuban Revolution")
    runs += [Run(t.begin, t.end, [(t.begin, t.end, text[t.begin:t.end])], kind=t.kind, same_as=t.same_as,
                 absorbed=[m for m in covered if t.begin <= m.begin and m.end <= t.end]) for t in titles]
    runs += [u for run in runs if (u := unit_union(text, run, covered, cues)) is not None]
    runs += [u for run in runs if (u := acronym_union(text, run, cues)) is not None]
    runs = framed_runs(text, regs, runs, covered)
    runs.sort(key=lambda run: run.begin)
    runs = title_case_lines(text, runs, tx, ev, cues, authors, covered)
    person_fields = {normalise(p.name): p.name for p in _people(doc)}
    mid_words = {w for run in runs for (b, _e, w) in run.words[:1] if not tx.is_sentence_start(b)}
    mid_labels = {run_label(text, run) for run in runs if not tx.is_sentence_start(run.begin)}
    # capitalised alone mid-sentence: "Landless" opening "the Landless Rural Workers Movement"
    # does not make a name of "Landless peasants" opening a sentence
    alone_words = {run.words[0][2] for run in runs
                   if len(run.words) == 1 and not tx.is_sentence_start(run.begin)}
    counts: dict[str, int] = {}
    for run in runs:
        counts[run_label(text, run)] = counts.get(run_label(text, run), 0) + 1
    # family names of people named family name first ("Park" of "Park Min-ho"): never junk
    family_names = {run.words[0][2] for run in runs
                    if ev.hyphenated_given_name([w for (_b, _e, w) in run.words])}
    kept: list[tuple[Run, str, tuple[str, bool]]] = []
    openers: list[Run] = []  # one word opening a sentence: a name only as a known short form
    for run in runs:
        dateline = in_dateline(doc, run)
        signed = normalise(run_label(text, run)) in person_fields  # "Anna de León is …" (set U)
        if run.kind is None and not dateline and not signed:  # the byline's name is a person whole
            run = drop_sentence_opener(run, tx)
            run = drop_imperative(text, run, tx, mid_words, cues, ev)  # "· Stop Kelvane Foods from …"
            run = drop_initial_noun(text, run, tx, mid_words, cues)
            if run is not None:  # "Direct Kelvane employees …" where "Kelvane" stands alone too
                run = drop_initial_modifier(text, run, tx, mid_words, mid_labels, cues, ev)
            if run is None or adjective_before_people(run, tx, mid_words, cues, ev) \
                    or people_and_creed(text, run, cues):
                continue  # "Young Kelvians marched", "the Kelvish Nationalist prisoners": no name
            run = drop_initial_role(run, tx, cues, ev, lower)
        label = run_label(text, run)
        words = [w for (_b, _e, w) in run.words]
        if dateline and all(title_case(w).rstrip(".") in cues.calendar for w in words):
            continue  # "AUG. 29 — The pact…": a dateline that is a date names no place
        # "AT&T", "KT&Q": capitals glued by a joiner are one word, no heading in capitals; the
        # lone acronym's test below weighs it ("R&D", "Q&A" stand by no body's cue)
        glued = len(words) > 1 and _GLUED_CAPITALS.fullmatch(label) is not None
        if glued:
            words = [label]
        if label.isupper() and not dateline and run.kind is None and len(words) > 1:
            # a byline or a heading in capitals: a name only if a given name opens it
            by = False
            while len(run.words) > 1 and title_case(run.words[0][2]) in cues.function:
                by = by or title_case(run.words[0][2]) == "By"  # "BY NICK CASTLE": an author
                run = Run(run.words[1][0], run.end, run.words[1:], run.title or by, run.absorbed)
            words = [w for (_b, _e, w) in run.words]
            if not ev.given_name_first([title_case(w) for w in words]):
                continue
            label = title_case(run_label(text, run))
        if dateline and label.isupper():
            label = title_case(label)
        if len(words) == 1 and run.kind is None and not dateline:
            w = words[0]
            if re.fullmatch(r"[A-Z]{2,}s", w):  # plural acronyms are common nouns: "IQs"
                continue
            if _MODEL_CODE.fullmatch(w) and _PRODUCT_AFTER.match(text, run.end) \
                    and not _THE_BEFORE.search(text, max(0, run.begin - 5), run.begin):
                continue  # "a single R40 respirator", "R40 respirators": a product's model, no name
            if re.fullmatch(rf"[{UPPER}][{UPPER}.&]+", w) and counts.get(label, 0) < 2 \
                    and not framing().acronym_at(text, run.begin, run.end) \
                    and not ev.employer(text, run.begin, run.end) \
                    and not ev.organization_before_name(text, run.begin) \
                    and not ev.organization_shape(text, run.end, label) \
                    and not cues.work_after.match(text, run.end) \
                    and not cues.org_apposition.match(text, run.end) \
                    and not framing().state_code_at(text, run.begin, run.end) \
                    and not phrases().named_as(text, run.begin) \
                    and not _short_form_known_as(text, run, runs, covered) \
                    and not _acronym_before_its_name(text, run.end, w):
                continue  # a lone acronym, unless an employer's or organisation's cue stands by it:
                # "the VTX grain terminal", "the strike at VTX", "a member of VTX", "the VTX law",
                # "VTX, the controllers union,", "the airport, known as VTX", "the Kelvo
                # Staff Association, known as KELSTA" (a name's short form, whatever its letters)
            # "Local 77 voted": a numbered unit with its number is a name wherever it stands, as
            # mid-sentence, no common noun capitalised by its place (sets AH/AI, branch ent54)
            numbered_unit = w in cues.numbered and w not in cues.numbered_places and label != w
            if tx.is_sentence_start(run.begin) and w not in alone_words and not numbered_unit \
                    and not (first_cell(text, run.begin, run.end) and ev.place_kind(w)):
                # a table row's label the gazetteer knows is a town (kg.nlp.entities.spans.tablerows)
                openers.append(run)
                continue
        union_named = len(words) == 1 and run.kind is None and not run.title \
            and cues.common_word_union.match(text, run.end) is not None \
            and _THE_BEFORE.search(text, max(0, run.begin - 5), run.begin) is not None
        if union_named:  # "the Community union": the union's name is the common word (set AO)
            run = Run(run.begin, run.end, run.words, run.title, run.absorbed, kind="organization")
        if (ev.is_junk(label, lower) or framing().generic_law(text, run.end, label)
                or framing().generic_elected_body(text, run.end, label)) \
                and run.kind is None and not run.title \
                and normalise(label) not in person_fields and label not in family_names:
            continue  # "Years Ago", "Union", "Position": a label or a common noun, no entity
        kind = name_kind(doc, text, run, label, person_fields, covered, cues, ev)
        if run.begin in authors and run.kind is None and (kind[0] == "thing" or not kind[1]) \
                and kind[0] != "organization":
            kind = ("person", True)  # "Harvest of Fire: … by Gurnam Dhillon-Reyes": the author
        kept.append((run, label, kind))
    # one label, one kind: a cue's kind beats a head word's, the first of each wins
    kind_of: dict[str, tuple[str, bool]] = {}
    for _run, label, (kind, strong) in kept:
        old = kind_of.get(label)
        if old is None or old[0] == "thing" or (strong and not old[1]):
            kind_of[label] = (kind, strong)
    for label, kind in list(kind_of.items()):
        if kind == ("organization", False) and site_place(text, label, kind_of, cues, ev):
            kind_of[label] = ("place", False)  # "the Kelvo mine … the blast at Kelvo"
    for label in leading_place_short_forms(kind_of, cues):
        kind_of[label] = ("place", False)  # "Kibbutz Kelvar … the Kelvar printing plant" (ent42)
    for label in firm_short_forms(kind_of, cues.firm_whole, lambda w: ev.place_kind(w) is not None):
        kind_of[label] = ("organization", True)  # "a strike at Kelvott" beside "Kelvott International"
    locals_of = union_names(kind_of, cues.union_units)  # "Kelvifor" of "Kelvifor Local 597"
    for label in union_short_forms(kind_of, cues.union_units):
        kind_of[label] = ("organization", True)  # "Kelvifor" beside "Kelvifor Local 597"
    for label in owner_firms(text, kept, kind_of, cues, ev):
        kind_of[label] = ("organization", True)  # "at Kelvora … Kelvora’s shafts": the firm
    for label in heads_of_government(text, kept, kind_of, ev):
        kind_of[label] = ("person", True)  # "the Dorrow government … Prime Minister Ann Dorrow"
    known_forms = {text[m.begin:m.end] for m in covered}  # "Militant: …": the paper's own turns
    speakers = {w for w in interview_speakers(text)
                if kind_of.get(w, ("thing", False))[0] == "thing" and head_word(w, cues) not in cues.heads
                and w not in known_forms and not ev.place_kind(w) and not common_words().common(w)}
    for label, kind in list(kind_of.items()):  # "Tallavi-Dorrow: The bosses …" twice (set X)
        if kind[0] == "thing" and (label in speakers or speaker_full_name(label, speakers)):
            kind_of[label] = ("person", True)
    typed = [(m.begin, m.end, m.entry.kind) for m in covered] + [
        (run.begin, run.end, kind_of[label][0]) for run, label, _k in kept]
    for run, label, _k in kept:  # "Kelvane Platinum, known as Kelplats,": the full name's kind
        at = phrases().known_as_after_name(text, run.begin)
        if kind_of[label][0] == "thing" and at is not None:
            # the whole name before it, not a place ending it ("… Association of Kelvia"); a
            # foreign name with its translation in brackets ("Sindicato … (National Union of …),
            # known as SINKELVO") gives the kind of either (sets AF/AG, branch ent50)
            for end in _ends_before_known_as(text, at):
                whole = min(((b, k) for (b, e, k) in typed if e == end), default=None)
                if whole is not None and whole[1] != "thing":
                    kind_of[label] = (whole[1], True)
                    break
    for run, label, _k in kept:  # "organized in Asokelva, the Kelvish Growers Association,"
        if not kind_of[label][1] and (at := _APPOSED_NAME.match(text, run.end)) is not None \
                and not ev.place_kind(label) and any(
                    b == at.end() and k == "organization" and _APPOSITION_END.match(text, e)
                    for b, e, k in typed):
            kind_of[label] = ("organization", True)  # the body its apposition names (set AA)
    for run, label, _k in kept:  # "fighting the Dorrathis": a movement named in the plural
        if kind_of[label][0] == "thing" and (movement_named(text, run.begin, run.end, label)
                                              or movement_adjective(text, run.end, label)) \
                and not ev.place_kind(label):
            kind_of[label] = ("organization", True)
            if kind_of.get(label[:-1], ("", False))[0] == "thing":  # "Dorrathi" beside it
                kind_of[label[:-1]] = ("organization", True)
    for run, label, _k in kept:  # "the Polo Dorrano (Dorran Pole)": the gloss in brackets
        if kind_of[label][0] == "thing" and _glossed_body(text, run, label, typed) \
                and not ev.place_kind(label):
            kind_of[label] = ("organization", True)  # names the body before it (set AE, ent53)
    for run, label, _k in kept:  # "Llywodraeth Kelvo (Kelvish Government)": the name before its
        if kind_of[label][0] == "thing" and _glossing_body(text, run, label, typed) \
                and not ev.place_kind(label) and not ev.gazetteer.is_given_name(label.split()[0]):
            kind_of[label] = ("organization", True)  # gloss, a body's English name (set AO, ent64)
    for run, label, _k in kept:  # "the strike at Tallowmine and Tucson": a town beside a town
        # typed a firm only by the employer's frame ("strike at", "miners at"), no head word and
        # no place of the gazetteer's, joined by "and"/"or" after a place's preposition to a
        # city or country the text names: the pair is two places, a mining camp and its
        # neighbour (set AL, branch ent65)
        if kind_of[label] == ("organization", False) and run.kind is None and not run.title \
                and ev.place_kind(label) is None and head_word(label, cues) not in cues.heads \
                and not framing().firm_only_frame(text, label) \
                and phrases().place_pair(text, run.begin, run.end, typed):
            kind_of[label] = ("place", False)
            typed.append((run.begin, run.end, "place"))
    for run, label, _k in kept:  # "loyal to Kelvo Dorrow in Kelvia and Tallis Wendo in Bramsk"
        if not kind_of[label][1] and (pair := paired_slot(text, run, typed)) is not None:
            kind_of[label] = (pair, False)
            typed.append((run.begin, run.end, pair))
    for run, label, _k in kept:  # "students from Harvel and Dorrow University", "Kelvane, Dorrow Foods and …"
        weak = kind_of[label][0] == "thing" or (kind_of[label] == ("place", False) and run.kind is None
                                                and ev.locative_before(text, run.begin)
                                                and ev.place_kind(label) is None
                                                and head_word(label, cues) not in cues.heads)
        if weak and coordinated_with(text, run, typed, ("organization",), kind_of[label][0] == "thing"):
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
        elif (kind_of[label][0] == "thing" and len(label.split()) in (2, 3)
              and head_word(label, cues) not in cues.heads
              and coordinated_with(text, run, typed, ("person",))):
            kind_of[label] = ("person", False)  # "killed Don Bragg and Ellery Hatfield"
        elif kind_of[label] == ("person", False) and run.kind is None and not run.title \
                and founders_firm(label.split(), ev.gazetteer.is_given_name) \
                and coordinated_with(text, run, typed, ("organization",)):
            # "Kelmar and Archer Dorrow Tallis will cut prices": a firm named for its founders,
            # listed with a firm, not a person by its first word (set R)
            kind_of[label] = ("organization", False)
            typed.append((run.begin, run.end, "organization"))
        elif (kind_of[label][0] == "thing" or kind_of[label] == ("person", False) and run.kind is None
              and not run.title and not ev.speaker(text, run.begin, run.end)
              and re.match(r"[ \t]*[,.;:)]", text[run.end:run.end + 3]) is not None) \
                and phrases().place_pair(text, run.begin, run.end, typed):
            # "the workers of Lisbon and Dorrig" (set R); "walkouts in Kelvin City and Binh Dorro":
            # a given name's spelling opening a province's name weighs less than the pair (ent42)
            kind_of[label] = ("place", False)
            typed.append((run.begin, run.end, "place"))
    list_kinds(text, kept, covered, kind_of, cues)
    # "Ramiro Gómez Urrieta … Gómez said": two family names, the first alone later
    alone = {run.words[0][2] for run in runs if len(run.words) == 1 and run.kind is None}
    family_of = familynames.two_family_names(kind_of, alone, lambda w: w in cues.heads,
                                             ev.gazetteer.is_given_name, common_words().common)
    for label in family_of:
        kind_of[label] = ("person", False)
    first_at: dict[str, int] = {}
    for run, label, _k in kept:
        first_at.setdefault(label, run.begin)
    full_names = [label for _r, label, _k in kept if len(label.split()) > 1]
    headings = [(r.begin, r.end) for r in regs if r.kind in ("headline", "deck")]

    def heading(at: int) -> bool:
        """A headline, deck or item title: it may shorten a name its text gives in full below
        ("Saint Kelvin nurses stay out" over "… at Saint Kelvin Hospital …")."""
        return any(b <= at < e for b, e in headings)

    def sentence_case_opener(at: int) -> bool:
        """The first word of a heading in sentence case ("Cane workers in Kelvia" over "the
        Cane Growers League of Kelvia …"): capitalised by its place, a lower-case word after it,
        so a common word there is no body's leading word (set AA, branch ent44)."""
        return any(b == at and re.match(r"\S+[ \u00a0]+[a-z]", text[b:e]) for b, e in headings)

    def longer_name(short: str, at: int) -> str | None:
        """The one earlier longer person or thing name ending in these words ("Palmeiro",
        "Sío Wong" after "Moisés Sío Wong"), or organisation name opening with them when
        nothing types them otherwise ("Great Lakes" after "Great Lakes Airlines"; in a
        heading, also before it)."""
        n = len(short.split())
        # "Dela Cruz said" after "Maricel dela Cruz": a surname's particle capitalised by position
        tails = {tuple(short.split()), tuple(w.lower() if w.lower() in cues.particles else w
                                             for w in short.split())}
        longer = {f for f in full_names if len(f.split()) > n and tuple(f.split()[-n:]) in tails
                  and kind_of[f][0] in ("person", "thing")
                  and (first_at[f] < at or heading(at) and kind_of[f][0] == "person")}  # "Okonkwo wins"
        # a storm by its name alone after its kind and name: "Helene" after "Hurricane Helene"
        longer |= {f for f in full_names if kind_of[f][0] == "event" and first_at[f] < at
                   and " ".join(f.split()[:-n]) in cues.storm_kinds and f.split()[-n:] == short.split()}
        # an organisation's leading words: "Great Lakes" after "Great Lakes Airlines"; not a
        # common noun capitalised by its place, which the article also writes in lower case
        # ("Farmers came from …" after "the Farmers Home Administration"), nor a common word
        # opening a heading in sentence case ("Cane workers in Kelvia")
        by_position = tx.is_sentence_start(at) and n == 1 and short.lower() in lower \
            or n == 1 and sentence_case_opener(at) and common_words().common(short)
        longer |= {f for f in full_names if len(f.split()) > n and f.split()[:n] == short.split()
                   and not by_position and short not in locals_of  # the union, not its local
                   and kind_of[f][0] == "organization" and (first_at[f] < at or heading(at))
                   and not kind_of.get(short, ("thing", False))[1]  # a weak kind: "Massey" a town,
                   # not a state, not a person ("Ana Beltrán" after "the Ana Beltrán Platoon")
                   and kind_of.get(short, ("thing", False))[0] not in ("place", "country", "person")}
        # a first family name: "Gómez" after "Ramiro Gómez Urrieta" (kg.nlp.entities.kinds.familynames)
        longer |= {f for f, middle in family_of.items() if middle == short and first_at[f] < at}
        # a school by a word of its name: "the Polytechnic", "the Mexican Polytechnic" after "the
        # Kelvo Polytechnic Institute", whatever "at the" made of it (set R)
        if not kind_of.get(short, ("thing", False))[1] and not ev.place_kind(short):
            longer |= {f for f in full_names if kind_of[f][0] == "organization" and first_at[f] < at
                       and phrases().school_short(short.split(), f.split(), cues.group)}
        if len(longer) > 1:  # "Kelvane" after "Kelvane Motor" and "Kelvane Motor Workers Union"
            first = min(longer, key=lambda f: len(f.split()))
            if all(f.split()[:len(first.split())] == first.split() for f in longer):
                return first  # the others are names built on it
        return longer.pop() if len(longer) == 1 else None

    def first_name_of(short: str, run: Run) -> str | None:
        """"women like Teté were …" after "Teté Puebla": a one-word name that only the place
        gazetteer types (no locative word or place phrase before it, no given name the
        gazetteer knows) and that opens exactly one person's full name named before is that
        person, called by the name friends use (a town of Mozambique is spelled so too)."""
        kind, strong = kind_of.get(short, ("thing", False))
        if len(short.split()) != 1 or kind not in PLACE_KINDS or strong \
                or ev.locative_before(text, run.begin) or ev.gazetteer.is_given_name(short) \
                or cues.place_before.search(text, max(0, run.begin - 40), run.begin):
            return None
        full = {f for f in full_names if f.split()[0] == short and kind_of[f][0] == "person"
                and first_at[f] < run.begin}
        return full.pop() if len(full) == 1 else None

    surnames: dict[str, set[str]] = {}  # the people the article names in full, by surname
    for m in covered:
        if m.entry.kind == "person" and len(m.entry.label.split()) > 1:
            surnames.setdefault(surname(m.entry.label), set()).add(m.entry.key)
    givens: dict[str, dict[str, int]] = {}  # … and by given name: where each is first named
    for m in covered:
        if m.entry.kind == "person" and len(m.entry.label.split()) > 1:
            at = givens.setdefault(m.entry.label.split()[0], {})
            at[m.entry.key] = min(at.get(m.entry.key, m.begin), m.begin)
    for label, (kind, _strong) in kind_of.items():
        if kind == "person" and len(label.split()) > 1:
            surnames.setdefault(surname(label), set()).add(label)
            givens.setdefault(label.split()[0], {})[label] = first_at[label]
    leads = org_leads(covered)  # "Peabody" of "Peabody Energy", where the firm is first named
    inner: dict[str, dict[str, int]] = {}  # … and by an inner word ("Kelvo" of "Ana Kelvo da Tessaro")
    for m in covered:
        if m.entry.kind == "person":
            for w in inner_names(m.entry.label):
                inner.setdefault(w, {}).setdefault(m.entry.key, m.begin)
    for label, (kind, _strong) in kind_of.items():
        if kind == "person":
            for w in inner_names(label):
                inner.setdefault(w, {})[label] = first_at[label]

    def shared_surname(short: str, at: int) -> bool:
        """"Workers demand Kelvapaksa go" in a heading over an article that names two people of
        that surname in full ("President Gotava Kelvapaksa", "Prime Minister Mahinda
        Kelvapaksa"): a person, though not one of them more than the other (set AA, branch
        ent46). In the text itself the sentences around tell them apart (the speakers' stage
        reads "Vance said … she said" as the one of them a pronoun names), so only a heading."""
        if not heading(at):
            return False
        people = {f for f in full_names if len(f.split()) > 1 and surname(f) == short
                  and kind_of[f][0] == "person"}
        people |= {m.entry.key for m in covered if m.entry.kind == "person"
                   and len(m.entry.label.split()) > 1 and surname(m.entry.label) == short}
        return len(people) > 1 and not ev.place_kind(short)

    for run in openers:  # "Romero pointed to…" after "Luis Romero": a short form, not a capital
        full = longer_name(run.words[0][2], run.begin)
        if full:
            kept.append((run, run.words[0][2], kind_of[full]))
        elif run.words[0][2] in locals_of and not ev.place_kind(run.words[0][2]) \
                and run.words[0][2].lower() not in lower:
            # "Kelvifor says …" where the article names "Kelvifor Local 597", before or after:
            # the union whose local it is (branch ent58); a town keeps its kind ("Tallow Local 3")
            kind_of[run.words[0][2]] = ("organization", True)
            kept.append((run, run.words[0][2], kind_of[run.words[0][2]]))
        elif len(surnames.get(run.words[0][2], ())) == 1 and not ev.place_kind(run.words[0][2]):
            # "Carter sent troops." before "Jimmy Carter": the one person of that surname
            # (kg.nlp.entities.mentions makes it that person's mention)
            kept.append((run, run.words[0][2], ("person", True)))
        elif run.words[0][2] not in surnames and not ev.place_kind(run.words[0][2]) \
                and len(at := givens.get(run.words[0][2], {})) == 1 and min(at.values()) < run.begin:
            # "Dimitris said" after "Dimitris Kelvanos, a docker,": the one person the article
            # named in full with that given name (kg.nlp.entities.mentions makes it his mention)
            kept.append((run, run.words[0][2], ("person", True)))
        elif leads.get(run.words[0][2], run.begin) < run.begin and ev.firm_officer(text, run.end):
            # "Peabody chief executive Dana Ortiz …" after "Peabody Energy": a registry firm's
            # first word, its short form (kg.nlp.entities.mentions links it; branch ent26)
            kind_of.setdefault(run.words[0][2], ("organization", False))
            kept.append((run, run.words[0][2], kind_of[run.words[0][2]]))
        elif run.words[0][2] not in surnames and run.words[0][2] not in givens \
                and (not ev.place_kind(run.words[0][2]) or ev.speaker(text, run.begin, run.end)
                     or cues.role_after.match(text, run.end)) \
                and len(at := inner.get(run.words[0][2], {})) == 1 and min(at.values()) < run.begin:
            # "Kelvo, a former metalworker, led …" after "Ana Beatriz Kelvo da Tessaro": the one
            # person the article named in full with that word inside (set R; kg.nlp.entities.mentions
            # makes it that person's mention); a town's name too where a person's cue stands by it
            # ("Fonseca described …" after "Ana Teresa Fonseca Leyva", set W, branch ent38)
            kept.append((run, run.words[0][2], ("person", True)))
        elif opener_organization(text, run, cues, ev, lower):
            # "Morrow, the energy company, raised prices", "Kelvex management refused": the
            # sentence opens with a firm's name the text says is one; an apposition or a rival
            # says so more firmly than a weak kind elsewhere ("at Tessaro") (set R)
            w = run.words[0][2]
            if (cues.org_apposition.match(text, run.end) or firm_apposed(text, run)) \
                    and not kind_of.get(w, ("thing", False))[1]:
                kind_of[w] = ("organization", True)
            kind_of.setdefault(w, ("organization", False))
            kept.append((run, w, kind_of[w]))
        elif movement_adjective(text, run.end, run.words[0][2]) \
                and not ev.place_kind(run.words[0][2]) and run.words[0][2].lower() not in lower:
            # "Dorrathi fighters took the town": the movement's own form opening a sentence
            kind_of[run.words[0][2]] = ("organization", True)
            kept.append((run, run.words[0][2], kind_of[run.words[0][2]]))
        elif opener_with_firm(text, run, ev, lower):
            # "Kelvatek and Dorrowa, which built the reactors,": the pair's clause says firms (set X)
            kind_of.setdefault(run.words[0][2], ("organization", False))
            kept.append((run, run.words[0][2], kind_of[run.words[0][2]]))
        elif framing().dateline_town(run.words[0][2], [d.value for d in doc.datelines]) \
                or framing().placed_by_apposition(text, run.end) \
                or ev.place_kind(run.words[0][2]) and framing().directory_town(text, run.begin, run.end):
            # "Lorain steelworkers struck." under "LORAIN, Ohio—": the dateline's town; "Kelvo, a
            # mining town,"; "Stockholm: Box 5024" opening a directory's line
            kind_of.setdefault(run.words[0][2], (ev.place_kind(run.words[0][2]) or "place", True))
            kept.append((run, run.words[0][2], kind_of[run.words[0][2]]))
        elif ev.place_kind(run.words[0][2]) and coordinated_with_places(text, run, covered):
            # a town opening a line or sentence before its state: "Harrisburg, Illinois"
            kind_of.setdefault(run.words[0][2], (ev.place_kind(run.words[0][2]) or "place", True))
            kept.append((run, run.words[0][2], kind_of[run.words[0][2]]))
    for run, label, _k in kept:  # "demand Kelvapaksa go" over two Kelvapaksas named in full
        if run.kind is None and len(label.split()) == 1 \
                and kind_of.get(label, ("thing", False))[0] == "thing" \
                and longer_name(label, run.begin) is None and shared_surname(label, run.begin):
            kind_of[label] = ("person", False)
    kept = [k for k in kept if not _common_word_alone(k[0], k[1], kind_of, cues, ev)
            or normalise(k[1]) in person_fields or k[1] in family_names or k[1] in surnames
            or longer_name(k[1], k[0].begin) or first_name_of(k[1], k[0])]
    kept.sort(key=lambda k: k[0].begin)
    names: dict[str, NewName] = {}
    for run, label, _ in kept:
        if label.endswith("s") and label[:-1] in kind_of:
            label = label[:-1]
        if run.kind is None:  # a short form of a longer new name seen before ("Palmeiro")
            short = label
            label = longer_name(label, run.begin) or first_name_of(label, run) or label
            b = _family_names_before(text, run, short, label, cues) \
                if label != short and kind_of.get(label, ("thing", False))[0] == "person" else run.begin
            if b < run.begin:  # "Castro de Tallow" after "Marta Castro de Tallow": the name whole
                known[:] = [m for m in known if not (b <= m.begin and m.end <= run.begin)]
                run = dataclasses.replace(run, begin=b)
        own = label
        if run.same_as:  # "Harvest of Fire" again: the work named in full
            label = re.sub(r"\s+", " ", run.same_as)
        # a label set apart from the run's text ("‘Kelvo Weekly’ Fighting Fund" → its words):
        # the kind the run's own text was given
        kind = kind_of.get(label, kind_of.get(own, ("thing", False)))[0]
        if kind == "person" and normalise(label) in person_fields:
            label = person_fields[normalise(label)]
        key = f"{kind}/{slug(label)}"
        n = names.setdefault(key, NewName(key, label, kind))
        n.spans.append(Span(run.begin, run.end))
        form = re.sub(r"\s+", " ", text[run.begin:run.end])
        if form != label and form not in n.forms:
            n.forms.append(form)
        for m in run.absorbed:
            if m in known:
                known.remove(m)
    acronyms(text, names, known, regs, tx)
    return list(names.values())


_SPELLED_AFTER = re.compile(r",\s+the\s+([A-Z][^,.;:()\n]{3,120})")


def _acronym_before_its_name(text: str, end: int, word: str) -> bool:
    """"organized in the KOSIBAR, the Coordinadora de Sindicatos …": an all-capitals word
    before ", the" and a name that opens with its first letter and holds all its letters in
    order is that name's short form, of whatever length (syllables, not initials, as Spanish
    bodies shorten their names; set AF, branch ent53). Shouting ("NOW, the …") fails the
    letters' test."""
    m = _SPELLED_AFTER.match(text, end)
    if m is None or len(word) < 3 or m.group(1)[0] != word[0]:
        return False
    rest = iter(m.group(1).lower())
    return all(ch in rest for ch in word.lower() if ch.isalpha())


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


def _short_form_known_as(text: str, run: Run, runs: list[Run], covered: list[Match]) -> bool:
    """"the Kelvo Senior Staff Association of Kelvia, known as KELSTA,": a lone acronym after
    ", known as" right after a name (a run or a registry name ends there) is that name's short
    form, whatever its letters spell (sets AD/AE, branch ent47); after a noun ("the strikers,
    known as …") it is not. Initials before a number ("known as KC 204-15", a court's ruling
    by its court's initials and its number and year) are the ruling's code, no body's short
    form: the initials alone name nothing there (set AG, branch ent51)."""
    at = phrases().known_as_after_name(text, run.begin)
    return at is not None and not framing().code_after(text, run.end) \
        and (any(r.end == at for r in runs) or any(m.end == at for m in covered))


def _family_names_before(text: str, run: Run, short: str, full: str, cues: Cues) -> int:
    """Where a person's short form begins when the words of the full name before it stand
    right before it, a particle last: "Castro de Tallow interviewed …" after "Marta Castro de
    Tallow", where "Castro" is a registry person's name alone and cut the run, leaving "Tallow"
    (a short form already) and a mention of the other person (set X). The given name is no part
    of such a prefix (the whole name would have been one run); run.begin where none stands.
    The particle alone before it is such a prefix too: "de Tallow said" after "F.W. de Tallow"
    is the person's short form with its particle, as printed (set AB, branch ent45). A
    particle may be printed capitalised there ("De los Tallow said" after "Ana de los Tallow":
    a sentence opens with it), and the whole particle is the name's, not its last word alone
    (set AG, branch ent51)."""
    words, n = full.split(), len(short.split())
    if len(words) < n + 2 or words[-n - 1] not in cues.particles:
        return run.begin
    for j in range(1, len(words) - n):
        prefix = " ".join(words[j:-n]) + " "
        b = run.begin - len(prefix)
        if b >= 0 and _same_prefix(text[b:run.begin], prefix, cues) \
                and (b == 0 or not text[b - 1].isalnum()):
            return b
    return run.begin


def _same_prefix(printed: str, prefix: str, cues: Cues) -> bool:
    """The words before a short form are the full name's, a particle's case aside ("De los"
    for "de los")."""
    if printed == prefix:
        return True
    got, want = printed.split(" "), prefix.split(" ")
    return len(got) == len(want) and all(g == w or w.lower() in cues.particles and g.lower() == w.lower()
                                         for g, w in zip(got, want, strict=True))


# a name, a comma, "the" and another name in apposition ("Asokelva, the Kelvish Growers
# Association of Dorrovia,"): both name one thing
_APPOSED_NAME = re.compile(r",\s+the\s+")
# … the apposition closed by a full stop or a comma that opens no further list member ("in
# Gisborne, the Engineers Union, and the …" is a list of three)
_APPOSITION_END = re.compile(r"\s*(?:[.;:)]|,(?!\s+(?:and|or|the)\s)(?!\s+[A-Z]))")


def _common_word_alone(run: Run, label: str, kind_of: dict[str, tuple[str, bool]], cues: Cues,
                       ev: Evidence) -> bool:
    """A one-word name nothing types (no head word, cue, gazetteer entry, title or role line)
    that is a common English word (kg.nlp.entities.cues.commonwords: "Freedom", "Jobs", "End",
    "Underground", "We’re") names nothing: a slogan's noun, a subheading's word, a piece cut
    from a longer name. Not an acronym ("NATO"), a word with a capital inside ("KelCorp"), a
    given name ("Dolores"), a compass word ("the West": a region) or one of the common words
    that name one thing (`common_word_names`: "the party of God"); the caller keeps a
    person's surname and a longer name's short form."""
    if len(label.split()) != 1 or run.kind is not None or run.title or run.same_as:
        return False
    if kind_of.get(label, ("thing", False))[0] != "thing":
        return False
    bare = re.sub(r"['’]s$", "", label)
    if sum(c.isupper() for c in bare) > 1 or ev.gazetteer.is_given_name(bare) or ev.place_kind(bare) \
            or bare in cues.compass or bare in cues.common_names:
        return False
    return common_words().common(bare)


def surname(label: str) -> str:
    """The last word of a person's name, a generational suffix aside ("Martin Luther King Jr.");
    the first where a hyphenated given name ends it ("Park Min-ho", "Chung Hye-jin"): Korean
    names put the family name first, and a later "Park" is that person. So does an older
    spelling of a Korean name, a family name then two syllables written apart ("Kim Dae Ho",
    "Roh Moo Hyun"; set X, branch ent40): the family name is one of
    kg/data/reader/east-asian-family-names.txt and each word after it one syllable."""
    words = [w for w in label.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III")]
    if 2 <= len(words) <= 3 and _FAMILY_FIRST.fullmatch(words[-1]):
        return words[0]
    if family_first(words):
        return words[0]
    return words[-1] if words else label


def east_asian_family_names() -> frozenset[str]:
    """The East Asian family names of the build's data folder (its
    reader/east-asian-family-names.txt), not the package's: kg.nlp.cuedata.bind binds the
    data folder's reader cues with its nlp/ cue files (cached there, per folder)."""
    return reader_cues.east_asian_family_names()


def family_first(words: list[str]) -> bool:
    """"Kim Dae Ho": an East Asian family name, then a given name of two syllables written as
    two words, each one romanised syllable (`_SYLLABLE`; "Ann Marie" after "Lee" is none)."""
    return len(words) == 3 and words[0].lower() in east_asian_family_names() \
        and all(_SYLLABLE.fullmatch(w) for w in words[1:])


# a given name of two syllables joined by a hyphen, the second in lower case ("Min-ho")
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")
# one syllable of Korean romanised, capitalised ("Dae", "Young", "Jung", "Moo", "Hyun"): an
# initial, a glide, one vowel or diphthong, a final consonant (as kg.reader.patterns reads them)
_SYLLABLE = re.compile(r"(?:Kk|Tt|Pp|Ss|Jj|Ch|Sh|[GKNDTRLMBPSJHCWYZ])?[wy]?"
                       r"(?:ae|eo|eu|oe|ui|oo|ee|ou|ai|a|e|i|o|u)(?:ng|[knlmptgbh])?")


def _people(doc: Document):
    out = list(doc.bylines) + [i.author for i in doc.items if i.author]
    if doc.letter:
        out += [p for p in (doc.letter.sender, doc.letter.recipient) if p]
    return out
