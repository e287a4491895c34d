"""Train the learned test of names (kg.nlp.entities.reject) on the held-out sets' gold; write its
weights.

    python bench/quality/train_reject.py              # every set but MEASURING → kg/data/nlp/reject.tsv
    python bench/quality/train_reject.py --cv 4       # cross-validate by blocks of sets, write nothing
    python bench/quality/train_reject.py --out /tmp/reject.tsv --sets a b c

The model answers one question of a span the rules kept: is it a name at all? The rules were
tuned to the training sets, so their names there hold few spans that are none; the examples are
drawn from the text as well (bench/README.md, "A learned test of names"):

- every new name the stages before this one keep (the rules, the bounder's joins and the
  typer: `entities`, `bounds`, `types`): a "name" where a mention's surface is a name of the gold
  (required, optional or the page's structure: by `norm_surface`, as the scorer reads it), else
  "none";
- every run of capitalised words of each article (its words joined by "of", "the", "and", "for",
  "&"), each run's first word as well, that no mention of the rules or the registry touches,
  labelled the same way ("Pickets" opening a sentence: none);
- the leading and trailing words of each gold name of two words or more, no person's, where the
  text writes it ("Kelvane Tenants for Better Housing" → "Better Housing", "Kelvane Tenants"):
  none, as the rules leave a name cut there; each counts `--piece-weight` (they outnumber the
  rest two to one).

The features are the stage's own (kg.nlp.entities.reject.features). The model is scikit-learn's
LogisticRegression (L2, `--C`); its weights are written by train_typer's `write` (the same
format, header and lean options), read without scikit-learn by kg.nlp.entities.typer.model.

`--cv N` trains on all the training sets but one block of them in turn (the sets in their
written order cut into N blocks: "train A–DK, measure DL–DY") and prints, for each floor, what
the stage would drop of the block's new names: names of the gold (lost), junk by the scorer's
test, and other spans of no gold name.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from bench.quality.run import (  # noqa: E402
    SETS,
    Gold,
    _is_junk,
    is_description,
    load_gold,
    norm,
    norm_surface,
    structure_names,
)
from bench.quality.train_typer import (  # noqa: E402
    MEASURING,
    before_typer,
    fit,
    stages_before,
    weights_file_arguments,
    write,
)

NAME, NONE = "name", "none"
TITLE = ("kg learned test of names: logistic regression, name or none, over binary features of a",
         "span (kg/nlp/entities/reject/features.py); read by kg/nlp/entities/typer/model.py")
FLOORS = (0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998)
# the pieces of gold names outnumber every other example two to one: each counts this much, so
# that they teach the shape of a cut name without making every short name look like one
# (cross-validated on A–DY: at 1 the stage would drop 36 gold names at 0.99, at 0.1 six)
PIECE_WEIGHT = 0.1
MIN_WEIGHT_HERE = 0.05  # the floor is near 1: finer weights than the typer's
DIGITS_HERE = 3
# a run of capitalised words and the small words inside names
_RUN = re.compile(r"[A-Z][\w'’.&-]*(?:(?: (?:of|the|and|for|of the|&))? [A-Z][\w'’.&-]*)*")


def documents(sets: list[str], cache: Path | None) -> Iterator[tuple[str, object, Gold]]:
    """(set, document annotated by the stages the pipeline runs before this one's (the rules, the
    bounder's joins, the typer), gold) of every article of `sets`. With `cache`, the documents
    annotated up to the typer are kept there as pickles between runs (train_typer.before_typer,
    the folder train_typer.py's `--cache` fills), and the typer is run on each as it is read: a
    cache made before the typer's weights were trained again still serves."""
    from kg.nlp import annotate

    after = [n for n in stages_before("rejects") if n not in stages_before("types")]
    for s in sets:
        articles, gold_dir = SETS[s]
        for path in sorted(articles.glob("*.txt")):
            gold = load_gold(gold_dir / f"{path.stem}.json")
            doc = before_typer(path, cache / s if cache else None)
            yield s, annotate(doc, only=after), gold


class Labeller:
    """One article's gold as the scorer reads it: its names, where the text writes them, junk."""

    def __init__(self, gold: Gold, text: str) -> None:
        from kg.nlp.wordspans import word_spans

        self.structure = {n.casefold() for n in structure_names(gold)}
        self.names = set(gold.entities) | set(gold.optional)
        self.known = list(gold.entities) + sorted(set(gold.optional) | structure_names(gold))
        self.heading = " ".join(norm(gold.structure[f]) or "" for f in ("headline", "kicker", "label"))
        self.lower = set(re.findall(r"[a-z][a-z'-]*", text))
        # the characters of the text inside a gold name's writing (any case: a dateline in capitals)
        self.marks = bytearray(len(text))
        folded = text.casefold()
        for k in self.known:
            if len(k) == len(k.casefold()):
                for b, e in word_spans(folded, k.casefold()):
                    self.marks[b:e] = b"\1" * (e - b)

    def label(self, surfaces: list[str]) -> str:
        """"name" where a surface is a gold name, else "none" (a piece of a gold name as the
        span was kept, or one glued to other words, is no name either)."""
        if any(s in self.names or s.casefold() in self.structure for s in surfaces):
            return NAME
        return NONE

    def piece(self, spans: list[tuple[int, int]]) -> bool:
        """A mention overlaps where the text writes a gold name: its bounds are wrong."""
        return any(any(self.marks[b:e]) for b, e in spans)

    def junk(self, surface: str) -> bool:
        return _is_junk(surface, self.known, self.heading, self.lower)


def rows(doc, gold: Gold) -> Iterator[tuple[set[str], str, dict]]:
    """(features, class, what the row is) of an article's new names and capitalised runs."""
    from kg.nlp.entities.cues.namecues import Cues
    from kg.nlp.entities.reject import features, vouched
    from kg.nlp.entities.typer import mention_spans
    from kg.nlp.wordspans import word_spans

    text, ann = doc.text, doc.annotations
    lab = Labeller(gold, text)
    cues = Cues()
    seen: set[str] = set()
    for key, sp in mention_spans(doc).items():
        ent = ann.entities[key]
        seen.add(ent.label)
        if ent.known:
            continue
        surfaces = [norm_surface(text[b:e]) for b, e in sp]
        surfaces = [s for s in surfaces if not is_description(s)] or surfaces
        cls = lab.label(surfaces)
        meta = {"source": "rules", "label": ent.label, "vouched": vouched(ent.label, cues),
                "piece": cls == NONE and lab.piece(sp),
                "junk": cls == NONE and lab.junk(surfaces[0])}
        yield features(text, sp, ent.label), cls, meta
    marks = bytearray(len(text))
    for m in ann.mentions:
        marks[m.span.begin:m.span.end] = b"\1" * (m.span.end - m.span.begin)
    for run in sorted(text_runs(text, cues) - seen):
        sp = word_spans(text, run)
        if not sp or any(any(marks[b:e]) for b, e in sp):
            continue  # the rules' or the registry's name is there: its own row, or a piece of it
        cls = lab.label([norm_surface(run)])
        meta = {"source": "text", "label": run, "vouched": vouched(run, cues), "junk": False,
                "piece": cls == NONE and lab.piece(sp)}
        yield features(text, sp, run), cls, meta
    for piece, sp in pieces(text, gold, lab):
        meta = {"source": "piece", "label": piece, "vouched": vouched(piece, cues), "junk": True,
                "piece": True}
        yield features(text, sp, piece), NONE, meta


def pieces(text: str, gold: Gold, lab: Labeller) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """The leading and trailing words of each gold name of two words or more that is no
    person's, where the text writes it (capitalised at both ends, no gold name themselves):
    a name cut short, as the rules cut one ("<Town> for Better Schools" → "Better Schools"),
    is no name as it stands. Each with the span it has inside the name."""
    from kg.nlp.wordspans import word_spans

    for name, typ in sorted({**gold.optional, **gold.entities}.items()):
        if typ == "Person":
            continue
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", name)]
        if len(words) < 2:
            continue
        for at, _ in word_spans(text, name):
            for k in range(1, len(words)):
                for b, e in ((words[k][0], words[-1][1]), (words[0][0], words[k - 1][1])):
                    piece = name[b:e].rstrip(",")
                    if not piece[:1].isupper() or not piece.split()[-1][:1].isupper() \
                            or lab.label([norm_surface(piece)]) == NAME:
                        continue
                    yield piece, [(at + b, at + b + len(piece))]


def text_runs(text: str, cues) -> set[str]:
    """The article's runs of capitalised words (cut after a word's full stop, "The" and a
    possessive left off, as the scorer reads a name), each run's first word as well, less those
    made only of the cue words no name is made of ("The", "April", "Some")."""
    out: set[str] = set()
    for m in _RUN.finditer(text):
        words: list[str] = []
        for w in m.group().split():
            words.append(w)
            if w.endswith(".") and len(w) > 3 and not w.isupper():
                break
        run = re.sub(r"^The ", "", " ".join(words)).rstrip(".,")
        run = re.sub(r"['’]s?$", "", run)
        parts = run.split()
        if not parts or not run[0].isupper():
            continue
        out.add(run)
        if len(parts) > 1:
            out.add(parts[0].rstrip(".,"))
    return {r for r in out if r and not all(cues.generic(w) or w in cues.function for w in r.split())}


def collect(sets: list[str], cache: Path | None) -> list[tuple[str, set[str], str, dict]]:
    from kg.nlp.cuedata import bind
    from kg.resources import default

    out = []
    with bind(default().cues):
        for s, doc, gold in documents(sets, cache):
            out.extend((s, f, c, m) for f, c, m in rows(doc, gold))
    return out


def weight(meta: dict, piece_weight: float) -> float:
    return piece_weight if meta["source"] == "piece" else 1.0


def cross_validate(data, sets: list[str], folds: int, c: float, piece_weight: float) -> None:
    """Train on all blocks but one, measure the block's new names; print the drops per floor."""
    size = -(-len(sets) // folds)
    total = {f: Counter() for f in FLOORS}
    for k in range(folds):
        block = set(sets[k * size:(k + 1) * size])
        train = [(f, cl, m) for s, f, cl, m in data if s not in block]
        vec, fitted = fit([f for f, _, _ in train], [cl for _, cl, _ in train], c,
                          weights=[weight(m, piece_weight) for _, _, m in train])
        test = [(f, cl, m) for s, f, cl, m in data if s in block and m["source"] == "rules"
                and not m["vouched"]]
        probs = fitted.predict_proba(vec.transform([dict.fromkeys(f, 1) for f, _, _ in test]))
        col = list(fitted.classes_).index(NONE)
        names = sum(cl == NAME for _, cl, _ in test)
        print(f"block {sorted(block)[0]}…{sorted(block)[-1]}: {len(test)} new names unvouched, "
              f"{names} of the gold", file=sys.stderr)
        for floor in FLOORS:
            got = Counter()
            lost = []
            for (_, cl, m), p in zip(test, probs, strict=True):
                if p[col] >= floor:
                    kind = "lost" if cl == NAME else "junk" if m["junk"] else "other"
                    got[kind] += 1
                    if kind == "lost":
                        lost.append(m["label"])
            total[floor].update(got)
            print(f"  floor {floor}: lost {got['lost']}, junk {got['junk']}, other {got['other']}"
                  f"  lost: {'; '.join(lost[:8])}", file=sys.stderr)
    for floor in FLOORS:
        t = total[floor]
        print(f"all blocks, floor {floor}: lost {t['lost']}, junk {t['junk']}, other {t['other']}",
              file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--C", type=float, default=1.0, dest="c",
                    help="inverse strength of the L2 penalty (default 1)")
    ap.add_argument("--piece-weight", type=float, default=PIECE_WEIGHT,
                    help=f"the weight of each piece of a gold name (default {PIECE_WEIGHT})")
    ap.add_argument("--cv", type=int, default=0, help="cross-validate in this many blocks of sets")
    ap.add_argument("--cache", type=Path,
                    help="keep the documents annotated up to the typer here between runs "
                         "(train_typer.py's --cache fills the same folder)")
    # the floor is near 1: finer weights than the typer's (MIN_WEIGHT, DIGITS)
    weights_file_arguments(ap, "reject.tsv", MIN_WEIGHT_HERE, DIGITS_HERE)
    args = ap.parse_args(argv)
    sets = args.sets or [s for s in SETS if s not in MEASURING]
    data = collect(sets, args.cache)
    counts = Counter(f"{cl} ({m['source']})" for _, _, cl, m in data)
    print(f"{len(data)} spans from {len(sets)} sets: {dict(counts)}", file=sys.stderr)
    if args.cv:
        cross_validate(data, sets, args.cv, args.c, args.piece_weight)
        return 0
    vec, fitted = fit([f for _, f, _, _ in data], [cl for _, _, cl, _ in data], args.c,
                      weights=[weight(m, args.piece_weight) for *_, m in data])
    options = {"C": args.c, "piece weight": args.piece_weight, "min weight": args.min_weight,
               "digits": args.digits}
    n = write(args.out, vec, fitted, counts, sets, argv, options, args.min_weight, args.digits,
              title=TITLE, script="train_reject.py")
    print(f"{args.out}: {n} features, {sum(counts.values())} spans from {len(sets)} sets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
