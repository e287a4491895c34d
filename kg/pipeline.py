"""The build: read → annotate → map → validate → publish, all or nothing.

Each article is read, annotated and mapped on its own (kg.article_jobs) by an executor
(kg.executors: this process, local worker processes or a Dask cluster); every article graph
is validated (with the shared triples it contributes) before anything is written, and waits
on disk, not in memory; then one publish, on the machine that runs the build, replaces the
articles' named graphs and merges the shared graph, atomically (one label per entity whatever
the pages printed: kg.shared_labels). The merged shared graph is
checked whole, or only around what the publish added when the previous release certifies
that its shared graph passed the same shapes (kg.shared_check).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg import article_records, shared_check, shared_gc, shared_labels, statistics
from kg.article_jobs import (  # noqa: F401  (process, to_ntriples: the per-article steps, here too)
    ArticleJob,
    Built,
    Made,
    Spill,
    _lines,
    made_of,
    process,
    tasks_of,
    to_ntriples,
    validate_article,
)
from kg.errors import KgError
from kg.executors import Executor, SerialExecutor
from kg.faultpoints import pause_point
from kg.fingerprint import text_digest
from kg.iri import Minter
from kg.progress import Silent, Watcher
from kg.rdf import ArticleRdf
from kg.resources import Resources, default
from kg.shared_check import Outcome
from kg.store import Release, Snapshot, Store, Writer
from kg.store.describe import description_graph, finisher
from kg.store.dumps import Reuse

SHARED_GRAPH = "shared"


class BuildError(KgError):
    """The build publishes nothing: the message lists every file that failed and why."""


@dataclass
class Failure:
    path: str
    message: str


@dataclass
class BuildResult:
    articles: list[Built] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    release: Release | None = None
    shared_check: Outcome | None = None
    pruned: list[article_records.Record] = field(default_factory=list)  # removed from the graph

    @property
    def published(self) -> bool:
        """False when every article was unchanged since the last publish (nothing published)."""
        return any(not a.reused for a in self.articles) or bool(self.pruned)


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """Article files named on the command line: files as given, folders' *.txt sorted."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.glob("*.txt"))
            if not found:
                raise BuildError(f"{p}: folder holds no article files (*.txt)")
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            raise BuildError(f"{p}: no such file or folder")
    return files


def validate_shared(store: Snapshot, graph: ox.NamedNode, shapes: Graph | None = None,
                    touched: set | None = None, files: dict[str, str] | None = None) -> Outcome:
    """The cross-article check: the shared graph as it will be published (old and new
    articles' entities together: one entity per Wikidata item, one date per issue…).
    `touched`: nodes of the triples added to a certified graph (kg.shared_check). Each
    violation names the articles that name its node (`files`: article graph → its file), so
    an archivist sees which pages disagree (two pages giving one issue two dates)."""
    outcome = shared_check.check(store, graph, shapes, touched=touched)
    if outcome.report.violations:
        lines = [line + _named_by(store, r.focus, graph, files or {})
                 for line, r in zip(_lines(outcome.report.violations), outcome.report.violations,
                                      strict=True)]
        raise BuildError(f"nothing published; the shared graph <{graph.value}> would break the "
                         "shapes:\n  " + "\n  ".join(lines))
    return outcome


def _named_by(store: Snapshot, focus: str, shared: ox.NamedNode, files: dict[str, str],
              most: int = 6) -> str:
    """`; named by a.txt, b.txt`: the articles whose graphs hold the node (by file when known)."""
    if not (focus.startswith("<") and focus.endswith(">")):
        return ""
    node = ox.NamedNode(focus[1:-1])
    graphs = {q.graph_name.value for q in store.quads_for_pattern(None, None, node)
              if isinstance(q.graph_name, ox.NamedNode) and q.graph_name != shared}
    named = sorted(files[g] for g in graphs if g in files)
    if not named:
        return ""
    more = f", and {len(named) - most} more" if len(named) > most else ""
    return "; named by " + ", ".join(named[:most]) + more


@dataclass
class Plan:
    """What a build takes from the previous release: articles whose file bytes and build key
    are unchanged (kept, not extracted again), and recorded files gone from disk."""

    previous: Release | None
    records: dict[str, article_records.Record]
    kept: dict[Path, article_records.Record]  # by the file as named in this build
    gone: list[article_records.Record]


def plan(files: list[Path], store: Store, job: ArticleJob, force: bool = False) -> Plan:
    """What the previous release gives this build (`force`: keep nothing, extract all)."""
    previous = store.current()
    records = article_records.read(previous.path if previous else None)
    graphs = set(previous.info().get("graphs", {})) if previous else set()
    kept: dict[Path, article_records.Record] = {}
    named = set()
    for path in files:
        absolute = str(path.resolve())
        named.add(absolute)
        rec = records.get(absolute)
        if force or rec is None or rec.build != job.key or rec.graph not in graphs:
            continue
        try:
            same = text_digest(path.read_bytes()) == rec.sha256
        except OSError:
            same = False  # the task reports the file by name
        if same:
            kept[path] = rec
    gone = [r for p, r in records.items() if p not in named and not Path(p).exists()]
    return Plan(previous, records, kept, gone)


def build(paths: Iterable[str | Path], store: Store, minter: Minter, *,
          keep_going: bool = False, validate: bool = True, shapes: Graph | None = None,
          progress: Watcher | None = None, executor: Executor | None = None,
          prune: bool = False, force: bool = False, resources: Resources | None = None
          ) -> BuildResult:
    """Build and publish; `shapes` replaces the project's shapes (tests, stricter profiles);
    `executor` runs the per-article work (default: in this process; kg.executors);
    `resources`: the data the stages read (default: the package's), loaded and checked before
    any article is read.

    An article whose file bytes and build key (kg.article_jobs.ArticleJob.key) are those
    recorded in the previous release keeps its published graph (not extracted again); when
    nothing else changes, nothing is published. Recorded files gone from disk are listed in
    the warnings, or with `prune` their graphs are removed from the release. `force`: extract
    every article again.

    The steps: plan from the previous release (`plan`), take each file's article, kept or made
    (`_Tally`), stop on failures (`_require_articles`), settle the files gone (`_settle_gone`),
    publish what changed (`_publish_build`)."""
    resources = resources or default()
    watch = progress or Silent()
    result = BuildResult()
    shared = ox.NamedNode(str(minter.shared_graph(SHARED_GRAPH)))
    job = ArticleJob.of(minter, validate, shapes, resources)
    files = collect(paths)
    todo = plan(files, store, job, force)
    to_build = [p for p in files if p not in todo.kept]
    with Spill() as spill, contextlib.closing(
            (executor or SerialExecutor()).map(job, tasks_of(to_build))) as made_here:
        tally = _Tally(result, watch, spill, shared)
        for path in files:
            rec = todo.kept.get(path)
            tally.take(path, rec, None if rec is not None else next(made_here))
        _require_articles(result, keep_going)
        _settle_gone(todo, result, prune)
        if not spill.graphs and not result.pruned:
            result.release = todo.previous  # every article unchanged: nothing to publish
            return result
        _publish_build(store, spill, minter, todo, result, job.key,
                       shapes if validate else False, force, watch)
    return result


@dataclass
class _Tally:
    """The build's articles as they come, file by file, into `result`: one kept from the previous
    release, one made (spilled when valid), or a failure; an article key one file already gave
    fails the second file (two files of one article)."""

    result: BuildResult
    watch: Watcher
    spill: Spill
    shared: ox.NamedNode
    keys: dict[str, str] = field(default_factory=dict)  # article key → the file that gave it

    def take(self, path: Path, rec: article_records.Record | None, made: Made | None) -> None:
        """One file: its record when it is kept (`made` None), else what its task made."""
        if made is not None and made.failure is not None:
            self._fail(made.path, made.failure)
            return
        name, key = (str(path), rec.key) if rec is not None else (made.path, made.key)
        if key in self.keys:
            self._fail(name, f"same article as {self.keys[key]} (issue and headline give the key {key})")
            return
        self.keys[key] = name
        if rec is not None:
            self.result.articles.append(Built(name, rec.key, rec.graph, rec.article_iri,
                                              rec.triples, rec.shared_triples, rec.sha256, True))
            self.watch.article(f"{name}: unchanged since the last publish, kept")
        else:
            self._made(made)

    def _made(self, made: Made) -> None:
        """An article extracted again: its warnings kept, spilled when its graph passed the
        shapes, a failure listing its violations otherwise."""
        self.result.warnings += [f"{made.path}: {w}" for w in made.warnings]
        if made.violations:
            self._fail(made.path, "SHACL violations:\n  " + "\n  ".join(made.violations))
            return
        self.spill.add(made, self.shared)
        self.result.articles.append(made.built())
        self.watch.article(f"{made.path}: {made.triples} + {made.shared_triples} triples")

    def _fail(self, name: str, message: str) -> None:
        self.result.failures.append(Failure(name, message))
        self.watch.article(f"{name}: failed")


def _require_articles(result: BuildResult, keep_going: bool) -> None:
    """All or nothing: a failed file stops the build unless `keep_going`, and a build with no
    article (kept or made) publishes nothing."""
    if result.failures and not keep_going:
        raise BuildError("nothing published; these files failed:\n" + "\n".join(
            f"{f.path}: {f.message}" for f in result.failures))
    if not result.articles:
        raise BuildError("nothing to publish: no article was built")


def _settle_gone(todo: Plan, result: BuildResult, prune: bool) -> None:
    """Recorded files gone from disk (a renamed file whose graph this build made again is not
    gone): pruned with `prune`, listed in the warnings otherwise."""
    built_graphs = {a.graph for a in result.articles}
    gone = [r for r in todo.gone if r.graph not in built_graphs]
    if prune:
        result.pruned = gone
    elif gone:
        listed = ", ".join(r.path for r in gone[:10]) + (", …" if len(gone) > 10 else "")
        result.warnings.append(f"{len(gone)} published article(s) whose files are gone stay in "
                               f"the graph (kg build --prune removes them): {listed}")


def _publish_build(store: Store, spill: Spill, minter: Minter, todo: Plan, result: BuildResult,
                   build_key: str, validate_with: Graph | None | bool, force: bool,
                   watch: Watcher) -> None:
    """Publish the build's spilled articles with its changes: the records to keep, the graphs
    pruned or replaced (kg build's stage line counts them); the release and the shared
    graph's check go into `result`."""
    records = _records(todo, result, build_key)
    replaced = _replaced_graphs(todo, result)
    watch.stage(f"publishing {len(spill.graphs)} new or changed article(s)"
                + (f", removing {len(result.pruned) + len(replaced)}"
                   if result.pruned or replaced else ""))
    result.release, result.shared_check = _publish(
        store, spill, minter, validate_with,
        Changes(todo.previous, [r.graph for r in result.pruned] + replaced, records, force))


def _records(todo: Plan, result: BuildResult, build_key: str) -> dict[str, article_records.Record]:
    """The records the new release keeps: the previous ones, less pruned files and graphs this
    build made again from another file, plus the articles this build extracted."""
    made = {a.graph: a for a in result.articles if not a.reused}
    pruned = {r.path for r in result.pruned}
    records = {p: r for p, r in todo.records.items() if p not in pruned and r.graph not in made}
    for a in made.values():
        path = str(Path(a.path).resolve())
        records[path] = article_records.Record(path, a.sha256, build_key, a.key, a.graph,
                                               a.article_iri, a.triples, a.shared_triples)
    return records


def _replaced_graphs(todo: Plan, result: BuildResult) -> list[str]:
    """The graphs of files this build made again under another graph: a page whose headline
    changed has another article key, so another article IRI and graph; the graph its record
    named goes with the publish (it stayed in the store, an article no file made any more),
    unless this build made that graph again from another file."""
    made = {str(Path(a.path).resolve()): a.graph for a in result.articles if not a.reused}
    built = {a.graph for a in result.articles}
    return sorted({r.graph for p, r in todo.records.items()
                   if p in made and made[p] != r.graph and r.graph not in built})


@dataclass
class Changes:
    """What a build's publish does besides loading the spill."""

    planned_from: Release | None  # the release whose graphs the build kept
    removed: list[str]  # graphs of pruned articles, and of files rebuilt under another graph
    records: dict[str, article_records.Record]  # kg.article_records of the new release
    count_whole: bool = False  # `kg build --force`: the statistics counted whole, not patched


def publish(store: Store, articles: list[ArticleRdf], minter: Minter,
            validate_with: Graph | None | bool = None) -> Release:
    """Replace the articles' graphs, merge the shared graph, check it, switch.

    `validate_with`: shapes for the cross-article check (None: the project's; False: none)."""
    shared = ox.NamedNode(str(minter.shared_graph(SHARED_GRAPH)))
    with Spill() as spill:
        for rdf in articles:
            spill.add(made_of(str(rdf.graph), rdf), shared)
        return _publish(store, spill, minter, validate_with)[0]


def _publish(store: Store, spill: Spill, minter: Minter,
             validate_with: Graph | None | bool, changes: Changes | None = None
             ) -> tuple[Release, Outcome | None]:
    """Publish the spilled articles. With the project's shapes, release.json certifies that the
    shared graph passed the check, and the next publish checks only what it adds. A build's
    `changes`: graphs to remove, and the article records to keep (kg.article_records); with
    them the statistics are patched by the changed articles' shares (kg.statistics) when the
    previous release's were written by the same counting."""
    shared = ox.NamedNode(str(minter.shared_graph(SHARED_GRAPH)))
    digest = shared_check.shapes_digest() if validate_with is None else None
    outcome: Outcome | None = None
    change: statistics.Change | None = None

    def finish(st: Writer, release: Release) -> dict:
        changed = frozenset(spill.graphs) | {shared.value} | set(changes.removed if changes else ())
        reuse = Reuse(previous.dumps, changed) if previous is not None else None
        facts = finisher(minter.base, reuse, change, previous)(st, release)
        if changes is not None:
            article_records.write(release.path, {p: r for p, r in changes.records.items()
                                                 if r.graph in facts["graphs"]})
        if digest and outcome is not None:
            facts["shared_check"] = {**shared_check.certificate(shared, digest),
                                     "mode": outcome.mode, "focus": outcome.focus}
        return facts

    previous: Release | None = None  # the release this publish starts from, read under its lock
    with store.publish(finish=finish) as st:
        previous = store.current()
        if changes is not None:
            planned = changes.planned_from.id if changes.planned_from else None
            if planned != (previous.id if previous else None):
                raise BuildError("nothing published: another publish switched the release while "
                                 "this build ran; run the build again")
        # what the removed and the replaced article graphs named, to check once they are gone
        going = [g for g in map(ox.NamedNode, [*(changes.removed if changes else ()), *spill.graphs])
                 if st.contains_named_graph(g)]
        unnamed = shared_gc.named_nodes(st, going, shared)
        if changes is not None and not changes.count_whole and previous is not None \
                and statistics.recorded(previous.info()):
            change = statistics.Change()
            change.going(st, [g.value for g in going])
        for graph in changes.removed if changes else ():
            st.remove_graph(ox.NamedNode(graph))
        cert = previous.info().get("shared_check", {}) if previous else {}
        certified = bool(digest) and all(
            cert.get(k) == v for k, v in shared_check.certificate(shared, digest).items())
        touched: set | None = set() if certified else None
        labelled: set = set()  # the nodes the new shared triples label
        spill.load_into(st, touched, labelled)
        if change is not None:
            change.coming(st, spill.graphs)
        # two pages' printed forms of one entity: one label, the others altLabels (kg.shared_labels)
        relabelled = shared_labels.reconcile(st, shared, labelled)
        if touched is not None:
            touched.update(relabelled)
        if unnamed:  # the description and statistics graphs are written again by `finish`
            shared_gc.drop_unnamed(st, unnamed, shared, {description_graph(minter.base),
                                                         statistics.graph_name(minter)})
        pause_point("store")
        if validate_with is not False:
            files = {r.graph: r.path for r in changes.records.values()} if changes else {}
            outcome = validate_shared(st, shared, validate_with or None, touched, files)
    return store.require_current(), outcome


def load_files(paths: Iterable[str | Path], store: Store, minter: Minter,
               graph: str | None = None) -> Release:
    """Add RDF files to the store. Every file is parsed first: one bad file, nothing published."""
    from kg.formats import rdf_format_for_path
    from kg.iri import slug

    parsed: list[tuple[list[ox.Quad], ox.NamedNode]] = []
    for path in map(Path, paths):
        try:
            fmt = rdf_format_for_path(str(path))
        except KeyError as e:
            raise BuildError(str(e)) from None
        target = ox.NamedNode(graph or str(minter.shared_graph("loaded/" + slug(path.stem))))
        try:
            data = path.read_bytes()
            if path.suffix == ".gz":
                import gzip

                data = gzip.decompress(data)
            quads = list(ox.parse(data, fmt.engine, base_iri=path.resolve().as_uri()))
        except (OSError, SyntaxError, ValueError, EOFError) as e:
            raise BuildError(f"{path}: cannot load as {fmt.name}: {e}") from None
        parsed.append((quads, target))
    with store.publish(finish=finisher(minter.base)) as st:
        for quads, target in parsed:
            st.extend(ox.Quad(q.subject, q.predicate, q.object,
                              target if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name)
                      for q in quads)
    return store.require_current()
