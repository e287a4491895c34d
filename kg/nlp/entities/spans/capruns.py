"""Runs of capitalised words, built from a region's text (kg.nlp.entities.names calls
`find_runs` once per region): words joined by one space, a connector ("of", "of the"), a
joining sign or a possessive, cut where a title, a date, a registry name or a line of
capitals ends them, then lengthened by the shapes read whole (a postal address, a name in
another language, "in" and a field, "to" and a purpose, "at" and a campus).

This is the scanner: it decides where a run starts and stops as it walks the words, asking
kg.nlp.entities.spans.runbounds about each word at an edge. What runs mean together (lists joined
by "and", acronyms, kinds) is decided later, by other modules, on the runs it returns.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues import edges
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import foreign, joins, leaders
from kg.nlp.entities.spans.addresses import find_addresses
from kg.nlp.entities.spans.runbounds import (
    common_noun_in_name,
    firm_then_town,
    glued_ahead,
    head_first,
    head_follows,
    people_of_place,
    plural_possessive_joins,
    possessive_firm,
    possessive_place,
)
from kg.nlp.entities.spans.runclose import close_run
from kg.nlp.entities.spans.runs import PLACE_KINDS, SMALL, WORD, Run, span_words, title_case
from kg.nlp.entities.spans.runscan import RunScope, RunWalk
from kg.nlp.entities.spans.textspan import Region, TextIndex

_NUMBER_AFTER = joins.NUMBER_AFTER
_QUOTED = re.compile(r"[“\"]([^”\"]{3,200})[”\"]|‘([^’]{3,200})’(?!\w)")
_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}(?!\d)")


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



# A union's local or branch written as its number glued before the union's initials
# ("2231KWU", "32BJ"): the number opens the word (set V, branch ent35). A year, a sum or a
# count glued to a unit ("1990s", "$40", "5kg") is no such word: the initials must be capitals.
_NUMBER_BEFORE_ACRONYM = re.compile(r"(?<![\w$€£.,/-])\d{2,5}$")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


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
    s = region_scope(text, r, known, cues, tx, skip, lower)

    words = []
    for m in WORD.finditer(text, r.begin, r.end):
        b, e = m.start(), m.end()
        if b > r.begin and (text[b - 1].isalnum() or text[b - 1] in "’'-") and text[b - 2:b] != "--":
            glued = _NUMBER_BEFORE_ACRONYM.search(text, r.begin, b) \
                if _ACRONYM.fullmatch(m.group(0)) else None
            if glued is None:
                continue
            b = glued.start()  # "2231KWU": a local's number glued before its union's initials
        w = text[b:m.end()]
        for mk in tx.marker_starts:  # a glued footnote marker stays outside
            if b < mk < e:
                e = mk
        w = text[b:e]
        w = re.sub(r"['’]s$", "", w)
        if re.search(r"['’]$", w):  # a possessive after s or z: "Volvo Trucks’ plant", "Ana Ruiz’ book"
            w = w[:-1]
        while w.endswith(".") and w not in cues.abbreviations and not re.fullmatch(r"(?:[A-Z]\.)+", w) \
                and not (w.isupper() and title_case(w) in cues.abbreviations):  # "ST. JOHN'S"
            w = w[:-1]
        suffix = re.search(r"-([a-z][\w]*)$", w)
        if suffix and suffix.group(1) in cues.hyphen_nouns:
            continue  # "Kelvo-hatred": a common noun, no name
        if suffix and suffix.group(1) in cues.hyphen_suffixes:
            w = w[:suffix.start()]
        words.append((b, b + len(w), w))
    walk = RunWalk()

    i = 0
    while i < len(words):
        b, e, w = words[i]
        if s.covered(b, e) or not w:
            close_run(s, walk)
            i += 1
            continue
        if w in cues.calendar and _DAY_AFTER.match(text, e):  # "in Montreal Sept. 23": a date
            close_run(s, walk)
            i += 1
            continue
        if cues.cap(w) or walk.cur and w in cues.lower_heads and text[walk.cur[-1][1]:b] == " " \
                or _letter_after_joiner(text, words, i, walk.cur, cues):
            # "Dorrow plc": a firm's legal form printed in lower case ends its name (set R)
            if walk.cur and not _joined(text, walk.cur[-1][1], b) and not (
                    (cues.possessive_word(walk.cur[-1][2]) or walk.cur[0][2] in cues.possessive_openers
                     or possessive_place(text, walk.cur, w, e, cues) or possessive_firm(text, walk.cur, w, e, cues))  # noqa: E501
                    and re.fullmatch(r"['’]s ", text[walk.cur[-1][1]:b])) \
                    and not plural_possessive_joins(text[walk.cur[-1][1]:b], walk.cur[-1][2], w, cues,
                                                    glued_ahead(text, words, i, cues)) \
                    and not cues.joiner_gap.fullmatch(text[walk.cur[-1][1]:b]) \
                    or walk.cur and walk.cur[-1][2] in cues.firm_suffix_ends and w not in cues.firm_suffix_ends:  # noqa: E501
                # "Stop & Shop"; a firm's suffix ends its name: "… Ltd. Out of work, …"
                prev_title = walk.cur[-1][2] in cues.titles and walk.cur[-1][2] not in cues.ambiguous_titles \
                    and text[walk.cur[-1][1]:b].strip() in ("", "[")  # not over "’s" ("Father’s Day")
                close_run(s, walk)
                walk.title_before = prev_title
            num = _NUMBER_AFTER.match(text, e) if w in cues.numbered else None
            walk.cur.append((b, num.end() if num else e, w))  # "Local 5958": the number is in the name
            i += 1
            while num and i < len(words) and words[i][0] < num.end():
                i += 1  # "Local P-9": a lettered number is a word of its own, already inside
            continue
        # a connector between capitalised words ("of", "of the")
        conn = _connector(text, words, i, cues.connectors)
        if not conn and len(walk.cur) >= 2:  # "Tomas Van der Kelvin": a particle capitalised, the rest not
            conn = _capital_particle(text, words, i, walk.cur, cues.connectors)
        if not conn and words[i][2] in cues.participle_connectors and _participle_joins(walk.cur, cues) \
                and i + 2 < len(words) and _joined(text, walk.cur[-1][1], b) \
                and all(cues.cap(w) for (_b, _e, w) in words[i + 1:i + 3]) \
                and _joined(text, words[i + 1][1], words[i + 2][0]):
            conn = 1  # "… Association of People Affected by Chronic Lung Disease": one body
        if conn and walk.cur and i + conn < len(words) and words[i][2] in cues.english_connectors \
                and not _english_connector_joins(walk.cur, words[i][2],
                                                 [w for (_b, _e, w) in words[i + conn:i + conn + 3]]):
            conn = 0  # "Did Tom do Kelvin Street?": the English verb, not "São Kelvo do Campo"
        if not conn and walk.cur and walk.cur[-1][2] in cues.purpose and words[i][2] == "the" \
                and walk.cur[-1][2] != walk.cur[0][2]:
            conn = 1  # "Kelvish Veterans Against the War": a body's purpose goes on over "the"
        if walk.cur and conn and i + conn < len(words) and words[i + conn][2][:1].isupper() and \
                _joined(text, walk.cur[-1][1], b):
            nb = words[i + conn][0]
            absorbed = s.known_at.get(nb)
            month = words[i + conn][2]
            after = words[i + conn + 1] if i + conn + 1 < len(words) else None
            date = month in cues.calendar and (len(month) > 3 or month == "May")  # not "of the Sun"
            if date and not (after is not None and after[2][:1].isupper()
                             and _joined(text, words[i + conn][1], after[0])):
                close_run(s, walk)  # "… of the Month for June", "… Festival of May 2004": a date, no part
                i += 1
                continue
            if words[i][2] == "of" and conn == 1 \
                    and firm_then_town(text, words, i + 1, walk.cur[-1][2], absorbed, cues):
                runs_before = len(walk.runs)
                close_run(s, walk)  # "Kelvane Packing Co. of Denver": the firm, then its town (set U)
                if len(walk.runs) > runs_before and walk.runs[-1].kind is None:
                    walk.runs[-1].kind = "organization"  # "Dorrow Power", not a duke's title
                i += 1
                continue
            if words[i][2] == "of" and conn == 1 and _title_then_person(text, words, i + 1, cues):
                close_run(s, walk)  # "the Kelvish Party of President Arben Dorri": a body named with its
                i += 1   # leader; the party, then the person (sets AL/AM, branch ent60)
                continue
            # "… Trade Area of the Kelvish Isles": a body's or pact's head before "of the"
            of_the = conn == 2 and words[i][2] == "of" and walk.cur[-1][2] in cues.of_the_heads
            if words[i][2] in ("of", "for") and not of_the and not any(
                    w in cues.heads or w in cues.of_heads for (_b, _e, w) in walk.cur) \
                    and not (words[i][2] == "of"
                             and common_noun_in_name(walk.cur, s.lower, cues, tx, conn == 2)) \
                    and not _title_through(walk.cur, words, i, cues):
                close_run(s, walk)  # "Jonathan Silberman of Pathfinder Books": two names
                i += 1
                continue
            # an organisation "of" a registry organisation is its member or affiliate, two
            # names ("United Steelworkers of the CIO"), unless it is a numbered unit of it
            # ("Local 574 of the Teamsters") or the registry name is a workers' noun that an
            # "of" part names ("Federation of Teamsters and Allied Trades": `of_heads`)
            affiliate = absorbed is not None and absorbed.entry.kind == "organization" \
                and not any(w in cues.numbered for (_b, _e, w) in walk.cur) \
                and text[absorbed.begin:absorbed.end] not in cues.of_heads
            if absorbed is not None and absorbed.entry.kind == "person" and words[i][2] == "of" \
                    and leaders.leads(walk.cur[-1][2]):
                close_run(s, walk)  # "the Kelvish Unionist Party of Jesse Jackson": the party, its leader
                i += 1
                continue
            # "Republic of Ireland", "Kingdom of Kelvia": a country's long name, one place
            # (not a body's name ending in it: "Federation of … of the Republic of Kelvia"; set AO)
            state = absorbed is not None and absorbed.entry.kind == "country" and words[i][2] == "of" \
                and edges.state_head([w for (_b, _e, w) in walk.cur]) \
                and not any(cues.heads.get(w) in ("organization", "event") for (_b, _e, w) in walk.cur)
            # "Haitian Women of Kelvinburg": a people's body named for its place, one organisation
            people_body = absorbed is not None \
                and people_of_place(walk.cur, words[i][2], absorbed.entry.kind, cues)
            if absorbed is not None and not affiliate and (any(
                    cues.heads.get(w) in ("organization", "event") for (_b, _e, w) in walk.cur if cues.cap(w))
                    or of_the or state or head_first(walk.cur, words[i][2], cues) or people_body):
                walk.cur.extend(words[i:i + conn])
                walk.cur.append((absorbed.begin, absorbed.end, text[absorbed.begin:absorbed.end]))
                run_abs = absorbed
                i += conn
                while i < len(words) and words[i][0] < absorbed.end:
                    i += 1
                runs_before = len(walk.runs)
                unit = run_abs.entry.kind == "organization" and any(w in cues.numbered for (_b, _e, w) in walk.cur)  # noqa: E501
                if run_abs.entry.kind in PLACE_KINDS and head_follows(text, words, i, run_abs.end, cues):
                    walk.pending.append(run_abs)  # "University of Michigan Medical Center": one name
                    continue
                close_run(s, walk)
                if len(walk.runs) > runs_before and not unit:  # a union's local keeps its union named
                    walk.runs[-1].absorbed.append(run_abs)  # ("Local 574 of the Teamsters")
                if len(walk.runs) > runs_before and state:
                    walk.runs[-1].kind = "country"
                elif len(walk.runs) > runs_before and people_body:
                    walk.runs[-1].kind = "organization"
                continue
            if absorbed is None and words[i][2] == "of" and conn == 1 and edges.region_head(walk.cur[-1][2]) \
                    and _state_after(text, words, i + 1) is not None:
                close_run(s, walk)  # "the Dorrow Valley of Queensland": the region, then its state
                i += 1
                continue
            if absorbed is None and not s.covered(nb, words[i + conn][1]):
                walk.cur.extend(words[i:i + conn])
                i += conn
                continue
        close_run(s, walk)
        i += 1
    close_run(s, walk)
    runs, inside, known_at, skip = walk.runs, s.inside, s.known_at, s.skip
    for run in runs:
        site = cues.numbered_site.match(text, run.end)
        if site and not run.title and run.kind is None:  # "the Kelvo 3 mine": one place
            run.end = site.end(1)
            run.kind = "place"
        elif run.kind is None and not run.title and len(run.words) == 2 \
                and edges.town_green(run.words[1][2]) \
                and evidence().place_kind(run.words[0][2]) == "city":
            run.kind = "place"  # "Kelvin Common" where the registry's city is strict: a town's green
    # "221 Summit Parkway", "500 W. 37th St.", "7400 boul. Saint-Michel": one place as printed
    runs = _as_runs(text, runs, [(a.begin, a.end) for a in find_addresses(text, r.begin, r.end)],
                    inside, "place", skip)
    runs = _merge_in_field(text, runs, cues)
    runs = _purpose_to(text, runs, inside, cues)
    runs = _campus_at(text, runs, known_at, cues)
    runs = _demand_named(text, runs, cues)
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
        rests = [Run(rest[0][0], run.end, rest, run.title) for run in cut
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
    spans = [(f.begin, f.end) for run in runs if not run.title and run.kind is None
             and (f := foreign.extend(text, run.begin, run.end, r.end, places.get,
                                      lambda i: i in starts and i not in places)) is not None]
    return _as_runs(text, runs, spans, known, "organization")


_TO_PURPOSE = re.compile(r" to (?=([A-Z][a-z-]+) )")
_TITLE_WORD = re.compile(r"\s*([^\W\d_][\w’'.-]*)")
_OF_YEAR = re.compile(r" ((?:1[6-9]|20)\d\d)(?![\w,.-]\d|\w)")  # "… of 1921" after "of"


def _purpose_to(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """"Student Mobilization Committee to End the War in Vietnam": a campaigning body's head
    (`purpose_to_heads`), "to" and a title-case stretch after it ("End the War in Vietnam") are
    one name; the stretch must hold two capitalised words or more and its first must be no
    registry name ("sent the Committee to Chicago" names two). The runs and registry places
    inside it are the name's."""
    out: list[Run] = []
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
    War in the Dorrow Valley")."""
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
        out.append(run)
    return out


def _state_after(text: str, words: list[tuple[int, int, str]], j: int) -> str | None:
    """The capitalised words from words[j] on, joined by single spaces, when the gazetteer
    knows them whole as a state or province ("New South Wales", "Queensland"), else None."""
    k = j
    while k < len(words) and words[k][2][:1].isupper() \
            and (k == j or _joined(text, words[k - 1][1], words[k][0])):
        k += 1
    name = " ".join(w for (_b, _e, w) in words[j:k])
    return name if k > j and evidence().place_kind(name) == "place" else None


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


def _joined(text: str, end: int, begin: int) -> bool:
    """Two words belong to one name only if a single space (or line break) separates them. A
    line made only of capitalised words is a name, a credit or a signature on its own line
    ("Militant/Nick Castle", a letter's "Maria Ortiz" above "Omaha, Nebraska"): its last word
    joins nothing on the next line; a wrapped headline line ("… leader on") may."""
    gap = text[end:begin]
    if gap == "\n":
        line = text[text.rfind("\n", 0, end) + 1:end]
        return not all(w[:1].isupper() for w in WORD.findall(line))
    return gap in (" ", "\u00a0")


def _title_through(cur: list[tuple[int, int, str]], words: list[tuple[int, int, str]], i: int,
                   cues: Cues) -> bool:
    """The run's last word, the connector at `i` and the words after it are one title of
    `titles` ("Chief of Staff"): the connector stays inside, so the title is cut off whole
    before the person's name and no "of Staff …" is left as a name (sets AP/AQ, branch ent67)."""
    return any(" ".join([cur[-1][2]] + [w for (_b, _e, w) in words[i:i + n]]) in cues.titles
               for n in (2, 3) if i + n < len(words))


def _title_then_person(text: str, words: list[tuple[int, int, str]], i: int, cues: Cues) -> bool:
    """A one-word title at `i` (`titles`: "President", "Chairman") before two capitalised words
    joined by spaces: a person's full name after the title ("of President Arben Dorri"), so an
    "of" before it names the body's leader, no part of the body's name."""
    if i + 2 >= len(words) or words[i][2] not in cues.titles:
        return False
    return all(words[k][2][:1].isupper() and _joined(text, words[k - 1][1], words[k][0])
               for k in (i + 1, i + 2))


def _english_connector_joins(cur: list[tuple[int, int, str]], connector: str, after: list[str]) -> bool:
    """Does a connector that is an English word too (`english_connectors`: "do") join the
    capitalised word before it to the one after it (`after`: that word and the next two)? Not
    where either is a common English word ("Did Tom do Kelvin Street?", "Democrats do Wall
    Street's bidding"), unless the gazetteer knows words around it as a place ("Rio do Sul",
    "São José do Rio Preto", where "Rio" is common in English), or where the name goes on in
    two capitalised words after it, the first spelled with a letter no English word has ("Ana do
    Dorrês Kelvares", "Maria do Conceição Tallow": the Portuguese particle between a given name
    common in English and the rest of the name; `_foreign_letter`; set AT, branch ent73)."""
    common = common_words()
    if not common.common(cur[-1][2]) and not common.common(after[0]):
        return True
    if len(after) >= 2 and _foreign_letter(after[0]) and after[1][:1].isupper():
        return True
    ev = evidence()
    before = [w for (_b, _e, w) in cur]
    return any(ev.place_kind(" ".join(before[k:] + [connector] + after[:n]))
               for k in range(max(0, len(before) - 3), len(before)) for n in range(1, len(after) + 1))


def _foreign_letter(word: str) -> bool:
    """A letter with a mark ("á", "ã", "ç", "ê"): no English word is spelled so, a Portuguese,
    Spanish or French name is."""
    return any(c.isalpha() and not c.isascii() for c in word)


def _participle_joins(cur: list[tuple[int, int, str]], cues: Cues) -> bool:
    """Does a participle connector ("by") go on with the body's name built so far? Only after a
    capitalised past participle ("Affected", "Harmed") in a run that holds "of" and an
    organisation's head before it ("Kelvish Association of People Affected"): the body is named
    for what struck its members, and the cause (two capitalised words or more after "by") is the
    rest of its name (sets AL/AM, branch ent61). A participle alone ("Aid Approved by
    Congress") is the sentence's verb."""
    if len(cur) < 4:
        return False
    last = cur[-1][2]
    ws = [w for (_b, _e, w) in cur[:-1]]
    return last.endswith("ed") and last[:1].isupper() and last[1:].islower() and "of" in ws \
        and any(cues.heads.get(w) == "organization" for w in ws[:ws.index("of")])


def _connector(text: str, words: list[tuple[int, int, str]], i: int, connectors: list[str]) -> int:
    for c in connectors:
        parts = c.split()
        if i + len(parts) < len(words) and [w for (_b, _e, w) in words[i:i + len(parts)]] == parts:
            ok = all(_joined(text, words[i + k][1], words[i + k + 1][0]) for k in range(len(parts)))
            if ok:
                return len(parts)
    return 0


def _capital_particle(text: str, words: list[tuple[int, int, str]], i: int,
                      cur: list[tuple[int, int, str]], connectors: list[str]) -> int:
    """A connector of several words whose first word the run's last word is, capitalised as a
    Flemish or Dutch surname writes it inside running text ("Tomas Van der Kelvin", "Van den"):
    the rest of the connector at `i` joins the capitalised word after it; the number of its words
    (0 if none). A given name must come before the particle, so a run of two words or more:
    "Van der Kelvin" alone opens with its particle and needs no joining."""
    last = cur[-1][2]
    for c in connectors:
        parts = c.split()
        if len(parts) > 1 and parts[0].isalpha() and last == parts[0].capitalize() \
                and _joined(text, cur[-2][1], cur[-1][0]):
            n = _connector(text, words, i, [" ".join(parts[1:])])
            if n:
                return n
    return 0


def _letter_after_joiner(text: str, words: list[tuple[int, int, str]], i: int,
                         cur: list[tuple[int, int, str]], cues: Cues) -> bool:
    """"Kelvo & i Holdings": a single lower-case letter between a name's joiner ("&") and a
    capitalised word glued after it by one space is a word of the firm's name, as firms write
    a letter so (sets AD/AE, branch ent47); a letter with no joiner before it is none, and
    neither is the English article ("Kelvo & a Dorrow")."""
    w = words[i][2]
    return bool(cur) and len(w) == 1 and w.islower() and w not in SMALL and i + 1 < len(words) \
        and bool(cues.joiner_gap.fullmatch(text[cur[-1][1]:words[i][0]])) \
        and words[i + 1][2][:1].isupper() and text[words[i][1]:words[i + 1][0]] == " "
