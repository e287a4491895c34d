"""Train the learned typer (kg.nlp.entities.typer) on the held-out sets' gold; write its weights.

    python bench/quality/train_typer.py            # all sets but the measuring ones → kg/data/nlp/typer.tsv
    python bench/quality/train_typer.py --out /tmp/typer.tsv --sets a b c

Each article of the training sets is read and annotated by the rules alone (the stage
`entities`, not the typer), so the model learns from the names the rules find, with the features
the pipeline computes (kg.nlp.entities.typer.features). A name's class is the gold's type of its
mentions' surfaces (Person, Place, Organization; any other type is "Other"); a name the gold does
not hold teaches nothing. The model is scikit-learn's multinomial LogisticRegression (L2, `--C`);
its weights are written as a TSV the pipeline reads without scikit-learn (typer/model.py), with a
header that says how it was trained.

The sets listed in MEASURING are never trained on (unless named with --sets): they were written
after the rules stopped being tuned, and measure the typer as a page nobody has seen would meet
it (tests/test_typer.py checks the shipped weights' header says so).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from bench.quality.run import SETS, is_description, load_gold, norm_surface  # noqa: E402

# the sets nobody tuned a rule to, kept for measuring the typer (bench/README.md, "A learned typer")
MEASURING = ("dl", "dm", "dn", "do", "dp", "dq", "dr", "ds")
CLASSES = ("Person", "Place", "Organization")
OTHER = "Other"
DIGITS = 4  # decimals kept of each weight


def rows(articles: Path, gold_dir: Path):
    """(features, class) of each name the rules find in each article that the gold types."""
    from kg.nlp import annotate
    from kg.nlp.entities.typer import features
    from kg.reader import read_article

    for path in sorted(articles.glob("*.txt")):
        gold = load_gold(gold_dir / f"{path.stem}.json")
        doc = annotate(read_article(path), only=("entities",))
        ann = doc.annotations
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in ann.mentions:
            spans.setdefault(m.entity, []).append((m.span.begin, m.span.end))
        for key, sp in spans.items():
            surfaces = [norm_surface(doc.text[b:e]) for b, e in sp]
            types = Counter(gold.entities[s] for s in surfaces
                            if s in gold.entities and not is_description(s))
            if not types:
                continue
            typ = types.most_common(1)[0][0]
            yield features(doc.text, sp, ann.entities[key].label), typ if typ in CLASSES else OTHER


def train(sets: list[str], c: float) -> tuple[object, object, Counter]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x, y = [], []
    for s in sets:
        for feats, cls in rows(*SETS[s]):
            x.append(dict.fromkeys(sorted(feats), 1))
            y.append(cls)
    vec = DictVectorizer()
    fitted = LogisticRegression(C=c, max_iter=5000).fit(vec.fit_transform(x), y)
    return vec, fitted, Counter(y)


def write(out: Path, vec, fitted, counts: Counter, sets: list[str], argv: list[str]) -> int:
    """The weights as TSV (model.read's format); returns the number of feature rows."""
    import sklearn

    classes = [str(c) for c in fitted.classes_]
    names = vec.get_feature_names_out()
    lines = [
        "# kg learned typer: multinomial logistic regression over binary features of a name",
        "# (kg/nlp/entities/typer/features.py); read by kg/nlp/entities/typer/model.py",
        f"# trained by: python bench/quality/train_typer.py {' '.join(argv)}".rstrip(),
        f"# library: scikit-learn {sklearn.__version__}",
        f"# sets: {' '.join(sets)}",
        f"# held out: {' '.join(s for s in MEASURING if s not in sets)}",
        "# names: " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)),
        "feature\t" + "\t".join(classes),
        "__bias__\t" + "\t".join(f"{b:.{DIGITS}f}" for b in fitted.intercept_),
    ]
    n = 0
    coef = fitted.coef_.T
    for i in sorted(range(len(names)), key=lambda i: names[i]):
        cells = [f"{w:.{DIGITS}f}" for w in coef[i]]
        if all(float(c) == 0 for c in cells):
            continue
        lines.append(f"{names[i]}\t" + "\t".join(c.replace("-0.0000", "0.0000") for c in cells))
        n += 1
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", choices=list(SETS),
                    help="the sets to train on (default: every set but MEASURING)")
    ap.add_argument("--C", type=float, default=10.0, dest="c",
                    help="inverse strength of the L2 penalty (default 10, chosen on fifteen sets' "
                         "first measures)")
    ap.add_argument("--out", type=Path, default=HERE.parent.parent / "kg" / "data" / "nlp" / "typer.tsv")
    args = ap.parse_args(argv)
    sets = args.sets or [s for s in SETS if s not in MEASURING]
    vec, fitted, counts = train(sets, args.c)
    n = write(args.out, vec, fitted, counts, sets, argv)
    print(f"{args.out}: {n} features, {sum(counts.values())} names from {len(sets)} sets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
