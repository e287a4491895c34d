"""Train the learned bounder (kg.nlp.entities.bounder) on the held-out sets' gold; write its weights.

    python bench/quality/train_bounder.py             # every set but MEASURING → kg/data/nlp/bounder*.tsv
    python bench/quality/train_bounder.py --sets a b c --no-waves --out-dir /tmp/b
    python bench/quality/train_bounder.py --pieces-of dl dm   # (internal) the rules' names, as JSON lines

Two logistic regressions (scikit-learn, L2), both over kg.nlp.entities.bounder.features:

- the **text model** reads a join's words alone (features.text_features) and learns from every
  join of the training articles' own text (features.text_joins: each connector between
  capitalised words, each word boundary inside a capitalised run): is it inside one gold name?
  Some 60,000 joins, half of them one name, whatever the rules do;
- the **join model** reads what the rules made of each side, the join's shape and the text
  model's probability, binned (features.join_features), and learns from the joins beside the
  rules' names (features.joins), where the rules cut. Its rows come from the rules of today on
  the training sets and, for each wave of bench/quality/bounder_waves.tsv, from the rules as they
  stood before the wave was written (that commit's kg, run in a process of its own by
  `--pieces-of`): the rules tuned to a page cut it where its gold does, and a model that saw
  only those would learn that every cut is right. The text model's probability of a training
  row is out of fold (a model trained on the other folds' sets), as at run time.

A join's class is "join" when one gold name of its article covers both sides, else "apart".
The weights are written as TSV files the pipeline reads without scikit-learn
(kg.nlp.entities.typer.model.read), with a header that says how they were trained.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:  # `--pieces-of` runs with an earlier commit's kg first on the path
    sys.path.insert(0, str(ROOT))

from bench.quality.run import SETS, load_gold  # noqa: E402

# the sets nobody tuned to, kept for measuring (as train_typer.py's MEASURING): never trained on
MEASURING = ("dz", "ea", "eb", "ec", "ed", "ee")
WAVES = HERE / "bounder_waves.tsv"
FOLDS = 5
CLASSES = ("apart", "join")
# a feature is written only if its weight reaches this magnitude: the text model learns some
# 93,000 features, most a word seen on a join or two; those below 0.1 move no probability the
# stage reads (the joins of DZ–EE the model is sure of are the same) and keep the file a third
MIN_WEIGHT_TEXT = 0.1
MIN_WEIGHT = 0.01
DIGITS = 3


@dataclass
class Page:
    """One article as a training page: its text, the rules' names on it, its gold names."""

    set: str
    text: str
    pieces: list[tuple[int, int, str, bool]]
    gold: list[str]


def gold_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where each gold name stands in `text` (any whitespace between its words, either
    apostrophe)."""
    out = []
    for name in names:
        words = [re.sub(r"['’]", "['’]", re.escape(w)) for w in name.split()]
        if words:
            out += [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + r"\s+".join(words), text)]
    return out


def covered(begin: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(b <= begin and end <= e for b, e in spans)


def _connectors() -> frozenset[str]:
    from kg.nlp.cuedata import load

    return frozenset(w.lower() for w in load("entities")["bounder"]["connectors"])


def text_rows(page: Page) -> Iterator[tuple[set[str], int]]:
    """(text features, class) of every join of the page's own text."""
    from kg.nlp.entities.bounder.features import features, text_features, text_joins
    from kg.nlp.entities.cues.namecues import Cues

    cues, spans = Cues(), gold_spans(page.text, page.gold)
    for j in text_joins(page.text, _connectors()):
        yield text_features(features(page.text, j, cues)), int(covered(j.begin, j.end, spans))


def join_rows(page: Page) -> Iterator[tuple[set[str], int]]:
    """(features, class) of every join beside the rules' names on the page."""
    from kg.nlp.entities.bounder.features import Piece, features, joins
    from kg.nlp.entities.cues.namecues import Cues

    cues, spans = Cues(), gold_spans(page.text, page.gold)
    pieces = [Piece(*p) for p in page.pieces]
    for j in joins(page.text, pieces, _connectors()):
        yield features(page.text, j, cues), int(covered(j.begin, j.end, spans))


def _pieces(doc) -> list[tuple[int, int, str, bool]]:
    ann = doc.annotations
    return [(m.span.begin, m.span.end, ann.entities[m.entity].kind, ann.entities[m.entity].known)
            for m in ann.mentions]


def pages(sets: Iterable[str]) -> Iterator[Page]:
    """The pages of `sets` read and annotated by the rules of this checkout (stage `entities`)."""
    from kg.nlp import annotate
    from kg.reader import read_article

    for s in sets:
        articles, gold_dir = SETS[s]
        for path in sorted(articles.glob("*.txt")):
            gold = load_gold(gold_dir / f"{path.stem}.json")
            doc = annotate(read_article(path), only=("entities",))
            yield Page(s, doc.text, _pieces(doc), list(gold.entities))


def print_pieces(sets: list[str]) -> None:
    """`--pieces-of`: each page of `sets` as a JSON line, read by whatever kg is first on the
    path (an earlier commit's, for the waves), so it asks only what every commit's kg has."""
    from kg.nlp import annotate
    from kg.reader import read_article

    for s in sets:
        articles, _ = SETS[s]
        for path in sorted(articles.glob("*.txt")):
            doc = read_article(path)
            try:
                annotate(doc, only=("entities",))
            except TypeError:  # a kg before the stages could be chosen
                annotate(doc)
            print(json.dumps({"set": s, "stem": path.stem, "text": doc.text, "pieces": _pieces(doc)}))


def read_waves(path: Path = WAVES) -> list[tuple[str, list[str]]]:
    """(commit, sets) of each wave of the waves file; an error names the file and line."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith(("#", "commit\t")):
            continue
        commit, _, sets = line.partition("\t")
        unknown = [s for s in sets.split() if s not in SETS]
        if not re.fullmatch(r"[0-9a-f]{7,40}", commit) or not sets.split() or unknown:
            raise ValueError(f"{path}:{n}: want a commit, a tab and known set names: {line!r}")
        out.append((commit, sets.split()))
    return out


def wave_pages(waves: list[tuple[str, list[str]]], sets: set[str]) -> Iterator[Page]:
    """The pages of each wave's sets (those among `sets`) annotated by the wave's commit's kg."""
    for commit, wave in waves:
        wanted = [s for s in wave if s in sets]
        if not wanted:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "kg"],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            env = {**os.environ, "PYTHONPATH": os.pathsep.join((tmp, str(ROOT)))}
            out = subprocess.run([sys.executable, __file__, "--pieces-of", *wanted], env=env,
                                 check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            d = json.loads(line)
            articles, gold_dir = SETS[d["set"]]
            gold = load_gold(gold_dir / f"{d['stem']}.json")
            yield Page(d["set"], d["text"], [tuple(p) for p in d["pieces"]], list(gold.entities))
        print(f"wave {commit}: {' '.join(wanted)}", file=sys.stderr)


def fit(rows: list[tuple[set[str], int]], c: float):
    """The vectorizer and fitted binary logistic regression of these rows."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(sorted(f), 1) for f, _ in rows])
    return vec, LogisticRegression(C=c, max_iter=5000).fit(x, [CLASSES[y] for _, y in rows])


def predict(vec, fitted, feats: list[set[str]]) -> list[float]:
    """The fitted model's probability of "join" for each feature set."""
    if not feats:
        return []
    col = list(fitted.classes_).index("join")
    return [float(p[col]) for p in fitted.predict_proba(vec.transform([dict.fromkeys(f, 1) for f in feats]))]


def train(text_pages: list[Page], join_pages: list[Page], c_text: float, c_join: float):
    """(text model, join model, row counts): the text model on every join of `text_pages`; the
    join model on the joins beside the rules' names on `join_pages`, with each row's text
    probability from a text model trained on the other folds' sets."""
    from kg.nlp.entities.bounder.features import join_features, text_features

    order = sorted({p.set for p in text_pages} | {p.set for p in join_pages})
    fold = {s: i % FOLDS for i, s in enumerate(order)}
    trows = [(p.set, r) for p in text_pages for r in text_rows(p)]
    jrows = [(p.set, r) for p in join_pages for r in join_rows(p)]
    p_text = [0.0] * len(jrows)
    for f in range(FOLDS):
        held = [i for i, (s, _) in enumerate(jrows) if fold[s] == f]
        train_rows = [r for s, r in trows if fold[s] != f]
        if not held or len({y for _, y in train_rows}) < 2:
            continue
        vec, m = fit(train_rows, c_text)
        for i, p in zip(held, predict(vec, m, [text_features(jrows[i][1][0]) for i in held]), strict=True):
            p_text[i] = p
    text_model = fit([r for _, r in trows], c_text)
    join = [(join_features(f, p), y) for (_, (f, y)), p in zip(jrows, p_text, strict=True)]
    return text_model, fit(join, c_join), (len(trows), sum(y for _, (_, y) in trows), len(join),
                                           sum(y for _, y in join))


def write(out: Path, vec, fitted, title: str, header: list[str], min_weight: float = MIN_WEIGHT,
          digits: int = DIGITS) -> int:
    """The weights as TSV (kg.nlp.entities.typer.model.read's format): classes "apart" (all
    weights 0) and "join", so the softmax of the two is the model's logistic probability; a
    feature whose weight is below `min_weight` in magnitude is left out. Returns the rows."""
    import sklearn

    names = vec.get_feature_names_out()
    coef = fitted.coef_[0]
    sign = 1 if list(fitted.classes_) == ["apart", "join"] else -1
    zero = f"{0:.{digits}f}"
    lines = [f"# kg learned bounder: {title}", "# read by kg/nlp/entities/bounder (typer/model.py's format)",
             *[f"# {h}" for h in header], f"# library: scikit-learn {sklearn.__version__}",
             "feature\tapart\tjoin", f"__bias__\t{zero}\t{sign * fitted.intercept_[0]:.{digits}f}"]
    n = 0
    for i in sorted(range(len(names)), key=lambda i: names[i]):
        w = sign * coef[i]
        cell = f"{w:.{digits}f}"
        if abs(w) < min_weight or float(cell) == 0:
            continue
        lines.append(f"{names[i]}\t{zero}\t{cell}")
        n += 1
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", choices=list(SETS),
                    help="the sets to train on (default: every set but MEASURING)")
    ap.add_argument("--C-text", type=float, default=1.0, dest="c_text",
                    help="inverse L2 strength of the text model (default 1)")
    ap.add_argument("--C", type=float, default=1.0, dest="c_join",
                    help="inverse L2 strength of the join model (default 1)")
    ap.add_argument("--no-waves", action="store_true",
                    help="train the join model on today's rules only, not the waves' earlier ones")
    ap.add_argument("--waves", type=Path, default=WAVES)
    ap.add_argument("--min-weight-text", type=float, default=MIN_WEIGHT_TEXT,
                    help=f"write only the text model's features whose weight reaches this magnitude "
                         f"(default {MIN_WEIGHT_TEXT})")
    ap.add_argument("--out-dir", type=Path, default=ROOT / "kg" / "data" / "nlp")
    ap.add_argument("--pieces-of", nargs="+", metavar="SET", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.pieces_of:
        print_pieces(args.pieces_of)
        return 0
    from kg.nlp.entities.bounder import JOIN_FILE, TEXT_FILE

    sets = args.sets or [s for s in SETS if s not in MEASURING]
    today = list(pages(sets))
    earlier = [] if args.no_waves else list(wave_pages(read_waves(args.waves), set(sets)))
    (tvec, tm), (jvec, jm), (nt, pt, nj, pj) = train(today, today + earlier, args.c_text, args.c_join)
    header = [f"trained by: python bench/quality/train_bounder.py {' '.join(argv)}".rstrip(),
              f"sets: {' '.join(sets)}", f"held out: {' '.join(s for s in MEASURING if s not in sets)}"]
    args.out_dir.mkdir(parents=True, exist_ok=True)
    n1 = write(args.out_dir / TEXT_FILE, tvec, tm, "the text model (features.text_features)",
               [*header, f"joins: {nt}, {pt} inside one gold name",
                f"options: C {args.c_text}, min weight {args.min_weight_text}"], args.min_weight_text)
    n2 = write(args.out_dir / JOIN_FILE, jvec, jm, "the join model (features.join_features)",
               [*header, f"joins: {nj} beside the rules' names ({len(earlier)} pages by the waves' "
                         f"earlier rules), {pj} inside one gold name", f"options: C {args.c_join}"])
    print(f"{args.out_dir}: {TEXT_FILE} {n1} features, {JOIN_FILE} {n2} features", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
