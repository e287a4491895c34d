"""Names of laws, bills and treaties that the runs of capitalised words cut (issue 10, set R's
kinds; branch ent28). The words are data (kg/data/nlp/boundaries.toml [laws]).

The shapes of the paper's, each read on the runs of one region after they are joined by
"and" and by marks (kg.nlp.entities.spans.joins), before anything types them:

- **"to" inside a title** ("the Right to Organize Act", "the Freedom to Fish Bill"): the run
  stops at "to", leaving the head's part ("Organize Act") a law of its own and the words before
  it junk. After "the", a run of capitalised words with no head of its own, "to" and a run
  ending in a law's or a treaty's head (`heads`) are one name.
- **A year after a bill's head** ("the Finance Bill 2024", "the Employment Rights Act 1996"):
  the year is the law's, as "of 2006" is ("… Act of 2006", joins).
- **Two parties joined by a hyphen** ("the Kelvia-Dorrovia Security Treaty"): two registry
  places glued by a hyphen or a dash before a run ending in a treaty's head (`party_heads`) open
  its name. They stay mentions of the countries (as the parties of "the Iran–Iraq War" do, and
  as the convention on a country as a modifier wants, bench/quality/README.md): the treaty's
  span holds theirs.
- **A numbered resolution** ("United Nations Security Council Resolution 1559"): the number and
  the registry body before it are the resolution's, one work (`numbered_heads`; set W, ent37).
- **A charter's two subjects** ("the Charter of Duties and Freedoms"): "and" and one more
  capitalised word after "<head> of <word>" (`charter_heads`; set AU, ent74).
- **An accord named by its subject** ("an Accord on Wages and Safety in Kelvia"): "on", the
  subject's capitalised words joined by "and", and "in" a registry place (`on_heads`; ent37).
- **A treaty named by what it does** ("the Treaty Establishing a Constitution for Kelvia"): the
  head, a capitalised gerund, an article and the run after it, "for"/"of" and a registry place
  closing it (`gerund_title_heads`; wave 5, branch junk48).

kg.nlp.entities.names calls `join_laws`; kg.nlp.entities.kinds.namekinds asks `law_shape`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.joins import UNIT_NUMBER
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, plain_run

_YEAR = re.compile(r" ((?:1[6-9]|20)\d\d)(?![\w,.-]\d|\w|-)")
# a numbered head's number: digits, or a chamber's capital letter and a hyphen before them, as
# Canada's and Australia's parliaments number their bills ("Bill C-12" of the Commons, "Bill
# S-4" of the Senate; set BO, branch ent101): the one unit number of joins.UNIT_NUMBER
_BILL_NUMBER = re.compile(UNIT_NUMBER)
_THE = re.compile(r"(?<![\w’'-])[Tt]he $")
_DASH = "-–‑"


@cached
def _laws() -> dict:
    return load("boundaries")["laws"]


def join_laws(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The steps of the module's docstring, in order, on one region's runs (sorted)."""
    runs = _to_inside(text, runs, cues)
    runs = _year_after(text, runs)
    runs = _numbered_resolution(text, runs, known)
    runs = _accord_on(text, runs, known)
    runs = _charter_and(text, runs)
    runs = _gerund_title(text, runs, known)
    return _parties_before(text, runs, known)


def law_shape(label: str) -> bool:
    """A label in one of the shapes this module joins: "to" inside before a law's head ("the
    Right to Housing Law"), or a year after a law's head ("… Law 1990"); or a bill's name ("the
    Kelvia Finance Bill", `bill_heads`). Such a name is a law (a work) even where its head is
    also a given name's or a surname's word ("Bill", "Law") and types nothing alone."""
    words = label.split()
    if len(words) > 1 and words[-1] in _laws()["bill_heads"] and words[-2][:1].isupper() \
            and not words[-2].endswith("."):
        return True  # not "Gov. Bill"
    if len(words) > 1 and _YEAR.fullmatch(" " + words[-1]) and words[-2] in _laws()["year_heads"]:
        return True
    if len(words) > 1 and _BILL_NUMBER.fullmatch(words[-1]) and words[-2] in _laws()["numbered_heads"]:
        return True  # "… Security Council Resolution 1559", "Bill C-12" (a chamber's letter first)
    if len(words) > 2 and words[0] in _laws()["on_heads"] and words[1] == "on":
        return True  # "Accord on Wages and Safety in Kelvia"
    if len(words) > 3 and words[0] in _laws()["gerund_title_heads"] and _capital_gerund(words[1]) \
            and words[2] in _laws()["gerund_title_articles"]:
        return True  # "Treaty Establishing a Constitution for Kelvia"
    return " to " in label and words[-1] in _laws()["heads"]


def treaty_head(word: str) -> bool:
    """A treaty's or an accord's head (`party_heads`: "Treaty", "Accords"): a registry city
    glued before a name ending in one opens it ("the Dorrow Peace Accords"; kg.nlp.entities.
    runbounds `place_before`; set S, branch ent30)."""
    return word in _laws()["party_heads"]


def _to_inside(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """"the Right to Organize Act": after "the", capitalised words with no head of their own,
    "to" and a run ending in a law's head are one name; the words before "to" were junk and the
    rest a law of its own. "sent the Committee to Kelvin Act hearings" (a head before "to")
    stays two. A law's title may hold another small word (`inner_links`: "the Keeping Nurses at
    Work Act", "the Safe Streets in Cities Act"; set AU, branch ent74) the same way, and after a
    gerund a link of `gerund_links` ("the Dealing with the Kelvo Enemy Act"; branch passT44).
    The words before "to" may hold an "of" part of their own ("the Freedom of Passage to Kelvo
    Docks Act"), where the walk left "Freedom" and "Passage" two runs: after "the", the run, " of "
    and the run before "to" open the law's name (wave 4's kind, branch junk47)."""
    c = _laws()
    heads, most = set(c["heads"]), int(c["to_max_words"])
    links = {f" {w} " for w in c["inner_links"]}
    gerund_links = {f" {w} " for w in c["gerund_links"]}
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        link = text[prev.end:run.begin] if prev is not None else ""
        if prev is not None and link in gerund_links and prev.words[-1][2].endswith("ing"):
            links_here = links | gerund_links  # "the Trading with the … Act" (passT44)
        else:
            links_here = links
        if prev is not None and plain_run(prev) and plain_run(run) and link in links_here \
                and run.words[-1][2] in heads and len(run.words) <= most + 1 \
                and _title_part(prev, most, cues):
            opener = out[-2] if len(out) > 1 else None
            if textwindow.before(_THE, text, prev.begin, 4):
                opener = None
            elif opener is None or text[opener.end:prev.begin] != " of " or not plain_run(opener) \
                    or not _title_part(opener, most, cues) \
                    or not textwindow.before(_THE, text, opener.begin, 4):
                out.append(run)
                continue
            first = opener or prev
            words = ([*opener.words, (opener.end + 1, prev.begin - 1, "of")] if opener else []) \
                + prev.words + [(prev.end + 1, run.begin - 1, link.strip())] + run.words
            absorbed = (opener.absorbed if opener else []) + prev.absorbed + run.absorbed
            del out[-2 if opener else -1:]
            out.append(replace(first, end=run.end, words=words, absorbed=absorbed))
            continue
        out.append(run)
    return out


def _title_part(run: Run, most: int, cues: Cues) -> bool:
    """A part of a law's title before "to" (or "of"): at most `most` words, none a head, a
    title or a function word."""
    return len(run.words) <= most and not any(w in cues.heads or w in cues.titles or w in cues.function_words
                                              for (_b, _e, w) in run.words)


_AND_TAIL = re.compile(r" and ([A-Z][a-z]+)(?![\w’'-]| [A-Z])")


def _charter_and(text: str, runs: list[Run]) -> list[Run]:
    """"the Charter of Duties and Freedoms": a charter's head (`charter_heads`), "of" and one
    capitalised word, then "and" and one more capitalised word that no capital follows, are one
    document's name; the runs stop at "and" and leave the last word junk. The word after "and"
    must be no given name and no place the gazetteer knows ("the Charter of Kelvia and Dorrow
    Ramos" is two names) (set AU, branch ent74)."""
    heads = set(_laws()["charter_heads"])
    by_begin = {run.begin: run for run in runs}
    out = list(runs)
    for run in runs:
        words = [w for (_b, _e, w) in run.words]
        m = _AND_TAIL.match(text, run.end)
        if m is None or not plain_run(run) or len(words) != 3 or words[0] not in heads or words[1] != "of" \
                or evidence().given_name_first([m.group(1)]) or evidence().place_kind(m.group(1)):
            continue
        nxt = by_begin.get(m.start(1))
        if nxt is not None and (nxt.end != m.end(1) or not plain_run(nxt)):
            continue
        joined = replace(run, end=m.end(1), words=list(run.words) + [
            (run.end + 1, run.end + 4, "and"), (m.start(1), m.end(1), m.group(1))],
            absorbed=run.absorbed + (nxt.absorbed if nxt is not None else []))
        out = [joined if x is run else x for x in out if x is not nxt]
    return out


def _year_after(text: str, runs: list[Run]) -> list[Run]:
    """"the Finance Bill 2024": a year right after a law's head (`year_heads`), nothing glued
    after it, is the law's. A person's name ("Dana Law 1990") is none: a given name opens it."""
    heads = set(_laws()["year_heads"])
    out = []
    for run in runs:
        m = _YEAR.match(text, run.end)
        words = [w for (_b, _e, w) in run.words]
        if m and plain_run(run) and len(words) > 1 and words[-1] in heads \
                and not evidence().given_name_first(words):
            run = replace(run, end=m.end(), words=list(run.words) + [(m.start(1), m.end(1), m.group(1))])
        out.append(run)
    return out


_NUMBER = re.compile(r" (\d{1,5})(?![\w,.-]\d|\w|-)")


def _numbered_resolution(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """"the Kelvia Security Council Resolution 1559": a number right after a resolution's head
    (`numbered_heads`) is its own, and a registry organisation one space before the run (the
    body that passed it: "United Nations") opens its name and is absorbed: the resolution is
    one name, a work, not the body and a headless junk run."""
    heads = set(_laws()["numbered_heads"])
    orgs = {m.end: m for m in known if m.entry.kind == "organization"}
    out = []
    for run in runs:
        m = _NUMBER.match(text, run.end)
        if m and plain_run(run) and run.words[-1][2] in heads:
            words = list(run.words) + [(m.start(1), m.end(1), m.group(1))]
            body = orgs.get(run.begin - 1)
            begin, absorbed = run.begin, list(run.absorbed)
            if body is not None and text[run.begin - 1] == " ":
                words = [(body.begin, body.end, text[body.begin:body.end])] + words
                begin, absorbed = body.begin, absorbed + [body]
            run = replace(run, begin=begin, end=m.end(), words=words, absorbed=absorbed)
        out.append(run)
    return out


def _accord_on(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """"an Accord on Wages and Safety in Kelvia": an accord's head (`on_heads`) alone, then "on",
    capitalised words (joined by "and"), and "in" before a registry place are one name, a work,
    as a treaty's is; the head alone was a headless work and the subject's words junk. Only
    where the subject's words follow; "the Accord on its own" stays as it was."""
    heads = set(_laws()["on_heads"])
    places = {m.begin: m for m in known if m.entry.kind in PLACE_KINDS}
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        if not (plain_run(run) and len(run.words) == 1 and run.words[0][2] in heads
                and text.startswith(" on ", run.end)):
            out.append(run)
            i += 1
            continue
        j, end, words = i + 1, run.end, list(run.words)
        pos = run.end + len(" on ")
        while j < len(runs) and runs[j].begin == pos and plain_run(runs[j]):
            words += runs[j].words
            end = runs[j].end
            j += 1
            if text.startswith(" and ", end) and j < len(runs) and runs[j].begin == end + 5:
                pos = end + 5
                continue
            break
        if j == i + 1:  # no capitalised subject after "on"
            out.append(run)
            i += 1
            continue
        absorbed = list(run.absorbed)
        place = places.get(end + len(" in ")) if text.startswith(" in ", end) else None
        if place is not None:
            words.append((place.begin, place.end, text[place.begin:place.end]))
            end, absorbed = place.end, absorbed + [place]
        for r in runs[i + 1:j]:
            absorbed += r.absorbed
        out.append(replace(run, end=end, words=words, absorbed=absorbed))
        i = j
    return out


_PLACE_LINK = re.compile(r" (?:for|of) ")


def _gerund_title(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """"the Treaty Establishing a Constitution for Kelvia": a treaty's head (`gerund_title_heads`)
    and a capitalised gerund, one run, then an article (`gerund_title_articles`) and a run of
    capitalised words are one work; "for" or "of" and a registry place right after close it. The
    walk stops at the lower-case article and left the head and the gerund a headless run, the
    words after it another (wave 5's kind, branch junk48). A gerund alone after the head is
    needed: "the Treaty Kelvia signed" names no title."""
    c = _laws()
    heads, articles = set(c["gerund_title_heads"]), {f" {a} " for a in c["gerund_title_articles"]}
    places = {m.begin: m for m in known if m.entry.kind in PLACE_KINDS}
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is None or not plain_run(prev) or not plain_run(run) or len(prev.words) != 2 \
                or prev.words[0][2] not in heads or not _capital_gerund(prev.words[1][2]) \
                or text[prev.end:run.begin] not in articles:
            out.append(run)
            continue
        words = [*prev.words, (prev.end + 1, run.begin - 1, text[prev.end:run.begin].strip()), *run.words]
        end, absorbed = run.end, prev.absorbed + run.absorbed
        link = _PLACE_LINK.match(text, end)
        place = places.get(link.end()) if link else None
        if link and place is not None:
            words += [(end + 1, link.end() - 1, link.group().strip()),
                      (place.begin, place.end, text[place.begin:place.end])]
            end, absorbed = place.end, absorbed + [place]
        out[-1] = replace(prev, end=end, words=words, absorbed=absorbed)
    return out


def _capital_gerund(word: str) -> bool:
    """"Establishing", "Concerning": a capitalised word of five letters or more ending in "ing"."""
    return len(word) > 4 and word[:1].isupper() and word[1:].islower() and word.endswith("ing")


def _parties_before(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """"the Kelvia-Dorrovia Security Treaty", "the Kelvia-Dorrovia-Tallia Agreement": two
    registry places or more joined by hyphens or dashes, one space before a run ending in a
    treaty's head, open its name; they stay mentions. A trade pact of three countries names all
    three so (sets AF/AG, branch ent49). A country the registry left unmatched after a hyphen
    is a party too (`_party_at`), and the pact is a work (sets AE/AG, branch ent51)."""
    heads = set(_laws()["party_heads"])
    places = {m.end: m for m in known if m.entry.kind in PLACE_KINDS}
    out = []
    for run in runs:
        parties: list[tuple[int, int]] = []
        at = run.begin - 1  # the party before the run ends one space before it
        while (p := _party_at(text, at, places)) is not None and (not parties or text[at] in _DASH):
            parties.insert(0, p)
            at = p[0] - 1
        if len(parties) >= 2 and any(p[1] in places for p in parties) and plain_run(run) \
                and run.words[-1][2] in heads and text[run.begin - 1] == " " \
                and not (parties[0][0] and (text[parties[0][0] - 1].isalnum()
                                            or text[parties[0][0] - 1] in _DASH)):
            # a pact its parties name is a treaty, a work, whatever its head ("Agreement",
            # "Pact" also end bodies' names: "… Pact of the Caribbean")
            run = replace(run, begin=parties[0][0], words=[
                (b, e, text[b:e]) for b, e in parties] + list(run.words), kind="work")
        out.append(run)
    return out


_PARTY_WORD = re.compile(r"[A-Z][\w’']*$")


def _party_at(text: str, end: int, places: dict[int, Match]) -> tuple[int, int] | None:
    """The pact's party that ends at `end`: a registry place, or a capitalised word after a
    hyphen the gazetteer knows as a country, which the registry left unmatched between two
    hyphens or after a dotted one ("U.S.-Kelvia", "Canada-Peru-Chile": sets AE/AG, branch
    ent51); None where neither ends there."""
    if (m := places.get(end)) is not None:
        return m.begin, m.end
    w = textwindow.before(_PARTY_WORD, text, end, 40)
    if w is None or w.start() == 0 or text[w.start() - 1] not in _DASH \
            or evidence().place_kind(w.group(0)) != "country":
        return None
    return w.start(), w.end()
