"""A firm named by a country and one word of its own ("the Kelvia Dorrex auto plant",
"a group of Kelvia Dorrex workers"; issue 10, set BV, branch ent109).

The registry's country opening the firm's name is a mention of its own and the scanner's run
starts after it: the page got the country and a made-up firm of the remaining word ("Dorrex"),
a piece of the firm. kg.nlp.entities.spans.placedfirms joins them where the article prints a
legal form after the whole; here the article prints none, and says the two are one name
otherwise: the word is one plain capitalised word (no capital inside: "NowStriking" is a photo
credit glued to a caption), no common English word nor written in lower case, the page never prints
it without the country right before it, and at least once the whole stands in a firm's frame
(kg.nlp.entities.cues.framing `firm_frame`: "the … plant", "… workers", "… management").
Then the country is absorbed into the run and the whole typed an organisation. A word printed
alone elsewhere ("Kelvia Dorrex … Dorrex said") or in no firm's frame leaves both as they were.
A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.entities.cues.framing import NONE, framing
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.joins import common_word
from kg.nlp.entities.spans.runs import Run

_PLAIN = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?")  # one capital opening it: no glued words


def country_firms(text: str, runs: list[Run], known: list[Match], lower: set[str]) -> list[Run]:
    """The runs, each one word a registry country stands right before taking the country in
    where the article says the two are one firm (module docstring)."""
    ends = {m.end: m for m in known if m.how == "name" and m.entry.kind == "country"}
    out = []
    for run in runs:
        country = ends.get(run.begin - 1)
        if country is not None and text[country.end] == " " and _one_firm(text, run, country, lower):
            word = (country.begin, country.end, text[country.begin:country.end])
            run = replace(run, begin=country.begin, words=[word, *run.words],
                          absorbed=[country, *run.absorbed], kind="organization")
        out.append(run)
    return out


def _one_firm(text: str, run: Run, country: Match, lower: set[str]) -> bool:
    if run.title or run.kind is not None or len(run.words) != 1 or country in run.absorbed:
        return False
    word = run.words[0][2]
    if not _PLAIN.fullmatch(word) or word.lower() in lower or common_word(word):
        return False  # "Myanmar NowStriking …": a credit glued to a caption's first word
    name = text[country.begin:run.end]
    alone = re.finditer(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w’'-])", text)
    if any(not text[:m.start()].endswith(text[country.begin:country.end] + " ") for m in alone):
        return False
    whole = re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])", text)
    return any(framing().firm_frame(text, m.start(), m.end(), given=True) != NONE for m in whole)
