"""Firms whose own name holds "and" before a word that names no firm alone: "Kelvo and Sons
Roofing", "Dorrow Property Management and Holdings" (set CT, branch ent142).

The runs stop at "and", and `merge_and` (kg.nlp.entities.spans.andlists) keeps a list apart where
the part after "and" names something of its own, so the name came out in two halves: "Kelvo" (a
body by the "and" beside it) and "Sons Roofing" (untyped), or "Dorrow Property Management" and
"Holdings" (a firm's form alone, junk). Two shapes of the paper's firms' names, each one
organisation:

- a family firm: one capitalised word that names nothing known (no registry name, given name,
  known place, head, group word or word the article writes in lower case: a founder's surname),
  " and ", and a run that a family word opens (boundaries.toml `[and_firms] family_words`: "Sons",
  "Brothers"; the sons alone name no firm), with its trade's words after it or none;
- a holding: a run of two words or more ending in an organisation's head (a firm's name), " and ",
  and one word of `[and_firms] closers` ("Holdings", "Associates") that ends the name (no
  capitalised word after it): that word alone names nothing.

"Peabody and Arch Coal", "Maersk and Mediterranean Shipping Co." stay two firms: the word after
"and" is no family word. The step `and_firms` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps)."""

from __future__ import annotations

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run, and_joined, common_part, plain_run


@cached
def _data() -> dict[str, frozenset[str]]:
    """The family words and the closers of kg/data/nlp/boundaries.toml `[and_firms]`."""
    d = load("boundaries")["and_firms"]
    return {"family": frozenset(d["family_words"]), "closers": frozenset(d["closers"])}


def and_firms(text: str, runs: list[Run], cues: Cues, lower: set[str]) -> list[Run]:
    """The runs with each family firm or holding named with "and" made one organisation (module
    docstring)."""
    return and_joined(text, runs, lambda prev, run: plain_run(prev) and plain_run(run) and (
        _family(prev, run, cues, lower) or _holding(text, prev, run, cues)))


def _family(founder: Run, rest: Run, cues: Cues, lower: set[str]) -> bool:
    """A founder's surname alone, then a run a family word opens, every word capitalised."""
    if len(founder.words) != 1 or founder.absorbed or rest.words[0][2] not in _data()["family"] \
            or not all(w[:1].isupper() for (_b, _e, w) in rest.words) \
            or cues.heads.get(rest.words[-1][2]) not in (None, "organization"):
        return False  # "the Kelvo and Sons March": an event's head names no firm
    word = founder.words[0][2]
    return common_part(founder, cues) and word.lower() not in lower and word not in cues.heads \
        and not cues.group(word)


def _holding(text: str, firm: Run, rest: Run, cues: Cues) -> bool:
    """A firm's name of two words or more ending in an organisation's head, then one closer
    ending the name."""
    return len(firm.words) >= 2 and cues.heads.get(firm.words[-1][2]) == "organization" \
        and len(rest.words) == 1 and rest.words[0][2] in _data()["closers"] and not rest.absorbed \
        and not textwindow.after(r" [A-Z]", text, rest.end, 2, cut=True)
