"""A chain's hotel (or casino, resort) named by the chain and the city it stands in: "the Kelvo
Regency Dorrstad", "Tallow Dorrstad", "Kelvo Hotels Las Dorras" (set CX's kind, pass42).

Hotel chains name each of their houses by the chain's name (with its line's word, "Regency",
"Grand") and the city: a building where strikers picket and housekeepers work, a place, as the
held-out gold lists such names (BE, C, V, CX). Nothing in the words says so but the page: the
chain is a firm the same article names ("Kelvo Hotels Corp.", "Tallow Worldwide", the chain's
name alone typed an organisation), and the page speaks of hotels, casinos or resorts in lower
case (kinds.toml `[chain_sites] nouns`). Or the chain's own name ends in a building's plural
head ("Kelvo Hotels Las Dorras"). The last words of the name are a city the gazetteer knows.
The name less its city ("the Kelvo Regency", two words or more) is the same house again.

Without the firm and the noun, "Kelvo Dorrstad" is left to the other rules (a person whose
surname is a town, a firm named for its town). A declared step of kg.nlp.entities.kinds.resolve
`KIND_STEPS`, the last: a chain's house had been read as two family names or as the chain."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


@cached
def _data() -> dict:
    return load("kinds")["chain_sites"]


@cached
def _nouns() -> re.Pattern[str]:
    """The page's lower-case nouns for a chain's houses, compiled once (not per document)."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, _data()["nouns"])) + r")\b")


def chain_sites(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each chain's house (module docstring) made a place, weakly, with its name less the city."""
    if not _nouns().search(ctx.text):
        return
    firms = {label for label, (kind, _s) in kinds.of.items() if kind == "organization"}
    firms |= {ctx.text[b:e] for b, e, k in kinds.typed if k == "organization"}
    sites: set[str] = set()
    for _run, label, _k in kept:
        chain = _chain_before_city(ctx, label)
        if chain and not kinds.of[label][1] and (
                chain[-1] in _data()["heads"] or _named_firm(chain[0], label, firms)):
            kinds.of[label] = ("place", False)
            if len(chain) >= 2:
                sites.add(" ".join(chain))
    for label in sites:
        if label in kinds.of and not kinds.of[label][1]:
            kinds.of[label] = ("place", False)


def _chain_before_city(ctx: NameContext, label: str) -> list[str] | None:
    """The words before the city that ends `label` (one or two of them, capitalised, no given
    name's person: the city of one to three words the gazetteer knows as a city), or None."""
    words = label.split()
    for n in (1, 2, 3):
        chain, city = words[:-n], " ".join(words[-n:])
        if 1 <= len(chain) <= 2 and all(w[:1].isupper() for w in chain) \
                and ctx.ev.place_kind(city) == "city" and ctx.ev.place_kind(" ".join(chain)) is None:
            return chain
    return None


def _named_firm(first: str, label: str, firms: set[str]) -> bool:
    """The chain's first word is a firm the page names alone or opening a longer firm's name
    ("Kelvo", "Kelvo Hotels Corp."), not this name itself."""
    return any(f != label and (f == first or f.startswith(first + " ")) for f in firms)
