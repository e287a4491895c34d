"""Whether a registry form found in the text is a mention of its entry (`keep`): a declared chain
of drop rules (`KEEP_RULES`), each a function of one kg.nlp.entities.mentions.query
`MentionQuery` that says True when the shape it reads makes the match no mention of the entry
("Mt. Lebanon", "Iowa State University", "Nazi Germany", "the Kenyan Democratic Party" …). The
first rule that holds drops the match; a match no rule drops is kept.

The order is the chain's meaning only where rules share a shape; it is the order the checks
were written in, kept so: the form's own edges, date and context first, then the words around a
place, a body's, a work's, an event's, a signed name's and a dateline's readings, the
adjectives, and last the glue to a capitalised word before it. One rule has an effect besides
its answer: `firms_national_arm` records the firm's arm it found ("KLV USA") for the finder,
which names it one organisation after the new names are found. A new reason to drop a registry
match goes into `KEEP_RULES` where it must be asked, with a docstring saying the shape it reads.
`KG_TRACE_MENTIONS=1` logs the rule that dropped each match (logger "kg.nlp.entities.mentions")."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.gazetteer import fold, former_places, gazetteer
from kg.nlp.entities.cues.nations import adjective_of, is_nation_adjective
from kg.nlp.entities.mentions.compasssites import compass_works_name
from kg.nlp.entities.mentions.compasstowns import compass_town_in_heading, dateline_town_tail
from kg.nlp.entities.mentions.context import MentionContext
from kg.nlp.entities.mentions.eventplaces import event_alias_placed
from kg.nlp.entities.mentions.givensurnames import other_persons_given_name
from kg.nlp.entities.mentions.glue import glued_after_name, stands_alone
from kg.nlp.entities.mentions.gluedacronyms import sister_acronym
from kg.nlp.entities.mentions.initialedsurnames import other_persons_initials
from kg.nlp.entities.mentions.ledbodies import person_in_body_name
from kg.nlp.entities.mentions.nationalsocieties import national_society
from kg.nlp.entities.mentions.officeof import field_of_office
from kg.nlp.entities.mentions.particlesurnames import place_after_name_particle
from kg.nlp.entities.mentions.partycreeds import creed_before_party
from kg.nlp.entities.mentions.placesurnames import persons_surname_not_town
from kg.nlp.entities.mentions.provinces import province_named
from kg.nlp.entities.mentions.query import MentionQuery
from kg.nlp.entities.registry.surface import Match, end_ok
from kg.nlp.entities.spans.glued import after_firm_prefix, firm_and_lower_noun, in_longer_place
from kg.nlp.entities.spans.missions import international_bodies
from kg.nlp.entities.spans.regionadjectives import adjective_before_noun
from kg.nlp.entities.spans.textspan import Region

log = logging.getLogger("kg.nlp.entities.mentions")

_CAPITALS = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ.’'-]*(?: [A-ZÀ-Þ][A-ZÀ-Þ.’'-]*)*")  # "IOWA CITY"
_TWO_CAPITALISED = re.compile(r" [A-Z][\w’'-]+ [A-Z][\w’'-]")  # "Md. Rafiq Kelvani"
# a colon and a capitalised word right after a work's name: its subtitle follows
_SUBTITLE = re.compile(r":[ \t]+[A-Z]")
# Words after which a country's name is where something stands, not part of a body's name
_LOCATIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Ii]n|[Ff]rom|[Tt]o|[Aa]cross|[Tt]hroughout|[Ii]nside|[Aa]t|"
                              r"[Ii]nto|[Oo]f|[Ff]or|[Bb]y|[Oo]n),?\s+$")


# -- the form itself: its edges, its date, its context, its glue -------------------------------
def cut_at_end(q: MentionQuery) -> bool:
    """The form ends inside a word or before a marker (kg.nlp.entities.registry.surface `end_ok`)."""
    return not end_ok(q.text, q.m.end, q.r.end, q.cx.tx.marker_starts)


def out_of_date(q: MentionQuery) -> bool:
    """The form is not valid in the year its text was written in (a name the entry bore before
    or after): the issue's, or a "Years Ago" item's own (kg.nlp.entities.registry.writtenyears)."""
    return not q.m.alias.valid_in(q.cx.years.at(q.m.begin))


def context_missing(q: MentionQuery) -> bool:
    """A form that needs context words ("CGT": France's only beside them) and the article has none."""
    return q.m.alias.needs_context and not q.cx.in_context(q.m.entry)


def strict_form_glued(q: MentionQuery) -> bool:
    """A strict form (a common word or a surname) that does not stand alone: "Labor" in "Militant
    Labor Forum", "Washington" in "George Washington" (kg.nlp.entities.mentions.glue)."""
    return q.m.alias.strict and not stands_alone(q)


def after_place_prefix(q: MentionQuery) -> bool:
    """"Mt. Lebanon", "New Mexico": a place prefix (`place_prefixes`) before it names another place.
    Not an organisation's name after a heading's or a sentence's first word, a lower-case word
    after it ("New Kelvo Press book traces …" in a deck: the adjective is capitalised by its
    place, the firm named; set BC, branch ent89)."""
    prefix = q.cx.place_prefix.search(q.text, max(q.r.begin, q.m.begin - 12), q.m.begin)
    return prefix is not None and not _opener_before_body(q, prefix.start())


def _opener_before_body(q: MentionQuery, at: int) -> bool:
    """The match is an organisation's, the word at `at` opens the heading or the sentence, and a
    lower-case word follows the match."""
    opens = at == q.r.begin and q.heading or q.cx.tx.is_sentence_start(at)
    return q.kind == "organization" and opens \
        and textwindow.after(r"\s+[a-z]", q.text, q.m.end, 3) is not None


def abbreviated_given_name(q: MentionQuery) -> bool:
    """A registry alias that is also an abbreviated given name ("Md.": Maryland, Mohammad)
    opening a person's name: no town and comma before it (a state follows its town: "Baltimore, Md.")
    and two capitalised words after it ("Md. Rafiq Kelvani"; `given_name_abbreviations`):
    Mohammad, no Maryland (branch ent60)."""
    m, text = q.m, q.text
    if text[m.begin:m.end] not in evidence().given_abbreviations:
        return False
    # a comma after a capitalised word: the state after its town; after a lower-case word ("One
    # worker, Md. Rafiq Kelvani, was …") an apposition opens with the name (set BE, branch ent88)
    if textwindow.before(r"[A-Z][\w’'.-]*,\s*\Z", text, m.begin, 40, cut=True):
        return False
    return bool(_TWO_CAPITALISED.match(text, m.end))


# -- a place inside a longer name ----------------------------------------------------------------
def place_runs_on(q: MentionQuery) -> bool:
    """A place before a word that runs on into a longer name (`place_runs_on`) and a capital:
    "Kentucky State AFL-CIO", "Iowa State University" are part of a longer name."""
    return q.place and q.cx.place_runs_on.match(q.text, q.m.end) is not None


def places_branch_after(q: MentionQuery) -> bool:
    """A place before a body's word for its branch (`place_branch_of`): "Iowa AFL-CIO", "Ohio
    Federation of Labor" name the place's federation."""
    return q.place and q.cx.branch_after.match(q.text, q.m.end) is not None


def in_longer_place_name(q: MentionQuery) -> bool:
    """"Iowa Colony", "Paris-Nord": the place opens a town's longer name (kg.nlp.entities.spans.glued)."""
    return q.place and in_longer_place(q.text, q.m.begin, q.m.end, q.r.end)


def after_firms_prefix(q: MentionQuery) -> bool:
    """"Petro-Peru": the place after a firm's prefix and a hyphen names a firm
    (kg.nlp.entities.spans.glued)."""
    cx = q.cx
    return q.place and after_firm_prefix(q.text, q.m.begin, q.r.begin,
                                         lambda b, e: bool(cx.index.candidates(cx.text, b, e)))


def in_former_place(q: MentionQuery) -> bool:
    """The match ends a former colony's or territory's name (kg/data/places/former.tsv:
    "British Honduras", "Belgian Congo"), one to three capitalised words before it: "Honduras"
    in "British Honduras" is the colony, another place."""
    if not q.place:
        return False
    m = q.m
    before = textwindow.before(r"((?:[A-Z][\w’'-]* ){1,3})$", q.text, m.begin, 40, cut=True)
    if before is None:
        return False
    words = before.group(1).split()
    form = q.text[m.begin:m.end]
    return any(fold(" ".join(words[k:] + [form])) in former_places() for k in range(len(words)))


def qualified_state(q: MentionQuery) -> bool:
    """A registry country right after a qualifier of `state_qualifiers` and one space ("Nazi
    Germany", "French Canada"), outside headings: the two words name one place, the state of
    that time or the part of the country, which new-name discovery names
    (kg.nlp.entities.kinds.namekinds)."""
    if q.kind != "country" or q.heading:
        return False
    prev = textwindow.before(r"(?<![\w’'.-])([A-Z][\w’'-]*) $", q.text, q.m.begin, 30, cut=True)
    return prev is not None and prev.group(1) in q.cx.state_qualifiers


def places_body(q: MentionQuery) -> bool:
    """A registry body whose name is a state's or country's body (`place_branch_of`:
    "National Guard", "State Police") right after a registry place's name (one or two
    words, one space between) is part of the place's body ("the Iowa National Guard": the
    state's own body): the new-name step names the whole."""
    cx, m = q.cx, q.m
    if q.kind != "organization" or not cx.branch_after.fullmatch(q.text, m.begin - 1, m.end):
        return False
    prev = textwindow.before(r"(?<![\w’'.-])([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?) $",
                             q.text, m.begin, 40, cut=True)
    if prev is None:
        return False
    words = prev.group(1).split()
    return any((e := cx.registry.by_label(" ".join(words[k:]))) is not None
               and e.kind in ("country", "city", "place") for k in range(len(words)))


# -- works, events, signed names, datelines ----------------------------------------------------
def opens_longer_title(q: MentionQuery) -> bool:
    """"Title: Subtitle, by …": a work's or book's name before a colon and a capitalised word;
    a longer title opens with it (kg.nlp.entities.spans.titles)."""
    return q.kind in ("work", "book") and _SUBTITLE.match(q.text, q.m.end) is not None


def firms_strike(q: MentionQuery) -> bool:
    """"the Kelvane strike": a registry event whose form is a firm's name and a lower-case noun;
    the firm is named, the strike described."""
    if q.kind != "event":
        return False
    m, cx = q.m, q.cx
    return firm_and_lower_noun(q.text[m.begin:m.end], lambda n: any(
        f.entry.kind == "organization" and e == m.begin + n
        for _b, e, f in cx.index.candidates(cx.text, m.begin, m.begin + n)))


def city_before_administration(q: MentionQuery) -> bool:
    """"the Kelvport administration": a one-word city the registry knows, "the" right before
    and a head of government's noun right after (`[evidence] person_noun_after`: "administration",
    "presidency"), is the president by surname, as the paper names every administration (many
    presidents' surnames are towns' names); the finder types the word a person (branch ent89).
    A country ("the Kelvia administration") or a state keeps its kind."""
    m = q.m
    if q.kind != "city" or " " in q.text[m.begin:m.end]:
        return False
    return textwindow.before(r"(?<![\w’'-])[Tt]he\s+\Z", q.text, m.begin, 6) is not None \
        and evidence().person_noun(q.text, m.end)


def in_signed_name(q: MentionQuery) -> bool:
    """The place lies inside an occurrence of a name the page signs with (a byline, an item's
    author, a letter's sender: "Anna de León is a member of …" after "BY ANNA DE LEÓN"): a
    particle's surname is the person's, no town (set U, branch ent34), and no other
    person's short form (a registry person's "Du Tallow" in "Marc Du Tallow"; ent45).
    "León" in "Anna de León", the byline's name: the person whole (set U); "DU TALLOW"
    in "BY ANA KELVO AND MARC DU TALLOW": another person's short form inside the
    signer's name is the signer's, as the reader read it (set AB, branch ent45)."""
    if q.kind not in ("country", "city", "place", "person"):
        return False
    m = q.m
    return any(b <= m.begin and m.end <= e and (b, e) != (m.begin, m.end) for b, e in q.cx.signed_spans())


def part_of_dateline_name(q: MentionQuery) -> bool:
    """A match inside a dateline's place written in capitals that the capitals run past
    ("IOWA" in "IOWA CITY, Iowa—", "SANTA" in "SANTA CLARA"): the dateline names the longer
    place (Iowa City)."""
    m = q.m
    for d in q.cx.doc.datelines:
        if not d.span.begin <= m.begin < d.span.end:
            continue
        for run in _CAPITALS.finditer(q.text, d.span.begin, d.span.end):
            if run.start() <= m.begin and m.end <= run.end() \
                    and (run.start(), run.end()) != (m.begin, m.end):
                return True
    return False


# -- adjectives and regions ----------------------------------------------------------------------
def prefixed_adjective(q: MentionQuery) -> bool:
    """A place's name glued after a lower-case prefix and a hyphen ("all-", `hyphen_prefixes`)
    before a lower-case word: "an all-Kelvia wage scale" qualifies the scale, and the
    gold's readers name no place there (set AV, branch ent76): an adjective, no place named."""
    if not q.place:
        return False
    m, r = q.m, q.r
    before, after = q.cx.prefixed_adjective
    return (before.search(q.text, max(r.begin, m.begin - 8), m.begin) is not None
            and after.match(q.text, m.end, r.end) is not None)


def region_adjective(q: MentionQuery) -> bool:
    """"a Caribbean island": a registry place that is a group word before a lower-case noun is
    the region's adjective (kg.nlp.entities.spans.regionadjectives)."""
    return q.kind == "place" and adjective_before_noun(q.text, q.m.begin, q.m.end, q.r.end)


def compass_region(q: MentionQuery) -> bool:
    """"Central Asia", "Southern California", "NE Ohio": a compass word before a registry place
    names a region of it."""
    return q.kind == "place" and q.cx.compass.search(
        q.text, max(q.r.begin, q.m.begin - 14), q.m.begin) is not None


# -- a body of another country, a firm's arm, a place or body glued to a name ------------------
def other_nations_body(q: MentionQuery) -> bool:
    """A registry body of one country right after another country's adjective ("Kenyan
    Democratic Party", "Iraqi Socialist Workers Party"): another body of the same name, not
    the US party: a new name. Its own country's adjective ("American Democratic Party",
    "Israeli Likud") keeps it. So does another country's name glued before it ("the Vietnam
    General Confederation of Labor" is not France's; set Y): the whole is that country's body,
    a new name."""
    m, r, cx, text = q.m, q.r, q.cx, q.text
    if q.kind != "organization" or not m.entry.place:
        return False
    if m.how == "name" and m.begin > r.begin + 1 and text[m.begin - 1] == " " and any(
            c.entry.kind == "country" and c.entry.label != m.entry.place
            and (b == r.begin or not text[b - 1].isalnum())
            and not _LOCATIVE_BEFORE.search(text, max(r.begin, b - 12), b)  # "in Kelvia Ford …"
            for b, c in cx.countries_ending(max(r.begin, m.begin - 40), m.begin - 1)):
        return True  # "the Kelvia General Confederation of Labor": another country's name before it
    prev = re.search(r"(?<![\w’'.-])([A-Z][\w’'-]*) $", text[max(r.begin, m.begin - 30):m.begin])
    if prev is None or prev.group(1) not in cx.groups or not is_nation_adjective(prev.group(1)):
        return False
    place = cx.registry.by_label(m.entry.place)
    names = [m.entry.place] + ([a.text for a in place.forms()] if place is not None else [])
    return not adjective_of(prev.group(1), names)


def firms_national_arm(q: MentionQuery) -> bool:
    """A country's name right after a firm's initials (two to six capitals, one space, no
    place's or country's name themselves) and before no other capitalised word: the firm's
    arm in that country ("KLV USA", "KLV New Zealand"; sets Y, Z), one organisation's name.
    So too after a registry organisation's name written out ("Kelvo-Mart Canada" where the
    registry knows "Kelvo-Mart": `_registry_firms_begin`; set CR's kind, branch cuts41).
    The country is no mention there; new-name discovery reads the whole, and the arm's span
    is recorded (`MentionContext.firm_arms`) for the finder to name one organisation."""
    if q.kind != "country":
        return False
    # the initials open the arm, whatever stands before them: a region's start (a table's
    # row), a space, a bracket ("… Workers Canada (KWU Canada)": the arm, not the bracket)
    begin = _firms_initials_begin(q)
    if begin is None:
        begin = _registry_firms_begin(q)
    if begin is None:
        return False
    q.cx.firm_arms.add((begin, q.m.end))
    return True


def _firms_initials_begin(q: MentionQuery) -> int | None:
    """Where the firm's initials right before the country begin; None where none stand there."""
    m, r, text = q.m, q.r, q.text
    lo = max(r.begin, m.begin - 8)
    prev = re.search(r"(?<![\w’'.&-])([A-Z]{2,6}) $", text[lo:m.begin])
    if prev is None \
            or re.match(r"\s*[A-Z]", text[m.end:r.end]):
        return None
    initials = prev.group(1)
    if initials in international_bodies():
        return None  # "the UN Haiti mission": the body's presence there (kg.nlp.entities.spans.missions)
    dotted = ".".join(initials) + "."  # "US Iraq policy": a country's initials, two places
    forms = [(initials, 0, len(initials)), (dotted, 0, len(dotted))]
    if any(e == end and f.entry.kind in ("country", "city", "place")
           for t, b, end in forms for _b, e, f in q.cx.index.candidates(t, b, end)):
        return None
    return lo + prev.start(1)


# a capitalised word and one space right before a registry firm's name: the firm's name is part
# of a longer name, no firm's own arm there
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.-]* \Z")


_WORD_AFTER = re.compile(r"\s+([a-z][\w’'-]*)")


@cached
def _arm_verbs() -> frozenset[str]:
    return frozenset(load("boundaries")["firm_arms"]["verbs_after"])


def _arm_ends(after: str) -> bool:
    """Does the text after the country end the arm's name: no capitalised word, and no lower-case
    word the country would qualify (a verb of `[firm_arms] verbs_after` or a past tense in -ed
    is none)?"""
    if re.match(r"\s*[A-Z]", after):
        return False
    word = _WORD_AFTER.match(after)
    return word is None or word.group(1) in _arm_verbs() or word.group(1).endswith("ed")


def _registry_firms_begin(q: MentionQuery) -> int | None:
    """Where a registry organisation's name written out, one space before the country, begins
    ("Kelvo-Mart Canada announced", "Dorrow Workers Canada"); None where none ends there, where
    a capitalised word is glued before it (a longer name), where the country does not end the
    name (`_arm_ends`: "… Canada Rail Conference", "the Pentagon Kelvia policy") or where the
    body is an international one ("the United Nations Haiti mission": the body's presence there,
    kg.nlp.entities.spans.missions)."""
    m, r, text, cx = q.m, q.r, q.text, q.cx
    if m.begin - 1 <= r.begin or text[m.begin - 1] != " " or not _arm_ends(text[m.end:r.end]):
        return None
    lo = max(r.begin, m.begin - 80)
    bodies = international_bodies()
    firms = [b for b, e, f in cx.index.candidates(text, lo, m.begin - 1)
             if e == m.begin - 1 and f.entry.kind == "organization"
             and text[b:e] not in bodies and f.entry.label not in bodies]
    if not firms:
        return None
    begin = min(firms)
    if _CAPITAL_BEFORE.search(text, max(r.begin, begin - 40), begin):
        return None
    return begin


def place_glued_after_name(q: MentionQuery) -> bool:
    """A place right after another capitalised word, outside headings (headlines may be in
    title case): "East Palestine" (Ohio) is not Palestine (kg.nlp.entities.mentions.glue)."""
    return q.place and not q.heading and glued_after_name(q)


# a given name, one space, a capitalised word (an apostrophe allowed: "O’Kelly"), a hyphen
_HYPHENED_SURNAME_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][^\W\d_]+) ([A-Z][\w’']*[^\W\d_])-\Z")


def place_in_hyphened_surname(q: MentionQuery) -> bool:
    """A place as a person's hyphened surname's second part ("Tomas O’Kelly-Washington", "Ana
    Dorrow-Lima"): the word glued before the hyphen is capitalised and no place the gazetteer
    knows, and follows a given name it knows. A pair of places ("Dallas-Fort Worth") or a place
    glued to a word with no given name before it keeps its match (set BE, branch ent88)."""
    if not q.place:
        return False
    m = textwindow.before(_HYPHENED_SURNAME_BEFORE, q.text, q.m.begin, 60, cut=True)
    ev = evidence()
    return m is not None and ev.gazetteer.is_given_name(m.group(1)) and ev.place_kind(m.group(2)) is None


def another_body_of_that_name(q: MentionQuery) -> bool:
    """A registry body named by common words only — its form opens with an adjective by
    its ending ("Democratic Party", "Socialist Party", "National Front") — right after
    another capitalised word that is no title, function or group word, adjective,
    possessive, sentence opener, place or given name ("United Democratic Party", "New
    Democratic Party"): another body of another country, not the Democratic Party;
    new-name discovery names it. "Iowa Democratic Party" (a place before it) and "the Kenyan
    Democratic Party" (`other_nations_body`) are left to their own rules."""
    m, r, cx = q.m, q.r, q.cx
    if q.kind != "organization":
        return False
    form = q.text[m.begin:m.end].split()
    if len(form) < 2 or not form[0].endswith(cx.adjective_suffixes) or m.how != "name" \
            or q.heading or not glued_after_name(q):
        return False
    prev = re.search(r"([A-Z][\w’'-]*) $", q.text[max(r.begin, m.begin - 30):m.begin])
    if prev is None:
        return False
    g = gazetteer()
    return not g.is_given_name(prev.group(1)) and g.place_kind(prev.group(1)) is None \
        and not cx.index.candidates(q.text, m.begin - len(prev.group(0)), m.begin - 1)


KeepRule = Callable[[MentionQuery], bool]
# in the order they are asked; the first that holds drops the match
KEEP_RULES: tuple[KeepRule, ...] = (
    # the form itself
    cut_at_end,
    out_of_date,
    context_missing,
    strict_form_glued,
    # "R.K. Dorrowin": another person's initials before a registry surname (initialedsurnames, ent105)
    other_persons_initials,
    # "Editora José Martí": a person's name inside a body's that a foreign head opens (ledbodies, ent116)
    person_in_body_name,
    # "Dorra Kelvane" after the registry's "Tomas Kelvane": another person's given name before
    # its surname (givensurnames, ent117)
    other_persons_given_name,
    # "CGT-B": a sister body's acronym, not the registry's "CGT" (mentions/gluedacronyms.py, ent87)
    sister_acronym,
    # "the Ministry of Labour": the office's field, not the party "Labour" (mentions/officeof.py, ent98)
    field_of_office,
    after_place_prefix,
    abbreviated_given_name,
    # a place inside a longer name, a place's body
    place_runs_on,
    places_branch_after,
    in_longer_place_name,
    after_firms_prefix,
    in_former_place,
    qualified_state,
    places_body,
    # "Kelvora province": a paper's or a body's name before a province's noun (mentions/provinces.py, ent116)
    province_named,
    # works, events, signed names, datelines
    opens_longer_title,
    # "the victory at Playa Kelva": an event's alias that is its place's name (eventplaces, ent123)
    event_alias_placed,
    firms_strike,
    city_before_administration,
    in_signed_name,
    part_of_dateline_name,
    # "SOUTH KELSO, Oregon—", "In South Kelso": a compass word opens a longer town (compasstowns, ent103)
    dateline_town_tail,
    compass_town_in_heading,
    # adjectives and regions
    prefixed_adjective,
    region_adjective,
    compass_region,
    # "the Central Kelvia sugar mill": a compass word and a country name a works (compasssites, ent123)
    compass_works_name,
    # another country's body, a firm's arm, glue to a capitalised word before it
    other_nations_body,
    # "the Kelvian Red Cross": a country's society of the movement (mentions/nationalsocieties.py)
    national_society,
    firms_national_arm,
    place_glued_after_name,
    place_in_hyphened_surname,
    # "President Miguel de la Kelvera": a place after a given name and a particle is a family
    # name (mentions/particlesurnames.py, ent132)
    place_after_name_particle,
    # "whose Social Democratic Party": a creed word opens another party (mentions/partycreeds.py, ent105)
    creed_before_party,
    # "Dave Kelvin … Kelvin said": a town's name that is a person's surname on the page
    # (mentions/placesurnames.py)
    persons_surname_not_town,
    another_body_of_that_name,
)


def keep(cx: MentionContext, m: Match, r: Region) -> bool:
    """Whether the registry match `m` in region `r` is a mention of its entry: no rule of
    `KEEP_RULES` drops it. With the context's trace on, the dropping rule is logged."""
    assert m.alias is not None
    q = MentionQuery(cx, m, r)
    for rule in KEEP_RULES:
        if rule(q):
            if cx.trace:
                log.debug("keep: %s dropped %r at %d (%s)", rule.__name__, cx.text[m.begin:m.end],
                          m.begin, m.entry.key)
            return False
    return True
