"""What a release remembers of the article files it was built from (kg build's content hash).

Next to release.json a build writes `articles.json`: for each article file (by absolute path)
the SHA-256 of its bytes, the build key it was made under (kg.article_jobs.ArticleJob.key:
package digest of code and data, base IRI, validation, shapes), its graph and counts. The next
build extracts again only files whose bytes or build key changed; the others keep their
validated graphs from the previous release. Files recorded here that are gone from disk are
listed by the next build, and removed from the graph with `kg build --prune`.
A separate file, not release.json: it grows with the archive, and release.json is read often.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

FILE = "articles.json"


@dataclass(frozen=True)
class Record:
    """One published article file, and what it was built from."""

    path: str  # absolute
    sha256: str  # of the file's bytes
    build: str  # ArticleJob.key of the build that made its graph
    key: str  # the article key (issue and headline)
    graph: str
    article_iri: str
    triples: int
    shared_triples: int


def read(release_path: Path | None) -> dict[str, Record]:
    """The records of a release folder (none for a release made before records, or by kg load
    alone: everything is built again)."""
    if release_path is None:
        return {}
    try:
        data = json.loads((release_path / FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {r["path"]: Record(**r) for r in data["articles"]}


def write(release_path: Path, records: dict[str, Record]) -> None:
    rows = (json.dumps(asdict(records[p]), ensure_ascii=False) for p in sorted(records))
    (release_path / FILE).write_text('{"articles": [\n' + ",\n".join(rows) + "\n]}\n",
                                     encoding="utf-8")
