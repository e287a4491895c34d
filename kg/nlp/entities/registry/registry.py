"""The curated entity registry (kg/data/registry/entities.tsv): load, validate, index, update.

The registry is the only per-entity knowledge in the code base: labels, kinds, aliases,
Wikidata items (only those given by the seed list or accepted through `kg link`), and the
facts the finder needs to resolve descriptions (an event's years and head nouns, a city's
state for metonymy). Python code holds no entity names.

Alias markup (column `aliases`, separated by " | "):
  ``X``            matched wherever it occurs (case variants and possessives included)
  ``!X``           strict: not when glued to another capitalised word ("Washington Post")
  ``~X``           only where one of the entity's `context` words occurs in the article
  ``X @2001-2009`` only in text written within those years (an article of those years, or a
                   "Years Ago" item of its own date: kg.nlp.entities.registry.writtenyears)
Single-word aliases of people, organisations and periodicals are always strict.
`short_forms` (people: by default the last word of the label) count only after the
entity has been named in full earlier in the article, and are strict.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.annotations import Entity
from kg.config import DATA_DIR
from kg.errors import DataError
from kg.iri import slug

REGISTRY_PATH = DATA_DIR / "registry" / "entities.tsv"
COLUMNS = ("key", "label", "kind", "wikidata", "confidence", "aliases", "short_forms", "context",
           "place", "state", "years", "heads", "source", "note")
KINDS = ("person", "organization", "hospital", "periodical", "country", "city", "place", "event",
         "work", "book", "thing")
CONFIDENCE = ("verified", "likely", "unknown", "accepted")
STRICT_KINDS = ("person", "organization", "periodical")
_QID = re.compile(r"Q[1-9][0-9]*")
_YEARS = re.compile(r"\s*@\s*(\d{4})\s*-\s*(\d{4})\s*$")
SEP = "|"


class RegistryError(DataError, ValueError):
    """The registry file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Alias:
    text: str
    strict: bool = False
    needs_context: bool = False
    years: tuple[int, int] | None = None
    short: bool = False  # a short form: valid only after a full mention

    def valid_in(self, year: int | None) -> bool:
        return self.years is None or year is None or self.years[0] <= year <= self.years[1]


@dataclass
class Entry:
    key: str
    label: str
    kind: str
    wikidata: str | None = None
    confidence: str = "unknown"
    aliases: list[Alias] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    place: str | None = None  # label of the entry's place or country
    state: str | None = None  # label of the state a city may stand for
    years: list[int] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)
    source: str = "seed"
    note: str = ""
    raw_aliases: str = ""
    raw_short: str = ""

    @property
    def iri_kind(self) -> str:
        return self.key.split("/", 1)[0]

    @property
    def iri_name(self) -> str:
        return self.key.split("/", 1)[1]

    def forms(self) -> list[Alias]:
        """Every surface form: the label, the aliases and the short forms."""
        return [Alias(self.label, strict=self._strict(self.label))] + self.aliases

    def _strict(self, text: str) -> bool:
        """People's, organisations' and periodicals' one-word names, an article before it
        counting for nothing ("The Militant" is as strict as "Militant": "The Militant Labor
        Forum" names the forum, not the paper and a "Labor Forum"), and any name the registry
        also lists as a strict alias ("!Virginia": not in "Virginia Garcia")."""
        words = text.split()
        if words[:1] == [_ARTICLE] and len(words) == 2:
            words = words[1:]
        return (self.kind in STRICT_KINDS and len(words) == 1) or any(
            a.strict and a.text == text for a in self.aliases)

    def to_entity(self) -> Entity:
        alts = sorted({a.text for a in self.aliases if not a.short and a.text != self.label})
        return Entity(key=self.key, label=self.label, kind=self.kind, wikidata=self.wikidata,
                      aliases=alts, known=True)

    def row(self) -> dict[str, str]:
        return {"key": self.key, "label": self.label, "kind": self.kind,
                "wikidata": self.wikidata or "", "confidence": self.confidence,
                "aliases": self.raw_aliases, "short_forms": self.raw_short,
                "context": " | ".join(self.context), "place": self.place or "",
                "state": self.state or "", "years": " | ".join(map(str, self.years)),
                "heads": " | ".join(self.heads), "source": self.source, "note": self.note}


def _split(cell: str) -> list[str]:
    return [p.strip() for p in (cell or "").split(SEP) if p.strip()]


def _parse_alias(raw: str, entry: Entry, short: bool = False) -> Alias:
    text, strict, needs_context, years = raw, False, False, None
    m = _YEARS.search(text)
    if m:
        years = (int(m.group(1)), int(m.group(2)))
        text = text[:m.start()]
    while text[:1] in ("!", "~"):
        strict |= text[0] == "!"
        needs_context |= text[0] == "~"
        text = text[1:]
    text = text.strip()
    strict = strict or short or entry._strict(text)
    return Alias(text, strict=strict, needs_context=needs_context, years=years, short=short)


# English's definite article, capitalised as a name's first word ("The Militant"): grammar, no name
_ARTICLE = "The"

_GENERATIONS = ("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV")


def _default_short(entry: Entry) -> list[str]:
    """A person's surname: the last word of the label, a generation's suffix aside ("King"
    after "Martin Luther King Jr.", never "Jr.")."""
    words = entry.label.split()
    while len(words) > 1 and words[-1] in _GENERATIONS:
        words = words[:-1]
    return [words[-1]] if entry.kind == "person" and len(words) > 1 else []


class Registry:
    """The loaded registry, indexed by key and by normalised surface form."""

    def __init__(self, entries: Iterable[Entry], path: Path | None = None) -> None:
        self.path = path
        self.form_index = None  # kg.nlp.surface.FormIndex, built on first use
        self.entries: dict[str, Entry] = {}
        for e in entries:
            if e.key in self.entries:
                raise RegistryError(f"{path}: duplicate key {e.key!r}")
            self.entries[e.key] = e
        self._by_label = {normalise(e.label): e for e in self.entries.values()}
        for e in self.entries.values():
            for ref in (e.place, e.state):
                if ref and normalise(ref) not in self._by_label:
                    raise RegistryError(f"{path}: {e.key}: {ref!r} is not the label of an entry")

    # -- loading -----------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path | None = None) -> Registry:
        path = Path(path) if path else REGISTRY_PATH
        try:
            with path.open(encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh, delimiter="\t"))
                header = tuple(rows[0].keys()) if rows else ()
        except FileNotFoundError:
            raise RegistryError(f"{path}: registry file not found") from None
        missing = [c for c in ("key", "label", "kind") if rows and c not in header]
        if missing:
            raise RegistryError(f"{path}: missing column(s) {', '.join(missing)}")
        return cls((_entry(path, n, r) for n, r in enumerate(rows, start=2)), path)

    def save(self, path: str | Path | None = None) -> None:
        """Write the registry back (kg link --accept); rows keep their order."""
        path = Path(path or self.path or REGISTRY_PATH)
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
            w.writeheader()
            for e in self.entries.values():
                w.writerow(e.row())
        tmp.replace(path)

    # -- lookups -----------------------------------------------------------------
    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, key: str) -> Entry | None:
        return self.entries.get(key)

    def by_label(self, label: str) -> Entry | None:
        return self._by_label.get(normalise(label))

    def find_person(self, name: str) -> Entry | None:
        """The person whose label or full alias is this name (any case, either apostrophe)."""
        want = normalise(name)
        for e in self.entries.values():
            if e.kind == "person" and any(
                    normalise(a.text) == want for a in e.forms() if not a.short and not a.years):
                return e
        return None

    def person_iri_label(self, name: str) -> str:
        """What to pass to Minter.person() for a byline/letter name, so that the author and the
        mentioned entity get the same IRI: the registry's name when the person is known."""
        entry = self.find_person(name)
        return entry.iri_name if entry else name

    def unlinked(self) -> list[Entry]:
        return [e for e in self.entries.values() if not e.wikidata]

    def add(self, entry: Entry) -> None:
        if entry.key in self.entries:
            raise RegistryError(f"{self.path}: duplicate key {entry.key!r}")
        self.entries[entry.key] = entry
        self._by_label[normalise(entry.label)] = entry
        self.form_index = None


def normalise(text: str) -> str:
    """Case-, apostrophe-, dash- and space-insensitive form used for lookups."""
    text = re.sub(r"[’‘`´]", "'", text)
    text = re.sub(r"[‐‑‒–—]", "-", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def entry_key(kind: str, label: str) -> str:
    return f"{kind}/{slug(label)}"


def _entry(path: Path, line: int, row: dict[str, str]) -> Entry:
    where = f"{path}:{line}"
    label = (row.get("label") or "").strip()
    kind = (row.get("kind") or "").strip()
    if not label:
        raise RegistryError(f"{where}: empty label")
    if kind not in KINDS:
        raise RegistryError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    qid = (row.get("wikidata") or "").strip() or None
    if qid and not _QID.fullmatch(qid):
        raise RegistryError(f"{where}: wikidata {qid!r} is not a Wikidata item id (Q…)")
    confidence = (row.get("confidence") or "unknown").strip()
    if confidence not in CONFIDENCE:
        raise RegistryError(f"{where}: confidence {confidence!r} is not one of {', '.join(CONFIDENCE)}")
    key = (row.get("key") or "").strip() or entry_key(kind, label)
    if "/" not in key or key != key.lower() or " " in key:
        raise RegistryError(f"{where}: bad key {key!r} (expected kind/slug)")
    try:
        years = [int(y) for y in _split(row.get("years", ""))]
    except ValueError:
        raise RegistryError(f"{where}: years must be four-digit years separated by |") from None
    e = Entry(key=key, label=label, kind=kind, wikidata=qid, confidence=confidence,
              context=_split(row.get("context", "")), place=(row.get("place") or "").strip() or None,
              state=(row.get("state") or "").strip() or None, years=years,
              heads=_split(row.get("heads", "")), source=(row.get("source") or "").strip() or "seed",
              note=(row.get("note") or "").strip(), raw_aliases=(row.get("aliases") or "").strip(),
              raw_short=(row.get("short_forms") or "").strip())
    e.aliases = [_parse_alias(a, e) for a in _split(e.raw_aliases)]
    shorts = _split(e.raw_short) or _default_short(e)
    e.aliases += [_parse_alias(s, e, short=True) for s in shorts]
    if any(a.needs_context for a in e.aliases) and not e.context:
        raise RegistryError(f"{where}: a ~alias needs the `context` column filled")
    return e
