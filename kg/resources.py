"""Everything a build reads besides the articles, as one object loaded and checked once.

A `Resources` holds the data folder (registry, cue lists, reader cues, link types, dataset
description), the shapes folder, and what is parsed from them. `Resources.load()` reads and
checks every file as a whole before any article is read, so a typo in a cue file fails the build
once, with the file and the key, instead of failing every article as an internal error. The
object is passed explicitly to the stages (kg.nlp.annotate, kg.validate), and its `digest`
names exactly what it was loaded from, so a worker process or machine can prove it uses the
same data as the build that sent it work.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rdflib import Graph

from kg import __version__
from kg.config import DATA_DIR, SHAPES_DIR
from kg.errors import DataError
from kg.nlp.cuedata import CueData
from kg.nlp.entities.registry.registry import Registry
from kg.reader.cues import ReaderCues

SCHEMA_FILE = "schema.toml"
# Not read by a build: the bundled sample articles and the test seed list.
_NOT_RESOURCES = ("corpus/", "seed-entities.tsv")
_KINDS = {
    "words": lambda v: isinstance(v, list) and all(isinstance(w, str) for w in v),
    "text": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "tables": lambda v: isinstance(v, list) and all(isinstance(t, dict) for t in v),
    "list": lambda v: isinstance(v, list),
    # one table of texts, a word and its kind (boundaries.toml [joins] `purpose_heads`)
    "table": lambda v: isinstance(v, dict) and all(isinstance(t, str) for t in v.values()),
}
_DATASET_KEYS = ("dump_name", "title", "description", "license", "publisher")


@dataclass
class Resources:
    """The data and shapes one build uses (see the module docstring)."""

    data_dir: Path = DATA_DIR
    shapes_dir: Path = SHAPES_DIR
    registry: Registry = field(default=None)  # type: ignore[assignment]
    cues: CueData = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir)
        self.shapes_dir = Path(self.shapes_dir)
        if self.registry is None:
            self.registry = Registry.load(self.data_dir / "registry" / "entities.tsv")
        if self.cues is None:
            self.cues = CueData(self.data_dir / "nlp")

    @classmethod
    def load(cls, data_dir: Path | None = None, shapes_dir: Path | None = None) -> Resources:
        """Load and check everything (DataError naming the file and key on the first problem)."""
        res = cls(Path(data_dir or DATA_DIR), Path(shapes_dir or SHAPES_DIR))
        res.check()
        return res

    # -- checking ------------------------------------------------------------------------
    def check(self) -> None:
        """Every data file as a whole: TOML files against schema.toml, the reader's cue lists,
        the dataset description, the learned typer's weights, the shapes (parsed). The registry
        was checked when loaded."""
        self._check_toml()
        self._check_reader_cues()
        self._check_dataset()
        self._check_typer()
        _ = self.shapes

    def _check_typer(self) -> None:
        """The learned typer's weights file parses (kg.nlp.entities.typer.model.read names its
        file and line), and the learned bounder's where they are written or the stage is on
        (bench/quality/train_bounder.py runs the rules before it has written them)."""
        from kg.nlp.entities.bounder import CUT_FILE, JOIN_FILE, TEXT_FILE, WRITER
        from kg.nlp.entities.typer.model import FILE, read

        read(self.data_dir / "nlp" / FILE)
        enabled = self.cues.load("entities").get("bounder", {}).get("enabled", False)
        for name in (TEXT_FILE, JOIN_FILE, CUT_FILE):
            path = self.data_dir / "nlp" / name
            if enabled or path.exists():
                read(path, "the learned bounder's weights", WRITER)

    def _check_toml(self) -> None:
        schema_path = self.data_dir / SCHEMA_FILE
        schema = _read_toml(schema_path)
        for rel, keys in schema.items():
            path = self.data_dir / rel
            data = self.cues.load(path.stem) if rel.startswith("nlp/") else _read_toml(path)
            for dotted, kind in keys.items():
                if kind not in _KINDS:
                    raise DataError(f"{schema_path}: [{rel}] {dotted}: unknown kind {kind!r}")
                node = data
                for part in dotted.split("."):
                    if not isinstance(node, dict) or part not in node:
                        raise DataError(f"{path}: missing key {dotted!r} (a {kind}, see {schema_path.name})")
                    node = node[part]
                if not _KINDS[kind](node):
                    raise DataError(f"{path}: key {dotted!r} must be {kind}, not {type(node).__name__}")

    def _check_reader_cues(self) -> None:
        folder = self.data_dir / "reader"
        for path in sorted(folder.glob("*.txt")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                entry = line.strip()
                if not entry or entry.startswith("#"):
                    continue
                if path.name == "sections.txt" and "\t" not in entry:
                    raise DataError(f"{path}:{n}: expected 'KIND<TAB>HEADING', got {entry!r}")
                if path.name == "chrome.txt":
                    try:
                        re.compile(entry)
                    except re.error as e:
                        raise DataError(f"{path}:{n}: not a regular expression: {e}") from None

    def _check_dataset(self) -> None:
        path = self.data_dir / "dataset.json"
        try:
            meta = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DataError(f"{path}: missing") from None
        except json.JSONDecodeError as e:
            raise DataError(f"{path}: not JSON: {e}") from None
        missing = [k for k in _DATASET_KEYS if k not in meta]
        if missing:
            raise DataError(f"{path}: missing key(s) {', '.join(missing)}")

    # -- what is derived -----------------------------------------------------------------
    @property
    def reader(self) -> ReaderCues:
        """The reader's cue lists of this data folder (DATA/reader), which the build binds while
        it reads an article (kg.reader.cues.bind) and kg.nlp.annotate binds with the nlp cue
        files: owned by `cues`, so both read one copy, cached once."""
        return self.cues.reader

    @cached_property
    def shapes(self) -> Graph:
        """The SHACL shapes graph (parsed once per Resources)."""
        from kg.validate import shapes_graph

        return shapes_graph(self.shapes_dir)

    @cached_property
    def digest(self) -> str:
        """sha256 of the code version and of every file the build reads (paths and bytes)."""
        h = hashlib.sha256(f"kg {__version__}\n".encode())
        for label, root in (("data", self.data_dir), ("shapes", self.shapes_dir)):
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                rel = path.relative_to(root).as_posix()
                if label == "data" and rel.startswith(_NOT_RESOURCES):
                    continue
                if "__pycache__" in rel:
                    continue
                h.update(f"{label}/{rel}\0".encode())
                h.update(path.read_bytes())
                h.update(b"\0")
        return h.hexdigest()


_DEFAULT: list[Resources] = []


def default() -> Resources:
    """The package's own resources, loaded and checked once per process: what a build uses
    when it is given no data folder."""
    if not _DEFAULT:
        _DEFAULT.append(Resources.load())
    return _DEFAULT[0]


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise DataError(f"{path}: missing") from None
    except tomllib.TOMLDecodeError as e:
        raise DataError(f"{path}: {e}") from None
