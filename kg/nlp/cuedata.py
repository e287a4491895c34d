"""Cue words for the claim, quotation, stance and fact stages, read from kg/data/nlp/*.toml.

The rules in kg.nlp are code; the words they look for are data, so that a curator can
extend them for articles nobody has seen without touching Python.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TypeVar

from kg.config import DATA_DIR
from kg.errors import DataError
from kg.reader import cues as reader_cues

NLP_DATA = DATA_DIR / "nlp"

T = TypeVar("T")

# Apostrophes and quotes as the paper prints them: either form matches.
APOS = "['’]"


class CueDataError(DataError, ValueError):
    """A cue file is missing or malformed; the message names the file."""


class CueData:
    """The cue files of one data folder, parsed once, with everything compiled from them.

    Every cache hangs off this object, not off the module, so two builds with two data folders
    in one process never share words. A build gets its CueData from kg.resources.Resources and
    binds it for the time its stages run (`bind`); rules read words through the module-level
    functions below, which ask the bound CueData (the way Flask's `current_app` works).

    `reader`: the reader's cue lists of the same data folder (DATA/reader beside DATA/nlp),
    which `bind` binds with it, so that a stage reading one of the reader's lists
    (kg.reader.cues.page_kind, east_asian_family_names) reads the build's, as the reader does."""

    def __init__(self, folder: Path = NLP_DATA) -> None:
        self.folder = Path(folder)
        self._files: dict[str, dict] = {}
        self._memo: dict[tuple, object] = {}
        self._reader: reader_cues.ReaderCues | None = None

    @property
    def reader(self) -> reader_cues.ReaderCues:
        """The reader's cues of this data folder (read when first asked)."""
        if self._reader is None:
            self._reader = reader_cues.ReaderCues(self.folder.parent / "reader")
        return self._reader

    def load(self, name: str) -> dict:
        """The parsed FOLDER/NAME.toml."""
        if name not in self._files:
            path = self.folder / f"{name}.toml"
            try:
                with path.open("rb") as fh:
                    self._files[name] = tomllib.load(fh)
            except FileNotFoundError:
                raise CueDataError(f"{path}: cue file missing") from None
            except tomllib.TOMLDecodeError as e:
                raise CueDataError(f"{path}: {e}") from None
        return self._files[name]

    def words(self, name: str, *keys: str) -> list[str]:
        """A list of strings at FOLDER/NAME.toml [keys...]; a clear error if it is absent."""
        node = self.load(name)
        for key in keys:
            if not isinstance(node, dict) or key not in node:
                raise CueDataError(f"{self.folder / (name + '.toml')}: no entry {'.'.join(keys)}")
            node = node[key]
        if not isinstance(node, list) or not all(isinstance(w, str) for w in node):
            raise CueDataError(
                f"{self.folder / (name + '.toml')}: {'.'.join(keys)} must be a list of strings")
        return node

    def memo(self, key: tuple, make: Callable[[], T]) -> T:
        """make(), computed once for this data folder (compiled patterns, word sets)."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]  # type: ignore[return-value]


_DEFAULT: list[CueData] = []
_BOUND: ContextVar[CueData | None] = ContextVar("kg_cuedata", default=None)


def current() -> CueData:
    """The CueData bound by the running build, else the package's own data folder."""
    bound = _BOUND.get()
    if bound is not None:
        return bound
    if not _DEFAULT:
        _DEFAULT.append(CueData())
    return _DEFAULT[0]


@contextmanager
def bind(cues: CueData) -> Iterator[CueData]:
    """Make `cues` the data the rules read while the block runs (kg.nlp.annotate does this),
    and its data folder's reader cues those kg.reader.cues reads (`CueData.reader`)."""
    token = _BOUND.set(cues)
    try:
        with reader_cues.bind(cues.reader):
            yield cues
    finally:
        _BOUND.reset(token)


def cached(fn: Callable[..., T]) -> Callable[..., T]:
    """Like functools.cache, but per bound CueData: for helpers that compile cue words."""

    module, name = fn.__module__, fn.__qualname__

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        # rules ask these millions of times per build: a hit is one dict look-up, no closure made
        key = (module, name, args, tuple(sorted(kwargs.items())) if kwargs else ())
        data = current()
        memo = data._memo
        if key in memo:
            return memo[key]
        return data.memo(key, lambda: fn(*args, **kwargs))
    return wrapper


def load(name: str) -> dict:
    """The parsed NAME.toml of the bound data folder."""
    return current().load(name)


def words(name: str, *keys: str) -> list[str]:
    """A list of strings at NAME.toml [keys...] of the bound data folder."""
    return current().words(name, *keys)


def phrase_pattern(phrases: list[str]) -> str:
    """A regex alternation of phrases: longest first, flexible spaces, either apostrophe.

    Phrases are literal text, except that a phrase may hold regex fragments written between
    slashes (e.g. "call/(?:s|ed|ing)?/ for") for inflections.
    """
    parts = []
    # longest first, ties in text order: the same pattern in every process (a set's order
    # follows the hash seed)
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        out = []
        for i, chunk in enumerate(phrase.split("/")):
            if i % 2:  # a regex fragment
                out.append("(?:" + chunk + ")")
            else:
                lit = re.escape(chunk)
                lit = re.sub(r"(?:\\ )+", r"\\s+", lit)
                lit = lit.replace("'", APOS).replace("’", APOS)
                out.append(lit)
        parts.append("".join(out))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


@cached
def compiled(name: str, *keys: str, whole_words: bool = True, flags: int = re.IGNORECASE) -> re.Pattern:
    """phrase_pattern of a word list, compiled (and cached), bounded by word edges."""
    pat = phrase_pattern(words(name, *keys))
    if whole_words:
        pat = r"(?<![\w’'])" + pat + r"(?![\w’'])"
    return re.compile(pat, flags)
