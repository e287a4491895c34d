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

This module is the orchestration (`find_new_names`), in phases, each in one place:
1. the runs of every region (`_document_runs`): the scanner's runs (kg.nlp.entities.spans.capruns,
   whose edge rules are kg.nlp.entities.spans.runbounds) through the joins of
   kg.nlp.entities.spans.regionsteps `REGION_STEPS` (a new join goes there), titles of works;
2. each run cut by position, dropped or kept with its own kind (`_keep_or_drop`; openers, and
   kg.nlp.entities.kinds.namekinds `NAME_RULES`: a new typing of one name goes there);
3. one label, one kind, then the kinds read together: kg.nlp.entities.kinds.resolve `KIND_STEPS`
   (a new typing that needs all names goes there);
4. one word opening a sentence read as a short form: kg.nlp.entities.kinds.shortforms
   `OPENER_READERS` (a new reading goes there);
5. the names assembled (`_assemble`: short forms to their longer names), then their acronyms.
Every step reads one kg.nlp.entities.spans.namecontext `NameContext`; `KG_TRACE_NAMES=1` logs
which step changed the runs or the kinds and which rule typed each name (logger
"kg.nlp.entities.names", DEBUG).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from kg.iri import slug
from kg.model import Document, Span
from kg.nlp import textwindow
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import Evidence, evidence, lower_case_words
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.cues.phrases import phrases
from kg.nlp.entities.cues.provinces import province_after
from kg.nlp.entities.kinds.bracketacronyms import glossed_in_bracket
from kg.nlp.entities.kinds.framedkinds import framed_runs
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.kinds.namekinds import name_kind
from kg.nlp.entities.kinds.resolve import resolve_kinds
from kg.nlp.entities.kinds.shortforms import ShortForms, family_names_before, opener_kind
from kg.nlp.entities.kinds.shortforms import family_first as family_first
from kg.nlp.entities.kinds.shortforms import surname as surname
from kg.nlp.entities.registry.registry import normalise
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import find_runs
from kg.nlp.entities.spans.initials import acronyms
from kg.nlp.entities.spans.namecontext import NameContext, signed_people
from kg.nlp.entities.spans.nested import acronym_union, unit_union
from kg.nlp.entities.spans.nicknames import nickname_inside
from kg.nlp.entities.spans.openers import (
    adjective_before_people,
    demonym_before_noun,
    drop_adjective_before_acronym,
    drop_imperative,
    drop_initial_modifier,
    drop_initial_noun,
    drop_initial_role,
    drop_sentence_opener,
    people_and_creed,
    title_case_lines,
    title_cased,
)
from kg.nlp.entities.spans.placelines import joined_places
from kg.nlp.entities.spans.regionsteps import region_runs
from kg.nlp.entities.spans.runs import NewName, Run, in_dateline, rest_run, run_label, title_case
from kg.nlp.entities.spans.tablerows import first_cell
from kg.nlp.entities.spans.textspan import Region, TextIndex
from kg.nlp.entities.spans.titleplaces import places_in_title
from kg.nlp.entities.spans.titles import Title, find_titles

# A model's code, one or two capitals and a number ("R40", "T34"), standing alone: a product
# the text names by its model (a mask, a tank), no person, place or body (set V, branch
# ent35). Registry names of that shape ("G7") are matched before any run.
_MODEL_CODE = re.compile(r"[A-Z]{1,2}\d{2,4}[A-Z]?")
# ... before the lower-case noun of the product, and after no "the" ("the G20 summit": a body)
_PRODUCT_AFTER = re.compile(r" [a-z]")
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_THE_WINDOW = 5  # "the" and its space right before a run: where _THE_BEFORE is looked for
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
    gives the label of the registry organisation a surface names whole, by its initials too.

    The phases, in order: the runs of every region (`_document_runs`), each kept or dropped
    and typed alone (`_keep_or_drop`), one kind per label and the kinds read together
    (kg.nlp.entities.kinds.resolve), the openers read as short forms
    (kg.nlp.entities.kinds.shortforms), the names assembled (`_assemble`), their acronyms."""
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
    ctx = NameContext(doc, text, tx, regs, covered, cues, ev, lower, skip)
    ctx.runs = _document_runs(ctx, titles, authors)
    seen = _Seen.of(ctx, authors)
    kept, openers = _keep_or_drop(ctx, seen)
    kinds = resolve_kinds(ctx, kept)
    short = ShortForms(ctx, kept, kinds)
    for run in openers:  # "Romero pointed to…" after "Luis Romero": a short form, not a capital
        kind = opener_kind(short, run)
        if kind is not None:
            kept.append((run, run.words[0][2], kind))
    kind_of = kinds.of
    for run, label, _k in kept:  # "demand Kelvapaksa go" over two Kelvapaksas named in full
        if run.kind is None and len(label.split()) == 1 \
                and kind_of.get(label, ("thing", False))[0] == "thing" \
                and short.longer_name(label, run.begin) is None and short.shared_surname(label, run.begin):
            kind_of[label] = ("person", False)
    kept = [k for k in kept if not _common_word_alone(k[0], k[1], kind_of, cues, ev)
            or normalise(k[1]) in seen.person_fields or k[1] in seen.family_names or k[1] in short.surnames
            or short.longer_name(k[1], k[0].begin) or short.first_name_of(k[1], k[0])]
    kept = [k for k in kept if not short.surname_pair(k[1])]  # "the Dorrow-Kelvane race": two people
    kept.sort(key=lambda k: k[0].begin)
    names = _assemble(ctx, kept, kinds, short, seen.person_fields, known)
    acronyms(text, names, known, regs, tx)
    return list(names.values())


def _document_runs(ctx: NameContext, titles: list[Title], authors: set[int]) -> list[Run]:
    """Every run of the document, by where it begins: each region's (a prose, headline or deck
    region through kg.nlp.entities.spans.regionsteps; a signer or place line typed by its role),
    the titles of works, a union inside a local's name, the framed runs, Title Case lines cut."""
    text, tx, covered, cues, ev = ctx.text, ctx.tx, ctx.covered, ctx.cues, ctx.ev
    runs: list[Run] = []
    for r in ctx.regs:
        if r.kind in ("headline", "deck") and title_cased(text[r.begin:r.end]):
            # "Protests Hit Israel Over War": every word is capitalised, none says a name; a
            # known place after "in" does ("… in Kettering", kg.nlp.entities.spans.titleplaces)
            runs += places_in_title(ctx, r)
            continue
        if r.kind in ("prose", "headline", "deck"):
            runs += region_runs(ctx, r)
        elif r.kind in _ROLE_KINDS:  # a signer or a place line: its role types what it names
            role_runs = find_runs(text, r, covered, cues, tx, ctx.skip, ctx.lower)
            if r.kind == "signer":  # "Kendall “Skip” Dorrow": the nickname inside, one name
                role_runs = nickname_inside(text, role_runs, cues)
            else:  # "Couva, Trinidad and Tobago": a country named with "and", one place
                role_runs = joined_places(text, role_runs)
            for run in role_runs:
                run.kind = _ROLE_KINDS[r.kind]
                runs.append(run)
    # a title is one name: a registry name inside it is part of it, no mention of its own
    # ("Malcolm X" in "Malcolm X Speaks", "Cuban Revolution" in "Dynamics of the Cuban Revolution")
    runs += [Run(t.begin, t.end, [(t.begin, t.end, text[t.begin:t.end])], kind=t.kind, same_as=t.same_as,
                 absorbed=[m for m in covered if t.begin <= m.begin and m.end <= t.end]) for t in titles]
    runs += [u for run in runs if (u := unit_union(text, run, covered, cues)) is not None]
    runs += [u for run in runs if (u := acronym_union(text, run, cues)) is not None]
    runs = framed_runs(text, ctx.regs, runs, covered)
    runs.sort(key=lambda run: run.begin)
    return title_case_lines(text, runs, tx, ev, cues, authors, covered)


@dataclasses.dataclass(frozen=True)
class _Seen:
    """What the whole document's runs say about each one, read before any is kept."""

    person_fields: dict[str, str]  # the byline's and letter's people, by normalised name
    mid_words: set[str]  # first words of runs mid-sentence
    mid_labels: set[str]  # labels of runs mid-sentence
    # capitalised alone mid-sentence: "Landless" opening "the Landless Rural Workers Movement"
    # does not make a name of "Landless peasants" opening a sentence
    alone_words: set[str]
    counts: dict[str, int]  # how often each label stands
    # family names of people named family name first ("Park" of "Park Min-ho"): never junk
    family_names: set[str]
    authors: set[int]  # where a title's author's name starts

    @classmethod
    def of(cls, ctx: NameContext, authors: set[int]) -> _Seen:
        text, tx, runs = ctx.text, ctx.tx, ctx.runs
        person_fields = {normalise(p.name): p.name for p in signed_people(ctx.doc)}
        mid_words = {w for run in runs for (b, _e, w) in run.words[:1] if not tx.is_sentence_start(b)}
        mid_labels = {run_label(text, run) for run in runs if not tx.is_sentence_start(run.begin)}
        alone_words = {run.words[0][2] for run in runs
                       if len(run.words) == 1 and not tx.is_sentence_start(run.begin)}
        counts: dict[str, int] = {}
        for run in runs:
            counts[run_label(text, run)] = counts.get(run_label(text, run), 0) + 1
        family_names = {run.words[0][2] for run in runs
                        if ctx.ev.hyphenated_given_name([w for (_b, _e, w) in run.words])}
        return cls(person_fields, mid_words, mid_labels, alone_words, counts, family_names, authors)


def _keep_or_drop(ctx: NameContext, seen: _Seen) -> tuple[Kept, list[Run]]:
    """Each run cut, dropped or kept with its own kind (kg.nlp.entities.kinds.namekinds), in
    order; and the openers: one word opening a sentence, a name only as a known short form."""
    doc, text, tx, cues, ev = ctx.doc, ctx.text, ctx.tx, ctx.cues, ctx.ev
    kept: Kept = []
    openers: list[Run] = []
    # the registry mentions no run absorbed: "Iowa" inside "Iowa Citizens for …" is no place
    # of its own, and lists no name beside it with the places (real42)
    absorbed = {id(m) for run in ctx.runs for m in run.absorbed}
    known = [m for m in ctx.covered if id(m) not in absorbed]
    for run in ctx.runs:
        dateline = in_dateline(doc, run)
        signed = normalise(run_label(text, run)) in seen.person_fields  # "Anna de León is …" (set U)
        if run.kind is None and not dateline and not signed:  # the byline's name is a person whole
            run = _cut_by_position(ctx, run, seen)
            if run is None:
                continue
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
            run = _capitals_line(ctx, run)
            if run is None:
                continue
            words = [w for (_b, _e, w) in run.words]
            label = title_case(run_label(text, run))
        if dateline and label.isupper():
            label = title_case(label)
        if len(words) == 1 and run.kind is None and not dateline:
            w = words[0]
            # "Local 77 voted": a numbered unit with its number is a name wherever it stands, as
            # mid-sentence, no common noun capitalised by its place (sets AH/AI, branch ent54),
            # nor a lone acronym seen once ("back DC 61": a council's initials; set BH, ent92)
            numbered_unit = w in cues.numbered and w not in cues.numbered_places and label != w
            if not numbered_unit and _no_name_alone(ctx, run, w, label, seen):
                continue
            if tx.is_sentence_start(run.begin) and w not in seen.alone_words and not numbered_unit \
                    and not (first_cell(text, run.begin, run.end) and ev.place_kind(w)) \
                    and not province_after(text, run.end):  # "Kelvora province was hit" (ent116)
                # a table row's label the gazetteer knows is a town (kg.nlp.entities.spans.tablerows)
                openers.append(run)
                continue
        union_named = len(words) == 1 and run.kind is None and not run.title \
            and cues.common_word_union.match(text, run.end) is not None \
            and textwindow.before(_THE_BEFORE, text, run.begin, _THE_WINDOW) is not None
        if union_named:  # "the Community union": the union's name is the common word (set AO)
            run = Run(run.begin, run.end, run.words, run.title, run.absorbed, kind="organization")
        if (ev.is_junk(label, ctx.lower) or framing().generic_law(text, run.end, label)
                or framing().generic_elected_body(text, run.end, label)
                or _gerund_with_object(text, run, words)) \
                and run.kind is None and not run.title \
                and normalise(label) not in seen.person_fields and label not in seen.family_names:
            continue  # "Years Ago", "Union", "Position": a label or a common noun, no entity
        kind = name_kind(doc, text, run, label, seen.person_fields, known, cues, ev, ctx.trace)
        if run.begin in seen.authors and run.kind is None and (kind[0] == "thing" or not kind[1]) \
                and kind[0] != "organization":
            kind = ("person", True)  # "Harvest of Fire: … by Gurnam Dhillon-Reyes": the author
        kept.append((run, label, kind))
    return kept, openers


# an article right after a word, then a capital: the word governs a name ("toward Building the …")
_ARTICLE_THEN_NAME = re.compile(r"[ \t]+(?:the|a|an|its|their|our)[ \t]+[A-Z]")


def _gerund_with_object(text: str, run: Run, words: list[str]) -> bool:
    """A lone capitalised "-ing" word with an article and a name after it is a verb of a title
    in Title Case, no name ("the First National Conference toward Building the Kelvish Workers
    Party": "Building" alone was typed a place by its head word; a real 2003 page). A common
    English word only, and no town: "in Beijing the regime …" names the city."""
    w = words[0] if len(words) == 1 else ""
    return len(w) > 5 and w.endswith("ing") and _ARTICLE_THEN_NAME.match(text, run.end) is not None \
        and common_words().common(w) and evidence().place_kind(w) is None  # not "in Beijing the …"


def _cut_by_position(ctx: NameContext, run: Run, seen: _Seen) -> Run | None:
    """A run nothing typed yet, with the words its place capitalised cut off (a sentence's
    opener, an imperative, a leading noun, modifier or role: kg.nlp.entities.spans.openers);
    None where nothing of it is a name ("Young Kelvians marched", "the Kelvish Nationalist
    prisoners")."""
    text, tx, cues, ev = ctx.text, ctx.tx, ctx.cues, ctx.ev
    run = drop_sentence_opener(run, tx, ev)
    run = drop_imperative(text, run, tx, seen.mid_words, cues, ev)  # "· Stop Kelvane Foods from …"
    run = drop_initial_noun(text, run, tx, seen.mid_words, cues)
    if run is not None:  # "Direct Kelvane employees …" where "Kelvane" stands alone too
        run = drop_initial_modifier(text, run, tx, seen.mid_words, seen.mid_labels, cues, ev)
    if run is not None:  # "Mandatory KUTC drills …": the adjective off the acronym
        run = drop_adjective_before_acronym(run, tx, seen.mid_words, cues, ev)
    if run is None or adjective_before_people(run, tx, seen.mid_words, cues, ev) \
            or people_and_creed(text, run, cues) or demonym_before_noun(text, run):
        return None  # "Young Kelvians marched", "the Kelvish Nationalist prisoners": no name
    return drop_initial_role(run, tx, cues, ev, ctx.lower)


def _capitals_line(ctx: NameContext, run: Run) -> Run | None:
    """A byline or a heading in capitals: a name only if a given name opens it, after the
    function words before it ("BY NICK CASTLE": an author); None where none does."""
    by = False
    while len(run.words) > 1 and title_case(run.words[0][2]) in ctx.cues.function:
        by = by or title_case(run.words[0][2]) == "By"
        run = rest_run(run, 1, title=run.title or by)
    words = [w for (_b, _e, w) in run.words]
    if not ctx.ev.given_name_first([title_case(w) for w in words]):
        return None
    return run


def _no_name_alone(ctx: NameContext, run: Run, w: str, label: str, seen: _Seen) -> bool:
    """One word nothing typed that names nothing: a plural acronym, a product's model, a lone
    acronym seen once that no cue stands by."""
    text, cues, ev = ctx.text, ctx.cues, ctx.ev
    if re.fullmatch(r"[A-Z]{2,}s", w):  # plural acronyms are common nouns: "IQs"
        # … unless a body's noun and "known as" name the body so ("his armed squads, known as
        # the KRAKs,"; set CM, branch ent131)
        return phrases().named_as(text, run.begin) != "organization"
    if _MODEL_CODE.fullmatch(w) and _PRODUCT_AFTER.match(text, run.end) \
            and not textwindow.before(_THE_BEFORE, text, run.begin, _THE_WINDOW):
        return True  # "a single R40 respirator", "R40 respirators": a product's model, no name
    # a lone acronym, unless an employer's or organisation's cue stands by it: "the VTX grain
    # terminal", "the strike at VTX", "a member of VTX", "the VTX law", "VTX, the controllers
    # union,", "the airport, known as VTX", "the Kelvo Staff Association, known as KELSTA" (a
    # name's short form, whatever its letters)
    return re.fullmatch(rf"[{UPPER}][{UPPER}.&]+", w) is not None and seen.counts.get(label, 0) < 2 \
        and not framing().acronym_at(text, run.begin, run.end) \
        and not ev.employer(text, run.begin, run.end) \
        and not ev.organization_before_name(text, run.begin) \
        and not ev.organization_shape(text, run.end, label) \
        and not cues.work_after.match(text, run.end) \
        and not cues.org_apposition.match(text, run.end) \
        and not framing().state_code_at(text, run.begin, run.end) \
        and not phrases().named_as(text, run.begin) \
        and not _short_form_known_as(text, run, ctx.runs, ctx.covered) \
        and not _acronym_before_its_name(text, run.end, w) \
        and not glossed_in_bracket(text, run.begin, run.end)  # "(CUT, United Workers …)" (ent87)


def _assemble(ctx: NameContext, kept: Kept, kinds: Kinds, short: ShortForms,
              person_fields: dict[str, str], known: list[Match]) -> dict[str, NewName]:
    """The new names by key, each with its spans and printed forms: a plural's label its
    singular's, a short form its longer name's (a person's family names before it joined), a
    work named again its full title, a byline's person its printed name; registry mentions a
    name absorbed leave `known`."""
    text, kind_of = ctx.text, kinds.of
    names: dict[str, NewName] = {}
    for run, label, _ in kept:
        if label.endswith("s") and label[:-1] in kind_of:
            label = label[:-1]
        if run.kind is None:  # a short form of a longer new name seen before ("Palmeiro")
            short_label = label
            label = short.longer_name(label, run.begin) or short.first_name_of(label, run) or label
            b = family_names_before(text, run, short_label, label, ctx.cues) \
                if label != short_label and kind_of.get(label, ("thing", False))[0] == "person" \
                else run.begin
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
    return names


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


