"""A long body's name its acronym spells, read through the commas, hyphens and extra words
that kg.nlp.entities.spans.andinitials leaves alone (set BC, branch ent84).

andinitials joins a name cut at "and" or "of" when its acronym spells every capitalised word.
Unions' long names are longer still: a list of trades with commas inside the name ("the Kelvo
Welders, Lathe, Dock and Transit Workers’ Tallin Division" after "KWLD-TD, the"), two bodies'
names glued by a hyphen as their acronyms are ("the Kelvo Dancers Guild-American Federation of
Theater and Radio Artists" after "KDG-AFTRA, the"), a word the acronym leaves out ("Workers’",
or a branch's "North" after the letters are all spelled), a registry place inside ("the
Metropolitan Dorrow Bus Authority (MDBA)", with "Dorrow" known alone). The runs cut such a name
at its commas, its "and" or its registry place, and keep the pieces as junk.

The acronym says how far the name goes, so the rule is the letters, not a list of names:

* printed first, the long name in apposition after ", the": the words from there on, split at
  spaces and hyphens, spell the acronym's letters (its hyphens left out) in order; the small
  words of `initials_skip` ("of", "and") spell nothing; a comma goes on inside the name only
  while letters are left to spell; a capitalised word that spells no letter is allowed, one for
  every three letters; once all are spelled, the capitalised words glued on ("… Workers North")
  end the name, which punctuation or a lower-case word must close;
* in brackets right after the name: the words before the bracket spell the letters exactly,
  the small words aside, no comma among them.

The stretch becomes one organisation's run in place of the pieces; a registry name wholly
inside is taken into it (absorbed, as andinitials absorbs one), one across its edge, a title,
or a piece reaching out of it leaves the runs as they were. An acronym printed first with a
hyphen ("SEIU-KHW") is one name too, even where the registry knows its first part ("SEIU"):
the part alone was a piece of it. Apart from andinitials, whose stricter reading runs first;
both walk the words with kg.nlp.entities.spans.acronymwalk, each with its own `Spelling`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.acronymwalk import BRACKETED, CLOSED, PIECE, Spelling, spell
from kg.nlp.entities.spans.andlists import merge_and
from kg.nlp.entities.spans.runs import Run, absorbed_in, rest_run
from kg.nlp.entities.spans.textspan import Region

# "KWLD-TD, the …": an acronym of one or two parts before the long name in apposition
_FIRST = re.compile(rf"(?<![\w’'.-])([{UPPER}]{{2,6}}(?:-[{UPPER}]{{2,6}})?), the ")
# small words that set a place after a name, not inside it ("… Rights in the Dorrow Valley
# (CWRDV)": the place the name is in; kg.nlp.entities.spans.initials reads "… in Kelvia (MINKEL)")
_PLACED = frozenset({"in"})
_SPAN = 200  # the farthest a long name reaches from its acronym, in characters
# a space or a hyphen parts two words of the name; a comma, while letters are left to spell
_FORWARD_GAP = re.compile(r"[ -]|, ")
_BACKWARD_GAP = re.compile(r"[ -]")


def _forward(text: str, r: Region, a: re.Match, cues: Cues) -> list[re.Match] | None:
    """The pieces after the acronym printed first `a` that spell its letters as the module
    says (the small words only after a space; a capitalised word spelling none allowed, one for
    every three letters; capitalised words glued on after the last), closed by punctuation or
    a lower-case word; or None."""
    begin = a.end()  # after ", the ": the walk reads the space after "the" as the first gap
    how = Spelling(gap=_FORWARD_GAP, small=cues.initials_skip, small_lower=True, small_after=" ",
                   spare_every=3, glued=True)
    words = list(PIECE.finditer(text, begin, min(r.end, begin + _SPAN)))
    picked = spell(text, words, begin - 1, a.group(1).replace("-", ""), how, forward=True)
    return picked if picked and CLOSED.match(text, picked[-1].end()) else None


def _backward(text: str, r: Region, a: re.Match, cues: Cues) -> list[re.Match] | None:
    """The pieces right before the bracketed acronym `a` that spell it exactly, the small
    words aside and no comma among them, or None; None too when "in" stands among them (the
    place the name is in) or the stretch starts inside a hyphened word."""
    how = Spelling(gap=_BACKWARD_GAP, small=cues.initials_skip, small_lower=True, stops=_PLACED)
    bracket = a.start() + 1  # `BRACKETED` opens with the space before it
    words = list(PIECE.finditer(text, max(r.begin, a.start() - _SPAN), a.start()))
    picked = spell(text, words, bracket, a.group(1), how, forward=False)
    if picked is None:
        return None
    b = picked[0].start()
    if b > 0 and text[b - 1] in "-’'" or b > 1 and text[b - 1] == " " and text[b - 2] == "-":
        return None  # the stretch starts inside a hyphened word
    return picked


def one_run(text: str, b: int, e: int, words: list[tuple[int, int, str]], out: list[Run],
             taken: list, cues: Cues) -> list[Run]:
    """`out` with the runs inside `b`-`e` made one organisation's run, registry names wholly
    inside absorbed, a piece running on past its closing comma cut there (`_rest_after`); `out`
    as it was when the runs or one registry name hold it as one already, when a piece reaches out
    of it otherwise or
    is a title, or a registry name or title crosses its edge."""
    inside = [m for m in taken if m.begin < e and b < m.end]
    if any(m.begin < b or m.end > e or getattr(m, "entry", None) is None for m in inside):
        return out
    pieces = [x for x in out if x.begin < e and b < x.end]
    rest = _rest_after(text, e, pieces)
    if len(pieces) == 1 and (pieces[0].begin, pieces[0].end) == (b, e) \
            or not pieces and (not inside or any((m.begin, m.end) == (b, e) for m in inside)) \
            or any(x.title or x.begin < b or x.end > e and rest is None for x in pieces):
        return out
    joined = Run(b, e, words, absorbed=[m for x in pieces for m in x.absorbed] + inside,
                 kind="organization")
    kept = sorted([x for x in out if x not in pieces] + [joined] + ([rest] if rest else []),
                  key=lambda x: x.begin)
    return _rejoined(text, kept, rest, cues)


def _rest_after(text: str, e: int, pieces: list[Run]) -> Run | None:
    """"… Workers North, and Office": the words of the piece that runs on past the name's
    end over its closing comma, from the first capitalised one after it, as a run of their own
    (None when no piece runs on so, or no capitalised word is left)."""
    over = [x for x in pieces if x.end > e]
    if len(over) != 1 or over[0].title or text[e:e + 1] != ",":
        return None
    words = [w for w in over[0].words if w[0] > e]
    while words and not words[0][2][:1].isupper():
        words.pop(0)
    return Run(words[0][0], over[0].end, words) if words else None


def _rejoined(text: str, runs: list[Run], rest: Run | None, cues: Cues) -> list[Run]:
    """`runs` with the rest of a cut piece joined to the run after it by "and" when the "and"
    lists read them as one name ("Office and Dock Employees … Local 12": kg.nlp.entities.spans.
    andlists `merge_and`), as they would have had the piece not taken it first."""
    if rest is None:
        return runs
    at = runs.index(rest)
    if at + 1 < len(runs) and text[rest.end:runs[at + 1].begin] == " and ":
        merged = merge_and(text, [rest, runs[at + 1]], cues)
        if len(merged) == 1:
            return runs[:at] + merged + runs[at + 2:]
    return runs


def _words(picked: list[re.Match]) -> list[tuple[int, int, str]]:
    return [(t.start(), t.end(), t.group(0)) for t in picked]


def spelled_acronyms(text: str, r: Region, runs: list[Run], taken: list, cues: Cues) -> list[Run]:
    """The region's runs with each long name its acronym spells (forward after ", the" or back
    from a bracket) read as one organisation's run, and a hyphened acronym printed first read
    whole."""
    out = list(runs)
    for a in _FIRST.finditer(text, r.begin, r.end):
        picked = _forward(text, r, a, cues)
        if not picked:
            continue
        out = one_run(text, picked[0].start(), picked[-1].end(), _words(picked), out, taken, cues)
        if "-" in a.group(1):
            out = one_run(text, a.start(1), a.end(1), [(a.start(1), a.end(1), a.group(1))], out, taken, cues)
    for a in BRACKETED.finditer(text, r.begin, r.end):
        picked = _backward(text, r, a, cues)
        if picked:
            out = one_run(text, picked[0].start(), picked[-1].end(), _words(picked), out, taken, cues)
    return out


# "KDG-AFTRA and Stage Guild": an acronym, "and", a capitalised word
_ACRONYM_AND = re.compile(rf"([{UPPER}]{{2,8}}(?:-[{UPPER}]{{2,8}})?) and (?=[{UPPER}])")


def acronym_and_name(text: str, runs: list[Run]) -> list[Run]:
    """"Members of KDG-AFTRA and Stage Guild picketed": a run that opens with an acronym and
    goes on after "and" names two bodies, the acronym and the name after "and" (an acronym
    is a whole name, never the first word of a longer one). The run becomes two; a title is
    left alone."""
    out: list[Run] = []
    for run in runs:
        m = _ACRONYM_AND.match(text, run.begin)
        if m is None or run.title or m.end() >= run.end or len(run.words) < 3:
            out.append(run)
            continue
        rest = [w for w in run.words if w[0] >= m.end()]
        if not rest:
            out.append(run)
            continue
        out.append(Run(run.begin, m.end(1), [(run.begin, m.end(1), m.group(1))],
                       absorbed=absorbed_in(run, run.begin, m.end(1))))
        out.append(rest_run(run, len(run.words) - len(rest)))
    return out
