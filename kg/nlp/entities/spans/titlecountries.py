"""A country's name before a plural common noun in a Title Case line ("Ten Years in Kelvian
Jails", "Twelve Years in U.S. Prisons" in a forum listing): the country and the title's noun,
no body named for its country (ent111, set BX).

In running text the noun is written small ("U.S. prisons") and the run holds the country alone;
a listing's title capitalises every word, so the run takes the noun too and `country_firm`
(kg.nlp.entities.kinds.contextrules) types "U.S. Pipe" a firm named for its country. A firm's
name is one word of its own ("U.S. Pipe", "U.S. Steel", the registry's); a title's noun in the
plural is a common noun for many things of that country ("Prisons", "Farmers", "Bases"). So in a
line set in Title Case (kg.nlp.entities.spans.titlecase) a run of two words, a registry country
and a plural common word, is cut to the country, unless the page prints the pair elsewhere too.
kg.nlp.entities.spans.regionsteps runs `country_before_title_plural` after the runs are joined.
"""

from __future__ import annotations

from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.openers import title_cased
from kg.nlp.entities.spans.runs import Run, cut_run
from kg.nlp.entities.spans.textspan import Region, TextIndex
from kg.nlp.entities.spans.titlecase import common_in_title, is_title_case


def country_before_title_plural(text: str, region: Region, runs: list[Run], tx: TextIndex) -> list[Run]:
    """The runs of one region, each country glued to a plural common noun in a Title Case line
    cut to the country."""
    out = []
    for run in runs:
        country = _country_opening(run)
        if country is not None and _title_plural(run.words[1][2]) \
                and text.count(text[run.begin:run.end]) == 1 and _in_title(text, region, run, tx):
            run = cut_run(run, country.end)
        out.append(run)
    return out


def _in_title(text: str, region: Region, run: Run, tx: TextIndex) -> bool:
    """A headline or an item's title set in Title Case, or a prose line's sentence that is."""
    if region.kind in ("headline", "deck"):
        return title_cased(text[region.begin:region.end])
    b, e = tx.sentence_bounds(run.begin)
    line_begin = max(b, text.rfind("\n", 0, run.begin) + 1)
    line_end = text.find("\n", run.begin)
    return is_title_case(text[line_begin:e if line_end < 0 else min(e, line_end)])


def _country_opening(run: Run) -> Match | None:
    """The registry country that is the run's first word of two, if any."""
    if len(run.words) != 2 or run.kind is not None or run.title:
        return None
    b, e, _w = run.words[0]
    return next((m for m in run.absorbed if m.entry.kind == "country" and (m.begin, m.end) == (b, e)), None)


def _title_plural(word: str) -> bool:
    """"Prisons", "Bases": a common word in the plural, capitalised by the title."""
    return word[:1].isupper() and word[1:].islower() and word.endswith("s") and not word.endswith("ss") \
        and common_in_title(word)
