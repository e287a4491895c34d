"""A learned bounder: where the rules cut a name at a connector or a capitalised word, a model
trained on the held-out sets' gold decides whether both sides are one name, and joins them
where it is sure (stage `bounds`, after `entities`, before `types`; docs/entities.md, "A
learned bounder").

Why: most of the junk left on pages nobody tuned the rules to is a name's boundary, not its
type: a part of a longer name taken alone ("Hearing Loss Act" out of "<Group> with Hearing Loss
Act", a chain's name cut before its "for <Word>"). Rules written from one set's misses did not
carry to the next; a model weighs what every set's gold shows of such joins at once.

What it may touch: only a join beside a name the rules found (features.joins): that name and
the capitalised run or name across a connector of kg/data/nlp/entities.toml [bounder]
`connectors`, or right beside it; only where the join model's probability reaches
`min_probability`. The joined name is a new name (its sides' mentions there are replaced by one
mention of it); its kind is its head side's where that is a body, an event or a work, else
`thing`, which the learned typer then types. A side the registry knows elsewhere in the article
keeps its other mentions. Each joined name is recorded with its probability in
`doc.annotations.bounded`.

It also cuts (bound47): a rules' name too long ("<Town> <Body>", "<Title> <Given> <Surname>",
"<Body> of <Place>") is the same question asked inside a name. At each inner split of a new
name the rules found (features.cuts) the cut model gives the probability that both sides are
one name; where the lowest of a name's splits is below `cut_below`, the name is cut there. A
side that is no name (features.no_name: a title, a month, a word the article writes in lower
case) is dropped; the head side (the left before "of", "for" …, else the right) keeps the
name's kind, the other goes to the typer as `thing`, or is the entity of the article of that
name where there is one. A name inside a sure join is not cut. Each side is recorded in
`doc.annotations.bounded` with the model's confidence in the cut (1 − the probability that the
sides are one name), as a join is with its probability: the bounds the model set, and how sure.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kg.annotations import Entity, Mention
from kg.iri import slug
from kg.model import Document
from kg.nlp.cuedata import CueDataError, cached, current, load
from kg.nlp.entities.bounder.features import (
    Join,
    Piece,
    Side,
    cut_features,
    cuts,
    features,
    join_features,
    joins,
    no_name,
    text_features,
)
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.typer.model import Model, read
from kg.span import Span

__all__ = ["CUT_FILE", "JOIN_FILE", "TEXT_FILE", "WRITER", "Cut", "annotate", "choose_cuts",
           "cut_probability", "models", "probability", "runs"]

log = logging.getLogger(__name__)

TEXT_FILE = "bounder-text.tsv.gz"  # compressed: 73,000 features, 2.3 MB as text
JOIN_FILE = "bounder.tsv"
CUT_FILE = "bounder-cut.tsv"
JOIN = "join"  # the class of a model's weights file that says "one name"
WRITER = "bench/quality/train_bounder.py"
# a side of these kinds gives the joined name no kind: a person's or a place's name across a
# connector is a longer name's part ("<Town> Teachers Union"), typed by the learned typer
_NO_KIND = frozenset(("person", "country", "city", "place"))
# connectors after which the head of the joined name is its left side ("Office of …")
_HEAD_LEFT = frozenset(("of", "for", "on", "to", "de", "del", "des", "du", "la", "at", "in",
                        "against", "from", "under"))


def _settings() -> tuple[bool, float, float, frozenset[str]]:
    cfg = load("entities").get("bounder")
    try:
        return (bool(cfg["enabled"]), float(cfg["min_probability"]), float(cfg["cut_below"]),
                frozenset(w.lower() for w in cfg["connectors"]))
    except (KeyError, TypeError, ValueError) as e:
        raise CueDataError(f"{current().folder / 'entities.toml'}: [bounder] {e}") from None


@cached
def models() -> tuple[Model, Model, Model]:
    """The text model, the join model and the cut model of the bound data folder, read once per
    folder; each must have the class `join`."""
    out = []
    for name in (TEXT_FILE, JOIN_FILE, CUT_FILE):
        path = current().folder / name
        m = read(path, "the learned bounder's weights", WRITER)
        if JOIN not in m.classes:
            raise CueDataError(f"{path}: no class {JOIN!r} among {list(m.classes)}")
        out.append(m)
    return out[0], out[1], out[2]


def probability(text: str, join: Join, cues: Cues, text_model: Model, join_model: Model) -> float:
    """The join model's probability that both sides of `join` are one name."""
    feats = features(text, join, cues)
    p_text = text_model.probabilities(text_features(feats))[JOIN]
    return join_model.probabilities(join_features(feats, p_text))[JOIN]


@dataclass(frozen=True)
class Cut:
    """A rules' name cut in two: the name, the split (its sides), the cut model's probability
    that the sides are one name, and the sides kept (those that are names), the head side first."""

    piece: Piece
    join: Join
    probability: float
    kept: tuple[Side, ...]


def cut_probability(text: str, piece: Piece, split: Join, cues: Cues, text_model: Model,
                    cut_model: Model) -> float:
    """The cut model's probability that both sides of `split`, inside `piece`, are one name."""
    feats = features(text, split, cues)
    p_text = text_model.probabilities(text_features(feats))[JOIN]
    return cut_model.probabilities(cut_features(feats, p_text, piece))[JOIN]


def choose_cuts(text: str, scored: list[tuple[Piece, Join, float]], below: float, cues: Cues,
                keep: list[tuple[int, int]] = ()) -> list[Cut]:
    """Of the scored splits, each name's surest cut (its lowest probability) where that is below
    `below`, the names inside a span of `keep` (a sure join) left whole. (The trainer's
    cross-validation makes the same cuts of its held-out pages.)"""
    best: dict[Piece, tuple[Join, float]] = {}
    for piece, split, p in scored:
        if p < below and (piece not in best or p < best[piece][1]) \
                and not any(b <= piece.begin and piece.end <= e for b, e in keep):
            best[piece] = (split, p)
    out = []
    for piece, (split, p) in sorted(best.items(), key=lambda kv: (kv[0].begin, kv[0].end)):
        sides = [split.left, split.right]
        if split.connector in _HEAD_LEFT:  # else the right side is the head
            sides.reverse()
        kept = tuple(s for s in reversed(sides) if not no_name(text, s, cues))
        if kept:  # a cut that would leave no name is none
            out.append(Cut(piece, split, p, kept))
    return out


def _kind(join: Join, pieces: list[Piece]) -> str:
    """The joined name's kind: its head side's (the left after "of", "for" …, else the right)
    where that is a body, an event or a work the rules found, else the other side's, else
    `thing`."""
    sides = [join.left.piece, join.right.piece]
    if join.connector not in _HEAD_LEFT:
        sides.reverse()
    sides += pieces
    return next((p.kind for p in sides if p is not None and p.kind not in _NO_KIND and p.kind != "thing"),
                "thing")


def runs(sure: list[tuple[Join, float]]) -> list[tuple[int, int, list[Join], float]]:
    """The names the sure joins make, in text order: joins that share a side run on ("<A> of <B>
    and <C>" is one name); each with its span, its joins and the least of their probabilities.
    (The trainer's cross-validation makes the same names of its held-out pages.)"""
    out: list[tuple[int, int, list[Join], float]] = []
    for j, p in sorted(sure, key=lambda jp: (jp[0].begin, jp[0].end)):
        if out and j.begin < out[-1][1]:
            b, e, js, q = out[-1]
            out[-1] = (b, max(e, j.end), [*js, j], min(q, p))
        else:
            out.append((j.begin, j.end, [j], p))
    return out


def _title_spans(doc: Document) -> list[tuple[int, int]]:
    """The spans of the page's titles: the headline, deck, overline and items' titles, the only
    places where the paper breaks a line inside a name ("… Families of / Kelvo" over two headline
    lines)."""
    fields = [doc.headline, doc.deck, doc.overline, *(i.title for i in doc.items)]
    return [(f.span.begin, f.span.end) for f in fields if f is not None]


def _one_line_or_title(text: str, join: Join, titles: list[tuple[int, int]]) -> bool:
    """A join may cross a line break only inside a title. Elsewhere a paragraph is one line, and
    a line break closes a signature's line, a list's entry or a caption ("For the Executive
    Committee" over "Communist League" is two names); no gold name of the held-out sets spans a
    line break outside the title lines."""
    if "\n" not in text[join.begin:join.end]:
        return True
    return any(b <= join.begin and join.end <= e for b, e in titles)


def _title_before_person(text: str, join: Join, cues: Cues) -> bool:
    """A person's title or honorific the rules left out of a full name right before it ("Ko
    Naing Lin Aung", "Mayor Dana Kelvo"): no join. A title before a full name is no part of it
    (the gold's written conventions, bench/quality/README.md: a peer's title, a Burmese
    honorific), so the model can only be wrong there; the retrained weights of train48 joined a
    Burmese honorific at 0.504, just over the floor. Before one word the model still decides: a
    peer's title with one name is the name he is known by ("Lord Moyne"), and a firm's name may
    open on a title's word the rules took for one ("King <Word>", a chain of stores)."""
    if join.connector or join.left.piece is not None \
            or join.right.piece is None or join.right.piece.kind != "person" \
            or len(text[join.right.begin:join.right.end].split()) < 2:
        return False
    words = text[join.left.begin:join.left.end].split()
    return all(w in cues.titles or w.rstrip(".") in cues.titles for w in words)


def _cut(doc: Document, cut: Cut, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the cut name's mention replaced by its kept sides' (see the module doc)."""
    ann, text = doc.annotations, doc.text
    by_label = {e.label: e.key for e in ann.entities.values()}
    span = (cut.piece.begin, cut.piece.end)
    whole = next((m for m in mentions if (m.span.begin, m.span.end) == span), None)
    if whole is None:
        return mentions
    added = []
    for side in cut.kept:
        label = " ".join(text[side.begin:side.end].split())
        kind = cut.piece.kind if _is_head(cut, side) else "thing"
        key = by_label.get(label) or f"{kind}/{slug(label)}"
        if key not in ann.entities:
            ann.entities[key] = Entity(key=key, label=label, kind=kind, known=False)
        added.append(Mention(Span(side.begin, side.end), key))
        ann.bounded[key] = round(1 - cut.probability, 3)  # its confidence in the bounds it set
    log.debug("cut %r (%.3f) into %s", text[cut.piece.begin:cut.piece.end], cut.probability,
              [text[s.begin:s.end] for s in cut.kept])
    return [m for m in mentions if m is not whole] + added


def _is_head(cut: Cut, side: Side) -> bool:
    """Whether `side` is the cut's head side: the left before "of", "for" …, else the right."""
    return side == (cut.join.left if cut.join.connector in _HEAD_LEFT else cut.join.right)


def annotate(doc: Document) -> None:
    """Join the names the rules cut, and cut the names they ran on, where the models are sure
    enough (see the module doc)."""
    enabled, floor, cut_below, connectors = _settings()
    if not enabled:
        return
    ann = doc.annotations
    text = doc.text
    pieces = [Piece(m.span.begin, m.span.end, ann.entities[m.entity].kind, ann.entities[m.entity].known)
              for m in ann.mentions]
    text_model, join_model, cut_model = models()
    cues = Cues()
    titles = _title_spans(doc)
    sure = [(j, p) for j in joins(text, pieces, connectors)
            if _one_line_or_title(text, j, titles) and not _title_before_person(text, j, cues)
            and (p := probability(text, j, cues, text_model, join_model)) >= floor]
    joined = runs(sure)
    made = [(b, e) for b, e, _, _ in joined]
    cut = choose_cuts(text, [(pc, j, cut_probability(text, pc, j, cues, text_model, cut_model))
                             for pc, j in cuts(text, pieces, connectors)], cut_below, cues, made) \
        if cut_below > 0 else []
    if not sure and not cut:
        return
    mentions = list(ann.mentions)
    before = {m.entity for m in mentions}
    for c in cut:
        mentions = _cut(doc, c, mentions)
    for b, e, js, p in joined:
        inside = [m for m in mentions if b <= m.span.begin and m.span.end <= e]
        label = " ".join(text[b:e].split())
        kind = _kind(js[-1] if js[-1].connector not in _HEAD_LEFT else js[0],
                     [pc for pc in pieces if b <= pc.begin and pc.end <= e])
        key = f"{kind}/{slug(label)}"
        if key not in ann.entities:
            ann.entities[key] = Entity(key=key, label=label, kind=kind, known=False)
        mentions = [m for m in mentions if m not in inside] + [Mention(Span(b, e), key)]
        ann.bounded[key] = round(p, 3)
        log.debug("joined %r (%s, %.3f) from %s", label, kind, p,
                  [text[m.span.begin:m.span.end] for m in inside])
    mentions.sort(key=lambda m: (m.span.begin, m.span.end))
    ann.mentions = mentions
    for key in before - {m.entity for m in mentions}:  # a side named nowhere else
        del ann.entities[key]
