"""The search index of a release: SQLite FTS5, written at publish time beside the store.

`build()` runs in the publish step (kg.store.describe.finisher), after the statistics graph
(kg.statistics) is in the store: it reads the store once and writes `search.sqlite` into the
release folder. Like the rest of the release the file is never written again; servers open it
read-only (kg.search.query). Searching is then an index lookup whose cost grows with the
number of hits, not a scan of the graph (figures in bench/README.md).

What is indexed:
- entities (every node typed with a class of kg.statistics.ENTITY_CLASSES): label and
  aliases (`skos:altLabel`), with the type pages show and the counts of kg.statistics;
- passages: claims (`schema:text`, placed on the narrowest span they were derived from),
  quotations (`kg:Quotation` spans), sentences (`nif:Sentence` spans) and article headlines,
  each with its article and its offsets, so a hit links to the exact span in the reading view.

Both FTS5 tables use the `unicode61` tokenizer with `remove_diacritics 2`, so case and
diacritics are folded on both sides ("Martin" finds "Martín"), and prefix indexes for
type-ahead.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import KG, NIF, PROV, RDFS, SCHEMA, SKOS
from kg.statistics import ENTITY_CLASSES, Change, EntityCounts, display_type

INDEX_FILE = "search.sqlite"
SCHEMA_VERSION = 1
TOKENIZE = "unicode61 remove_diacritics 2"
KINDS = ("entity", "article", "claim", "quotation", "sentence")  # what /search?type= accepts

DDL = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entity(id INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE, label TEXT NOT NULL,
    type TEXT NOT NULL, mentions INTEGER NOT NULL, articles INTEGER NOT NULL);
CREATE TABLE entity_class(entity INTEGER NOT NULL REFERENCES entity(id), class TEXT NOT NULL,
    PRIMARY KEY (class, entity)) WITHOUT ROWID;
CREATE VIRTUAL TABLE entity_fts USING fts5(names, tokenize='{TOKENIZE}', prefix='1 2 3');
CREATE TABLE passage(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, iri TEXT NOT NULL,
    article TEXT NOT NULL, headline TEXT NOT NULL, date TEXT NOT NULL, begin INTEGER,
    "end" INTEGER, who TEXT NOT NULL, who_label TEXT NOT NULL);
CREATE VIRTUAL TABLE passage_fts USING fts5(text, tokenize='{TOKENIZE}', prefix='2 3');
CREATE INDEX entity_rank ON entity(mentions DESC, label);
"""

_LABELS = (RDFS.label, SCHEMA.name)


def _clean(text: str) -> str:
    """Control characters out (snippets use \\x02 and \\x03 as highlight marks)."""
    return "".join(c if c >= " " or c in "\n\t" else " " for c in text)


def _values(*terms) -> str:
    return " ".join(f"<{t}>" for t in terms)


def _entities(store: ox.Store, stats: EntityCounts) -> list[tuple]:
    """(iri, label, type, [classes], [names], mentions, articles) of every entity."""
    classes: dict[str, set[str]] = defaultdict(set)
    for row in store.query(f"SELECT DISTINCT ?e ?t WHERE {{ VALUES ?t {{ {_values(*ENTITY_CLASSES)} }} "
                           "?e a ?t FILTER isIRI(?e) }", use_default_graph_as_union=True):
        classes[row["e"].value].add(row["t"].value)
    for iri in stats.mentions:  # named in a text but typed with none of the classes
        classes.setdefault(iri, set())
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    props = (*_LABELS, SKOS.altLabel)
    query = (f"SELECT ?e ?p ?l WHERE {{ VALUES ?p {{ {_values(*props)} }} ?e ?p ?l "
             "FILTER (isIRI(?e) && isLiteral(?l)) }")
    for row in store.query(query, use_default_graph_as_union=True):
        e = row["e"].value
        if e in classes:
            names[e][row["p"].value].append(row["l"].value)
    out = []
    for iri, found in classes.items():
        given = names.get(iri, {})
        labels = sorted(set(given.get(str(RDFS.label), []) + given.get(str(SCHEMA.name), [])))
        aliases = sorted(set(given.get(str(SKOS.altLabel), [])) - set(labels))
        label = labels[0] if labels else iri.rstrip("/").rsplit("/", 1)[-1]
        kind = display_type(found)
        out.append((iri, label, kind, sorted(found), [label, *labels[1:], *aliases],
                    stats.mentions.get(iri, 0), stats.articles.get(iri, 0)))
    return out


def _articles(store: ox.Store, only: Iterable[str] | None = None) -> dict[str, tuple[str, str]]:
    """article IRI -> (headline, date), of every article or of those `only`."""
    values = f"VALUES ?a {{ {_values(*only)} }}" if only is not None else ""
    query = f"""SELECT ?a (SAMPLE(?h) AS ?headline) (SAMPLE(?d) AS ?date) WHERE {{ {values}
        ?a a <{SCHEMA.NewsArticle}> . OPTIONAL {{ ?a <{SCHEMA.headline}> ?h }}
        OPTIONAL {{ ?a <{SCHEMA.datePublished}> ?d }} }} GROUP BY ?a"""
    return {row["a"].value: (row["headline"].value if row["headline"] else "",
                             row["date"].value if row["date"] else "")
            for row in store.query(query, use_default_graph_as_union=True)}


def _label(store: ox.Store, term, cache: dict) -> str:
    if not isinstance(term, ox.NamedNode):
        return ""
    if term.value not in cache:
        cache[term.value] = next((q.object.value for p in _LABELS
                                  for q in store.quads_for_pattern(term, ox.NamedNode(str(p)), None)
                                  if isinstance(q.object, ox.Literal)), "")
    return cache[term.value]


def _spans(store: ox.Store, which: str, who_property=None, graph: str = "?g") -> list[tuple]:
    """Rows (span, text, begin, end, article, who) of the spans `which` (a pattern on ?s) selects
    (in every graph, or in `graph`: an IRI in <>)."""
    who = f"OPTIONAL {{ ?s <{who_property}> ?who }}" if who_property else ""
    query = f"""SELECT DISTINCT ?s ?t ?b ?e ?a ?who WHERE {{ GRAPH {graph} {{ {which}
        ?s <{NIF.anchorOf}> ?t ; <{NIF.beginIndex}> ?b ; <{NIF.endIndex}> ?e ;
           <{NIF.referenceContext}> ?c . ?c <{PROV.hadPrimarySource}> ?a . {who} }} }}"""
    rows: dict[str, tuple] = {}  # one row per span, even when it is quoted from two sources
    for r in store.query(query):
        rows.setdefault(r["s"].value, (r["s"].value, r["t"].value, int(r["b"].value), int(r["e"].value),
                                       r["a"].value, r["who"]))
    return list(rows.values())


# Quotations as the reading view finds them (kg.web.pages.articleview): typed, or quoted from someone.
QUOTATIONS = (f"{{ ?s a <{KG.Quotation}> }} UNION {{ ?s a <{SCHEMA.Quotation}> }} "
              f"UNION {{ ?s <{PROV.wasQuotedFrom}> [] }}")
SENTENCES = f"?s a <{NIF.Sentence}> ."


def _claims(store: ox.Store, graph: str = "?g") -> list[tuple]:
    """Claims on the narrowest span they were derived from (as the reading view shows them)."""
    query = f"""SELECT ?s ?t ?b ?e ?a ?who WHERE {{ GRAPH {graph} {{
        ?s a <{SCHEMA.Claim}> ; <{SCHEMA.text}> ?t ; <{SCHEMA.appearance}> ?a .
        OPTIONAL {{ ?s <{SCHEMA.author}> ?who }}
        OPTIONAL {{ ?s <{PROV.wasDerivedFrom}> ?d . ?d <{NIF.beginIndex}> ?b ; <{NIF.endIndex}> ?e }} }} }}"""
    best: dict[str, tuple] = {}
    for r in store.query(query):
        b = int(r["b"].value) if r["b"] is not None else None
        e = int(r["e"].value) if r["e"] is not None else None
        row = (r["s"].value, r["t"].value, b, e, r["a"].value, r["who"])
        old = best.get(row[0])
        if old is None or (b is not None and (old[2] is None or (e - b, b) < (old[3] - old[2], old[2]))):
            best[row[0]] = row
    return list(best.values())


def _passage_rows(store: ox.Store, articles: dict[str, tuple[str, str]],
                  graph: str = "?g") -> list[tuple]:
    """(kind, iri, text, begin, end, article, who) of the passages of every graph or of `graph`."""
    rows = [("article", a, h, None, None, a, None) for a, (h, _d) in articles.items() if h]
    rows += [("claim", *r) for r in _claims(store, graph)]
    rows += [("quotation", *r) for r in _spans(store, QUOTATIONS, PROV.wasQuotedFrom, graph)]
    rows += [("sentence", *r) for r in _spans(store, SENTENCES, graph=graph)]
    return rows


def _insert_entities(db: sqlite3.Connection, store: ox.Store, stats: EntityCounts) -> None:
    for n, (iri, label, kind, classes, names, mentions, articles) in enumerate(
            _entities(store, stats), start=1):
        db.execute("INSERT INTO entity VALUES (?, ?, ?, ?, ?, ?)",
                   (n, iri, label, kind, mentions, articles))
        db.executemany("INSERT INTO entity_class VALUES (?, ?)", [(n, c) for c in classes])
        db.execute("INSERT INTO entity_fts(rowid, names) VALUES (?, ?)",
                   (n, _clean(" | ".join(names))))


def _insert_passages(db: sqlite3.Connection, store: ox.Store, rows: list[tuple],
                     articles: dict[str, tuple[str, str]], start: int) -> None:
    labels: dict[str, str] = {}
    for n, (kind, iri, text, b, e, article, who) in enumerate(rows, start=start):
        headline, date = articles.get(article, ("", ""))
        db.execute("INSERT INTO passage VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (n, kind, iri, article, headline, date, b, e,
                    who.value if isinstance(who, ox.NamedNode) else "", _label(store, who, labels)))
        db.execute("INSERT INTO passage_fts(rowid, text) VALUES (?, ?)", (n, _clean(text)))


def _write(db: sqlite3.Connection, store: ox.Store, stats: EntityCounts) -> None:
    """Every row, from the whole store."""
    db.executescript(DDL)
    _insert_entities(db, store, stats)
    articles = _articles(store)
    _insert_passages(db, store, _passage_rows(store, articles), articles, 1)


def _update(db: sqlite3.Connection, store: ox.Store, stats: EntityCounts, change: Change) -> None:
    """A copy of the previous release's index made this release's: the passages of the articles
    that went or came deleted, those of the graphs that came read from those graphs alone; the
    speakers' labels read again (a new page can give a speaker a better label, kg.shared_labels);
    the entity rows written again whole (their labels, classes and counts come from every graph)."""
    for table in ("entity_fts", "entity_class", "entity"):
        db.execute(f"DELETE FROM {table}")
    _insert_entities(db, store, stats)
    db.execute("CREATE TEMP TABLE changed(article TEXT PRIMARY KEY)")
    db.executemany("INSERT INTO changed VALUES (?)", [(a,) for a in sorted(change.articles())])
    db.execute("DELETE FROM passage_fts WHERE rowid IN "
               "(SELECT id FROM passage WHERE article IN (SELECT article FROM changed))")
    db.execute("DELETE FROM passage WHERE article IN (SELECT article FROM changed)")
    start = db.execute("SELECT coalesce(max(id), 0) + 1 FROM passage").fetchone()[0]
    articles = _articles(store, change.articles())
    rows = [("article", a, h, None, None, a, None) for a, (h, _d) in articles.items() if h]
    for share in change.new:
        rows += _passage_rows(store, {}, f"<{share.graph}>")
    _insert_passages(db, store, rows, articles, start)
    labels: dict[str, str] = {}
    stale = [(label, who) for who, old in db.execute(
                 "SELECT DISTINCT who, who_label FROM passage WHERE who != ''").fetchall()
             if (label := _label(store, ox.NamedNode(who), labels)) != old]
    db.executemany("UPDATE passage SET who_label = ? WHERE who = ?", stale)  # one scan each: few


def _updatable(previous: Path | None, change: Change | None) -> bool:
    """Whether the previous release's index can be updated by the change: it exists, this
    schema wrote it, and the change's articles are each in one graph."""
    if previous is None or change is None or not change.exact or not Path(previous).is_file():
        return False
    db = sqlite3.connect(f"{Path(previous).resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError:
        return False
    finally:
        db.close()
    return row is not None and row[0] == str(SCHEMA_VERSION)


def build(store: ox.Store, stats: EntityCounts, folder: Path, *, release: str = "",
          previous: Path | None = None, change: Change | None = None) -> Path:
    """Write `folder/search.sqlite` from the store being published; return its path. With the
    previous release's index and the build's change (kg.statistics.Change), that index is
    copied and updated (`_update`); otherwise written whole."""
    path = Path(folder) / INDEX_FILE
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    updating = _updatable(previous, change)
    if updating:
        shutil.copyfile(previous, tmp)
    db = sqlite3.connect(tmp)
    try:
        if updating:
            _update(db, store, stats, change)
        else:
            _write(db, store, stats)
        db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        db.execute("INSERT OR REPLACE INTO meta VALUES ('release', ?)", (release,))
        db.execute("INSERT OR REPLACE INTO meta VALUES ('written', ?)",
                   (f"updated from {Path(previous).parent.name}" if updating else "whole",))
        for table in ("entity_fts", "passage_fts") if not updating else ():  # an update adds a
            db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")  # segment: no rewrite
        db.commit()
    finally:
        db.close()
    os.replace(tmp, path)
    return path
