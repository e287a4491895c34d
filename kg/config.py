"""Settings read from the environment, with defaults a user would expect.

KG_STORE  where the published store lives (default: the per-user data directory)
KG_DATA   the data folder a build reads: registry, cue lists (default: the package's kg/data)
KG_BASE   the base IRI every minted IRI starts with
KG_LICENSE  the published dataset's license IRI (default: kg/data/dataset.json)
KG_SPARQL_*  limits of the SPARQL endpoint (see SparqlSettings)
KG_CACHE  where kg link keeps Wikidata answers (default: the per-user cache directory)
KG_CLUSTER  the Dask scheduler kg build sends its per-article work to (default: none, local)
KG_CONTACT  who runs kg link, for the User-Agent sent to Wikidata (default: the project's URL)
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kg.errors import SettingsError

DEFAULT_BASE = "https://w3id.org/militant-kg/"
# Everything kg reads at run time ships inside the package (package data), so an ordinary
# `pip install` or a wheel builds and serves from any folder, not only an editable checkout.
PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
CORPUS_DIR = DATA_DIR / "corpus"  # the bundled article: what `kg build` reads when given no path
ONTOLOGY_DIR = PACKAGE_DIR / "ontology"
SHAPES_DIR = PACKAGE_DIR / "shapes"
# The source checkout (tests, docs, bench); not part of an installed package.
PROJECT_ROOT = PACKAGE_DIR.parent


def default_store() -> Path:
    env = os.environ.get("KG_STORE")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("kg", appauthor=False)) / "store"


def build_cluster() -> str | None:
    """KG_CLUSTER: a Dask scheduler's address (tcp://HOST:8786) for kg build, or None."""
    return os.environ.get("KG_CLUSTER") or None


def base_iri(override: str | None = None) -> str:
    base = override or os.environ.get("KG_BASE") or DEFAULT_BASE
    if not base.startswith(("http://", "https://")):
        raise SettingsError(f"base IRI must be an http(s) IRI, got {base!r}")
    return base if base.endswith("/") else base + "/"


def dataset_metadata() -> dict:
    """Title, publisher, license... of the published dataset (kg/data/dataset.json; KG_LICENSE overrides)."""
    meta = json.loads((DATA_DIR / "dataset.json").read_text())
    if os.environ.get("KG_LICENSE"):
        meta["license"] = os.environ["KG_LICENSE"]
    return meta


def default_query_memory(workers: int, slow_workers: int, ceiling: int = 2048,
                         total: int | None = None) -> int:
    """Megabytes a query worker may hold by default: `ceiling` (Virtuoso's MaxQueryMem default
    is 2 GB too), or on a smaller machine its physical memory shared among every worker that
    may run a query at once and the server itself, so that runaway queries together cannot
    exhaust the machine (a cross product on a million triples grows by about 150 MB a second;
    bench/README.md); never under 256 MB, which the bench's heaviest ordinary query needs
    (co-mentions on a million triples: 181 MB, a worker at rest 48 MB). `total`: the
    machine's memory in MB (read from the system if not given)."""
    if total is None:
        try:
            total = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 2**20
        except (OSError, ValueError):
            return ceiling
    return max(256, min(ceiling, total // (workers + slow_workers + 1)))


@dataclass(frozen=True)
class SparqlSettings:
    """Limits of the SPARQL endpoint. Environment: KG_SPARQL_TIMEOUT (seconds a query may run,
    streaming included), KG_SPARQL_MAX_ROWS (rows or triples per response, 0 = no cap),
    KG_SPARQL_WORKERS (query worker processes), KG_SPARQL_MAX_BODY (bytes of a POST body),
    KG_SPARQL_QUEUE_WAIT (seconds a request waits for a free worker), KG_SPARQL_SERVICE_ALLOW
    (space-separated endpoint IRIs a query may call with SERVICE; none by default).
    Scheduling (kg.web.workers.QueryPool): KG_SPARQL_FAST_BUDGET (seconds a query may run in
    the fast lane before it moves to the slow one), KG_SPARQL_SLOW_WORKERS (long queries
    running at once; 0: no slow lane), KG_SPARQL_CLIENT_QUERIES (queries one client address
    may have running or waiting; 0: no cap), KG_SPARQL_CLIENT_SLOW (long queries per client
    address; 0: no cap), KG_SPARQL_RESERVED_CPUS (CPUs kept free of long queries: the slow
    lane's workers are pinned to the others; 0: they may run on every CPU).
    Hostile input (kg.web.guard): KG_SPARQL_MAX_NESTING (brackets ( [ { open at once) and
    KG_SPARQL_MAX_LEVELS (levels of the query's syntax tree as the guard estimates them). The
    engine's parser and evaluator recurse once per level and crash the worker process
    (segmentation fault) past a few thousand levels (measured in docs/sparql.md); the defaults
    stay far below that. KG_SPARQL_MAX_MEMORY: megabytes of resident memory a query worker
    may hold (0: no limit); by default 2,048 or, on a smaller machine, its memory shared among
    every worker that may run at once and the server (default_query_memory)."""

    timeout: float = 30.0
    max_rows: int = 100_000
    workers: int = max(2, os.cpu_count() or 2)
    max_body: int = 1_048_576
    queue_wait: float = 10.0
    service_allow: tuple[str, ...] = ()
    fast_budget: float = 0.5
    slow_workers: int = 2
    client_queries: int = 16
    client_slow: int = 1
    reserved_cpus: int = 1
    max_nesting: int = 64
    max_levels: int = 500
    max_memory: int = -1  # MB; -1: default_query_memory(workers, slow_workers)

    def __post_init__(self) -> None:
        if self.max_memory == -1:
            object.__setattr__(self, "max_memory", default_query_memory(self.workers, self.slow_workers))
        if self.max_memory < 0:
            raise SettingsError(f"bad SPARQL settings {self}: max_memory must be at least 0")
        if (self.timeout <= 0 or self.workers < 1 or self.max_rows < 0 or self.max_body < 1
                or self.max_nesting < 1 or self.max_levels < 1):
            raise SettingsError(f"bad SPARQL settings {self}: timeout, workers, max_body, max_nesting "
                             "and max_levels must be positive, max_rows at least 0")
        if (self.fast_budget <= 0 or self.queue_wait < 0 or self.slow_workers < 0
                or self.client_queries < 0 or self.client_slow < 0 or self.reserved_cpus < 0):
            raise SettingsError(f"bad SPARQL settings {self}: fast_budget must be positive; "
                             "queue_wait, slow_workers, client_queries, client_slow and "
                             "reserved_cpus at least 0")

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> SparqlSettings:
        env = os.environ if env is None else env
        d = cls()
        try:
            return cls(
                timeout=float(env.get("KG_SPARQL_TIMEOUT", d.timeout)),
                max_rows=int(env.get("KG_SPARQL_MAX_ROWS", d.max_rows)),
                workers=int(env.get("KG_SPARQL_WORKERS", d.workers)),
                max_body=int(env.get("KG_SPARQL_MAX_BODY", d.max_body)),
                queue_wait=float(env.get("KG_SPARQL_QUEUE_WAIT", d.queue_wait)),
                service_allow=tuple(env.get("KG_SPARQL_SERVICE_ALLOW", "").split()),
                fast_budget=float(env.get("KG_SPARQL_FAST_BUDGET", d.fast_budget)),
                slow_workers=int(env.get("KG_SPARQL_SLOW_WORKERS", d.slow_workers)),
                client_queries=int(env.get("KG_SPARQL_CLIENT_QUERIES", d.client_queries)),
                client_slow=int(env.get("KG_SPARQL_CLIENT_SLOW", d.client_slow)),
                reserved_cpus=int(env.get("KG_SPARQL_RESERVED_CPUS", d.reserved_cpus)),
                max_nesting=int(env.get("KG_SPARQL_MAX_NESTING", d.max_nesting)),
                max_levels=int(env.get("KG_SPARQL_MAX_LEVELS", d.max_levels)),
                max_memory=int(env.get("KG_SPARQL_MAX_MEMORY", -1)),
            )
        except ValueError as e:
            raise SettingsError(f"bad KG_SPARQL_* setting: {e}") from None


# -- kg link (Wikidata reconciliation) ------------------------------------------------
WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"
# Where a Wikidata operator can learn who sends kg link's requests (in its User-Agent).
DEFAULT_CONTACT = "https://w3id.org/militant-kg/"


def link_cache_dir() -> Path:
    """KG_CACHE, or the per-user cache directory: answers of Wikidata lookups are kept here."""
    env = os.environ.get("KG_CACHE")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_cache_dir("kg", appauthor=False))


def write_cache(path: Path, value: object) -> None:
    """Write `value` as JSON to a file of the cache directory, atomically and at best effort: a
    read-only cache directory only costs the next process the time to compute it again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(value, fh)
        os.replace(tmp, path)
    except OSError:
        pass


def link_contact() -> str:
    """KG_CONTACT (a URL or e-mail address of whoever runs kg link), else the project's URL."""
    return os.environ.get("KG_CONTACT") or DEFAULT_CONTACT


# -- a SPARQL server as the published store (kg.store.remote; docs/stores.md) -------------------
@dataclass(frozen=True)
class RemoteSettings:
    """How kg reaches a SPARQL 1.1 server named by a store URL `sparql+http(s)://HOST/GSP-PATH`.

    Environment: KG_REMOTE_QUERY (query endpoint; default: the server's /sparql),
    KG_REMOTE_UPDATE (update endpoint; default /sparql-auth, Virtuoso's authenticated one),
    KG_REMOTE_USER / KG_REMOTE_PASSWORD (credentials for the Graph Store and update endpoints;
    user default `dba`), KG_REMOTE_AUTH (digest or basic; default digest), KG_REMOTE_TIMEOUT
    (seconds an HTTP exchange may take while publishing), KG_REMOTE_RELEASES (the local folder
    for the release records and dumps; default: per-user data directory, one per server),
    KG_REMOTE_DATASET (`group`: each release is a Virtuoso graph group that readers name as
    their default graph; `list`: readers send the release's graph list, any SPARQL 1.1 server;
    default group; docs/stores.md)."""

    graph_store: str  # the Graph Store HTTP Protocol endpoint (http(s) URL)
    query: str
    update: str
    user: str = "dba"
    password: str = ""
    auth: str = "digest"
    timeout: float = 600.0
    releases: Path | None = None
    dataset: str = "group"  # how readers name a release's graphs: "group" (Virtuoso) or "list"

    @classmethod
    def from_url(cls, url: str, env: dict[str, str] | None = None) -> RemoteSettings:
        from urllib.parse import urlsplit

        env = os.environ if env is None else env
        if not url.startswith(("sparql+http://", "sparql+https://")):
            raise ValueError(f"not a SPARQL store URL (sparql+http://HOST/PATH): {url!r}")
        graph_store = url.removeprefix("sparql+")
        parts = urlsplit(graph_store)
        if not parts.hostname:
            raise ValueError(f"store URL without a host: {url!r}")
        origin = f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"
        auth = env.get("KG_REMOTE_AUTH", "digest")
        if auth not in ("digest", "basic"):
            raise ValueError(f"KG_REMOTE_AUTH must be digest or basic, not {auth!r}")
        dataset = env.get("KG_REMOTE_DATASET", cls.dataset)
        if dataset not in ("group", "list"):
            raise ValueError(f"KG_REMOTE_DATASET must be group or list, not {dataset!r}")
        releases = env.get("KG_REMOTE_RELEASES")
        try:
            timeout = float(env.get("KG_REMOTE_TIMEOUT", cls.timeout))
        except ValueError:
            raise ValueError("KG_REMOTE_TIMEOUT must be a number of seconds") from None
        return cls(
            graph_store=f"{origin}{parts.path}" + (f"?{parts.query}" if parts.query else ""),
            query=env.get("KG_REMOTE_QUERY") or origin + "/sparql",
            update=env.get("KG_REMOTE_UPDATE") or origin + "/sparql-auth",
            user=parts.username or env.get("KG_REMOTE_USER", "dba"),
            password=env.get("KG_REMOTE_PASSWORD", parts.password or ""),
            auth=auth,
            timeout=timeout,
            dataset=dataset,
            releases=Path(releases).expanduser() if releases else Path(platformdirs.user_data_dir(
                "kg", appauthor=False)) / "remote" / f"{parts.hostname}-{parts.port or parts.scheme}",
        )
