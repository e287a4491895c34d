"""Which of "he" and "she" a person's given name takes, so that a pronoun is not resolved to
a person the text names as the other ("Ana Ruiz" is never the "he" of "“…,” he said").

Why a package's data and not a list of our own: nomquamgender (MIT) carries about 720,000
given names with the share of women among the people each names, counted over independent
sources (Van Buskirk et al. 2022), for every language the paper's names come from; the floors
and the share that decides are settings in kg/data/nlp/agents.toml [genders]. A name below
the floors, or used by men and women alike, decides nothing: the pronoun then resolves as it
did without this module. Reading the package's 22 MB JSON takes seconds, so the filtered
table is kept in the cache directory ($KG_CACHE), keyed by the package's version and the
settings; a missing or unreadable cache is rebuilt.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import json
import unicodedata

from kg.config import link_cache_dir, write_cache
from kg.nlp import cuedata


def _fold(word: str) -> str:
    """Lower case without accents or apostrophes: "José" → "jose"."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return bare.replace("’", "").replace("'", "").casefold().strip()


def pronoun_gender(word: str) -> str | None:
    """"f" for she/her, "m" for he/him/his (kg/data/nlp/agents.toml [genders]), else None."""
    cfg = cuedata.load("agents").get("genders", {})
    low = word.lower()
    if low in (w.lower() for w in cfg.get("feminine", [])):
        return "f"
    if low in (w.lower() for w in cfg.get("masculine", [])):
        return "m"
    return None


def name_gender(name: str) -> str | None:
    """"f" or "m" from the first given name among a person's words before the surname
    ("Dolores Hart" → "f", "Dr. Frank Miller" → "m"); None when none decides."""
    table = _table()
    for word in name.split()[:-1]:
        g = table.get(_fold(word.strip(".,")))
        if g is not None:
            return g
    return None


def contradicts(pronoun: str, name: str) -> bool:
    """Whether the pronoun cannot stand for the person so named."""
    want = pronoun_gender(pronoun)
    have = name_gender(name) if want else None
    return want is not None and have is not None and have != want


@cuedata.cached
def _table() -> dict[str, str]:
    cfg = cuedata.load("agents").get("genders", {})
    sources, count, share = int(cfg.get("min_sources", 10)), int(cfg.get("min_count", 1000)), \
        float(cfg.get("max_share", 0.1))
    try:
        version = importlib.metadata.version("nomquamgender")
    except importlib.metadata.PackageNotFoundError:
        return {}  # without the package no name decides: pronouns resolve as before
    cache = link_cache_dir() / "genders" / f"given-names-{version}-{sources}-{count}-{share}.json"
    try:
        return dict(json.loads(cache.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        pass
    try:  # the data file directly: importing the package would import pandas
        source = importlib.resources.files("nomquamgender").joinpath("name_data.json")
        with source.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return {}
    out: dict[str, str] = {}
    for name, row in data.items():
        if isinstance(row, list) and len(row) >= 3 and row[0] >= sources and row[1] >= count \
                and isinstance(row[2], (int, float)) and name.replace("-", "").isalpha():
            if row[2] >= 1 - share:
                out[_fold(name)] = "f"
            elif row[2] <= share:
                out[_fold(name)] = "m"
    write_cache(cache, out)
    return out
