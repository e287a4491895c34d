"""A learned test of names: a statistical model, trained on the held-out sets' gold, drops a new
name it is very sure is no name at all (stage `rejects`, after `types`; docs/entities.md, "A
learned test of names").

Why: the rules keep a capitalised span as a name unless a rule says otherwise, and the rules
that say so were written per set, from its junk; on pages nobody tuned to, a third of what is
left is no name as it stands: a common word or phrase capitalised by its place ("Pickets",
"Better Housing" cut from a body's longer name), a heading or slogan read as a name. A
model weighs at once what every set's gold shows of such spans (their words' commonness, where
they stand, what stands around them).

What it may drop: only names the registry does not know, and none a gazetteer or cue vouches
for (a gazetteer's place, a given name opening a name of two words or more, a head word after
other words: "… Committee"); only where the model's probability that it is no name reaches the
floor in kg/data/nlp/entities.toml [reject]. Each name dropped is recorded with that
probability in `doc.annotations.rejected`.
"""

from __future__ import annotations

from kg.model import Document
from kg.nlp.cuedata import CueDataError, cached, current, load
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.reject.features import features
from kg.nlp.entities.typer import mention_spans
from kg.nlp.entities.typer.model import Model, read

__all__ = ["FILE", "NO_NAME", "annotate", "features", "model", "vouched"]

FILE = "reject.tsv"
NO_NAME = "none"  # the class of a span that names nothing; the other is "name"


def _floor() -> float:
    cfg = load("entities").get("reject")
    try:
        return float(cfg["drop_min_probability"])
    except (KeyError, TypeError, ValueError) as e:
        raise CueDataError(f"{current().folder / 'entities.toml'}: [reject] {e}") from None


@cached
def model() -> Model:
    """The weights of the bound data folder (kg.nlp.cuedata), read once per folder; a file
    without the class `NO_NAME` is an error naming it."""
    path = current().folder / FILE
    found = read(path, "the learned test of names' weights", "bench/quality/train_reject.py")
    if NO_NAME not in found.classes:
        raise CueDataError(f"{path}: no class {NO_NAME!r} among {', '.join(found.classes)}")
    return found


def vouched(label: str, cues: Cues) -> bool:
    """Something other than the model says this is a name: a gazetteer's place (the whole name),
    a given name opening a name of two words or more, or a head word of the cues closing a name
    of two words or more ("Kelvo Tenants Committee")."""
    gaz = gazetteer()
    words = label.split()
    if gaz.place_kind(label):
        return True
    if len(words) > 1 and (gaz.is_given_name(words[0]) or head_word(label, cues) in cues.heads):
        return True
    return False


def annotate(doc: Document) -> None:
    """Drop the article's new names the model is sure are none (see the module doc)."""
    ann = doc.annotations
    floor = _floor()
    weights = model()
    cues = Cues()
    spans = mention_spans(doc)
    dropped: set[str] = set()
    for key, ent in ann.entities.items():
        if ent.known or key not in spans or vouched(ent.label, cues):
            continue
        p = weights.probabilities(features(doc.text, spans[key], ent.label))[NO_NAME]
        if p >= floor:
            dropped.add(key)
            ann.rejected[ent.label] = round(p, 3)
    if dropped:
        ann.entities = {k: e for k, e in ann.entities.items() if k not in dropped}
        ann.mentions = [m for m in ann.mentions if m.entity not in dropped]
        ann.typed = {k: p for k, p in ann.typed.items() if k not in dropped}
