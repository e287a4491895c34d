"""A firm's legal form or group head, then "of" and a place: "controlled by Kelvoral S.A. of
Brazil", "owned by Kelvane Group of Norway". The runs walk on over "of" into the place (one
name, junk, the place absorbed), but such a head (kg/data/nlp/boundaries.toml `[firm_of_place]
heads`) ends a firm's name as printed, so "of" and the place after it say where the firm is
based: two names. The run is cut after the head; the place the run had absorbed is a registry
mention again, a country only the gazetteer knows a run of its own.

Only these heads, and a trade head before a country (`country_trade_heads`: "bought by Dorrow
Steel of Japan", set CQ's kind, branch cuts41) but for a carmaker's ("General Motors of Canada",
its arm's own name); a body's "of" part names it ("Communist Party of Kelvia"). The place is one the
registry knows, of any place kind (a country, a city, a state: "Kelvane Ltd. of Ontario"), or
a country the gazetteer knows: a town the registry lacks is left to the run walk, where
entities.toml `firm_of_town_ends` parts a firm from a city the gazetteer knows while the runs
are built (kg.nlp.entities.spans.runwalk `firm_of_town`); this step takes what the walk glued.

One rule where there were two with the same cut and two head lists (suffixofplace: legal forms
and a registry place, set BH, branch ent92; placetails `firm_of_country`: group heads and legal
forms and a country, set BF, branch ent90). A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`; the heads are data, the firms are not."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, Word, absorbed_at, cut_run, span_place_kind

_PLACE_KINDS = (*PLACE_KINDS, "state", "region")


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("boundaries")["firm_of_place"]["heads"])


def legal_form(word: str) -> bool:
    """Whether `word` is a firm's legal form or group head of `[firm_of_place] heads` ("SA",
    "AG", "Ltd."): after a name it is the firm's, whatever the name's first word."""
    return word in _heads()


@cached
def _trade_heads() -> frozenset[str]:
    """Trade heads that part a firm from a country only (`country_trade_heads`)."""
    return frozenset(load("boundaries")["firm_of_place"]["country_trade_heads"])


def _of_after_head(words: list[Word]) -> int | None:
    """The index of the first "of" right after a head with a word before it and one after it."""
    heads = _heads() | _trade_heads()
    return next((i for i in range(2, len(words) - 1)
                 if words[i][2] == "of" and words[i - 1][2] in heads), None)


def _country(text: str, run: Run, begin: int, end: int) -> bool:
    """Is text[begin:end] a country, the registry's (absorbed by the run) or the gazetteer's?"""
    return span_place_kind(text, begin, end, run.absorbed) == "country"


def _place(text: str, run: Run, begin: int, end: int) -> bool | None:
    """Whether text[begin:end] is a place the step parts off: True where the run absorbed it from
    the registry (a place of any kind), False where only the gazetteer knows it (a country);
    None where it is neither."""
    m = absorbed_at(run.absorbed, begin, end)
    if m is not None:
        return True if m.entry.kind in _PLACE_KINDS else None
    return False if evidence().place_kind(text[begin:end]) == "country" else None


def _firm_and_place(text: str, run: Run) -> list[Run] | None:
    """The firm's run, and the place's where no registry match stands for it, where `run` is
    "… S.A. of <place>", "… Group of <place>" or "… Steel of <country>"; else None."""
    at = _of_after_head(run.words)
    if at is None:
        return None
    rest = run.words[at + 1:]
    known = _place(text, run, rest[0][0], rest[-1][1])
    if known is None:
        return None
    if run.words[at - 1][2] not in _heads() and (
            not _country(text, run, rest[0][0], rest[-1][1])
            or any(not w[:1].isupper() for (_b, _e, w) in run.words[:at])):
        # a trade head parts the firm from a country only ("Dorrow Steel of Japan"), and only
        # where it ends a firm's own words: "the Association of Industries of Kelvia" is a body
        # whose "of" part the trade opens
        return None
    firm = cut_run(run, run.words[at - 1][1])
    return [firm] if known else [firm, Run(rest[0][0], rest[-1][1], rest)]


def firm_of_place(text: str, runs: list[Run]) -> list[Run]:
    """The runs with each firm "of" a place parted into the firm and the place (module
    docstring); a title or a run a cue typed stays whole."""
    out: list[Run] = []
    for run in runs:
        parts = None if run.title or run.kind is not None else _firm_and_place(text, run)
        out.extend(parts if parts else [run])
    return out
