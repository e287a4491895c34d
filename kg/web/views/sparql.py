"""The SPARQL 1.1 Protocol endpoint at /sparql, read-only, over the current release.

GET ?query=, POST form (query=) and POST application/sparql-query; default-graph-uri and
named-graph-uri name a dataset (otherwise the default graph is the union of all graphs).
Answers stream from query worker processes (kg.web.workers) in the format chosen by the
`format` parameter or the Accept header. Before a query runs, kg.web.guard refuses updates,
SERVICE calls outside the allow-list and queries nested deeper than the engine can parse
safely, and caps the rows a SELECT can return. GET without
a query answers the SPARQL 1.1 Service Description.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, current_app, request
from werkzeug.exceptions import RequestEntityTooLarge

from kg.config import SparqlSettings
from kg.errors import KgError
from kg.formats import RDF_FORMATS, RESULTS_FORMATS, rdf_format, results_format
from kg.namespaces import PREFIXES, SD, VOID
from kg.store import Release
from kg.web import current, guard, responses
from kg.web.negotiation import best_format, best_match
from kg.web.workers import QueryError, QueryPool, QueryTask

bp = Blueprint("sparql", __name__)

_EXT = "kg.sparql"
_LOCK = threading.Lock()
_FORM = "application/x-www-form-urlencoded"
_QUERY = "application/sparql-query"
_UPDATE = "application/sparql-update"
_READ_ONLY = "this endpoint is read-only: SPARQL Update is not accepted"


class ProtocolError(KgError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def settings(app: Flask | None = None) -> SparqlSettings:
    """The endpoint's limits: app.config["KG_SPARQL"] (a SparqlSettings) or the environment."""
    app = app or current_app
    found = app.config.get("KG_SPARQL")
    if found is None:
        found = app.config["KG_SPARQL"] = SparqlSettings.from_env()
    return found


def pool(app: Flask | None = None) -> QueryPool:
    """The app's query workers, started on first use."""
    app = app or current_app
    found = app.extensions.get(_EXT)
    if found is None:
        with _LOCK:
            found = app.extensions.get(_EXT)
            if found is None:
                s = settings(app)
                found = app.extensions[_EXT] = QueryPool(
                    s.workers, s.timeout, s.queue_wait, slow=s.slow_workers, budget=s.fast_budget,
                    client_queries=s.client_queries, client_slow=s.client_slow,
                    reserved_cpus=s.reserved_cpus, max_memory=s.max_memory * 2**20)
    return found


def close(app: Flask) -> None:
    """Stop the app's query workers (servers call this on shutdown; tests on teardown)."""
    found = app.extensions.pop(_EXT, None)
    if found is not None:
        found.close()


def _text(status: int, message: str, **headers: str) -> Response:
    return Response(message.rstrip("\n") + "\n", status=status, mimetype="text/plain",
                    headers=headers)


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"])
@bp.route("/sparql/", methods=["GET", "POST", "OPTIONS"])
@responses.policy(responses.API)
def endpoint() -> Response:
    if request.method == "OPTIONS":
        return Response(status=204)
    arrival = time.monotonic()  # the time limit counts from here: waiting for a worker included
    try:
        params = _read_request(settings())
        if params is None:
            if _wants_html():
                return _query_editor()
            return _service_description()
        return _run(params, arrival)
    except ProtocolError as e:
        return _text(e.status, e.message)
    except guard.Refused as e:
        return _text(403, str(e))
    except guard.TooComplex as e:
        return _text(400, str(e))
    except QueryError as e:
        return _text(e.status, e.message,
                     **({"Retry-After": str(e.retry_after)} if e.retry_after else {}))


# ----------------------------------------------------------------------------- the request

def _read_request(s: SparqlSettings) -> dict[str, list[str]] | None:
    """The protocol parameters (query, default-graph-uri, ...), or None for a bare GET."""
    if request.method == "GET":
        params = request.args.to_dict(flat=False)
    else:
        length = request.content_length
        if length is not None and length > s.max_body:
            raise ProtocolError(413, f"request body of {length} bytes is over this endpoint's limit "
                                     f"of {s.max_body} bytes")
        mimetype = request.mimetype
        charset = request.mimetype_params.get("charset", "utf-8").lower()
        if mimetype == _UPDATE:
            raise ProtocolError(403, _READ_ONLY)
        if mimetype not in (_FORM, _QUERY):
            raise ProtocolError(415, f"POST needs Content-Type {_QUERY} or {_FORM}, not "
                                     f"{request.content_type or '(none)'}")
        if charset not in ("utf-8", "utf8"):
            raise ProtocolError(415, f"the request body must be UTF-8, not {charset}")
        request.max_content_length = s.max_body
        try:
            body = request.get_data(cache=True)
            params = request.args.to_dict(flat=False)
            if mimetype == _FORM:
                for key, values in request.form.to_dict(flat=False).items():
                    params.setdefault(key, []).extend(values)
            else:
                try:
                    params["query"] = [body.decode("utf-8")]
                except UnicodeDecodeError as e:
                    raise ProtocolError(400, f"the query is not valid UTF-8: {e}") from None
        except RequestEntityTooLarge:
            raise ProtocolError(413, f"request body is over this endpoint's limit of {s.max_body} "
                                     "bytes") from None
    if "update" in params or "using-graph-uri" in params or "using-named-graph-uri" in params:
        raise ProtocolError(403, _READ_ONLY)
    queries = params.get("query", [])
    if not queries:
        if request.method == "GET":
            return None
        raise ProtocolError(400, "no query: send it as the `query` parameter or as an "
                                 f"{_QUERY} body")
    if len(queries) > 1:
        raise ProtocolError(400, f"exactly one query per request, got {len(queries)}")
    if not queries[0].strip():
        raise ProtocolError(400, "the query is empty")
    return params


def _formats(params: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """(results format, RDF format) the client accepts, by `format` parameter or Accept."""
    asked = params.get("format") or params.get("output")
    if asked:  # one name may mean both: format=xml is results XML or RDF/XML by query form
        res, rdf = _named(results_format, asked[0]), _named(rdf_format, asked[0])
        if res is None and rdf is None:
            raise ProtocolError(406, f"unknown format {asked[0]!r}; known: "
                                     + ", ".join(f.name for f in RESULTS_FORMATS + RDF_FORMATS))
        return (res.name if res else None), (rdf.name if rdf else None)
    accept = request.headers.get("Accept")
    res_fmt, rdf_fmt = best_format(accept, RESULTS_FORMATS), best_format(accept, RDF_FORMATS)
    if res_fmt is None and rdf_fmt is None:
        raise ProtocolError(406, f"cannot answer in any type of Accept: {accept}; this endpoint "
                                 "speaks " + ", ".join(f.media_type for f in RESULTS_FORMATS + RDF_FORMATS))
    return (res_fmt.name if res_fmt else None), (rdf_fmt.name if rdf_fmt else None)


def _named(lookup, key: str):
    try:
        return lookup(key)
    except KeyError:
        return None


def _graphs(params: dict[str, list[str]], key: str) -> tuple[str, ...] | None:
    values = params.get(key)
    if values is None:
        return None
    for iri in values:
        try:
            ox.NamedNode(iri)
        except ValueError as e:
            raise ProtocolError(400, f"{key}: {iri!r} is not an IRI ({e})") from None
    return tuple(values)


def _release() -> Release:
    """The current release (kg.web.current: the one place it is resolved)."""
    found = current.release_or_none()
    if found is None:
        raise ProtocolError(503, current.not_published())
    return found


def _run(params: dict[str, list[str]], arrival: float) -> Response:
    s = settings()
    query = params["query"][0]
    info = guard.check(query, s.service_allow, s.max_nesting, s.max_levels)
    res_fmt, rdf_fmt = _formats(params)
    default, named = _graphs(params, "default-graph-uri"), _graphs(params, "named-graph-uri")
    headers = {}
    capped = guard.cap_rows(info, s.max_rows)
    refuse, original = "", None
    if capped is not None:
        query, original = capped, query
        headers["X-SPARQL-MaxRows"] = str(s.max_rows)
    elif s.max_rows and info.form != "SELECT":
        # Not recognised as a SELECT, so not capped: should the engine answer with rows after
        # all (keywords glued together), the worker refuses them rather than send them uncapped.
        refuse = (f"the row limit ({s.max_rows}) could not be applied to this query; spell its "
                  "keywords apart (SELECT ... WHERE { ... } LIMIT n)")
    if s.max_rows and info.form in ("CONSTRUCT", "DESCRIBE"):
        headers["X-SPARQL-MaxRows"] = str(s.max_rows)
    db = current.app_store().address(_release())
    task = QueryTask(query=query, db=db, results_format=res_fmt, rdf_format=rdf_fmt,
                     default_graphs=default, named_graphs=named, union=not info.dataset_clause,
                     max_triples=s.max_rows, refuse_solutions=refuse, base_iri=request.base_url,
                     original=original)
    stream = pool().execute(task, client=request.remote_addr or "", arrival=arrival)
    mimetype = stream.media_type
    if mimetype.startswith("text/"):
        mimetype += "; charset=utf-8"
    # A small answer arrived whole (sent with its length); a large one streams in chunks.
    body = stream.body if stream.body is not None else stream
    return Response(body, status=200, content_type=mimetype, headers=headers)


# ----------------------------------------------------------------------------- description

def _wants_html() -> bool:
    """A browser asking for the endpoint (no query) gets the query editor; RDF clients get the
    service description. HTML must be preferred to every RDF type the client accepts."""
    accept = request.headers.get("Accept")
    if not accept or "format" in request.args:
        return False
    if not any(value == "text/html" and q > 0 for value, q in request.accept_mimetypes):
        return False  # "*/*" alone is a client that did not ask for a page
    html = best_match(accept, ["text/html"] + [f.media_type for f in RDF_FORMATS])
    return html == "text/html"


def _query_editor() -> Response:
    s = settings()
    query = (Path(__file__).parent.parent / "templates" / "default-query.rq").read_text(encoding="utf-8")
    return responses.page("query.html", endpoint=request.base_url, default_query=query,
                          max_rows=s.max_rows, timeout=s.timeout,
                          formats=[f.name for f in RESULTS_FORMATS])


def _service_description() -> Response:
    fmt = best_format(request.headers.get("Accept"), RDF_FORMATS)
    if "format" in request.args:
        fmt = _named(rdf_format, request.args["format"])
    if fmt is None:
        raise ProtocolError(406, "the service description is RDF: ask for one of "
                                 + ", ".join(f.media_type for f in RDF_FORMATS))
    triples = _describe(request.base_url)
    return responses.rdf(triples, fmt, prefixes={p: str(PREFIXES[p]) for p in ("sd", "void")})


def _named_graphs(release: Release) -> dict[str, int | None]:
    """The release's named graphs with their sizes (from release.json), once per release."""
    def read(rel: Release) -> dict[str, int | None]:
        graphs = rel.info().get("graphs")
        if graphs is None:  # a store published without counts: ask it
            stream = pool().execute(QueryTask("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }",
                                              db=current.app_store().address(rel), results_format="tsv"))
            lines = stream.read().decode("utf-8").splitlines()[1:]
            graphs = {line[1:-1]: None for line in lines if line.startswith("<")}
        return graphs
    return current.per_release("sparql.graphs", read, release)


def _describe(url: str) -> list[ox.Triple]:
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    svc, dataset, default = ox.BlankNode(), ox.BlankNode(), ox.BlankNode()

    def sd(term: str) -> ox.NamedNode:
        return ox.NamedNode(str(SD[term]))

    out = [
        ox.Triple(svc, rdf_type, sd("Service")),
        ox.Triple(svc, sd("endpoint"), ox.NamedNode(url)),
        ox.Triple(svc, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(svc, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(svc, sd("defaultEntailmentRegime"),
                  ox.NamedNode("http://www.w3.org/ns/entailment/Simple")),
        ox.Triple(svc, sd("defaultDataset"), dataset),
        ox.Triple(dataset, rdf_type, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default),
        ox.Triple(default, rdf_type, sd("Graph")),
    ]
    if settings().service_allow:
        out.append(ox.Triple(svc, sd("feature"), sd("BasicFederatedQuery")))
    for f in RESULTS_FORMATS + RDF_FORMATS:
        out.append(ox.Triple(svc, sd("resultFormat"), ox.NamedNode(f.w3c)))
    triples_p = ox.NamedNode(str(VOID.triples))
    graphs = _named_graphs(_release())
    sizes = [n for n in graphs.values() if n is not None]
    if sizes and len(sizes) == len(graphs):
        out.append(ox.Triple(default, triples_p, ox.Literal(str(sum(sizes)), datatype=_INTEGER)))
    for name, size in sorted(graphs.items()):
        node, graph = ox.BlankNode(), ox.BlankNode()
        out += [ox.Triple(dataset, sd("namedGraph"), node), ox.Triple(node, rdf_type, sd("NamedGraph")),
                ox.Triple(node, sd("name"), ox.NamedNode(name)), ox.Triple(node, sd("graph"), graph),
                ox.Triple(graph, rdf_type, sd("Graph"))]
        if size is not None:
            out.append(ox.Triple(graph, triples_p, ox.Literal(str(size), datatype=_INTEGER)))
    return out


_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
