"""A learned typer: a statistical model, trained on the held-out sets' gold, types the new names
the rules leave `schema:Thing`, and overrules a rules' person, place or organisation where it is
far surer (stage `types`, after `entities`; docs/entities.md, "A learned typer").

Why: every rule is written from a set's misses, and rules written for one lean of the paper did
not carry to another (bench/README.md: none of the rules of a session's passes moved the two
sets nobody tuned to). A model weighs all the evidence every set's gold shows at once: the
name's words and endings, the gazetteers, the words around each mention. On six sets written
after it was trained and never read by anyone tuning (DN–DS), it raised the share of people,
places and organisations typed right from 92.9% to 94.9%, on every one of them, with no junk
added (bench/README.md, "A learned typer").

What it may touch: only names the registry does not know (a registry entry's class is curated),
only people, places, organisations and `thing`s (a gazetteer's country or city, a hospital, an
event, a work keep the rules' class), and only where its class's probability reaches the floor
in kg/data/nlp/entities.toml [typer] (one per class pair where `pair_floors` sets one), and never
over a place or a body the rules typed by a head word that names that kind (`kept_head_kinds`:
"… Street", "… Church"). The policy was chosen on a cross-validated audit of the sets the weights
learned (bench/quality/typer_audit.py --folds: each fold typed by a model trained without it),
since the shipped weights are near sure of their own training gold. Each name it typed is
recorded with its probability in `doc.annotations.typed`, so a caller can tell a model's class
from the rules'.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from kg.annotations import Entity, Mention
from kg.model import Document
from kg.nlp.cuedata import CueDataError, current, load, words
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.typer.features import features
from kg.nlp.entities.typer.model import model

__all__ = ["annotate", "features", "mention_spans", "model"]


class _Policy(NamedTuple):
    """When the typer may type a name ([typer] of kg/data/nlp/entities.toml): the floors, the
    names no class of the model fits, and the rules' evidence it never overrules."""

    untyped_floor: float
    retype_floor: float
    retype_kinds: frozenset[str]
    kinds: dict[str, str]
    endings: tuple[str, ...]
    forms: frozenset[str]
    # (the rules' kind, the typer's kind) → its floor, where the general one is not enough
    pair_floors: dict[tuple[str, str], float]
    # the rules' kinds a name's head word gives ([head_types]) that the typer never overrules
    kept_head_kinds: frozenset[str]

    def floor(self, rules: str, typer: str) -> float:
        """The probability the typer needs to give a name of the rules' kind `rules` its `typer`."""
        general = self.untyped_floor if rules == "thing" else self.retype_floor
        return self.pair_floors.get((rules, typer), general)


def _settings() -> _Policy:
    cfg = load("entities").get("typer")
    try:
        pairs = {(rules, typer): float(floor) for rules, row in cfg["pair_floors"].items()
                 for typer, floor in row.items()}
        return _Policy(float(cfg["untyped_min_probability"]), float(cfg["retype_min_probability"]),
                       frozenset(cfg["retype_kinds"]), dict(cfg["classes"]),
                       tuple(cfg["doctrine_endings"]), frozenset(cfg["legal_form_endings"]),
                       pairs, frozenset(cfg["kept_head_kinds"]))
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise CueDataError(f"{current().folder / 'entities.toml'}: [typer] {e}") from None


_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _held_back(text: str, spans: list[tuple[int, int]], label: str, endings: tuple[str, ...],
               pieces: frozenset[str], forms: frozenset[str]) -> bool:
    """A name the model's classes do not fit, left to the rules: a doctrine ("Pan-Kelvism": its
    last word ends as `doctrine_endings`), a firm closed by its legal form ("Dorrow Plastics
    Teoranta": `legal_form_endings`, a firm by its own words), or a name every mention of which
    stands before a spoken piece (quotes.toml `spoken_pieces`: "his State of the Kelvan
    address"), which names the occasion, not a body, a place or a person."""
    last = label.split()[-1]
    if last in forms or last.lower().rstrip(".,").endswith(endings):
        return True
    nexts = [_NEXT_WORD.match(text, end) for _, end in spans]
    return all(m is not None and m.group(1) in pieces for m in nexts)


def mention_spans(doc: Document) -> dict[str, list[tuple[int, int]]]:
    """Each entity's mentions as (begin, end), in text order: what `features` reads of a name
    (the stage and the training script, bench/quality/train_typer.py, both ask here)."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in doc.annotations.mentions:
        spans[m.entity].append((m.span.begin, m.span.end))
    return spans


def annotate(doc: Document) -> None:
    """Type the article's new names by the model where it is sure enough (see the module doc)."""
    ann = doc.annotations
    policy = _settings()
    pieces = frozenset(words("quotes", "spoken_pieces"))
    spans = mention_spans(doc)
    weights = model()
    cues = Cues()
    renamed: dict[str, str] = {}
    for key, ent in list(ann.entities.items()):
        if ent.known or key not in spans:
            continue
        if ent.kind != "thing" and ent.kind not in policy.retype_kinds:
            continue
        if _held_back(doc.text, spans[key], ent.label, policy.endings, pieces, policy.forms):
            continue
        if _head_says(ent, cues, policy.kept_head_kinds):
            continue
        if _apposition_says(doc.text, spans[key], ent, cues):
            continue
        probs = weights.probabilities(features(doc.text, spans[key], ent.label))
        best = max(probs, key=probs.__getitem__)
        kind = policy.kinds.get(best)
        if kind is None or kind == ent.kind or probs[best] < policy.floor(ent.kind, kind):
            continue
        renamed[key] = _retype(ann.entities, ent, kind)
        ann.typed[renamed[key]] = round(probs[best], 3)
        if key in ann.bounded:  # the bounder's join stays the renamed entity's
            ann.bounded[renamed[key]] = ann.bounded.pop(key)
    if renamed:
        ann.mentions = [Mention(m.span, renamed.get(m.entity, m.entity)) for m in ann.mentions]


def _head_says(ent: Entity, cues: Cues, kept: frozenset[str]) -> bool:
    """Whether the rules' kind of `ent` is the one its head word names ([head_types]: "… Church",
    "… Railroad", "… Union" a body) and that kind is one the typer leaves to the rules
    (`kept_head_kinds`): the name's own words say its kind, which the model, weighing the words
    around it, read as a place where a body's building or line runs through a town."""
    return ent.kind in kept and cues.heads.get(head_word(ent.label, cues)) == ent.kind


def _apposition_says(text: str, spans: list[tuple[int, int]], ent: Entity, cues: Cues) -> bool:
    """Whether the rules typed `ent` an organisation and a mention of it stands before a body's
    noun in apposition ([evidence] `organization_apposition`: "Son de Kelvo, a septet from …",
    "Los Dorros, the Tallow salsa band,") that ends its noun phrase: the text says what it is,
    where the model, weighing a given name's or a place's spelling in its words, read a person or
    a place (set EO's kind, branch type47)."""
    if ent.kind != "organization":
        return False
    for _b, end in spans:
        m = cues.org_apposition.match(text, end)
        if m is not None and _NOUN_PHRASE_END.match(text, m.end()):
            return True
    return False


# the apposition's noun ends its phrase: a mark, or a word that opens what follows it ("a septet
# from …", "the salsa band led by …"); "a Kelvo campaign volunteer," is a person's role, which
# the model rightly reads (set DQ's one name lost at the first sweep)
_NOUN_PHRASE_END = re.compile(r"[ \t]*(?:[,.;:)—–]|\n|\Z|(?:from|of|in|led|that|which|based|at|for|on)\b)")


def _retype(entities: dict[str, Entity], ent: Entity, kind: str) -> str:
    """Give `ent` the class `kind` and the key that goes with it, in place in `entities` (its
    order kept); where an entity of that key is already named, `ent` is merged into it. Returns
    the new key."""
    key = f"{kind}/{ent.key.split('/', 1)[1]}"
    other = entities.get(key)
    if other is not None:
        for form in (ent.label, *ent.aliases):
            if form != other.label and form not in other.aliases:
                other.aliases.append(form)
        del entities[ent.key]
        return key
    old = ent.key
    ent.key, ent.kind = key, kind
    items = [(key if k == old else k, v) for k, v in entities.items()]
    entities.clear()
    entities.update(items)
    return key
