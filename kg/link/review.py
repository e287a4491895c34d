"""The review file (TSV) a curator fills in, and what accepting it does.

`kg link` writes one row per candidate (best first per entity) with an empty `decision`
column. The curator writes `accept` or `reject` in it. `kg link --accept FILE` then puts every
accepted item into the registry (kg/data/registry/entities.tsv: `wikidata`, confidence
`accepted`; a new entity of the graph becomes a registry row) and records rejections in
kg/data/registry/link-rejections.tsv so they are not proposed again.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.link.score import Candidate, Target
from kg.nlp.entities.registry.registry import KINDS, Entry, Registry, RegistryError

COLUMNS = ("key", "label", "kind", "source", "mentions", "qid", "candidate_label", "description",
           "types", "matched", "via", "score", "suggested", "decision")
REJECTIONS_COLUMNS = ("key", "qid", "date")
ACCEPT = {"accept", "accepted", "yes", "y", "x", "ok"}
REJECT = {"reject", "rejected", "no", "n"}
_QID = re.compile(r"Q[1-9][0-9]*")


class ReviewError(KgError, ValueError):
    """The review file cannot be applied; the message names the file and line."""


def write_review(path: Path, results: list[tuple[Target, list[Candidate]]]) -> int:
    """Write candidates for review; returns the number of rows."""
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for target, cands in results:
            for c in cands:
                w.writerow({"key": target.key, "label": target.label, "kind": target.kind,
                            "source": target.source, "mentions": target.mentions, "qid": c.qid,
                            "candidate_label": c.label, "description": c.description,
                            "types": " | ".join(c.types), "matched": c.matched, "via": c.via,
                            "score": f"{c.score:.3f}", "suggested": "yes" if c.suggested else "",
                            "decision": ""})
                rows += 1
    return rows


@dataclass
class Outcome:
    accepted: list[tuple[str, str]]  # (key, qid)
    rejected: list[tuple[str, str]]
    below_threshold: list[tuple[str, str]]  # accepted by the curator although not suggested


def read_rejections(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                out.setdefault(row["key"], set()).add(row["qid"])
    return out


def apply_review(review: Path, registry: Registry, rejections: Path, threshold: float) -> Outcome:
    """Accept and reject as the curator decided. Nothing is written unless the whole file is
    valid: one accepted item per entity, no item already linked to another entity."""
    try:
        with review.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
    except FileNotFoundError:
        raise ReviewError(f"{review}: review file not found") from None
    if rows and not {"key", "qid", "decision"} <= set(rows[0]):
        raise ReviewError(f"{review}: not a kg link review file (needs key, qid and decision columns)")
    owner = {e.wikidata: e.key for e in registry if e.wikidata}
    accepted: dict[str, tuple[str, dict]] = {}
    out = Outcome([], [], [])
    for n, row in enumerate(rows, start=2):
        decision = (row.get("decision") or "").strip().lower()
        if not decision:
            continue
        key, qid = (row.get("key") or "").strip(), (row.get("qid") or "").strip()
        if not _QID.fullmatch(qid):
            raise ReviewError(f"{review}:{n}: {qid!r} is not a Wikidata item id")
        if decision in REJECT:
            out.rejected.append((key, qid))
            continue
        if decision not in ACCEPT:
            raise ReviewError(f"{review}:{n}: decision {decision!r}: write accept or reject")
        if key in accepted and accepted[key][0] != qid:
            raise ReviewError(f"{review}:{n}: {key} has two accepted items ({accepted[key][0]}, {qid})")
        if owner.get(qid, key) != key:
            raise ReviewError(f"{review}:{n}: {qid} is already the item of {owner[qid]}")
        entry = registry.get(key)
        if entry and entry.wikidata and entry.wikidata != qid:
            raise ReviewError(f"{review}:{n}: {key} is already linked to {entry.wikidata}")
        owner[qid] = key
        accepted[key] = (qid, row)
    for key, (qid, row) in accepted.items():
        entry = registry.get(key)
        if entry is None:
            kind = (row.get("kind") or "thing").strip()
            if kind not in KINDS:
                raise ReviewError(f"{review}: {key}: kind {kind!r} is not one of {', '.join(KINDS)}")
            entry = Entry(key=key, label=(row.get("label") or "").strip(), kind=kind,
                          source="kg-link", note=(row.get("description") or "").strip())
            try:
                registry.add(entry)
            except RegistryError as e:
                raise ReviewError(str(e)) from None
        entry.wikidata = qid
        entry.confidence = "accepted"
        out.accepted.append((key, qid))
        try:
            score = float(row.get("score") or 0)
        except ValueError:
            score = 0.0
        if score < threshold:
            out.below_threshold.append((key, qid))
    registry.save()
    if out.rejected:
        new = not rejections.exists()
        rejections.parent.mkdir(parents=True, exist_ok=True)
        with rejections.open("a", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            if new:
                w.writerow(REJECTIONS_COLUMNS)
            for key, qid in out.rejected:
                w.writerow([key, qid, dt.date.today().isoformat()])
    return out
