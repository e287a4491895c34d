"""Cue words for the claim, quotation, stance and fact stages, read from kg/data/nlp/*.toml.

The rules in kg.nlp are code; the words they look for are data, so that a curator can
extend them for articles nobody has seen without touching Python.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from kg.config import DATA_DIR

NLP_DATA = DATA_DIR / "nlp"

# Apostrophes and quotes as the paper prints them: either form matches.
APOS = "['’]"


class CueDataError(ValueError):
    """A cue file is missing or malformed; the message names the file."""


@cache
def load(name: str) -> dict:
    """The parsed kg/data/nlp/NAME.toml (cached: the files are read once per process)."""
    path: Path = NLP_DATA / f"{name}.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise CueDataError(f"{path}: cue file missing") from None
    except tomllib.TOMLDecodeError as e:
        raise CueDataError(f"{path}: {e}") from None


def words(name: str, *keys: str) -> list[str]:
    """A list of strings at kg/data/nlp/NAME.toml [keys...]; a clear error if it is absent."""
    node = load(name)
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            raise CueDataError(f"{NLP_DATA / (name + '.toml')}: no entry {'.'.join(keys)}")
        node = node[key]
    if not isinstance(node, list) or not all(isinstance(w, str) for w in node):
        raise CueDataError(f"{NLP_DATA / (name + '.toml')}: {'.'.join(keys)} must be a list of strings")
    return node


def phrase_pattern(phrases: list[str]) -> str:
    """A regex alternation of phrases: longest first, flexible spaces, either apostrophe.

    Phrases are literal text, except that a phrase may hold regex fragments written between
    slashes (e.g. "call/(?:s|ed|ing)?/ for") for inflections.
    """
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
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


@cache
def compiled(name: str, *keys: str, whole_words: bool = True, flags: int = re.IGNORECASE) -> re.Pattern:
    """phrase_pattern of a word list, compiled (and cached), bounded by word edges."""
    pat = phrase_pattern(words(name, *keys))
    if whole_words:
        pat = r"(?<![\w’'])" + pat + r"(?![\w’'])"
    return re.compile(pat, flags)
