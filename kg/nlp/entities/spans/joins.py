"""Names that hold a mark or a small word, and words glued to a name's edge (issue 10, set K's
kinds; branch ent17). The words are data (kg/data/nlp/boundaries.toml [joins]).

The runs of capitalised words (kg.nlp.entities.names) stop at a mark and at most small words,
and take in any capitalised word glued on. On court reports, conference reports, directories
and pages about firms abroad that cut true names in two (each piece junk, the whole a miss)
or glued a word to them. Each step below reads one shape of the paper's, on the runs of one
region, after the runs are made and joined by "and":

- **A court case** `X v. Y` is one name, its parties' names inside it (a registry person,
  "Dorrow v. Bush", is a party there, no mention of its own): the case, not two people.
- **"&" between two runs** joins them: a firm's name ("Kelvane Shipbuilding & Marine
  Engineering"), even where the word after it is a title elsewhere ("Marine").
- **"!" inside a firm's name** ("Yum! Brands"): a word glued to "!" mid-sentence and an
  organisation's head after it are one name, where kg.nlp.entities.spans.textspan found that the
  mark ends no sentence (branch ent25).
- **A slash between two runs, no space around it**, joins two names of one body ("TFCO/Pastors
  for Kelvia"); not where a given name opens the second (a photo credit, "Militant/Jane Doe").
- **People "for" a cause**: a plural common noun for people, capitalised mid-sentence, then
  "for" and a capitalised run is an organisation's name ("Pastors for Kelvia", "Veterans for
  Peace"); mid-sentence the paper writes such nouns in lower case unless they name a body.
- **A region's agency** (`for_heads`: "Transport for Kelvia"): the field word, "for" and the
  place are one organisation; the place was a mention of its own and the field word junk.
- **Small words after a head** (`on_heads`: "National Network on Kelvia", "Commission on
  Brindle Rights"; `branch_heads` before "of": "Kelvian Chapter of Tessaro Movements"): the
  run before ends in such a head and the run or registry name after the small word is what
  the body is on or of: one name. A body is on a matter or a place, never on another body:
  "ran for the Kelvin City Council on the Dorrow Labor Party ticket" is two names (branch ent28).
- **A gathering named for two purposes** ("International Meeting of Solidarity, for Peace and
  Against Hunger"): over the comma, two purposes joined by "and", the second a capitalised
  "For" or "Against", are the name's (`purpose_heads`); one purpose is not enough.
- **A law with its year**: "… Act of 2006" is one name (`law_heads`).
- **A year inside a name** (`year_heads`): "Kelvin Workers 2017 Campaign" is one name.
- **An event named for a season** (`season_heads`): "the Red Summer of 1919" is an event.
- **Two ideals and a party's head** ("Freedom and Justice Party", "Peace and Liberty Front"):
  one common word, "and", one common word and the head are one name. The list rule of
  kg.nlp.entities.names wants two words before "and" or a union's head; a party is named
  for two ideals.
- **Two firms sharing their first word** ("Kelvane Motor and Kelvane Heavy Industries"): a run
  joined over "and" whose part after "and" opens with its first word again is two names; one
  name holding "and" does not repeat its opening word.
- **A movement's adjective before a party's name** (`movement_endings`: "Salafist Nour Party",
  "Islamist Kelvan Party"): the adjective is no part of the name when a proper name (no common
  English word) follows it and a party's head (`party_heads`) ends the run; "Socialist Workers
  Party" (a common word after it) and "Classist and Combative Current" (no party's head, and
  "and" between) stay whole.
- **A plural title before a person** ("Justices Maria Dorrow and …", "Senators Jane Kelvin"):
  the title is no part of the name, as a singular title is not.
- **A suburb and its state's abbreviation** ("Campsie NSW 2194"): two places.
- **A union's body numbered after a two-word head** (`numbered_pairs`: "Kelvin Workers District
  Council 12"): the number is the name's, as after "Local" (kg/data/nlp/entities.toml
  `numbered_heads`, one word each).
- **A post office box** (`box_names`: "P.O. Box") is an address's part, no name.
- **A march named by its count** (`count_words`, `count_heads`: "the Million Worker March"):
  the spelled count is the name's; without it the rest is junk.
- **An event named for how many rose** ("the Uprising of the 20,000"): an event's head alone
  after "the", "of (the)" and a count closing the clause are one event (wave 5, junk48).
- **An action named by its purpose** (`action_heads`: "the March for Brindle Lives", "a “Walk
  for Choice”"): after an article, a year or an opening quotation mark, a capitalised "March" or
  "Walk", "for" and a stretch of capitalised words are one event; "March" is no month there.
- **A city before a newspaper's hyphenated name** ("Kelvin Post-Gazette"): a registry city
  right before one hyphenated word ending in a periodical's head is the paper's name.
- **A work named for a life** (`life_works`: "Autobiography of …", "Memoirs of …", "Diary of
  …"): the head, "of" and a person are one work, the person no mention of their own.
- **A body named for a place's people** (`possessive_place_bodies`: "Children’s Kelvia", a
  hospital system named for a state's children): the word, its "’s" and a registry place that
  ends the run are one organisation, the place no mention of its own; the registry's place had
  cut the run at the possessive, leaving the word junk (sets AH/AI, branch ent54).
- **A minister's portfolio** (`portfolio_titles`: "Minister of Light Industries and Trade Ana
  Dorrow"): the capitalised words after the title and "of" name the minister's office, no body;
  a second portfolio after "and" is the office's too, up to a given name that opens the
  minister's own name. A registry name among them leaves the runs as they are (sets AH/AI,
  branch ent54).
- **A people** (`people_nouns`: "the Zoque Indians", "Mixe and Zoque Indians"): a people's
  own word before such a noun (no place the gazetteer knows, no head, no common English word)
  names a people, no body and no place: dropped, with a one-word people listed before it by
  "and" or a comma; "Kelvin Indians" (a town's team) stays (sets AH/AI, branch ent54).
- **A Spanish exclamation** ("¡Viva la Huelga!"): a run opening right after "¡" is a cry, no
  name; what follows its first word stays only as a run of capitalised words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.spans.runs import cut_run, rest_run, span_words

_CASE_GAP = re.compile(r"\s+vs?\.\s+")
_AMP_GAP = re.compile(r" ?& ?")
_YEAR = re.compile(r" of ((?:1[6-9]|20)\d\d)(?![\w,.-]\d|\w)")
# a unit's number, hyphenated in some unions' numbering ("Local 7-1", "Local 1-5": district
# and local of the old Oil, Chemical and Atomic Workers, kept by the Steelworkers), lettered in
# others ("Local P-9", or with no hyphen, "Local S6": a letter for the trade or the shop, then the
# number; sets AH/AI, branch ent54), or with two letters after the number ("Local 1199C",
# "Local 25BX": set BH, branch ent92): one pattern for where a run takes it in (here after a two-word head,
# kg.nlp.entities.names after a one-word head) and where a label ends in it
# "Region 4-B", "District 12-A": a number, a hyphen and one letter (set BQ, branch ent103)
UNIT_NUMBER = r"(?:[A-Z]-?)?\d{1,6}(?:-\d{1,4}|-[A-Z](?![\w-]))?[A-Z]{0,2}"
# "Local 5958", "Shaft No. 4": the number, "No." before it printed or not (set AO, branch ent64)
NUMBER_AFTER = re.compile(rf" (?:No\. )?{UNIT_NUMBER}(?![\w,.-]\d)")


@cached
def _joins() -> dict:
    return load("boundaries")["joins"]


def everyday_word(word: str) -> bool:
    """A word of everyday prose at `modifier_min_zipf` ("Direct", "Former"; "Dewey" is none), as
    `common_word` reads wordfreq, at a higher floor."""
    from wordfreq import zipf_frequency  # a dependency (pyproject.toml)
    return zipf_frequency(word.lower(), "en", wordlist="small") >= float(_joins()["modifier_min_zipf"])


@cached
def common_word(word: str) -> bool:
    """A common English word at `common_min_zipf` ("Pastors", "Freedom"; "Nour", "Kelvane" are
    none): wordfreq, as kg.nlp.entities.spans.titlecase reads a title's words, at a floor of its own."""
    from wordfreq import zipf_frequency  # a dependency (pyproject.toml)
    bare = re.sub(r"['’]s$", "", word).lower()
    return zipf_frequency(bare, "en", wordlist="small") >= float(_joins()["common_min_zipf"])


def join_marks(text: str, r: Any, runs: list[Any], known: list[Any], cues: Any, tx: Any) -> list[Any]:
    """The steps of the module's docstring, in order, on region r's runs (sorted by begin);
    `known` are the registry's matches (those in r are read)."""
    known = [m for m in known if r.begin <= m.begin and m.end <= r.end]
    runs = _exclamations(text, runs)
    runs = _case_names(text, runs, known)
    runs = _glue(text, runs, lambda gap, a, b: bool(_AMP_GAP.fullmatch(gap)))
    runs = _glue(text, runs, lambda gap, a, b: gap == "/" and _slash_parts(text, a, b))
    # "Yum! Brands": a "!" that ends no sentence (kg.nlp.entities.spans.textspan) is the firm's own
    runs = _glue(text, runs, lambda gap, a, b: gap == "! " and not tx.is_sentence_start(b.begin))
    runs = _people_for(text, runs, known, cues, tx)
    runs = _small_word_heads(text, runs, known, cues)
    runs = _two_purposes(text, runs, known)
    runs = _law_years(text, runs)
    runs = _year_inside(text, runs)
    runs = [_season_event(text, run, cues) for run in runs]
    runs = _ideals_party(text, runs, cues)
    runs = _shared_opening(text, runs)
    runs = _postal_state(text, runs)
    runs = _numbered_pairs(text, runs)
    runs = [run for run in runs if not _box(run)]
    runs = _counted_marches(text, runs)
    runs = _uprising_of_count(text, runs, cues)
    runs = _actions_for(text, r, runs, known, cues)
    runs = _city_papers(text, runs, known, cues)
    runs = _works_of_a_life(text, runs, known)
    runs = _possessive_places(text, runs, known)
    runs = _portfolios(text, runs)
    runs = _peoples(text, runs, cues)
    return [_strip_edge(run, cues) for run in runs]


def _merge(a: Any, b: Any, extra: list[tuple[int, int, str]] = (), absorbed: list[Any] = (),
           kind: str | None = None) -> Any:
    """One run from a to b: a's words, the words between, b's words."""
    return replace(a, end=b.end, words=list(a.words) + list(extra) + list(b.words), title=a.title,
                   absorbed=list(a.absorbed) + list(absorbed) + list(b.absorbed), kind=kind or a.kind)


def _plain(run: Any) -> bool:
    """A run read from capitals, no work's title or role line's name."""
    return run.kind is None and not run.same_as


def _glue(text: str, runs: list[Any], joins: Any) -> list[Any]:
    """Adjacent plain runs whose gap `joins` accepts are one."""
    out: list[Any] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and _plain(prev) and _plain(run) and prev.end <= run.begin \
                and joins(text[prev.end:run.begin], prev, run):
            out[-1] = _merge(prev, run)
            continue
        out.append(run)
    return out


def _slash_parts(text: str, a: Any, b: Any) -> bool:
    """Two names of one body joined by a slash: not a photo credit's "Militant/Jane Doe" (a
    given name opens the second part) and not over a line break."""
    return not evidence().gazetteer.is_given_name(b.words[0][2]) and "\n" not in text[a.begin:b.end]


def _parties(text: str, runs: list[Any], known: list[Any]) -> list[tuple[int, int, Any]]:
    """Runs and registry names of the region, by begin: (begin, end, run or match)."""
    inside = [m for m in known if not any(r.begin <= m.begin and m.end <= r.end for r in runs)]
    return sorted([(r.begin, r.end, r) for r in runs] + [(m.begin, m.end, m) for m in inside],
                  key=lambda t: t[0])


def _case_names(text: str, runs: list[Any], known: list[Any]) -> list[Any]:
    """"Dorrow v. Bush", "Kelvani v. United States": two parties joined by "v." or "vs." are
    one name, the case; a registry name among them is a party, absorbed (no mention of its
    own). A run already holding "v." is left as it is."""
    if not runs:
        return runs
    items = _parties(text, runs, known)
    out = list(runs)
    for (ab, ae, a), (bb, be, b) in zip(items, items[1:], strict=False):
        gap = _CASE_GAP.fullmatch(text[ae:bb])
        if gap is None or (a not in out and hasattr(a, "words")) or (b not in out and hasattr(b, "words")):
            continue
        if not any(hasattr(x, "words") for x in (a, b)):
            continue  # two registry names: the registry's business
        left = a if hasattr(a, "words") else None
        right = b if hasattr(b, "words") else None
        if left is not None and not _plain(left) or right is not None and not _plain(right):
            continue
        aw = left.words if left else [(ab, ae, text[ab:ae])]
        bw = right.words if right else [(bb, be, text[bb:be])]
        absorbed = ([] if left else [a]) + ([] if right else [b])
        base = left or right
        vm = re.search(r"vs?\.", text[ae:bb])
        v = (ae + vm.start(), ae + vm.end())
        case = replace(base, begin=ab, end=be,
                       words=list(aw) + [(v[0], v[1], text[v[0]:v[1]])] + list(bw),
                       absorbed=(list(left.absorbed) if left else []) + absorbed
                       + (list(right.absorbed) if right else []))
        out = [r for r in out if r is not left and r is not right] + [case]
        out.sort(key=lambda r: r.begin)
    return out


def _people_for(text: str, runs: list[Any], known: list[Any], cues: Any, tx: Any) -> list[Any]:
    """"Pastors for Kelvia", "Veterans for Peace": one capitalised plural common noun
    mid-sentence, "for", a run or a registry name: an organisation's name. The noun may follow
    the place whose people they are ("Kelvo Citizens for Fair Farming", a run of its own, or
    "Iowa Citizens for …" after a registry place, which the name absorbs; a real page of 1995,
    real42: the place and the rest were read as two names)."""
    items = _parties(text, runs, known)
    out = list(runs)
    for (_ab, ae, a), (bb, be, b), before in zip(items, items[1:], [None, *items], strict=False):
        if not hasattr(a, "words") or a not in out or not _plain(a) or text[ae:bb] != " for " \
                or len(a.words) > 1 and text[a.words[-2][1]:a.words[-1][0]] != "/" \
                and not _place_before_people(a, cues):
            continue  # one word, or the last of names joined by a slash ("TFCO/Pastors")
        w = a.words[-1][2]
        if not (w[:1].isupper() and w[1:].islower() and w.endswith("s")) \
                or cues.group(w) or w in cues.heads or w in cues.titles \
                or not common_word(w) or tx.is_sentence_start(a.words[-1][0]) \
                or evidence().gazetteer.is_given_name(w) or evidence().place_kind(w):
            continue  # "Workers for Kelvane struck" opening a sentence: capitalised by its place
        event, whole = None, b
        if hasattr(b, "words"):
            if b not in out or not _plain(b):
                continue
            if len(b.words) >= 3 and cues.heads.get(b.words[-1][2]) == "event":
                # "Pastors for Kelvia Friendship Caravan": the body's cause is the first word
                # after "for", the rest the event the body holds, a name of its own (set BX, ent127)
                event = rest_run(b, 1, kind="event")
                b = replace(cut_run(b, b.words[0][1]), kind=None)
            merged = _merge(a, b, [(ae + 1, ae + 4, "for")], kind="organization")
        else:
            merged = _merge(a, replace(a, end=be, words=[(bb, be, text[bb:be])], absorbed=[b]),
                            [(ae + 1, ae + 4, "for")], kind="organization")
        place = _registry_place_before(text, a, before)
        if place is not None:  # "Iowa Citizens for …": the registry place opens the name
            merged = replace(merged, begin=place.begin,
                             words=[(place.begin, place.end, text[place.begin:place.end]), *merged.words],
                             absorbed=[place, *merged.absorbed])
        out = [r for r in out if r is not a and r is not whole] + [merged] + ([event] if event else [])
        out.sort(key=lambda r: r.begin)
    return out


def _place_before_people(a: Any, cues: Any) -> bool:
    """"Kelvo Citizens": one or two capitalised words (no title, no function word) before a
    plural noun of people (`purpose_groups`: "Citizens", "Parents", "Workers"), the place whose
    people the body gathers. Any other plural ("Dorrow Mills for Kelvo Schools") is a name of
    its own, and "for" parts it from the next."""
    return len(a.words) in (2, 3) and a.words[-1][2] in _people_nouns() and all(
        w[:1].isupper() and w not in cues.titles and w.lower() not in cues.function
        for (_b, _e, w) in a.words[:-1])


@cached
def _people_nouns() -> frozenset[str]:
    """The plural nouns of people a body's name may gather (kg/data/nlp/entities.toml
    `purpose_groups`)."""
    return frozenset(load("entities")["purpose_groups"])


def _registry_place_before(text: str, a: Any, before: Any) -> Any:
    """The registry place one space before the one-word run `a` ("Iowa Citizens"), or None."""
    if before is None or len(a.words) != 1:
        return None
    m = before[2]
    entry = getattr(m, "entry", None)
    if entry is None or entry.kind not in ("place", "city", "country") or text[m.end:a.begin] != " ":
        return None
    return m


# what closes a clause right after a name: the body an inquiry's commission is on ends there
_CLAUSE_CLOSE = re.compile(r"[,.;:]|\s\(")
# "a " or "an " right before a run: one of many of its kind, not the one body of that name
_INDEFINITE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]n?) $")


def _small_word_heads(text: str, runs: list[Any], known: list[Any], cues: Any) -> list[Any]:
    """"National Network on Kelvia", "Kelvian Chapter of Tessaro Movements": a run ending in
    an `on_heads` word before "on" (or "on the"), or in a `branch_heads` word before "of" (or
    "of the"), and the run or registry name right after: one name, an organisation's. A
    `for_heads` word alone before "for" is a region's agency ("Transport for Kelvia"). After
    "a" or "an" a meeting's run (an event's head word) is one of its kind and "on" opens its
    topic ("a Kelvo Labor Forum on Dorrow": one meeting of a standing series), no part of its
    name (set CK, branch ent127); a body's run keeps its matter ("a Royal Commission on Kelvish
    Unemployment Insurance": a body set up on it; set CL, at the merge of ent127 and ent128).
    An inquiry's head (`inquiry_on_heads`) before "on the" and a body's name that ends the clause
    is one name: the body it looks into ("the Civilian Commission on the Kelvo Police
    Department, …"; branch passT44)."""
    c = _joins()
    items = _parties(text, runs, known)
    out = list(runs)
    for (_ab, ae, a), (bb, be, b) in zip(items, items[1:], strict=False):
        if not hasattr(a, "words") or a not in out or not _plain(a):
            continue
        gap = text[ae:bb]
        # the head of one word, or of two where the list holds it so ("Task Force", "Working
        # Group": the last word alone never matched them; wave 3's kind, branch junk46)
        head = a.words[-1][2]
        pair = " ".join(w for (_b, _e, w) in a.words[-2:])
        if pair in c["on_heads"] or pair in c["inquiry_on_heads"]:
            head = pair
        agency = head in c["for_heads"] and gap == " for " and len(a.words) == 1
        if not (head in c["on_heads"] and gap in (" on ", " on the ")
                or head in c["branch_heads"] and gap in (" of ", " of the ") or agency):
            continue
        on = gap in (" on ", " on the ")
        if on and cues.heads.get(head) == "event" and _INDEFINITE_BEFORE.search(
                text[max(0, a.begin - 4):a.begin]):
            continue  # "a Kelvo Labor Forum on Dorrow": one meeting of a series, on its topic
        if hasattr(b, "words"):
            if b not in out or not _plain(b) or b.words[0][2] in cues.calendar:
                continue  # a day or a month: a date ("… Committee on Monday")
            label = re.sub(r"\s+", " ", text[b.begin:b.end])
            lhead = head_word(label, cues)
            if on and cues.heads.get(lhead) == "organization" \
                    and not (gap == " on " and lhead in c["on_matter_heads"]) \
                    and not (gap == " on the " and head in c["inquiry_on_heads"]
                             and _CLAUSE_CLOSE.match(text, b.end)):
                continue  # "ran for the Kelvin City Council on the Dorrow Labor Party ticket"
            part = b
        else:
            if getattr(b.entry, "kind", None) not in ("country", "city", "place", "state", "organization"):
                continue
            if on and b.entry.kind == "organization" \
                    and not (gap == " on the " and head in c["inquiry_on_heads"]
                             and _CLAUSE_CLOSE.match(text, be)):
                continue  # a body is on a matter or a place, not on another body's ticket or side
            part = replace(a, begin=bb, end=be, words=[(bb, be, text[bb:be])], absorbed=[b])
        small = span_words(text, ae, bb, r"\w+")  # "of", "the": each at its own offsets
        merged = _merge(a, part, small, kind="organization" if head in c["branch_heads"] or agency else None)
        out = [r for r in out if r is not a and r is not b] + [merged]
        out.sort(key=lambda r: r.begin)
    return out


_CAP = r"[A-Z][\w’'-]*"
_STRETCH = rf"{_CAP}(?: (?:(?:of|the|and|in|for) )*{_CAP})*?"
_PURPOSES = re.compile(rf"(?: of (?:the )?{_STRETCH})?, (?:for|For|against|Against) {_STRETCH}"
                       rf" and (?:For|Against) {_STRETCH}(?![\w’'-]| (?:of|the|and|in|for) [A-Z]| [A-Z])")


def _two_purposes(text: str, runs: list[Any], known: list[Any]) -> list[Any]:
    """"International Meeting of Solidarity, for Peace and Against Hunger": a gathering's or
    body's name (`purpose_heads`) goes on over a comma with two purposes joined by "and", the
    second a capitalised "For" or "Against" (mid-sentence only a name's capitals set it so),
    each a stretch of capitalised words. One name, typed by its head; the runs and registry
    names inside it are its words. One purpose, or a lower-case second, is left as it was."""
    heads = _joins()["purpose_heads"]
    out = list(runs)
    for run in runs:
        head = next((w for (_b, _e, w) in reversed(run.words) if w in heads), None)
        if run not in out or not _plain(run) or head is None \
                or head != run.words[-1][2] and "of" not in [w for (_b, _e, w) in run.words]:
            continue  # the head ends the run or its "of" part follows it
        m = _PURPOSES.match(text, run.end)
        if m is None or "\n" in m.group(0):
            continue
        e = m.end()
        if any(k.begin < e and run.end < k.end and not (run.end <= k.begin and k.end <= e) for k in known):
            continue  # a registry name straddling its end
        inner = [r for r in out if r is not run and run.begin < r.end and r.begin < e]
        if any(r.begin < run.begin or r.end > e for r in inner):
            continue
        words = span_words(text, run.end, e, r"[^\W\d_][\w’'-]*")
        merged = replace(run, end=e, words=list(run.words) + words, kind=heads[head],
                         absorbed=list(run.absorbed) + [k for k in known if run.end <= k.begin and k.end <= e]
                         + [k for r in inner for k in r.absorbed])
        out = sorted([r for r in out if r is not run and r not in inner] + [merged], key=lambda r: r.begin)
    return out


def _law_years(text: str, runs: list[Any]) -> list[Any]:
    """"… Act of 2006": a law's head, "of" and a year are one name; a treaty's head alone with
    its year is one too ("the Treaty of 1821": `treaty_heads`), as no law's head alone is ("an
    Act of 1919" may be any act); a treaty named by other words keeps its year out."""
    heads = set(_joins()["law_heads"])
    treaties = set(_joins()["treaty_heads"])
    out = []
    for run in runs:
        m = _YEAR.match(text, run.end)
        last = run.words[-1][2] if run.words else ""
        if m and _plain(run) and (len(run.words) > 1 and last in heads
                                  or len(run.words) == 1 and last in treaties):
            run = replace(run, end=m.end(), words=list(run.words) + [
                (m.start() + 1, m.start() + 3, "of"), (m.start(1), m.end(1), m.group(1))])
        out.append(run)
    return out


_YEAR_GAP = re.compile(r" (?:1[6-9]|20)\d\d ")


def _year_inside(text: str, runs: list[Any]) -> list[Any]:
    """"Kelvin Workers 2017 Campaign": a run, a year and one head word of `year_heads` right
    after it are one name of that head's kind; the year stopped the run, leaving the head alone
    (junk) and the name cut ("Kelvin Workers"). A year before a lower-case word names nothing."""
    heads = _joins()["year_heads"]
    out: list[Any] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and _plain(prev) and _plain(run) and len(run.words) == 1 \
                and run.words[0][2] in heads and _YEAR_GAP.fullmatch(text[prev.end:run.begin]):
            b = prev.end + 1
            out[-1] = _merge(prev, run, [(b, b + 4, text[b:b + 4])], kind=heads[run.words[0][2]])
            continue
        out.append(run)
    return out


def _season_event(text: str, run: Any, cues: Any) -> Any:
    """"the Red Summer of 1919", "the Kelvian Spring": a run of two or three words ending in a
    season (`season_heads`) names an event, when no given name opens it ("Donna Summer"), the
    gazetteer knows it as no place ("Silver Spring") and no other head word stands in it. The
    year after "of" is no part of the name (the event is known without it). Not a town's name
    right after "in", "at", "near" or "from" with no article: "a plant in Dorrow Spring, …" is
    where the plant stands (set DQ, branch passQ44)."""
    words = [w for (_b, _e, w) in run.words]
    if not _plain(run) or not 2 <= len(words) <= 3 or words[-1] not in _joins()["season_heads"] \
            or not all(w[:1].isupper() for w in words) or any(w in cues.heads for w in words[:-1]):
        return run
    if _TOWN_BEFORE.search(text, max(0, run.begin - 6), run.begin):
        return run
    ev = evidence()
    if ev.gazetteer.is_given_name(words[0]) or ev.place_kind(" ".join(words)):
        return run
    return replace(run, kind="event")


# a locative preposition right before a name, no article between: a town follows ("in Dorrow Spring")
_TOWN_BEFORE = re.compile(r"(?<![\w’'-])(?:in|at|near|from) $")


def _ideals_party(text: str, runs: list[Any], cues: Any) -> list[Any]:
    """"Freedom and Justice Party": one common word, "and", one common word and a party's head
    (`party_heads`) are one name. Neither word may be a group word, a given name or a place,
    and the word before "and" may not stand in a longer run."""
    heads = set(_joins()["party_heads"])
    ev = evidence()

    def ideal(w: str) -> bool:  # "Justice" is a title too: no matter here
        return w[:1].isupper() and w[1:].islower() and common_word(w) and not cues.group(w) \
            and w not in cues.heads and not ev.gazetteer.is_given_name(w) and not ev.place_kind(w)

    out: list[Any] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and _plain(prev) and _plain(run) and len(prev.words) == 1 \
                and len(run.words) == 2 and run.words[-1][2] in heads \
                and text[prev.end:run.begin] == " and " \
                and ideal(prev.words[0][2]) and ideal(run.words[0][2]):
            out[-1] = _merge(prev, run, [(prev.end + 1, prev.end + 4, "and")])
            continue
        out.append(run)
    return out


def _shared_opening(text: str, runs: list[Any]) -> list[Any]:
    """"Kelvane Motor and Kelvane Heavy Industries": two names, each of two words or more,
    where the part after "and" opens with the run's first word again."""
    out: list[Any] = []
    for run in runs:
        ws = run.words
        cut = next((k for k in range(2, len(ws) - 1)
                    if text[ws[k - 1][1]:ws[k][0]] == " and " and ws[k][2] == ws[0][2]), None) \
            if _plain(run) and len(ws) >= 4 else None
        if cut is None:
            out.append(run)
            continue
        first = ws[:cut]
        if first[-1][2] == "and":
            first = first[:-1]
        out.append(cut_run(run, first[-1][1]))
        out.append(rest_run(run, cut, title=False))
    return out


_POSTCODE = re.compile(r"[ \u00a0]+\d{4}(?!\d)|\s*(?:[,.]|$)", re.MULTILINE)
_POSTCODE_ONLY = re.compile(r"[ \u00a0]+\d{4}(?!\d)")


def _postal_state(text: str, runs: list[Any]) -> list[Any]:
    """"Campsie NSW 2194": a suburb, then an Australian state's abbreviation (kg/data/nlp/
    boundaries.toml [addresses] `postal_states`) before a postcode, a comma or the line's end,
    are two places, not one name. An abbreviation that is also a firm's legal form ("SA", the
    French and Spanish Société Anonyme: boundaries.toml [firm_of_place] `heads`) is a state only
    before a postcode: "Kelvo Motors SA, in which …" is the firm (it was cut into two places,
    set DB, branch passA42)."""
    states = set(load("boundaries")["addresses"]["postal_states"])
    forms = states & set(load("boundaries")["firm_of_place"]["heads"])
    out: list[Any] = []
    for run in runs:
        ws = run.words
        if _plain(run) and len(ws) >= 2 and ws[-1][2] in states and text[ws[-2][1]:ws[-1][0]] == " " \
                and (_POSTCODE_ONLY if ws[-1][2] in forms else _POSTCODE).match(text, run.end):
            out.append(replace(cut_run(run, ws[-2][1]), kind="place"))
            out.append(rest_run(run, len(ws) - 1, title=False, kind="place"))
            continue
        out.append(run)
    return out


def _strip_edge(run: Any, cues: Any) -> Any:
    """A movement's adjective or a plural title at a run's start, no part of the name."""
    if not _plain(run) or len(run.words) < 3 or run.words[1][0] - run.words[0][1] != 1:
        return run  # glued by one space: not over "and" ("Classist and Combative Current")
    first, second = run.words[0][2], run.words[1][2]
    ev = evidence()
    movement = first.endswith(tuple(_joins()["movement_endings"])) \
        and not common_word(second) and second[:1].isupper() and run.words[-1][2] in _joins()["party_heads"]
    plural_title = first.endswith("s") and first[:-1] in cues.titles and ev.gazetteer.is_given_name(second)
    if not (movement or plural_title):
        return run
    return rest_run(run, 1, title=run.title or plural_title)


def _exclamations(text: str, runs: list[Any]) -> list[Any]:
    """"¡Viva la Huelga!": a run opening right after "¡" is a cry. Its first word goes; the rest
    stays only when it is all capitalised words (a name cried out: "¡Viva Kelvane Workers!")."""
    out = []
    for run in runs:
        if _plain(run) and text[run.begin - 1:run.begin] == "¡":
            rest = run.words[1:]
            if not rest or any(not w[:1].isupper() for (_b, _e, w) in rest):
                continue
            run = rest_run(run, 1)
        out.append(run)
    return out




def _numbered_pairs(text: str, runs: list[Any]) -> list[Any]:
    """"Kelvin Workers District Council 12": a run ending in a two-word head of `numbered_pairs`
    takes in the number after it, as kg.nlp.entities.names does after a one-word head ("Local
    12"); the number stopped the run and left the name cut before it."""
    pairs = set(_joins()["numbered_pairs"])
    out = []
    for run in runs:
        ws = run.words
        m = NUMBER_AFTER.match(text, run.end)
        if m and _plain(run) and len(ws) >= 2 and f"{ws[-2][2]} {ws[-1][2]}" in pairs \
                and text[ws[-2][1]:ws[-1][0]] == " ":
            run = replace(run, end=m.end(), words=list(ws) + [(m.start() + 1, m.end(), m.group(0)[1:])],
                          kind="organization")
        out.append(run)
    return out


def _box(run: Any) -> bool:
    """"P.O. Box", "P.O. Box Q1244": an address's part (kg.nlp.entities.spans.addresses reads the
    box), no name, alone or with its number where a letter in it kept the number in the run."""
    words = [w for (_b, _e, w) in run.words]
    if words and any(c.isdigit() for c in words[-1]):
        words = words[:-1]
    return _plain(run) and " ".join(words) in _joins()["box_names"]


def _counted_marches(text: str, runs: list[Any]) -> list[Any]:
    """"the Million Worker March": a spelled count (`count_words`) right before a run ending in
    a march's head (`count_heads`) is the event's name; the count is no name's word alone, so
    the run began after it and "Worker March" was junk."""
    c = _joins()
    out = []
    for run in runs:
        m = textwindow.before(r"(?<![\w’'-])(\w+)[ -]$", text, run.begin, 20, cut=True)
        if m and _plain(run) and run.words[-1][2] in c["count_heads"] and m.group(1) in c["count_words"]:
            b = run.begin - len(m.group(0))
            run = replace(run, begin=b, words=[(b, b + len(m.group(1)), m.group(1))] + list(run.words),
                          kind="event")
        out.append(run)
    return out


# "of the 20,000" closing a clause: the count in figures (thousands with commas) or a spelled
# one, then a mark or the text's end
_OF_COUNT = re.compile(r" of (?:the )?(\d{1,3}(?:,\d{3})+|\d{2,6}|(?:[A-Z][a-z]+-)?[A-Z][a-z]+ Thousand)"
                       r"(?![,.]\d)(?=[,.;:!?)]|$)")


def _uprising_of_count(text: str, runs: list[Any], cues: Any) -> list[Any]:
    """"the Uprising of the 20,000", "the Revolt of the Twenty Thousand": after "the", an event's
    head alone (`heads` of kind "event"), "of (the)" and a count closing the clause are one event
    named for how many rose; the head alone was junk. A count with a noun after it ("the Strike
    of 20,000 miners") is the clause's, no name's (wave 5's kind, branch junk48; real pages name
    the 1909 shirtwaist strike so, figures or words)."""
    out = []
    for run in runs:
        m = _OF_COUNT.match(text, run.end)
        if m and _plain(run) and len(run.words) == 1 and cues.heads.get(run.words[0][2]) == "event" \
                and textwindow.before(r"(?<![\w’'-])[Tt]he $", text, run.begin, 4, cut=True):
            words = list(run.words) + [(m.start() + w.start(), m.start() + w.end(), w.group())
                                       for w in re.finditer(r"\S+", m.group())]
            run = replace(run, end=m.end(), words=words, kind="event")
        out.append(run)
    return out


_CAUSE = rf"((?:(?:Our|Their|the|The) )?{_CAP}(?: (?:(?:of|and|the) )*{_CAP})*)"


def _actions_for(text: str, r: Any, runs: list[Any], known: list[Any], cues: Any) -> list[Any]:
    """"the March for Brindle Lives", "a “Walk for Choice”", "the March Against Kelvin Terror" (a
    word of `action_joins` after the head): an action named by its purpose.
    After an article or a word of `action_before`, an opening quotation mark, or a year or a
    day's number (a month before "March" itself has none: "in March for"), a capitalised
    head of `action_heads`, "for" and a stretch of capitalised words (a day or a month at its end
    is no part of it) are one event; runs and registry names inside it are its words. "March"
    is then no month, and the cause alone ("Brindle Lives") no name."""
    c = _joins()
    heads = "|".join(map(re.escape, c["action_heads"]))
    before = set(c["action_before"])
    out = list(runs)
    joined = "|".join(map(re.escape, c["action_joins"]))
    for m in re.finditer(rf"(?<![\w’'-])({heads}) (?:{joined}) {_CAUSE}", text[r.begin:r.end]):
        b = r.begin + m.start()
        prev = textwindow.before(r"(?:(\S+) )?(\S+)\s*$", text, b, 40, cut=True)
        if prev is None or not (prev.group(2) in before or prev.group(2)[-1] in "“\"‘"
                                or re.fullmatch(r"(?:1[89]|20)\d\d", prev.group(2))
                                or prev.group(1) in cues.months and re.fullmatch(r"\d{1,2}", prev.group(2))):
            continue  # "the 2004 March for …", "the April 25 March for …"; not "on 12 March for …"
        words = span_words(text, b, r.begin + m.end(), r"[^\W\d_][\w’'-]*")
        while words and words[-1][2] in cues.calendar:
            words.pop()
        e = words[-1][1]
        if len(words) < 3 \
                or any(k.begin < e and b < k.end and not (b <= k.begin and k.end <= e) for k in known):
            continue
        inner = [x for x in out if x.begin < e and b < x.end]
        if any(x.begin < b or x.end > e or not _plain(x) for x in inner):
            continue  # a run straddling its edge, or a title's
        template = inner[0] if inner else (out[0] if out else None)
        if template is None:
            continue
        event = replace(template, begin=b, end=e, words=words, title=False, kind="event",
                        absorbed=[k for k in known if b <= k.begin and k.end <= e]
                        + [k for x in inner for k in x.absorbed])
        out = sorted([x for x in out if x not in inner] + [event], key=lambda x: x.begin)
    return out


def _city_papers(text: str, runs: list[Any], known: list[Any], cues: Any) -> list[Any]:
    """"Kelvin Post-Gazette": a registry city right before one hyphenated word whose last part
    is a periodical's head is the paper's name; the city was a mention of its own and the
    paper's word junk."""
    out = []
    for run in runs:
        w = run.words[0][2] if len(run.words) == 1 else ""
        city = next((k for k in known if k.end + 1 == run.begin and text[k.end] == " "
                     and getattr(k.entry, "kind", None) == "city"), None)
        if city is not None and _plain(run) and "-" in w and w[:1].isupper() \
                and cues.heads.get(w.rsplit("-", 1)[1]) == "periodical":
            run = replace(run, begin=city.begin, words=[(city.begin, city.end, text[city.begin:city.end])]
                          + list(run.words), absorbed=[city] + list(run.absorbed), kind="periodical")
        out.append(run)
    return out


def _works_of_a_life(text: str, runs: list[Any], known: list[Any]) -> list[Any]:
    """"the Autobiography of Jane Dorrow", "Memoirs of …": a head of `life_works`, "of" and a
    person (a registry person, or a run a given name opens) are one work; the head alone was
    junk and the person a mention that is the work's."""
    heads = set(_joins()["life_works"])
    items = _parties(text, runs, known)
    out = list(runs)
    for (_ab, ae, a), (bb, be, b) in zip(items, items[1:], strict=False):
        if not hasattr(a, "words") or a not in out or not _plain(a) or len(a.words) != 1 \
                or a.words[0][2] not in heads or text[ae:bb] != " of ":
            continue
        if hasattr(b, "words"):
            if b not in out or not _plain(b) or not evidence().gazetteer.is_given_name(b.words[0][2]):
                continue
            part = b
        elif getattr(b.entry, "kind", None) == "person":
            part = replace(a, begin=bb, end=be, words=[(bb, be, text[bb:be])], absorbed=[b])
        else:
            continue
        work = _merge(a, part, [(ae + 1, ae + 3, "of")], kind="work")
        out = sorted([x for x in out if x is not a and x is not b] + [work], key=lambda x: x.begin)
    return out


_POSSESSIVE = re.compile(r"['’]s ")
_PLACE_KINDS = ("country", "city", "place", "state")


def _possessive_places(text: str, runs: list[Any], known: list[Any]) -> list[Any]:
    """"Children’s Kelvia": one word of `possessive_place_bodies`, "’s" and a registry place
    with no capitalised word glued after it are one organisation (the module's docstring)."""
    heads = set(_joins()["possessive_place_bodies"])
    items = _parties(text, runs, known)
    out = list(runs)
    for (_ab, ae, a), (bb, be, b) in zip(items, items[1:], strict=False):
        if not hasattr(a, "words") or a not in out or not _plain(a) or len(a.words) != 1 \
                or a.words[0][2] not in heads or not _POSSESSIVE.fullmatch(text[ae:bb]) \
                or hasattr(b, "words") or getattr(b.entry, "kind", None) not in _PLACE_KINDS \
                or textwindow.after(r" [A-Z]", text, be, 2, cut=True):
            continue
        part = replace(a, begin=bb, end=be, words=[(bb, be, text[bb:be])], absorbed=[b])
        body = _merge(a, part, kind="organization")
        out = sorted([x for x in out if x is not a] + [body], key=lambda x: x.begin)
    return out


@cached
def _portfolio_title_before() -> re.Pattern[str]:
    """"Minister of " right before a run: built once per data folder, not per document."""
    titles = "|".join(map(re.escape, _joins()["portfolio_titles"]))
    return re.compile(rf"\b(?:{titles}) of $")


def _portfolios(text: str, runs: list[Any]) -> list[Any]:
    """A minister's portfolio after "<title> of" (the module's docstring): its runs dropped, the
    minister's name after a second portfolio kept from its given name on."""
    before = _portfolio_title_before()
    given = evidence().gazetteer.is_given_name
    out: list[Any] = []
    after_portfolio, last_end = False, -1
    for run in runs:
        if _plain(run) and not run.absorbed and textwindow.before(before, text, run.begin, 40) \
                and not any(given(w) for (_b, _e, w) in run.words[:1]):
            after_portfolio = True
            last_end = run.end
            continue  # "Light Industries": the office, no body
        if after_portfolio and _plain(run) and not run.absorbed and text[last_end:run.begin] == " and ":
            k = 0
            while k < len(run.words) and not given(run.words[k][2]) and common_word(run.words[k][2]):
                k += 1
            if k == len(run.words):
                continue  # "… and Trade": the second portfolio alone
            if k:
                run = rest_run(run, k)  # no registry name inside it (`not run.absorbed`)
        after_portfolio = False
        out.append(run)
    return out


def _peoples(text: str, runs: list[Any], cues: Any) -> list[Any]:
    """A people named by its own word and a noun of `people_nouns` (the module's docstring)."""
    nouns = set(_joins()["people_nouns"])
    ev = evidence()

    def own_word(w: str) -> bool:
        return ev.place_kind(w) is None and w not in cues.heads and not common_word(w) \
            and not ev.gazetteer.is_given_name(w)

    out: list[Any] = []
    for run in runs:
        words = [w for (_b, _e, w) in run.words]
        if _plain(run) and not run.absorbed and len(words) >= 2 and words[-1] in nouns \
                and all(own_word(w) for w in words[:-1]):
            prev = out[-1] if out else None
            if prev is not None and _plain(prev) and not prev.absorbed and len(prev.words) == 1 \
                    and text[prev.end:run.begin] in (" and ", ", ") and own_word(prev.words[0][2]):
                out.pop()  # "Mixe and Zoque Indians": both are peoples
            continue
        out.append(run)
    return out
