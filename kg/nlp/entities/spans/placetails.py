"""Two tails the runs glue after a name that belong to no name (set BF's junk, branch ent90):

- `firm_of_country`: "owned by Kelvane Group of Norway": a firm's legal form or group head
  (kg/data/nlp/boundaries.toml `[firm_of_country] heads`), "of" and a country the registry or
  the gazetteer knows are the firm, then where it is based: two names, as entities.toml
  `firm_of_town_ends` parts a firm from its city while the runs are built.
- `pronoun_tails`: "In Lisbon I worked nights": a place and the pronoun "I" after it
  (`[pronoun_tail] words`) before a lower-case word: the place alone, the speaker dropped.
  A place takes no numeral, so "World War I" and "Pope Kelvin I" stay whole.

Declared steps of kg.nlp.entities.spans.regionsteps `REGION_STEPS`; the heads and the pronoun
are data, the places come from the registry and the gazetteer."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run, cut_run


@cached
def _firm_heads() -> frozenset[str]:
    return frozenset(load("boundaries")["firm_of_country"]["heads"])


@cached
def _pronouns() -> frozenset[str]:
    return frozenset(load("boundaries")["pronoun_tail"]["words"])


def _place_kind(text: str, begin: int, end: int, absorbed: list[Match]) -> str | None:
    """The kind of the place text[begin:end] names: a registry match the run absorbed there,
    else the gazetteer's kind, else None."""
    m = next((m for m in absorbed if m.begin == begin and m.end == end), None)
    if m is not None:
        return m.entry.kind
    return evidence().place_kind(text[begin:end])


def _firm_and_country(text: str, run: Run) -> list[Run] | None:
    """The firm's run and the country's, where `run` is "… Group of <country>"; else None."""
    words = run.words
    at = next((i for i in range(1, len(words) - 1)
               if words[i][2] == "of" and words[i - 1][2] in _firm_heads()), None)
    if at is None or at < 2:
        return None
    rest = words[at + 1:]
    if _place_kind(text, rest[0][0], rest[-1][1], run.absorbed) != "country":
        return None
    firm = cut_run(run, words[at - 1][1])
    known = [m for m in run.absorbed if m.begin == rest[0][0] and m.end == rest[-1][1]]
    return [firm] if known else [firm, Run(rest[0][0], rest[-1][1], rest)]


def firm_of_country(text: str, runs: list[Run]) -> list[Run]:
    """The runs with each firm "of" a country parted into the firm and the country (the
    country a registry mention again where the run had absorbed it)."""
    out: list[Run] = []
    for run in runs:
        parts = None if run.title or run.kind is not None else _firm_and_country(text, run)
        out.extend(parts if parts else [run])
    return out


def _lower_after(text: str, end: int) -> bool:
    """Whether a lower-case word follows `end` after one space."""
    return text[end:end + 1] == " " and text[end + 1:end + 2].islower()


def pronoun_tails(text: str, runs: list[Run]) -> list[Run]:
    """The runs with a pronoun "I" after a place, before a lower-case word, cut off."""
    out: list[Run] = []
    for run in runs:
        words = run.words
        if run.title or run.kind is not None or len(words) < 2 or words[-1][2] not in _pronouns() \
                or not _lower_after(text, run.end) \
                or _place_kind(text, run.begin, words[-2][1], run.absorbed) not in (*PLACE_KINDS, "state"):
            out.append(run)
            continue
        out.append(cut_run(run, words[-2][1]))
    return out
