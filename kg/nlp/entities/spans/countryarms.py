"""A multinational's arm in one country, named by the firm, the country and a legal form
("Kelvo Motors India Ltd.", "Dorrowtech Kenya Limited", "KLV New Zealand Ltd", "Kel-Mart Canada
Corp.").

The registry knows the firm ("Kelvo Motors") and the country, so the walk stopped between them:
the firm stood as a mention apart and the country with the form ("India Ltd.") as a firm of its
own, junk. `country_arms` reads a run that is a registry country (of one word or more: "New
Zealand") and a legal form of kg/data/nlp/boundaries.toml `[bracketed_forms] forms` (of one word
or more: "Pty Ltd"), one space after a registry name that is no place or after a run, as one
organisation: the firm's arm, the names inside it absorbed. The firm may also be a word the runs
leave out: its initials ("KLV Kelvia Pty Ltd", a lone acronym no run keeps) or a word with a
hyphen opening a sentence ("Kel-Mart Canada Corp. said …", a registry firm's short form dropped
there as glued to the country): the legal form after the country says the three words are one
firm's name, and a country with a form alone names no firm the paper writes of.
Frame over the 117 sets' articles: five, four of them a firm, country and form (sets DF's kind,
branch passF42, and DL's and DM's, branch passL43; the fifth a French name, "du <country>
Ltée", no firm before it). The step `country_arms` of kg.nlp.entities.spans.regionsteps
`REGION_STEPS`."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

# the firm's own word before the country, one the runs leave out: initials ("KLV", "KLV&D") or
# capitalised parts joined by hyphens ("Kel-Mart"), after a space, a line's start or an opening mark
_FIRM_WORD = re.compile(r"(?:(?<=[\s“\"‘(])|\A)([A-Z][A-Z0-9&]+|[A-Z][a-z]*(?:-[A-Z][a-z]*)+) \Z")


@cached
def _forms() -> frozenset[str]:
    return frozenset(load("boundaries")["bracketed_forms"]["forms"])


def _country_form(text: str, run: Run, countries: dict[int, int]) -> bool:
    """The run is a registry country opening it and a legal form after it, nothing else."""
    end = countries.get(run.begin)
    return not run.title and end is not None and text[end:end + 1] == " " \
        and text[end + 1:run.end] in _forms()


def country_arms(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The region's runs with each "<firm> <country> <form>" read as one organisation (module
    docstring)."""
    countries = {m.begin: m.end for m in known if m.entry.kind == "country"}
    countries.update({m.begin: m.end for run in runs for m in run.absorbed if m.entry.kind == "country"})
    firms = {m.end: m.begin for m in known if m.entry.kind not in PLACE_KINDS}
    firms.update({run.end: run.begin for run in runs if not run.title})
    spans = []
    for run in runs:
        if not _country_form(text, run, countries) or text[run.begin - 1:run.begin] != " ":
            continue
        if (begin := firms.get(run.begin - 1)) is not None:
            spans.append((begin, run.end))
        elif (m := textwindow.before(_FIRM_WORD, text, run.begin, 30)) is not None:
            spans.append((m.start(1), run.end))
    return as_runs(text, runs, spans, known, "organization") if spans else runs
