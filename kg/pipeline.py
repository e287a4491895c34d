"""The build: read → annotate → map → validate → publish, all or nothing.

Each article is read, annotated and mapped on its own (kg.article_jobs) by an executor
(kg.executors: this process, local worker processes or a Dask cluster); every article graph
is validated (with the shared triples it contributes) before anything is written, and waits
on disk, not in memory; then one publish, on the machine that runs the build, replaces the
articles' named graphs and merges the shared graph, atomically. The merged shared graph is
checked whole, or only around what the publish added when the previous release certifies
that its shared graph passed the same shapes (kg.shared_check).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg import shared_check
from kg.article_jobs import (  # noqa: F401  (process, to_ntriples: the per-article steps, here too)
    ArticleJob,
    Built,
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
from kg.iri import Minter
from kg.rdf import ArticleRdf
from kg.resources import Resources, default
from kg.shared_check import Outcome
from kg.store import Release, Snapshot, Store, Writer
from kg.store.describe import finisher
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
                    touched: set | None = None) -> Outcome:
    """The cross-article check: the shared graph as it will be published (old and new
    articles' entities together: one label per entity, one entity per Wikidata item…).
    `touched`: nodes of the triples added to a certified graph (kg.shared_check)."""
    outcome = shared_check.check(store, graph, shapes, touched=touched)
    if outcome.report.violations:
        raise BuildError(f"nothing published; the shared graph <{graph.value}> would break the "
                         "shapes:\n  " + "\n  ".join(_lines(outcome.report.violations)))
    return outcome


def build(paths: Iterable[str | Path], store: Store, minter: Minter, *,
          keep_going: bool = False, validate: bool = True, shapes: Graph | None = None,
          progress: Callable[[str], None] = lambda _m: None,
          executor: Executor | None = None, resources: Resources | None = None) -> BuildResult:
    """Build and publish; `shapes` replaces the project's shapes (tests, stricter profiles);
    `executor` runs the per-article work (default: in this process; kg.executors);
    `resources`: the data the stages read (default: the package's), loaded and checked before
    any article is read."""
    resources = resources or default()
    result = BuildResult()
    keys: dict[str, str] = {}
    shared = ox.NamedNode(str(minter.shared_graph(SHARED_GRAPH)))
    job = ArticleJob.of(minter, validate, shapes, resources)
    with Spill() as spill:
        for made in (executor or SerialExecutor()).map(job, tasks_of(collect(paths))):
            if made.failure is not None:
                result.failures.append(Failure(made.path, made.failure))
                continue
            if made.key in keys:
                result.failures.append(Failure(made.path, f"same article as {keys[made.key]} "
                                               f"(issue and headline give the key {made.key})"))
                continue
            keys[made.key] = made.path
            result.warnings += [f"{made.path}: {w}" for w in made.warnings]
            if made.violations:
                result.failures.append(Failure(made.path, "SHACL violations:\n  "
                                               + "\n  ".join(made.violations)))
                continue
            progress(f"{made.path}: {made.triples} + {made.shared_triples} triples")
            spill.add(made, shared)
            result.articles.append(made.built())
        if result.failures and not keep_going:
            raise BuildError("nothing published; these files failed:\n" + "\n".join(
                f"{f.path}: {f.message}" for f in result.failures))
        if not result.articles:
            raise BuildError("nothing to publish: no article was built")
        result.release, result.shared_check = _publish(store, spill, minter,
                                                       shapes if validate else False)
    return result


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
             validate_with: Graph | None | bool) -> tuple[Release, Outcome | None]:
    """Publish the spilled articles. With the project's shapes, release.json certifies that the
    shared graph passed the check, and the next publish checks only what it adds."""
    shared = ox.NamedNode(str(minter.shared_graph(SHARED_GRAPH)))
    digest = shared_check.shapes_digest() if validate_with is None else None
    outcome: Outcome | None = None

    def finish(st: Writer, release: Release) -> dict:
        changed = frozenset(spill.graphs) | {shared.value}
        reuse = Reuse(previous.dumps, changed) if previous is not None else None
        facts = finisher(minter.base, reuse)(st, release)
        if digest and outcome is not None:
            facts["shared_check"] = {**shared_check.certificate(shared, digest),
                                     "mode": outcome.mode, "focus": outcome.focus}
        return facts

    previous: Release | None = None  # the release this publish starts from, read under its lock
    with store.publish(finish=finish) as st:
        previous = store.current()
        cert = previous.info().get("shared_check", {}) if previous else {}
        certified = bool(digest) and all(
            cert.get(k) == v for k, v in shared_check.certificate(shared, digest).items())
        touched: set | None = set() if certified else None
        spill.load_into(st, touched)
        pause_point("store")
        if validate_with is not False:
            outcome = validate_shared(st, shared, validate_with or None, touched)
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
