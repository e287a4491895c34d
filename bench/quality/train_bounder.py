"""Train the learned bounder (kg.nlp.entities.bounder) on the held-out sets' gold; write its weights.

    python bench/quality/train_bounder.py --cache /tmp/b --jobs 2   # → kg/data/nlp/bounder*.tsv
    python bench/quality/train_bounder.py --cache /tmp/b --jobs 2 --cv-waves   # choose the floor
    python bench/quality/train_bounder.py --sets a b c --no-waves --out-dir /tmp/b
    python bench/quality/train_bounder.py --pieces-of dl dm   # (internal) the rules' names, as JSON lines

Three logistic regressions (scikit-learn, L2), all over kg.nlp.entities.bounder.features:

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
  row is out of fold (a text model trained without the row's fold: its wave, or for a set of no
  wave one of `FOLDS` blocks), as at run time;
- the **cut model** asks the join model's question inside a rules' name (features.cuts: each
  inner split of a new name, at a connector or between two capitalised words; features.
  cut_features: the split's features, its text probability out of fold, the whole name's kind
  and length), from the same pages: a split is "join" where one gold name covers both sides,
  "apart" where none does and each side is a gold name or overlaps none (one of them a gold
  name); a split of which the gold says neither teaches nothing (cut_rows).

A join's class is "join" when one gold name of its article covers both sides, else "apart".
The weights are written as TSV files the pipeline reads without scikit-learn
(kg.nlp.entities.typer.model.read), with a header that says how they were trained.

`--cv-waves` measures the choice of the stage's floors honestly: each wave of the training sets is
held out in turn (its sets' text, joins and splits, by today's rules and by its own earlier ones),
the models are trained without it, and its pages as today's rules read them are joined at each
floor and counted as bench/quality/run.py counts names: gold names found and junk, before and
after; then, joined at the stage's floor, cut below each of `--cut-floors` (cv_cuts).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:  # `--pieces-of` runs with an earlier commit's kg first on the path
    sys.path.insert(0, str(ROOT))

from bench.quality.run import SETS, load_gold  # noqa: E402

# the sets nobody tuned to, kept for measuring: never trained on, never used to choose the floor
# (EQ–EU, written in bound47's session, are not on main when it trains: `sets` never names them)
MEASURING = ("ev", "ew", "ex", "ey", "ez")
WAVES = HERE / "bounder_waves.tsv"
FOLDS = 5
CLASSES = ("apart", "join")
# the text model learns some 100,000 features, most a word seen on a join or two; `--prune`
# writes only those whose weight reaches the largest of these magnitudes that changes no
# decision of the stage on the training sets' joins (the header says which and how many)
PRUNE_FLOORS = (0.01, 0.02, 0.03, 0.04, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3)
MIN_WEIGHT_TEXT = 0.1
MIN_WEIGHT = 0.01
DIGITS = 3
# what the rules' names do not depend on: the bounder's weights and its stage's code
BOUNDER_PATHS = ("kg/data/nlp/bounder", "kg/nlp/entities/bounder/")
CV_FLOORS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
CV_CUT_FLOORS = (0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5)


@dataclass
class Page:
    """One article as a training page: its text, the rules' names on it, its gold names."""

    set: str
    text: str
    pieces: list[tuple[int, int, str, bool]]
    gold: list[str]
    stem: str = ""


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


def cut_rows(page: Page) -> Iterator[tuple[set[str], int, tuple]]:
    """(features, class, piece) of each inner split of the rules' new names on the page whose
    class the gold says: "join" where one gold name covers both sides, "apart" where none does
    and each side is a gold name or overlaps none, one of them a gold name. A split the gold
    says neither of (a side that is part of a gold name) teaches nothing."""
    from kg.nlp.entities.bounder.features import Piece, cuts, features
    from kg.nlp.entities.cues.namecues import Cues

    cues, spans = Cues(), gold_spans(page.text, page.gold)
    exact = set(spans)
    for piece, j in cuts(page.text, [Piece(*p) for p in page.pieces], _connectors()):
        if covered(j.begin, j.end, spans):
            yield features(page.text, j, cues), 1, tuple(vars(piece).values())
            continue
        sides = [(j.left.begin, j.left.end), (j.right.begin, j.right.end)]
        named = [sd in exact for sd in sides]
        clean = [n or not any(b < sd[1] and sd[0] < e for b, e in spans)
                 for n, sd in zip(named, sides, strict=True)]
        if all(clean) and any(named):
            yield features(page.text, j, cues), 0, tuple(vars(piece).values())


def join_rows(page: Page) -> Iterator[tuple[set[str], int]]:
    """(features, class) of every join beside the rules' names on the page."""
    from kg.nlp.entities.bounder.features import Piece, features, joins
    from kg.nlp.entities.cues.namecues import Cues

    cues, spans = Cues(), gold_spans(page.text, page.gold)
    pieces = [Piece(*p) for p in page.pieces]
    for j in joins(page.text, pieces, _connectors()):
        yield features(page.text, j, cues), int(covered(j.begin, j.end, spans))


# -- the pages: read by today's rules or a wave's earlier ones, cached ---------------------------

def _pieces(doc) -> list[tuple[int, int, str, bool]]:
    ann = doc.annotations
    return [(m.span.begin, m.span.end, ann.entities[m.entity].kind, ann.entities[m.entity].known)
            for m in ann.mentions]


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


def _git(*args: str) -> str | None:
    try:
        return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True,
                              text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


def rules_key() -> str | None:
    """A name for the rules of this checkout: a hash of kg/ as the work tree holds it (the index's
    blobs, the changes not committed, the files git does not track), less the bounder's own
    weights and code (`BOUNDER_PATHS`), which the rules' names (stage `entities`) do not depend
    on; None outside a git checkout."""
    listing = _git("ls-files", "-s", "kg")
    diff = _git("diff", "HEAD", "--", "kg", *(f":(exclude){p}*" for p in BOUNDER_PATHS))
    untracked = _git("ls-files", "--others", "--exclude-standard", "kg")
    if listing is None or diff is None or untracked is None:
        return None
    rows = [line for line in listing.splitlines() if not any(p in line for p in BOUNDER_PATHS)]
    digest = hashlib.sha1("\n".join([*rows, diff]).encode())
    for p in untracked.splitlines():
        if "__pycache__" not in p and not any(p.startswith(b) for b in BOUNDER_PATHS):
            digest.update(p.encode() + (ROOT / p).read_bytes())
    return f"rules-{digest.hexdigest()[:12]}"


def _read_lines(sets: list[str], commit: str | None) -> list[str]:
    """The JSON lines of `--pieces-of` for `sets`: by this checkout's kg (commit None), in this
    process, or by `commit`'s kg, in a process of its own with that commit's kg first on the path."""
    if commit is None:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            print_pieces(sets)
        return out.getvalue().splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "kg"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join((tmp, str(ROOT)))}
        return subprocess.run([sys.executable, __file__, "--pieces-of", *sets], env=env,
                              check=True, capture_output=True, text=True).stdout.splitlines()


def read_pages(sets: Iterable[str], commit: str | None = None, cache: Path | None = None) -> list[Page]:
    """The pages of `sets` annotated (stage `entities`) by this checkout's rules (commit None) or
    by `commit`'s, each with its gold names. With `cache`, each set's reading is kept in
    cache/<commit or rules key>/<set>.jsonl and read from there the next time: a commit's reading
    never changes, and this checkout's is keyed by a hash of its kg/ (rules_key)."""
    key = commit or rules_key()
    out: list[Page] = []
    for s in sets:
        path = cache / key / f"{s}.jsonl" if cache is not None and key else None
        if path is not None and path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
        else:
            lines = _read_lines([s], commit)
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        for line in lines:
            d = json.loads(line)
            gold = load_gold(SETS[d["set"]][1] / f"{d['stem']}.json")
            out.append(Page(d["set"], d["text"], [tuple(p) for p in d["pieces"]], list(gold.entities),
                            d["stem"]))
    return out


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


def wave_pages(waves: list[tuple[str, list[str]]], sets: set[str], cache: Path | None = None) -> list[Page]:
    """The pages of each wave's sets (only those among `sets`: a measuring set never) annotated by
    the wave's commit's kg."""
    out: list[Page] = []
    for commit, wave in waves:
        wanted = [s for s in wave if s in sets]
        if wanted:
            out += read_pages(wanted, commit, cache)
            print(f"wave {commit}: {' '.join(wanted)}", file=sys.stderr)
    return out


def folds(sets: Iterable[str], waves: list[tuple[str, list[str]]] = ()) -> dict[str, str]:
    """Each set's fold: its wave's ("wave <commit>"), else one of `FOLDS` blocks of the sets of
    no wave, in their order. A fold is what the out-of-fold text probabilities and the
    leave-one-wave-out measure hold out together."""
    sets = list(sets)
    out = {s: f"wave {commit}" for commit, wave in waves for s in wave if s in sets}
    rest = [s for s in sets if s not in out]
    out.update({s: f"block {i % FOLDS}" for i, s in enumerate(rest)})
    return out


# -- fitting ------------------------------------------------------------------------------------

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


_ROWS: list[tuple[str, tuple[set[str], int]]] = []  # the text rows the pool's workers share


def _fit_without(args: tuple[str | None, dict[str, str], float]):
    fold, fold_of, c = args
    return fold, fit([r for s, r in _ROWS if fold is None or fold_of[s] != fold], c)


@dataclass
class Prepared:
    """The text models, the join rows and the cut rows of one training: `text` trained on every
    text row, `held[f]` on every fold's but f's; each join row (set, features, class) and cut
    row (set, features, class, piece) with its text probability out of fold."""

    text: tuple
    held: dict[str, tuple]
    join_rows: list[tuple[str, set[str], int]]
    p_text: list[float]
    n_text: int
    n_text_join: int
    cut_rows: list[tuple[str, set[str], int, tuple]] = ()
    p_cut_text: list[float] = ()


def prepare(text_pages: list[Page], join_pages: list[Page], c_text: float,
            fold_of: dict[str, str] | None = None, jobs: int = 1) -> Prepared:
    """Fit the text model on every join of `text_pages` and once per fold without it (`jobs`
    processes); the joins beside the rules' names on `join_pages` with their out-of-fold text
    probability."""
    from kg.nlp.entities.bounder.features import text_features

    global _ROWS
    fold_of = fold_of or folds(sorted({p.set for p in text_pages} | {p.set for p in join_pages}))
    _ROWS = [(p.set, r) for p in text_pages for r in text_rows(p)]
    jrows = [(p.set, f, y) for p in join_pages for f, y in join_rows(p)]
    crows = [(p.set, f, y, pc) for p in join_pages for f, y, pc in cut_rows(p)]
    wanted = [None, *sorted({fold_of[s] for s, _, _ in jrows} | {fold_of[r[0]] for r in crows})]
    tasks = [(f, fold_of, c_text) for f in wanted]
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            fitted = dict(pool.map(_fit_without, tasks))
    else:
        fitted = dict(map(_fit_without, tasks))
    p_text, p_cut = [0.0] * len(jrows), [0.0] * len(crows)
    for f in wanted[1:]:
        if len({y for s, (_, y) in _ROWS if fold_of[s] != f}) < 2:
            continue
        for rows, out in ((jrows, p_text), (crows, p_cut)):
            idx = [i for i, r in enumerate(rows) if fold_of[r[0]] == f]
            for i, p in zip(idx, predict(*fitted[f], [text_features(rows[i][1]) for i in idx]), strict=True):
                out[i] = p
    n_text, n_text_join = len(_ROWS), sum(y for _, (_, y) in _ROWS)
    _ROWS = []
    return Prepared(fitted[None], {f: fitted[f] for f in wanted[1:]}, jrows, p_text, n_text, n_text_join,
                    crows, p_cut)


def join_fit(prep: Prepared, c_join: float, without: str | None = None,
             fold_of: dict[str, str] | None = None):
    """The join model fitted on the prepared join rows (less those of fold `without`)."""
    from kg.nlp.entities.bounder.features import join_features

    return fit([(join_features(f, p), y) for (s, f, y), p in zip(prep.join_rows, prep.p_text, strict=True)
                if without is None or fold_of[s] != without], c_join)


def cut_fit(prep: Prepared, c_cut: float, without: str | None = None,
            fold_of: dict[str, str] | None = None):
    """The cut model fitted on the prepared cut rows (less those of fold `without`)."""
    from kg.nlp.entities.bounder.features import Piece, cut_features

    return fit([(cut_features(f, p, Piece(*pc)), y)
                for (s, f, y, pc), p in zip(prep.cut_rows, prep.p_cut_text, strict=True)
                if without is None or fold_of[s] != without], c_cut)


def train(text_pages: list[Page], join_pages: list[Page], c_text: float, c_join: float,
          fold_of: dict[str, str] | None = None, jobs: int = 1):
    """(text model, join model, row counts): the text model on every join of `text_pages`; the
    join model on the joins beside the rules' names on `join_pages`, with each row's text
    probability from a text model trained without the row's fold."""
    prep = prepare(text_pages, join_pages, c_text, fold_of, jobs)
    return prep.text, join_fit(prep, c_join), (prep.n_text, prep.n_text_join, len(prep.join_rows),
                                               sum(y for _, _, y in prep.join_rows))


# -- the stage's decisions, offline --------------------------------------------------------------

def as_model(vec, fitted, min_weight: float = 0.0, digits: int = DIGITS):
    """The fitted model as the stage reads it from its file (kg.nlp.entities.typer.model.Model):
    weights rounded to `digits`, those below `min_weight` left out."""
    from kg.nlp.entities.typer.model import Model

    sign = 1 if list(fitted.classes_) == ["apart", "join"] else -1
    weights = {}
    for name, w in zip(vec.get_feature_names_out(), fitted.coef_[0], strict=True):
        w = round(sign * float(w), digits)
        if w != 0 and abs(w) >= min_weight:
            weights[str(name)] = (0.0, w)
    return Model(CLASSES, (0.0, round(sign * float(fitted.intercept_[0]), digits)), weights)


def page_joins(page: Page, text_model, join_model) -> list[tuple[object, float]]:
    """Each join beside the rules' names on `page` with the join model's probability, as the
    stage computes it (models as kg.nlp.entities.typer.model.Model)."""
    from kg.nlp.entities.bounder import probability
    from kg.nlp.entities.bounder.features import Piece, joins
    from kg.nlp.entities.cues.namecues import Cues

    cues = Cues()
    return [(j, probability(page.text, j, cues, text_model, join_model))
            for j in joins(page.text, [Piece(*p) for p in page.pieces], _connectors())]


def joined_spans(page: Page, sure: list[tuple[object, float]]) -> list[tuple[int, int, bool]]:
    """The page's name spans (begin, end, known) once the sure joins are made, as the stage
    makes them: the rules' names inside a joined name give way to it."""
    from kg.nlp.entities.bounder import runs

    made = [(b, e) for b, e, _, _ in runs(sure)]
    kept = [(b, e, k) for b, e, _, k in page.pieces if not any(mb <= b and e <= me for mb, me in made)]
    return sorted(kept + [(b, e, False) for b, e in made])


def page_gold(page: Page):
    """The page's gold file (bench/quality/run.py's Gold)."""
    return load_gold(SETS[page.set][1] / f"{page.stem}.json")


def name_counts(page: Page, spans: list[tuple[int, int, bool]]) -> tuple[int, int]:
    """(gold names found, junk) of the page's names as bench/quality/run.py's score counts them."""
    from bench.quality.run import _is_junk, is_description, norm, norm_surface, structure_names

    gold = page_gold(page)
    surfaces = set()
    for b, e, known in spans:
        surface = norm_surface(page.text[b:e])
        if not (is_description(surface) and known):
            surfaces.add(surface)
    optional = set(gold.optional) | structure_names(gold)
    folded = {n.casefold() for n in structure_names(gold)}
    known = list(gold.entities) + sorted(optional)
    heading = " ".join(norm(gold.structure[f]) or "" for f in ("headline", "kicker", "label"))
    lower_words = set(re.findall(r"[a-z][a-z'-]*", page.text))
    junk = [s for s in surfaces if s not in gold.entities and s not in optional and s.casefold() not in folded
            and _is_junk(s, known, heading, lower_words)]
    return len(surfaces & set(gold.entities)), len(junk)


def cv_waves(today: list[Page], prep: Prepared, fold_of: dict[str, str], c_join: float,
             floors: Iterable[float]) -> dict[float, tuple[int, int, int]]:
    """Leave one wave out: for each wave among the training sets, the join model fitted without
    its rows and the text model without its text (prep.held) join its pages as today's rules read
    them; (found, junk, joins made) added up over the waves at each floor, against none made.
    Prints one line per wave and floor."""
    floors = sorted(floors)
    total = {f: [0, 0, 0] for f in floors}
    for fold in sorted({fold_of[p.set] for p in today if fold_of[p.set].startswith("wave ")}):
        jm = as_model(*join_fit(prep, c_join, fold, fold_of))
        tm = as_model(*prep.held[fold])
        line = [fold, " ".join(sorted({p.set for p in today if fold_of[p.set] == fold}))]
        per = {f: [0, 0, 0] for f in floors}
        for page in (p for p in today if fold_of[p.set] == fold):
            scored = page_joins(page, tm, jm)
            found0, junk0 = name_counts(page, [(b, e, k) for b, e, _, k in page.pieces])
            for f in floors:
                sure = [(j, p) for j, p in scored if p >= f]
                found, junk = name_counts(page, joined_spans(page, sure)) if sure else (found0, junk0)
                per[f][0] += found - found0
                per[f][1] += junk - junk0
                per[f][2] += len(sure)
        for f in floors:
            total[f] = [a + b for a, b in zip(total[f], per[f], strict=True)]
        print("  ".join(line + [f"{f}: found {d[0]:+d} junk {d[1]:+d} joins {d[2]}" for f, d in per.items()]),
              file=sys.stderr)
    return {f: tuple(v) for f, v in total.items()}


def page_cuts(page: Page, text_model, cut_model) -> list[tuple[object, object, float]]:
    """Each inner split of the rules' new names on `page` with the cut model's probability, as
    the stage computes it: (piece, split, probability)."""
    from kg.nlp.entities.bounder import cut_probability
    from kg.nlp.entities.bounder.features import Piece, cuts
    from kg.nlp.entities.cues.namecues import Cues

    cues = Cues()
    return [(pc, j, cut_probability(page.text, pc, j, cues, text_model, cut_model))
            for pc, j in cuts(page.text, [Piece(*p) for p in page.pieces], _connectors())]


def cut_spans(page: Page, spans: list[tuple[int, int, bool]], scored: list[tuple[object, object, float]],
              below: float, sure: list[tuple[object, float]]) -> tuple[list[tuple[int, int, bool]], int]:
    """`spans` once the stage's cuts below `below` are made (a name inside a sure join of `sure`
    kept whole), and the number of cuts: a cut name gives way to the sides it keeps."""
    from kg.nlp.entities.bounder import choose_cuts, runs
    from kg.nlp.entities.cues.namecues import Cues

    made = [(b, e) for b, e, _, _ in runs(sure)]
    chosen = choose_cuts(page.text, scored, below, Cues(), made)
    gone = {(c.piece.begin, c.piece.end) for c in chosen}
    out = [s for s in spans if (s[0], s[1]) not in gone]
    out += [(sd.begin, sd.end, False) for c in chosen for sd in c.kept]
    return sorted(out), len(chosen)


def cv_cuts(today: list[Page], prep: Prepared, fold_of: dict[str, str], c_join: float, c_cut: float,
            join_floor: float, floors: Iterable[float]) -> dict[float, tuple[int, int, int]]:
    """Leave one wave out, for the cut model: each wave's pages as today's rules read them,
    joined at `join_floor` by models trained without the wave, then cut below each floor by a cut
    model trained without it; (found, junk, cuts made) summed over the waves at each floor,
    against the joins alone. Prints one line per wave."""
    floors = sorted(floors)
    total = {f: [0, 0, 0] for f in floors}
    for fold in sorted({fold_of[p.set] for p in today if fold_of[p.set].startswith("wave ")}):
        jm = as_model(*join_fit(prep, c_join, fold, fold_of))
        cm = as_model(*cut_fit(prep, c_cut, fold, fold_of))
        tm = as_model(*prep.held[fold])
        per = {f: [0, 0, 0] for f in floors}
        for page in (p for p in today if fold_of[p.set] == fold):
            sure = [(j, p) for j, p in page_joins(page, tm, jm) if p >= join_floor]
            base = joined_spans(page, sure) if sure else [(b, e, k) for b, e, _, k in page.pieces]
            found0, junk0 = name_counts(page, base)
            scored = page_cuts(page, tm, cm)
            for f in floors:
                spans, n = cut_spans(page, base, scored, f, sure)
                found, junk = name_counts(page, spans) if n else (found0, junk0)
                per[f] = [per[f][0] + found - found0, per[f][1] + junk - junk0, per[f][2] + n]
        for f in floors:
            total[f] = [a + b for a, b in zip(total[f], per[f], strict=True)]
        sets = " ".join(sorted({p.set for p in today if fold_of[p.set] == fold}))
        print("  ".join([fold, sets] + [f"cut<{f}: found {d[0]:+d} junk {d[1]:+d} cuts {d[2]}"
                                        for f, d in per.items()]), file=sys.stderr)
    return {f: tuple(v) for f, v in total.items()}


def prune_floor(pages: list[Page], text, join, floor: float, candidates: Iterable[float] = PRUNE_FLOORS,
                cut=None, cut_below: float = 0.0) -> tuple[float, int]:
    """The largest of `candidates` such that the text model without its features below it in
    magnitude changes no decision of the stage on `pages` (a join's probability ≥ `floor`; with
    the `cut` model, a split's < `cut_below`); and the number of decisions. 0 when even the
    smallest changes one."""
    full_t, jm = as_model(*text), as_model(*join)
    cm = as_model(*cut) if cut is not None and cut_below > 0 else None  # 0: the stage cuts nothing

    def decisions(tm) -> list[list[bool]]:
        out = []
        for pg in pages:
            row = [p >= floor for _, p in page_joins(pg, tm, jm)]
            if cm is not None:
                row += [p < cut_below for _, _, p in page_cuts(pg, tm, cm)]
            out.append(row)
        return out

    want = decisions(full_t)
    best = 0.0
    for c in sorted(candidates):
        if decisions(as_model(*text, min_weight=c)) != want:
            break
        best = c
    return best, sum(map(len, want))


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
    from kg.nlp.entities.typer.model import write_text

    write_text(out, "\n".join(lines) + "\n")  # gzip-compressed where the name ends in .gz
    return n


def _settings() -> tuple[float, float]:
    """The stage's join floor and cut floor ([bounder] min_probability, cut_below)."""
    from kg.nlp.cuedata import load

    cfg = load("entities")["bounder"]
    return float(cfg["min_probability"]), float(cfg["cut_below"])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", choices=list(SETS),
                    help="the sets to train on (default: every set but MEASURING)")
    ap.add_argument("--C-text", type=float, default=1.0, dest="c_text",
                    help="inverse L2 strength of the text model (default 1)")
    ap.add_argument("--C", type=float, default=1.0, dest="c_join",
                    help="inverse L2 strength of the join model (default 1)")
    ap.add_argument("--C-cut", type=float, default=1.0, dest="c_cut",
                    help="inverse L2 strength of the cut model (default 1)")
    ap.add_argument("--no-waves", action="store_true",
                    help="train the join model on today's rules only, not the waves' earlier ones")
    ap.add_argument("--waves", type=Path, default=WAVES)
    ap.add_argument("--cache", type=Path, help="keep the pages the rules read here (see read_pages)")
    ap.add_argument("--jobs", type=int, default=1, help="processes fitting the text models (default 1)")
    ap.add_argument("--read-only", action="store_true", help="read (and cache) the pages; train nothing")
    ap.add_argument("--cv-waves", action="store_true",
                    help="measure each floor of --floors leaving one wave out at a time; write nothing "
                         "unless --and-write")
    ap.add_argument("--and-write", action="store_true",
                    help="with --cv-waves: write the weights too, from the same preparation")
    ap.add_argument("--floors", type=float, nargs="+", default=list(CV_FLOORS))
    ap.add_argument("--cut-floors", type=float, nargs="+", default=list(CV_CUT_FLOORS),
                    help="with --cv-waves: the cut floors (cut_below) measured, the joins at the join floor")
    ap.add_argument("--cut-below", type=float, default=None,
                    help="the stage's cut floor the pruning keeps every decision at (default: "
                         "[bounder] cut_below)")
    ap.add_argument("--floor", type=float, default=None,
                    help="the stage's floor the pruning keeps every decision at (default: "
                         "kg/data/nlp/entities.toml [bounder] min_probability)")
    ap.add_argument("--min-weight-text", type=float, default=None,
                    help="write only the text model's features whose weight reaches this magnitude "
                         "(default: the largest of PRUNE_FLOORS that changes no decision of the stage "
                         "on the training sets at its min_probability)")
    ap.add_argument("--out-dir", type=Path, default=ROOT / "kg" / "data" / "nlp")
    ap.add_argument("--pieces-of", nargs="+", metavar="SET", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.pieces_of:
        print_pieces(args.pieces_of)
        return 0
    from kg.nlp.entities.bounder import CUT_FILE, JOIN_FILE, TEXT_FILE

    sets = args.sets or [s for s in SETS if s not in MEASURING]
    waves = [] if args.no_waves else read_waves(args.waves)
    today = read_pages(sets, None, args.cache)
    earlier = wave_pages(waves, set(sets), args.cache)
    if args.read_only:
        return 0
    fold_of = folds(sets, waves)
    prep = prepare(today, today + earlier, args.c_text, fold_of, args.jobs)
    floor, cut_below = _settings()
    floor = floor if args.floor is None else args.floor
    cut_below = cut_below if args.cut_below is None else args.cut_below
    if args.cv_waves:
        for f, (found, junk, made) in cv_waves(today, prep, fold_of, args.c_join, args.floors).items():
            print(f"floor {f}: found {found:+d}, junk {junk:+d}, joins {made}")
        for f, (found, junk, made) in cv_cuts(today, prep, fold_of, args.c_join, args.c_cut, floor,
                                              args.cut_floors).items():
            print(f"joins at {floor}, cut below {f}: found {found:+d}, junk {junk:+d}, cuts {made}")
        if not args.and_write:
            return 0
    join = join_fit(prep, args.c_join)
    cut = cut_fit(prep, args.c_cut)
    if args.min_weight_text is None:
        min_text, decided = prune_floor(today, prep.text, join, floor, cut=cut, cut_below=cut_below)
        prune = (f"pruned: text features below {min_text} in magnitude left out, the largest of "
                 f"{', '.join(map(str, PRUNE_FLOORS))} that changes none of the stage's {decided} "
                 f"decisions (joins at {floor}, cuts below {cut_below}) on the training sets' joins "
                 f"beside and splits inside today's rules' names")
    else:
        min_text, prune = args.min_weight_text, f"pruned: text features below {args.min_weight_text} left out"
    header = [f"trained by: python bench/quality/train_bounder.py {' '.join(argv)}".rstrip(),
              f"sets: {' '.join(sets)}", f"held out: {' '.join(s for s in MEASURING if s not in sets)}",
              f"waves: {' '.join(c for c, w in waves if set(w) & set(sets))} (bounder_waves.tsv)"]
    args.out_dir.mkdir(parents=True, exist_ok=True)
    n1 = write(args.out_dir / TEXT_FILE, *prep.text, "the text model (features.text_features)",
               [*header, f"joins: {prep.n_text}, {prep.n_text_join} inside one gold name",
                f"options: C {args.c_text}", prune], min_text)
    n_join = len(prep.join_rows)
    n2 = write(args.out_dir / JOIN_FILE, *join, "the join model (features.join_features)",
               [*header, f"joins: {n_join} beside the rules' names ({len(earlier)} pages by the waves' "
                         f"earlier rules), {sum(y for _, _, y in prep.join_rows)} inside one gold name",
                f"options: C {args.c_join}, min weight {MIN_WEIGHT}"])
    n_cut = len(prep.cut_rows)
    n3 = write(args.out_dir / CUT_FILE, *cut, "the cut model (features.cut_features)",
               [*header, f"splits: {n_cut} inside the rules' new names ({len(earlier)} pages by the waves' "
                         f"earlier rules), {sum(r[2] for r in prep.cut_rows)} inside one gold name, the "
                         f"rest two things by the gold", f"options: C {args.c_cut}, min weight {MIN_WEIGHT}"])
    print(f"{args.out_dir}: {TEXT_FILE} {n1} features, {JOIN_FILE} {n2} features, {CUT_FILE} {n3} features",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
