"""Wikidata candidates for an entity, scored by name match and type compatibility.

Lookup: items whose English rdfs:label or skos:altLabel is exactly one of the entity's
names (its label first, then its aliases); with each, its description and its wdt:P31
classes with their English labels.

Score = name × type ÷ rivals.
  name   1.0 the entity's label is the item's label (0.95 in another case),
         0.85 it is one of the item's aliases; × 0.9 when the matching name is one of our
         aliases rather than our label
  type   kg/data/link/types.toml: 1.0 a P31 class fits the entity's kind, 0.6 unknown,
         0 a clash (a person is not linked to a city)
  rivals how many candidates of the entity reach 0.8 before this division: two equally good
         items halve each other, so an ambiguous name never reaches the threshold.
A candidate is suggested to the curator only if it is the entity's best and reaches the
threshold; nothing is ever linked without the curator accepting it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache

from kg.config import DATA_DIR
from kg.link.client import SparqlClient
from kg.namespaces import WD

TYPES_PATH = DATA_DIR / "link" / "types.toml"
RIVAL_FLOOR = 0.8
_QID = re.compile(r"^" + re.escape(str(WD)) + r"(Q[1-9][0-9]*)$")


@dataclass
class Target:
    """What is looked up: a registry entry or a new entity of the graph."""

    key: str
    label: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    source: str = "registry"  # registry | graph
    mentions: int = 0


@dataclass
class Candidate:
    qid: str
    label: str = ""
    description: str = ""
    types: list[str] = field(default_factory=list)
    matched: str = ""  # the name that matched
    via: str = ""  # label | alias
    score: float = 0.0
    suggested: bool = False


@cache
def type_table() -> tuple[dict[str, list[str]], dict[str, float]]:
    with TYPES_PATH.open("rb") as fh:
        data = tomllib.load(fh)
    return data["kinds"], data["factors"]


def _fits(kind: str, class_labels: list[str]) -> bool:
    kinds, _ = type_table()
    phrases = kinds.get(kind, [])
    return any(re.search(rf"\b{re.escape(p)}\b", c.lower()) for p in phrases for c in class_labels)


def type_factor(kind: str, class_labels: list[str]) -> float:
    kinds, factors = type_table()
    if kind in kinds and _fits(kind, class_labels):
        return factors["fits"]
    if kind in kinds and any(_fits(other, class_labels) for other in kinds if other != kind):
        return factors["clash"]
    return factors["unknown"]


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"@en'


def lookup_query(names: list[str]) -> str:
    values = " ".join(_literal(n) for n in names)
    return f"""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
SELECT ?item ?name ?via ?label ?description ?typeLabel WHERE {{
  VALUES ?name {{ {values} }}
  {{ ?item rdfs:label ?name . BIND("label" AS ?via) }}
  UNION {{ ?item skos:altLabel ?name . BIND("alias" AS ?via) }}
  OPTIONAL {{ ?item rdfs:label ?label . FILTER(LANG(?label) = "en") }}
  OPTIONAL {{ ?item schema:description ?description . FILTER(LANG(?description) = "en") }}
  OPTIONAL {{ ?item wdt:P31 ?type . ?type rdfs:label ?typeLabel . FILTER(LANG(?typeLabel) = "en") }}
}} LIMIT 500"""


def names_of(target: Target) -> list[str]:
    """The label first, then aliases (no acronyms of two letters: too ambiguous to look up)."""
    out = [target.label]
    for a in target.aliases:
        if a not in out and not re.fullmatch(r"[A-Z.]{1,3}", a):
            out.append(a)
    return out


def candidates(client: SparqlClient, target: Target, skip: set[str] = frozenset()) -> list[Candidate]:
    """Scored candidates of one entity, best first (items in `skip` were rejected before)."""
    names = names_of(target)
    rows = client.select(lookup_query(names))
    found: dict[str, Candidate] = {}
    for row in rows:
        m = _QID.match(row.get("item", ""))
        if not m or m.group(1) in skip:
            continue
        c = found.setdefault(m.group(1), Candidate(m.group(1)))
        c.label = c.label or row.get("label", "")
        c.description = c.description or row.get("description", "")
        t = row.get("typeLabel")
        if t and t not in c.types:
            c.types.append(t)
        score = _name_score(target, row.get("name", ""), row.get("via", ""), c.label)
        if score > _name_score(target, c.matched, c.via, c.label):
            c.matched, c.via = row.get("name", ""), row.get("via", "")
    for c in found.values():
        c.score = _name_score(target, c.matched, c.via, c.label) * type_factor(target.kind, c.types)
    rivals = sum(1 for c in found.values() if c.score >= RIVAL_FLOOR)
    for c in found.values():
        if rivals > 1 and c.score >= RIVAL_FLOOR:
            c.score /= rivals
        c.score = round(c.score, 3)
    return sorted(found.values(), key=lambda c: (-c.score, c.qid))


def _name_score(target: Target, name: str, via: str, item_label: str) -> float:
    if not name:
        return 0.0
    ours = 1.0 if name == target.label else 0.9
    if via == "label":
        base = 1.0 if name == item_label or not item_label else 0.95
    else:
        base = 0.85
    return base * ours


def suggest(cands: list[Candidate], threshold: float) -> None:
    if cands and cands[0].score >= threshold and (len(cands) == 1 or cands[1].score < cands[0].score):
        cands[0].suggested = True
