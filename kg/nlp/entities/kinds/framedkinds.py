"""Kinds the text around a name gives it: the list it stands in ("Canada, the United
States, Venezuela and Cuba"; "walkouts at Dorrow, Feyzel and La Brève"; a list whose known
names say its kind, kg.nlp.entities.cues.framing.list_kinds), a frame that makes a run a category,
a law or a party ("the Liberals"), and a citation's imprint ("(The Hague: Martinus Dorrow,
1978)": a city and a publisher).

kg.nlp.entities.kinds.namekinds reads one name's own cues; these read its neighbours, so they are
apart, and kg.nlp.entities.names applies them to all names of an article at once.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.framing import Member, framing
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.kinds.stormlists import storm_list_runs
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, run_label
from kg.nlp.entities.spans.textspan import Region

_COORD = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?")

# a citation's imprint: "(City: Publisher, 1978)", "(New York: Kelvin Dorrow, 2004)"
_IMPRINT = re.compile(r"\((?P<city>[A-Z][^():,;\n]{1,40}):\s+"
                      r"(?P<pub>[A-Z][^():,;\n]{1,60}),\s+(?:1[5-9]|20)\d\d\)")


def framed_runs(text: str, regs: list[Region], runs: list[Run], known: list[Match]) -> list[Run]:
    """Runs as the frames around them say (kg.nlp.entities.cues.framing): a category in capitals
    is no name ("a Credit and Service Cooperative": every run inside it dropped); a party's
    short form in a party's frame is the party ("the Liberals", "Labour government"), an
    organisation whatever group word or common word it is."""
    fr = framing()
    prose = [r for r in regs if r.kind in ("prose", "headline", "deck")]
    categories = [sp for r in prose for sp in fr.category_spans(text, r.begin, r.end)]
    runs = [run for run in runs if run.kind is not None
            or not any(b <= run.begin and run.end <= e for b, e in categories)]
    for run in runs:  # "Decree-Law 259": a law's kind and its number are one law
        if run.kind is None and (n := fr.law_number(text, run.end, run_label(text, run))):
            run.end = n
            run.words = run.words + [(run.words[-1][1], n, text[run.words[-1][1]:n].strip())]
            run.kind = "work"
    storm_list_runs(text, runs)  # "hurricanes Kelva and Dorra": each an event
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
                runs.append(Run(b, e, [(b, e, text[b:e])], kind="organization"))
    return runs


def list_kinds(text: str, kept: list, known: list[Match], kind_of: dict[str, tuple[str, bool]],
               cues: Cues) -> None:
    """Names in one list share a kind (kg.nlp.entities.cues.framing.list_kinds): the registry's
    names, strong cues and head words (last or first) speak for the list; a name only a given name, a
    gazetteer or a locative word typed takes its kind ("the packers Kelvane, Dorrow Daniels
    and Tallow"; "in Kelvo, Dorrow and Santa Tallow" where two are known places)."""
    members = [Member(m.begin, m.end, m.entry.kind, True) for m in known]
    labels: dict[tuple[int, int], str] = {}
    for run, label, _k in kept:
        kind, strong = kind_of[label]
        # a head word ends the name or opens it ("Temple Beth Kelvo", "Congregation Dorrow"; pass42)
        firm = strong or (kind != "thing" and (cues.heads.get(head_word(label, cues)) is not None
                                               or label.split()[0] in cues.leading_heads))
        members.append(Member(run.begin, run.end, kind, firm))
        labels[(run.begin, run.end)] = label
    for span, kind in framing().list_kinds(text, members).items():
        label = labels.get(span)
        if label is not None and not kind_of[label][1]:
            kind_of[label] = (kind, False)


def imprint_part(text: str, run: Run) -> str | None:
    """A name inside a citation's imprint: the city before the colon is a place ("Hague" in
    "(The Hague: …, 1978)"), the name after it the publisher, an organisation, even when a given
    name opens it (a house named for its founder)."""
    for m in _IMPRINT.finditer(text, max(0, run.begin - 45), min(len(text), run.end + 90)):
        if m.start("city") <= run.begin and run.end <= m.end("city"):
            return "place"
        if (m.start("pub"), m.end("pub")) == (run.begin, run.end):
            return "organization"
    return None


_AND_OR = re.compile(r"\s*,?\s+(?:and|or)\s+(?:the\s+)?")
_LIST_END = re.compile(r"[^.;:!?]{0,80}?\s(?:and|or)\s")
# a list's gap; a member's acronym in brackets may close it ("the Kelvo Union (KU), Dorrow Aid and
# …": set BW, branch ent110)
_LIST_GAP = re.compile(r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?\s*,\s+(?:(?:and|or)\s+)?(?:the\s+)?"
                       r"|\s+(?:and|or)\s+(?:the\s+)?")


def coordinated_with(text: str, run: Run, typed: list[tuple[int, int, str]], kinds: tuple[str, ...],
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


def locative_list(text: str, run: Run, typed: list[tuple[int, int, str]], ev: Evidence) -> bool:
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
    if not members or members[-1][2] not in PLACE_KINDS or members[0][2] not in PLACE_KINDS:
        return False
    closed = re.search(r"\b(?:and|or)\s", text[members[-1][1]:run.begin]) or _LIST_END.match(text, run.end)
    return bool(closed) and ev.locative_before(text, members[0][0])


# "<name> in the <place>": the link word between a name and where it is, read by both pair rules
_PAIR_LINK = re.compile(r"\s+(in|at|from|of)\s+(?:the\s+)?")
_LINK_BEFORE = re.compile(r"[A-Z][\w’'.&-]*\s+(in|at|from|of)\s+(?:the\s+)?\Z")


def _parallel_slot(text: str, run: Run, places: list[Match]) -> bool:
    """"headed by Kelvo Dorrani of Spain and Tallovex of Italy": the run follows "and" after a
    place that a name and a link word ("of", "in", "at", "from") lead to, and the same word and
    a place follow the run: it stands in the name's slot, not in the place's, so "and" puts it
    beside no place (`paired_slot` gives it the name's kind; set AJ, branch ent65)."""
    link = _PAIR_LINK.match(text, run.end)
    if link is None or not any(m.begin == link.end() for m in places):
        return False
    for m in places:
        if m.end <= run.begin and _COORD.fullmatch(text[m.end:run.begin]):
            lead = textwindow.before(_LINK_BEFORE, text, m.begin, 60)
            if lead is not None and lead.group(1) == link.group(1):
                return True
    return False


def coordinated_with_places(text: str, run: Run, known: list[Match]) -> bool:
    """"Flint, Michigan" (a name, a comma, a known place) or a list of places ("Canada, the
    United States, Venezuela and Cuba"): at least two known places in the list, so that "…
    from New Jersey, and John Studer" does not make a place of a person."""
    places = sorted((m for m in known if m.entry.kind in PLACE_KINDS), key=lambda m: m.begin)
    if _parallel_slot(text, run, places):
        return False  # "Kelvo Dorrani of Spain and Tallovex of Italy": two firms, each its country
    after = next((m for m in places if m.begin >= run.end and _COORD.fullmatch(text[run.end:m.begin])), None)
    before = next((m for m in reversed(places) if m.end <= run.begin
                   and _COORD.fullmatch(text[m.end:run.begin])), None)
    if after is not None and re.fullmatch(r"\s*,\s*", text[run.end:after.begin]):
        return True  # "Flint, Michigan"
    if after is not None and before is not None:
        return True
    if after is None and before is not None and _subject_after_town_line(text, run, before, places):
        return False  # "In Perth, Australia, Tharvan Dossa of the … told": the sentence's subject
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


_TOWN_LINE_KINDS = ("country", "state", "province", "region")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def _subject_after_town_line(text: str, run: Run, before: Match, places: list[Match]) -> bool:
    """"In Perth, Australia, Tharvan Dossa of the Tamil Welfare Society told a rally": a town and its
    country (or state) set off by commas before the name, the name followed by a lower-case word
    (a verb, "of"): the town line fronts the sentence and the name is its subject, no third place
    of a list (a list's last member comes after "and" or "or"; set BB, branch ent83)."""
    if not re.fullmatch(r"\s*,\s*", text[before.end:run.begin]) or before.entry.kind not in _TOWN_LINE_KINDS \
            or not _LOWER_WORD_AFTER.match(text, run.end):
        return False
    k = places.index(before)
    town = places[k - 1] if k > 0 else None
    return town is not None and town.entry.kind == "city" \
        and re.fullmatch(r"\s*,\s*", text[town.end:before.begin]) is not None


def coordinated_with_bodies(text: str, run: Run, known: list[Match]) -> bool:
    """"sews for Kelvo and Walmart", "Walmart, Kelvo and Target": a name the gazetteer also
    knows as a town, listed right beside a registry organisation ("and", "or", a comma) and
    beside no known place, is one of the bodies listed (set AN, branch ent63)."""
    beside = [m for m in known if (m.begin >= run.end and _COORD.fullmatch(text[run.end:m.begin]))
              or (m.end <= run.begin and _COORD.fullmatch(text[m.end:run.begin]))]
    return any(m.entry.kind == "organization" for m in beside) \
        and not any(m.entry.kind in PLACE_KINDS for m in beside)


_PAIR_AND = re.compile(r"\s*,?\s+and\s+(?:the\s+)?")


def paired_slot(text: str, run: Run, typed: list[tuple[int, int, str]]) -> str | None:
    """"forces loyal to <A> in <P> and <run> in <Q>": two pairs of a name and where it is, joined
    by "and"; the run stands in A's slot, not in P's, so it takes A's kind (a person or a body)
    rather than the place's that "and" puts it beside. Both pairs must use the same word."""
    after = _PAIR_LINK.match(text, run.end)
    if after is None or not any(b == after.end() and k in PLACE_KINDS for b, _e, k in typed):
        return None
    for b, e, k in typed:  # P: a place that "and" joins to the run
        if k in PLACE_KINDS and e <= run.begin and _PAIR_AND.fullmatch(text[e:run.begin]):
            for _b2, e2, k2 in typed:  # A: a person or a body, then the same word, then P
                link = _PAIR_LINK.fullmatch(text[e2:b]) if e2 <= b else None
                if link and link.group(1) == after.group(1) and k2 in ("person", "organization"):
                    return k2
    return None
