"""Runs of capitalised words, built from a region's text (kg.nlp.entities.names calls
`find_runs` once per region): words joined by one space, a connector ("of", "of the"), a
joining sign or a possessive, cut where a title, a date, a registry name or a line of
capitals ends them, then lengthened by the shapes read whole (a postal address, a name in
another language, "in" and a field, "to" and a purpose, "at" and a campus).

This is the scanner: it decides where a run starts and stops as it walks the words, asking
kg.nlp.entities.spans.runbounds about each word at an edge. What runs mean together (lists joined
by "and", acronyms, kinds) is decided later, by other modules, on the runs it returns.

`find_runs` runs in phases, each in its own place:
1. the region as the scanner reads it (`region_scope`: kg.nlp.entities.spans.runscan `RunScope`,
   the quoted titles, the registry names inside the region, the registry firms' leading words);
2. its words (kg.nlp.entities.spans.runwalk `region_words`);
3. the walk over the words (runwalk `walk_words`, `WALK_STEPS`, `CONNECTOR_STEPS`), which
   closes a run wherever a word or a gap ends it (kg.nlp.entities.spans.runclose `close_run`,
   `CLOSE_STEPS`: the titles cut off, the names a run holds two of, the run kept);
4. the runs lengthened by the shapes read whole (`RUN_STEPS` below, in order).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.nlp.entities.cues import edges
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import foreign, glottal
from kg.nlp.entities.spans.addresses import find_addresses
from kg.nlp.entities.spans.runs import PLACE_KINDS, SMALL, Run, rest_run, span_words
from kg.nlp.entities.spans.runscan import RunScope
from kg.nlp.entities.spans.runwalk import region_words, walk_words
from kg.nlp.entities.spans.textspan import Region, TextIndex

_QUOTED = re.compile(r"[“\"]([^”\"]{3,200})[”\"]|‘([^’]{3,200})’(?!\w)")


def _quoted_titles(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Quotations written in title case: titles of talks, articles, books."""
    out = []
    for m in _QUOTED.finditer(text, begin, end):
        body = m.group(1) or m.group(2)
        words = [w for w in re.findall(r"[^\W\d_][\w’'.\-]*", body) if w.lower() not in SMALL]
        caps = [w for w in words if w[0].isupper()]
        if len(words) >= 2 and len(caps) >= 0.75 * len(words):
            out.append((m.start(), m.end()))
    return out


def org_leads(known: list[Match]) -> dict[str, int]:
    """The leading words of every registry organisation of two words or more the text names
    ("Peabody" of "Peabody Energy"), each with where the organisation is first named: its short
    form after that (kg.nlp.entities.mentions links the short form to it)."""
    out: dict[str, int] = {}
    for m in known:
        words = m.entry.label.split()
        if m.entry.kind == "organization" and m.how == "name":
            for k in range(1, len(words)):
                lead = " ".join(words[:k])
                out[lead] = min(out.get(lead, m.begin), m.begin)
    return out



def region_scope(text: str, r: Region, known: list[Match], cues: Cues, tx: TextIndex,
                 skip: list[tuple[int, int]] = (), lower: set[str] = frozenset()) -> RunScope:
    """The region as the scanner reads it: its quotations written in title case, the registry
    names inside it (by where they begin and end), the registry firms' leading words, and the
    skipped spans that overlap it."""
    titles_q = _quoted_titles(text, r.begin, r.end)
    inside = [m for m in known if r.begin <= m.begin < r.end]
    return RunScope(text=text, region=r, known=known, cues=cues, tx=tx,
                    skip=[(b, e) for b, e in skip if b < r.end and r.begin < e], lower=lower,
                    quoted_titles=titles_q, inside=inside,
                    known_at={m.begin: m for m in inside}, known_end={m.end: m for m in inside},
                    leads=org_leads(known))


def find_runs(text: str, r: Region, known: list[Match], cues: Cues, tx: TextIndex,
              skip: list[tuple[int, int]] = (), lower: set[str] = frozenset()) -> list[Run]:
    """The runs of one region: its words walked (kg.nlp.entities.spans.runwalk, closing each run
    through kg.nlp.entities.spans.runclose), then every step of `RUN_STEPS` in order. `known`:
    the document's registry mentions; `skip`: spans no run may take (titles of works, blocked
    names); `lower`: the words the text writes in lower case."""
    s = region_scope(text, r, known, cues, tx, skip, lower)
    runs = walk_words(s, region_words(text, r, cues, tx))
    for step in RUN_STEPS:
        runs = step(s, runs)
    return runs


# -- the runs lengthened by the shapes read whole: each (scope, runs) -> runs -------------------------


def numbered_sites(s: RunScope, runs: list[Run]) -> list[Run]:
    """"the Kelvo 3 mine": a run, a number and a site's noun (`numbered_site`) are one place;
    "Kelvin Common" where the registry's city is strict: a town's green, a place."""
    for run in runs:
        site = s.cues.numbered_site.match(s.text, run.end)
        if site and not run.title and run.kind is None:  # "the Kelvo 3 mine": one place
            run.end = site.end(1)
            run.kind = "place"
        elif run.kind is None and not run.title and len(run.words) == 2 \
                and edges.town_green(run.words[1][2]) \
                and evidence().place_kind(run.words[0][2]) == "city":
            run.kind = "place"  # "Kelvin Common" where the registry's city is strict: a town's green
    return runs


def addresses(s: RunScope, runs: list[Run]) -> list[Run]:
    """"221 Summit Parkway", "500 W. 37th St.", "7400 boul. Saint-Michel": one place as printed
    (kg.nlp.entities.spans.addresses), in place of the runs it covers (`_as_runs`)."""
    # "221 Summit Parkway", "500 W. 37th St.", "7400 boul. Saint-Michel": one place as printed
    found = [(a.begin, a.end) for a in find_addresses(s.text, s.region.begin, s.region.end)]
    return _as_runs(s.text, runs, found, s.inside, "place", s.skip)


def in_fields(s: RunScope, runs: list[Run]) -> list[Run]:
    """"Guild of Technical Staff in Aerospace": "in" and a field after a body (`_merge_in_field`)."""
    return _merge_in_field(s.text, runs, s.cues)


def purposes(s: RunScope, runs: list[Run]) -> list[Run]:
    """"Student Mobilization Committee to End the War in Vietnam": "to" and a purpose after a
    campaigning body's head (`_purpose_to`)."""
    return _purpose_to(s.text, runs, s.inside, s.cues)


def campuses(s: RunScope, runs: list[Run]) -> list[Run]:
    """"University of Kelvia at Dorrow": "at" ("à") and a campus's town, known to the registry
    or not (`_campus_at`)."""
    return _campus_at(s.text, runs, s.known_at, s.cues)


def demands(s: RunScope, runs: list[Run]) -> list[Run]:
    """"Stop the Dorrow War Coalition": a campaign named for its demand (`_demand_named`)."""
    return _demand_named(s.text, runs, s.cues)


def registry_places_after(s: RunScope, runs: list[Run]) -> list[Run]:
    """"University of Illinois at Chicago": a campus named by its registry place after "at"
    ("à" only after a university's head); "Committee Against Intervention in the Gulf": a
    registry place after "in the" and a campaign's purpose word. The place is the name's last
    word, absorbed."""
    text, cues, known_at = s.text, s.cues, s.known_at
    for run in runs:  # "University of Illinois at Chicago": a campus named by its place
        sep = next((f" {w} " for w in cues.at_words if text.startswith(f" {w} ", run.end)), None)
        place = known_at.get(run.end + len(sep)) if sep else None
        if sep != " at " and not any(w in cues.at_heads for (_b, _e, w) in run.words):
            place = None  # "à" names a campus only after a university's head
        if place is None and text[run.end:run.end + 8] == " in the ":
            # "Committee Against Intervention in the Gulf": what a campaign is against is
            # where; "the Teamsters Union in Chicago" (no purpose word, no "the") is two names
            place = known_at.get(run.end + 8)
            if not any(w in cues.purpose for (_b, _e, w) in run.words):
                place = None
        if place is not None and place.entry.kind in PLACE_KINDS and any(
                w in cues.at_heads or w in cues.purpose for (_b, _e, w) in run.words):
            run.words.append((place.begin, place.end, text[place.begin:place.end]))
            run.end = place.end
            run.absorbed.append(place)
    return runs


def purpose_numbers(s: RunScope, runs: list[Run]) -> list[Run]:
    """"the Kelvin Coalition Against 209": a body's head, a purpose word ("Against") and a
    number, a ballot measure's or a bill's, are one name; the walk stops at the number and
    leaves the body's head alone ("Kelvin Coalition", a piece: set DR, branch passQ44)."""
    text, cues = s.text, s.cues
    for run in runs:
        if not run.words or run.title or cues.heads.get(run.words[-1][2]) != "organization":
            continue
        m = _PURPOSE_NUMBER.match(text, run.end)
        if m is None or m.group(1) not in cues.purpose or run.end + len(m.group(0)) > s.region.end:
            continue
        b = run.end + 1
        run.words += [(b, b + len(m.group(1)), m.group(1)), (m.start(2), m.end(2), m.group(2))]
        run.end = m.end(2)
    return runs


# " Against 209": a capitalised purpose word and a number (1 to 4 digits, no sum or count
# written with a comma) closing the name
_PURPOSE_NUMBER = re.compile(r" ([A-Z][a-z]+) (\d{1,4})(?![\w.,-]?\d)(?![\w-])")


RunStep = Callable[[RunScope, list[Run]], list[Run]]
# in the order they run, after the walk; each lengthens or joins the runs the steps before it left
RUN_STEPS: tuple[RunStep, ...] = (
    numbered_sites,
    addresses,
    in_fields,
    purposes,
    purpose_numbers,
    campuses,
    demands,
    registry_places_after,
    glottal.opening_marks,
)


def _as_runs(text: str, runs: list[Run], spans: list[tuple[int, int]], known: list[Match], kind: str,
             blocked: list[tuple[int, int]] = ()) -> list[Run]:
    """Names another module read whole (kg.nlp.entities.spans.addresses, .foreign) in place of the
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
        rests = [rest_run(run, len(run.words) - len(rest)) for run in cut
                 if (rest := [w for w in run.words if w[0] >= e])]
        runs = [run for run in runs if run not in cut] + rests
        over = [run for run in over if run not in cut]
        longer = max([e] + [run.end for run in over]) > e  # its head types it: "… Avenue Church"
        e = max([e] + [run.end for run in over])
        if any(m.begin < e and b < m.end and not (b <= m.begin and m.end <= e) or (m.begin, m.end) == (b, e)
               for m in known) or any(sb < e and b < se for sb, se in blocked):
            continue
        words = [w for w in span_words(text, b, e)
                 if w[0] == b or not text[w[0] - 1].isalnum()]  # not "th" of "37th"
        absorbed = [m for m in known if b <= m.begin and m.end <= e]
        absorbed += [m for run in over for m in run.absorbed if m not in absorbed]
        runs = sorted([run for run in runs if run not in over]
                      + [Run(b, e, words or [(b, e, text[b:e])], kind=None if longer else kind,
                             absorbed=absorbed)],
                      key=lambda run: run.begin)
    return runs


as_runs = _as_runs  # for the other span modules (kg.nlp.entities.spans.longbodies)


def foreign_names(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """"Syndicat des travailleurs de l’aluminium de Kelvin": a name in French, Spanish or
    Portuguese run on over its lower-case words from the head that opened a run
    (kg.nlp.entities.spans.foreign), an organisation."""
    places = {m.begin: m.end for m in known if m.entry.kind in PLACE_KINDS}
    starts = {m.begin for m in known}
    firms = {m.begin: m.end for m in known if m.entry.kind == "organization"}
    spans = [(f.begin, f.end) for run in runs if not run.title and run.kind is None
             and (f := foreign.extend(text, run.begin, run.end, r.end, places.get,
                                      lambda i: i in starts and i not in places, firms.get)) is not None]
    return _as_runs(text, runs, spans, known, "organization")


_TO_PURPOSE = re.compile(r" to (?=([A-Z][a-z-]+) )")
_TITLE_WORD = re.compile(r"\s*([^\W\d_][\w’'.-]*)")
_OF_YEAR = re.compile(r" ((?:1[6-9]|20)\d\d)(?![\w,.-]\d|\w)")  # "… of 1921" after "of"
# "and" (and "the") and a second body's capitalised words after a purpose's stretch
_AND_BODY = re.compile(r"and (?:the )?((?:[A-Z][\w’'-]* )*[A-Z][\w’'-]*)(?![\w’'-])")


def _purpose_to(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """"Student Mobilization Committee to End the War in Vietnam": a campaigning body's head
    (`purpose_to_heads`), "to" and a title-case stretch after it ("End the War in Vietnam") are
    one name; the stretch must hold two capitalised words or more and its first must be no
    registry name ("sent the Committee to Chicago" names two). The runs and registry places
    inside it are the name's. A registry abbreviation keeps its full stop inside the stretch
    ("… to End the U.S. Embargo of Kelvia"), and "and" before a second campaigning body's
    capitalised words ("… to Free the Kelvo Five and the Dorrow Coalition to End …") ends it:
    two bodies, each its own name (set DG's kind, branch passF42)."""
    out: list[Run] = []
    skip_to = -1
    dotted = {k.begin: k for k in known if text[k.begin:k.end].endswith(".")}
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
            if (k := dotted.get(b)) is not None and word[:1].isupper():
                word = text[b:k.end]  # a registry abbreviation's own full stop ("the U.S. Embargo")
            if word == "and" and (a := _AND_BODY.match(text, b)) \
                    and a.group(1).split()[-1] in cues.purpose_to:
                break  # "… Five and the Dorrow Coalition to …": a second body, its own name
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
        out.append(Run(run.begin, end, run.words + [(run.end + 1, run.end + 3, "to")] + words, run.title,
                       run.absorbed + [k for k in known if run.end <= k.begin and k.end <= end]))
        skip_to = end
    return out


def _merge_in_field(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """"Guild of Technical Staff in Aerospace": after an organisation's name (a head word in
    it), "in" and one field word (`field_words`: an industry or a government's portfolio) that
    ends the name go on naming it. A place after "in" is where it is ("the Teamsters Union in
    Chicago": a registry place, no run) and a word that is no field another name. After a
    purpose word (`purpose_words`), "in the" and a name go on naming it ("Coalition Against
    War in the Dorrow Valley"); after a body's name, "in the" and two or three capitalised words
    ending in a field word name its industry ("Union of Workers in the Automotive Industry": one
    union, not a union and a junk "Automotive Industry"; set CN's pass, branch ent132)."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:run.begin] == " in " and len(run.words) == 1 \
                and run.words[0][2] in cues.fields and not run.absorbed and not prev.title \
                and any(cues.heads.get(w) == "organization" for (_b, _e, w) in prev.words):
            out[-1] = Run(prev.begin, run.end, prev.words + run.words, False, prev.absorbed)
            continue
        if prev is not None and text[prev.end:run.begin] == " in the " and not prev.title \
                and any(w in cues.purpose for (_b, _e, w) in prev.words):  # "… War in the Dorrow Valley"
            out[-1] = Run(prev.begin, run.end, prev.words + run.words, False, prev.absorbed + run.absorbed)
            continue
        if prev is not None and text[prev.end:run.begin] == " in the " and _field_named(run, cues) \
                and not prev.title and any(cues.heads.get(w) == "organization" for (_b, _e, w) in prev.words):
            out[-1] = Run(prev.begin, run.end, prev.words + run.words, False, prev.absorbed)
            continue  # "Union of Workers in the Kelvo Steel Industry" (set CN's pass, ent132)
        out.append(run)
    return out




def _field_named(run: Run, cues: Cues) -> bool:
    """Two or three capitalised words of a plain run ending in a field word ("Automotive
    Industry", "Kelvo Steel Industry"): an industry's name."""
    return 2 <= len(run.words) <= 3 and not run.absorbed and not run.title and run.kind is None \
        and run.words[-1][2] in cues.fields and all(w[:1].isupper() for (_b, _e, w) in run.words)


def _demand_named(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """"Stop the Dorrow War Coalition", "Save the Kelvin Mill Committee": a campaign named for
    its demand. A purpose's verb (`purpose_to_verbs`) alone, "the", then a run ending in a
    campaigning body's head (`purpose_to_heads`) are one name; the verb alone would be cut as a
    demand's opening verb (kg.nlp.entities.spans.openers `drop_imperative`) and the rest name a body
    that does not exist ("War Coalition")."""
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        if nxt is not None and len(run.words) == 1 and run.words[0][2] in cues.purpose_verbs \
                and text[run.end:nxt.begin] == " the " and not run.title and not nxt.title \
                and nxt.kind is None and nxt.words[-1][2] in cues.purpose_to \
                and not text.startswith(" from ", nxt.end):  # "Stop the X Council from …": a demand
            the = (run.end + 1, nxt.begin - 1, "the")
            out.append(Run(run.begin, nxt.end, run.words + [the] + nxt.words, False, nxt.absorbed))
            i += 2
            continue
        out.append(run)
        i += 1
    return out


def _campus_at(text: str, runs: list[Run], known_at: dict[int, Match], cues: Cues) -> list[Run]:
    """"University of Kelvia at Dorrow", "Université du Kelvin à Dorrow": a university's name
    (`at_heads`, followed by its "of" part: not "Kelvin University at Christmas") goes on with
    "at" ("à", `at_words`) and the campus's town when the run after the word is a town's name
    of one or two capitalised words with no head word and no date in it, whether or not the
    registry knows the town (a registry place is joined by `find_runs` itself)."""
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        gap = text[run.end:nxt.begin] if nxt is not None else ""
        if nxt is not None and gap.strip() in cues.at_words and gap == f" {gap.strip()} " \
                and not run.title and run.kind is None and nxt.kind is None and not nxt.title \
                and any(w in cues.at_heads for (_b, _e, w) in run.words[:-1]) \
                and not any(w in cues.calendar for (_b, _e, w) in nxt.words) \
                and 1 <= len(nxt.words) <= 2 and all(w[:1].isupper() and w not in cues.heads
                                                      for (_b, _e, w) in nxt.words) \
                and not any(m.begin == nxt.begin and m.entry.kind not in PLACE_KINDS
                            for m in [known_at.get(nxt.begin)] if m is not None):
            out.append(Run(run.begin, nxt.end, run.words + nxt.words, False, run.absorbed + nxt.absorbed))
            i += 2
            continue
        out.append(run)
        i += 1
    return out
