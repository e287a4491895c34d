"""Settings read from the environment, with defaults a user would expect.

KG_STORE  where the published store lives (default: the per-user data directory)
KG_BASE   the base IRI every minted IRI starts with
KG_LICENSE  the published dataset's license IRI (default: data/dataset.json)
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

DEFAULT_BASE = "https://w3id.org/militant-kg/"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = PROJECT_ROOT / "corpus"
DATA_DIR = PROJECT_ROOT / "data"
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
SHAPES_DIR = PROJECT_ROOT / "shapes"


def default_store() -> Path:
    env = os.environ.get("KG_STORE")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("kg", appauthor=False)) / "store"


def base_iri(override: str | None = None) -> str:
    base = override or os.environ.get("KG_BASE") or DEFAULT_BASE
    if not base.startswith(("http://", "https://")):
        raise ValueError(f"base IRI must be an http(s) IRI, got {base!r}")
    return base if base.endswith("/") else base + "/"


def dataset_metadata() -> dict:
    """Title, publisher, license... of the published dataset (data/dataset.json; KG_LICENSE overrides)."""
    meta = json.loads((DATA_DIR / "dataset.json").read_text())
    if os.environ.get("KG_LICENSE"):
        meta["license"] = os.environ["KG_LICENSE"]
    return meta
