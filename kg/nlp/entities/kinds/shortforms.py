"""Short forms: a name the article shortens after giving it in full ("Romero" after "Luis
Romero", "Great Lakes" after "Great Lakes Airlines", "Gómez" after "Ramiro Gómez Urrieta"),
read once every name has its kind (kg.nlp.entities.kinds.resolve).

`ShortForms` holds what the article named in full (new names and registry people by surname,
given name and inner word; registry firms by their first word) and answers `longer_name`,
`first_name_of` and `shared_surname`. `OPENER_READERS` are the ordered readings of one word
opening a sentence that is a name only as a known short form: the first that fits gives its
kind; a new reading goes into the list where it must win over the ones after it.
`surname` and `family_first` (a person's surname; a family name first) live here too:
kg.nlp.entities.mentions reads them to tie a surname alone to its person.

kg.nlp.entities.names builds `ShortForms` after the kinds and calls `opener_kind` on each
opener."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.cues.nations import is_nation_adjective
from kg.nlp.entities.cues.phrases import phrases
from kg.nlp.entities.kinds.bracketacronyms import bracketed_acronym
from kg.nlp.entities.kinds.classnouns import described_by_own_word, names_a_class
from kg.nlp.entities.kinds.framedkinds import coordinated_with_places
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.kinds.legislatures import legislature_opener
from kg.nlp.entities.kinds.movements import movement_adjective
from kg.nlp.entities.kinds.ofplaceopeners import town_after_of
from kg.nlp.entities.kinds.pinyinnames import pinyin_family_first
from kg.nlp.entities.kinds.pluralopeners import common_plural
from kg.nlp.entities.spans.capruns import org_leads
from kg.nlp.entities.spans.namecontext import NameContext, signed_people
from kg.nlp.entities.spans.nameparts import inner_names
from kg.nlp.entities.spans.openers import firm_apposed, opener_organization, opener_with_firm
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run
from kg.reader import cues as reader_cues


class ShortForms:
    """The names an article gives in full, to read its short forms against. Built once the
    kinds are resolved; `kinds.of` is read live (an opener's reading may type a label)."""

    def __init__(self, ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
        self.ctx = ctx
        self.kinds = kinds
        kind_of, covered = kinds.of, ctx.covered
        self.first_at: dict[str, int] = {}
        for run, label, _k in kept:
            self.first_at.setdefault(label, run.begin)
        first_at = self.first_at
        self.full_names = [label for _r, label, _k in kept if len(label.split()) > 1]
        self.headings = [(r.begin, r.end) for r in ctx.regs if r.kind in ("headline", "deck")]
        # the people the article names in full, by surname
        self.surnames: dict[str, set[str]] = {}
        for m in covered:
            if m.entry.kind == "person" and len(m.entry.label.split()) > 1:
                self.surnames.setdefault(surname(m.entry.label), set()).add(m.entry.key)
        # … and by given name: where each is first named
        self.givens: dict[str, dict[str, int]] = {}
        for m in covered:
            if m.entry.kind == "person" and len(m.entry.label.split()) > 1:
                at = self.givens.setdefault(m.entry.label.split()[0], {})
                at[m.entry.key] = min(at.get(m.entry.key, m.begin), m.begin)
        for label, (kind, _strong) in kind_of.items():
            if kind == "person" and len(label.split()) > 1:
                self.surnames.setdefault(surname(label), set()).add(label)
                self.givens.setdefault(label.split()[0], {})[label] = first_at[label]
        # … and the surnames of the people the page signs with, named nowhere in the text in full:
        # "Okafor is a member of the union." closing a page by "Dana Okafor" (the writers'
        # credit; set DE, passB42)
        # (a signer whose name a given name opens: "Bangladesh Garment Workers Solidarity" under
        # a letter is a body)
        self.signed: set[str] = {surname(p.name) for p in signed_people(ctx.doc)
                                 if len(p.name.split()) > 1 and ctx.ev.given_name_first(p.name.split())}
        self.signed -= set(self.surnames)  # a surname of someone the text names in full is theirs
        self.leads = org_leads(covered)  # "Peabody" of "Peabody Energy", where the firm is first named
        # … and by an inner word ("Kelvo" of "Ana Kelvo da Tessaro")
        self.inner: dict[str, dict[str, int]] = {}
        for m in covered:
            if m.entry.kind == "person":
                for w in inner_names(m.entry.label):
                    self.inner.setdefault(w, {}).setdefault(m.entry.key, m.begin)
        for label, (kind, _strong) in kind_of.items():
            if kind == "person":
                for w in inner_names(label):
                    self.inner.setdefault(w, {})[label] = first_at[label]

    def heading(self, at: int) -> bool:
        """A headline, deck or item title: it may shorten a name its text gives in full below
        ("Saint Kelvin nurses stay out" over "… at Saint Kelvin Hospital …")."""
        return any(b <= at < e for b, e in self.headings)

    def sentence_case_opener(self, at: int) -> bool:
        """The first word of a heading in sentence case ("Cane workers in Kelvia" over "the
        Cane Growers League of Kelvia …"): capitalised by its place, a lower-case word after it,
        so a common word there is no body's leading word (set AA, branch ent44)."""
        text = self.ctx.text
        return any(b == at and re.match(r"\S+[ \u00a0]+[a-z]", text[b:e]) for b, e in self.headings)

    def longer_name(self, short: str, at: int) -> str | None:
        """The one earlier longer person or thing name ending in these words ("Palmeiro",
        "Sío Wong" after "Moisés Sío Wong"), or organisation name opening with them when
        nothing types them otherwise ("Great Lakes" after "Great Lakes Airlines"; in a
        heading, also before it)."""
        ctx, kind_of, first_at, full_names = self.ctx, self.kinds.of, self.first_at, self.full_names
        cues, tx, lower, ev = ctx.cues, ctx.tx, ctx.lower, ctx.ev
        locals_of, family_of = self.kinds.union_words, self.kinds.family_of
        heading, sentence_case_opener = self.heading, self.sentence_case_opener
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
        # a heading's common word before a lower-case noun ("… and the Kelvish race" over "the
        # Kelvish National Committee"): an adjective, not the body's short form (set DQ, passQ44)
        lower_after = _LOWER_AFTER.match(ctx.text, at + len(short)) is not None
        # a nation's adjective before a lower-case word ("Kelvish voters" after the "Kelvish
        # General Hospital"): the country's, no body's short form (junk48)
        nation_adjective = n == 1 and lower_after and _people_adjective(short, cues)
        modifier = nation_adjective or n == 1 and heading(at) \
            and common_words().common(short) and lower_after
        longer |= {f for f in full_names if len(f.split()) > n and f.split()[:n] == short.split()
                   and not by_position and short not in locals_of  # the union, not its local
                   and not nation_adjective
                   and kind_of[f][0] == "organization" and (first_at[f] < at or heading(at) and not modifier)
                   and not kind_of.get(short, ("thing", False))[1]  # a weak kind: "Massey" a town,
                   # not a state, not a person ("Ana Beltrán" after "the Ana Beltrán Platoon")
                   and kind_of.get(short, ("thing", False))[0] not in ("place", "country", "person")
                   and not (kind_of.get(short, ("thing", False))[0] == "city"
                            and (_city_before(ctx.text, at) or _town_branch(f)))}
        # a first family name: "Gómez" after "Ramiro Gómez Urrieta" (kg.nlp.entities.kinds.familynames)
        longer |= {f for f, middle in family_of.items() if middle == short and first_at[f] < at}
        # the given name and the first family name: "Ramiro Gómez" after "Ramiro Gómez Urrieta"
        # (the second family name left off, as a later mention does; set BZ, 2026-12-06)
        longer |= {f for f, middle in family_of.items() if first_at[f] < at
                   and short == f"{f.split()[0]} {middle}" and len(f.split()) > n}
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

    def first_name_of(self, short: str, run: Run) -> str | None:
        """"women like Teté were …" after "Teté Puebla": a one-word name that only the place
        gazetteer types (no locative word or place phrase before it, no given name the
        gazetteer knows) and that opens exactly one person's full name named before is that
        person, called by the name friends use (a town of Mozambique is spelled so too)."""
        ctx, kind_of, first_at, full_names = self.ctx, self.kinds.of, self.first_at, self.full_names
        text, cues, ev = ctx.text, ctx.cues, ctx.ev
        kind, strong = kind_of.get(short, ("thing", False))
        if len(short.split()) != 1 or kind not in PLACE_KINDS or strong \
                or ev.locative_before(text, run.begin) or ev.gazetteer.is_given_name(short) \
                or textwindow.before(cues.place_before, text, run.begin, 40):
            return None
        full = {f for f in full_names if f.split()[0] == short and kind_of[f][0] == "person"
                and first_at[f] < run.begin}
        return full.pop() if len(full) == 1 else None

    def surname_pair(self, label: str) -> bool:
        """"the Dorrow-Kelvane race", "the Kelvane-Dorrow ticket": two surnames joined by a hyphen,
        each the surname of another person the article names in full, are those two people
        paired, no name of its own (a place or a firm by the words around it: junk; set DQ,
        branch passQ44). A double-barrelled surname is one person's ("Ana Ruiz-Dorrow"): its
        parts are not two people's surnames."""
        parts = label.split("-")
        if len(parts) != 2 or " " in label or not all(p[:1].isupper() for p in parts):
            return False
        a, b = (self.surnames.get(p, set()) for p in parts)
        return bool(a) and bool(b) and a != b

    def shared_surname(self, short: str, at: int) -> bool:
        """"Workers demand Kelvapaksa go" in a heading over an article that names two people of
        that surname in full ("President Gotava Kelvapaksa", "Prime Minister Mahinda
        Kelvapaksa"): a person, though not one of them more than the other (set AA, branch
        ent46). In the text itself the sentences around tell them apart (the speakers' stage
        reads "Vance said … she said" as the one of them a pronoun names), so only a heading."""
        ctx, kind_of, full_names = self.ctx, self.kinds.of, self.full_names
        covered, ev, heading = ctx.covered, ctx.ev, self.heading
        if not heading(at):
            return False
        people = {f for f in full_names if len(f.split()) > 1 and surname(f) == short
                  and kind_of[f][0] == "person"}
        people |= {m.entry.key for m in covered if m.entry.kind == "person"
                   and len(m.entry.label.split()) > 1 and surname(m.entry.label) == short}
        return len(people) > 1 and not ev.place_kind(short)



# The readings of one word opening a sentence ("Romero pointed to …"), which is a name only
# as a short form of a name the article knows: each takes the ShortForms and the opener's run
# and gives the kind to keep it with, or None; it may type the word's label on the way.
OpenerReader = Callable[[ShortForms, Run], "tuple[str, bool] | None"]


@cached
def _people_adjective(word: str, cues: Cues) -> bool:
    """A nation's adjective that is a group word ("Kelvish", "Philippine"): both, since the
    adjectives are read by their spelling's stem, which a firm's name shares too ("Honda" with
    "Honduras"; junk48's first sweep lost set S's firm so)."""
    return cues.group(word) and is_nation_adjective(word)


def _city_before_pattern() -> re.Pattern[str]:
    """kinds.toml `[short_names] city_before`, right before a name."""
    return re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(load("kinds")["short_names"]["city_before"])
                      + r")\s+\Z")


def _town_branch(full: str) -> bool:
    """"the Kelvograd Labour Party": a party's branch named for its town (kinds.toml
    `[short_names] town_branch_heads` ends it), whose town alone is the town (set CL, ent128)."""
    return full.split()[-1] in load("kinds")["short_names"]["town_branch_heads"]


def _city_before(text: str, at: int) -> bool:
    """"in Kelvograd", "by phone from Kelvograd": a city's word before the name at `at`, which
    keeps a city the gazetteer knows the city, not the short form of a firm named for it."""
    return bool(textwindow.before(_city_before_pattern(), text, at, 20))


def _longer(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """"Romero pointed to…" after "Luis Romero": the longer name's kind; not where the word
    describes a class of such bodies ("Independent unions" after "Independent Union of …",
    kg.nlp.entities.kinds.classnouns) or the people the body is named for ("Landless workers"
    after "the Landless Rural Workers Movement")."""
    full = sf.longer_name(run.words[0][2], run.begin)
    if full and (names_a_class(sf.ctx.text, run.words[0][2], run.end, full, sf.ctx.cues)
                 or described_by_own_word(sf.ctx.text, run.words[0][2], run.end, full)):
        return None
    return sf.kinds.of[full] if full else None


def _union_of_local(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """"Kelvifor says …" where the article names "Kelvifor Local 597", before or after: the
    union whose local it is (branch ent58); a town keeps its kind ("Tallow Local 3")."""
    w, ctx = run.words[0][2], sf.ctx
    if w in sf.kinds.union_words and not ctx.ev.place_kind(w) and w.lower() not in ctx.lower:
        sf.kinds.of[w] = ("organization", True)
        return sf.kinds.of[w]
    return None


def _one_surname(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """"Carter sent troops." before "Jimmy Carter": the one person of that surname
    (kg.nlp.entities.mentions makes it that person's mention). A plural common noun the
    article writes in lower case too is none (kg.nlp.entities.kinds.pluralopeners). So is a
    page's writer named nowhere in the text in full ("Okafor is a member of the union." on a
    page by "Dana Okafor", the writers' closing credit): a person of that name, unless the word
    is a common one or the article writes it in lower case (set DE, passB42)."""
    w = run.words[0][2]
    if len(sf.surnames.get(w, ())) == 1 and not sf.ctx.ev.place_kind(w) \
            and not common_plural(w, sf.surnames[w], sf.ctx.lower, sf.ctx.ev):
        return ("person", True)
    if w in sf.signed and not sf.heading(run.begin) and not sf.ctx.ev.place_kind(w) \
            and w.lower() not in sf.ctx.lower \
            and not common_words().common(w):  # "Young workers joined" on a page by "Ana Young"
        # a writer's surname: the person the page signs with, a name of its own
        sf.kinds.of.setdefault(w, ("person", True))
        return sf.kinds.of[w]
    return None


def _particle_surname(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """"Al-Dorani has dissolved the army." after "Omar al-Dorani": a surname glued to its
    lower-case particle by a hyphen, capitalised because it opens the sentence, is the one
    person of that surname as `_one_surname` reads it (set BC, branch ent84)."""
    w = run.words[0][2]
    lowered = w[:1].lower() + w[1:]
    if "-" in w and lowered != w and len(sf.surnames.get(lowered, ())) == 1:
        sf.kinds.of.setdefault(w, ("person", True))  # no person of this spelling to link it to
        return sf.kinds.of[w]
    return None


def _one_given_name(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """"Dimitris said" after "Dimitris Kelvanos, a docker,": the one person the article named
    in full with that given name (kg.nlp.entities.mentions makes it his mention)."""
    w = run.words[0][2]
    if w not in sf.surnames and not sf.ctx.ev.place_kind(w) \
            and len(at := sf.givens.get(w, {})) == 1 and min(at.values()) < run.begin:
        return ("person", True)
    return None


def _registry_firm_lead(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """"Peabody chief executive Dana Ortiz …" after "Peabody Energy": a registry firm's first
    word, its short form (kg.nlp.entities.mentions links it; branch ent26)."""
    w = run.words[0][2]
    if sf.leads.get(w, run.begin) < run.begin and sf.ctx.ev.firm_officer(sf.ctx.text, run.end):
        sf.kinds.of.setdefault(w, ("organization", False))
        return sf.kinds.of[w]
    return None


def _inner_word(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """"Kelvo, a former metalworker, led …" after "Ana Beatriz Kelvo da Tessaro": the one
    person the article named in full with that word inside (set R; kg.nlp.entities.mentions
    makes it that person's mention); a town's name too where a person's cue stands by it
    ("Fonseca described …" after "Ana Teresa Fonseca Leyva", set W, branch ent38)."""
    w, ctx = run.words[0][2], sf.ctx
    text, ev = ctx.text, ctx.ev
    if w not in sf.surnames and w not in sf.givens \
            and (not ev.place_kind(w) or ev.speaker(text, run.begin, run.end)
                 or ctx.cues.role_after.match(text, run.end)) \
            and len(at := sf.inner.get(w, {})) == 1 and min(at.values()) < run.begin:
        return ("person", True)
    return None


def _firm_opening(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """"Morrow, the energy company, raised prices", "Kelvex management refused": the sentence
    opens with a firm's name the text says is one; an apposition or a rival says so more
    firmly than a weak kind elsewhere ("at Tessaro") (set R)."""
    ctx, kind_of = sf.ctx, sf.kinds.of
    text, cues = ctx.text, ctx.cues
    if not opener_organization(text, run, cues, ctx.ev, ctx.lower):
        return None
    w = run.words[0][2]
    if (cues.org_apposition.match(text, run.end) or firm_apposed(text, run)) \
            and not kind_of.get(w, ("thing", False))[1]:
        kind_of[w] = ("organization", True)
    kind_of.setdefault(w, ("organization", False))
    return kind_of[w]


def _movement(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """"Dorrathi fighters took the town": the movement's own form opening a sentence."""
    w, ctx = run.words[0][2], sf.ctx
    if movement_adjective(ctx.text, run.end, w) and not ctx.ev.place_kind(w) and w.lower() not in ctx.lower:
        sf.kinds.of[w] = ("organization", True)
        return sf.kinds.of[w]
    return None


def _firms_pair(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """"Kelvatek and Dorrowa, which built the reactors,": the pair's clause says firms (set X)."""
    ctx = sf.ctx
    if opener_with_firm(ctx.text, run, ctx.ev, ctx.lower):
        sf.kinds.of.setdefault(run.words[0][2], ("organization", False))
        return sf.kinds.of[run.words[0][2]]
    return None


def _placed_town(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """"Lorain steelworkers struck." under "LORAIN, Ohio—": the dateline's town; "Kelvo, a
    mining town,"; "Stockholm: Box 5024" opening a directory's line."""
    w, ctx = run.words[0][2], sf.ctx
    text, ev = ctx.text, ctx.ev
    if framing().dateline_town(w, [d.value for d in ctx.doc.datelines]) \
            or framing().placed_by_apposition(text, run.end) \
            or ev.place_kind(w) and framing().directory_town(text, run.begin, run.end):
        sf.kinds.of.setdefault(w, (ev.place_kind(w) or "place", True))
        return sf.kinds.of[w]
    return None


def _town_before_state(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """A town opening a line or sentence before its state: "Harrisburg, Illinois"."""
    w, ctx = run.words[0][2], sf.ctx
    if ctx.ev.place_kind(w) and coordinated_with_places(ctx.text, run, ctx.covered):
        sf.kinds.of.setdefault(w, (ctx.ev.place_kind(w) or "place", True))
        return sf.kinds.of[w]
    return None


_INNER_CAPITAL = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]{2,}")


def _inner_capital(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """"KelvorMittal has announced …": one word opening a sentence with a capital inside it
    after lower-case letters, two parts of three letters or more, as a firm glues its founders'
    or its parts' names ("JetBlue", "BlackRock"): no word English capitalises by its place in
    the sentence, so a name, left untyped for the rules after and the typer (type48). Not "McKay"
    or "DeSantis" (a surname's particle, `_one_surname` reads those), not an acronym."""
    w = run.words[0][2]
    if _INNER_CAPITAL.fullmatch(w) and w.lower() not in sf.ctx.lower:
        return sf.kinds.of.setdefault(w, ("thing", False))
    return None


# in order: the first reading that fits wins
OPENER_READERS: tuple[OpenerReader, ...] = (
    _longer,
    _union_of_local,
    _one_surname,
    _particle_surname,
    _one_given_name,
    _registry_firm_lead,
    _inner_word,
    _firm_opening,
    _movement,
    _firms_pair,
    _placed_town,
    _town_before_state,
    # "Kelvington dockers …" where the page names "the Port of Kelvington" (ofplaceopeners, ent122)
    town_after_of,
    # "… du Kelvo (CGT-K, General …)": a body's acronym opening the bracket (bracketacronyms, ent87)
    bracketed_acronym,
    # "Parliament gave the agency its powers": a legislature opening a sentence (legislatures, ent115;
    # ent119's openerbodies, the same reading, folded in)
    legislature_opener,
    # "KelvorMittal has announced …": a word with a capital inside it (type48)
    _inner_capital,
)


def opener_kind(sf: ShortForms, run: Run) -> tuple[str, bool] | None:
    """The kind of one word opening a sentence, read as a short form by the first of
    `OPENER_READERS` that fits; None where none does (the word was capitalised by its place)."""
    for read in OPENER_READERS:
        if (kind := read(sf, run)) is not None:
            return kind
    return None


def family_names_before(text: str, run: Run, short: str, full: str, cues: Cues) -> int:
    """Where a person's short form begins when the words of the full name before it stand
    right before it, a particle last: "Castro de Tallow interviewed …" after "Marta Castro de
    Tallow", where "Castro" is a registry person's name alone and cut the run, leaving "Tallow"
    (a short form already) and a mention of the other person (set X). The given name is no part
    of such a prefix (the whole name would have been one run); run.begin where none stands.
    The particle alone before it is such a prefix too: "de Tallow said" after "F.W. de Tallow"
    is the person's short form with its particle, as printed (set AB, branch ent45). A
    particle may be printed capitalised there ("De los Tallow said" after "Ana de los Tallow":
    a sentence opens with it), and the whole particle is the name's, not its last word alone
    (set AG, branch ent51). A spelled number before it is such a prefix too: a family name of
    two words opened by one ("Two Crows said" after "Marlys Two Crows", as Lakota and other
    nations' names are), the number a word that opens no name alone (`not_names`), so the run
    lost it (set CM's pass, branch ent129)."""
    words, n = full.split(), len(short.split())
    if len(words) >= n + 2 and words[-n - 1] in cues.spelled_numbers:
        b = run.begin - len(words[-n - 1]) - 1
        if b >= 0 and text[b:run.begin] == words[-n - 1] + " " and (b == 0 or not text[b - 1].isalnum()):
            return b
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


def surname(label: str) -> str:
    """The last word of a person's name, a generational suffix aside ("Martin Luther King Jr.");
    the first where a hyphenated given name ends it ("Park Min-ho", "Chung Hye-jin"): Korean
    names put the family name first, and a later "Park" is that person. So does an older
    spelling of a Korean name, a family name then two syllables written apart ("Kim Dae Ho",
    "Roh Moo Hyun"; set X, branch ent40): the family name is one of
    kg/data/reader/east-asian-family-names.txt and each word after it one syllable. So does a
    Chinese name in pinyin ("Xi Jinping"; kg.nlp.entities.kinds.pinyinnames, ent119)."""
    words = [w for w in label.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III")]
    if 2 <= len(words) <= 3 and _FAMILY_FIRST.fullmatch(words[-1]):
        return words[0]
    if family_first(words) or pinyin_family_first(words):
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
# a lower-case word right after a name, one space between: the noun it modifies ("… race")
_LOWER_AFTER = re.compile(r" [a-z]")
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")
# one syllable of Korean romanised, capitalised ("Dae", "Young", "Jung", "Moo", "Hyun"): an
# initial, a glide, one vowel or diphthong, a final consonant (as kg.reader.patterns reads them)
_SYLLABLE = re.compile(r"(?:Kk|Tt|Pp|Ss|Jj|Ch|Sh|[GKNDTRLMBPSJHCWYZ])?[wy]?"
                       r"(?:ae|eo|eu|oe|ui|oo|ee|ou|ai|a|e|i|o|u)(?:ng|[knlmptgbh])?")
