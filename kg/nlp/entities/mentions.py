"""Find the entities an article names, and every mention of each (issue 4).

`annotate(doc, registry)` fills doc.annotations.entities and .mentions. The steps, in order:

1. registry names: every surface form of every registry entry (kg.nlp.entities.registry.surface), kept only
   if its edges, case, date range and context allow it (see `_keep`);
2. event descriptions: "the 1973 war", "the war in Lebanon", bare years in a list of wars
   (kg.nlp.entities.spans.events);
3. overlaps: the longest match wins; a name inside an event's name stays a mention too
   ("Lebanon" in "the war in Lebanon"), a place only inside a description, not inside a
   capitalised event name ("Vietnam" in "the Vietnam War" is none);
4. acronyms introduced in parentheses ("Israeli Defense Forces (IDF)") and short forms after a
   full mention ("Shirvani" after "Ma’mud Shirvani") are then found everywhere after;
5. metonymy: a capital standing for its state is re-pointed to the state (kg.nlp.entities.kinds.metonymy);
6. new names: capitalised sequences nobody matched become new entities (kg.nlp.entities.names).
A lower-case compass word before a name that is no place alone ("north Korea") makes the name a
mention of the registry's place of both words in step 1 (kg.nlp.entities.spans.compass); a new name
of step 6 that is a country's initials without their points in a line of mixed case ("US
strikes") is the registry's country of the dotted form (kg.nlp.entities.spans.undotted).
Names and cue words are data (kg/data/registry, kg/data/nlp); this module holds only rules.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.annotations import Entity, Mention
from kg.iri import slug
from kg.model import Document, Span
from kg.nlp import textwindow
from kg.nlp.cuedata import load, phrase_pattern
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.edges import compass_abbreviations
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.gazetteer import fold, former_places, gazetteer
from kg.nlp.entities.cues.nations import adjective_of, is_nation_adjective
from kg.nlp.entities.kinds.headforms import Named, head_mentions
from kg.nlp.entities.kinds.hospitals import refine as refine_hospitals
from kg.nlp.entities.kinds.metonymy import apply_metonymy
from kg.nlp.entities.kinds.shortforms import family_first, surname
from kg.nlp.entities.names import NewName, find_new_names
from kg.nlp.entities.registry.registry import Entry, Registry, normalise
from kg.nlp.entities.registry.surface import FormIndex, Match, end_ok
from kg.nlp.entities.spans import townstate
from kg.nlp.entities.spans.articletowns import town_mentions
from kg.nlp.entities.spans.cityinitials import city_initials
from kg.nlp.entities.spans.clubs import find_clubs
from kg.nlp.entities.spans.compass import compass_places
from kg.nlp.entities.spans.countrybodies import country_opened
from kg.nlp.entities.spans.events import describe_events
from kg.nlp.entities.spans.glued import after_firm_prefix, firm_and_lower_noun, in_longer_place
from kg.nlp.entities.spans.missions import international_bodies
from kg.nlp.entities.spans.nameparts import inner_names
from kg.nlp.entities.spans.openers import title_cased
from kg.nlp.entities.spans.regionadjectives import adjective_before_noun
from kg.nlp.entities.spans.registryforms import with_legal_forms
from kg.nlp.entities.spans.textspan import Region, TextIndex, regions
from kg.nlp.entities.spans.undotted import undotted_countries

_ACRONYM = re.compile(rf"\s*\(\s*([{UPPER}][{UPPER}.&]{{1,9}})\s*\)")  # "(DİSK)" too
# "… Force in Haiti (MINUSTAH)", "University of Texas (UT)", "Petróleos de Kelvia (PDK)": a
# name's place before its acronym (Spanish, Portuguese and French "de" as English "of")
# a capitalised word and "in"/"of"/"de" … (an article of English, Spanish or French may follow:
# "Central de Trabajadores de la Kelvia (CTK)", set AE) before a place that ends a longer name
_PLACE_OF_NAME = re.compile(
    r"[A-Z][\w’'.-]*\s+(?:in|of|for|de|del|da|do|du|des)\s+(?:(?:the|la|las|los|le|les)\s+)?$")
_CAPITALS = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ.’'-]*(?: [A-ZÀ-Þ][A-ZÀ-Þ.’'-]*)*")  # "IOWA CITY"
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_TWO_CAPITALISED = re.compile(r" [A-Z][\w’'-]+ [A-Z][\w’'-]")  # "Md. Rafiq Kelvani"


def annotate(doc: Document, registry: Registry) -> None:
    """Fill doc.annotations.entities (by key) and doc.annotations.mentions (by offset)."""
    finder = _Finder(doc, registry)
    finder.run()


def form_index(registry: Registry) -> FormIndex:
    """The compiled forms of a registry (built once per registry object)."""
    if registry.form_index is None:
        registry.form_index = FormIndex(registry)
    return registry.form_index


class _Finder:
    def __init__(self, doc: Document, registry: Registry) -> None:
        self.doc = doc
        self.text = doc.text
        self.registry = registry
        self.index = form_index(registry)
        self.regions = regions(doc)
        self.tx = TextIndex(doc, self.regions)
        self.year = doc.masthead.date.year
        cues = load("entities")
        self.titles = set(cues["titles"])
        # "the Kelvo dictatorship": nouns for a ruler's rule after a surname (`ruler_after`)
        self.rule_after = re.compile(r"\s+(?:" + phrase_pattern(cues.get("ruler_after", ["\x00"]))
                                     + r")(?![\w’'-])")
        self.function_words = set(cues["function_words"]) | set(cues["not_names"])
        self.naming = re.compile(r"(?<![\w’'-])" + phrase_pattern(cues["naming"]["cues"]) + r"\s*[“‘\"']?$",
                                 re.IGNORECASE)
        self.blocked: list[tuple[int, int]] = []
        self.groups = set(cues["group_words"])
        self.adjective_suffixes = tuple(cues["adjective_suffixes"])
        # words that open a body's name ("Royal"): glued before a place, never its adjective
        self.body_openers = set(cues["leading_head_types"]["organization"])
        self.state_qualifiers = set(cues["state_qualifiers"])
        self.hyphen_suffixes = set(cues["hyphen_suffixes"])
        # "an all-Kelvia wage scale": a place's adjective after a lower-case prefix (`hyphen_prefixes`)
        self.prefixed_adjective = (
            re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, cues["hyphen_prefixes"])) + r")-\Z"),
            re.compile(r"[ \u00a0][a-z]"))
        self.workers_after = set(cues["workers_after"])
        self.calendar = set(cues["calendar"])
        self.place_prefix = re.compile(r"(?:^|(?<=[\s(\[“‘\"]))(?:"
                                       + "|".join(re.escape(w) for w in cues["place_prefixes"]) + r")\s$")
        self.and_more = re.compile(r"\s+and\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:"
                                   + "|".join(map(re.escape, cues["and_single_heads"])) + r")(?![\w’'-])")
        self.place_runs_on = re.compile(r"[ \u00a0](?:" + "|".join(map(re.escape, cues["place_runs_on"]))
                                        + r")[ \u00a0][A-Z]")
        self.branch_after = re.compile(r"[ \u00a0](?:" + "|".join(map(re.escape, cues["place_branch_of"]))
                                       + r")(?![\w’'-])")
        self.compass_words = list(cues["compass_words"])
        self.compass = re.compile(r"(?:^|(?<=[\s(\[“‘\"]))(?:"  # "Central Asia", "NE Ohio"
                                  + "|".join(map(re.escape, cues["compass_words"] + compass_abbreviations()))
                                  + r")\s$")
        self.seen_forms: dict[str, set[str]] = {}
        self._signed: list[tuple[int, int]] | None = None  # where the page's signed names stand
        self.extra_aliases: dict[str, set[str]] = {}
        self.firm_arms: set[tuple[int, int]] = set()  # "KLV USA": initials, then a country

    # -- the steps ---------------------------------------------------------------
    def run(self) -> None:
        found: list[Match] = []
        for r in self.regions:
            for b, e, form in self.index.candidates(self.text, r.begin, r.end):
                m = Match(b, e, form.entry, form.alias, "name")
                if self._keep(m, r):
                    found.append(m)
        # "north Korea": a lower-case compass word before a name that is no place alone names
        # the registry's place of both words (kg.nlp.entities.spans.compass)
        spans = {(f.begin, f.end) for f in found}
        found += [m for r in self.regions
                  for m in compass_places(self.text, [(r.begin, r.end)], self.index, self.compass_words,
                                          lambda b, e: (b, e) in spans)
                  if self._keep(m, r)]
        # "the U.S. State Department": the country opening the department's registry label
        # opens its short form too, one mention (kg.nlp.entities.spans.countrybodies)
        found += [m for r in self.regions for m in country_opened(
            self.text, [f for f in found if r.begin <= f.begin < r.end], self._countries_ending)
            if self._keep(m, r)]
        found = self._disambiguate(self._drop_extended(found))
        accepted = resolve(found, self.text)
        accepted = resolve(accepted + describe_events(self.doc, self.registry, self.tx, accepted),
                           self.text)
        accepted = self._acronyms_and_short_forms(accepted)
        # "LA" for the "Los Angeles" the article names in full (kg.nlp.entities.spans.cityinitials)
        accepted = resolve(accepted + city_initials(self.text, [(r.begin, r.end) for r in self.regions],
                                                    accepted), self.text)
        accepted = self._drop_names_taken(accepted)
        accepted = townstate.split(self.text, accepted)  # "St. Paul, Minnesota": two places
        # "Kelvo Energy Corp.": a registry firm with its legal form (kg.nlp.entities.spans.registryforms)
        accepted = with_legal_forms(self.text, accepted)
        accepted = apply_metonymy(self.text, self.tx, self.registry, accepted)
        new_names = find_new_names(self.doc, self.tx, accepted, self.regions, self.blocked,
                                   self._organization_label, self._organization_named)
        accepted, new_names = self._undotted_countries(accepted, new_names)
        accepted, new_names = self._firm_arm_names(accepted, new_names)
        self._publish(accepted, new_names)

    def _firm_arm_names(self, accepted: list[Match],
                        new_names: list[NewName]) -> tuple[list[Match], list[NewName]]:
        """Each firm's national arm `_after_firms_initials` found ("KLV USA") one organisation's
        new name, whatever the finder made of it: a line's capitals read alone are a heading's,
        so it names no run of initials, and the firm's registry initials ("KLV") stand inside
        the whole, no mention of their own there."""
        arms = sorted(self.firm_arms)
        if not arms:
            return accepted, new_names

        def inside(b: int, e: int) -> bool:
            return any(ab <= b and e <= ae for ab, ae in arms)

        accepted = [m for m in accepted if not inside(m.begin, m.end)]
        by_label: dict[str, NewName] = {}
        for n in new_names:
            n.spans = [sp for sp in n.spans if not inside(sp.begin, sp.end)]
        new_names = [n for n in new_names if n.spans]
        by_label.update((n.label, n) for n in new_names if n.kind == "organization")
        for b, e in arms:
            label = re.sub(r"\s+", " ", self.text[b:e])
            n = by_label.get(label)
            if n is None:
                n = by_label[label] = NewName("organization/" + slug(label), label, "organization")
                new_names.append(n)
            n.spans.append(Span(b, e))
            n.spans.sort(key=lambda sp: sp.begin)
        return accepted, new_names

    def _countries_ending(self, begin: int, end: int) -> list[tuple[int, Match]]:
        """(begin, match) of the registry names found in text[begin:end] that end at `end`."""
        return [(b, Match(b, e, form.entry, form.alias, "name"))
                for b, e, form in self.index.candidates(self.text, begin, end) if e == end]

    def _undotted_countries(self, accepted: list[Match],
                            new_names: list[NewName]) -> tuple[list[Match], list[NewName]]:
        """"No to US strikes!": a new name the frames made of a country's initials printed
        without their points, in lines of mixed case, is the registry's country of the dotted
        form ("U.S."), not a body of its own (kg.nlp.entities.spans.undotted). Where nothing named
        the word ("new US border rules") it stays unnamed, as before."""
        undotted = {(m.begin, m.end): m for m in undotted_countries(
            self.text, [(r.begin, r.end) for r in self.regions], self.index)}
        if not undotted:
            return accepted, new_names
        kept: list[NewName] = []
        extra: list[Match] = []
        for n in new_names:
            hits = [undotted.get((s.begin, s.end)) for s in n.spans]
            if n.spans and all(hits):
                extra += [h for h in hits if h is not None]
            else:
                kept.append(n)
        return sorted(accepted + extra, key=lambda m: (m.begin, m.end)), kept

    def _keep(self, m: Match, r: Region) -> bool:
        alias = m.alias
        assert alias is not None
        if not end_ok(self.text, m.end, r.end, self.tx.marker_starts):
            return False
        if not alias.valid_in(self.year):
            return False
        if alias.needs_context and not self._in_context(m.entry):
            return False
        if alias.strict and not self._stands_alone(m, r):
            return False
        if self.place_prefix.search(self.text, max(r.begin, m.begin - 12), m.begin):
            return False  # "Mt. Lebanon", "New Mexico": another place
        if self._abbreviated_given_name(m):
            return False  # "Md. Rafiq Kelvani": Mohammad, no Maryland (branch ent60)
        if m.entry.kind in ("country", "city", "place") and self.place_runs_on.match(self.text, m.end):
            return False  # "Kentucky State AFL-CIO", "Iowa State University": part of a longer name
        if m.entry.kind in ("country", "city", "place") and self.branch_after.match(self.text, m.end):
            return False  # "Iowa AFL-CIO", "Ohio Federation of Labor": the place's federation
        if m.entry.kind in ("country", "city", "place") and (
                in_longer_place(self.text, m.begin, m.end, r.end)
                or after_firm_prefix(self.text, m.begin, r.begin,
                                     lambda b, e: bool(self.index.candidates(self.text, b, e)))):
            return False  # "Iowa Colony", "Paris-Nord": a town; "Petro-Peru": a firm
        if m.entry.kind in ("country", "city", "place") and self._in_former_place(m):
            return False  # "Honduras" in "British Honduras": the colony, another place
        if m.entry.kind == "country" and r.kind not in ("headline", "deck") and self._qualified_state(m):
            return False  # "Germany" in "Nazi Germany": the state of that time, one place
        if m.entry.kind == "organization" and self._place_branch(m):
            return False  # "National Guard" in "the Iowa National Guard": the state's own body
        if m.entry.kind in ("work", "book") and _SUBTITLE.match(self.text, m.end):
            # "Title: Subtitle, by …": a longer title opens with it (kg.nlp.entities.spans.titles)
            return False
        if m.entry.kind == "event" and firm_and_lower_noun(self.text[m.begin:m.end], lambda n: any(
                f.entry.kind == "organization" and e == m.begin + n
                for _b, e, f in self.index.candidates(self.text, m.begin, m.begin + n))):
            return False  # "the Kelvane strike": the firm is named, the strike described
        if m.entry.kind in ("country", "city", "place", "person") and self._in_signed_name(m):
            # "León" in "Anna de León", the byline's name: the person whole (set U); "DU TALLOW"
            # in "BY ANA KELVO AND MARC DU TALLOW": another person's short form inside the
            # signer's name is the signer's, as the reader read it (set AB, branch ent45)
            return False
        if self._part_of_dateline_name(m):
            return False  # "IOWA" in "IOWA CITY, Iowa—": the dateline names Iowa City
        if m.entry.kind in ("country", "city", "place") and self._prefixed_adjective(m, r):
            return False  # "an all-Kelvia wage scale": an adjective, no place named (set AV)
        if m.entry.kind == "place" and adjective_before_noun(self.text, m.begin, m.end, r.end):
            return False  # "a Caribbean island": the region's adjective (spans/regionadjectives)
        if m.entry.kind == "place" and self.compass.search(self.text, max(r.begin, m.begin - 14), m.begin):
            return False  # "Central Asia", "Southern California": a region of it
        if m.entry.kind == "organization" and m.entry.place and self._other_nations_body(m, r):
            return False  # "the Kenyan Democratic Party" is not the US party: a new name
        if m.entry.kind == "country" and self._after_firms_initials(m, r):
            self.firm_arms.add((self.text.rfind(" ", r.begin, m.begin - 1) + 1, m.end))
            return False  # "KLV USA", "KLV New Zealand": a firm's national arm (set Y, Z)
        if m.entry.kind in ("country", "city", "place") and r.kind not in ("headline", "deck") \
                and self._glued_after_name(m, r):  # headlines may be in title case
            return False  # "East Palestine" (Ohio) is not Palestine
        if m.entry.kind == "organization" and self._another_body_of_that_name(m, r):
            return False  # "the United Democratic Party" is not the Democratic Party: a new name
        return True

    def _prefixed_adjective(self, m: Match, r: Region) -> bool:
        """A place's name glued after a lower-case prefix and a hyphen ("all-", `hyphen_prefixes`)
        before a lower-case word: "an all-Kelvia wage scale" qualifies the scale, and the
        gold's readers name no place there (set AV, branch ent76)."""
        before, after = self.prefixed_adjective
        return (before.search(self.text, max(r.begin, m.begin - 8), m.begin) is not None
                and after.match(self.text, m.end, r.end) is not None)

    def _abbreviated_given_name(self, m: Match) -> bool:
        """A registry alias that is also an abbreviated given name ("Md.": Maryland, Mohammad)
        opening a person's name: no comma before it (a state follows its town: "Baltimore, Md.")
        and two capitalised words after it ("Md. Rafiq Kelvani"; `given_name_abbreviations`)."""
        if self.text[m.begin:m.end] not in evidence().given_abbreviations:
            return False
        if textwindow.before(r",\s*\Z", self.text, m.begin, 3, cut=True):
            return False
        return bool(_TWO_CAPITALISED.match(self.text, m.end))

    def _another_body_of_that_name(self, m: Match, r: Region) -> bool:
        """A registry body named by common words only — its form opens with an adjective by
        its ending ("Democratic Party", "Socialist Party", "National Front") — right after
        another capitalised word that is no title, function or group word, adjective,
        possessive, sentence opener, place or given name ("United Democratic Party", "New
        Democratic Party"): another body of another country; new-name discovery names it.
        "Iowa Democratic Party" (a place before it) and "the Kenyan Democratic Party"
        (`_other_nations_body`) are left to their own rules."""
        form = self.text[m.begin:m.end].split()
        if len(form) < 2 or not form[0].endswith(self.adjective_suffixes) or m.how != "name" \
                or r.kind in ("headline", "deck") or not self._glued_after_name(m, r):
            return False
        prev = re.search(r"([A-Z][\w’'-]*) $", self.text[max(r.begin, m.begin - 30):m.begin])
        if prev is None:
            return False
        g = gazetteer()
        return not g.is_given_name(prev.group(1)) and g.place_kind(prev.group(1)) is None \
            and not self.index.candidates(self.text, m.begin - len(prev.group(0)), m.begin - 1)

    def _other_nations_body(self, m: Match, r: Region) -> bool:
        """A registry body of one country right after another country's adjective ("Kenyan
        Democratic Party", "Iraqi Socialist Workers Party"): another body of the same name.
        Its own country's adjective ("American Democratic Party", "Israeli Likud") keeps it. So
        does another country's name glued before it ("the Vietnam General Confederation of
        Labor" is not France's; set Y): the whole is that country's body, a new name."""
        assert m.entry.place is not None
        if m.how == "name" and m.begin > r.begin + 1 and self.text[m.begin - 1] == " " and any(
                c.entry.kind == "country" and c.entry.label != m.entry.place
                and (b == r.begin or not self.text[b - 1].isalnum())
                and not _LOCATIVE_BEFORE.search(self.text, max(r.begin, b - 12), b)  # "in Kelvia Ford …"
                for b, c in self._countries_ending(max(r.begin, m.begin - 40), m.begin - 1)):
            return True  # "the Kelvia General Confederation of Labor": another country's name before it
        prev = re.search(r"(?<![\w’'.-])([A-Z][\w’'-]*) $", self.text[max(r.begin, m.begin - 30):m.begin])
        if prev is None or prev.group(1) not in self.groups or not is_nation_adjective(prev.group(1)):
            return False
        place = self.registry.by_label(m.entry.place)
        names = [m.entry.place] + ([a.text for a in place.forms()] if place is not None else [])
        return not adjective_of(prev.group(1), names)

    def _in_former_place(self, m: Match) -> bool:
        """The match ends a former colony's or territory's name (kg/data/places/former.tsv:
        "British Honduras", "Belgian Congo"), one to three capitalised words before it."""
        before = textwindow.before(r"((?:[A-Z][\w’'-]* ){1,3})$", self.text, m.begin, 40, cut=True)
        if before is None:
            return False
        words = before.group(1).split()
        form = self.text[m.begin:m.end]
        return any(fold(" ".join(words[k:] + [form])) in former_places() for k in range(len(words)))

    def _qualified_state(self, m: Match) -> bool:
        """A registry country right after a qualifier of `state_qualifiers` and one space ("Nazi
        Germany", "French Canada"): the two words name one place, the state of that time or the
        part of the country, which new-name discovery names (kg.nlp.entities.kinds.namekinds)."""
        prev = textwindow.before(r"(?<![\w’'.-])([A-Z][\w’'-]*) $", self.text, m.begin, 30, cut=True)
        return prev is not None and prev.group(1) in self.state_qualifiers

    def _place_branch(self, m: Match) -> bool:
        """A registry body whose name is a state's or country's body (`place_branch_of`:
        "National Guard", "State Police") right after a registry place's name (one or two
        words, one space between) is part of the place's body ("the Iowa National Guard"):
        the new-name step names the whole."""
        if not self.branch_after.fullmatch(self.text, m.begin - 1, m.end):
            return False
        prev = textwindow.before(r"(?<![\w’'.-])([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?) $",
                                 self.text, m.begin, 40, cut=True)
        if prev is None:
            return False
        words = prev.group(1).split()
        return any((e := self.registry.by_label(" ".join(words[k:]))) is not None
                   and e.kind in ("country", "city", "place") for k in range(len(words)))

    def _organization_label(self, label: str) -> bool:
        """A registry organisation's label ("AFL-CIO")."""
        e = self.registry.by_label(label)
        return e is not None and e.kind == "organization"

    def _organization_named(self, surface: str) -> str | None:
        """The label of the registry organisation `surface` names whole, by its name or its
        initials ("CIO" → "Congress of Industrial Organizations"); None if none or several."""
        labels = {form.entry.label for b, e, form in self.index.candidates(surface, 0, len(surface))
                  if b == 0 and e == len(surface) and form.entry.kind == "organization"}
        return labels.pop() if len(labels) == 1 else None

    def _ends_in_organization(self, label: str) -> bool:
        """The name's last words are a registry organisation's label: a branch of it named by
        its place ("Kansas AFL-CIO")."""
        words = label.split()
        return any((e := self.registry.by_label(" ".join(words[k:]))) is not None
                   and e.kind == "organization" for k in range(1, len(words)))

    def _opens_with_body(self, label: str, accepted: list[Match], new_names: list[NewName]) -> bool:
        """"KFL-Construction", "KFL-Youth": an acronym the article gives an organisation (its
        registry alias, or the one introduced in parentheses after its name) glued by a hyphen
        to one capitalised word: a branch of that body, a body too (set AE, branch ent48)."""
        m = re.fullmatch(r"([A-Z][A-Z&]{1,5})-[A-Z][\w’'-]*", label)
        if m is None:
            return False
        acro = m.group(1)
        return any(x.entry.kind == "organization" and (self.text[x.begin:x.end] == acro
                                                      or acro in self.extra_aliases.get(x.entry.key, ()))
                   for x in accepted) \
            or any(o.kind == "organization" and any(self.text[sp.begin:sp.end] == acro for sp in o.spans)
                   for o in new_names)

    def _in_signed_name(self, m: Match) -> bool:
        """The place lies inside an occurrence of a name the page signs with (a byline, an item's
        author, a letter's sender: "Anna de León is a member of …" after "BY ANNA DE LEÓN"): a
        particle's surname is the person's, no town (set U, branch ent34), and no other
        person's short form (a registry person's "Du Tallow" in "Marc Du Tallow"; ent45)."""
        if self._signed is None:
            names = {p.name for p in list(self.doc.bylines) + [i.author for i in self.doc.items if i.author]
                     if p.name and " " in p.name.strip()}
            self._signed = [(x.start(), x.end()) for n in names
                            for x in re.finditer(r"(?<![\w’'-])" + re.escape(n) + r"(?![\w’'-])", self.text,
                                                re.IGNORECASE)]  # the byline in capitals too
        return any(b <= m.begin and m.end <= e and (b, e) != (m.begin, m.end) for b, e in self._signed)

    def _part_of_dateline_name(self, m: Match) -> bool:
        """A match inside a dateline's place written in capitals that the capitals run past
        ("IOWA" in "IOWA CITY", "SANTA" in "SANTA CLARA"): the dateline names the longer place."""
        for d in self.doc.datelines:
            if not d.span.begin <= m.begin < d.span.end:
                continue
            for run in _CAPITALS.finditer(self.text, d.span.begin, d.span.end):
                if run.start() <= m.begin and m.end <= run.end() \
                        and (run.start(), run.end()) != (m.begin, m.end):
                    return True
        return False

    def _glued_after_name(self, m: Match, r: Region) -> bool:
        """A place name right after another capitalised word that is not a title, a function
        word, a group word or an adjective ("Eastern", "Stalinist", "Kurdish"), nor a word
        opening the sentence, an abbreviation or a possessive: the two make another name. A word
        that opens a body's name (`leading_head_types`: "Royal") is no adjective there, whatever
        its ending: "the Royal Kelvinburg Hospital" is one name, not "Kelvinburg Hospital"
        (branch ent56)."""
        text = self.text
        i = m.begin
        while i > r.begin and text[i - 1] == " ":
            i -= 1
        if i == m.begin or i <= r.begin or not text[i - 1].isalpha():
            return False
        j = i
        while j > r.begin and not text[j - 1].isspace() and text[j - 1] not in "“‘\"([—–":
            j -= 1
        prev = text[j:i]
        if not prev[:1].isupper() or self.tx.is_sentence_start(j) or "." in prev or prev.isupper():
            return False
        bare = prev[:-1] if prev.endswith("s") and prev[:-1] in self.groups else prev
        return not (bare in self.titles or bare in self.function_words or bare in self.groups
                    or bare.endswith(self.adjective_suffixes) and bare not in self.body_openers
                    or re.search(r"['’]s?$", prev))

    def _after_firms_initials(self, m: Match, r: Region) -> bool:
        """A country's name right after a firm's initials (two to six capitals, one space, no
        place's or country's name themselves) and before no other capitalised word: the firm's
        arm in that country ("KLV USA", "KLV New Zealand"), one organisation's name. The
        country is no mention there; new-name discovery reads the whole."""
        prev = re.search(r"(?<![\w’'.&-])([A-Z]{2,6}) $", self.text[max(r.begin, m.begin - 8):m.begin])
        if prev is None \
                or re.match(r"\s*[A-Z]", self.text[m.end:r.end]):
            return False
        initials = prev.group(1)
        if initials in international_bodies():
            return False  # "the UN Haiti mission": the body's presence there (kg.nlp.entities.spans.missions)
        dotted = ".".join(initials) + "."  # "US Iraq policy": a country's initials, two places
        forms = [(initials, 0, len(initials)), (dotted, 0, len(dotted))]
        return not any(e == end and f.entry.kind in ("country", "city", "place")
                       for t, b, end in forms for _b, e, f in self.index.candidates(t, b, end))

    def _drop_names_taken(self, accepted: list[Match]) -> list[Match]:
        """A name introduced as one a group took ("took the name “Hezbollah”", "calling
        themselves Hezbollah") may belong to another group than the registry's: keep the link
        only if the sentence also names the entry's own place; otherwise no mention at all
        (and no new name either): a wrong link is worse than none."""
        keep = []
        for m in accepted:
            region = self.tx.region_of(m.begin)
            lo = region.begin if region else 0
            if not self.naming.search(self.text, max(lo, m.begin - 60), m.begin):
                keep.append(m)
                continue
            b, e = self.tx.sentence_bounds(m.begin)
            own = self.registry.by_label(m.entry.place) if m.entry.place else None
            if own is not None and any(o.entry is own and b <= o.begin < e for o in accepted):
                keep.append(m)
            else:
                self.blocked.append((m.begin, m.end))
        return keep

    def _in_context(self, entry: Entry) -> bool:
        text = self.tx.all_text()
        return any(re.search(r"(?<!\w)" + re.escape(w), text) for w in entry.context)

    def _stands_alone(self, m: Match, r: Region) -> bool:
        """Not glued to another capitalised word: "Labor" in "Militant Labor Forum" is not the
        party, "Washington" in "George Washington" is not the city. Titles may precede."""
        text = self.text
        if m.begin - 1 > r.begin and text[m.begin - 1] == "-" and (
                text[m.begin - 2].isupper() or self._unknown_firm_before(m, r)):
            return False  # "CIO" in "AFL-CIO", "ExxonMobil" in "Esso-ExxonMobil": part of another word
        i = m.begin
        while i > r.begin and text[i - 1] in " \t\n[":
            i -= 1
        if i < m.begin and i > r.begin and text[i - 1].isalpha():
            j = i
            while j > r.begin and not text[j - 1].isspace():
                j -= 1
            prev = text[j:i]
            adjective = re.search(r"-([a-z]+)$", prev)  # "U.S.-backed Batista": no name before it
            group = m.entry.kind == "organization" and prev in self.groups  # "Lebanese Hezbollah"
            if (prev[:1].isupper() and prev not in self.titles and prev not in self.function_words
                    and not group and not (adjective and adjective.group(1) in self.hyphen_suffixes)
                    and (not self.tx.is_sentence_start(j) or _given_opener(prev))):
                return False
        k = m.end
        while k < r.end and text[k] in " \t]":
            k += 1
        if k > m.end and k < r.end and text[k].isupper():
            word = re.match(r"[\w.’'-]+", text[k:])
            if word and word.group(0) not in self.function_words \
                    and word.group(0).rstrip(".") not in self.calendar \
                    and not self._its_workers(m, word.group(0), k) \
                    and not self._before_a_person(m, word.group(0), k) \
                    and not self._acronym_in_title(m, r, word.group(0)):  # "told the Militant April 8"
                return False
        return True

    def _acronym_in_title(self, m: Match, r: Region, word: str) -> bool:
        """"Oppose the NATO Troops in Kelvia": an item's title in Title Case capitalises the
        common word after an acronym ("Troops", "Raids"), which is no part of its name there;
        a word the language does not use ("Kelvo") still glues to it."""
        form = self.text[m.begin:m.end]
        return (r.kind in ("headline", "deck") and len(form) >= 2 and form.isupper() and form.isalpha()
                and title_cased(self.text[r.begin:r.end]) and common_words().common(word))

    def _unknown_firm_before(self, m: Match, r: Region) -> bool:
        """"Esso-ExxonMobil": an organisation's name after a hyphen glued to a capitalised word
        the registry does not know is part of one firm's name; "Kadima-Labor coalition" (two
        registry parties) and "U.S.-Mexico" (places) are two names."""
        if m.entry.kind != "organization":
            return False
        prev = re.search(r"(?<![\w’'.-])[A-Z]\w*$", self.text[r.begin:m.begin - 1])
        return prev is not None and not self.index.candidates(self.text, r.begin + prev.start(), m.begin - 1)

    def _its_workers(self, m: Match, word: str, at: int) -> bool:
        """"Boeing Machinists walk out": an organisation's name before a plural noun for its
        workers (`workers_after`) that ends the run names the firm; the workers are no firm's
        name ("Amazon Workers United" is one name: a capital follows). Their possessive is
        theirs too ("back the Kelvo Drivers’ strike": set AU, branch ent74)."""
        if m.entry.kind != "organization" or re.sub(r"[’']s?$", "", word) not in self.workers_after:
            return False
        return not re.match(r"\s+[A-Z]", self.text[at + len(word):at + len(word) + 3])

    def _before_a_person(self, m: Match, word: str, at: int) -> bool:
        """"Speaking to the Militant Jane Doe said": an organisation's or a periodical's name
        before a given name and another capitalised word (a person's full name) stands alone;
        "Morgan Stanley said" (no word after the given name) stays glued."""
        if m.entry.kind not in ("organization", "periodical") or not gazetteer().is_given_name(word):
            return False
        return bool(re.match(r"\s[A-Z][\w’'-]", self.text[at + len(word):at + len(word) + 4]))

    def _disambiguate(self, found: list[Match]) -> list[Match]:
        """One span, several entries (an ambiguous form): keep the one whose context words the
        article has; if that does not single one out, keep none (a wrong link is worse)."""
        by_span: dict[tuple[int, int], list[Match]] = {}
        for m in found:
            by_span.setdefault((m.begin, m.end), []).append(m)
        keep = []
        for ms in by_span.values():
            entries = {m.entry.key for m in ms}
            if len(entries) > 1:
                ms = [m for m in ms if m.entry.context and self._in_context(m.entry)]
                if len({m.entry.key for m in ms}) != 1:
                    continue
            keep.append(ms[0])
        return keep

    def _drop_extended(self, found: list[Match]) -> list[Match]:
        """An organisation's name followed by "of <Place>" belongs to a longer name unless the
        place is the organisation's own ("FLN of Algeria" yes, "Socialist Workers Party of
        Iran" no: a different party); one with an "of" part followed by "and … Workers" (a
        union's head, `and_single_heads`) too: the list goes on naming its members."""
        by_begin: dict[int, list[Match]] = {}
        for m in found:
            by_begin.setdefault(m.begin, []).append(m)
        keep = []
        for m in found:
            if m.entry.kind == "organization" and " of " in m.entry.label \
                    and self.and_more.match(self.text, m.end):
                continue  # "International Association of Machinists and Aerospace Workers"
            if m.entry.kind in ("organization", "periodical"):
                of = _OF_PLACE.match(self.text, m.end)
                if of:
                    own = self.registry.by_label(m.entry.place) if m.entry.place else None
                    nxt = by_begin.get(of.end(), [])
                    if not (own and any(n.entry is own for n in nxt)):
                        continue
            keep.append(m)
        return keep

    def _acronyms_and_short_forms(self, accepted: list[Match]) -> list[Match]:
        """Acronyms introduced in parentheses and short forms after a full mention."""
        intro: dict[str, tuple[int, Entry]] = {}
        for m in accepted:
            a = _ACRONYM.match(self.text, m.end)
            if a and m.entry.kind in ("country", "city", "place") \
                    and textwindow.before(_PLACE_OF_NAME, self.text, m.begin, 40):
                continue  # the acronym is the name's the place ends: "… Force in Haiti (MINUSTAH)"
            if a and a.group(1) not in intro:
                intro[a.group(1)] = (a.start(1), m.entry)
                self.extra_aliases.setdefault(m.entry.key, set()).add(a.group(1))
        extra: list[Match] = []
        for acro, (start, entry) in intro.items():
            rx = re.compile(r"(?<![\w.])" + re.escape(acro))
            for r in self.regions:
                for hit in rx.finditer(self.text, r.begin, r.end):
                    if hit.start() >= start and end_ok(self.text, hit.end(), r.end, self.tx.marker_starts):
                        extra.append(Match(hit.start(), hit.end(), entry, None, "acronym"))
        first_full = {}
        for m in sorted(accepted, key=lambda m: m.begin):
            first_full.setdefault(m.entry.key, m.begin)
        for r in self.regions:
            for b, e, form in self.index.candidates(self.text, r.begin, r.end, shorts=True):
                start = first_full.get(form.entry.key)
                if start is None or b <= start:
                    continue
                m = Match(b, e, form.entry, form.alias, "short")
                if self._keep(m, r):
                    extra.append(m)
        return resolve(accepted + extra, self.text)

    # -- output ------------------------------------------------------------------
    def _publish(self, accepted: list[Match], new_names: list[NewName]) -> None:
        ann = self.doc.annotations
        entities: dict[str, Entity] = {}
        mentions: list[Mention] = []
        for m in accepted:
            ent = entities.get(m.entry.key)
            if ent is None:
                ent = entities[m.entry.key] = m.entry.to_entity()
            form = _clean(self.text[m.begin:m.end])
            if m.how in ("name", "short", "acronym") and normalise(form) != normalise(ent.label) \
                    and form not in ent.aliases and not form.isupper():
                ent.aliases.append(form)
            mentions.append(Mention(Span(m.begin, m.end), m.entry.key))
        for key, acros in self.extra_aliases.items():
            if key in entities:
                entities[key].aliases.extend(a for a in sorted(acros) if a not in entities[key].aliases)
        first_org = {}  # registry organisations' leading words, after their first mention
        for m in accepted:
            words = m.entry.label.split()
            if m.entry.kind == "organization" and len(words) > 1:
                for k in range(1, len(words)):
                    first_org.setdefault(" ".join(words[:k]), (m.begin, m.entry))
        surname_of = _surname_coreference(
            accepted, new_names, self.text, self.titles, self.rule_after,
            [(r.begin, r.end) for r in self.regions if r.kind in ("headline", "deck")])
        for n in new_names:
            if n.key in surname_of and isinstance(surname_of[n.key], NewName):
                continue  # merged into the full name's new entity
            lead = first_org.get(n.label)
            entry = self.registry.by_label(n.label) if n.kind == "thing" else None
            if isinstance(surname_of.get(n.key), Entry):
                entry = surname_of[n.key]  # "President Carter" … "Jimmy Carter": one person
            if lead is not None and n.spans and n.spans[0].begin > lead[0] \
                    and n.kind not in ("place", "country"):  # a state or country stays one
                entry = lead[1]  # "Massey" after "Massey Energy", whatever towns are so named
            if entry is None and n.kind == "organization" and re.fullmatch(r"[A-Z]{2,6}", n.label):
                entry = self._initials_of(n.label)  # "UMWA" in "UMWA Local 1440": the registry's
            if entry is not None:  # "AFL-CIO" after "Iowa": the registry's form, kept apart by its glue
                n.key = entry.key
                entities.setdefault(n.key, entry.to_entity())
            elif n.kind == "thing" and (self._ends_in_organization(n.label)
                                        or self._opens_with_body(n.label, accepted, new_names)):
                # "Kansas AFL-CIO"; "the KFL-Construction" after the KFL: a body's branch
                n.kind, n.key = "organization", "organization/" + n.key.split("/", 1)[1]
            ent = entities.get(n.key)
            if ent is None:
                ent = entities[n.key] = Entity(key=n.key, label=n.label, kind=n.kind, known=False)
            for form in n.forms:
                if form != ent.label and form not in ent.aliases:
                    ent.aliases.append(form)
            mentions.extend(Mention(s, n.key) for s in n.spans)
        mentions += self._clubs(entities, mentions)
        # "rallies in Kelvo and al-Tallqa": a town opened by a lower-case article (ent72)
        prose = [(r.begin, r.end) for r in self.regions if r.kind == "prose"]
        named = [(m.span.begin, m.span.end) for m in mentions + self.doc.annotations.mentions]
        mentions += town_mentions(self.text, prose, named, entities)
        mentions += self._head_forms(entities, mentions)
        # "the Kelvo General Hospital": a place and an organisation at once, decided last so that
        # every rule above reads it as the one kind it found (kg.nlp.entities.kinds.hospitals)
        entities, mentions = refine_hospitals(entities, mentions)
        ann.entities.update(entities)
        ann.mentions = sorted(ann.mentions + mentions, key=lambda m: (m.span.begin, m.span.end))


    def _initials_of(self, label: str) -> Entry | None:
        """The one registry organisation whose form (valid this year, its context words in the
        article where it needs them: "CGT" is France's only beside them) is these initials, or
        None: initials read apart from the registry's matcher ("UMWA" glued to "Local 1440")
        are that organisation."""
        found = {form.entry.key: form.entry for b, e, form in self.index.candidates(label, 0, len(label))
                 if (b, e) == (0, len(label)) and form.entry.kind == "organization"
                 and form.alias.valid_in(self.year)
                 and (not form.alias.needs_context or self._in_context(form.entry))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _clubs(self, entities: dict[str, Entity], mentions: list[Mention]) -> list[Mention]:
        """"al-Ahly fans", "fans of el-Dorrawi": clubs named with a lower-case article, which the
        name finder does not read (kg.nlp.entities.spans.clubs); each a new organisation."""
        spans = [(r.begin, r.end) for r in self.regions if r.kind in ("prose", "headline", "deck")]
        taken = [(m.span.begin, m.span.end) for m in mentions + list(self.doc.annotations.mentions)]
        out: list[Mention] = []
        for b, e in find_clubs(self.text, spans):
            if any(tb < e and b < te for tb, te in taken):
                continue
            label = self.text[b:e]
            key = "organization/" + slug(label)
            entities.setdefault(key, Entity(key=key, label=label, kind="organization", known=False))
            out.append(Mention(Span(b, e), key))
        return out

    def _head_forms(self, entities: dict[str, Entity], mentions: list[Mention]) -> list[Mention]:
        """"the League’s candidates" after "the Communist League": the one organisation of the
        article with that head word (kg.nlp.entities.kinds.headforms)."""
        first: dict[str, int] = {}
        for m in sorted(mentions, key=lambda m: m.span.begin):
            first.setdefault(m.entity, m.span.begin)
        orgs = [Named(e.label, key, first[key]) for key, e in entities.items()
                if e.kind == "organization" and key in first]
        spans = [(r.begin, r.end) for r in self.regions if r.kind in ("prose", "headline", "deck")]
        taken = [(m.span.begin, m.span.end) for m in mentions + list(self.doc.annotations.mentions)]
        return [Mention(Span(b, e), key) for b, e, key in head_mentions(self.text, spans, orgs, taken)]


# a colon and a capitalised word right after a work's name: its subtitle follows
_SUBTITLE = re.compile(r":[ \t]+[A-Z]")


def _surname_coreference(accepted: list[Match], new_names: list[NewName], text: str = "",
                         titles: set[str] = frozenset(),
                         rule_after: re.Pattern | None = None,
                         headings: list[tuple[int, int]] = ()) -> dict[str, Entry | NewName]:
    """A one-word new name (a person's, untyped, or a place no gazetteer knows) that is the
    surname of exactly one person the article names in full, registry or new, is that person,
    wherever it stands ("President Carter" before "Jimmy Carter", "a message from Okafor"
    before "Chidi Okafor, a miner"); one that is no one's surname but the given name of exactly
    one such person, named in full before it, is that person too (`_given_name_alone`), and so
    is one that is neither but a word inside exactly one such person's full name ("Kelvo" after
    "Ana Beatriz Kelvo da Tessaro": a nickname or a first family name, kg.nlp.entities.spans.nameparts;
    set R): the key of each such name → the person's registry entry, or the new name its spans
    are merged into. Two people of one surname ("Fidel Castro", "Raúl Castro") leave it alone.
    A title the finder kept because it may open a name ("Judge Kelvo": "Judge" counts as a title
    only before two capitalised words) is cut off when the word after it is such a surname: the
    person named in full, the title no part of the name (`_title_before_surname`; set Y). A town
    the gazetteer knows, followed by a noun for a ruler's rule (`rule_after`: "the Kelvo
    dictatorship"), is such a surname too (set AE, branch ent48)."""
    people: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}  # "Dimitris" of "Dimitris Kelvanos"
    inner: dict[str, set[str]] = {}  # "Kelvo" of "Ana Beatriz Kelvo da Tessaro" (set R)
    holder: dict[str, Entry | NewName] = {}
    first: dict[str, int] = {}
    for m in accepted:
        if m.entry.kind == "person" and len(m.entry.label.split()) > 1:
            people.setdefault(surname(m.entry.label), set()).add(m.entry.key)
            given.setdefault(m.entry.label.split()[0], set()).add(m.entry.key)
            for w in inner_names(m.entry.label):
                inner.setdefault(w, set()).add(m.entry.key)
            holder[m.entry.key] = m.entry
            first[m.entry.key] = min(first.get(m.entry.key, m.begin), m.begin)
    for n in new_names:
        if n.kind == "person" and len(n.label.split()) > 1:
            people.setdefault(surname(n.label), set()).add(n.key)
            given.setdefault(n.label.split()[0], set()).add(n.key)
            for w in inner_names(n.label):
                inner.setdefault(w, set()).add(n.key)
            holder[n.key] = n
            first[n.key] = min(sp.begin for sp in n.spans)
    out: dict[str, Entry | NewName] = {}
    # family names of people named in the older Korean spelling ("Kim" of "Kim Dae Ho"): a town
    # of that name somewhere in the gazetteer ("Kim met the leaders") is that person (set X)
    family = {label.split()[0] for label in (
        [m.entry.label for m in accepted if m.entry.kind == "person"]
        + [n.label for n in new_names if n.kind == "person"]) if family_first(label.split())}
    for n in new_names:
        if _title_before_surname(n, people, text, titles):
            people[n.label].discard(n.key)
        words = n.label.split()
        unknown_place = n.kind == "place" and gazetteer().place_kind(n.label) is None
        gazetteer_family = n.kind in _PLACE_KINDS and n.label in family
        ruler = n.kind in _PLACE_KINDS and rule_after is not None \
            and any(rule_after.match(text, sp.end) for sp in n.spans)
        if len(words) != 1 or n.label.isupper() or not (n.kind in ("person", "thing") or unknown_place
                                                         or gazetteer_family or ruler):
            continue  # a place only by a locative word ("a message from Okafor") may be the person
        keys = people.get(n.label, set())
        if not keys and _given_name_alone(n, given.get(n.label, set()), first, headings):
            keys = given[n.label]  # "Dimitris said" after "Dimitris Kelvanos, a docker,"
        elif not keys and n.label not in given \
                and _given_name_alone(n, inner.get(n.label, set()), first, headings):
            keys = inner[n.label]  # "Kelvo, a former metalworker," after "Ana Beatriz Kelvo da Tessaro"
        if len(keys) == 1:
            target = holder[next(iter(keys))]
            out[n.key] = target
            if isinstance(target, NewName):
                target.spans.extend(n.spans)
                target.spans.sort(key=lambda sp: sp.begin)
                for form in [n.label, *n.forms]:
                    if form not in target.forms and form != target.label:
                        target.forms.append(form)
    return out


# Words after which a country's name is where something stands, not part of a body's name
_LOCATIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Ii]n|[Ff]rom|[Tt]o|[Aa]cross|[Tt]hroughout|[Ii]nside|[Aa]t|"
                              r"[Ii]nto|[Oo]f|[Ff]or|[Bb]y|[Oo]n),?\s+$")


def _title_before_surname(n: NewName, people: dict[str, set[str]], text: str, titles: set[str]) -> bool:
    """"Judge Kelvo" after "Eustace P. Kelvo": a title and the surname of exactly one person the
    article names in full is that person by the surname; the new name is narrowed to it (every
    span starts at the surname), so the coreference above merges it into the person."""
    words = n.label.split()
    if len(words) != 2 or words[0] not in titles or n.kind not in ("person", "thing"):
        return False
    keys = people.get(words[1], set()) - {n.key}  # the titled name itself counts no one
    if len(keys) != 1:
        return False
    spans = []
    for sp in n.spans:
        at = text.find(words[1], sp.begin, sp.end)
        if at < 0:
            return False  # a span that does not hold the surname as written: left alone
        spans.append(Span(at, sp.end))
    n.label, n.kind, n.spans = words[1], "person", spans
    n.forms = [f for f in n.forms if f != " ".join(words)]
    return True


def _given_opener(word: str) -> bool:
    """A sentence's first word that is a given name and no common English word ("Pedro" of
    "Pedro Batista de Almeida said", "Keisha" of "Keisha Washington-Lyles, a welder,"): the
    registry name after it is part of a person's full name, not glued to an opener only
    because the sentence begins there ("Then Batista fled" stays apart; set AV, branch ent76)."""
    return gazetteer().is_given_name(word) and not common_words().common(word)


def _given_name_alone(n: NewName, keys: set[str], first: dict[str, int],
                      headings: list[tuple[int, int]] = ()) -> bool:
    """A one-word new name, after the full name of exactly one person the article opens with
    it ("Dimitris" after "Dimitris Kelvanos"), no one's surname (the caller checks), is that
    person: the paper calls a worker it quotes by the given name too. Not an initial ("J.")
    and not before the full name's first mention, but in a headline, a deck or an item's title
    (`headings`), which stand above the text that names the person in full ("Send Tomás home"
    over a letter naming "Tomás Kelvero"; set AV, branch ent76): one use after it is needed."""
    if len(keys) != 1 or len(n.label) <= 2 or not n.label[1:].islower():
        return False
    start = first[next(iter(keys))]
    after = [sp.begin > start for sp in n.spans]
    return any(after) and all(a or any(b <= sp.begin < e for b, e in headings)
                              for a, sp in zip(after, n.spans, strict=True))


def _clean(form: str) -> str:
    return re.sub(r"\s+", " ", form.replace("[", "").replace("]", "")).strip()


def resolve(found: list[Match], text: str = "") -> list[Match]:
    """Longest match first; a non-event name may sit inside an event's name (the text tells
    an event's capitalised name from a description, see `_nests`)."""
    order = sorted(found, key=lambda m: (m.how in ("description", "year"), -len(m), m.begin,
                                         _PRIORITY.get(m.how, 9)))
    accepted: list[Match] = []
    for m in order:
        if all(_nests(a, m, text) or _nests(m, a, text) for a in accepted if a.overlaps(m)):
            accepted.append(m)
    return sorted(accepted, key=lambda m: (m.begin, m.end))


def _nests(inner: Match, outer: Match, text: str = "") -> bool:
    """A name may sit inside an event's name or description ("Lebanon" in "war in Lebanon"),
    but a place is no mention of its own inside an event's capitalised name ("Vietnam" in "the
    Vietnam War", "Washington" in "the March on Washington"): the paper names the event there,
    and the gold of every held-out set reads it so. Inside a description ("the Iran-Iraq war")
    or as a party joined by a dash ("the Iran–Iraq War") the place stays a mention."""
    return (outer.entry.kind == "event" and inner.entry.kind != "event" and inner.within(outer)
            and (inner.begin, inner.end) != (outer.begin, outer.end)
            and not (inner.entry.kind in _PLACE_KINDS and _is_event_name(outer, text)
                     and not _party(inner, outer, text)))


def _party(inner: Match, outer: Match, text: str) -> bool:
    """A place joined by a dash to another name inside an event's name is one of its parties
    ("Iran" and "Iraq" in "the Iran–Iraq War"), a mention of its own as before."""
    before = text[inner.begin - 1] if inner.begin > outer.begin else ""
    after = text[inner.end] if inner.end < outer.end else ""
    return bool({before, after} & _DASHES)


_DASHES = frozenset("-‐‑–—")


_PLACE_KINDS = frozenset({"city", "country", "place"})


def _is_event_name(m: Match, text: str) -> bool:
    """A registry event matched where the text writes its last word capitalised: a name, not a
    description ("the Iran-Iraq war", a registry form in lower case: "Kelvin strike")."""
    if m.how != "name":
        return False
    words = text[m.begin:m.end].split()
    return bool(words) and words[-1][:1].isupper()


_PRIORITY = {"name": 0, "acronym": 1, "short": 2, "description": 3, "year": 4}


def main_subjects(doc: Document, limit: int = 5) -> list[str]:
    """The article's main subjects (schema:about): the entities mentioned most often, counting
    only those mentioned at least 3 times and at least half as often as the most-mentioned
    one, at most `limit`, ties broken by first mention. Derived from the mentions alone, so it
    holds for any article."""
    counts = Counter(m.entity for m in doc.annotations.mentions)
    if not counts:
        return []
    first = {}
    for m in doc.annotations.mentions:
        first.setdefault(m.entity, m.span.begin)
    top = max(counts.values())
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))
    return [k for k in ranked if counts[k] >= max(3, top / 2)][:limit]
