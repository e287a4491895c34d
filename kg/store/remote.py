"""A SPARQL 1.1 server as the published store (tested with Virtuoso Open Source 7.2; docs/stores.md).

The store URL names the server's Graph Store HTTP Protocol endpoint with a `sparql+` scheme:
`sparql+http://127.0.0.1:8890/sparql-graph-crud-auth`; the query and update endpoints and the
credentials come from kg.config.RemoteSettings (environment KG_REMOTE_*).

The build is unchanged: the publish runs in a local release folder exactly as for the embedded
store (its private pyoxigraph copy, the cross-article check, the dumps, release.json), and
then, before the local `current` link moves, the release is copied to the server:

1. the store's hidden group `urn:kg:hidden:{store}` (a Virtuoso graph group) gets every graph
   of the server that is not of the releases readers may hold (Virtuoso's own graphs, the
   control graph…), then the staging names below, before they are written;
2. every graph whose content changed since the release the server holds (compared by the
   SHA-256 of its dump, or all graphs when the server holds some other release) is written
   with a Graph Store PUT under a staging name `urn:kg:staging:{release}:{n}` (in place only
   into a server without a kg release: nobody reads it yet); the release's graph group
   `urn:kg:group:{store}:{release}` is made (recorded in the control graph first);
3. one SPARQL Update *operation* (a single DELETE/INSERT ... WHERE) moves the staging copies
   to the published names, removes the graphs the release no longer has, and records the
   release's id in the control graph `urn:kg:control`; Virtuoso runs one operation as one
   transaction, so readers see the old graphs or the new ones, never a mixture (several
   operations in one request are committed one by one there: measured, docs/stores.md);
4. the staging graphs are dropped and leave the hidden group (a publish that died before step 3
   leaves only hidden staging graphs, which the next publish drops); this store's release groups
   but the new and the previous one are dropped.

Readers (kg serve, kg query…) never see a graph outside the release: a union query (kg serve's
endpoint) has every graph of the server but the hidden ones as its default graph (`define
input:default-graph-exclude`: costs next to nothing, where naming the release's 1,384 graphs
cost 5–15 s per query and an included group slowed scans), DESCRIBE the release's group (it
reads only graphs named as the default graph), and the named graphs are those the query can
reach (`named_needed`: none without a GRAPH pattern; the release's whole list for `GRAPH ?g`,
as Virtuoso refuses a group in FROM NAMED). Releases without groups (KG_REMOTE_DATASET=list,
or published before groups) send the graph list as both. Results come back as SPARQL JSON or
N-Triples and are parsed into pyoxigraph's classes, so callers and the endpoint's formats, caps
and errors work unchanged.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from urllib.parse import urljoin

import pyoxigraph as ox
import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

from kg.config import RemoteSettings
from kg.store.base import Finish, GraphName, PublishError, Release, Result, Snapshot, Store, Writer
from kg.store.embedded import EmbeddedSnapshot, EmbeddedWriter
from kg.store.releases import StoreDir

# Virtuoso echoes every graph of the protocol dataset back as a response header
# (X-SPARQL-default-graph, X-SPARQL-named-graph): a release of N graphs answers with 2N headers,
# past http.client's limit of 100 ("got more than 100 headers"; found by bench/store_bench.py).
http.client._MAXHEADERS = max(http.client._MAXHEADERS, 1 << 20)  # type: ignore[attr-defined]

STAGING = "urn:kg:staging:"
CONTROL = "urn:kg:control"  # a graph holding the id of the release the server holds
GROUP = "urn:kg:group:"  # graph groups: GROUP + store + ":" + release id
HIDDEN = "urn:kg:hidden:"  # HIDDEN + store: the graphs readers leave out of their default graph
_RELEASE_P = "urn:kg:release"
_GROUP_P = "urn:kg:group"  # in the control graph: the graph groups a store made
_EMPTY = "urn:kg:empty"  # a graph nobody writes: the dataset of a release without graphs
_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
# SPARQL tokens that can hide keywords: strings, IRIs, comments, variables, prefixed names.
_TOKENS = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
                     r'''|"(?:[^"\\\n]|\\.)*"'''
                     r'''|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*|[?$]\w+'''
                     r'''|[A-Za-z_][\w.-]*:[\w.-]*|[A-Za-z_]\w*''')
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def query_shape(query: str) -> tuple[str, bool]:
    """(the query form, whether the query names its own dataset with FROM)."""
    form, has_from = "", False
    for m in _TOKENS.finditer(query):
        token = m.group(0)
        if token[0] in "\"'<#?$" or ":" in token:
            continue
        word = token.upper()
        if not form and word in _FORMS:
            form = word
        elif word == "FROM":
            has_from = True
    return form, has_from


def graph_refs(query: str, base_iri: str | None = None) -> list[tuple[tuple[int, int], str | None]]:
    """Every `GRAPH x` of the query: the span of `x` and its IRI, None when `x` is a variable (or
    a prefixed name without a PREFIX declaration). Prefixed names are expanded with the query's
    PREFIX declarations, relative IRIs against `base_iri`."""
    prefixes: dict[str, str] = {}
    tokens = [m for m in _TOKENS.finditer(query) if not m.group(0).startswith("#")]
    refs: list[tuple[tuple[int, int], str | None]] = []
    for i, m in enumerate(tokens):
        word = m.group(0)
        if word.upper() == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2].group(0).startswith("<"):
            prefixes[tokens[i + 1].group(0).rstrip(":")] = tokens[i + 2].group(0)[1:-1]
        if word.upper() != "GRAPH" or i + 1 >= len(tokens):
            continue
        target = tokens[i + 1]
        text = target.group(0)
        iri: str | None = None
        if text.startswith("<"):
            iri = text[1:-1]
            if base_iri and ":" not in iri:
                iri = urljoin(base_iri, iri)
        elif ":" in text and text[0] not in "\"'?$":
            prefix, _, local = text.partition(":")
            if prefix in prefixes:
                iri = prefixes[prefix] + local
        refs.append((target.span(), iri))
    return refs


def pin_graphs(query: str, named: set[str], base_iri: str | None = None) -> str:
    """`GRAPH <g>` with a `g` outside the dataset's named graphs turned into `GRAPH <urn:kg:empty>`
    (a graph in the dataset that holds nothing). Virtuoso 7.2 answers a GRAPH pattern on a graph
    outside the protocol dataset as if the pattern were empty (one solution: ASK says true);
    SPARQL says no solution."""
    for (start, end), iri in reversed(graph_refs(query, base_iri)):
        if iri is not None and iri not in named:
            query = f"{query[:start]}<{_EMPTY}>{query[end:]}"
    return query


def named_needed(query: str, graphs: Iterable[str], base_iri: str | None = None) -> list[str]:
    """The named graphs a query can reach: none without a GRAPH pattern, the graphs it names
    when every GRAPH names one, all of `graphs` when one is a variable (`GRAPH ?g`). Sending
    only these keeps the protocol dataset short (Virtuoso compiles each name into every query)."""
    graphs = set(graphs)
    wanted: set[str] = set()
    for _span, iri in graph_refs(query, base_iri):
        if iri is None:
            return sorted(graphs)
        if iri in graphs:
            wanted.add(iri)
    return sorted(wanted)


def _term(term, variable: str) -> str:
    """A pattern position in SPARQL: a variable when unbound; a blank node by Virtuoso's name."""
    if term is None:
        return variable
    if isinstance(term, ox.BlankNode):
        return f"<nodeID://{term.value}>"
    return str(term)


class _BnodeFix:
    """A binary reader over Virtuoso's JSON results that renames its blank nodes
    (`nodeID://b1` is not a blank node label pyoxigraph accepts; `b1` is, and `_term` turns it
    back into the name Virtuoso knows)."""

    PATTERN = b'"type": "bnode", "value": "nodeID://'
    REPLACEMENT = b'"type": "bnode", "value": "'

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks
        self.buf = b""
        self.done = False

    def read(self, size: int = -1) -> bytes:
        keep = len(self.PATTERN) - 1
        while not self.done and (size < 0 or len(self.buf) < size + keep):
            chunk = next(self.chunks, None)
            if chunk is None:
                self.done = True
                break
            self.buf = (self.buf + chunk).replace(self.PATTERN, self.REPLACEMENT)
        if self.done:
            n = len(self.buf) if size < 0 else size
        else:
            n = min(size, max(0, len(self.buf) - keep))
        out, self.buf = self.buf[:n], self.buf[n:]
        return out


class SparqlServer:
    """The HTTP side: queries, Graph Store writes and updates (requests, one session per thread)."""

    def __init__(self, settings: RemoteSettings) -> None:
        self.settings = settings
        self._local = threading.local()

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
            s = self.settings
            session.auth = (HTTPDigestAuth if s.auth == "digest" else HTTPBasicAuth)(s.user, s.password)
        return session

    def reset(self) -> None:
        """Forget the session: digest authentication keeps the server's nonce, which a restarted
        server no longer accepts (401 on every request of the old session)."""
        self._local.session = None

    def _fail(self, what: str, exc: Exception) -> OSError:
        return OSError(f"SPARQL server {self.settings.query}: {what}: {exc}")

    def query(self, query: str, accept: str, default: list[str] | None, named: list[str] | None,
              timeout: float | None = None) -> requests.Response:
        data: list[tuple[str, str]] = [("query", query)]
        data += [("default-graph-uri", g) for g in default or ()]
        data += [("named-graph-uri", g) for g in named or ()]
        try:
            response = requests.post(self.settings.query, data=data, headers={"Accept": accept},
                                     stream=True, timeout=timeout or self.settings.timeout)
        except requests.RequestException as exc:
            raise self._fail("no answer", exc) from None
        if response.status_code == 400:
            raise SyntaxError(f"the SPARQL server refused the query: {response.text.strip()[:2000]}")
        if response.status_code != 200:
            raise OSError(f"SPARQL server {self.settings.query} answered {response.status_code}: "
                          f"{response.text.strip()[:2000]}")
        return response

    def update(self, update: str) -> None:
        try:
            response = self._session().post(self.settings.update, data={"update": update},
                                            timeout=self.settings.timeout)
        except requests.RequestException as exc:
            raise PublishError(f"SPARQL server {self.settings.update}: update failed: {exc}") from None
        if response.status_code not in (200, 204):
            raise PublishError(f"SPARQL server {self.settings.update}: update refused "
                               f"({response.status_code}): {response.text.strip()[:2000]}")

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace a graph (SPARQL 1.1 Graph Store HTTP Protocol, indirect graph identification)."""
        try:
            response = self._session().put(self.settings.graph_store, params={"graph-uri": graph},
                                           data=ntriples, headers={"Content-Type": _NTRIPLES},
                                           timeout=self.settings.timeout)
        except requests.RequestException as exc:
            raise PublishError(f"SPARQL server {self.settings.graph_store}: PUT <{graph}> failed: "
                               f"{exc}") from None
        if response.status_code not in (200, 201, 204):
            raise PublishError(f"SPARQL server {self.settings.graph_store}: PUT <{graph}> refused "
                               f"({response.status_code}): {response.text.strip()[:2000]}")

    def sql(self, statements: list[str]) -> None:
        """Run Virtuoso SQL statements (each its own transaction), through the authenticated
        SPARQL endpoint: `bif:exec` in a SELECT, one request per 500 statements. The user needs
        the right to run them (dba has it; docs/stores.md); anonymous /sparql users are refused."""
        for start in range(0, len(statements), 500):
            chunk = statements[start:start + 500]
            values = " ".join(str(ox.Literal(st)) for st in chunk)
            query = f"SELECT (COUNT(bif:exec(STR(?sql))) AS ?n) WHERE {{ VALUES ?sql {{ {values} }} }}"
            try:
                response = self._session().post(self.settings.update, data={"query": query},
                                                headers={"Accept": _JSON}, timeout=self.settings.timeout)
            except requests.RequestException as exc:
                raise PublishError(f"SPARQL server {self.settings.update}: SQL failed: {exc}") from None
            if response.status_code != 200:
                raise PublishError(f"SPARQL server {self.settings.update}: SQL refused "
                                   f"({response.status_code}): {response.text.strip()[:2000]}")
            done = int(response.json()["results"]["bindings"][0]["n"]["value"])
            if done != len(chunk):
                raise PublishError(f"SPARQL server {self.settings.update}: {done} of {len(chunk)} SQL "
                                   f"statements ran ({chunk[0]} …)")

    def select(self, query: str) -> list[dict]:
        """A small SELECT over every graph of the server (the publisher's own bookkeeping)."""
        response = self.query(query, _JSON, None, None)
        try:
            result = ox.parse_query_results(_BnodeFix(response.iter_content(1 << 16)),
                                            ox.QueryResultsFormat.JSON)
            names = [v.value for v in result.variables]
            return [{n: row[n].value for n in names if row[n] is not None} for row in result]
        finally:
            response.close()


class RemoteSnapshot(Snapshot):
    """One release on the server: the release's graphs (release.json) are the query dataset.

    SPARQL goes to the server. Lookups by pattern (what pages and dereferencing make, a thousand
    and more for one article page) go to `local`, the build's own copy of the same release in
    its folder, when there is one: an article page made 1,580 lookups, 68 s as HTTP requests to
    Virtuoso on the loaded test machine; index lookups in the local copy take microseconds."""

    def __init__(self, server: SparqlServer, release: Release, graphs: dict[str, int], url: str,
                 local: Snapshot | None = None, group: str | None = None,
                 hidden: str | None = None) -> None:
        self.server = server
        self.release = release
        self.graphs = graphs
        self.url = url
        self.local = local
        self.group = group if graphs else None  # the release's Virtuoso graph group, if it has one
        self.hidden = hidden if self.group else None  # the group of graphs readers leave out
        self._graph_list = sorted(graphs) or [_EMPTY]

    def _named(self, query: str, base_iri: str | None) -> list[str]:
        """The release's graphs the query can reach as named graphs (all of them without a group:
        a release published before groups keeps the dataset it was published with)."""
        if self.group is None:
            return self._graph_list
        return named_needed(query, self.graphs, base_iri) or [_EMPTY]

    @property
    def address(self) -> str:
        return f"{self.url}#{self.release.path}"

    def query(self, query: str, *, use_default_graph_as_union: bool = False,
              default_graph: list | None = None, named_graphs: list | None = None,
              base_iri: str | None = None) -> Result:
        form, has_from = query_shape(query)
        exclude = ""
        if base_iri and not re.search(r"^\s*BASE\b", query, re.I | re.M):
            query = f"BASE <{base_iri}>\n{query}"
        if default_graph is not None or named_graphs is not None:
            default = [g.value for g in default_graph or () if isinstance(g, ox.NamedNode)] or [_EMPTY]
            named = [g.value for g in named_graphs or ()] or [_EMPTY]
        elif use_default_graph_as_union and self.hidden and form != "DESCRIBE":
            # the union of the release's graphs: every graph of the server but the hidden ones
            default, named = None, self._named(query, base_iri)
            exclude = f"define input:default-graph-exclude <{self.hidden}>\n"
        elif use_default_graph_as_union:
            # the release's graph group (one name) where it has one (Virtuoso's DESCRIBE reads
            # only the graphs named as the default graph)
            default = [self.group] if self.group else self._graph_list
            named = self._named(query, base_iri)
        elif has_from:
            default = named = None  # the query's own FROM / FROM NAMED
        else:  # nothing is published in the default graph
            default, named = [_EMPTY], self._named(query, base_iri)
        if named is not None:
            query = pin_graphs(query, set(named), base_iri)
            named = [*named, _EMPTY] if _EMPTY not in named else named
        query = exclude + query  # a Virtuoso pragma: before the prologue
        graph_form = form in ("CONSTRUCT", "DESCRIBE")
        response = self.server.query(query, _NTRIPLES if graph_form else _JSON, default, named)
        try:
            if graph_form:
                memory = ox.Store()
                memory.load(response.content, ox.RdfFormat.N_TRIPLES)
                return memory.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
            result = ox.parse_query_results(_BnodeFix(response.iter_content(1 << 16)),
                                            ox.QueryResultsFormat.JSON)
            if form == "ASK" and isinstance(result, ox.QuerySolutions):
                # Virtuoso answers some ASKs as a table with one `__ASK_RETVAL` cell (1 or 0).
                row = next(iter(result), None)
                value = row is not None and row[0] is not None and row[0].value not in ("0", "false")
                result = ox.parse_query_results('{"head":{},"boolean":%s}' % ("true" if value else "false"),
                                                ox.QueryResultsFormat.JSON)
            return result
        except SyntaxError as exc:
            raise OSError(f"SPARQL server {self.server.settings.query}: unreadable answer: {exc}") from None

    def quads_for_pattern(self, subject=None, predicate=None, object=None,
                          graph_name: GraphName | None = None) -> Iterator[ox.Quad]:
        if self.local is not None:
            return self.local.quads_for_pattern(subject, predicate, object, graph_name)
        if isinstance(graph_name, ox.DefaultGraph):
            return iter(())  # a SPARQL store holds named graphs only (kg.store.remote publishes them)
        if graph_name is not None and graph_name.value not in self.graphs:
            return iter(())
        where = f"{_term(subject, '?s')} {_term(predicate, '?p')} {_term(object, '?o')}"
        graph = _term(graph_name, "?g")
        query = f"SELECT * WHERE {{ GRAPH {graph} {{ {where} }} }}"
        # Every graph of the server is asked and the answer filtered here: cheaper than sending the
        # release's graph list with each of the many small lookups a page makes.
        response = self.server.query(query, _JSON, None, None)
        try:
            rows = list(ox.parse_query_results(_BnodeFix(response.iter_content(1 << 16)),
                                               ox.QueryResultsFormat.JSON))
        finally:
            response.close()

        def quads() -> Iterator[ox.Quad]:
            for row in rows:
                g = graph_name or row["g"]
                if g.value in self.graphs:
                    yield ox.Quad(subject or row["s"], predicate or row["p"], object or row["o"], g)
        return quads()

    def named_graphs(self) -> list[ox.NamedNode]:
        return [ox.NamedNode(g) for g in sorted(self.graphs)]

    def contains_named_graph(self, graph: ox.NamedNode) -> bool:
        return graph.value in self.graphs

    def graph_counts(self) -> tuple[int, dict[str, int]]:
        return 0, dict(self.graphs)

    def __len__(self) -> int:
        return sum(self.graphs.values())


class SparqlStore(Store):
    """Releases recorded in a local folder (dumps, release.json, the build's pyoxigraph copy),
    their data published to a SPARQL server."""

    def __init__(self, url: str, settings: RemoteSettings | None = None,
                 progress: Callable[[str], None] | None = None) -> None:
        self.url = url
        self.settings = settings or RemoteSettings.from_url(url)
        self.server = SparqlServer(self.settings)
        self.local = StoreDir(self.settings.releases)
        self.progress = progress or (lambda _m: None)

    @property
    def location(self) -> str:
        return self.url

    def current(self) -> Release | None:
        return self.local.current()

    def snapshot(self, release: Release | None = None) -> Snapshot:
        release = release or self.require_current()
        remote = release.info().get("remote")
        if not remote:
            raise PublishError(f"{self.url}: release {release.id} in {self.local.path} was not "
                               "published to the server")
        local = EmbeddedSnapshot.open(release) if release.db.is_dir() else None
        group = remote.get("group") if self.settings.dataset == "group" else None
        return RemoteSnapshot(self.server, release, remote["graphs"], self.url, local, group,
                              remote.get("hidden"))

    def address(self, release: Release) -> str:
        return f"{self.url}#{release.path}"

    @contextlib.contextmanager
    def publish(self, finish: Finish | None = None) -> Iterator[Writer]:
        with self.local.publish(finish, before_switch=self._push) as writer:
            yield writer

    # -- the copy to the server ------------------------------------------------------------
    def server_release(self) -> str | None:
        """The id of the release the server holds (its control graph), None when unknown."""
        rows = self.server.select(
            f"SELECT ?r WHERE {{ GRAPH <{CONTROL}> {{ <{CONTROL}> <{_RELEASE_P}> ?r }} }}")
        return rows[0]["r"] if len(rows) == 1 else None

    def staging_graphs(self) -> list[str]:
        return sorted(g for g in self.server_graphs() if g.startswith(STAGING))

    def _push(self, writer: EmbeddedWriter, release: Release, previous: Release | None,
              info: dict) -> None:
        self.server.reset()
        try:
            default, counts = writer.graph_counts()
            if default:
                raise PublishError(f"{self.url}: the release has {default} triples in the default "
                                   "graph; a SPARQL store is published graph by graph (kg load --graph)")
            before = previous.info().get("remote") if previous is not None else None
            if before is not None and before.get("server") != self.url:
                before = None
            held = self.server_release()
            digests = _digests(release.dumps)
            if before is not None and previous is not None and held == previous.id:
                mode, old, old_digests = "incremental", before["graphs"], _digests(previous.dumps)
                changed = sorted(g for g, n in counts.items() if old.get(g) != n
                                 or digests.get(g) is None or digests[g] != old_digests.get(g))
            else:  # the server holds another release (or a switch died): rewrite every graph
                mode, changed = ("first" if held is None else "whole"), sorted(counts)
            removed = sorted(set(before["graphs"] if before else ()) - set(counts))
            hidden = self.hidden_group() if self.settings.dataset == "group" else None
            on_server = self.server_graphs()
            stale = sorted(g for g in on_server if g.startswith(STAGING))  # left by a publish that died
            for name in stale:
                self.server.update(f"DROP SILENT GRAPH <{name}>")
            if hidden is not None:
                self._unhide(hidden, stale)
                # what readers must not see in their default graph (all graphs but these): the
                # server's own graphs, the control graph, anything else not of the releases
                # readers may hold (graphs of the held release that this one removes go in the
                # switch itself), then each staging graph before it is written
                readable = set(counts) | set(before["graphs"] if before else ())
                self._hide(hidden, sorted((on_server - set(stale) - readable) | {CONTROL, _EMPTY}))
            if held is None:  # the switch needs a marker to replace (see `switch`)
                self.server.update(f'INSERT DATA {{ GRAPH <{CONTROL}> {{ <{CONTROL}> <{_RELEASE_P}> "" }} }}')
            # While readers may read the server (it holds a release), every graph is written under
            # a staging name and moved by the switch: a graph written in place would be in their
            # default graph (every graph but the hidden ones) before the switch.
            staging = {graph: f"{STAGING}{release.id}:{n}" for n, graph in enumerate(changed)
                       if held is not None}
            if hidden is not None:
                self._hide(hidden, sorted(staging.values()))
            for n, graph in enumerate(changed):
                data = writer.graph_ntriples(ox.NamedNode(graph))
                if graph in staging:
                    self.server.put_graph(staging[graph], data)
                    self.progress(f"staged <{graph}> ({n + 1}/{len(changed)})")
                else:  # nothing of kg is published on the server yet: written in place
                    self.server.put_graph(graph, data)
                    self.progress(f"wrote <{graph}> ({n + 1}/{len(changed)})")
            group = self._make_group(release, counts) if self.settings.dataset == "group" else None
            self.server.update(switch(staging, removed, release.id))
            self.progress(f"switched {len(staging)} graph(s), removed {len(removed)}")
            for name in staging.values():
                self.server.update(f"DROP SILENT GRAPH <{name}>")
            if hidden is not None:
                self._unhide(hidden, sorted(staging.values()))
            # groups of older releases (and of publishes that died) go; the previous release's
            # stays for the readers that resolved it just before the local switch
            old_group = (previous.info().get("remote") or {}).get("group") if previous else None
            self._drop_groups(keep={group, old_group})
        except OSError as exc:
            raise PublishError(f"{self.url}: {exc}") from None
        info["remote"] = {"server": self.url, "graphs": counts, "written": len(changed),
                          "staged": len(staging), "removed": len(removed), "mode": mode}
        if group is not None:
            info["remote"].update(group=group, hidden=hidden)

    def server_graphs(self) -> set[str]:
        """Every graph on the server that holds a triple."""
        # GROUP BY, not DISTINCT: Virtuoso 7.2 ran `SELECT DISTINCT ?g` into its 120 s transaction
        # timeout on a server of 1,400 small graphs; the GROUP BY form answered in 0.04 s
        return {r["g"] for r in self.server.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}

    def hidden_group(self) -> str:
        """The graph group readers leave out of their default graph (`input:default-graph-exclude`)."""
        return f"{HIDDEN}{self._owner()}"

    def _hide(self, hidden: str, graphs: list[str]) -> None:
        self.server.sql([f"DB.DBA.RDF_GRAPH_GROUP_CREATE ({_sql_string(hidden)}, 1)"])
        self.server.sql([f"DB.DBA.RDF_GRAPH_GROUP_INS ({_sql_string(hidden)}, {_sql_string(g)})"
                         for g in graphs])

    def _unhide(self, hidden: str, graphs: list[str]) -> None:
        self.server.sql([f"DB.DBA.RDF_GRAPH_GROUP_CREATE ({_sql_string(hidden)}, 1)"])
        self.server.sql([f"DB.DBA.RDF_GRAPH_GROUP_DEL ({_sql_string(hidden)}, {_sql_string(g)})"
                         for g in graphs])

    # -- graph groups (Virtuoso) -------------------------------------------------------------
    def _owner(self) -> str:
        """Groups are named per release folder, so two kg stores on one server keep theirs."""
        return hashlib.sha256(str(self.local.path.resolve()).encode()).hexdigest()[:12]

    def _group_prefix(self) -> str:
        return f"{GROUP}{self._owner()}:"

    def groups(self) -> list[str]:
        """This store's graph groups on the server (recorded in the control graph)."""
        rows = self.server.select(
            f"SELECT ?g WHERE {{ GRAPH <{CONTROL}> {{ <{CONTROL}> <{_GROUP_P}> ?g }} "
            f'FILTER(STRSTARTS(STR(?g), "{self._group_prefix()}")) }}')
        return sorted(r["g"] for r in rows)

    def _make_group(self, release: Release, counts: dict[str, int]) -> str | None:
        """The release's graph group: its graphs, which readers then name as their default graph
        (one name instead of the release's whole graph list). Recorded in the control graph first,
        so that a group left by a publish that dies is found and dropped by the next one."""
        if not counts:
            return None
        group = f"{self._group_prefix()}{release.id}"
        self.server.update(f"INSERT DATA {{ GRAPH <{CONTROL}> {{ <{CONTROL}> <{_GROUP_P}> <{group}> }} }}")
        self.server.sql([f"DB.DBA.RDF_GRAPH_GROUP_CREATE ({_sql_string(group)}, 1)"])
        self.server.sql([f"DB.DBA.RDF_GRAPH_GROUP_INS ({_sql_string(group)}, {_sql_string(g)})"
                         for g in sorted(counts)])
        self.progress(f"graph group <{group}> of {len(counts)} graph(s)")
        return group

    def _drop_groups(self, keep: set[str | None]) -> None:
        stale = [g for g in self.groups() if g not in keep]
        if not stale:
            return
        self.server.sql([f"DB.DBA.RDF_GRAPH_GROUP_DROP ({_sql_string(g)}, 1)" for g in stale])
        records = " ".join(f"<{CONTROL}> <{_GROUP_P}> <{g}> ." for g in stale)
        self.server.update(f"DELETE DATA {{ GRAPH <{CONTROL}> {{ {records} }} }}")


def _sql_string(text: str) -> str:
    """A Virtuoso SQL string literal."""
    if "\\" in text:
        raise PublishError(f"a graph name with a backslash cannot be put in a graph group: {text!r}")
    return "'" + text.replace("'", "''") + "'"


def switch(staging: dict[str, str], removed: Iterable[str], release_id: str) -> str:
    """The one SPARQL Update operation that publishes the staged graphs (see the module's doc).

    The control graph must hold a release marker already: Virtuoso 7.2 applies nothing at all
    (reporting its `DefaultSparul11Target`) when no solution binds a graph of the templates."""
    targets = " ".join(f"<{g}>" for g in [*staging, *removed])
    pairs = " ".join(f"(<{s}> <{g}>)" for g, s in staging.items())
    marker = ox.Literal(release_id)
    parts = [f"{{ GRAPH <{CONTROL}> {{ <{CONTROL}> <{_RELEASE_P}> ?old }} }}"]
    if targets:
        parts.append(f"{{ VALUES ?t {{ {targets} }} GRAPH ?t {{ ?s ?p ?o }} }}")
    if pairs:
        parts.append(f"{{ VALUES (?st ?t2) {{ {pairs} }} GRAPH ?st {{ ?s2 ?p2 ?o2 }} }}")
    control = f"GRAPH <{CONTROL}> {{ <{CONTROL}> <{_RELEASE_P}>"
    return (f"DELETE {{ GRAPH ?t {{ ?s ?p ?o }} {control} ?old }} }}\n"
            f"INSERT {{ GRAPH ?t2 {{ ?s2 ?p2 ?o2 }} {control} {marker} }} }}\n"
            "WHERE { " + " UNION ".join(parts) + " }")


def _digests(dumps: Path) -> dict[str, str]:
    """Each graph's dump digest (manifest.json), to tell which graphs a publish changed."""
    from kg.store.dumps import read_manifest

    return {f["graph"]: f["sha256"] for f in read_manifest(dumps)["files"]
            if f["scope"] == "graph" and f["graph"]}
