"""Train the learned typer (kg.nlp.entities.typer) on the held-out sets' gold; write its weights.

    python bench/quality/train_typer.py            # all sets but the measuring ones → kg/data/nlp/typer.tsv
    python bench/quality/train_typer.py --out /tmp/typer.tsv --sets a b c
    python bench/quality/train_typer.py --min-weight 0 --digits 4   # every feature, as first shipped

Each article of the training sets is read and annotated by the stages the pipeline runs before
the typer (`stages_before("types")`: the rules, stage `entities`, and the learned bounder's joins,
stage `bounds`), so the model learns from the names the stage `types` is handed, with the
features the pipeline computes (kg.nlp.entities.typer.features). Until branch typer47 it read the
rules alone, and never saw a name the bounder joined ("… Committee for Better Housing" whole, not
cut at "for"). A name's class is the gold's type of its mentions' surfaces (Person, Place,
Organization; any other type is "Other"); a name the gold does not hold teaches nothing. The
model is scikit-learn's multinomial LogisticRegression (L2, `--C`); its weights are written as a
TSV the pipeline reads without scikit-learn (typer/model.py), with a
header that says how it was trained.

The file is kept lean, since every process that annotates reads it (bench/README.md, "The
learned typer's weights, leaner"): a feature whose weights all stay below `--min-weight` in
magnitude after training is not written (it weighs 0, as a feature the file does not know: its
largest weight moves a class's score by less than that), and each weight keeps `--digits`
decimals. The defaults (0.15, 2) keep 17,299 of 87,481 features in a sixth of the size, with the
figures on the sets the typer never sees (DL–DS) no worse than every feature's at 4 decimals.
`--min-count` (a feature learned only if that many training names have it) is there to try, and
off by default: a model trained without its rare features lost names on DL and DM.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from bench.quality.run import SETS, is_description, load_gold, norm_surface  # noqa: E402

# the sets nobody tuned a rule to, kept for measuring the typer (bench/README.md, "A learned typer"
# and "Twelve fresh sets"): never trained on. A set leaves this list once rules have been tuned to
# it (DL–DS, first measured before any rule or weight saw them, then tuned; DT–DY likewise): its
# figures no longer measure pages nobody has seen, and its gold then teaches the typer. DZ–EE and
# EF–EK, measured untouched when written, left it likewise (branch typer46) once engineers began
# tuning rules to them; EL–EP too (branch typer47: measured untouched at the end of the session
# that wrote them, then tuned to the next, and the first sets of culture and sport pages, whose
# teams, works and artists no earlier set had). EQ–EU, written by engineers who tune nothing, are
# first measured at the end of the session that wrote them (2026-12-07, fourth).
MEASURING = ("ev", "ew", "ex", "ey", "ez")
CLASSES = ("Person", "Place", "Organization")
OTHER = "Other"
# the defaults of the options that keep the file lean (see the module doc)
MIN_COUNT = 1  # a feature is learned only if this many training names have it (1: all)
MIN_WEIGHT = 0.15  # a feature is written only if one of its weights reaches this magnitude
DIGITS = 2  # decimals kept of each weight


def stages_before(stage: str) -> tuple[str, ...]:
    """The pipeline's stages that run before `stage` (kg.nlp.stages), as it runs them: what a
    model trained here must be handed to learn from the names the stage itself meets."""
    from kg.nlp.stages import NAMES

    return NAMES[:NAMES.index(stage)]


def before_typer(path: Path, kept: Path | None = None):
    """The article at `path` read and annotated by the stages before the typer; with `kept` (a
    folder), the document is kept there as a pickle named for the article between runs. The
    typer's trainer and the test of names' (which runs the typer on it) share one such folder
    (`--cache`), so an article is annotated once for both: the annotation is most of their time."""
    import pickle

    from kg.nlp import annotate
    from kg.reader import read_article

    pkl = kept / f"{path.stem}.pkl" if kept is not None else None
    if pkl is not None and pkl.exists():
        try:
            return pickle.loads(pkl.read_bytes())
        except (EOFError, pickle.UnpicklingError):
            pass  # another process is writing it: annotate it here too
    doc = annotate(read_article(path), only=stages_before("types"))
    if pkl is not None:
        # written whole, then renamed, so a process reading the folder meanwhile (typer_audit.py
        # --cache beside a trainer) never reads half of it
        pkl.parent.mkdir(parents=True, exist_ok=True)
        part = pkl.with_name(f"{pkl.name}.{os.getpid()}.part")
        part.write_bytes(pickle.dumps(doc))
        part.replace(pkl)
    return doc


def rows(articles: Path, gold_dir: Path, kept: Path | None = None):
    """(features, class) of each name the stages before the typer find in each article that the
    gold types; `kept`: before_typer's folder of annotated documents."""
    from kg.nlp.entities.typer import features, mention_spans

    for path in sorted(articles.glob("*.txt")):
        gold = load_gold(gold_dir / f"{path.stem}.json")
        doc = before_typer(path, kept)
        ann = doc.annotations
        for key, sp in mention_spans(doc).items():
            surfaces = [norm_surface(doc.text[b:e]) for b, e in sp]
            types = Counter(gold.entities[s] for s in surfaces
                            if s in gold.entities and not is_description(s))
            if not types:
                continue
            typ = types.most_common(1)[0][0]
            yield features(doc.text, sp, ann.entities[key].label), typ if typ in CLASSES else OTHER


def frequent(names: list[set[str]], min_count: int) -> list[set[str]]:
    """Each name's features less those fewer than `min_count` of the names have."""
    counts = Counter(f for feats in names for f in feats)
    return [{f for f in feats if counts[f] >= min_count} for feats in names]


def fit(names: list[set[str]], classes: list[str], c: float, min_count: int = 1,
        weights: list[float] | None = None) -> tuple[object, object]:
    """The vectorizer and the fitted model of these names' features and classes; `weights`, one
    per name, where some examples should count less (bench/quality/train_reject.py)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x = [dict.fromkeys(sorted(feats), 1) for feats in frequent(names, min_count)]
    vec = DictVectorizer()
    fitted = LogisticRegression(C=c, max_iter=5000).fit(vec.fit_transform(x), classes,
                                                        sample_weight=weights)
    return vec, fitted


def train(sets: list[str], c: float, min_count: int = 1,
          cache: Path | None = None) -> tuple[object, object, Counter]:
    names, classes = [], []
    for s in sets:
        for feats, cls in rows(*SETS[s], cache / s if cache else None):
            names.append(feats)
            classes.append(cls)
    vec, fitted = fit(names, classes, c, min_count)
    return vec, fitted, Counter(classes)


TITLE = ("kg learned typer: multinomial logistic regression over binary features of a name",
         "(kg/nlp/entities/typer/features.py); read by kg/nlp/entities/typer/model.py")


def write(out: Path, vec, fitted, counts: Counter, sets: list[str], argv: list[str],
          options: dict[str, object] | None = None, min_weight: float = 0.0, digits: int = 4,
          title: tuple[str, ...] = TITLE, script: str = "train_typer.py") -> int:
    """The weights as TSV (model.read's format), each with `digits` decimals, less the features
    none of whose weights reaches `min_weight` in magnitude (or rounds to a non-zero); returns the
    number of feature rows. `options` are written in the header as they were chosen; `title`
    opens it and `script` is the trainer it names (bench/quality/train_reject.py writes its
    weights here too). A model of two classes (scikit-learn keeps one row of weights, for the
    second) is written with a column of zeros for the first, so that the reader's softmax gives
    the same probabilities (a logistic of the second's score)."""
    import numpy as np
    import sklearn

    classes = [str(c) for c in fitted.classes_]
    names = vec.get_feature_names_out()
    zero = f"{0:.{digits}f}"
    coef, intercept = fitted.coef_, fitted.intercept_
    if len(classes) == 2 and coef.shape[0] == 1:
        coef = np.vstack([np.zeros_like(coef), coef])
        intercept = np.concatenate([[0.0], intercept])
    lines = [
        *(f"# {t}" for t in title),
        f"# trained by: python bench/quality/{script} {' '.join(argv)}".rstrip(),
        f"# library: scikit-learn {sklearn.__version__}",
        f"# sets: {' '.join(sets)}",
        f"# held out: {' '.join(s for s in MEASURING if s not in sets)}",
        "# names: " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)),
        *([f"# options: {', '.join(f'{k} {v}' for k, v in options.items())}"] if options else []),
        "feature\t" + "\t".join(classes),
        "__bias__\t" + "\t".join(f"{b:.{digits}f}" for b in intercept),
    ]
    n = 0
    coef = coef.T
    for i in sorted(range(len(names)), key=lambda i: names[i]):
        if max(abs(w) for w in coef[i]) < min_weight:
            continue
        cells = [f"{w:.{digits}f}" for w in coef[i]]
        if all(float(c) == 0 for c in cells):
            continue
        lines.append(f"{names[i]}\t" + "\t".join(zero if c == f"-{zero}" else c for c in cells))
        n += 1
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


def weights_file_arguments(ap: argparse.ArgumentParser, file: str, min_weight: float,
                           digits: int) -> None:
    """The options of a trainer that writes a weights file with `write` (this one and
    train_reject.py): the sets it learns from, the file, and the options that keep it lean."""
    ap.add_argument("--sets", nargs="+", choices=list(SETS),
                    help="the sets to train on (default: every set but MEASURING)")
    ap.add_argument("--min-weight", type=float, default=min_weight,
                    help="write only the features one of whose weights reaches this magnitude "
                         f"(default {min_weight})")
    ap.add_argument("--digits", type=int, default=digits,
                    help=f"decimals kept of each weight (default {digits})")
    ap.add_argument("--out", type=Path, default=HERE.parent.parent / "kg" / "data" / "nlp" / file)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--C", type=float, default=10.0, dest="c",
                    help="inverse strength of the L2 penalty (default 10, chosen on fifteen sets' "
                         "first measures)")
    ap.add_argument("--min-count", type=int, default=MIN_COUNT,
                    help="learn only the features at least this many training names have "
                         f"(default {MIN_COUNT})")
    ap.add_argument("--cache", type=Path,
                    help="keep the annotated documents here between runs (train_reject.py's --cache "
                         "reads the same folder)")
    weights_file_arguments(ap, "typer.tsv", MIN_WEIGHT, DIGITS)
    args = ap.parse_args(argv)
    sets = args.sets or [s for s in SETS if s not in MEASURING]
    vec, fitted, counts = train(sets, args.c, args.min_count, args.cache)
    options = {"C": args.c, "min count": args.min_count, "min weight": args.min_weight,
               "digits": args.digits}
    n = write(args.out, vec, fitted, counts, sets, argv, options, args.min_weight, args.digits)
    print(f"{args.out}: {n} features, {sum(counts.values())} names from {len(sets)} sets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
