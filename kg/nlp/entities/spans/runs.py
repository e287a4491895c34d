"""The shared pieces of new-name finding (kg.nlp.entities.names): `Run`, a run of
capitalised words on its way to a name, `NewName`, what the stage gets back, and the few small
helpers every step of it uses (a word's pattern, a run's label, a label in capitals re-cased).

They are apart so that the modules each step lives in (capruns, runbounds, andlists,
initials, nested, openers, framedkinds, namekinds) can share them without importing names.py,
which calls all of those: imports flow one way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from kg.model import Document, Span
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match

# A word: letters, then parts joined by an apostrophe, a full stop or ONE hyphen; two hyphens
# are a dash (pages to 2002 set "Hank Doyle--a pipefitter--said"), which ends the word. A colon
# between two letters, the second in lower case, is inside the word: Mohawk and other
# Iroquoian names print a long vowel so ("Tekwá:io Kelvane", branch ent129); a colon before a
# space, a digit or a capital ends the word as before ("Note: The", "3:16").
WORD = re.compile(r"[^\W\d_]\w*(?:(?:[’'.]|-(?!-)|(?<=[^\W\d_]):(?=[a-zß-öø-ÿ]))\w*)*")
SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "from", "off", "out", "by",
         "with", "at", "vs.", "vs", "nor", "but", "as"}
PLACE_KINDS = ("country", "city", "place")
Word = tuple[int, int, str]  # a word of a run: where it begins and ends in the text, as written


def span_words(text: str, begin: int, end: int, pattern: re.Pattern[str] | str = WORD) -> list[Word]:
    r"""The words `pattern` finds in text[begin:end], each with its offsets in the whole text:
    the words of a name another step read whole, as `Run.words` holds them. Each caller keeps
    its own pattern (a name's `WORD`, a bracket's `\S+`, a firm's `[^\W\d_][\w’'-]*`): what
    counts as a word there differs on purpose.

    The search runs over the text between the offsets (`finditer(text, begin, end)`), no copy:
    a lookahead stops at `end` as it would at a slice's end, but a lookbehind or `\b` sees the
    text before `begin` (which a slice hides) and `^` matches only at the text's own start: the
    two differ for such a pattern, and every pattern passed here has none."""
    rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern)
    return [(w.start(), w.end(), w.group(0)) for w in rx.finditer(text, begin, end)]


@dataclass
class NewName:
    key: str
    label: str
    kind: str
    spans: list[Span] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)


@dataclass
class Run:
    begin: int
    end: int
    words: list[tuple[int, int, str]]
    title: bool = False
    absorbed: list[Match] = field(default_factory=list)
    kind: str | None = None  # set for titles of works: the kind their cue gives
    same_as: str | None = None  # a title's repeat: the label of the title named in full


def absorbed_in(run: Run, begin: int, end: int) -> list[Match]:
    """The registry matches `run` absorbed that lie within `begin`-`end`: what a part of the run
    keeps. A match in words no longer in the part is a mention of its own again, not one riding
    with a name it is no part of. Every step that keeps a part of a run asks this (`cut_run`,
    `rest_run`, and the steps that build a part's run themselves)."""
    return [m for m in run.absorbed if begin <= m.begin and m.end <= end]


def absorbed_at(absorbed: list[Match], begin: int, end: int) -> Match | None:
    """The registry match among `absorbed` (what a run swallowed) that spans exactly
    text[begin:end], if any: where the registry, not the gazetteer, says what that span is."""
    return next((m for m in absorbed if m.begin == begin and m.end == end), None)


def span_place_kind(text: str, begin: int, end: int, absorbed: list[Match]) -> str | None:
    """The kind of text[begin:end]: a registry match the run absorbed spanning exactly it decides
    (of any kind, a place's or not), else the gazetteer's place kind, else None. One question for
    the steps that ask whether a run's words are a place or a country (kg.nlp.entities.spans.
    placetails, firmofplace); andlists `_country_unit` asks a union's country, which differs."""
    m = absorbed_at(absorbed, begin, end)
    if m is not None:
        return m.entry.kind
    return evidence().place_kind(text[begin:end])


def cut_run(run: Run, end: int) -> Run:
    """The run cut at `end` (a word's end): its words and the registry matches it absorbed up to
    there; the matches it drops are mentions of their own again."""
    return replace(run, end=end, words=[w for w in run.words if w[1] <= end],
                   absorbed=absorbed_in(run, run.begin, end))


def rest_run(run: Run, start: int, *, title: bool | None = None, kind: str | None = None) -> Run:
    """The run from its word `start` (an index into `run.words`) to its end: `cut_run`'s other
    half, what is left once the words before it are no part of the name (a sentence's opener,
    a force's head and "of", a building before its local).

    It keeps only the registry matches that begin inside the rest: those in the words cut off
    are mentions of their own again, not swallowed by a name they are no part of. It is a new
    name: no kind (the typing steps type it afresh) and no `same_as` (the run it was cut from
    may repeat a title; the rest does not). The title flag is the run's unless `title` says
    otherwise ("Senators Jane Kelvin": a plural title cut off, the rest read as after a title);
    `kind` where the step that cuts it knows what the rest is ("Campsie NSW": a state, a place).
    The words are a slice of `run.words`, so the rest is exactly the words from `start` on."""
    words = run.words[start:]
    begin = words[0][0]
    return Run(begin, run.end, words, run.title if title is None else title,
               absorbed_in(run, begin, run.end), kind=kind)


def joined_runs(text: str, runs: list[Run], word: str, joins: Callable[[Run, Run], bool],
                kind: str | None = "organization") -> list[Run]:
    """The runs with each pair that `word` alone parts (one space either side) and `joins(before,
    after)` accepts made one run of `kind`, the word one of its words: names whose own name holds
    "and" or "of" ("the Kelvo Dock and Railway Company", "… Carpenters and Joiners of America"),
    which the runs cut there. One loop for the steps that join so (`and_joined`, kg.nlp.entities.
    spans.andlists `country_after_trades`)."""
    gap = f" {word} "
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:run.begin] == gap and joins(prev, run):
            out[-1] = Run(prev.begin, run.end,
                          prev.words + [(prev.end + 1, prev.end + 1 + len(word), word)] + run.words,
                          False, prev.absorbed + run.absorbed, kind=kind)
            continue
        out.append(run)
    return out


def and_joined(text: str, runs: list[Run], joins: Callable[[Run, Run], bool],
               kind: str | None = "organization") -> list[Run]:
    """The runs with each pair that " and " parts and `joins(before, after)` accepts made one run
    of `kind` (the "and" one of its words): the joins of names whose own name holds "and" ("the
    Kelvo Dock and Railway Company", "Dorrow and Sons Roofing")."""
    return joined_runs(text, runs, "and", joins, kind)


def in_dateline(doc: Document, run: Run) -> bool:
    """"DES MOINES, Iowa—…": the page's and its items' datelines name places, in capitals."""
    return any(d.span.begin <= run.begin < d.span.end for d in doc.datelines)


def plain_run(run: Run) -> bool:
    """A run read from capitals alone: no kind a cue gave it, no work's title, no repeat of a
    title named in full. The joins of laws, treaties and programmes join only such runs."""
    return run.kind is None and not run.same_as and not run.title


def title_case(label: str) -> str:
    """"DES MOINES" → "Des Moines", "WINSTON-SALEM" → "Winston-Salem"."""
    cased = re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), label)
    return re.sub(r"(?<=\w[’'])S\b", "s", cased)  # "JOHN'S" → "John's", not "John'S"


def common_part(part: Run, cues: Cues) -> bool:
    """One word that is no given name and no place the gazetteer knows ("Chemical", "Hotel"):
    in "Chemical and Paper Workers Union" it is part of the union's name."""
    word = part.words[0][2]
    ev = evidence()
    return not ev.gazetteer.is_given_name(word) and ev.place_kind(word) is None


def run_label(text: str, run: Run) -> str:
    return re.sub(r"\s+", " ", text[run.begin:run.end])


ACRONYM_WORD = re.compile(r"[A-Z]{2,5}")
