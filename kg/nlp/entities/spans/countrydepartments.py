"""A government department named by its portfolio and its country, in that order ("Revenue
Kelvia", "Employment and Immigration Kelvia", "Fisheries and Oceans Kelvia"), as Canada has
named its federal departments and agencies since the 1970s and the paper's Canadian pages print
them: the country's name closes the department's, it is no place there.

The scanner leaves "Revenue Kelvia" one run that no head word types (a locative before it made a
place of it) and "Employment and Immigration Kelvia" two, the first field alone before "and". A
run of portfolio words (entities.toml `field_words`, or an abstract noun by its ending,
`field_suffixes`) closed by a country the gazetteer knows is one organisation, with the runs of
portfolio words joined to it by "and" or commas before it (a list of three or more portfolios,
any words, is kg.nlp.entities.spans.portfoliolists', which runs before). The word before the country must be
a noun, no adjective by its ending ("Rural Kelvia" is the country's countryside, "Atlantic
Kelvia" a region: neither word is a portfolio). A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS` (set CJ, branch ent126).

Where the country is the registry's ("Health Canada", "Employment and Immigration Canada"), its
match cut the run before it and the portfolio words were left alone (junk, or dropped as a
capital by position when they open the sentence: set CO). `registry_country_departments` reads
the same shape across the match: portfolio runs closed one space before a registry country
(written out, not "U.S.") take it in, one organisation, the country no mention of its own."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run

# what parts two portfolios of one department's name: "and", a comma, or both
_LIST_GAP = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)")


def _portfolio(word: str, cues: Cues) -> bool:
    """A portfolio's word: a field ("Revenue", "Immigration") or an abstract noun by its ending."""
    return word in cues.fields or (word[:1].isupper() and word.endswith(cues.field_suffixes))


def _department(run: Run, cues: Cues) -> bool:
    """Portfolio words then a country, the last portfolio word a noun."""
    words = [w for (_b, _e, w) in run.words]
    if len(words) < 2 or run.title or run.kind is not None or gazetteer().place_kind(words[-1]) != "country":
        return False
    return all(_portfolio(w, cues) for w in words[:-1]) and not words[-2].endswith(cues.adjective_suffixes)


def _fields_only(run: Run, cues: Cues) -> bool:
    return not run.title and bool(run.words) and all(_portfolio(w, cues) for (_b, _e, w) in run.words)


def country_departments(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The region's runs with each department so named one organisation's run (module docstring)."""
    out: list[Run] = []
    for run in runs:
        if not _department(run, cues):
            out.append(run)
            continue
        first = len(out)
        nxt = run
        while first > 0 and _fields_only(out[first - 1], cues) \
                and _LIST_GAP.fullmatch(text, out[first - 1].end, nxt.begin):
            first -= 1
            nxt = out[first]
        parts = [*out[first:], run]
        del out[first:]
        out.append(Run(parts[0].begin, run.end, [w for p in parts for w in p.words],
                       absorbed=[m for p in parts for m in p.absorbed], kind="organization"))
    return out


def registry_country_departments(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The region's runs with portfolio runs closed one space before a registry country's name
    written out ("Health Canada", "Fisheries and Oceans Canada") made one organisation's run that
    holds the country (module docstring). The last portfolio word must be a noun ("Rural Canada"
    stays the country), and the country end the name (no capitalised word glued after it)."""
    countries = {m.begin: m for m in known
                 if m.how == "name" and m.entry.kind == "country" and "." not in text[m.begin:m.end]}
    out: list[Run] = []
    for run in runs:
        out.append(run)
        country = countries.get(run.end + 1)
        if country is None or text[run.end] != " " or run.kind is not None or not _fields_only(run, cues) \
                or run.words[-1][2].endswith(cues.adjective_suffixes) \
                or re.match(r"[ \t]+[A-Z]", text[country.end:country.end + 2]):
            continue
        first = len(out) - 1
        nxt = run
        while first > 0 and _fields_only(out[first - 1], cues) \
                and _LIST_GAP.fullmatch(text, out[first - 1].end, nxt.begin):
            first -= 1
            nxt = out[first]
        parts = out[first:]
        del out[first:]
        word = (country.begin, country.end, text[country.begin:country.end])
        out.append(Run(parts[0].begin, country.end, [w for p in parts for w in p.words] + [word],
                       absorbed=[m for p in parts for m in p.absorbed] + [country], kind="organization"))
    return out
