"""Quality on held-out articles: the pipeline's output against hand-written gold.

Reads every article of a held-out set (set A: bench/quality/articles/ and gold/, the default;
every other set in a folder named for it, bench/quality/b/ … bench/quality/ee/, holding articles/
and gold/; bench/quality/README.md has a section per set; `--set all`: A and B) with
the project's public pipeline (`kg.reader.read_article`, then `kg.nlp.annotate`, as `kg build`
does), compares what it finds with the set's gold/<stem>.json (format: bench/quality/README.md) and
prints precision, recall and F1 per structure field, for page items, per entity type and for
quotation speakers. `--json` writes the same figures for machines; `--details` lists, per article,
what was missed and what was found that the gold does not hold.

The articles were written for this harness and nobody tunes rules to them: they measure how
the pipeline does on pages it has not seen. An article the pipeline refuses counts as misses
for every gold field it has, and is listed with its error.

Only `predict()` touches the project; everything else works on plain values, so that a
change of the pipeline's API breaks this script loudly (an error naming what is missing)
instead of silently scoring nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
GOLD = HERE / "gold"
# The held-out sets, each (articles, gold). Set A: the first twenty, which the engineers fixing the
# rules have seen; the default, so that running the scorer while tuning shows no other set's misses.
# Set B: written later by someone who did not tune the rules. Sets C onward: each written gold first
# by an engineer who read no rule (bench/quality/README.md, "Rules of the game", and a section per
# set saying what it leans on, who wrote it and what it decided), scored only when named
# (`--set dn`), never by `all`. A set is its folder: adding one is adding the folder and its
# section; the sets are found, not listed, so that no list can forget one (a folder with articles
# and no gold, or gold and no articles, is caught by tests/test_quality_harness.py).
_SET_NAME = re.compile(r"[a-z]{1,2}")


def _sets() -> dict[str, tuple[Path, Path]]:
    """Set A, then every folder named like a set (b … z, aa …) that holds articles/ or gold/, in
    the order they were written: by the name's length, then its letters."""
    found = [d.name for d in HERE.iterdir() if d.is_dir() and _SET_NAME.fullmatch(d.name)
             and ((d / "articles").is_dir() or (d / "gold").is_dir())]
    ordered = sorted((n for n in found if n != "a"), key=lambda n: (len(n), n))
    return {"a": (ARTICLES, GOLD), **{n: (HERE / n / "articles", HERE / n / "gold") for n in ordered}}


SETS = _sets()
# What `--set all` scores: the sets already read by the engineers tuning the rules.
ALL_SETS = ("a", "b")

ENTITY_TYPES = ("Person", "Place", "Organization", "Event", "CreativeWork")
STRUCTURE_FIELDS = ("headline", "deck", "kicker", "label", "date", "volume", "issue", "bylines",
                    "dateline")
ITEM_FIELDS = ("title", "date", "dateline", "author", "place")
# The fields the issue's "done when" asks to be right on every article.
MUST_BE_RIGHT = ("headline", "date", "bylines", "dateline", "deck")
GOLD_KEYS = {"article", "shape", "structure", "items", "entities", "optional", "quotes", "notes"}
ITEM_KEYS = set(ITEM_FIELDS) | {"opens"}

# schema.org classes below the five the gold speaks of (the pipeline may type more finely).
SCHEMA_SUPER = {
    "City": "Place", "Country": "Place", "State": "Place", "AdministrativeArea": "Place",
    "Continent": "Place", "CivicStructure": "Place", "Landform": "Place", "LandmarksOrHistoricalBuildings":
    "Place", "Residence": "Place", "TouristAttraction": "Place", "BodyOfWater": "Place",
    "GovernmentOrganization": "Organization", "Corporation": "Organization", "NGO": "Organization",
    "EducationalOrganization": "Organization", "PoliticalParty": "Organization",
    "WorkersUnion": "Organization", "NewsMediaOrganization": "Organization",
    "SportsOrganization": "Organization", "LocalBusiness": "Organization",
    "Book": "CreativeWork", "Periodical": "CreativeWork", "Newspaper": "CreativeWork",
    "Article": "CreativeWork", "NewsArticle": "CreativeWork", "Movie": "CreativeWork",
    "CreativeWorkSeries": "CreativeWork", "Legislation": "CreativeWork", "Report": "CreativeWork",
    "PublicationIssue": "CreativeWork", "Play": "CreativeWork", "MusicComposition": "CreativeWork",
}
# schema.org classes with two parents among the five: a hospital is a building (CivicStructure, a
# Place) and the body that runs it (MedicalOrganization, an Organization). Right for a gold name
# of either parent; elsewhere (a name not in the gold) counted once, as the first parent.
SCHEMA_PARENTS = {"Hospital": ("Organization", "Place")}
# Where a page item's fields may live on the pipeline's item objects (first found wins).
ITEM_ATTRS = {
    "title": ("title", "headline"),
    "date": ("date",),
    "dateline": ("dateline",),
    "author": ("author", "signer", "sender", "authors", "signers", "bylines", "signature"),
    "place": ("place", "town", "location"),
    "opens": ("text", "body", "span"),
}


class GoldError(Exception):
    """A gold file that does not follow the format (bench/quality/README.md)."""


# -- values -------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "“": '"', "”": '"', "–": "—", " ": " "})


def norm(value) -> str | None:
    """Comparable text: NFC, straight quotes, one dash, single spaces."""
    if value is None:
        return None
    s = unicodedata.normalize("NFC", str(value)).translate(_QUOTES).replace("--", "—")
    s = " ".join(s.split())
    return s or None


_DESCRIPTION = re.compile(r"(?:\d{4}\s+)?[^\W\d_]", re.UNICODE)


# A name that opens with a lower-case particle glued to a capital ("al-Qaeda", "el-Sisi",
# "d’Estaing"): a name, not a lower-case description.
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}[-’'][A-ZÀ-Þ]")


def is_description(surface: str) -> bool:
    """A lower-case description rather than a name: its first word is lower-case, or a year
    stands before a lower-case noun (`the 2013 disaster in <Town>`, `the 1973 war`), which the
    paper writes of events it does not name (README, "Conventions": lower-case descriptions).
    A name opening with a lower-case particle glued to a capital (`al-Qaeda`) is none."""
    m = _DESCRIPTION.match(surface)
    return bool(m) and m.group()[-1].islower() and not _PARTICLE_NAME.match(surface)


# a word or words in quote marks inside a longer name: "'Militant' Fighting Fund"
_INNER_QUOTED = re.compile(r"(?<!\w)(['\"])([^'\"]+)\1(?!\w)")


def speaker_form(name: str) -> str:
    """A speaker's name as compared: `norm`, case folded, without quote marks around a part of
    it (the convention on quote marks inside a name: `Ignacio "Nacho" Peralta` and the gold's
    `Ignacio Nacho Peralta` are one speaker, as they are one entity by `norm_surface`)."""
    return _INNER_QUOTED.sub(r"\2", norm(name) or "").casefold()


# a country named with the paper's lower-case compass word ("south Korea"): the phrase and the bare
# name, the compass word outside the mention, are both right (README, "Conventions": a country
# named with a lower-case compass word), so a required phrase is found by its bare name too
_COMPASS_NAME = re.compile(r"(?:north|south|east|west|northern|southern|eastern|western) ([A-Z].*)\Z")


def norm_surface(s: str) -> str:
    """An entity surface as the gold writes it: no possessive, no leading article, and no quote
    marks around a part of a longer name (the page's "‘Militant’ Fighting Fund" is the name
    Militant Fighting Fund, as the pipeline's label gives it)."""
    s = norm(s) or ""
    inner = _INNER_QUOTED.sub(r"\2", s)
    if inner != s and _INNER_QUOTED.fullmatch(s) is None:
        s = inner
    s = re.sub(r"'s?$", "", s) if re.search(r"\w's$|s'$", s) else s
    return re.sub(r"^(?:the|The)\s+", "", s)


# -- gold ---------------------------------------------------------------------------------------

@dataclass
class Gold:
    stem: str
    structure: dict
    items: list[dict]
    entities: dict[str, str]
    optional: dict[str, str | None]
    quotes: list[dict]


def load_gold(path: Path) -> Gold:
    """Read and check one gold file; every problem is a GoldError naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise GoldError(f"{path}: {e}") from None

    def bad(msg: str):
        raise GoldError(f"{path}: {msg}")

    if not isinstance(data, dict):
        bad("not a JSON object")
    extra = set(data) - GOLD_KEYS
    if extra:
        bad(f"unknown keys {sorted(extra)}")
    if data.get("article") != path.stem + ".txt":
        bad(f'"article" must be "{path.stem}.txt"')
    st = data.get("structure")
    if not isinstance(st, dict) or set(st) != set(STRUCTURE_FIELDS):
        bad(f'"structure" must have exactly the keys {list(STRUCTURE_FIELDS)}')
    if not isinstance(st["bylines"], list):
        bad('"structure.bylines" must be a list')
    if st["date"] is not None:
        try:
            dt.date.fromisoformat(st["date"])
        except (TypeError, ValueError):
            bad(f'"structure.date" is not an ISO date: {st["date"]!r}')
    items = data.get("items", [])
    for n, it in enumerate(items, 1):
        if not isinstance(it, dict) or set(it) - ITEM_KEYS:
            bad(f"item {n}: keys must be among {sorted(ITEM_KEYS)}")
        if it.get("date") is not None:
            try:
                dt.date.fromisoformat(it["date"])
            except (TypeError, ValueError):
                bad(f"item {n}: date is not ISO: {it['date']!r}")
    ents = data.get("entities", {})
    opt = data.get("optional", {})
    for name, typ in ents.items():
        if typ not in ENTITY_TYPES:
            bad(f"entity {name!r}: type {typ!r} is not one of {ENTITY_TYPES}")
    for name, typ in opt.items():
        if typ is not None and typ not in ENTITY_TYPES:
            bad(f"optional {name!r}: type {typ!r} is not one of {ENTITY_TYPES} or null")
        if name in ents:
            bad(f"{name!r} is both required and optional")
    quotes = data.get("quotes", [])
    for n, q in enumerate(quotes, 1):
        if not isinstance(q, dict) or set(q) != {"opens", "speaker"} or not q["opens"]:
            bad(f'quote {n}: needs exactly "opens" (non-empty) and "speaker" (a name or null)')
    return Gold(path.stem, st, items, {norm_surface(k): v for k, v in ents.items()},
                {norm_surface(k): v for k, v in opt.items()}, quotes)


def check_gold(gold: Gold, text: str, path: Path) -> None:
    """Every name, quotation opening and item opening of the gold occurs in its article: a typo in
    the gold would otherwise count as a miss of the pipeline."""
    flat = norm(text) or ""
    unquoted = _INNER_QUOTED.sub(r"\2", flat)  # a name compared without its inner quote marks
    missing = [n for n in gold.entities if n not in flat and n not in unquoted]
    missing += [q["opens"] for q in gold.quotes if norm(q["opens"]) not in flat]
    missing += [it["opens"] for it in gold.items if it.get("opens") and norm(it["opens"]) not in flat]
    if missing:
        raise GoldError(f"{path}: not in the article's text: {missing}")


# -- prediction: the only part that touches the project ------------------------------------------

@dataclass
class Prediction:
    structure: dict
    items: list[dict] | None  # None: the Document has no page items at all
    entities: dict[str, set]  # surface -> {type or None}
    quotes: list[tuple[str, list[set[str]]]]  # (content, one set of names per named speaker)
    notes: list[str] = field(default_factory=list)
    # lower-case surfaces the pipeline links to an entity it knows (its registry): descriptions
    # ("the revolution in 1959" → the Cuban Revolution), not names; surface -> the entity's label
    descriptions: dict[str, str] = field(default_factory=dict)


def _value(doc, x):
    """A model value as comparable text: Field, Person, Span, date, str, or a list of them."""
    if x is None:
        return None
    if isinstance(x, list | tuple):
        return _value(doc, x[0]) if x else None
    if isinstance(x, dt.date):
        return x.isoformat()
    if isinstance(x, str | int):
        return str(x)
    for attr in ("value", "name"):
        if hasattr(x, attr):
            return _value(doc, getattr(x, attr))
    if hasattr(x, "begin") and hasattr(x, "end"):
        return doc.text[x.begin:x.end]
    raise TypeError(f"cannot read a value of type {type(x).__name__} from the Document")


def printed(headline) -> str | None:
    """The headline as printed, as the gold writes it: None for a page the model names without
    a title printed on it (a letters page with no "Letters" line is named "Letters" at an empty
    span, so that the archive can list and mint it; the gold's headline is null)."""
    span = getattr(headline, "span", None)
    if span is not None and span.end == span.begin:
        return None
    return headline.value


def joined_names(names: list[str]) -> str:
    """'A and B', 'A, B and C': several writers as the gold writes them."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def read_items(doc) -> tuple[list[dict] | None, list[str]]:
    """The Document's page items as plain rows (None: the model has no items), and notes on
    fields the item objects lack."""
    notes: list[str] = []
    if not hasattr(doc, "items"):
        return None, ["Document has no `items`: every gold item counts as missed"]
    items = []
    missing: Counter = Counter()
    for it in doc.items:
        row = {}
        for f, attrs in ITEM_ATTRS.items():
            present = [a for a in attrs if hasattr(it, a)]
            if not present:
                missing[f] += 1
            # the first attribute that holds a value: a signer's name, else the signature
            # line as printed ("A prisoner")
            row[f] = next((v for v in (_value(doc, getattr(it, a)) for a in present) if v), None)
        people = getattr(it, "authors", None)
        if isinstance(people, list) and len(people) > 1:
            # an item signed by several ("—Ana Ruiz and Tom Lee"): the gold writes them as
            # printed, joined by "and"; `author` is only the first of them
            row["author"] = joined_names([_value(doc, p) for p in people])
        items.append(row)
    for f in missing:
        if f != "opens":
            notes.append(f"page items have none of {ITEM_ATTRS[f]} for field {f!r}")
    return items, notes


def top_types(classes: dict) -> dict[str, str | None]:
    """Each kind of kg.rdf.entities.CLASSES as the gold's type: its first class of two parents
    (`SCHEMA_PARENTS`, decided against each gold name in `score`), else its first class that is
    one of the five or below one (`SCHEMA_SUPER`); None for schema:Thing."""
    top: dict[str, str | None] = {}
    for kind, (cls, more) in classes.items():
        names = [str(c).rsplit("/", 1)[-1] for c in (cls, *more)]
        top[kind] = next((n for n in names if n in SCHEMA_PARENTS), None) or next(
            (SCHEMA_SUPER.get(n, n) for n in names if SCHEMA_SUPER.get(n, n) in ENTITY_TYPES), None)
    return top


def predict(path: Path) -> Prediction:
    """Read and annotate one article with the project's pipeline, as plain values."""
    from kg.nlp import annotate
    from kg.rdf.entities import CLASSES
    from kg.reader import read_article

    doc = read_article(path)
    annotate(doc)
    notes: list[str] = []
    # The model keeps the parenthesised label in `kicker`; the line above a headline, where the
    # model has one, is `overline`. A model with a `label` field keeps `kicker` for that line.
    has_label = hasattr(doc, "label")
    kicker = doc.kicker if has_label else getattr(doc, "overline", None)
    if not has_label and not hasattr(doc, "overline"):
        notes.append("Document has neither `label` nor `overline`: no kicker can be found")
    st = {
        "headline": printed(doc.headline),
        "deck": _value(doc, doc.deck),
        "kicker": _value(doc, kicker),
        "label": _value(doc, doc.label if has_label else doc.kicker),
        "date": doc.masthead.date.isoformat(),
        "volume": str(doc.masthead.volume),
        "issue": str(doc.masthead.issue),
        "bylines": [p.name for p in doc.authors],  # bylines, else a sign-off or letter's sender
        "dateline": _value(doc, doc.dateline),
    }
    items, item_notes = read_items(doc)
    notes += item_notes

    ann = doc.annotations
    top = top_types(CLASSES)
    entities: dict[str, set] = {}
    descriptions: dict[str, str] = {}
    for m in ann.mentions:
        kind = ann.entities[m.entity].kind
        if kind not in top:
            raise KeyError(f"entity kind {kind!r} has no class in kg.rdf.entities.CLASSES")
        surface = norm_surface(doc.text[m.span.begin:m.span.end])
        entity = ann.entities[m.entity]
        if is_description(surface) and entity.known:
            descriptions[surface] = entity.label
            continue
        entities.setdefault(surface, set()).add(top[kind])

    def names(agent) -> set[str] | None:
        if agent.kind == "entity":
            e = ann.entities[agent.key]
            return {speaker_form(n) for n in (e.label, *e.aliases) if norm(n)}
        if agent.kind in ("person", "publisher"):
            return {speaker_form(agent.key)}
        return None  # unidentified: no named speaker

    quotes = []
    for q in ann.quotations:
        if q.kind != "quotation":
            continue
        named = [n for n in map(names, q.speakers) if n]
        quotes.append((doc.text[q.content.begin:q.content.end], named))
    return Prediction(st, items, entities, quotes, notes, descriptions)


# -- scoring ------------------------------------------------------------------------------------

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


def compare_value(gold, pred) -> Counts:
    """One value: right (tp), wrong (fp and fn), missing (fn), invented (fp)."""
    g, p = norm(gold), norm(pred)
    if g is None and p is None:
        return Counts()
    if g is None:
        return Counts(fp=1)
    if p is None:
        return Counts(fn=1)
    return Counts(tp=1) if g == p else Counts(fp=1, fn=1)


def in_capitals_only(name: str, text: str) -> bool:
    """The article prints the name, and prints it only in capitals (`BY HENDRIK VAN DER BYL`)."""
    found = [m.group(0) for m in re.finditer(re.escape(name), text, re.IGNORECASE)]
    return bool(found) and all(f == f.upper() for f in found)


def capitals_case_only(a: str, b: str) -> bool:
    """Two names that differ only in case that capitals cannot show: a small word one of them
    writes in lower case (`Hendrik van der Byl` and `Hendrik Van Der Byl`), a particle joined by
    a hyphen (`Omar al-Nadi` and `Omar Al-Nadi`), or a letter inside a word past its first
    (`Tom LeBlanc` and `Tom Leblanc`, `Ana McDonald` and `Ana Mcdonald`): the words are cut at
    spaces and hyphens alike, and a word's first letter keeps its case unless the word is small."""
    wa, wb = re.split(r"(\s+|-)", a), re.split(r"(\s+|-)", b)
    return len(wa) == len(wb) and all(
        x == y or (x.casefold() == y.casefold() and (x.islower() or y.islower() or x[:1] == y[:1]))
        for x, y in zip(wa, wb, strict=True))


def printed_as(gold: list, pred: list, text: str) -> list:
    """The predicted names, each taking the gold's spelling where the two differ only in case
    capitals cannot show and the article prints the name only in capitals: `van der` and `Van
    Der`, `LeBlanc` and `Leblanc` are both right (README, "Conventions": names printed in capitals).
    The page is searched with straight quotes, as the names are compared: `BY ANA DELL’ORTO` was
    not found as `Dell'Orto`, and its case counted (set DB, branch passA42)."""
    out = []
    page = norm(text) or ""  # the names are compared with straight quotes: so is the page
    for p in pred:
        same = [g for g in gold if g and p and capitals_case_only(norm(g), norm(p))
                and in_capitals_only(norm(g), page)]
        out.append(same[0] if same else p)
    return out


def title_text(title: str | None) -> str | None:
    """An item's title without the full stop that closes it as a sentence (`Why Workers Need a
    Labor Party.`): the stop is the sentence's, not the title's (README, "Conventions"); a title's
    `!` or `?` stays, as does an abbreviation's point inside it."""
    if title is None:
        return None
    t = (norm(title) or "").rstrip()
    return t[:-1].rstrip() if t.endswith(".") and not re.search(r"(?:^|\s)(?:\w\.)+$", t) else t


def compare_list(gold: list, pred: list) -> Counts:
    g, p = Counter(filter(None, map(norm, gold))), Counter(filter(None, map(norm, pred)))
    tp = sum((g & p).values())
    return Counts(tp, sum(p.values()) - tp, sum(g.values()) - tp)


def _opens_match(opens: str | None, text: str | None) -> bool:
    if not opens or not text:
        return False
    a = (norm(opens) or "").casefold().lstrip("\"' ")
    b = (norm(text) or "").casefold().lstrip("\"' ")
    return bool(a) and b.startswith(a)


def _said_again(gold_quotes: list[dict], text: str | None, named: list[set[str]]) -> bool:
    """The same words quoted twice (a quoted headline repeating a body quotation): the gold lists
    them once, by their opening words; a second quotation of the pipeline's with those opening
    words and the gold's speaker among its names counts neither for nor against it (bench/quality/
    README.md, "A quoted headline repeating a body quotation")."""
    for g in gold_quotes:
        if g["speaker"] and _opens_match(g["opens"], text):
            want = speaker_form(g["speaker"])
            if any(want in n for n in named):
                return True
    return False


def _item_opens(opens: str | None, text: str | None) -> bool:
    """The item's text (which may start with its title or date line) holds its opening words."""
    if not opens or not text:
        return False
    return (norm(opens) or "").casefold() in (norm(text) or "").casefold()[:400]


def _agreement(g: dict, p: dict) -> int:
    n = sum(1 for f in ITEM_FIELDS if norm(g.get(f)) is not None and norm(g.get(f)) == norm(p.get(f)))
    return n + (2 if _item_opens(g.get("opens"), p.get("opens")) else 0)


def align_items(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) in page order maximizing agreeing fields (weighted LCS);
    a pair needs at least one agreeing field or the same opening words."""
    n, m = len(gold), len(pred)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            a = _agreement(gold[i], pred[j])
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + a if a else 0)
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        a = _agreement(gold[i], pred[j])
        if a and best[i][j] == best[i + 1][j + 1] + a:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


@dataclass
class ArticleScore:
    stem: str
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    structure: dict[str, Counts] = field(default_factory=dict)
    right: dict[str, bool] = field(default_factory=dict)  # field exactly as gold (both empty counts)
    items: Counts = field(default_factory=Counts)
    item_fields: dict[str, Counts] = field(default_factory=dict)
    entity_types: dict[str, Counts] = field(default_factory=dict)
    detection: Counts = field(default_factory=Counts)  # names found, whatever their type
    typing: Counter = field(default_factory=Counter)  # per gold type: right, wrong, untyped, missed
    spurious: list[str] = field(default_factory=list)  # predicted, not in gold: plausible names
    junk: list[str] = field(default_factory=list)  # predicted, not in gold, not names
    descriptions: list[str] = field(default_factory=list)  # lower-case mentions of known entities
    speakers: Counts = field(default_factory=Counts)
    misses: list[str] = field(default_factory=list)  # human-readable, for --details


def structure_names(gold: Gold) -> set[str]:
    """Names the gold holds as structure (bylines, signers, their towns, datelines, each part of
    "Town, State"): an entity the pipeline makes of them is neither credited nor junk."""
    values = list(gold.structure["bylines"]) + [gold.structure["dateline"]]
    for it in gold.items:
        values += [it.get("author"), it.get("place"), it.get("dateline")]
    out = set()
    for v in filter(None, values):
        out.add(norm_surface(v))
        out.update(norm_surface(part) for part in v.split(",") if part.strip())
    # an item signed by several: each writer of "Ana Ruiz and Tom Lee" is a structure name; a
    # dateline of two places ("KELVO and DORROW FALLS, Tessaly"): each place is one
    for v in [it.get("author") for it in gold.items] + [gold.structure["dateline"]] \
            + [it.get("dateline") for it in gold.items]:
        # "KELVO, Tessaly, and DORROW, Vell": ", and " parts two places ("and DORROW" was one)
        out.update(norm_surface(part) for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", v or "")
                   if part.strip())
    return out


def _contains(outer: str, inner: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", outer) is not None


def _is_junk(surface: str, known: list[str], heading: str, lower_words: set[str]) -> bool:
    """A predicted name that is not a name: a piece of a known name ("United Food"), a known name
    glued to other words ("BY ELLEN BERMAN", "Tom Baumann Members"), words of the page's heading
    ("Years Ago"), or only words the article also uses in lower case ("Unit", "Position")."""
    s = surface.casefold()
    for k in (k.casefold() for k in known):
        if k != s and (_contains(s, k) or _contains(k, s)):
            return True
    if _contains(heading.casefold(), s):
        return True
    words = re.findall(r"[A-Za-z][A-Za-z'.-]*", surface)
    return bool(words) and all(w.lower().strip(".") in lower_words for w in words)


def read_as(types: set, gold_type: str | None) -> set:
    """The predicted types of one name, each class of two parents (`SCHEMA_PARENTS`) read as the
    gold's type where that is one of its parents, else as its first parent."""
    def one(t):
        parents = SCHEMA_PARENTS.get(t)
        if parents is None:
            return t
        return gold_type if gold_type in parents else parents[0]
    return {one(t) for t in types}


def score(gold: Gold, pred: Prediction | None, text: str = "", error: str | None = None) -> ArticleScore:
    """Compare one article's prediction with its gold; pred None: the article failed."""
    out = ArticleScore(gold.stem, error=error, notes=list(pred.notes) if pred else [])
    empty_st = {f: ([] if f == "bylines" else None) for f in STRUCTURE_FIELDS}
    pst = pred.structure if pred else empty_st
    for f in STRUCTURE_FIELDS:
        g = gold.structure[f]
        g = [str(x) for x in g] if f == "bylines" else (None if g is None else str(g))
        c = (compare_list(g, printed_as(g, pst[f], text)) if f == "bylines"
             else compare_value(g, pst[f]))
        out.structure[f] = c
        out.right[f] = pred is not None and c.fp == 0 and c.fn == 0
        if c.fp or c.fn:
            out.misses.append(f"{f}: gold {g!r}, got {pst[f]!r}")

    # page items
    pitems = (pred.items or []) if pred else []
    pairs = align_items(gold.items, pitems)
    out.items = Counts(len(pairs), len(pitems) - len(pairs), len(gold.items) - len(pairs))
    out.item_fields = {f: Counts() for f in ITEM_FIELDS}
    gi = {i for i, _ in pairs}
    pj = {j for _, j in pairs}
    for i, j in pairs:
        for f in ITEM_FIELDS:
            want, got = gold.items[i].get(f), pitems[j].get(f)
            if f == "author" and want and got:
                got = printed_as([want], [got], text)[0]
            if f == "title":
                want, got = title_text(want), title_text(got)
            c = compare_value(want, got)
            out.item_fields[f].add(c)
            if c.fp or c.fn:
                got = pitems[j].get(f)
                out.misses.append(f"item {i + 1} {f}: gold {gold.items[i].get(f)!r}, got {got!r}")
    for i, it in enumerate(gold.items):
        if i not in gi:
            out.misses.append(f"item {i + 1} not found: {it}")
            for f in ITEM_FIELDS:
                out.item_fields[f].add(compare_value(it.get(f), None))
    for j, it in enumerate(pitems):
        if j not in pj:
            for f in ITEM_FIELDS:
                out.item_fields[f].add(compare_value(None, it.get(f)))

    # entities
    pents = pred.entities if pred else {}
    out.descriptions = [f"{d} → {label}" for d, label in sorted((pred.descriptions if pred else {}).items())]
    out.entity_types = {t: Counts() for t in ENTITY_TYPES}
    for name, typ in gold.entities.items():
        out.entity_types[typ].fn += 1  # undone below when typed right
        types = pents.get(name)
        if types is None and (m := _COMPASS_NAME.match(name)) and m.group(1) not in gold.entities:
            types = pents.get(m.group(1))  # "south Korea" printed, "Korea" the mention: one name
        types = None if types is None else read_as(types, typ)
        if types is None:
            out.typing[(typ, "missed")] += 1
            out.detection.fn += 1
            out.misses.append(f"entity missed: {name} ({typ})")
            continue
        out.detection.tp += 1
        if typ in types:
            out.typing[(typ, "right")] += 1
            out.entity_types[typ].fn -= 1
            out.entity_types[typ].tp += 1
        elif types - {None}:
            out.typing[(typ, "wrong")] += 1
            out.misses.append(f"entity typed wrong: {name} ({typ}, got {sorted(types - {None})})")
        else:
            out.typing[(typ, "untyped")] += 1
            out.misses.append(f"entity untyped: {name} ({typ})")
        for t in types - {None, typ}:
            out.entity_types[t].fp += 1
    lower_words = {w for w in re.findall(r"[a-z][a-z'-]*", text)}
    optional = set(gold.optional) | structure_names(gold)
    known = list(gold.entities) + sorted(optional)
    heading = " ".join(norm(gold.structure[f]) or "" for f in ("headline", "kicker", "label"))
    # a byline or an item's signer printed in capitals ("BY MAUREEN DELACROIX") is the name the
    # gold writes in its own case ("Maureen Delacroix"): structure still, in either case
    structure_folded = {n.casefold() for n in structure_names(gold)}
    compass_bare = {m.group(1) for n in gold.entities if (m := _COMPASS_NAME.match(n))}
    for name, types in pents.items():
        if name in gold.entities or name in optional or name.casefold() in structure_folded \
                or name in compass_bare:
            continue
        out.detection.fp += 1
        for t in read_as(types, None) - {None}:
            out.entity_types[t].fp += 1
        label = f"{name} ({'/'.join(sorted(t or 'untyped' for t in types))})"
        (out.junk if _is_junk(name, known, heading, lower_words) else out.spurious).append(label)

    # quotation speakers
    pquotes = pred.quotes if pred else []
    used: set[int] = set()
    for q in gold.quotes:
        k = next((k for k, (content, _) in enumerate(pquotes)
                  if k not in used and _opens_match(q["opens"], content)), None)
        named = pquotes[k][1] if k is not None else []
        if k is not None:
            used.add(k)
        want = speaker_form(q["speaker"]) if q["speaker"] else None
        if want is None:
            if named:
                out.speakers.fp += 1
                out.misses.append(f"quote {q['opens']!r}: no named speaker, got {sorted(named[0])}")
        elif any(want in n for n in named):
            out.speakers.tp += 1
        else:
            out.speakers.fn += 1
            if named:
                out.speakers.fp += 1
            got = sorted(named[0]) if named else ("no quotation" if k is None else "no speaker")
            out.misses.append(f"quote {q['opens']!r}: speaker {q['speaker']!r}, got {got}")
    for k, (content, named) in enumerate(pquotes):
        if k not in used and named and not _said_again(gold.quotes, content, named):
            out.speakers.fp += 1
            opening = (norm(content) or "")[:40]
            out.misses.append(f"quote not in gold given a speaker: {opening!r} → {sorted(named[0])}")
    return out


# -- totals and output --------------------------------------------------------------------------

def totals(scores: list[ArticleScore]) -> dict:
    st = {f: Counts() for f in STRUCTURE_FIELDS}
    itf = {f: Counts() for f in ITEM_FIELDS}
    ent = {t: Counts() for t in ENTITY_TYPES}
    items, det, spk = Counts(), Counts(), Counts()
    typing: Counter = Counter()
    for s in scores:
        for f in STRUCTURE_FIELDS:
            st[f].add(s.structure[f])
        for f in ITEM_FIELDS:
            itf[f].add(s.item_fields[f])
        for t in ENTITY_TYPES:
            ent[t].add(s.entity_types[t])
        items.add(s.items)
        det.add(s.detection)
        spk.add(s.speakers)
        typing.update(s.typing)
    core = ("Person", "Place", "Organization")
    core_gold = sum(v for (t, _), v in typing.items() if t in core)
    core_right = sum(v for (t, k), v in typing.items() if t in core and k == "right")
    read: Counter = Counter()  # the same on the articles the pipeline read (reader failures aside)
    for s in scores:
        if not s.error:
            read.update(s.typing)
    read_gold = sum(v for (t, _), v in read.items() if t in core)
    read_right = sum(v for (t, k), v in read.items() if t in core and k == "right")
    return {
        "articles": len(scores),
        "failed": [{"article": s.stem, "error": s.error} for s in scores if s.error],
        "structure": {f: c.as_dict() for f, c in st.items()},
        "right_on_every_article": {f: sum(s.right[f] for s in scores) for f in MUST_BE_RIGHT},
        "items": items.as_dict(),
        "item_fields": {f: c.as_dict() for f, c in itf.items()},
        "entity_types": {t: c.as_dict() for t, c in ent.items()},
        "entity_detection": det.as_dict(),
        "entity_typing": {t: {k: typing[(t, k)] for k in ("right", "wrong", "untyped", "missed")}
                          for t in ENTITY_TYPES},
        "people_places_orgs_typed_right": {"right": core_right, "gold": core_gold,
                                           "share": core_right / core_gold if core_gold else None},
        "people_places_orgs_typed_right_on_read_articles": {
            "right": read_right, "gold": read_gold, "share": read_right / read_gold if read_gold else None},
        "spurious": sum(len(s.spurious) for s in scores),
        "junk": sum(len(s.junk) for s in scores),
        "junk_list": sorted(j for s in scores for j in s.junk),
        "descriptions": sum(len(s.descriptions) for s in scores),
        "quotation_speakers": spk.as_dict(),
    }


def _pct(x: float | None) -> str:
    return "   –" if x is None else f"{100 * x:4.0f}"


def _row(name: str, c: dict) -> str:
    return (f"  {name:<22} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}   "
            f"{_pct(c['precision'])}% {_pct(c['recall'])}% {_pct(c['f1'])}%")


def render(t: dict, scores: list[ArticleScore], details: bool) -> str:
    head = f"  {'':<22} {'tp':>4} {'fp':>4} {'fn':>4}   prec   rec    F1"
    which = f"set {t['set']}, " if t.get("set") else ""
    lines = [f"Quality on {t['articles']} held-out articles "
             f"({which}{len(t['failed'])} refused by the pipeline)"]
    for f in t["failed"]:
        lines.append(f"  REFUSED {f['article']}: {f['error']}")
    notes = sorted({n for s in scores for n in s.notes})
    lines += [f"  note: {n}" for n in notes]
    lines += ["", "Structure fields", head]
    lines += [_row(f, c) for f, c in t["structure"].items()]
    lines.append("  exactly right on N articles: " + ", ".join(
        f"{f} {n}/{t['articles']}" for f, n in t["right_on_every_article"].items()))
    lines += ["", "Page items (letters, 'Years Ago', reports, column items)", head, _row("items", t["items"])]
    lines += [_row(f"item {f}", c) for f, c in t["item_fields"].items()]
    lines += ["", "Entities (a name found and typed as the gold types it)", head]
    lines += [_row(x, c) for x, c in t["entity_types"].items()]
    lines.append(_row("any type (found)", t["entity_detection"]))
    lines.append(f"  {'gold type':<14} right  wrong  untyped  missed")
    for x, c in t["entity_typing"].items():
        lines.append(f"  {x:<14} {c['right']:>5} {c['wrong']:>6} {c['untyped']:>8} {c['missed']:>7}")
    pp = t["people_places_orgs_typed_right"]
    lines.append(f"  people, places, organisations typed right: {pp['right']} of {pp['gold']} "
                 f"({_pct(pp['share']).strip()}%)")
    pr = t["people_places_orgs_typed_right_on_read_articles"]
    lines.append(f"    on the articles read: {pr['right']} of {pr['gold']} ({_pct(pr['share']).strip()}%)")
    lines.append(f"  found but not in gold: {t['spurious']} plausible names, {t['junk']} junk")
    if t["junk_list"]:
        lines.append("  junk: " + "; ".join(t["junk_list"]))
    if t["descriptions"]:
        lines.append(f"  descriptions linked to known entities (lower case, not names: not scored): "
                     f"{t['descriptions']}")
    lines += ["", "Quotation speakers", head, _row("speakers", t["quotation_speakers"])]
    if details:
        for s in scores:
            lines += ["", f"== {s.stem}" + (f"  REFUSED: {s.error}" if s.error else "")]
            lines += [f"   {m}" for m in s.misses]
            if s.spurious:
                lines.append("   not in gold: " + "; ".join(s.spurious))
            if s.junk:
                lines.append("   junk: " + "; ".join(s.junk))
            if s.descriptions:
                lines.append("   descriptions: " + "; ".join(s.descriptions))
    return "\n".join(lines)


def run(articles: Path, gold_dir: Path, only: list[str] | None = None) -> tuple[dict, list[ArticleScore]]:
    return run_sets([(articles, gold_dir)], only)


def run_sets(sets: list[tuple[Path, Path]], only: list[str] | None = None) -> tuple[dict, list[ArticleScore]]:
    """Score the articles of one or more (articles, gold) folders together."""
    golds = [(articles, g) for articles, gold_dir in sets for g in sorted(gold_dir.glob("*.json"))]
    if only:
        golds = [(a, g) for a, g in golds if g.stem in only]
    if not golds:
        where = ", ".join(str(d) for _, d in sets)
        raise GoldError(f"{where}: no gold files" + (f" among {only}" if only else ""))
    scores, unexpected = [], []
    for articles, gpath in golds:
        gold = load_gold(gpath)
        apath = articles / f"{gold.stem}.txt"
        if not apath.is_file():
            raise GoldError(f"{gpath}: its article {apath} does not exist")
        text = apath.read_text(encoding="utf-8")
        check_gold(gold, text, gpath)
        try:
            pred = predict(apath)
        except Exception as e:  # noqa: BLE001 - every failure is a measurement, listed by name
            from kg.reader import ReadError

            if not isinstance(e, ReadError):
                unexpected.append(type(e).__name__)
            scores.append(score(gold, None, text, error=f"{type(e).__name__}: {e}"))
            continue
        scores.append(score(gold, pred, text))
    if unexpected and all(s.error for s in scores) and len(set(unexpected)) == 1:
        # Not a page the reader refuses but the same failure everywhere: a changed API or a
        # missing dependency. Figures made of it would only mislead.
        first = next(s.error for s in scores if s.error.startswith(unexpected[0]))
        raise SystemExit(f"no article passed; all but read errors failed with {unexpected[0]}: has "
                         f"the pipeline's API or its dependencies changed? {first}")
    return totals(scores), scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=(*SETS, "all"), default=None, metavar="SET",
                    help="the held-out set to score: a (the default), b, c … (a folder each under "
                         "bench/quality/, described in its README.md), or all (a and b; the "
                         "others are scored only when named)")
    ap.add_argument("--articles", type=Path, help="folder of article .txt files (instead of --set)")
    ap.add_argument("--gold", type=Path, help="folder of gold .json files (instead of --set)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--details", action="store_true", help="list every miss per article")
    ap.add_argument("only", nargs="*", help="article stems to score (default: all)")
    args = ap.parse_args(argv)
    if args.set and (args.articles or args.gold):
        ap.error("--set and --articles/--gold choose the articles two ways: give one")
    if args.articles or args.gold:
        sets = [(args.articles or ARTICLES, args.gold or GOLD)]
    else:
        name = args.set or "a"
        sets = [SETS[s] for s in ALL_SETS] if name == "all" else [SETS[name]]
    try:
        t, scores = run_sets(sets, args.only or None)
    except GoldError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if not (args.articles or args.gold):
        name = args.set or "a"
        t["set"] = "+".join(s.upper() for s in ALL_SETS) if name == "all" else name.upper()
    if args.json:
        t["per_article"] = [{"article": s.stem, "error": s.error, "misses": s.misses,
                             "not_in_gold": s.spurious, "junk": s.junk,
                             "descriptions": s.descriptions} for s in scores]
        print(json.dumps(t, indent=1, ensure_ascii=False))
    else:
        print(render(t, scores, args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
