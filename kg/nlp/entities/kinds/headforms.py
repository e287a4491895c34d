"""An organisation called by its head word after its full name (issue 10: types on untuned pages).

Articles name a body in full once and then by its head word: "the Communist League … the
League’s candidates", "the Kelvin Workers Party … the Party". Alone, "League" is a common
noun the junk rules drop; after "the", capitalised, glued to no other capitalised word and
standing after the full name of exactly one organisation of the article that ends in that head,
it is a mention of that organisation. Two bodies with the same head ("the Labour Party" and "the
Green Party") make "the Party" ambiguous: it stays unlinked. The head words are data
(kg/data/nlp/kinds.toml [head_forms]).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load


@dataclass(frozen=True)
class Named:
    """An organisation of the article: its label, its key and where the article first names it."""

    label: str
    key: str
    first: int


_CONNECTOR = re.compile(r"\s+(?:of|for|to|against|in|on)\s+")


@cached
def _heads() -> frozenset[str]:
    return frozenset(load("kinds")["head_forms"]["heads"])


def head_of(label: str) -> str:
    """The head word of an organisation's label: its last word before any connector
    ("League" in "Communist League", "Federation" in "Federation of Cuban Women")."""
    words = _CONNECTOR.split(label)[0].split()
    return words[-1] if words else ""


def head_mentions(text: str, spans: list[tuple[int, int]], orgs: list[Named],
                  taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Mentions (begin, end, key) of "the <Head>" in `spans` (the article's prose and headings)
    that name the one organisation of `orgs` with that head named before them; `taken` spans
    (mentions already made) are left alone."""
    by_head: dict[str, list[Named]] = {}
    for o in orgs:
        if len(o.label.split()) > 1 and (h := head_of(o.label)) in _heads():
            by_head.setdefault(h, []).append(o)
    if not by_head:
        return []
    rx = re.compile(r"(?<![\w’'-])[Tt]he\s+(" + "|".join(map(re.escape, sorted(by_head))) + r")(?![\w-])")
    out: list[tuple[int, int, str]] = []
    for b0, e0 in spans:
        for m in rx.finditer(text, b0, e0):
            b, e = m.span(1)
            if textwindow.after(r"[ \t]+[A-Z]", text, e, 2, cut=True):
                continue  # "the League Against Racism": a longer name
            owners = {o.key for o in by_head[m.group(1)] if o.first < b}
            if len(owners) != 1 or any(tb < e and b < te for tb, te in taken):
                continue
            out.append((b, e, owners.pop()))
    return out
