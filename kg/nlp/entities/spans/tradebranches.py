"""A union's branch or division named by its members' trades: "the KWU’s Couriers and Logistics
Branch" (issue 10, set CR's kind, branch cuts41).

The runs part at "and": `andlists.merge_and` joins one word before "and" into a union's name
only before a union's head ("Chemical and Paper Workers Union"), and "Branch" is a numbered
unit's head ("Branch 12"), so the word before it is read as the name's head. The plural trade
was left a name of its own ("Couriers", untyped junk) and the rest a person ("Logistics
Branch", a speaker's apposition). One capitalised plural word that is no head, no given name and
no place the gazetteer knows, " and ", and a run of two words or more ending in a unit's head
(kg/data/nlp/boundaries.toml `[trade_branches] heads`) are one organisation's name. A part of
two words or more before "and" is left to `merge_and` (a body of its own may stand there: "the
Brotherhood of Kelvo Engineers and Trainmen and Dorrow Transportation Division" names two).
A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`; the heads are data."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run, and_joined, common_part


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("boundaries")["trade_branches"]["heads"])


def _plural_trade(run: Run, cues: Cues) -> bool:
    """One capitalised plural word, no head, no registry name, no given name or place."""
    if len(run.words) != 1 or run.title or run.kind is not None or run.absorbed:
        return False
    word = run.words[0][2]
    return word[:1].isupper() and word.endswith("s") and not word.isupper() \
        and word not in cues.heads and common_part(run, cues)


def _branch(run: Run) -> bool:
    """Two words or more ending in a unit's head, untitled, untyped or an organisation."""
    return len(run.words) > 1 and not run.title and run.kind in (None, "organization") \
        and run.words[-1][2] in _heads()


def trade_branches(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs, each "<Trades> and <…> Branch" read as one organisation in place of its two
    (`and_joined`: the "and" one of its words, as every name joined at "and" keeps it)."""
    return and_joined(text, runs, lambda trades, branch: _plural_trade(trades, cues) and _branch(branch))
