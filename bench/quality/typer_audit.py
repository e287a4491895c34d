"""What the learned typer changed, name by name, against the gold (kg.nlp.entities.typer).

    python bench/quality/typer_audit.py --sets a b c         # one line per name it changed, then the sums
    python bench/quality/typer_audit.py --sets dz ea --json /tmp/audit.json

Each article is read and annotated by the pipeline's stages up to `entities` (the rules), the
rules' class of every name is kept, then the stage `types` runs and every name it retyped
(`doc.annotations.typed`) is listed with the rules' class, the typer's class and probability, the
name's head word and the class `[head_types]` gives it (the rules' evidence the policy reads:
entities.toml `[typer] keep_heads`), and the gold's class of its mentions (the most common type
of their surfaces, as train_typer.py reads a name's class). The sums count each change by what it
did: right→wrong, wrong→right, wrong→wrong (a rules' class overruled), Thing→right, Thing→wrong
(a name the rules left Thing), →optional (a name the gold lists untyped: optional, or a page's
structure) and →extra (a name the gold does not hold: a junk or spurious name, a people, a
language, an illness, which typed counts against its class's precision), per class pair and per
probability band.

Why: the typer overrules the rules where it is surer than a floor, and a floor chosen on a few
names cost names elsewhere (docs/entities.md, "A learned typer"): the policy (floors per class
pair, the rules' evidence it must not overrule) is chosen from this audit of the sets it was
trained on, and checked once on its measuring sets (train_typer.py `MEASURING`), never tuned there.

Loading and matching are run.py's (SETS, load_gold, norm_surface, is_description, top_types);
only the annotation is split in two here, so that the rules' class can be read before the typer.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from bench.quality.run import SETS, is_description, load_gold, norm_surface, structure_names, top_types  # noqa: E402

# probability bands the sums are cut into (lower bounds; below 0.7 only a cross-validated audit has changes)
BANDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99)


@dataclass
class Change:
    """One name the typer retyped, and what the gold says of it."""

    set: str
    article: str
    label: str
    rules: str  # the rules' class as the gold writes types: Person, Place, Organization, Thing
    typer: str
    probability: float
    gold: str | None  # None: the gold does not type any of its mentions
    head: str
    head_kind: str | None  # the class [head_types] gives the head word, if any
    listed: bool = True  # whether the gold lists a mention at all (required, optional or structure)

    @property
    def outcome(self) -> str:
        if self.gold is None:
            return "→optional" if self.listed else "→extra"
        right = "right" if self.typer == self.gold else "wrong"
        if self.rules == "Thing":
            return f"Thing→{right}"
        return f"{'right' if self.rules == self.gold else 'wrong'}→{right}"

    @property
    def band(self) -> str:
        low = max(b for b in BANDS if b <= self.probability) if self.probability >= BANDS[0] else 0.0
        return f"≥{low:g}"


def _gold_class(gold, surfaces: list[str]) -> str | None:
    """The most common gold type of a name's mention surfaces (train_typer.py's reading); a
    type that is no class of the five reads as None."""
    types = Counter(gold.entities[s] for s in surfaces if s in gold.entities and not is_description(s))
    if not types:
        types = Counter(t for s in surfaces if (t := gold.optional.get(s)) and not is_description(s))
    return types.most_common(1)[0][0] if types else None


def audit_article(set_name: str, text_path: Path, gold_path: Path) -> list[Change]:
    """The names the typer retyped in one article."""
    from kg.nlp.entities.cues.namecues import Cues, head_word
    from kg.nlp.stages import NAMES, annotate
    from kg.rdf.entities import CLASSES
    from kg.reader import read_article

    top = top_types(CLASSES)
    gold = load_gold(gold_path)
    doc = read_article(text_path)
    annotate(doc, only=NAMES[:NAMES.index("types")])
    ann = doc.annotations
    before = {(m.span.begin, m.span.end): ann.entities[m.entity].kind for m in ann.mentions}
    annotate(doc, only=("types",))
    cues = Cues()
    listed = set(gold.entities) | set(gold.optional) | {n.casefold() for n in structure_names(gold)}
    out = []
    for key, prob in ann.typed.items():
        ent = ann.entities[key]
        spans = [(m.span.begin, m.span.end) for m in ann.mentions if m.entity == key]
        rules = Counter(before[s] for s in spans if s in before).most_common(1)
        rules_kind = rules[0][0] if rules else "thing"
        surfaces = [norm_surface(doc.text[b:e]) for b, e in spans]
        head = head_word(ent.label, cues)
        head_kind = cues.heads.get(head)
        out.append(Change(set_name, text_path.stem, ent.label, top.get(rules_kind) or "Thing",
                          top.get(ent.kind) or "Thing", prob,
                          _gold_class(gold, surfaces), head,
                          None if head_kind is None else top.get(head_kind) or head_kind,
                          any(s in listed or s.casefold() in listed for s in surfaces)))
    return out


def audit_set(set_name: str) -> list[Change]:
    """The names the typer retyped in every article of one set."""
    articles, gold_dir = SETS[set_name]
    return [c for path in sorted(articles.glob("*.txt"))
            for c in audit_article(set_name, path, gold_dir / f"{path.stem}.json")]


@dataclass
class Name:
    """One name the rules found, as the typer would read it, for the cross-validated audit."""

    set: str
    article: str
    label: str
    rules: str  # the rules' kind (the entity's, not the gold's type)
    may_type: bool  # not the registry's, of a kind the typer may touch, not held back by shape
    features: frozenset[str]
    gold: str | None
    listed: bool
    head: str
    head_kind: str | None


def names_of_article(set_name: str, text_path: Path, gold_path: Path,
                     kept: Path | None = None) -> list[Name]:
    """Every name the rules find in one article, with the features the typer would weigh and
    whether the stage may touch it at all (kg.nlp.entities.typer.annotate's tests); `kept`:
    train_typer.before_typer's folder of documents annotated up to the typer (`--cache`)."""
    from bench.quality.train_typer import before_typer
    from kg.nlp.cuedata import words
    from kg.nlp.entities.cues.namecues import Cues, head_word
    from kg.nlp.entities.typer import _held_back, _settings, features, mention_spans

    policy = _settings()
    pieces = frozenset(words("quotes", "spoken_pieces"))
    gold = load_gold(gold_path)
    listed = set(gold.entities) | set(gold.optional) | {n.casefold() for n in structure_names(gold)}
    doc = before_typer(text_path, kept)
    cues = Cues()
    out = []
    for key, sp in mention_spans(doc).items():
        ent = doc.annotations.entities[key]
        surfaces = [norm_surface(doc.text[b:e]) for b, e in sp]
        may = (not ent.known and (ent.kind == "thing" or ent.kind in policy.retype_kinds)
               and not _held_back(doc.text, sp, ent.label, policy.endings, pieces, policy.forms))
        head = head_word(ent.label, cues)
        out.append(Name(set_name, text_path.stem, ent.label, ent.kind, may,
                        frozenset(features(doc.text, sp, ent.label)), _gold_class(gold, surfaces),
                        any(x in listed or x.casefold() in listed for x in surfaces), head,
                        cues.heads.get(head)))
    return out


def names_of_set(set_name: str, cache: Path | None = None) -> list[Name]:
    articles, gold_dir = SETS[set_name]
    kept = cache / set_name if cache else None
    return [n for path in sorted(articles.glob("*.txt"))
            for n in names_of_article(set_name, path, gold_dir / f"{path.stem}.json", kept)]


def crossval(names: list[Name], folds: int, c: float) -> list[Change]:
    """What the typer would change in each set were it trained without that set: the sets are
    dealt into `folds` folds in order, a model is trained (train_typer.fit, the gold's classes
    as train_typer.rows reads them) on the other folds' names and asked of this fold's, and every
    name whose best class is not the rules' kind is a change at its probability, no floor applied
    (probabilities of the shipped weights on the sets they learned are near 1 for the gold's
    names, so an audit of those sets cannot say where a floor should stand)."""
    from bench.quality.train_typer import CLASSES, OTHER, fit

    kinds = {"Person": "person", "Place": "place", "Organization": "organization"}
    top = {"person": "Person", "place": "Place", "organization": "Organization"}
    order = list(dict.fromkeys(n.set for n in names))
    fold_of = {s: i % folds for i, s in enumerate(order)}
    out: list[Change] = []
    for k in range(folds):
        train = [n for n in names if fold_of[n.set] != k and n.gold is not None]
        vec, fitted = fit([set(n.features) for n in train],
                          [n.gold if n.gold in CLASSES else OTHER for n in train], c)
        test = [n for n in names if fold_of[n.set] == k and n.may_type]
        if not test:
            continue
        probs = fitted.predict_proba(vec.transform([dict.fromkeys(sorted(n.features), 1) for n in test]))
        for n, row in zip(test, probs, strict=True):
            best = max(range(len(row)), key=row.__getitem__)
            kind = kinds.get(fitted.classes_[best])
            if kind is None or kind == n.rules:
                continue
            out.append(Change(n.set, n.article, n.label, top.get(n.rules, "Thing"), top[kind],
                              round(float(row[best]), 3), n.gold, n.head,
                              None if n.head_kind is None else top.get(n.head_kind, n.head_kind),
                              n.listed))
    return out


def sums(changes: list[Change]) -> dict[str, Counter]:
    """The changes counted by outcome, by (class pair, outcome), by (band, outcome) and by (head
    kind agreeing with the rules' class, outcome)."""
    return {
        "outcome": Counter(c.outcome for c in changes),
        "pair": Counter((f"{c.rules}→{c.typer}", c.outcome) for c in changes),
        "band": Counter((f"{c.rules == 'Thing' and 'from Thing' or 'overrule'} {c.band}", c.outcome)
                        for c in changes),
        "head": Counter((f"{c.rules}→{c.typer} head says {c.head_kind}", c.outcome)
                        for c in changes if c.head_kind is not None),
    }


def render(changes: list[Change]) -> str:
    """One line per change, then the sums as tables of counts."""
    lines = [f"{c.set:>2} {c.article:<28} {c.label:<40} {c.rules:>12} → {c.typer:<12} "
             f"{c.probability:.3f} gold {c.gold or '-':<12} {c.outcome:<12} head {c.head}"
             f"{f' ({c.head_kind})' if c.head_kind else ''}" for c in changes]
    s = sums(changes)
    lines += ["", f"changes: {len(changes)}", "outcome: " + ", ".join(
        f"{k} {v}" for k, v in sorted(s["outcome"].items()))]
    for table in ("pair", "band", "head"):
        lines.append(f"\nby {table}:")
        rows = sorted({k for k, _ in s[table]})
        for row in rows:
            cells = {o: n for (k, o), n in s[table].items() if k == row}
            lines.append(f"  {row:<40} " + ", ".join(f"{o} {n}" for o, n in sorted(cells.items())))
    return "\n".join(lines)


def _set_range(names: list[str]) -> list[str]:
    """The sets named, "a-dy" spelling every set from a to dy in run.py's order."""
    order = list(SETS)
    out: list[str] = []
    for n in names:
        if "-" in n:
            lo, hi = n.split("-", 1)
            out += order[order.index(lo):order.index(hi) + 1]
        else:
            out.append(n)
    unknown = [n for n in out if n not in SETS]
    if unknown:
        raise SystemExit(f"no such set(s): {', '.join(unknown)}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", required=True, help='sets, or ranges as "a-dy"')
    ap.add_argument("--jobs", type=int, default=1, help="sets audited at once, each in a process")
    ap.add_argument("--json", type=Path, help="also write every change and its outcome here")
    ap.add_argument("--folds", type=int, default=0,
                    help="cross-validate: what a typer trained without each fold of the sets would change")
    ap.add_argument("--C", type=float, default=10.0, dest="c", help="the model C with --folds")
    ap.add_argument("--cache", type=Path,
                    help="with --folds: the documents annotated up to the typer, kept here between "
                         "runs (the folder train_typer.py's --cache fills)")
    args = ap.parse_args(argv)
    sets = _set_range(args.sets)
    if args.folds:
        with ProcessPoolExecutor(max(args.jobs, 1)) as pool:
            names = [n for one in pool.map(names_of_set, sets, [args.cache] * len(sets)) for n in one]
        changes = crossval(names, args.folds, args.c)
    elif args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            changes = [c for one in pool.map(audit_set, sets) for c in one]
    else:
        changes = [c for s in sets for c in audit_set(s)]
    print(render(changes))
    if args.json:
        args.json.write_text(json.dumps([{**asdict(c), "outcome": c.outcome} for c in changes],
                                        ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
