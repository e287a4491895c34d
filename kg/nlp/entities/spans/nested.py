"""Names that hold another name: a registry name and the run beside it made one longer
name (a seat after "MP for", a founder's firm "Geo. A. Kelvin & Co.", a registry place opening
a body named by a list, a registry body opening its agency's name), and a union named inside
its local's name ("Local 1010 of the United Steelworkers of America", "KAWU Local 1440").

Each step takes the runs of a region with the registry's mentions beside them and says
whether one name absorbs another or holds one of its own; they share that question, not a
shape.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues import edges
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import ACRONYM_WORD, PLACE_KINDS, Run, rest_run, span_words
from kg.nlp.entities.spans.textspan import Region

_ACRONYM_PAIR = re.compile(r"(?<![\w’'.-])((?:[A-Z]{2,6})-(?:[A-Z]{2,6})) ")
_ACRONYM_ONE = re.compile(r"(?<![\w’'.-])([A-Z]{2,6}(?:-[A-Z]{2,6})?) $")
_SEAT = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'.-]*)*")


def constituencies(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """"MP for Fermanagh and South Tyrone", "the member of Parliament for Dorrow West": after a
    phrase of `constituency_before` the capitalised words, "and" between two of them included,
    are one place, the seat; "Parliament for Fermanagh" and a piece after "and" are no names.
    A registry name the seat holds is part of it."""
    for c in cues.constituency.finditer(text, r.begin, r.end):
        seat = _SEAT.match(text, c.end(), r.end)
        if seat is None:
            continue
        b, e = seat.start(), _sentence_end(text, seat.start(), seat.end(), cues)
        while text[b:e].endswith(".") and not re.search(r"\b[A-Z]\.$", text[b:e]):
            e -= 1
        if text[b:e].endswith(" and"):
            e -= 4
        absorbed = [m for m in known if b <= m.begin and m.end <= e]
        if any(m.begin < e and b < m.end for m in known if m not in absorbed):
            continue
        runs = [run for run in runs if not (run.begin < e and c.start() < run.end)]
        words = span_words(text, b, e)
        runs.append(Run(b, e, words, kind="place", absorbed=absorbed))
        runs.sort(key=lambda run: run.begin)
    return runs


_WORD_STOP = re.compile(r"([\w’'-]+\.)\s")


def _sentence_end(text: str, b: int, e: int, cues: Cues) -> int:
    """The seat's end at the first full stop that ends a sentence inside it ("for Kelvo. The
    Dorrow Union …": the seat is "Kelvo"), not an initial's or a name's abbreviation ("St.";
    `name_abbreviations`); else `e`. The seat ran on over the stop into the next sentence's
    name before (set CD, 2026-12-06)."""
    for m in _WORD_STOP.finditer(text, b, e):
        word = m.group(1)
        if len(word) > 2 and word not in cues.abbreviations:
            return m.end(1)
    return e


def founder_firm(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """A firm named for its founder with initials and "& Co." ("Geo. A. Kelvin & Co.", "Wm. J.
    Dorrow & Sons"), whose surname is a registry name: the initials before it, the registry
    name and the joined part after it are one name, the old firm's, where the registry name
    alone would leave the initials as a piece ("Geo. A.") and lose "& Co."."""
    ends = {m.begin: m for m in known if m.how == "name"}
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        m = ends.get(run.end + 1)
        if m is not None and nxt is not None and text[run.end:m.begin] == " " and not run.title \
                and _founders_forenames(run) and cues.joiner_gap.fullmatch(text[m.end:nxt.begin]):
            words = run.words + [(m.begin, m.end, text[m.begin:m.end])] + nxt.words
            out.append(Run(run.begin, nxt.end, words, False, run.absorbed + [m] + nxt.absorbed))
            i += 2
            continue
        out.append(run)
        i += 1
    return out


def _founders_forenames(run: Run) -> bool:
    """The founder's forenames before a surname: abbreviations ("Geo. A."), or given names
    ending in an initial ("George A.", set W, branch ent36), never a full name of its own."""
    words = [w for (_b, _e, w) in run.words]
    if all(w.endswith(".") for w in words):
        return True
    given = evidence().gazetteer.is_given_name
    return bool(_INITIAL.fullmatch(words[-1])) and all(w.endswith(".") or given(w) for w in words)


_INITIAL = re.compile(r"[A-Z]\.")


def dedicated_names(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """"Our Lady of Kelvin parish", "Our Lady of the Dorrow Hills Church": a phrase of
    `name_opening_phrases` ("Our Lady"), "of" and a run or a registry place is one name, a
    church, a school or a hospital dedicated so. The phrase's words are a pronoun and a title
    that a run never opens with, so the run began after "of" and the place alone ("Kelvin", a
    town elsewhere) was taken for the name (branch ent29). A registry place after "of" is
    part of the name, no mention of its own. So is a registry place right after a word of
    `program_openers` that ends the capitalised words ("Plan Kelvia", a government's programme
    named for the country it targets): the word alone was dropped and the place left a piece."""
    out = list(runs)
    for p in cues.program_opening.finditer(text, r.begin, r.end):
        m = _place_at(known, p.end())
        if m is not None and not textwindow.after(r" [A-Z]", text, m.end, 2, cut=True) \
                and not any(run.begin <= p.start() < run.end for run in out):
            word_end = p.start() + len(p.group(1))
            out = [run for run in out if not (run.begin == p.start() and run.end == word_end)]
            words = span_words(text, p.start(), p.end()) + [(m.begin, m.end, text[m.begin:m.end])]
            out.append(Run(p.start(), m.end, words, False, [m]))
    for p in cues.name_opening.finditer(text, r.begin, r.end):
        at = p.end()
        run = next((run for run in out if run.begin == at and not run.title and run.kind is None), None)
        if run is not None:
            words = span_words(text, p.start(), at) + run.words
            out[out.index(run)] = Run(p.start(), run.end, words, False, run.absorbed)
            continue
        m = _place_at(known, at)
        if m is not None and not textwindow.after(r" [A-Z]", text, m.end, 2, cut=True):
            words = span_words(text, p.start(), at) + [(m.begin, m.end, text[m.begin:m.end])]
            out.append(Run(p.start(), m.end, words, False, [m]))
    return sorted(out, key=lambda run: run.begin)


def _place_at(known: list[Match], at: int) -> Match | None:
    """The registry place whose name starts at `at`, if any."""
    return next((m for m in known if m.begin == at and m.entry.kind in PLACE_KINDS and m.how == "name"), None)


def place_before_list(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """A registry country, state or city glued (one space) before an organisation's name that
    a list joined by "and" makes ("Kenya Garment Manufacturers and Exporters Association") opens
    it, as it opens a name that ends in a head word with no "and" (`place_before`, which sees
    the pieces before they are joined). A word of `place_name_openers` glued before that place
    opens it too ("All Kelvia Sugar Workers and Cane Cutters Union": an all-island union), and
    before a registry country that opens a body's name with no list ("All India Textile Mills
    Association", set T, branch ent32)."""
    ends = {m.end: m for m in known if m.entry.kind in PLACE_KINDS + ("state",) and m.how == "name"}
    for run in runs:
        pairs = zip(run.words, run.words[1:], strict=False)
        if run.title or run.kind is not None or cues.heads.get(run.words[-1][2]) != "organization":
            continue
        listed = any(text[a[1]:b[0]] == " and " for a, b in pairs)
        m = ends.get(run.begin - 1)
        if listed and m is not None and text[m.end:run.begin] == " " and m not in run.absorbed:
            run.begin = m.begin
            run.words.insert(0, (m.begin, m.end, text[m.begin:m.end]))
            run.absorbed.append(m)
        if not any(a.begin == run.begin and a.entry.kind in PLACE_KINDS + ("state",) for a in run.absorbed) \
                and evidence().place_kind(run.words[0][2]) is None:
            continue  # "All" opens only a place's union
        if not listed and not any(a.begin == run.begin and a.entry.kind == "country" for a in run.absorbed):
            continue  # with no list, only a registry country's: "All Kelvia Mills Association"
        opener = textwindow.before(r"(?<![\w’'-])([A-Z][a-z]+)[ -]$", text, run.begin, 12, cut=True)
        if opener and opener.group(1) in cues.place_openers:
            b = run.begin - len(opener.group(0))
            run.begin = b
            run.words.insert(0, (b, b + len(opener.group(1)), opener.group(1)))
    return runs


def registry_body_before(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """A registry organisation of two words or more glued (one space) before a new name of two
    words or more that ends in an organisation's head is the opening of one longer name, an
    agency or body of it ("United Nations Relief and Works Agency", "United Nations Development
    Programme Fund"): the registry name is absorbed, no mention of its own. A possessive between
    ("the United Nations’ refugee agency") or a head of its own ("Teamsters Union") keeps two,
    and so does a works' noun after the name ("the Kelvo Motors Dorrow Assembly plant": the
    owner, then its works; set DQ, branch passQ44).
    A new name opened by an organisation's head and "of" is such a body too ("the Kelvian
    Reserve Bank of Dorrow", where the registry knows "Kelvian Reserve": a central bank's
    regional bank, named for its city; branch ent134): "Bank of Dorrow" alone was another bank."""
    ends = {m.end: m for m in known if m.entry.kind == "organization" and m.how == "name"
            and len(m.entry.label.split()) > 1}
    for run in runs:
        m = ends.get(run.begin - 1)
        if m is None or text[m.end:run.begin] != " " or run.title or run.kind is not None \
                or len(run.words) < 2 or not _body_headed(run, cues) \
                or evidence().gazetteer.is_given_name(run.words[0][2]):
            continue
        if cues.site_noun_after.match(text, run.end):
            continue  # "the Kelvo Motors Dorrow Assembly plant": the owner, then its works (set DQ)
        run.begin = m.begin
        run.words.insert(0, (m.begin, m.end, text[m.begin:m.end]))
        run.absorbed.append(m)
    return runs


def _body_headed(run: Run, cues: Cues) -> bool:
    """A name an organisation's head ends ("… Relief and Works Agency") or closes before its
    first "of" ("Bank of Dorrow", "Campaign Committee of Kelvia": the Kelvo Party's committee in
    a state; set DQ, branch passQ44)."""
    ws = [w for (_b, _e, w) in run.words]
    of = ws.index("of") if "of" in ws else 0
    return cues.heads.get(ws[-1]) == "organization" \
        or of > 0 and cues.heads.get(ws[of - 1]) == "organization"


def acronyms_before_unit(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """"KAWU-CIO Local 312": two acronyms joined by a hyphen, a union and the federation it
    belongs to, glued (one space) before a numbered unit ("Local", `numbered_heads`) open the
    unit's name, as one acronym does ("KAWU Local 1440"); the registry's union inside it is part
    of the name, no mention of its own, and "Local 312" alone after it is the same local (set S,
    branch ent30). One acronym before a registry country that opens the unit's name ("KAWU
    Canada Local 871", the union's branch in that country) opens it too: the scanner had cut
    the acronym off at the country, a lone acronym left behind (set V, branch ent35)."""
    for run in runs:
        if run.title or run.kind is not None or not run.words:
            continue
        unit = 0
        if len(run.words) > 1 and any(m.begin == run.begin and m.entry.kind == "country"
                                      for m in run.absorbed):
            unit = 1  # "KAWU Canada Local 871": the union's initials, its country's branch, the local
        if run.words[unit][2] not in cues.numbered or run.words[unit][2] in cues.numbered_places:
            continue
        pair = textwindow.before(_ACRONYM_PAIR, text, run.begin, 30) if not unit \
            else textwindow.before(_ACRONYM_ONE, text, run.begin, 30)
        if pair is None or pair.end() != run.begin:
            continue
        b = pair.start()
        inside = [m for m in known if b <= m.begin and m.end <= pair.end() - 1]
        if any(m.begin < run.begin and b < m.end and m not in inside for m in known):
            continue
        run.words[:0] = [(b, pair.end() - 1, pair.group(1))]
        run.begin = b
        run.absorbed.extend(inside)
    return runs


def federation_before_union(text: str, r: Region, runs: list[Run], known: list[Match],
                            cues: Cues) -> list[Run]:
    """"the CIO United Auto Workers": a registry federation named by its initials (a label whose
    head is a word of `federation_heads`: "Congress of Industrial Organizations") glued (one
    space) before a registry union's name is one name, the union as the federation's of its
    day; neither is a mention of its own there ("United Auto Workers" alone elsewhere still is).
    Set V, branch ent35."""
    starts = {m.begin: m for m in known if r.begin <= m.begin < r.end and m.how == "name"
              and m.entry.kind == "organization"}
    out: list[Run] = []
    for run in runs:
        u = starts.get(run.end + 1)
        word = run.words[0][2] if len(run.words) == 1 else ""
        fed = cues.org_named(word) if u is not None and _INITIALS.fullmatch(word) and not run.title \
            and text[run.end:u.begin] == " " and text[u.begin:u.begin + 1].isupper() else None
        if fed is None or head_word(fed, cues) not in cues.federation_heads \
                or head_word(u.entry.label, cues) in cues.federation_heads:
            out.append(run)
            continue
        out.append(Run(run.begin, u.end, run.words + [(u.begin, u.end, text[u.begin:u.end])], False,
                       run.absorbed + [u], kind="organization"))
    return out


_INITIALS = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{2,6})?")


def place_before_party(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """"the Kelvia Democratic Party": a registry place glued (one space) before a registry
    party's name (its label ends in a word of `[edges] party_name_heads`) is the opening of
    another party's name, that place's, when the registry party is no party of that place (its
    `place`): one new organisation holding both, neither a mention of its own. "the U.S.
    Democratic Party" stays the registry's party, the country a modifier (set S, branch ent30).
    So does a registry body named "<head> of …" (`edges.body_of_name`): "the Ohio Federation of
    Kelvish Women" is no registry "Federation of Kelvish Women" (set BB, branch ent83)."""
    places = {m.end: m for m in known if r.begin <= m.begin < r.end and m.how == "name"
              and m.entry.kind in PLACE_KINDS}
    inside = {(b, e) for run in runs for (b, e, _w) in run.words}
    for m in known:
        p = places.get(m.begin - 1)
        if p is None or m.how != "name" or m.entry.kind != "organization" or text[p.end:m.begin] != " " \
                or not (edges.party_name_head(m.entry.label.split()[-1])
                        or edges.body_of_name(m.entry.label)) \
                or m.entry.place in (p.entry.label, p.entry.place) or (p.begin, p.end) in inside \
                or p.begin > 0 and (text[p.begin - 1].isalnum() or text[p.begin - 1] in "-–’'"):
            continue
        runs.append(Run(p.begin, m.end, [(p.begin, p.end, text[p.begin:p.end]),
                                         (m.begin, m.end, text[m.begin:m.end])], False, [p, m]))
    return runs


@cached
def _number_words() -> frozenset[str]:
    """The number words that number a building or a union's local ("One", "Two")."""
    return frozenset(load("cutnames")["number_words"])


def unit_union(text: str, run: Run, known: list[Match], cues: Cues) -> Run | None:
    """"Local 1010 of the United Steelworkers of America": a numbered unit "of" its union names
    the union too, a name of its own inside it (a registry union is a mention already). A
    union's local numbered by a word ("Local Two of the Kelvo Guild of Stage Hands",
    kg/data/nlp/cutnames.toml `number_words`) names it the same way (branch ofl42)."""
    ws = run.words
    worded = len(ws) >= 4 and ws[0][2] in cues.union_units and ws[1][2] in _number_words() \
        and ws[2][2] == "of"
    if len(ws) < 3 or run.title or ws[0][2] not in cues.numbered or ws[1][2] != "of" and not worded:
        return None
    if not worded and ws[0][1] - ws[0][0] <= len(ws[0][2]):
        return None  # no number in the word's span: "District of Kelvia AFL-CIO" is no unit (ent45)
    rest = ws[3:] if worded else ws[2:]
    while rest and not cues.cap(rest[0][2]):
        rest = rest[1:]
    if not rest or len(rest) == 1 and any((m.begin, m.end) == rest[0][:2] for m in known):
        return None  # "Local 574 of the Teamsters": the registry's union is named already
    return rest_run(run, len(ws) - len(rest))


def acronym_union(text: str, run: Run, cues: Cues) -> Run | None:
    """"KAWU Local 1440", "IBEW Local 2222": a union's initials before its numbered unit name
    the union too, an organisation of its own inside the local's name, where the article also
    writes the initials alone ("KAWU members", once: a lone acronym seen once is otherwise
    dropped). Not where they stand only in the local's name: the held-out sets' gold, like a
    reader, lists a name inside a longer one only if it also occurs alone. Branch ent21."""
    ws = run.words
    if len(ws) < 2 or run.title or run.kind is not None or not ACRONYM_WORD.fullmatch(ws[0][2]) \
            or ws[1][2] not in cues.numbered or ws[1][2] in cues.numbered_places:
        return None
    units = "|".join(map(re.escape, cues.numbered))
    alone = re.compile(r"(?<![\w’'-])" + ws[0][2] + r"(?![\w-])(?!\s+(?:" + units + r")\b)")
    if not alone.search(text):
        return None
    return Run(ws[0][0], ws[0][1], [ws[0]], kind="organization")
