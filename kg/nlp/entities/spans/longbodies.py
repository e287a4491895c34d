"""Long body names the runs of capitalised words cut at a conjunction, a bracket or a dash.

Three shapes the paper prints, each read as one organisation's name (the words are data,
kg/data/nlp/boundaries.toml [long_bodies]; sets AP/AQ, branch ent66):

* a suspended hyphen in a Dutch, German, Nordic or Finnish compound: "Bouw- en Houtbond
  Gelderland", "Koulu- ja Opetusalan Liitto". The hyphen word leaves its second part to the
  next word, so the hyphen word, the conjunction and the run after it are one name (the runs
  kept the hyphen word alone, junk, and the rest without it);
* an inclusive ending glued on a Spanish or Portuguese noun and the list going on after it:
  "Sindicato de Maestras(os) y Trabajadores de la Educación", cut at the bracket;
* a gloss in brackets right after a name, in capitals and small words with an organisation's
  head ("… (Alliance in Defense of Rivers and Forests)"), cut at "in" or "and": the gloss
  names the body whole, as the name before it does; two names joined by a dash with no space
  ("the Kelvian Workers Federation–Union Central"), a body named in two languages or by its
  two parts, likewise, and a union's name and a registry union's after the dash, two unions
  merged into one.

Each reads the text after the runs are found (kg.nlp.entities.names calls `long_bodies` once
per region) and hands the spans to `as_runs` (kg.nlp.entities.spans.capruns), which puts one
run in place of those it covers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import foreign
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

_CAP_WORD = re.compile(rf"[{UPPER}][\w’'-]*")
_DASHES = "–—"
# the en dash joins two names into one; the em dash glued to words is the paper's parenthesis too
_JOINING_DASH = "–"
_GLOSS = re.compile(r"(?<=[^\W\d_)]) \(([^()\n]{8,160})\)")


@dataclass(frozen=True)
class _Words:
    suspended: frozenset[str]
    endings: tuple[str, ...]
    inclusive_joins: frozenset[str]
    gloss: frozenset[str]
    cuts: frozenset[str]
    unions: frozenset[str]


@cached
def _words() -> _Words:
    c = load("boundaries")["long_bodies"]
    return _Words(frozenset(c["suspended_joins"]), tuple(c["inclusive_endings"]),
                  frozenset(c["inclusive_joins"]), frozenset(c["gloss_words"]), frozenset(c["gloss_cuts"]),
                  frozenset(c["merged_union_words"]))


def _org_head(word: str, cues: Cues) -> bool:
    return cues.heads.get(word) == "organization" or word in cues.and_single or foreign.is_head(word)


def _run_at(runs: list[Run], at: int) -> Run | None:
    return next((run for run in runs if run.begin == at), None)


@cached
def _suspended_pattern() -> re.Pattern[str]:
    """A capitalised word ending in a hyphen, a conjunction of `suspended_joins`, a capital next
    (built once from the data, as the module's other patterns)."""
    joins = "|".join(map(re.escape, sorted(_words().suspended, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])[{UPPER}]\w+-[ \u00a0]+(?:{joins})[ \u00a0]+(?=[{UPPER}])")


def _suspended(text: str, r: Region, runs: list[Run]) -> list[tuple[int, int]]:
    """"Bouw- en Houtbond Gelderland": a capitalised word ending in a hyphen, a conjunction of
    `suspended_joins` and a run opening with a capital: the span over all three."""
    out = []
    for m in _suspended_pattern().finditer(text, r.begin, r.end):
        # the run after the conjunction, or one the scanner already ran on over it (then
        # typed here all the same: a sentence's opener is no common word to drop)
        nxt = next((run for run in runs if run.begin <= m.end() < run.end), None)
        if nxt is not None and nxt.begin in (m.start(), m.end()):
            out.append((m.start(), nxt.end))
    return out


def _inclusive(text: str, runs: list[Run]) -> list[tuple[int, int]]:
    """"Maestras(os) y Trabajadores de la Educación": a run ending right before an inclusive
    ending, a conjunction of `inclusive_joins` and a run after it: the span over both runs."""
    w = _words()
    out = []
    for run in runs:
        ending = next((e for e in w.endings if text.startswith(e, run.end)), None)
        if ending is None:
            continue
        m = re.match(r"[ \u00a0]+(\w+)[ \u00a0]+", text[run.end + len(ending):])
        if not m or m.group(1) not in w.inclusive_joins:
            continue
        nxt = _run_at(runs, run.end + len(ending) + m.end())
        if nxt is not None:
            out.append((run.begin, nxt.end))
    return out


def _gloss_words(stretch: str, cues: Cues) -> bool:
    """Capitalised words and `gloss_words` only, a capital first and last, three words or more,
    a word the runs cut at (`gloss_cuts` or a dash) and an organisation's head among them."""
    w = _words()
    words = re.split(rf"[ \u00a0]+|(?<=\w)[{_DASHES}](?=\w)", stretch)
    if len(words) < 3 or not all(_CAP_WORD.fullmatch(x) or x in w.gloss for x in words) \
            or not _CAP_WORD.fullmatch(words[0]) or not _CAP_WORD.fullmatch(words[-1]):
        return False
    cut = any(x in w.cuts for x in words) or any(d in stretch for d in _DASHES)
    return cut and any(_org_head(x.rstrip("’'s"), cues) or _org_head(x, cues) for x in words)


def _glosses(text: str, r: Region, runs: list[Run], cues: Cues) -> list[tuple[int, int]]:
    """"Frente de Defensa del Río (Alliance in Defense of Rivers and Forests)": a bracket right
    after a capitalised word or a run, its contents a body's name in full (`_gloss_words`)."""
    out = []
    for m in _GLOSS.finditer(text, r.begin, r.end):
        if _gloss_words(m.group(1), cues):
            out.append((m.start(1), m.end(1)))
    return out


def _dashed(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[tuple[int, int]]:
    """"the Kelvian Workers Federation–Union Central": two runs of two words or more glued by a
    dash with no space, an organisation's head in one of them: one name. So too a run ending in
    a union's word (`merged_union_words`) and a registry union's name of two words or more after
    an en dash, two unions merged into one ("the Kelvo Furniture Workers–Communications Workers
    of America"; set CQ's kind, branch cuts41): the merged union, the registry body's name
    absorbed. Not after an em dash, which the paper glues to words as a parenthesis too."""
    bodies = {m.begin: m for m in known if m.entry.kind == "organization" and m.how == "name"
              and " " in text[m.begin:m.end]}
    out = []
    for run in runs:
        if len(run.words) < 2 or run.end >= len(text) or text[run.end] not in _DASHES or run.title:
            continue
        nxt = _run_at(runs, run.end + 1)
        body = bodies.get(run.end + 1)
        if nxt is None and body is not None:
            unions = _words().unions
            if text[run.end] == _JOINING_DASH and run.words[-1][2] in unions \
                    and unions & set(text[body.begin:body.end].split()):
                out.append((run.begin, body.end))
            continue
        if nxt is None or len(nxt.words) < 2 or nxt.title:
            continue
        if any(_org_head(w, cues) for (_b, _e, w) in run.words + nxt.words):
            out.append((run.begin, nxt.end))
    return out


def long_bodies(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The region's runs with each long body's name read whole in place of its pieces."""
    runs = as_runs(text, runs, _suspended(text, r, runs), known, "organization")
    runs = as_runs(text, runs, _inclusive(text, runs), known, "organization")
    runs = as_runs(text, runs, _dashed(text, runs, known, cues), known, "organization")
    return as_runs(text, runs, _glosses(text, r, runs, cues), known, "organization")
