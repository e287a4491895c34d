"""The learned typer's weights: a multinomial logistic regression, read from a TSV data file
(the learned test of names, kg.nlp.entities.reject, reads its own file, reject.tsv, the same way).

The file (kg/data/nlp/typer.tsv) is written by bench/quality/train_typer.py with scikit-learn;
reading it and scoring a name needs no library: a sum of the weights of the name's features per
class, and a softmax. Its `#` header lines say how it was trained (the command, the sets whose
gold taught it, the sets held out to measure it, the library's version). Then one row names the
classes (`feature`, then one column per class), a `__bias__` row holds the intercepts, and every
other row a feature's weights.
"""

from __future__ import annotations

import gzip
import math
from dataclasses import dataclass
from pathlib import Path

from kg.nlp.cuedata import CueDataError, cached, current

FILE = "typer.tsv"
BIAS = "__bias__"


@dataclass(frozen=True)
class Model:
    """Weights per feature, one per class, in the order of `classes`."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    header: tuple[str, ...] = ()  # the file's comment lines, without "# "

    def probabilities(self, features: set[str]) -> dict[str, float]:
        """The probability of each class for a name with these features (unknown ones weigh 0)."""
        scores = list(self.bias)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                for i, x in enumerate(w):
                    scores[i] += x
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}

    def header_value(self, key: str) -> str | None:
        """The value of a `key: value` header line ("sets", "held out", "trained by")."""
        for line in self.header:
            k, sep, v = line.partition(":")
            if sep and k.strip() == key:
                return v.strip()
        return None


def read(path: Path, what: str = "the typer's weights",
         writer: str = "bench/quality/train_typer.py") -> Model:
    """Parse a weights file; a CueDataError names the file and line of the first problem.
    `what` and `writer` name the model and its trainer in the error of a missing file (the
    learned test of names, kg.nlp.entities.reject, and the learned bounder,
    kg.nlp.entities.bounder, read their weights here too).

    Read line by line, so that a process holds the model and not the file's text and cells as
    well (every process that annotates reads it: bench/typer_bench.py)."""
    try:
        handle = open_text(path)
    except FileNotFoundError:
        raise CueDataError(f"{path}: {what} are missing ({writer} writes them)") from None
    try:
        return _parse(path, handle)
    except (gzip.BadGzipFile, EOFError, UnicodeDecodeError) as e:
        raise CueDataError(f"{path}: {what} cannot be read ({e}); {writer} writes them") from None


def open_text(path: Path):
    """A weights file for reading as text: gzip-compressed when its name ends in `.gz` (the
    bounder's text model, some 73,000 features, is kept compressed in the repository)."""
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def write_text(path: Path, text: str) -> None:
    """Write a weights file, gzip-compressed when its name ends in `.gz`, with no time stamp in
    the gzip header, so that the same weights give the same bytes."""
    if path.suffix == ".gz":
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            gz.write(text.encode("utf-8"))
    else:
        path.write_text(text, encoding="utf-8")


def _parse(path: Path, handle) -> Model:
    header: list[str] = []
    classes: tuple[str, ...] | None = None
    weights: dict[str, tuple[float, ...]] = {}
    with handle:
        for n, line in enumerate(handle, 1):
            if line.startswith("#"):
                header.append(line[1:].strip())
                continue
            if not line.strip():
                continue
            cells = line.rstrip("\r\n").split("\t")
            if classes is None:
                if cells[0] != "feature" or len(cells) < 3:
                    break
                classes = tuple(cells[1:])
                continue
            if len(cells) != len(classes) + 1:
                raise CueDataError(f"{path}:{n}: {len(cells) - 1} weights for {len(classes)} classes")
            try:
                values = tuple(float(c) for c in cells[1:])
            except ValueError:
                raise CueDataError(f"{path}:{n}: a weight is not a number: {cells[1:]!r}") from None
            if cells[0] in weights:
                raise CueDataError(f"{path}:{n}: feature {cells[0]!r} given twice")
            weights[cells[0]] = values
    if classes is None:
        raise CueDataError(f"{path}: the first row must be 'feature' and the class names, tab-separated")
    bias = weights.pop(BIAS, None)
    if bias is None:
        raise CueDataError(f"{path}: no {BIAS} row (the intercepts)")
    return Model(classes, bias, weights, tuple(header))


@cached
def model() -> Model:
    """The weights of the bound data folder (kg.nlp.cuedata), read once per folder."""
    return read(current().folder / FILE)
