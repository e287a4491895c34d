"""Hospitals: names that are a place and an organisation at once (issue 10).

A hospital is a building and the body that runs it: nurses strike *against* the hospital and
rally *at* it, and schema.org's `schema:Hospital` is both a `schema:CivicStructure` (a Place)
and a `schema:MedicalOrganization` (an Organization). The rules that find names type a
"… Hospital" an organisation by its head word (kg/data/nlp/entities.toml `[head_types]`) or a
place by its frame ("a rally at the Kelvo Hospital"); either is half right. Once the names of
an article are found, a new name typed either way whose head words make a hospital (kg/data/
nlp/kinds.toml `[hospitals]`) gets the kind `hospital`, which kg.rdf.entities types with all
three classes.

The refinement runs last, so every rule in between still reads the name as the organisation
or place it found (those rules know no third kind), and a body whose name only holds the word
("the Kelvo Hospital Workers Union") keeps the kind its own head gives it. Registry entries keep
their curated kind (the registry may say `hospital` itself).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.annotations import Entity, Mention
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.gazetteer import gazetteer

HOSPITAL = "hospital"
# the kinds a rule may give a hospital's name: the body by its head word, the building by its frame
_REFINED_KINDS = ("organization", "place")


@dataclass(frozen=True)
class _HospitalCues:
    heads: frozenset[str]  # a name's last word ("Hospital", "Infirmary")
    compound_heads: frozenset[str]  # a name's two last words ("Medical Center")
    leading_heads: frozenset[str]  # a name's first word in French, Spanish, Italian ("Hôpital")
    body_heads: frozenset[str]  # an organisation's head words: a name ending on one is that body


@cached
def _cues() -> _HospitalCues:
    c = load("kinds")["hospitals"]
    return _HospitalCues(frozenset(c["heads"]), frozenset(c["compound_heads"]),
                         frozenset(c["leading_heads"]),
                         frozenset(load("entities")["head_types"]["organization"]))


def names_hospital(label: str) -> bool:
    """Whether a name's head words make a hospital: its last word or two last words are a
    hospital's head ("Kelvo General Hospital", "Dorrow Medical Center"), not merely one of its
    words ("Kelvo Hospital Workers Union" ends on "Union"). French and Italian put the head
    first ("Hôpital Sainte-Agathe", "Ospedale San Dorrio": `leading_heads`; set BB, branch
    ent83), unless the name ends on a body's own head ("Ospedale Workers Union"). A chain names a
    hospital with its city after the head ("Kelvo Methodist Hospital Dallas",
    kg.nlp.entities.spans.hospitalcities; set CO): a city the gazetteer knows may end it."""
    words = label.split()
    if len(words) < 2:
        return False  # "Hospital" alone names no one hospital
    cues = _cues()
    if words[0] in cues.leading_heads and words[-1] not in cues.body_heads:
        return True
    if len(words) >= 3 and gazetteer().place_kind(words[-1]) == "city" \
            and (words[-2] in cues.heads or " ".join(words[-3:-1]) in cues.compound_heads):
        return True  # "Kelvo Methodist Hospital Dallas": a chain's hospital named with its city last
    return words[-1] in cues.heads or " ".join(words[-2:]) in cues.compound_heads


def hospital_key(key: str) -> str:
    """The key of the same name as a hospital: "organization/kelvo-hospital" → "hospital/kelvo-hospital"."""
    return f"{HOSPITAL}/{key.split('/', 1)[1]}"


def refine(entities: dict[str, Entity], mentions: list[Mention]) -> tuple[dict[str, Entity], list[Mention]]:
    """The article's entities and mentions with every new organisation or place whose head
    words make a hospital turned into a `hospital` (kind and key), its mentions following it.
    Where the article typed one hospital's forms both ways, the two become one entity."""
    renamed: dict[str, str] = {}
    out: dict[str, Entity] = {}
    for key, ent in entities.items():
        if ent.known or ent.kind not in _REFINED_KINDS or not names_hospital(ent.label):
            out.setdefault(key, ent)
            continue
        new = hospital_key(key)
        renamed[key] = new
        have = out.get(new) or entities.get(new)
        if have is None:
            out[new] = Entity(key=new, label=ent.label, kind=HOSPITAL, wikidata=ent.wikidata,
                              aliases=list(ent.aliases), known=False)
        else:  # a new entity, never the input's (a registry entry may be shared across articles)
            out[new] = replace(have, aliases=[*have.aliases, *(
                a for a in ent.aliases if a not in have.aliases and a != have.label)])
    if not renamed:
        return entities, mentions
    return out, [Mention(m.span, renamed.get(m.entity, m.entity)) for m in mentions]
