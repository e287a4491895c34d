"""A Spanish, Portuguese or French body's name whose "de" part lists trades with commas.

"Federación Nacional de Obreros Textiles, Tintoreros y Afines del Kelvo", "Sindicato de
Estivadores, Conferentes e Vigias de Dorrow": such a union names every trade it organises,
joined by commas and closed by the language's "and" ("y", "e", "et"), then often "del" (of the)
and its country. The runs stopped at the first comma, kept the body with its first trade, and
read the rest as names of their own ("Tintoreros y Afines": junk) with the country apart.

The shape, not a list of trade words, says it (set AV, branch ent76): a run opening with an
organisation's leading head of those languages (kg/data/nlp/entities.toml
`[leading_head_types] organization`, or a head of `[foreign_names] heads` in boundaries.toml)
whose words hold a lower-case "de" word (`[trade_lists] of_words`: the "of" part opens there),
then one comma or more each before one or two capitalised words, the last item after the
language's "and" (`and_words`), and optionally "del", "de la" … (`place_words`) before one to
three capitalised words: the country or region, a registry place or not. No lower-case word but
those may stand inside, and no capitalised word may follow the stretch: "the Sindicato de
Estivadores, Ana Kelvo and …" is no such list (an English "and" is no item's join), and
no word of the list (the place aside) is a given name ("…, Ana Dorrow y Luis Kelvo" lists
people). The English gloss of such a name is read by
kg.nlp.entities.spans.andlists (`_trades_of`).

The step `trade_lists` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps) runs it after the
long bodies; `as_runs` (kg.nlp.entities.spans.capruns) puts one run in place of the pieces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import foreign
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

_CAPITAL = re.compile(rf"(?<![\w’'-])[{UPPER}][\w’'-]*")


@dataclass(frozen=True)
class _Words:
    of_words: frozenset[str]
    pattern: re.Pattern[str]


def _alternatives(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@cached
def _words() -> _Words:
    c = load("boundaries")["trade_lists"]
    item = rf"[{UPPER}][\w’'-]*(?:[ \u00a0][{UPPER}][\w’'-]*)?"
    place = rf"[{UPPER}][\w’'-]*(?:[ \u00a0][{UPPER}][\w’'-]*){{0,2}}"
    pattern = re.compile(
        rf"(?P<items>(?:,[ \u00a0]{item})+,?[ \u00a0](?:{_alternatives(c['and_words'])})[ \u00a0]{item})"
        rf"(?:[ \u00a0](?:{_alternatives(c['place_words'])})[ \u00a0]{place})?"
        rf"(?![\w’'-]|[ \u00a0]+[{UPPER}])")
    return _Words(frozenset(c["of_words"]), pattern)


def _opens_a_body(run: Run, cues: Cues) -> bool:
    """The run opens with a leading head of an organisation ("Federación", "Sindicato") and
    holds a lower-case "of" word ("de") that opens its list."""
    first = run.words[0][2]
    if not (cues.leading_heads.get(first) == "organization" or foreign.is_head(first)):
        return False
    return any(w in _words().of_words for (_b, _e, w) in run.words[1:])


def _spans(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[tuple[int, int]]:
    out = []
    for run in runs:
        if run.title or len(run.words) < 3 or not _opens_a_body(run, cues):
            continue
        m = _words().pattern.match(text, run.end, r.end)
        if m is None:
            continue
        # a registry name inside the list, other than the place closing it, is no trade
        if any(run.end <= k.begin < m.end() and k.entry.kind not in ("country", "city", "place")
               for k in known):
            continue
        if any(gazetteer().is_given_name(w) for w in _CAPITAL.findall(m.group("items"))):
            continue  # "…, Ana Dorrow y Luis Kelvo": people listed, no trades
        out.append((run.begin, m.end()))
    return out


def trade_lists(text: str, r: Region, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The region's runs with each such body's name read whole in place of its pieces."""
    return as_runs(text, runs, _spans(text, r, runs, known, cues), known, "organization")
