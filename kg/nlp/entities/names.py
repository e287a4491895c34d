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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.iri import slug
from kg.model import Document, Span
from kg.nlp.cuedata import load, phrase_pattern
from kg.nlp.entities import edges, familynames, foreign, joins, leaders
from kg.nlp.entities.addresses import find_addresses
from kg.nlp.entities.commonwords import common_words
from kg.nlp.entities.evidence import Evidence, evidence, lower_case_words
from kg.nlp.entities.framing import STRONG, Member, article_before, framing
from kg.nlp.entities.glued import hyphen_kind
from kg.nlp.entities.nations import is_demonym
from kg.nlp.entities.registry import normalise
from kg.nlp.entities.surface import Match
from kg.nlp.entities.textspan import Region, TextIndex
from kg.nlp.entities.titlecase import is_title_case
from kg.nlp.entities.titles import find_titles

# A word: letters, then parts joined by an apostrophe, a full stop or ONE hyphen; two hyphens
# are a dash (pages to 2002 set "Hank Doyle--a pipefitter--said"), which ends the word.
_WORD = re.compile(r"[^\W\d_]\w*(?:(?:[’'.]|-(?!-))\w*)*")
_QUOTED = re.compile(r"[“\"]([^”\"]{3,200})[”\"]|‘([^’]{3,200})’(?!\w)")
_SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "from", "off", "out", "by",
          "with", "at", "vs.", "vs", "nor", "but", "as"}
_PLACE_KINDS = ("country", "city", "place")
_NUMBER_AFTER = joins.NUMBER_AFTER
_NUMBERED_LABEL = re.compile(rf"(\S+) {joins.UNIT_NUMBER}$")
_BY_AUTHOR = re.compile(r",?\s+(?:edited\s+)?by\s+(?=[A-Z])")
_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}(?!\d)")
_ROLE_KINDS = {"signer": "person", "place": "place"}  # kg.nlp.entities.textspan region kinds
_COORD = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?")


@dataclass
class NewName:
    key: str
    label: str
    kind: str
    spans: list[Span] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)


@dataclass
class _Run:
    begin: int
    end: int
    words: list[tuple[int, int, str]]
    title: bool = False
    absorbed: list[Match] = field(default_factory=list)
    kind: str | None = None  # set for titles of works: the kind their cue gives
    same_as: str | None = None  # a title's repeat: the label of the title named in full


class _Cues:
    def __init__(self) -> None:
        c = load("entities")
        self.titles = set(c["titles"])
        self.function_words = set(c["function_words"])
        self.function = self.function_words | set(c["not_names"])
        self.abbreviations = set(c["name_abbreviations"]) | self.titles
        self.calendar = set(c["calendar"])
        self.initials_skip = set(c["initials_skip"])
        self.constituency = re.compile(r"(?<![\w.])(?:" + "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in c["constituency_before"]) + r")\s+(?=[A-Z])")
        self.case_connectors = set(c["case_connectors"])
        self.abbreviations |= self.case_connectors  # "v." keeps its full stop
        self.initials_foreign = set(c["initials_foreign"])
        self.whole_months = {w for w in c["calendar"] if w in ("May", "June", "July")}
        self.months = set(c["calendar"][:12])  # January … December, the list's first twelve
        self.groups = set(c["group_words"])
        self.connectors = sorted(c["connectors"], key=len, reverse=True)
        self.heads = {w: kind for kind, words in c["head_types"].items() for w in words}
        self.leading_heads = {w: kind for kind, words in c["leading_head_types"].items() for w in words}
        self.storm_kinds = set(c["storm_kinds"])
        self.compound_heads = {p: kind for kind, phrases in c["compound_heads"].items() for p in phrases}
        self.hyphen_suffixes = set(c["hyphen_suffixes"])
        self.numbered_places = set(c["numbered_places"])
        self.numbered = set(c["numbered_heads"]) | self.numbered_places
        self.spelled_places = set(c["spelled_numbered_places"])
        self.spelled_numbers = set(c["spelled_numbers"])
        self.of_heads = set(c["of_heads"])
        self.of_the_heads = set(c["of_the_heads"])
        # "the Kelvo 3 mine", "the Darrow No. 5 pit": the number (group 1) is in the mine's name
        self.numbered_site = re.compile(r"( (?:No\. ?)?\d{1,3}[A-Z]?)\s+(?:"
                                        + "|".join(map(re.escape, c["numbered_site_after"])) + r")\b")
        self.at_heads = set(c["at_heads"])
        self.compass = set(c["compass_words"]) | set(edges.compass_abbreviations())  # "NE Ohio"
        joiners = "|".join(map(re.escape, c["name_joiners"]))
        self.joiner_gap = re.compile(rf" ?(?:{joiners}) ?")
        self.joiner_in = re.compile(rf"[^\W\d_] ?(?:{joiners}) ?[^\W\d_]")
        self.and_inner = set(c["and_inner_heads"])
        self.and_single = set(c["and_single_heads"])
        self.place_openers = set(c["place_name_openers"])
        self.naming_titles = set(c["naming_titles"])
        self.firm_suffix_ends = set(c["firm_suffix_ends"])
        self.and_products = set(c["and_product_heads"])
        self.name_articles = set(c["name_articles"])
        self.fields = set(c["field_words"])
        self.portfolio_heads = set(c["portfolio_heads"])
        self.purpose = set(c["purpose_words"])
        self.purpose_to = set(c["purpose_to_heads"])
        self.site_heads = set(c["site_heads"])
        self.purpose_verbs = set(c["purpose_to_verbs"])
        self.small = set(c["title_small_words"])
        self.roles = {r[:1].upper() + r[1:] for r in c["person_roles"]}
        self.org_after = re.compile(r"\s+(?:" + "|".join(map(re.escape, c["organization_after"])) + r")\b")
        self.work_after = re.compile(r"\s+(?:" + "|".join(map(re.escape, c["work_after"])) + r")\b(?!\s+(?:"
                                     + "|".join(map(re.escape, c["work_after_not"])) + r")\b)")
        self.place_after = re.compile(r"\s+(?:" + "|".join(map(re.escape, c["place_after"])) + r")\b")
        self.site_place_after = re.compile(r"\s+(?:" + phrase_pattern(c["site_place_after"])
                                           + r")(?![\w’'-])")
        self.ambiguous_titles = set(c["ambiguous_titles"])
        self.place_before_title = set(c["place_before_title"])
        self.periodical_nouns = set(c["evidence"]["periodical_nouns"])
        self.particle = re.compile(r"(?:" + "|".join(map(re.escape, c["name_particles"])) + r")-[^\W\d_]")
        self.possessive = set(c["possessive_name_words"])
        self.possessive_openers = set(c["possessive_name_openers"])
        self.possessive_places = set(c["possessive_place_heads"])
        self.possessive_endings = tuple(c["possessive_name_endings"])
        orgs = "|".join(re.escape(r) for r in sorted(c["evidence"]["organization_apposition"], key=len,
                                                     reverse=True))
        # the noun heads the apposition: "a roof bolter at a union mine" is no union
        self.org_apposition = re.compile(
            rf",\s+(?:a|an|the|its|their)\s+(?:(?!(?:at|of|in|on|for|from|with|by|to)\s)[\w-]+\s+){{0,4}}?(?:{orgs})(?![\w’'-])")
        roles = "|".join(re.escape(r) for r in sorted(c["person_roles"], key=len, reverse=True))
        # "Jan Ruiz, the union’s president": a possessive may stand inside the apposition;
        # with no article, a role and what it is of: "Jan Ruiz, president of the Kelvish union"
        self.role_after = re.compile(rf",\s+(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{roles})\b"
                                     rf"|(?:[a-z]+\s+)?(?:{roles})\s+(?:of|at|for|in)\s)")
        self.role_before = re.compile(rf"(?<![\w’'-])(?:{roles})\s$")
        places = phrase_pattern(c["place_before"])
        self.place_before = re.compile(r"(?<![\w’'-])" + places + r"\s+(?:the\s+)?$", re.IGNORECASE)
        self.periodical_after = [re.compile(p) for p in c["periodical_after"]]
        self.title_verbs = set(c["title_verbs"])
        self.common_names = set(c["junk"]["common_word_names"])
        self.periodical_before = re.compile(r"(?<![\w’'-])" + phrase_pattern(c["periodical_before"])
                                            + r"\s+(?:the\s+)?$", re.IGNORECASE)
        self.region_suffixes = tuple(c["evidence"]["region_suffixes"])
        self.org_label: Callable[[str], bool] = lambda label: False  # set by find_new_names

    def ends_in_org_label(self, words: list[str]) -> bool:
        """The name's last words (not all of it) are a registry organisation's label: a branch
        of it named by its place or level ("State AFL-CIO", "Ohio State AFL-CIO")."""
        return any(self.org_label(" ".join(words[k:])) for k in range(1, len(words)))

    def compass_adjective(self, words: list[str]) -> bool:
        """"South African", "West German", "North Korean": a compass word before a group word
        is an adjective of nationality, no name ("the South African ANC")."""
        return len(words) == 2 and words[0] in self.compass and self.group(words[1])

    def possessive_word(self, word: str) -> bool:
        """A plural noun a name runs on over after its "’s" ("People’s", "Longshoremen’s")."""
        return word in self.possessive or word.endswith(self.possessive_endings)

    def leading(self, word: str) -> bool:
        """Words a name never starts with: "The", titles, months (not "Chinese" in
        "Chinese Communist Party")."""
        return word in self.function or word in self.titles or word in self.calendar

    def cap(self, word: str) -> bool:
        """Capitalised, or a name particle before a capital ("al-Baghdadi")."""
        return word[:1].isupper() or bool(self.particle.match(word))

    def group(self, word: str) -> bool:
        """A group word, or its plural ("Mexicans"), or a country's adjective by its spelling
        ("Gambian", "Gambians": kg.nlp.entities.nations)."""
        return word in self.groups or word.endswith("s") and word[:-1] in self.groups or is_demonym(word)

    def generic(self, word: str) -> bool:
        bare = re.sub(r"['’]s$", "", word)
        parts = [p for p in re.split(r"-", bare) if p]
        return all(p in self.function or p in self.calendar or self.group(p) or p in self.titles
                   for p in parts) or bare in self.function | self.calendar | self.titles or self.group(bare)

    def title_applies(self, words: list[str], n: int) -> bool:
        """Is words[:n] (a title) a title here? Not before a name with a head word ("Premier
        League"); an ambiguous one only before two capitalised words ("General Motors")."""
        rest = [w for w in words[n:] if self.cap(w)]
        if not rest or rest[-1] in self.heads:  # "Queen Elizabeth Hospital"
            return False
        if " ".join(words[:n]) in self.ambiguous_titles:  # "Major League Baseball"
            return len(rest) >= 2 and not any(w in self.heads for w in rest)
        return True

    def title_at(self, words: list[str]) -> int:
        """How many words at the start of `words` make a title ("Prime Minister" → 2), or 0."""
        for n in (3, 2, 1):
            if len(words) > n and " ".join(words[:n]) in self.titles:
                return n
        return 0


def find_new_names(doc: Document, tx: TextIndex, known: list[Match], regs: list[Region],
                   blocked: list[tuple[int, int]] = (),
                   org_label: Callable[[str], bool] = lambda label: False) -> list[NewName]:
    """New entities and their mentions; may drop known mentions a longer new name absorbs
    ("Iran" in "Socialist Workers Party of Iran"), which are removed from `known` in place.
    `blocked` spans are never part of a new name (a registry name left unlinked on purpose).
    `org_label` says whether a label is a registry organisation's: a name ending in one is
    a branch of it ("Ohio State AFL-CIO"), a full name of its own before "and"."""
    cues = _Cues()
    cues.org_label = org_label
    ev = evidence()
    text = doc.text
    lower = lower_case_words(text)
    covered = sorted(known, key=lambda m: m.begin)
    titles = find_titles(text, regs, covered)
    skip = list(blocked) + [(t.begin, t.end) for t in titles]
    authors = {m.end() for t in titles if t.same_as is None  # where a title's author's name starts
               and (m := _BY_AUTHOR.match(text, t.end))}
    runs: list[_Run] = []
    for r in regs:
        if r.kind in ("headline", "deck") and _title_cased(text[r.begin:r.end]):
            continue  # "Protests Hit Israel Over War": every word is capitalised, none says a name
        if r.kind in ("prose", "headline", "deck"):
            found = _merge_and(text, _runs(text, r, covered, cues, tx, skip, lower), cues, lower,
                               _people_ends(covered))
            found = joins.join_marks(text, r, found, covered, cues, tx)  # "Dorrow v. Bush", "A & B"
            found = _named_by_initials(text, r, found, covered + [_Run(b, e, []) for b, e in skip], cues)
            found = _foreign_names(text, r, found, covered)
            found = _headless_list_before_initials(text, found, cues)  # "… Transport union (RMT)"
            found = _constituencies(text, r, found, covered, cues)
            found = _place_before_list(text, found, covered, cues)
            found = _founder_firm(text, found, covered, cues)
            runs += _registry_body_before(text, found, covered, cues)
        elif r.kind in _ROLE_KINDS:  # a signer or a place line: its role types what it names
            for run in _runs(text, r, covered, cues, tx, skip, lower):
                run.kind = _ROLE_KINDS[r.kind]
                runs.append(run)
    # a title is one name: a registry name inside it is part of it, no mention of its own
    # ("Malcolm X" in "Malcolm X Speaks", "Cuban Revolution" in "Dynamics of the Cuban Revolution")
    runs += [_Run(t.begin, t.end, [(t.begin, t.end, text[t.begin:t.end])], kind=t.kind, same_as=t.same_as,
                  absorbed=[m for m in covered if t.begin <= m.begin and m.end <= t.end]) for t in titles]
    runs += [u for run in runs if (u := _unit_union(text, run, covered, cues)) is not None]
    runs += [u for run in runs if (u := _acronym_union(text, run, cues)) is not None]
    runs = _framed_runs(text, regs, runs, covered)
    runs.sort(key=lambda run: run.begin)
    runs = _title_case_lines(text, runs, tx, ev, cues, authors)
    person_fields = {normalise(p.name): p.name for p in _people(doc)}
    mid_words = {w for run in runs for (b, _e, w) in run.words[:1] if not tx.is_sentence_start(b)}
    # capitalised alone mid-sentence: "Landless" opening "the Landless Rural Workers Movement"
    # does not make a name of "Landless peasants" opening a sentence
    alone_words = {run.words[0][2] for run in runs
                   if len(run.words) == 1 and not tx.is_sentence_start(run.begin)}
    counts: dict[str, int] = {}
    for run in runs:
        counts[_label(text, run)] = counts.get(_label(text, run), 0) + 1
    # family names of people named family name first ("Park" of "Park Min-ho"): never junk
    family_names = {run.words[0][2] for run in runs
                    if ev.hyphenated_given_name([w for (_b, _e, w) in run.words])}
    kept: list[tuple[_Run, str, tuple[str, bool]]] = []
    openers: list[_Run] = []  # one word opening a sentence: a name only as a known short form
    for run in runs:
        dateline = _in_dateline(doc, run)
        if run.kind is None and not dateline:
            run = _drop_sentence_opener(run, tx)
            run = _drop_initial_noun(text, run, tx, mid_words, cues)
            if run is None:
                continue
            run = _drop_initial_role(run, tx, cues, ev, lower)
        label = _label(text, run)
        words = [w for (_b, _e, w) in run.words]
        if label.isupper() and not dateline and run.kind is None and len(words) > 1:
            # a byline or a heading in capitals: a name only if a given name opens it
            by = False
            while len(run.words) > 1 and _title_case(run.words[0][2]) in cues.function:
                by = by or _title_case(run.words[0][2]) == "By"  # "BY NICK CASTLE": an author
                run = _Run(run.words[1][0], run.end, run.words[1:], run.title or by, run.absorbed)
            words = [w for (_b, _e, w) in run.words]
            if not ev.given_name_first([_title_case(w) for w in words]):
                continue
            label = _title_case(_label(text, run))
        if dateline and label.isupper():
            label = _title_case(label)
        if len(words) == 1 and run.kind is None and not dateline:
            w = words[0]
            if re.fullmatch(r"[A-Z]{2,}s", w):  # plural acronyms are common nouns: "IQs"
                continue
            if re.fullmatch(r"[A-Z][A-Z.&]+", w) and counts.get(label, 0) < 2 \
                    and not framing().acronym_at(text, run.begin, run.end) \
                    and not ev.employer(text, run.begin, run.end) \
                    and not ev.organization_before_name(text, run.begin) \
                    and not ev.organization_shape(text, run.end, label) \
                    and not cues.work_after.match(text, run.end) \
                    and not cues.org_apposition.match(text, run.end) \
                    and not framing().state_code_at(text, run.begin, run.end):
                continue  # a lone acronym, unless an employer's or organisation's cue stands by it:
                # "the VTX grain terminal", "the strike at VTX", "a member of VTX", "the VTX law",
                # "VTX, the controllers union,"
            if tx.is_sentence_start(run.begin) and w not in alone_words:
                openers.append(run)
                continue
        if (ev.is_junk(label, lower) or framing().generic_law(text, run.end, label)) \
                and run.kind is None and not run.title \
                and normalise(label) not in person_fields and label not in family_names:
            continue  # "Years Ago", "Union", "Position": a label or a common noun, no entity
        kind = _kind(doc, text, run, label, person_fields, covered, cues, ev)
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
    typed = [(m.begin, m.end, m.entry.kind) for m in covered] + [
        (run.begin, run.end, kind_of[label][0]) for run, label, _k in kept]
    for run, label, _k in kept:  # "students from Harvel and Dorrow University", "Kelvane, Dorrow Foods and …"
        weak = kind_of[label][0] == "thing" or (kind_of[label] == ("place", False) and run.kind is None
                                                and ev.locative_before(text, run.begin)
                                                and ev.place_kind(label) is None
                                                and _head_word(label, cues) not in cues.heads)
        if weak and _coordinated_with(text, run, typed, ("organization",), kind_of[label][0] == "thing"):
            kind_of[label] = ("organization", False)
            typed.append((run.begin, run.end, "organization"))  # the list runs on: "A, B, C and D"
        elif kind_of[label][0] == "thing" and ev.gazetteer.town_kind(label) \
                and _coordinated_with(text, run, typed, _PLACE_KINDS):
            # "in nearby Salisbury and Iowa Colony": a town the gazetteer knows, joined by "and"
            # to a place (branch ent22)
            kind_of[label] = ("place", False)
            typed.append((run.begin, run.end, "place"))
        elif kind_of[label][0] == "thing" and _coordinated_with(text, run, typed, _PLACE_KINDS, True, True):
            kind_of[label] = ("place", False)  # "depots in Morden, Brindlecote, and Stratford"
        elif kind_of[label][0] == "thing" and _locative_list(text, run, typed, ev):
            kind_of[label] = ("place", False)  # "walkouts at Dorrow, Feyzel and La Brève"
            typed.append((run.begin, run.end, "place"))
        elif (kind_of[label][0] == "thing" and len(label.split()) in (2, 3)
              and _head_word(label, cues) not in cues.heads
              and _coordinated_with(text, run, typed, ("person",))):
            kind_of[label] = ("person", False)  # "killed Don Bragg and Ellery Hatfield"
    _list_kinds(text, kept, covered, kind_of, cues)
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

    def longer_name(short: str, at: int) -> str | None:
        """The one earlier longer person or thing name ending in these words ("Palmeiro",
        "Sío Wong" after "Moisés Sío Wong"), or organisation name opening with them when
        nothing types them otherwise ("Great Lakes" after "Great Lakes Airlines"; in a
        heading, also before it)."""
        n = len(short.split())
        longer = {f for f in full_names if len(f.split()) > n and f.split()[-n:] == short.split()
                  and kind_of[f][0] in ("person", "thing")
                  and (first_at[f] < at or heading(at) and kind_of[f][0] == "person")}  # "Okonkwo wins"
        # a storm by its name alone after its kind and name: "Helene" after "Hurricane Helene"
        longer |= {f for f in full_names if kind_of[f][0] == "event" and first_at[f] < at
                   and " ".join(f.split()[:-n]) in cues.storm_kinds and f.split()[-n:] == short.split()}
        # an organisation's leading words: "Great Lakes" after "Great Lakes Airlines"
        longer |= {f for f in full_names if len(f.split()) > n and f.split()[:n] == short.split()
                   and kind_of[f][0] == "organization" and (first_at[f] < at or heading(at))
                   and not kind_of.get(short, ("thing", False))[1]  # a weak kind: "Massey" a town,
                   # not a state, not a person ("Ana Beltrán" after "the Ana Beltrán Platoon")
                   and kind_of.get(short, ("thing", False))[0] not in ("place", "country", "person")}
        # a first family name: "Gómez" after "Ramiro Gómez Urrieta" (kg.nlp.entities.familynames)
        longer |= {f for f, middle in family_of.items() if middle == short and first_at[f] < at}
        if len(longer) > 1:  # "Kelvane" after "Kelvane Motor" and "Kelvane Motor Workers Union"
            first = min(longer, key=lambda f: len(f.split()))
            if all(f.split()[:len(first.split())] == first.split() for f in longer):
                return first  # the others are names built on it
        return longer.pop() if len(longer) == 1 else None

    def first_name_of(short: str, run: _Run) -> str | None:
        """"women like Teté were …" after "Teté Puebla": a one-word name that only the place
        gazetteer types (no locative word or place phrase before it, no given name the
        gazetteer knows) and that opens exactly one person's full name named before is that
        person, called by the name friends use (a town of Mozambique is spelled so too)."""
        kind, strong = kind_of.get(short, ("thing", False))
        if len(short.split()) != 1 or kind not in _PLACE_KINDS or strong \
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
    for run in openers:  # "Romero pointed to…" after "Luis Romero": a short form, not a capital
        full = longer_name(run.words[0][2], run.begin)
        if full:
            kept.append((run, run.words[0][2], kind_of[full]))
        elif len(surnames.get(run.words[0][2], ())) == 1 and not ev.place_kind(run.words[0][2]):
            # "Carter sent troops." before "Jimmy Carter": the one person of that surname
            # (kg.nlp.entities.mentions makes it that person's mention)
            kept.append((run, run.words[0][2], ("person", True)))
        elif run.words[0][2] not in surnames and not ev.place_kind(run.words[0][2]) \
                and len(at := givens.get(run.words[0][2], {})) == 1 and min(at.values()) < run.begin:
            # "Dimitris said" after "Dimitris Kelvanos, a docker,": the one person the article
            # named in full with that given name (kg.nlp.entities.mentions makes it his mention)
            kept.append((run, run.words[0][2], ("person", True)))
        elif _opener_organization(text, run, cues, ev, lower):
            # "Morrow, the energy company, raised prices", "Kelvex management refused": the
            # sentence opens with a firm's name the text says is one
            kind_of.setdefault(run.words[0][2], ("organization", False))
            kept.append((run, run.words[0][2], kind_of[run.words[0][2]]))
        elif framing().dateline_town(run.words[0][2], [d.value for d in doc.datelines]) \
                or framing().placed_by_apposition(text, run.end) \
                or ev.place_kind(run.words[0][2]) and framing().directory_town(text, run.begin, run.end):
            # "Lorain steelworkers struck." under "LORAIN, Ohio—": the dateline's town; "Kelvo, a
            # mining town,"; "Stockholm: Box 5024" opening a directory's line
            kind_of.setdefault(run.words[0][2], (ev.place_kind(run.words[0][2]) or "place", True))
            kept.append((run, run.words[0][2], kind_of[run.words[0][2]]))
        elif ev.place_kind(run.words[0][2]) and _coordinated_with_places(text, run, covered):
            # a town opening a line or sentence before its state: "Harrisburg, Illinois"
            kind_of.setdefault(run.words[0][2], (ev.place_kind(run.words[0][2]) or "place", True))
            kept.append((run, run.words[0][2], kind_of[run.words[0][2]]))
    kept = [k for k in kept if not _common_word_alone(k[0], k[1], kind_of, cues, ev)
            or normalise(k[1]) in person_fields or k[1] in family_names or k[1] in surnames
            or longer_name(k[1], k[0].begin) or first_name_of(k[1], k[0])]
    kept.sort(key=lambda k: k[0].begin)
    names: dict[str, NewName] = {}
    for run, label, _ in kept:
        if label.endswith("s") and label[:-1] in kind_of:
            label = label[:-1]
        if run.kind is None:  # a short form of a longer new name seen before ("Palmeiro")
            label = longer_name(label, run.begin) or first_name_of(label, run) or label
        if run.same_as:  # "Harvest of Fire" again: the work named in full
            label = re.sub(r"\s+", " ", run.same_as)
        kind = kind_of.get(label, ("thing", False))[0]
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
    _acronyms(text, names, known, regs, tx)
    return list(names.values())


def _common_word_alone(run: _Run, label: str, kind_of: dict[str, tuple[str, bool]], cues: _Cues,
                       ev: Evidence) -> bool:
    """A one-word name nothing types (no head word, cue, gazetteer entry, title or role line)
    that is a common English word (kg.nlp.entities.commonwords: "Freedom", "Jobs", "End",
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


def _opener_organization(text: str, run: _Run, cues: _Cues, ev: Evidence, lower: set[str]) -> bool:
    """One word opening a sentence, capitalised nowhere else, is a name when what follows says
    it is an organisation: an apposition with an organisation noun ("Morrow, the energy
    company,") or an employer's noun ("Kelvex management", "Kelvex’s plant"). Not a word the
    article writes in lower case or a junk word ("Plant management", "Union officials"). An
    acronym is no capital by position: with such an apposition it is a name ("KAWCO, the
    controllers union,")."""
    w = run.words[0][2]
    if len(w) > 1 and w.isupper() and not ev.is_junk(w, lower):
        return bool(cues.org_apposition.match(text, run.end)) \
            or framing().acronym_at(text, run.begin, run.end)
    if w.isupper() or ev.is_junk(w, lower) or w in cues.heads or cues.generic(w) \
            or ev.place_kind(w) or ev.gazetteer.is_given_name(w):
        return False
    return bool(cues.org_apposition.match(text, run.end)
                or ev.employer_after.match(text[run.end:run.end + 30]))


def surname(label: str) -> str:
    """The last word of a person's name, a generational suffix aside ("Martin Luther King Jr.");
    the first where a hyphenated given name ends it ("Park Min-ho", "Chung Hye-jin"): Korean
    names put the family name first, and a later "Park" is that person."""
    words = [w for w in label.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III")]
    if 2 <= len(words) <= 3 and _FAMILY_FIRST.fullmatch(words[-1]):
        return words[0]
    return words[-1] if words else label


# a given name of two syllables joined by a hyphen, the second in lower case ("Min-ho")
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _in_dateline(doc: Document, run: _Run) -> bool:
    """"DES MOINES, Iowa—…": the page's and its items' datelines name places, in capitals."""
    return any(d.span.begin <= run.begin < d.span.end for d in doc.datelines)


def _title_case(label: str) -> str:
    """"DES MOINES" → "Des Moines", "WINSTON-SALEM" → "Winston-Salem"."""
    cased = re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), label)
    return re.sub(r"(?<=\w[’'])S\b", "s", cased)  # "JOHN'S" → "John's", not "John'S"


_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Z.&]{1,9})\s*\)")
# "the UN Stabilization Force in Kelvia (MINKEL)": a name, where it is, then its acronym
_PLACE_GAP = re.compile(r"\s+(?:in|of|for)\s+(?:the\s+)?")
_ACRONYM_AFTER_PLACE = re.compile(r"\s+(?:in|of|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
                                  + _ACRONYM.pattern)


def _acronyms(text: str, names: dict[str, NewName], known: list[Match], regs: list[Region],
              tx: TextIndex) -> None:
    """"Cuban Five Committee (CFC)": the acronym is a mention of the new name, there and after.
    After a place that says where the name is ("the UN Stabilization Force in Kelvia
    (MINKEL)") the acronym is the name's, not the place's."""
    named_ends = [s.end for o in names.values() for s in o.spans if o.kind not in _PLACE_KINDS]
    for n in list(names.values()):
        if n.key not in names:
            continue
        taken = [(m.begin, m.end) for m in known] + [(s.begin, s.end) for o in names.values()
                                                     for s in o.spans]
        for sp in list(n.spans):
            a = _ACRONYM.match(text, sp.end)
            if a and n.kind in _PLACE_KINDS and any(
                    e <= sp.begin and _PLACE_GAP.fullmatch(text[e:sp.begin]) for e in named_ends):
                continue  # "… Force in Kelvia (MINKEL)": the force's acronym
            if not a and n.kind not in _PLACE_KINDS:
                a = _ACRONYM_AFTER_PLACE.match(text, sp.end)
            if not a:
                continue
            acro = a.group(1)
            if n.kind in _PLACE_KINDS and not framing().initials_fit(acro, n.label):
                continue  # "… du Québec (FTQ)": the acronym of a longer name, not the place's
            for k, other in list(names.items()):  # found on its own before: it is this name
                if other is not n and other.label == acro:
                    n.spans.extend(other.spans)
                    del names[k]
            rx = re.compile(r"(?<![\w.])" + re.escape(acro) + r"(?![\w])")
            for r in regs:
                for hit in rx.finditer(text, max(r.begin, a.start(1)), r.end):
                    if not any(b < hit.end() and hit.start() < e for b, e in taken):
                        n.spans.append(Span(hit.start(), hit.end()))
                        taken.append((hit.start(), hit.end()))
            if acro not in n.forms:
                n.forms.append(acro)
            break


def _drop_initial_noun(text: str, run: _Run, tx: TextIndex, mid_words: set[str], cues: _Cues) -> _Run | None:
    """"Members of the Korean Metal Workers Union" opening a sentence: the first word is a
    common noun capitalised by position; the name is what follows its connector."""
    if not tx.is_sentence_start(run.begin) or len(run.words) < 3 or run.words[0][2] in mid_words:
        return run
    first = run.words[0]
    if first[2] in cues.numbered and _NUMBER_AFTER.match(text, first[0] + len(first[2])):
        return run  # "Local 574 of the Teamsters voted": a numbered unit is a name, no noun
    if foreign.particle_name([w for (_b, _e, w) in run.words]):
        return run  # "Marcel de La Tour said": a given name opens it, no noun
    second = run.words[1][2]
    if second[:1].isupper():
        return run
    rest = run.words[1:]
    while rest and rest[0][2][:1].islower():
        rest = rest[1:]
    if not rest:
        return None
    if any(m.begin == rest[0][0] and m.end == run.end for m in run.absorbed):
        return None  # what is left is a registry name, already a mention of its own
    return _Run(rest[0][0], run.end, rest, run.title, run.absorbed)


def _drop_initial_role(run: _Run, tx: TextIndex, cues: _Cues, ev: Evidence, lower: set[str]) -> _Run:
    """"Retiree Maria Ortiz said …", "Striker Tom Baker agreed": a sentence's first word,
    capitalised by position, before a person's name of two words or more that a given name
    opens, is a noun for the person, no part of the name, when it is a role noun
    (`person_roles`) or a word the article also writes in lower case: the run starts after it,
    a person's name. A given name or a place opening it stays ("Rosa Maria Ortiz")."""
    words = [w for (_b, _e, w) in run.words]
    if len(words) < 3 or not tx.is_sentence_start(run.begin) or not all(w[:1].isupper() for w in words) \
            or words[0].isupper() or ev.gazetteer.is_given_name(words[0]) or ev.place_kind(words[0]) \
            or words[0] in cues.heads or not ev.gazetteer.is_given_name(words[1]) or len(words) > 4:
        return run
    if not (words[0] in cues.roles or words[0].lower() in lower):
        return run  # "Thandiwe Maria Nkosi": a given name no list holds may open a name
    return _Run(run.words[1][0], run.end, run.words[1:], True, run.absorbed)


def _people_ends(known: list[Match]) -> dict[int, Match]:
    """Registry people by the offset one space after their end, where a run glued on begins."""
    return {m.end + 1: m for m in known if m.entry.kind == "person" and m.how == "name"}


def _named_for(text: str, part: _Run, people: dict[int, Match], head: str, cues: _Cues) -> Match | None:
    """The registry person a body ending in an organisation's head (`head`) is named for, glued
    by one space before its list's first part ("José Martí Credit and Service Cooperative",
    as Cuba's farm cooperatives, brigades and schools are named for the country's heroes): the
    registry's name had cut the run there, leaving one word before "and" that joins nothing
    (branch ent23)."""
    m = people.get(part.begin)
    if m is None or text[m.end:part.begin] != " " or cues.heads.get(head) != "organization":
        return None
    return m


def _place_before_title(ws: list[str], k: int, cues: _Cues) -> int:
    """"Polk County Circuit Judge Ana Ruiz", "Kelvo Parish Chancery Judge …": a place’s
    head word ("County", "Valley", "Parish") before a title ws[k], with only the court's or
    office's words between (capitalised, no head of their own), ends the place the official
    serves: the index of that head, or 0. The place had been dropped with the title's words
    (branch ent23)."""
    for j in range(k - 1, 0, -1):
        if cues.heads.get(ws[j]) == "place" and ws[j] in cues.place_before_title:
            return j if all(w not in cues.heads for w in ws[j + 1:k]) else 0
    return 0


def _firm_apposition(text: str, run: _Run, cues: _Cues) -> bool:
    """", the German mail firm": an apposition that makes an organisation of the name, its noun
    no paper's ("newspaper", "weekly", "publisher", `[evidence] periodical_nouns`)."""
    m = cues.org_apposition.match(text, run.end)
    return m is not None and not any(w in cues.periodical_nouns for w in re.findall(r"\w+", m.group(0)))


def _town_with_title(text: str, begin: int, label: str) -> bool:
    """"loggers in Prince George", "near Prince Rupert": a word saying a town stands (`[evidence]
    town_before`: "in", "near", "the town of") before a title and a name the gazetteer knows
    whole as a town (its place list or its list of smaller towns): the town, the title's word
    its first (branch ent23). Without the frame "Prince Albert" stays a prince."""
    ev = evidence()
    return bool(ev.town_before.search(text, max(0, begin - 25), begin)) \
        and (ev.gazetteer.place_kind(label) is not None or ev.gazetteer.town_kind(label) is not None)


def _merge_and(text: str, runs: list[_Run], cues: _Cues, lower: set[str] = frozenset(),
               people: dict[int, Match] | None = None) -> list[_Run]:
    """One organisation named by a list joined with "and" ("Korean Public Service and
    Transport Workers Union", "Bakery, Confectionery, Tobacco Workers and Grain Millers
    union"), when the part after "and" ends in an organisation's head word or stands before a
    lower-case organisation noun ("… union"), and the parts before have no head of their own:
    one part of two words or more, several parts joined by commas, or one common word before
    a union's head ("Chemical and Paper Workers Union", "Hotel and Restaurant Employees").
    The list may also run on in the "of" part of an organisation's name, which then opens the
    whole ("International Association of Sheet Metal, Air, Rail and Transportation Workers"),
    and there the last part may be one plural common noun ("National Union of Farmers and
    Ranchers", "Associated Society of Locomotive Engineers and Firemen")."""
    out: list[_Run] = []
    for run in runs:
        if out and _portfolio(run, out[-1], text, cues, lower):  # "Ministry of Finance and Economy"
            prev = out.pop()
            out.append(_Run(prev.begin, run.end, prev.words + run.words, False, prev.absorbed + run.absorbed))
            continue
        chain: list[_Run] = []
        opener = False  # the first part is an organisation's name with an "of" part
        last = _head_before_number(run, cues)
        inner_of = _head_before_of([w for (_b, _e, w) in run.words], cues) is not None  # "… Union of Kelvia"
        union = last in cues.and_single or bool(cues.org_after.match(text, run.end))
        plural = _plural_noun(run, cues)
        if union or plural or cues.heads.get(last) == "organization":
            gap = _AND_GAP
            nxt = run
            for prev in reversed(out):
                if not gap.fullmatch(text[prev.end:nxt.begin]) or prev.title:
                    break
                if cues.ends_in_org_label([w for (_b, _e, w) in prev.words]):
                    break  # "State AFL-CIO and United Auto Workers Local 862": two bodies
                # a head word alone names nothing before a union's head ("Hotel and Restaurant
                # Employees", "Bank and Insurance Workers Union"); one opening a longer part is
                # an adjective there ("International Longshoremen’s and Warehousemen’s Union")
                lone_head = union and len(prev.words) == 1 and prev.words[0][2] in cues.heads
                opens = len(prev.words) > 1 and prev.words[1][2][:1].isupper()  # not "Ministry of …"
                part_heads = [w for (_b, _e, w) in (prev.words[1:] if opens else prev.words)]
                if not lone_head and any(w in cues.heads and w not in cues.and_inner for w in part_heads):
                    if _of_part(prev, cues, industry=union) and not inner_of \
                            and (plural or last in cues.and_single):
                        chain.insert(0, prev)
                        opener = True
                    break
                chain.insert(0, prev)
                gap, nxt = _COMMA_GAP, prev
        if plural and not opener and not union and cues.heads.get(run.words[-1][2]) != "organization":
            chain = []
        # a product's head ("Oil", "Steel": `and_product_heads`) names one firm by what it
        # makes and wants no list of names before it: where the part after "and" is a name of
        # its own (a word that is no head or field before the product) and a part before is of
        # two words or more, they are two firms ("Dorrow Fruit and Kelvin Oil"); "Goodyear Tire
        # and Rubber Company", "Kelvin Tire and Rubber" (a product after "and") stay one
        if not union and not opener and last in cues.and_products and len(run.words) == 2 \
                and not _field_or_head(run.words[0][2], cues) and any(len(part.words) > 1 for part in chain):
            chain = []
        hero = _named_for(text, chain[0], people or {}, last, cues) if chain and not opener else None
        if opener or len(chain) > 1 or hero or (chain and (len(chain[0].words) > 1
                                                           or union and _common(chain[0], cues))):
            del out[len(out) - len(chain):]
            words = [w for part in chain for w in part.words] + run.words
            absorbed = [m for part in chain for m in part.absorbed] + run.absorbed
            begin = chain[0].begin
            if hero is not None:  # the person opens the body's name, no mention of its own
                words.insert(0, (hero.begin, hero.end, text[hero.begin:hero.end]))
                absorbed.insert(0, hero)
                begin = hero.begin
            out.append(_Run(begin, run.end, words, False, absorbed))
            continue
        out.append(run)
    return out


_SEAT = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'.-]*)*")


def _constituencies(text: str, r: Region, runs: list[_Run], known: list[Match], cues: _Cues) -> list[_Run]:
    """"MP for Fermanagh and South Tyrone", "the member of Parliament for Dorrow West": after a
    phrase of `constituency_before` the capitalised words, "and" between two of them included,
    are one place, the seat; "Parliament for Fermanagh" and a piece after "and" are no names.
    A registry name the seat holds is part of it."""
    for c in cues.constituency.finditer(text, r.begin, r.end):
        seat = _SEAT.match(text, c.end(), r.end)
        if seat is None:
            continue
        b, e = seat.start(), seat.end()
        while text[b:e].endswith(".") and not re.search(r"\b[A-Z]\.$", text[b:e]):
            e -= 1
        if text[b:e].endswith(" and"):
            e -= 4
        absorbed = [m for m in known if b <= m.begin and m.end <= e]
        if any(m.begin < e and b < m.end for m in known if m not in absorbed):
            continue
        runs = [run for run in runs if not (run.begin < e and c.start() < run.end)]
        words = [(w.start(), w.end(), w.group(0)) for w in _WORD.finditer(text, b, e)]
        runs.append(_Run(b, e, words, kind="place", absorbed=absorbed))
        runs.sort(key=lambda run: run.begin)
    return runs


_ACRONYM_ANY = re.compile(r"\(\s*([A-Z]{2,8})\s*\)")
_INITIALS_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _named_by_initials(text: str, r: Region, runs: list[_Run], taken: list, cues: _Cues) -> list[_Run]:
    """"Confédération des syndicats nationaux (CSN)", "Central Única dos Trabalhadores (CUT)":
    a name in another language writes its common words in lower case, so the capitalised run
    stops at the first of them; its acronym in parentheses right after says where it begins.
    The words right before the acronym whose initials spell it (the words of `initials_skip`
    aside), the first capitalised, one lower-case word among them and a word of
    `initials_foreign` or a letter outside English's marking another language, are one name
    in place of the pieces. Nothing a registry name, a title or a longer run holds is cut."""
    for a in _ACRONYM_ANY.finditer(text, r.begin, r.end):
        letters = a.group(1)
        toks = list(_INITIALS_WORD.finditer(text, max(r.begin, a.start() - 160), a.start()))
        picked: list[re.Match] = []
        k, li = len(toks) - 1, len(letters) - 1
        nxt = a.start()
        while k >= 0 and li >= 0 and re.fullmatch(r"\s+", text[toks[k].end():nxt]):
            w = toks[k].group(0)
            if w.lower() in cues.initials_skip and picked:
                picked.insert(0, toks[k])
            elif w[:1].upper() == letters[li]:
                picked.insert(0, toks[k])
                li -= 1
            else:
                break
            nxt = toks[k].start()
            k -= 1
        words = [t.group(0) for t in picked]
        if li >= 0 or not words or not words[0][:1].isupper():
            continue
        content = [w for w in words if w.lower() not in cues.initials_skip]
        foreign = any(w in cues.initials_foreign for w in words) or any(
            not ("a" <= ch.lower() <= "z") for w in words for ch in w if ch.isalpha())
        if not foreign or all(w[:1].isupper() for w in content):
            continue  # a name in title case: the other rules read it
        b, e = picked[0].start(), picked[-1].end()
        if any(m.begin < e and b < m.end for m in taken) or any(
                run.begin < b and e <= run.end or run.begin <= b and e < run.end for run in runs):
            continue
        runs = [run for run in runs if not (run.begin < e and b < run.end)]
        runs.append(_Run(b, e, [(t.start(), t.end(), t.group(0)) for t in picked]))
        runs.sort(key=lambda run: run.begin)
    return runs


_NOUN_THEN_INITIALS = re.compile(r"\s+([a-z]+)\s+\(\s*([A-Z]{2,8})\s*\)")


def _headless_list_before_initials(text: str, runs: list[_Run], cues: _Cues) -> list[_Run]:
    """"the Rail, Maritime and Transport union (RMT)": a list of fields joined by commas and
    "and" that ends in no head word and holds no union's head ("Workers"), then a lower-case
    organisation noun (`organization_after`) and the acronym its words' initials (and the
    noun's) spell: the body is named by the acronym, and the list before it, cut from its
    lower-case noun, is no name (it was a piece: junk). The held-out sets' gold disagrees on
    the words with the noun ("… union": the dev set A's gold a name, K's and P's none), so
    the acronym alone is named. Without the acronym the run stays as it was ("the Kelvin union":
    `org_after` types it); a list ending in a head keeps its name ("… Tobacco Workers and Grain
    Millers union") (branch ent23)."""
    out: list[_Run] = []
    for run in runs:
        m = _NOUN_THEN_INITIALS.match(text, run.end)
        words = [w for (_b, _e, w) in run.words]
        label = text[run.begin:run.end]
        if m is None or run.title or run.kind is not None or ", " not in label or " and " not in label \
                or not cues.org_after.match(text, run.end) or words[-1] in cues.heads \
                or any(w in cues.and_single for w in words):
            out.append(run)
            continue
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if m.group(2) not in (initials, initials + m.group(1)[0].upper()):
            out.append(run)
    return out


def _founder_firm(text: str, runs: list[_Run], known: list[Match], cues: _Cues) -> list[_Run]:
    """A firm named for its founder with initials and "& Co." ("Geo. A. Kelvin & Co.", "Wm. J.
    Dorrow & Sons"), whose surname is a registry name: the initials before it, the registry
    name and the joined part after it are one name, the old firm's, where the registry name
    alone would leave the initials as a piece ("Geo. A.") and lose "& Co."."""
    ends = {m.begin: m for m in known if m.how == "name"}
    out: list[_Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        m = ends.get(run.end + 1)
        if m is not None and nxt is not None and text[run.end:m.begin] == " " and not run.title \
                and all(w.endswith(".") for (_b, _e, w) in run.words) \
                and cues.joiner_gap.fullmatch(text[m.end:nxt.begin]):
            words = run.words + [(m.begin, m.end, text[m.begin:m.end])] + nxt.words
            out.append(_Run(run.begin, nxt.end, words, False, run.absorbed + [m] + nxt.absorbed))
            i += 2
            continue
        out.append(run)
        i += 1
    return out


def _place_before_list(text: str, runs: list[_Run], known: list[Match], cues: _Cues) -> list[_Run]:
    """A registry country, state or city glued (one space) before an organisation's name that
    a list joined by "and" makes ("Kenya Garment Manufacturers and Exporters Association") opens
    it, as it opens a name that ends in a head word with no "and" (`_place_before`, which sees
    the pieces before they are joined). A word of `place_name_openers` glued before that place
    opens it too ("All Kelvia Sugar Workers and Cane Cutters Union": an all-island union)."""
    ends = {m.end: m for m in known if m.entry.kind in _PLACE_KINDS + ("state",) and m.how == "name"}
    for run in runs:
        pairs = zip(run.words, run.words[1:], strict=False)
        if run.title or run.kind is not None or cues.heads.get(run.words[-1][2]) != "organization" \
                or not any(text[a[1]:b[0]] == " and " for a, b in pairs):
            continue
        m = ends.get(run.begin - 1)
        if m is not None and text[m.end:run.begin] == " " and m not in run.absorbed:
            run.begin = m.begin
            run.words.insert(0, (m.begin, m.end, text[m.begin:m.end]))
            run.absorbed.append(m)
        if not any(a.begin == run.begin and a.entry.kind in _PLACE_KINDS + ("state",) for a in run.absorbed) \
                and evidence().place_kind(run.words[0][2]) is None:
            continue  # "All" opens only a place's union
        opener = re.search(r"(?<![\w’'-])([A-Z][a-z]+)[ -]$", text[max(0, run.begin - 12):run.begin])
        if opener and opener.group(1) in cues.place_openers:
            b = run.begin - len(opener.group(0))
            run.begin = b
            run.words.insert(0, (b, b + len(opener.group(1)), opener.group(1)))
    return runs


def _registry_body_before(text: str, runs: list[_Run], known: list[Match], cues: _Cues) -> list[_Run]:
    """A registry organisation of two words or more glued (one space) before a new name of two
    words or more that ends in an organisation's head is the opening of one longer name, an
    agency or body of it ("United Nations Relief and Works Agency", "United Nations Development
    Programme Fund"): the registry name is absorbed, no mention of its own. A possessive between
    ("the United Nations’ refugee agency") or a head of its own ("Teamsters Union") keeps two."""
    ends = {m.end: m for m in known if m.entry.kind == "organization" and m.how == "name"
            and len(m.entry.label.split()) > 1}
    for run in runs:
        m = ends.get(run.begin - 1)
        if m is None or text[m.end:run.begin] != " " or run.title or run.kind is not None \
                or len(run.words) < 2 or cues.heads.get(run.words[-1][2]) != "organization" \
                or evidence().gazetteer.is_given_name(run.words[0][2]):
            continue
        run.begin = m.begin
        run.words.insert(0, (m.begin, m.end, text[m.begin:m.end]))
        run.absorbed.append(m)
    return runs


def _field_or_head(word: str, cues: _Cues) -> bool:
    """A head word, a product or a field ("Rubber", "Transport"): a list's item, no firm's own name."""
    return word in cues.heads or word in cues.and_inner or word in cues.fields or word in cues.and_products


def _head_before_number(run: _Run, cues: _Cues) -> str:
    """The head of a run's name; for a numbered unit the word before its head ("Employees" in
    "Hotel and Restaurant Employees Local 2"), which says what the list before "and" names."""
    words = [w for (_b, _e, w) in run.words]
    if len(words) > 1 and words[-1] in cues.numbered:
        return words[-2]
    return _head_before_of(words, cues) or words[-1]


def _head_before_of(words: list[str], cues: _Cues) -> str | None:
    """A union's head (`and_single_heads`) right before the run's "of" part ("Senior Staff
    Association of Kelvia", "Tailoring Workers Union of Kelvia"): the name's head is there, not
    at its end, so a list joined by "and" before the run names what the union's members work in
    ("Cement and Building Materials Senior Staff Association of Kelvia"), as it does before a
    head that ends the run (branch ent19)."""
    if words[-1] in cues.heads or "of" not in words[1:]:
        return None
    k = words.index("of", 1)
    return words[k - 1] if words[k - 1] in cues.and_single else None


def _portfolio(run: _Run, prev: _Run, text: str, cues: _Cues, lower: set[str]) -> bool:
    """A government body "of" two fields joined by "and" ("Ministry of Finance and Economy",
    "Department of Labor and Industry"): after an organisation's name with an "of" part (see
    `_of_part`), one to three capitalised words that are fields (`field_words`) or, one word
    alone, a word the article also writes in lower case ("economy") continue the name. A name
    of its own after "and" ("Ministry of Health and Pfizer") does not."""
    if not re.fullmatch(r"\s+and\s+", text[prev.end:run.begin]) or prev.title or run.absorbed \
            or not (_of_part(prev, cues) or _for_part(prev, cues, text, run) or _ministry_of(prev, cues)) \
            or len(run.words) > 3:
        return False
    words = [w for (_b, _e, w) in run.words]
    if all(w in cues.fields for w in words) or _field_phrase(words, cues):
        return True
    purpose = not _of_part(prev, cues)  # "Coalition for Peace and Democracy": an ideal, one word
    return len(words) == 1 and (purpose or words[0].lower() in lower) and _common(run, cues) \
        and words[0] not in cues.heads and not cues.group(words[0])


def _ministry_of(part: _Run, cues: _Cues) -> bool:
    """"Ministry of Energy", "Department of Housing and …": a government body's head
    (`portfolio_heads`) right before "of" and only fields (`field_words`) after it. A field that is
    also a firm's head ("Energy", "Development") names the portfolio here, so `_of_part`, which
    wants an "of" part with no head of its own, does not decide (branch ent20)."""
    words = [w for (_b, _e, w) in part.words]
    if "of" not in words[1:]:
        return False
    k = words.index("of", 1)
    return words[k - 1] in cues.portfolio_heads and k + 1 < len(words) \
        and all(w in cues.fields for w in words[k + 1:])


def _field_phrase(words: list[str], cues: _Cues) -> bool:
    """"Coal Industry", "Workforce Development", "Heavy Industry": a second portfolio of two or
    three words ending in a field (`field_words`), the words before it common English words
    (kg.nlp.entities.joins `common_word`) that are no given name, no known place and no head but
    a product's ("Coal"), so a firm ("Kelvane Motors") or a person after "and" is none (branch
    ent20)."""
    ev = evidence()
    return 2 <= len(words) <= 3 and words[-1] in cues.fields and all(
        joins.common_word(w) and not ev.gazetteer.is_given_name(w) and ev.place_kind(w) is None
        and (w not in cues.heads or w in cues.and_products or w in cues.fields) for w in words[:-1])


def _of_part(part: _Run, cues: _Cues, industry: bool = False) -> bool:
    """An organisation's name whose head comes before "of" and whose "of" part has no head of
    its own and names no known place ("International Association of Sheet Metal", "National
    Union of Farmers"): a list joined by "and" right after it may go on naming what the
    organisation is of, when it ends in a union's head or a plural noun. With `industry` (the
    list ends in a union's head) a product's head in the "of" part is the industry the union
    organises, no firm's head ("National Union of Petroleum and Kelvian Gas Workers")."""
    words = [w for (_b, _e, w) in part.words]
    if "of" not in words:
        return False
    k = words.index("of")
    if any(m.entry.kind in _PLACE_KINDS and m.begin > part.words[k][0] for m in part.absorbed):
        return False  # "University of Oxford": of a place; "Kenya Institute of …" is a place's
    allowed = cues.of_heads | (cues.and_products | cues.and_inner if industry else set())
    return any(cues.heads.get(w) == "organization" for w in words[:k]) and not any(
        w in cues.heads and w not in allowed for w in words[k + 1:])  # "of Machinists" may


def _for_part(part: _Run, cues: _Cues, text: str, nxt: _Run) -> bool:
    """An organisation's name whose head comes before "for" and whose "for" part has no head
    ("Movement for Justice", "Alliance for Patriotic Renewal"): the fields of its purpose may
    be two joined by "and" ("Movement for Justice and Development", "Coalition for Peace and
    Justice"), the last ending the name (no capitalised word glued after it)."""
    words = [w for (_b, _e, w) in part.words]
    if "for" not in words or re.match(r" [A-Z]", text[nxt.end:nxt.end + 2]):
        return False
    k = words.index("for")
    return any(cues.heads.get(w) == "organization" for w in words[:k]) and not any(
        w in cues.heads for w in words[k + 1:])


def _plural_noun(part: _Run, cues: _Cues) -> bool:
    """A capitalised plural common noun, alone or after one word ("Ranchers", "Firemen", "Allied
    Trades"): no group word, head word, given name or known place."""
    if len(part.words) > 2 or not all(w[:1].isupper() for (_b, _e, w) in part.words):
        return False
    word = part.words[-1][2]
    return (word.endswith("s") or word.endswith(cues.possessive_endings)) and not word.isupper() \
        and not cues.group(word) and word not in cues.heads and all(
            _common(_Run(b, e, [(b, e, w)]), cues) for (b, e, w) in part.words)


def _common(part: _Run, cues: _Cues) -> bool:
    """One word that is no given name and no place the gazetteer knows ("Chemical", "Hotel"):
    in "Chemical and Paper Workers Union" it is part of the union's name."""
    word = part.words[0][2]
    ev = evidence()
    return not ev.gazetteer.is_given_name(word) and ev.place_kind(word) is None


_AND_GAP = re.compile(r"(?:['’]s?)?\s*,?\s+and\s+")
_COMMA_GAP = re.compile(r"\s*,\s+")


def _people(doc: Document):
    out = list(doc.bylines) + [i.author for i in doc.items if i.author]
    if doc.letter:
        out += [p for p in (doc.letter.sender, doc.letter.recipient) if p]
    return out


def _label(text: str, run: _Run) -> str:
    return re.sub(r"\s+", " ", text[run.begin:run.end])


def _kind(doc: Document, text: str, run: _Run, label: str, person_fields: dict[str, str],
          known: list[Match], cues: _Cues, ev: Evidence) -> tuple[str, bool]:
    """The kind of a new name, and whether a cue in the text gave it (strong) rather than its
    head word (weak). Cues: a work noun or citation (the title's kind), a title before it, a
    byline or letter name equal to it, an apposition with a role noun ("Keith Ellis, a
    professor") → person; the dateline, a place phrase before it ("governor of Minnesota"),
    coordination with known places ("Canada, the United States, Venezuela and Cuba") → place;
    an issue number after it ("Labor Review no. 9") → periodical. Else the head word's type."""
    if run.kind == "place":  # a place line: the gazetteer says which kind
        return ev.place_kind(label) or "place", True
    if run.kind == "person" and cues.heads.get(_head_word(label, cues)) == "organization":
        return "organization", True  # a letter signed by a group: "… Workers Solidarity Committee"
    if run.kind:
        return run.kind, True
    if run.title or normalise(label) in person_fields:
        return "person", True
    if cues.role_after.match(text, run.end) and cues.heads.get(_head_word(label, cues)) != "organization" \
            and _head_word(label, cues) not in framing().place_heads_no_person:
        return "person", True  # not "Kelvane Healthcare, the hospital’s owner": a company
    if _in_dateline(doc, run):
        return ev.place_kind(label) or "place", True  # "SEOUL": the gazetteer says a city
    if (framing().placed_by_apposition(text, run.end) or framing().directory_town(text, run.begin, run.end)) \
            and cues.heads.get(_head_word(label, cues)) is None:
        # "Kelvo Dorra, an industrial city near Cairo,"; "OHIO: Kelvinton: 12 Dorrow St."
        return ev.place_kind(label) or "place", True
    if (state := framing().state_place(text, run.begin, run.end, label)) is not None:
        return ev.place_kind(label) or "place", state  # "Campsie NSW 2194": a town, its state
    if (imprint := _imprint_part(text, run)) is not None:
        return imprint, True  # "(The Hague: Martinus Dorrow, 1978)": the city and the publisher
    if any(p.match(text[run.end:run.end + 40]) for p in cues.periodical_after):
        return "periodical", True
    if len(run.words) == 1 and (hyphened := hyphen_kind(label)):
        return hyphened, False  # "Paris-Nord": a town beside a city; "Petro-Peru": a firm
    if len(run.words) == 1 and any(cues.org_label(part) for part in label.split("-")[1:]):
        return "organization", False  # "Esso-ExxonMobil": a firm's name joined to its owner's
    if any(w in cues.case_connectors for (_b, _e, w) in run.words):
        return "event", False  # "Brown v. Board of Education": a lawsuit
    numbered = _NUMBERED_LABEL.search(label.split(" of ")[0])
    if numbered and numbered.group(1) in cues.numbered_places and " of " not in label:
        return "place", False  # "Route 9", "Interstate 35": a road named by its number
    if numbered and numbered.group(1) in cues.numbered:
        return "organization", False  # "United Mine Workers of America Local 5958", "District 751"
    words = label.split()
    if len(words) == 2 and words[0] in cues.spelled_places and words[1] in cues.spelled_numbers:
        return "place", False  # "Pier Two", "Berth Four": a port's part named by its number
    if len(label.split()) > 2 and any(w in cues.title_verbs for w in label.split()[1:]):
        return "work", False  # "History Is Still Being Written": a title's verb, no name's
    head = _head_word(label, cues)
    compound = _head_word(label, cues, 2)
    if compound in cues.compound_heads:
        return cues.compound_heads[compound], False  # "… Sewer District": a public body
    if framing().venue(text, run.begin, label.split(), ev.given_name_first(label.split()[:-1])):
        return "place", False  # "the Ellen Dorrow Centre", "a meeting at the Kelvo Centre": a hall
    if len(names := label.split()) == 1 and head in cues.heads and cues.heads[head] != "organization" \
            and (ev.organization_before_name(text, run.begin, names)
                 or ev.organization_listed(text, run.begin) or ev.employer(text, run.begin, run.end)):
        return "organization", False  # "retailers including Gap", "a Gap store": a firm, not a pass
    firm = framing().firm_frame(text, run.begin, run.end, ev.given_name_first(names))
    # a paper has readers, not workers: "Canada Post workers" (the people's nouns count here)
    if cues.heads.get(head) == "periodical" and len(names) == 2 \
            and (framing().firm_frame(text, run.begin, run.end, True) or _firm_apposition(text, run, cues)) \
            and not article_before(text, run.begin) \
            and (any(m.entry.kind in _PLACE_KINDS for m in run.absorbed) or ev.place_kind(names[0])
                 or not common_words().common(names[0])):
        # "Canada Post workers": a country's postal firm, not a daily; "Kelvane Post, the mail
        # firm": a first word no English text writes (a foreign adjective, a name) and a firm's
        # frame or apposition (branch ent23)
        return "organization", True
    if firm == STRONG and cues.heads.get(head) == "place" and not ev.place_kind(label):
        return "organization", True  # "Kelvo Park management": a firm named like a park
    if head in cues.heads:
        return cues.heads[head], False
    if head in cues.of_the_heads and f"{head} of the " in label:
        return "organization", False  # "… Trade Area of the Kelvish Isles": a pact's body
    if (m := cues.periodical_before.search(text, max(0, run.begin - 30), run.begin)) \
            and not ev.place_kind(label) \
            and (m.group(0).rstrip().endswith(("the", "The")) or not ev.given_name_first(label.split())):
        # "an article in the Kelvin Sentry", "a columnist for Dorrow Today"; "a letter to Maria
        # Ortiz" is a person's (a given name opens it and no "the" stands before it)
        return "periodical", False
    if ev.periodical_by_context(text, run.begin, run.end, label.split()):
        return "periodical", False  # "the Daily Worker", "the Kelvin Sun reported"
    if len(run.words) == 2 and any(m.entry.kind == "country" for m in run.absorbed):
        return "organization", False  # "U.S. Pipe": a firm or an agency named for its country
    if cues.org_after.match(text, run.end):
        return "organization", False  # "the Grain Millers union"
    if cues.work_after.match(text, run.end):
        return "work", False  # "the PROMESA law", "the Dorrow-Kelvin bill": a law
    if cues.joiner_in.search(label):
        return "organization", False  # "Stop & Shop", "AT&T": a firm's name
    if cues.org_apposition.match(text, run.end):
        return "organization", True  # "Unison, the public sector workers union,"
    names = label.split()
    lead = (cues.leading_heads.get(" ".join(names[:2])) if len(names) > 2 else None) or (
        cues.leading_heads.get(names[0]) if len(names) > 1 else None)  # "Tropical Storm Fay"
    if lead == "place":
        return ev.place_kind(label) or "place", False  # "Ciudad Juárez", "Sierra Maestra"
    if lead and not ev.place_kind(label):  # "Royal Oak" is a town the gazetteer knows
        return lead, False  # "Movimiento Sin Tierra", "Frente Amplio", "Royal Mail"
    if cues.place_after.match(text, run.end):
        return "place", False  # "the Ruhr region"
    if len(names) > 1 and cues.site_place_after.match(text, run.end):
        return "place", False  # "the Kelvin Hill depot": a given name opens no depot's name
    place = ev.place_kind(label)
    if place and len(names) > 1 and (ev.locative_before(text, run.begin)
                                     or ev.locative_list_before(text, run.begin)
                                     or _coordinated_with_places(text, run, known)):
        # "a driver from Broken Arrow, said …", "Elizabeth City, N.C.": a town the gazetteer
        # knows, where the text says a place, beats a speech verb and a given name
        return place, True
    if not place and (town := ev.framed_town(text, run.begin, label)):
        return town, True  # "the mill in Iowa Colony": a town too small for the place list
    if len(names) > 1 and (ev.speaker(text, run.begin, run.end) or ev.person_after_name(text, run.end)):
        return "person", True  # "said Maria Ortiz", "Maria Ortiz, 42,", "Ana Beltran (1901-1975)"
    if ev.person_noun(text, run.end):
        return "person", True  # "the Harlan administration"
    if len(names) <= 2 and not label.isupper() and not cues.group(names[-1]) \
            and ev.ruler(text, run.begin, run.end) and not ev.place_kind(label):
        return "person", False  # "the regime of Kelvano", "the Kelvano dictatorship"
    if cues.role_before.search(text, max(0, run.begin - 30), run.begin) and len(names) > 1:
        return "person", True  # "FEU national president Adalberto Hernández", "rector Rubén Zardoya"
    if cues.place_before.search(text, max(0, run.begin - 40), run.begin):
        return ev.place_kind(label) or "place", True
    if len(names) > 1 and names[0] in cues.compass and ev.place_kind(" ".join(names[1:])):
        return "place", True  # "Central Asia", "Southern California": a region
    if ev.compass_region(text, run.begin, label):
        return "place", True  # "the communities of the Southwest"
    if len(names) == 2 and names[0] in cues.compass and article_before(text, run.begin) \
            and names[1] not in cues.heads and not cues.group(names[1]) and not ev.place_kind(label) \
            and names[1] not in cues.titles:  # "Rand" is a given name too: no person takes "the"
        return "place", False  # "the East Rand", "the North Shore": a compass word's region (ent21)
    if ev.organization_before_name(text, run.begin, names) or ev.organization_listed(text, run.begin):
        return "organization", False  # "the fascist Golden X", "monopolies like Korvex and X"
    if ev.building_for_city(text, run.begin, names) and any(
            m.entry.kind == "city" and text[m.begin:m.end] == names[-1] for m in known):
        return "place", False  # "the Harwell Boston" where Boston is named: a hotel named for its city
    if place and len(names) > 1:
        return place, False  # "Pinar del Río", "Santa Rosa": a given name opens a town's name
    if (firm or framing().ends_in_acronym(names)) and not place and not framing().placed(text, label):
        return "organization", False  # "workers at Dorrow Daniels Kelmont", "Kelvo Ruiz CCS"
    # "El Mirador", "La Nación": an article opens no person's name (the gazetteer lists "El")
    if names[0] not in cues.name_articles and (ev.given_name_first(names) or ev.hyphenated_given_name(names)):
        return "person", False  # "Maria Ortiz", "Chung Hye-jin": a given name opens or ends it
    if place:
        return place, False  # the gazetteer: "Omaha", "Equatorial Guinea"
    if _coordinated_with_places(text, run, known):
        return "place", True  # the gazetteer would have said which kind
    if len(names) == 1 and label.endswith(cues.region_suffixes) and len(label) > 6 \
            and not common_words().common(label):
        return "place", False  # "Tyneside": a region named by its river's side (ent21)
    if framing().platform(text, run.begin, run.end) and not place and len(names) == 1:
        return "organization", False  # "posted on Kelvbook", "a Kelvbook page": a social network
    if (ev.employer(text, run.begin, run.end) or ev.organization_shape(text, run.end, label)) \
            and not framing().placed(text, label):  # "workers at X" where "in X" says a town
        return "organization", False  # "workers at Arriva", "the Kelvane plant", "Kelvane bosses"
    if len(names) > 1 and (_ACRONYM.match(text, run.end) or _ACRONYM_AFTER_PLACE.match(text, run.end)):
        return "organization", False  # "the Kelvish Free Miners (KFM)": a body defined by its acronym
    if len(names) == 1 and framing().acronym_at(text, run.begin, run.end):
        return "organization", False  # "SIPTU", "KAWU": an acronym no gazetteer or cue types
    if ev.locative_before(text, run.begin):
        return "place", False  # "in Tar Heel"
    return "thing", False


# a citation's imprint: "(City: Publisher, 1978)", "(New York: Kelvin Dorrow, 2004)"
_IMPRINT = re.compile(r"\((?P<city>[A-Z][^():,;\n]{1,40}):\s+"
                      r"(?P<pub>[A-Z][^():,;\n]{1,60}),\s+(?:1[5-9]|20)\d\d\)")


def _framed_runs(text: str, regs: list[Region], runs: list[_Run], known: list[Match]) -> list[_Run]:
    """Runs as the frames around them say (kg.nlp.entities.framing): a category in capitals
    is no name ("a Credit and Service Cooperative": every run inside it dropped); a party's
    short form in a party's frame is the party ("the Liberals", "Labour government"), an
    organisation whatever group word or common word it is."""
    fr = framing()
    prose = [r for r in regs if r.kind in ("prose", "headline", "deck")]
    categories = [sp for r in prose for sp in fr.category_spans(text, r.begin, r.end)]
    runs = [run for run in runs if run.kind is not None
            or not any(b <= run.begin and run.end <= e for b, e in categories)]
    for run in runs:  # "Decree-Law 259": a law's kind and its number are one law
        if run.kind is None and (n := fr.law_number(text, run.end, _label(text, run))):
            run.end = n
            run.words = run.words + [(run.words[-1][1], n, text[run.words[-1][1]:n].strip())]
            run.kind = "work"
    for r in prose:
        for b, e in fr.party_spans(text, r.begin, r.end):
            # the run itself, or one word glued to a lower-case word by a hyphen ("Labour-run")
            same = [run for run in runs if run.begin == b and (run.end == e or len(run.words) == 1
                                                                and text[e:run.end][:2].startswith("-")
                                                                and text[e + 1:run.end].islower())]
            if same:
                same[0].kind, same[0].end, same[0].words = "organization", e, [(b, e, text[b:e])]
            elif not any(run.begin < e and b < run.end for run in runs) \
                    and not any(m.begin < e and b < m.end for m in known):
                runs.append(_Run(b, e, [(b, e, text[b:e])], kind="organization"))
    return runs


def _list_kinds(text: str, kept: list, known: list[Match], kind_of: dict[str, tuple[str, bool]],
                cues: _Cues) -> None:
    """Names in one list share a kind (kg.nlp.entities.framing.list_kinds): the registry's
    names, strong cues and head words speak for the list; a name only a given name, a
    gazetteer or a locative word typed takes its kind ("the packers Kelvane, Dorrow Daniels
    and Tallow"; "in Kelvo, Dorrow and Santa Tallow" where two are known places)."""
    members = [Member(m.begin, m.end, m.entry.kind, True) for m in known]
    labels: dict[tuple[int, int], str] = {}
    for run, label, _k in kept:
        kind, strong = kind_of[label]
        firm = strong or (kind != "thing" and cues.heads.get(_head_word(label, cues)) is not None)
        members.append(Member(run.begin, run.end, kind, firm))
        labels[(run.begin, run.end)] = label
    for span, kind in framing().list_kinds(text, members).items():
        label = labels.get(span)
        if label is not None and not kind_of[label][1]:
            kind_of[label] = (kind, False)


def _imprint_part(text: str, run: _Run) -> str | None:
    """A name inside a citation's imprint: the city before the colon is a place ("Hague" in
    "(The Hague: …, 1978)"), the name after it the publisher, an organisation, even when a given
    name opens it (a house named for its founder)."""
    for m in _IMPRINT.finditer(text, max(0, run.begin - 45), min(len(text), run.end + 90)):
        if m.start("city") <= run.begin and run.end <= m.end("city"):
            return "place"
        if (m.start("pub"), m.end("pub")) == (run.begin, run.end):
            return "organization"
    return None


def _head_word(label: str, cues: _Cues, n: int = 1) -> str:
    """The head of a name: its last word before any connector ("Coalition" in "Twin Cities
    Coalition for Workers Rights", "Party" in "Socialist Workers Party of Iran"); with `n`,
    its last n words ("Sewer District")."""
    for c in cues.connectors + sorted(cues.purpose):  # "Coalition Against Hunger": "Coalition"
        label = label.split(f" {c} ")[0]
    parts = label.split(" to ")  # "Committee to End the War": "Committee"
    if len(parts) > 1 and parts[0].split()[-1] in cues.purpose_to:
        label = parts[0]
    return " ".join(label.split()[-n:])


_AND_OR = re.compile(r"\s*,?\s+(?:and|or)\s+(?:the\s+)?")
_LIST_END = re.compile(r"[^.;:!?]{0,80}?\s(?:and|or)\s")
_LIST_GAP = re.compile(r"\s*,\s+(?:(?:and|or)\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")


def _coordinated_with(text: str, run: _Run, typed: list[tuple[int, int, str]], kinds: tuple[str, ...],
                      commas: bool = False, both: bool = False) -> bool:
    """A name joined by "and" or "or" (with `commas`, also by a comma: a list) to a name of
    one of `kinds` right before or after it (with `both`, before and after: "Navajo and Lakota
    students" is no list of places whatever towns are called Lakota)."""
    if commas and not _LIST_END.match(text, run.end):
        commas = False  # no "and" ends the list: "Young Socialists, P.O. Box 2396, Denver" is an address
    gap = _LIST_GAP if commas else _AND_OR
    before = any(k in kinds and e <= run.begin and gap.fullmatch(text[e:run.begin]) for b, e, k in typed)
    after = any(k in kinds and b >= run.end and gap.fullmatch(text[run.end:b]) for b, e, k in typed)
    return before and after if both else before or after


def _locative_list(text: str, run: _Run, typed: list[tuple[int, int, str]], ev: Evidence) -> bool:
    """A name in a list that "and" or "or" ends, after a place, where a locative word opens the
    list and its first member is a place ("strikes at Dorrow, Feyzel and La Brève"): what is
    listed after where something happens is where too. Without a locative word ("Navajo and
    Lakota students") or with no place before it, nothing is said."""
    at = run.begin
    members = []
    while True:
        prev = next(((b, e, k) for b, e, k in reversed(typed)  # the latest kind of each name
                     if e <= at and _LIST_GAP.fullmatch(text[e:at])), None)
        if prev is None:
            break
        members.insert(0, prev)
        at = prev[0]
    if not members or members[-1][2] not in _PLACE_KINDS or members[0][2] not in _PLACE_KINDS:
        return False
    closed = re.search(r"\b(?:and|or)\s", text[members[-1][1]:run.begin]) or _LIST_END.match(text, run.end)
    return bool(closed) and ev.locative_before(text, members[0][0])


def _coordinated_with_places(text: str, run: _Run, known: list[Match]) -> bool:
    """"Flint, Michigan" (a name, a comma, a known place) or a list of places ("Canada, the
    United States, Venezuela and Cuba"): at least two known places in the list, so that "…
    from New Jersey, and John Studer" does not make a place of a person."""
    places = sorted((m for m in known if m.entry.kind in _PLACE_KINDS), key=lambda m: m.begin)
    after = next((m for m in places if m.begin >= run.end and _COORD.fullmatch(text[run.end:m.begin])), None)
    before = next((m for m in reversed(places) if m.end <= run.begin
                   and _COORD.fullmatch(text[m.end:run.begin])), None)
    if after is not None and re.fullmatch(r"\s*,\s*", text[run.end:after.begin]):
        return True  # "Flint, Michigan"
    if after is not None and before is not None:
        return True
    for m in (after, before):
        if m is None:
            continue
        k = places.index(m)
        nxt = places[k + 1] if k + 1 < len(places) else None
        prv = places[k - 1] if k > 0 else None
        if (nxt is not None and _COORD.fullmatch(text[m.end:nxt.begin])) or (
                prv is not None and _COORD.fullmatch(text[prv.end:m.begin])):
            return True
    return False


def _title_cased(body: str) -> bool:
    """Three words or more, three quarters of them (small words aside) capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'.\-]*", body) if w.lower() not in _SMALL]
    return len(words) >= 3 and sum(1 for w in words if w[0].isupper()) >= 0.75 * len(words)


def _quoted_titles(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Quotations written in title case: titles of talks, articles, books."""
    out = []
    for m in _QUOTED.finditer(text, begin, end):
        body = m.group(1) or m.group(2)
        words = [w for w in re.findall(r"[^\W\d_][\w’'.\-]*", body) if w.lower() not in _SMALL]
        caps = [w for w in words if w[0].isupper()]
        if len(words) >= 2 and len(caps) >= 0.75 * len(words):
            out.append((m.start(), m.end()))
    return out


def _runs(text: str, r: Region, known: list[Match], cues: _Cues, tx: TextIndex,
          skip: list[tuple[int, int]] = (), lower: set[str] = frozenset()) -> list[_Run]:
    titles_q = _quoted_titles(text, r.begin, r.end)
    inside = [m for m in known if r.begin <= m.begin < r.end]
    known_at = {m.begin: m for m in inside}
    known_end = {m.end: m for m in inside}
    skip = [(b, e) for b, e in skip if b < r.end and r.begin < e]

    def is_covered(b: int, e: int) -> bool:
        return any(m.begin < e and b < m.end for m in inside) or any(sb < e and b < se for sb, se in skip)

    words = []
    for m in _WORD.finditer(text, r.begin, r.end):
        b, e = m.start(), m.end()
        if b > r.begin and (text[b - 1].isalnum() or text[b - 1] in "’'-") and text[b - 2:b] != "--":
            continue
        w = m.group(0)
        for mk in tx.marker_starts:  # a glued footnote marker stays outside
            if b < mk < e:
                e = mk
        w = text[b:e]
        w = re.sub(r"['’]s$", "", w)
        if re.search(r"['’]$", w):  # a possessive after s or z: "Volvo Trucks’ plant", "Ana Ruiz’ book"
            w = w[:-1]
        while w.endswith(".") and w not in cues.abbreviations and not re.fullmatch(r"(?:[A-Z]\.)+", w) \
                and not (w.isupper() and _title_case(w) in cues.abbreviations):  # "ST. JOHN'S"
            w = w[:-1]
        suffix = re.search(r"-([a-z][\w]*)$", w)
        if suffix and suffix.group(1) in cues.hyphen_suffixes:
            w = w[:suffix.start()]
        words.append((b, b + len(w), w))
    runs: list[_Run] = []
    cur: list[tuple[int, int, str]] = []
    pending: list[Match] = []  # registry places inside the name being built
    title_before = False

    def flush() -> None:
        nonlocal cur, title_before
        while cur:
            ws = [w for (_b, _e, w) in cur]
            n = cues.title_at(ws)
            if n and (not cues.title_applies(ws, n) or re.match(r"['’]s ", text[cur[n - 1][1]:])
                      or _town_with_title(text, cur[0][0], " ".join(ws))):
                break  # "General Motors", "Premier League", "King’s Cross", "in Prince George": no title
            if n == 1 and ws[0] in cues.naming_titles and len(ws) == 2:
                title_before = True  # "Lord Kelvmoor", "Sheikh Dorrah": the title is how one is named
                break
            if n:  # "Prime Minister Theresa May"
                title_before, cur = True, cur[n:]
            elif len(ws) > 2 and cues.group(ws[0]) and cues.title_at(ws[1:]) \
                    and cues.title_applies(ws[1:], cues.title_at(ws[1:])):
                cur = cur[1:]  # "Turkish President Recep Tayyip Erdogan", not "Jewish General Hospital"
            elif cues.leading(ws[0]) and not (ws[0] in cues.calendar and len(ws) > 1
                                              and (cues.heads.get(ws[-1]) == "periodical"
                                                   or _bare_calendar_abbreviation(text, cur[0], cues)
                                                   or _month_names_event(text, cur, cues))):
                # a day opens a newspaper's edition name: "the Dorrow Sunday Journal"
                title_before = title_before or ws[0] in cues.titles
                cur = cur[1:]
            else:
                break
        while cur and (not cues.cap(cur[-1][2]) or len(cur[-1][2]) > 1 and cur[-1][2] in cues.function_words):
            cur = cur[:-1]
        while cur and not cues.cap(cur[0][2]):
            cur = cur[1:]
        ws = [w for (_b, _e, w) in cur]
        if " ".join(ws) in cues.titles:  # "the Prime Minister said": a title alone names no one
            cur, ws = [], []
        k = _person_after_head(ws, cues)
        if k:  # "Kelvane Foods Maria Ortiz said": the organisation, then the person
            if k > 1:  # a head word alone ("Day" after "May") names nothing
                runs.append(_Run(cur[0][0], cur[k - 1][1], list(cur[:k]), title_before))
            cur, ws, title_before = cur[k:], ws[k:], False
        k = leaders.leader_after_of(ws, cues)
        if k:  # "the Kelvish Unionist Party of Dana Ortiz": the party, then its leader
            runs.append(_Run(cur[0][0], cur[k - 2][1], list(cur[:k - 1]), title_before))
            runs.append(_Run(cur[k][0], cur[-1][1], list(cur[k:]), True))  # as after a title
            cur, ws, title_before = [], [], False
        k = leaders.person_after_portfolio(text, cur[0][0], ws, cues) if cur else 0
        if k:  # "Secretary of Transportation Dana Ortiz": the portfolio is no name, the person is
            title_before, cur, ws = True, cur[k:], ws[k:]
        for k in range(len(ws) - 2, 0, -1):  # "Treasury Secretary Henry Paulson": the name follows
            # a title of two words too ("Polk County District Attorney Ana Ruiz"; branch ent23)
            n = 1 if ws[k] in cues.titles else cues.title_at(ws[k:])
            if n and all(cues.cap(w) for w in ws[:k]) and cues.title_applies(ws[k:], n) \
                    and not any(w in cues.heads for w in ws[k + n:]):
                if ws[k - 1] in cues.heads:  # "Kelvane Foods CEO Dana Ortiz": the employer too
                    runs.append(_Run(cur[0][0], cur[k - 1][1], list(cur[:k])))
                elif k == 1 and leaders.agency_acronym(ws[0]):  # "FRA Administrator Dana Ortiz"
                    runs.append(_Run(cur[0][0], cur[0][1], list(cur[:1]), kind="organization"))
                elif (j := _place_before_title(ws, k, cues)):  # "Polk County Circuit Judge Ana Ruiz"
                    runs.append(_Run(cur[0][0], cur[j][1], list(cur[:j + 1]), kind="place"))
                title_before, cur = True, cur[k + n:]
                break
        if cur and not all(cues.generic(w) for (_b, _e, w) in cur if w[:1].isupper()) \
                and not cues.compass_adjective([w for (_b, _e, w) in cur]):
            b, e = cur[0][0], cur[-1][1]
            if not any(qb <= b < qe for qb, qe in titles_q):
                nxt = re.match(r"\s+", text[e:])
                after = known_at.get(e + (nxt.end() if nxt else 0))
                single = len([w for w in cur if w[2][:1].isupper()]) == 1
                if not (single and after is not None and after.entry.kind in _PLACE_KINDS and nxt):
                    place = _place_before(text, b, cur, known_end, cues) \
                        or _country_before_word(text, b, cur, known_end, cues, lower)
                    if place is not None:  # "St. Paul Lutheran Church": the place is part of it
                        cur = [(place.begin, place.end, text[place.begin:place.end])] + cur
                    k = _owner_and_site(text, cur, cues) if place is None and not title_before else 0
                    if k:  # "the BP Whiting refinery": the owner, then the town of its plant
                        runs.append(_Run(cur[0][0], cur[k - 1][1], list(cur[:k]), kind="organization"))
                        cur = cur[k:]
                    runs.append(_Run(cur[0][0], e, list(cur), title_before))
                    if place is not None:
                        runs[-1].absorbed.append(place)
                    runs[-1].absorbed.extend(pending)
        cur = []
        pending.clear()
        title_before = False

    i = 0
    while i < len(words):
        b, e, w = words[i]
        if is_covered(b, e) or not w:
            flush()
            i += 1
            continue
        if w in cues.calendar and _DAY_AFTER.match(text, e):  # "in Montreal Sept. 23": a date
            flush()
            i += 1
            continue
        if cues.cap(w):
            if cur and not _joined(text, cur[-1][1], b) and not (
                    (cues.possessive_word(cur[-1][2]) or cur[0][2] in cues.possessive_openers
                     or _possessive_place(text, cur, w, e, cues))
                    and re.fullmatch(r"['’]s ", text[cur[-1][1]:b])) \
                    and not _plural_possessive_joins(text[cur[-1][1]:b], cur[-1][2], w, cues) \
                    and not cues.joiner_gap.fullmatch(text[cur[-1][1]:b]) \
                    or cur and cur[-1][2] in cues.firm_suffix_ends and w not in cues.firm_suffix_ends:
                # "Stop & Shop"; a firm's suffix ends its name: "… Ltd. Out of work, …"
                prev_title = cur[-1][2] in cues.titles and cur[-1][2] not in cues.ambiguous_titles \
                    and text[cur[-1][1]:b].strip() in ("", "[")  # not over "’s" ("Father’s Day")
                flush()
                title_before = prev_title
            num = _NUMBER_AFTER.match(text, e) if w in cues.numbered else None
            cur.append((b, num.end() if num else e, w))  # "Local 5958": the number is in the name
            i += 1
            while num and i < len(words) and words[i][0] < num.end():
                i += 1  # "Local P-9": a lettered number is a word of its own, already inside
            continue
        # a connector between capitalised words ("of", "of the")
        conn = _connector(text, words, i, cues.connectors)
        if cur and conn and i + conn < len(words) and words[i + conn][2][:1].isupper() and \
                _joined(text, cur[-1][1], b):
            nb = words[i + conn][0]
            absorbed = known_at.get(nb)
            month = words[i + conn][2]
            after = words[i + conn + 1] if i + conn + 1 < len(words) else None
            date = month in cues.calendar and (len(month) > 3 or month == "May")  # not "of the Sun"
            if date and not (after is not None and after[2][:1].isupper()
                             and _joined(text, words[i + conn][1], after[0])):
                flush()  # "… of the Month for June", "… Festival of May 2004": a date, no part
                i += 1
                continue
            # "… Trade Area of the Kelvish Isles": a body's or pact's head before "of the"
            of_the = conn == 2 and words[i][2] == "of" and cur[-1][2] in cues.of_the_heads
            if words[i][2] in ("of", "for") and not of_the and not any(
                    w in cues.heads or w in cues.of_heads for (_b, _e, w) in cur) \
                    and not (words[i][2] == "of" and _common_noun_in_name(cur, lower, cues, tx, conn == 2)):
                flush()  # "Jonathan Silberman of Pathfinder Books": two names
                i += 1
                continue
            # an organisation "of" a registry organisation is its member or affiliate, two
            # names ("United Steelworkers of the CIO"), unless it is a numbered unit of it
            # ("Local 574 of the Teamsters") or the registry name is a workers' noun that an
            # "of" part names ("Federation of Teamsters and Allied Trades": `of_heads`)
            affiliate = absorbed is not None and absorbed.entry.kind == "organization" \
                and not any(w in cues.numbered for (_b, _e, w) in cur) \
                and text[absorbed.begin:absorbed.end] not in cues.of_heads
            if absorbed is not None and absorbed.entry.kind == "person" and words[i][2] == "of" \
                    and leaders.leads(cur[-1][2]):
                flush()  # "the Kelvish Unionist Party of Jesse Jackson": the party, its leader
                i += 1
                continue
            # "Republic of Ireland", "Kingdom of Kelvia": a country's long name, one place
            state = absorbed is not None and absorbed.entry.kind == "country" and words[i][2] == "of" \
                and edges.state_head([w for (_b, _e, w) in cur])
            if absorbed is not None and not affiliate and (any(
                    cues.heads.get(w) in ("organization", "event") for (_b, _e, w) in cur if cues.cap(w))
                    or of_the or state or _head_first(cur, words[i][2], cues)):
                cur.extend(words[i:i + conn])
                cur.append((absorbed.begin, absorbed.end, text[absorbed.begin:absorbed.end]))
                run_abs = absorbed
                i += conn
                while i < len(words) and words[i][0] < absorbed.end:
                    i += 1
                runs_before = len(runs)
                unit = run_abs.entry.kind == "organization" and any(w in cues.numbered for (_b, _e, w) in cur)
                if run_abs.entry.kind in _PLACE_KINDS and _head_follows(text, words, i, run_abs.end, cues):
                    pending.append(run_abs)  # "University of Michigan Medical Center": one name
                    continue
                flush()
                if len(runs) > runs_before and not unit:  # a union's local keeps its union named
                    runs[-1].absorbed.append(run_abs)  # ("Local 574 of the Teamsters")
                if len(runs) > runs_before and state:
                    runs[-1].kind = "country"
                continue
            if absorbed is None and not is_covered(nb, words[i + conn][1]):
                cur.extend(words[i:i + conn])
                i += conn
                continue
        flush()
        i += 1
    flush()
    for run in runs:
        site = cues.numbered_site.match(text, run.end)
        if site and not run.title and run.kind is None:  # "the Kelvo 3 mine": one place
            run.end = site.end(1)
            run.kind = "place"
    # "221 Summit Parkway", "500 W. 37th St.", "7400 boul. Saint-Michel": one place as printed
    runs = _as_runs(text, runs, [(a.begin, a.end) for a in find_addresses(text, r.begin, r.end)],
                    inside, "place", skip)
    runs = _merge_in_field(text, runs, cues)
    runs = _purpose_to(text, runs, inside, cues)
    for run in runs:  # "University of Illinois at Chicago": a campus named by its place
        place = known_at.get(run.end + 4) if text[run.end:run.end + 4] == " at " else None
        if place is None and text[run.end:run.end + 8] == " in the ":
            # "Committee Against Intervention in the Gulf": what a campaign is against is
            # where; "the Teamsters Union in Chicago" (no purpose word, no "the") is two names
            place = known_at.get(run.end + 8)
            if not any(w in cues.purpose for (_b, _e, w) in run.words):
                place = None
        if place is not None and place.entry.kind in _PLACE_KINDS and any(
                w in cues.at_heads or w in cues.purpose for (_b, _e, w) in run.words):
            run.words.append((place.begin, place.end, text[place.begin:place.end]))
            run.end = place.end
            run.absorbed.append(place)
    return runs


def _as_runs(text: str, runs: list[_Run], spans: list[tuple[int, int]], known: list[Match], kind: str,
             blocked: list[tuple[int, int]] = ()) -> list[_Run]:
    """Names another module read whole (kg.nlp.entities.addresses, .foreign) in place of the
    runs they cover, with the registry names inside them absorbed ("34 Antrim Road"). A run that
    starts inside one and goes on past it lengthens it, and its head word then types the whole
    ("37th Street Bridge", "Fifth Avenue Baptist Church"); one that cuts a
    registry name, a title or a run that begins before it, or is a registry name itself, is
    left alone."""
    for b, e in spans:
        over = [run for run in runs if run.begin < e and b < run.end]
        if any(run.begin < b for run in over):
            continue
        # a run glued on over a line break or after an abbreviation's full stop ("… Ave." then
        # "Tel: …") keeps only its words after the address
        cut = [run for run in over if run.end > e and ("\n" in text[e:run.end] or text[e - 1] == ".")]
        rests = [_Run(rest[0][0], run.end, rest, run.title) for run in cut
                 if (rest := [w for w in run.words if w[0] >= e])]
        runs = [run for run in runs if run not in cut] + rests
        over = [run for run in over if run not in cut]
        longer = max([e] + [run.end for run in over]) > e  # its head types it: "… Avenue Church"
        e = max([e] + [run.end for run in over])
        if any(m.begin < e and b < m.end and not (b <= m.begin and m.end <= e) or (m.begin, m.end) == (b, e)
               for m in known) or any(sb < e and b < se for sb, se in blocked):
            continue
        words = [(w.start(), w.end(), w.group(0)) for w in _WORD.finditer(text, b, e)
                 if w.start() == b or not text[w.start() - 1].isalnum()]  # not "th" of "37th"
        absorbed = [m for m in known if b <= m.begin and m.end <= e]
        absorbed += [m for run in over for m in run.absorbed if m not in absorbed]
        runs = sorted([run for run in runs if run not in over]
                      + [_Run(b, e, words or [(b, e, text[b:e])], kind=None if longer else kind,
                              absorbed=absorbed)],
                      key=lambda run: run.begin)
    return runs


def _foreign_names(text: str, r: Region, runs: list[_Run], known: list[Match]) -> list[_Run]:
    """"Syndicat des travailleurs de l’aluminium de Kelvin": a name in French, Spanish or
    Portuguese run on over its lower-case words from the head that opened a run
    (kg.nlp.entities.foreign), an organisation."""
    places = {m.begin: m.end for m in known if m.entry.kind in _PLACE_KINDS}
    starts = {m.begin for m in known}
    spans = [(f.begin, f.end) for run in runs if not run.title and run.kind is None
             and (f := foreign.extend(text, run.begin, run.end, r.end, places.get,
                                      lambda i: i in starts and i not in places)) is not None]
    return _as_runs(text, runs, spans, known, "organization")


def _drop_sentence_opener(run: _Run, tx: TextIndex) -> _Run:
    """"Across North America …": a preposition opening a sentence is capitalised by its place
    (kg.nlp.entities.edges); the name is what follows it."""
    if len(run.words) < 2 or not tx.is_sentence_start(run.begin) \
            or not edges.sentence_opener(run.words[0][2]):
        return run
    rest = run.words[1:]
    while rest and not rest[0][2][:1].isupper():
        rest = rest[1:]
    return _Run(rest[0][0], run.end, rest, run.title, run.absorbed) if rest else run


def _title_case_lines(text: str, runs: list[_Run], tx: TextIndex, ev: Evidence, cues: _Cues,
                      authors: set[int]) -> list[_Run]:
    """A run in a prose line set in Title Case ("Working-Class Alliance" in "The Farm Crisis and
    the Working-Class Alliance", kg.nlp.entities.titlecase) names nothing by its capitals. Kept
    where the page writes it so in running text too (or its singular: "Militant Labor Forums"
    over "the Militant Labor Forum"), the gazetteer knows it, a registry name is part of it
    ("Ohio Valley Press"), a given name opens it, a number ends it ("… Workers Local 12") or a
    cue typed it (a role, a work's title or author, an address). A name alone on its line that ends in a
    head word, with no small word inside ("With", "For"), is a heading naming it ("Militant
    Labor Forums"), no title: a title says something of it ("Sanctions Hit Working People",
    "Solidarity With Smelter Workers")."""
    def in_title_line(run: _Run) -> bool:
        region = tx.region_of(run.begin)
        if run.kind is not None or run.title or run.same_as or region is None or region.kind != "prose" \
                or run.begin in authors or re.search(r"\bby $", text[max(0, run.begin - 3):run.begin]):
            return False  # "… by Tarra Quell": a work's author, named by the cue
        b, e = tx.sentence_bounds(run.begin)
        lb, le = max(b, text.rfind("\n", 0, run.begin) + 1), text.find("\n", run.begin)
        line = text[lb:e if le < 0 else min(e, le)]
        head = _head_word(_label(text, run), cues)
        if line.strip().rstrip(".:!") == text[run.begin:run.end] \
                and (head in cues.heads or head.removesuffix("s") in cues.heads) \
                and not any(w.lower() in _SMALL for (_b, _e, w) in run.words):
            return False  # a name alone on its line, ending in a head word: "Militant Labor Forums"
        return is_title_case(line)

    flagged = [in_title_line(run) for run in runs]
    elsewhere = {_label(text, run).removesuffix("s")
                 for run, f in zip(runs, flagged, strict=True) if not f}
    out = []
    for run, f in zip(runs, flagged, strict=True):
        label = _label(text, run)
        if f and label.removesuffix("s") not in elsewhere and not ev.place_kind(label) and not run.absorbed \
                and not ev.given_name_first(label.split()) and not re.search(r"\d", label):  # "Local 12"
            continue
        out.append(run)
    return out


_TO_PURPOSE = re.compile(r" to (?=([A-Z][a-z-]+) )")
_TITLE_WORD = re.compile(r"\s*([^\W\d_][\w’'.-]*)")
_OF_YEAR = re.compile(r" ((?:1[6-9]|20)\d\d)(?![\w,.-]\d|\w)")  # "… of 1921" after "of"


def _purpose_to(text: str, runs: list[_Run], known: list[Match], cues: _Cues) -> list[_Run]:
    """"Student Mobilization Committee to End the War in Vietnam": a campaigning body's head
    (`purpose_to_heads`), "to" and a title-case stretch after it ("End the War in Vietnam") are
    one name; the stretch must hold two capitalised words or more and its first must be no
    registry name ("sent the Committee to Chicago" names two). The runs and registry places
    inside it are the name's."""
    out: list[_Run] = []
    skip_to = -1
    for run in runs:
        if run.begin < skip_to:
            continue
        m = _TO_PURPOSE.match(text, run.end)
        if not m or run.title or run.words[-1][2] not in cues.purpose_to \
                or m.group(1) not in cues.purpose_verbs:
            out.append(run)
            continue
        pos, end, caps, words = m.end(), run.end, 0, []
        pending: list[tuple[int, int, str]] = []
        while (w := _TITLE_WORD.match(text, pos)) and not re.match(r"\s*\n\s*\n", text[pos:w.start(1)]):
            word = w.group(1).rstrip(".")
            b = w.start(1)
            if word[:1].isupper() and word not in cues.function_words:
                words += pending + [(b, b + len(word), word)]
                pending, caps, end = [], caps + 1, b + len(word)
            elif word in cues.small and not text[pos:b].strip():
                pending.append((b, b + len(word), word))
            else:
                break
            pos = b + len(word)
            if text[pos:pos + 1] not in (" ",):
                break  # a comma or a full stop ends the title-case stretch
            if pending and pending[-1][2] == "of" and (y := _OF_YEAR.match(text, pos)) and caps:
                # "Commission to Study the Kelvin Riot of 1921": the year ends the purpose
                words += pending + [(y.start(1), y.end(1), y.group(1))]
                pending, end = [], y.end(1)
                break
        if caps < 2:
            out.append(run)
            continue
        out.append(_Run(run.begin, end, run.words + [(run.end + 1, run.end + 3, "to")] + words, run.title,
                        run.absorbed + [k for k in known if run.end <= k.begin and k.end <= end]))
        skip_to = end
    return out


def _head_first(cur: list[tuple[int, int, str]], connector: str, cues: _Cues) -> bool:
    """A name in Spanish, Portuguese or French opens with its head word ("Federación de Maestros
    de Puerto Rico", "Place du Canada", "Plaza de Cuba"): a registry place after its connector is
    part of it. An English place head does so only before another language's connector ("Place
    du", not "Square of")."""
    first = next((w for (_b, _e, w) in cur if not cues.leading(w)), "")  # not "The"
    if cues.leading_heads.get(first) in ("organization", "place"):
        return True
    return cues.heads.get(first) == "place" and connector in cues.initials_foreign


def _unit_union(text: str, run: _Run, known: list[Match], cues: _Cues) -> _Run | None:
    """"Local 1010 of the United Steelworkers of America": a numbered unit "of" its union names
    the union too, a name of its own inside it (a registry union is a mention already)."""
    ws = run.words
    if len(ws) < 3 or run.title or ws[0][2] not in cues.numbered or ws[1][2] != "of":
        return None
    rest = ws[2:]
    while rest and not cues.cap(rest[0][2]):
        rest = rest[1:]
    if not rest or len(rest) == 1 and any((m.begin, m.end) == rest[0][:2] for m in known):
        return None  # "Local 574 of the Teamsters": the registry's union is named already
    inside = [m for m in run.absorbed if rest[0][0] <= m.begin]
    return _Run(rest[0][0], run.end, list(rest), False, inside)


_ACRONYM_WORD = re.compile(r"[A-Z]{2,5}")


def _acronym_union(text: str, run: _Run, cues: _Cues) -> _Run | None:
    """"KAWU Local 1440", "IBEW Local 2222": a union's initials before its numbered unit name
    the union too, an organisation of its own inside the local's name, where the article also
    writes the initials alone ("KAWU members", once: a lone acronym seen once is otherwise
    dropped). Not where they stand only in the local's name: the held-out sets' gold, like a
    reader, lists a name inside a longer one only if it also occurs alone. Branch ent21."""
    ws = run.words
    if len(ws) < 2 or run.title or run.kind is not None or not _ACRONYM_WORD.fullmatch(ws[0][2]) \
            or ws[1][2] not in cues.numbered or ws[1][2] in cues.numbered_places:
        return None
    units = "|".join(map(re.escape, cues.numbered))
    alone = re.compile(r"(?<![\w’'-])" + ws[0][2] + r"(?![\w-])(?!\s+(?:" + units + r")\b)")
    if not alone.search(text):
        return None
    return _Run(ws[0][0], ws[0][1], [ws[0]], kind="organization")


def _owner_and_site(text: str, cur: list[tuple[int, int, str]], cues: _Cues) -> int:
    """"the Kelvane Omaha plant": a firm's name of one word, then a city the gazetteer knows,
    before an employer's noun (`employer_after`), are two names: the owner and the site; so are
    a firm's acronym and a site named with a site's head word ("USX Edgar Thomson Works").
    Returns how many words the owner has, or 0. Not when the whole is a place ("the Kansas City
    plant"), the first word is a given name, a place itself or a leading head word of another
    language ("the Fábrica Tijuana plant": a common noun, no owner's name), or the last a head word or a
    region's name ("the Tallow Bay container terminal": Bay is a region of Somalia too)."""
    if not all(w[:1].isupper() for (_b, _e, w) in cur):
        return 0
    if 3 <= len(cur) <= 5 and _ACRONYM_WORD.fullmatch(cur[0][2]) and cur[-1][2] in cues.site_heads \
            and not any(w in cues.function for (_b, _e, w) in cur[1:]):
        return 1  # "USX Edgar Thomson Works", "BHP Kelvo Colliery": the owner's acronym, then the site
    if len(cur) not in (2, 3):
        return 0
    ev = evidence()
    first, rest = cur[0][2], " ".join(w for (_b, _e, w) in cur[1:])
    whole = " ".join(w for (_b, _e, w) in cur)
    if ev.place_kind(whole) or ev.place_kind(first) or ev.gazetteer.is_given_name(first) \
            or first in cues.heads or first in cues.leading_heads or first in cues.compass \
            or cues.generic(first) or ev.place_kind(rest) != "city" or cur[-1][2] in cues.heads \
            or not ev.employer_after.match(text[cur[-1][1]:cur[-1][1] + 30]):
        return 0
    return 1


def _head_follows(text: str, words: list[tuple[int, int, str]], i: int, end: int, cues: _Cues) -> bool:
    """After a place in an organisation's "of" part, capitalised words glued to it that end in
    an organisation's or a place's head go on naming it ("University of Michigan Medical
    Center", "University of Illinois Hospital"); others are a name of their own ("University
    of Iowa Jane Doe said")."""
    last, at = None, end
    while i < len(words) and words[i][0] == at + 1 and text[at] == " " and words[i][2][:1].isupper():
        last, at = words[i][2], words[i][1]
        i += 1
    return last is not None and cues.heads.get(last) in ("organization", "place")


def _person_after_head(ws: list[str], cues: _Cues) -> int:
    """Where a person's full name (a given name and one or two capitalised words, no head among
    them) follows an organisation's or event's head word inside one run ("Kelvane Foods Maria
    Ortiz said", "On May Day Jane Doe spoke"): the index it starts at, or 0."""
    given = evidence().gazetteer.is_given_name
    for k in range(1, len(ws) - 1):
        rest = ws[k:]
        if cues.heads.get(ws[k - 1]) in ("organization", "event") and given(ws[k]) and 2 <= len(rest) <= 3 \
                and all(w[:1].isupper() and w not in cues.heads for w in rest):
            return k
    return 0


def _common_noun_in_name(cur: list[tuple[int, int, str]], lower: set[str], cues: _Cues,
                         tx: TextIndex, of_the: bool = False) -> bool:
    """"Back of the Mills", "Sea of Tessaro": one common noun (the article writes it in lower
    case too) capitalised in mid-sentence is capitalised only because it opens a name, so
    "of" goes on with it. A title, role or group word is none ("Director of Kelvane Foods").
    Before "of the" and after a locative word a common English word (wordfreq) needs no
    lower-case use in the article: "grew up in Top of the Hollows", a neighbourhood so named
    (branch ent22); "Kelvinburg, the Heart of the Delta" stays an apposition."""
    if len(cur) != 1 or tx.is_sentence_start(cur[0][0]):
        return False
    w = cur[0][2]
    placed = of_the and common_words().common(w) and evidence().locative_before(tx.text, cur[0][0])
    return (w.lower() in lower or placed) and w[:1].isupper() \
        and not w.isupper() and not cues.generic(w) \
        and w not in cues.roles and w not in cues.titles and w not in cues.function


def _country_before_word(text: str, b: int, cur: list[tuple[int, int, str]], known_end: dict[int, Match],
                         cues: _Cues, lower: set[str]) -> Match | None:
    """"U.S. Pipe", "U.K. Coal": a country's dotted abbreviation glued before one capitalised
    word that is no name alone (no head, title, group, function or calendar word, never
    written in lower case in the article, no given name or known place) begins one name with
    it, a firm's or an agency's, instead of leaving a piece ("Pipe") beside the country."""
    m = known_end.get(b - 1)
    if m is None or m.how != "name" or m.entry.kind != "country" or len(cur) != 1 or text[b - 1] != " " \
            or not re.fullmatch(r"(?:[A-Z]\.){2,3}", text[m.begin:m.end]):
        return None
    word = cur[0][2]
    if not word[:1].isupper() or word.isupper() or cues.generic(word) or word in cues.heads \
            or word in cues.compass \
            or word in cues.function or word.lower() in lower or not _common(_Run(b, b, [cur[0]]), cues):
        return None
    return m


def _merge_in_field(text: str, runs: list[_Run], cues: _Cues) -> list[_Run]:
    """"Guild of Technical Staff in Aerospace": after an organisation's name (a head word in
    it), "in" and one field word (`field_words`: an industry or a government's portfolio) that
    ends the name go on naming it. A place after "in" is where it is ("the Teamsters Union in
    Chicago": a registry place, no run) and a word that is no field another name. After a
    purpose word (`purpose_words`), "in the" and a name go on naming it ("Coalition Against
    War in the Dorrow Valley")."""
    out: list[_Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:run.begin] == " in " and len(run.words) == 1 \
                and run.words[0][2] in cues.fields and not run.absorbed and not prev.title \
                and any(cues.heads.get(w) == "organization" for (_b, _e, w) in prev.words):
            out[-1] = _Run(prev.begin, run.end, prev.words + run.words, False, prev.absorbed)
            continue
        if prev is not None and text[prev.end:run.begin] == " in the " and not prev.title \
                and any(w in cues.purpose for (_b, _e, w) in prev.words):  # "… War in the Dorrow Valley"
            out[-1] = _Run(prev.begin, run.end, prev.words + run.words, False, prev.absorbed + run.absorbed)
            continue
        out.append(run)
    return out


def _possessive_place(text: str, cur: list[tuple[int, int, str]], word: str, end: int, cues: _Cues) -> bool:
    """"Kelvin’s Bay", "Dorrow’s Point": one capitalised word, its "’s" and a place's head
    (`possessive_place_heads`) are one place, as bays and capes are named for a settler; not
    before "of" ("Kennedy’s Bay of Pigs invasion") nor after a title or a group word."""
    return len(cur) == 1 and word in cues.possessive_places and not re.match(r"\s+of\b", text[end:end + 4]) \
        and cur[0][2] not in cues.titles and not cues.group(cur[0][2]) and not cur[0][2].isupper()


def _plural_possessive_joins(gap: str, before: str, word: str, cues: _Cues) -> bool:
    """A plural's possessive ("s’ ") joins the next word into the name only when the plural is
    a noun names run on over ("Transport Workers’ Union", `possessive_name_words`) or the next
    word is an organisation's head ("Nurses’ Association"); otherwise it ends the name:
    "Volvo Trucks’ New River Valley plant" names "Volvo Trucks" and "New River Valley"."""
    return bool(re.fullmatch(r"['’] ", gap)) and (cues.possessive_word(before)
                                                   or cues.heads.get(word) == "organization")


def _place_before(text: str, b: int, cur: list[tuple[int, int, str]], known_end: dict[int, Match],
                  cues: _Cues) -> Match | None:
    """A registry name glued to a name that ends in a head word begins that name, unless a
    title or a function word opened the run: a city or place, or a person, before an
    organisation's, a place's or an event's head ("St. Paul Lutheran Church", "Gaza City",
    "Brooklyn Book Festival", "Martin Luther King Jr. Boulevard", "… Jr. High School"); an
    organisation before a numbered head ("United Mine Workers of America Local 5958"); a
    state before a firm's two-word head ("Oregon Steel Mills": `compound_heads`)."""
    run = " ".join(w for (_b, _e, w) in cur)
    head = cues.compound_heads.get(_head_word(run, cues, 2)) or cues.heads.get(_head_word(run, cues))
    if head is None and cues.ends_in_org_label([w for (_b, _e, w) in cur]):
        head = "organization"  # "Ohio State AFL-CIO": a branch of a registry body
    if b == 0 or text[b - 1] not in " \u00a0" or head not in ("organization", "place", "event", "periodical"):
        return None
    m = known_end.get(b - 1)
    if m is None or m.how not in ("name", "acronym"):  # "IAM District 751"
        return None
    if m.entry.kind in ("city", "place", "person", "country"):
        return m  # "U.S. Department of Agriculture", "Gaza City", "Martin Luther King Jr. Boulevard"
    if m.entry.kind == "organization" and len(cur) == 1 and cur[0][2] in cues.numbered:
        return m
    return None


def _month_names_event(text: str, cur: list[tuple[int, int, str]], cues: _Cues) -> bool:
    """A month's full name right before an event's head word names the event ("May Day", "the
    October Revolution", "the July Uprising"), unless a day number follows ("March Rally 5")."""
    return cur[0][2] in cues.months and len(cur) > 1 and cues.heads.get(cur[1][2]) == "event" \
        and not re.match(r"\s+\d", text[cur[1][1]:cur[1][1] + 3])


def _bare_calendar_abbreviation(text: str, word: tuple[int, int, str], cues: _Cues) -> bool:
    """A calendar word of three or four letters ("Sun", "Sat", "Wed", "Mar") written without
    its full stop before another capitalised word is no date: it opens a name ("Sun World",
    "Sun Valley"); "Sun. Oct. 5" or "May Day" (a whole month) are dates."""
    b, e, w = word
    return w in cues.calendar and len(w) <= 4 and w not in cues.whole_months and text[e:e + 1] != "."


def _joined(text: str, end: int, begin: int) -> bool:
    """Two words belong to one name only if a single space (or line break) separates them. A
    line made only of capitalised words is a name, a credit or a signature on its own line
    ("Militant/Nick Castle", a letter's "Maria Ortiz" above "Omaha, Nebraska"): its last word
    joins nothing on the next line; a wrapped headline line ("… leader on") may."""
    gap = text[end:begin]
    if gap == "\n":
        line = text[text.rfind("\n", 0, end) + 1:end]
        return not all(w[:1].isupper() for w in _WORD.findall(line))
    return gap in (" ", "\u00a0")


def _connector(text: str, words: list[tuple[int, int, str]], i: int, connectors: list[str]) -> int:
    for c in connectors:
        parts = c.split()
        if i + len(parts) < len(words) and [w for (_b, _e, w) in words[i:i + len(parts)]] == parts:
            ok = all(_joined(text, words[i + k][1], words[i + k + 1][0]) for k in range(len(parts)))
            if ok:
                return len(parts)
    return 0
