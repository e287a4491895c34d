"""Long names the scanner's runs cut into pieces at what joins their parts (sets AR and AS,
branch ent71): a registry body the runs do not cross, a hyphen, initials in parentheses.

- `registry_foreign_place`: "Confédération Nationale du Travail du Kelvo": a registry body in
  French, Spanish or Portuguese (its first word a head of kg/data/nlp/boundaries.toml
  [foreign_names]) that the text goes on past in its language ("du Kelvo") is one longer name,
  the body's branch in that country; the registry name is absorbed, the lone place after it no
  name of its own (kg.nlp.entities.spans.foreign reads the part after it).
- `union_before_unit`: "United Bakers-CIO Local 91": a union's name (a registry body or a run)
  joined to a numbered unit ("Local", `numbered_heads`) by a hyphen and its federation's
  initials is the unit's name; "Local 91" alone after it was junk.

- `numbered_names`: "the 3rd Infantry Division", "One Kelvin Plaza": an ordinal before a unit's
  head, a number word before a building's head (kg/data/nlp/cutnames.toml).
- `abbreviated_given_name`: "Ma. Luisa dela Rosa": an abbreviated given name before a person's
  run opens the name.

- `places_and_region`: "in Kelvo and Dorristan province": two places, "and" and a region's
  head in lower case are one place.
- `subjects_with_and`: "the Senate Committee on Mines and Quarries": "and" inside a body's
  subjects after "<head> on".
- `place_for_firm`: "the Kelvin Tower for Dorrow Services": a place and a firm glued by "for"
  are two names.

- `bracketed_gloss`: "Balai Kelvo (Citizen’s Lamp)": a gloss in brackets with a possessive is
  one name.

- `hyphened_place_before`: "the Kelvo-Dorrow Friendship Committee": a registry place and a
  hyphen before a body's run open its name.

Each is a step of kg.nlp.entities.spans.regionsteps.REGION_STEPS.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import foreign
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, rest_run, span_words
from kg.nlp.entities.spans.textspan import Region


def registry_foreign_place(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """A registry organisation whose name opens with a head of those languages, run on by
    `foreign.extend` past its registry end ("… du Kelvo"): one name, the registry's absorbed."""
    places = {m.begin: m.end for m in known if m.entry.kind in PLACE_KINDS}
    starts = {m.begin for m in known}
    spans = []
    for m in known:
        if not (r.begin <= m.begin < r.end) or m.entry.kind != "organization" or m.how != "name":
            continue
        first = re.match(r"[^\W\d_][\w-]*", text[m.begin:m.end])
        if first is None or not foreign.is_head(first.group(0)) or not text.startswith(" ", m.end):
            continue
        f = foreign.extend(text, m.begin, m.end, r.end, places.get,
                           lambda i, b=m.begin: i in starts and i not in places and i != b)
        if f is not None and f.end > m.end:
            spans.append((f.begin, f.end))
    return as_runs(text, runs, spans, known, "organization") if spans else runs


# the union's federation by its initials after a hyphen ("-CIO ") between the union's name and
# the numbered unit. The union's own initials in brackets (" (UBC) ") are left out: the gold of
# earlier sets names the union and its initials there apart, as two names.
_JOINED_UNIT = re.compile(r"-[A-Z]{2,6} ")


def union_before_unit(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """A numbered unit's run ("Local 91") glued after a union's name by `_JOINED_UNIT` opens at
    the union: the union's run or registry name, and the initials between, are the unit's.
    The union must be an organisation (a registry body, or a run no registry name cuts)."""
    orgs = {m.end: m for m in known if m.entry.kind == "organization" and m.how == "name"}
    by_end = {run.end: run for run in runs if not run.title and run.kind in (None, "organization")}
    out = list(runs)
    for run in runs:
        if run.title or run.kind is not None or not run.words \
                or run.words[0][2] not in cues.numbered or run.words[0][2] in cues.numbered_places:
            continue
        joint = None
        for end in range(max(0, run.begin - 12), run.begin):
            j = _JOINED_UNIT.fullmatch(text, end, run.begin)
            if j is not None:
                joint = j
                break
        if joint is None:
            continue
        reg, union = orgs.get(joint.start()), by_end.get(joint.start())
        if union is not None and union in out and len(union.words) > 1:
            b, words, absorbed = union.begin, union.words, union.absorbed
            out.remove(union)
        elif reg is not None:
            b, words, absorbed = reg.begin, [(reg.begin, reg.end, text[reg.begin:reg.end])], [reg]
        else:
            continue
        inside = [m for m in known if joint.start() <= m.begin and m.end <= run.begin]
        if any(m.begin < run.begin and b < m.end and m not in inside and m not in absorbed
               and not (b <= m.begin and m.end <= joint.start()) for m in known):
            continue
        initials = text[joint.start():run.begin].strip(" -()")
        at = text.index(initials, joint.start())
        run.words[:0] = words + [(at, at + len(initials), initials)]
        run.absorbed[:0] = absorbed + inside
        run.begin = b
        out = [x for x in out if not (joint.start() <= x.begin and x.end <= joint.end())]
    return sorted(out, key=lambda x: x.begin)



@cached
def _numbered() -> tuple[re.Pattern, frozenset[str], frozenset[str], frozenset[str]]:
    d = load("cutnames")
    number = re.compile(r"(?<![\w’'.-])(?:(?P<ordinal>\d{1,3}(?:st|nd|rd|th))|(?P<word>"
                        + "|".join(map(re.escape, d["number_words"])) + r")) \Z")
    return (number, frozenset(d["ordinal_heads"]), frozenset(d["building_heads"]),
            frozenset(d["ordinal_unit_heads"]))


def numbered_names(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """"the 3rd Infantry Division", "One Kelvin Plaza": an ordinal glued (one space) before a
    run that ends in a unit's head (`ordinal_heads`), or a number word before one that ends in
    a building's head (`building_heads`), opens the name; the run alone ("Infantry Division",
    "Kelvin Plaza") was junk or another name. A run that is a title of a work or holds a
    registry name at its end is left alone. A unit whose head no `head_types` entry types
    (`ordinal_unit_heads`: "the 41st Air Transport Wing", "the 7th Cavalry") is an organisation
    by its ordinal: the word alone ends a hospital's wing or a sports team as well."""
    number, units, buildings, typed_by_ordinal = _numbered()
    for run in runs:
        if run.title or run.kind is not None or not run.words:
            continue
        m = textwindow.before(number, text, run.begin, 6)
        if m is None:
            continue
        last = run.words[-1][2]
        if (last not in units) if m.group("ordinal") else (last not in buildings):
            continue
        if any(k.begin < run.begin and m.start() < k.end for k in known):
            continue
        run.words.insert(0, (m.start(), m.end() - 1, m.group(0).strip()))
        run.begin = m.start()
        if m.group("ordinal") and last in typed_by_ordinal:
            run.kind = "organization"
    return runs


@cached
def _given_abbreviation() -> re.Pattern:
    from kg.nlp.entities.cues.evidence import evidence
    words = sorted(evidence().given_abbreviations, key=len, reverse=True)
    return re.compile(r"(?<![\w’'.-])(?:" + "|".join(map(re.escape, words)) + r") \Z")


def abbreviated_given_name(text: str, r: Region, runs: list[Run]) -> list[Run]:
    """"Ma. Luisa dela Rosa": a given name written abbreviated (entities.toml
    `given_name_abbreviations`) right before a run of two words or more that a given name opens
    is the person's name's first word, though its full stop looked like a sentence's end. Not
    after another capitalised word ("… Yo-Yo Ma. Tickets"): there it is a surname's end."""
    from kg.nlp.entities.cues.evidence import evidence
    given = evidence().gazetteer.is_given_name
    for run in runs:
        if run.title or run.kind not in (None, "person") or len(run.words) < 2 \
                or not given(run.words[0][2]):
            continue
        m = _given_abbreviation().search(text, max(r.begin, run.begin - 6), run.begin)
        if m is None or re.search(r"[A-Z][\w’'-]*[ \u00a0]+\Z", text[max(r.begin, m.start() - 30):m.start()]):
            continue
        run.words.insert(0, (m.start(), m.end() - 1, m.group(0).strip()))
        run.begin = m.start()
    return runs


def _pieces(runs: list[Run], known: list[Match]) -> dict[int, tuple[int, list, list[Match], Run | None]]:
    """Begin → (end, words, absorbed, run) of every run that is no title and every registry place
    (no country: "Kelvia and Dorrovia region" names two countries) no run holds: the parts
    `places_and_region` joins."""
    out: dict[int, tuple[int, list, list[Match], Run | None]] = {}
    for m in known:
        if m.entry.kind in ("city", "place") and not any(r.begin <= m.begin < r.end for r in runs):
            out[m.begin] = (m.end, [(m.begin, m.end, "")], [m], None)
    for run in runs:
        if not run.title and run.kind in (None, "place"):
            out[run.begin] = (run.end, run.words, run.absorbed, run)
    return out


@cached
def _heads(key: str) -> frozenset[str]:
    """A list of cutnames.toml as a set, read once (the steps run for every region)."""
    return frozenset(load("cutnames")[key])


def places_and_region(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """"in Kelvo and Dorristan province": two names of one or two words each (runs or registry
    places), " and " and a region's head in lower case (`region_heads`) are one place with its
    head; neither part is a mention of its own there."""
    heads = _heads("region_heads")
    pieces = _pieces(runs, known)
    out = list(runs)
    for b, (e, words, absorbed, run) in sorted(pieces.items()):
        nxt = pieces.get(e + len(" and "))
        if text[e:e + 5] != " and " or nxt is None or len(words) > 2 or len(nxt[1]) > 2:
            continue
        head = re.match(r"[ \u00a0]([a-z]+)(?![\w’'-])", text[nxt[0]:nxt[0] + 20])
        if head is None or head.group(1) not in heads:
            continue
        end = nxt[0] + head.end()
        out = [x for x in out if x is not run and x is not nxt[3]]
        ws = span_words(text, b, end, r"[^\W\d_][\w’'.-]*")
        out.append(Run(b, end, ws, False, absorbed + nxt[2], kind="place"))
    return sorted(out, key=lambda x: x.begin)


def subjects_with_and(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """"the Senate Committee on Mines and Quarries": a run holding a head of `subject_heads` and
    "on", cut at "and", runs on over "and" and one to three capitalised words after it (a run
    there, or words no registry name holds), to the first word that is not capitalised."""
    heads = _heads("subject_heads")
    by_begin = {run.begin: run for run in runs}
    out = list(runs)
    for run in runs:
        names = [w for _b, _e, w in run.words]
        if run.title or run.kind is not None or not any(
                a in heads and b == "on" for a, b in zip(names, names[1:], strict=False)) \
                or names[-1] == "on" or text[run.end:run.end + 5] != " and ":
            continue
        at = run.end + 5
        tail = textwindow.after(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}(?![\w’'-]| [A-Z])", text, at, 80,
                                cut=True)
        if tail is None:
            continue
        end = at + tail.end()
        if any(at <= m.begin < end and m.entry.kind != "organization" for m in known):
            continue
        nxt = by_begin.get(at)
        if nxt is not None and (nxt.end != end or nxt.title):
            continue
        inside = [m for m in known if at <= m.begin and m.end <= end]
        if any(at <= m.begin < end and m not in inside for m in known):
            continue
        run.words += [(run.end + 1, run.end + 4, "and")] + span_words(text, at, end, r"\S+")
        run.absorbed += inside + (nxt.absorbed if nxt is not None else [])
        run.end = end
        if cues.heads.get(names[0]) == "organization" or any(cues.heads.get(w) == "organization"
                                                              for w in names if w in heads):
            run.kind = "organization"  # the body's head types it, its subjects after "on" do not
        if nxt is not None:
            out.remove(nxt)
    return out


def place_for_firm(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """"the Kelvin Tower for Dorrow Services": a run whose words before "for" end in a place's
    head and whose words after it end in an organisation's head or a firm's word (`firm_words`)
    is a place and a firm; "Center for Kelvin Studies" (no place head) stays one. A registry
    firm glued before the place's head alone ("the Kelvo Bank Tower for …") is the building's
    name, absorbed."""
    firms = frozenset(load("cutnames")["firm_words"])
    ends = {m.end: m for m in known if m.entry.kind == "organization"}
    out: list[Run] = []
    for run in runs:
        names = [w for _b, _e, w in run.words]
        cut = next((i for i, w in enumerate(names) if w == "for" and 0 < i < len(names) - 1), None)
        if run.title or run.kind is not None or cut is None or "for" in names[cut + 1:] \
                or cues.heads.get(names[cut - 1]) != "place" \
                or not (names[-1] in firms or cues.heads.get(names[-1]) == "organization"):
            out.append(run)
            continue
        before, after = run.words[:cut], run.words[cut + 1:]
        split, begin = after[0][0], run.begin
        absorbed = [m for m in run.absorbed if m.end <= split]
        if len(before) == 1 and (firm := ends.get(run.begin - 1)) is not None and text[firm.end] == " ":
            before = [(firm.begin, firm.end, text[firm.begin:firm.end])] + before
            begin, absorbed = firm.begin, [firm] + absorbed
        out.append(Run(begin, before[-1][1], before, False, absorbed, kind="place"))
        out.append(rest_run(run, cut + 1, kind="organization"))
    return out


_GLOSS = re.compile(r" \((?:the )?"
                    r"(?P<g>[A-Z][\w-]*(?:[’']s)?(?: (?:of|the|and|for|[A-Z][\w-]*(?:[’']s)?)){1,5})\)")


def bracketed_gloss(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """"the youth group Balai Kelvo (Citizen’s Lamp)": capitalised words in brackets right after a
    name of two words or more, a possessive among them, translate it: the gloss is one name
    (without a "the" opening the bracket: "(the Citizen’s Lamp)", set BD, ent87),
    typed as the name before it is; the runs had cut it at the possessive ("Lamp" alone). A
    bracket holding a registry name ("(New York)") or initials is left to the other steps."""
    out = list(runs)
    for run in runs:
        m = _GLOSS.match(text, run.end)
        if run.title or len(run.words) < 2 or m is None or not re.search(r"[’']s ", m.group("g")):
            continue
        b, e = m.start("g"), m.end("g")
        if any(b <= k.begin < e for k in known):
            continue
        inside = [x for x in out if b <= x.begin and x.end <= e]
        if any(x.begin < e and b < x.end and x not in inside for x in out):
            continue
        words = span_words(text, b, e, r"\S+")
        out = [x for x in out if x not in inside] + [Run(b, e, words, kind=run.kind)]
    return sorted(out, key=lambda x: x.begin)


def hyphened_place_before(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """"the Kelvo-Dorrow Friendship Committee": a registry place glued by a hyphen before a run
    that ends in an organisation's head names the body with the run (the two places it links);
    the place is absorbed, no mention of its own there."""
    ends = {m.end: m for m in known if m.entry.kind in PLACE_KINDS}
    for run in runs:
        if run.title or run.kind not in (None, "organization") or len(run.words) < 2 \
                or cues.heads.get(run.words[-1][2]) != "organization" or text[run.begin - 1:run.begin] != "-":
            continue
        m = ends.get(run.begin - 1)
        if m is None or m.begin > 0 and not (text[m.begin - 1].isspace() or text[m.begin - 1] in "(“\"‘"):
            continue  # the place opens the name: "Kelvo-Dorrow", not "…-Kelvo-Dorrow"
        run.words.insert(0, (m.begin, m.end, text[m.begin:m.end]))
        run.absorbed.insert(0, m)
        run.begin = m.begin
    return runs
