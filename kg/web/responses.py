"""How every response of the web app is made and finished: declared once, used by every view.

Views (kg.web.views.*) decide *what* to answer; this module decides *how* it goes out:

- **Renderers.** `rdf(triples, fmt)` serialises with the engine of a kg.formats format and the
  project prefixes; `page(template, **context)` renders a Jinja2 page; `as_json(obj)`.
- **Policies.** Each view declares one `Policy` with `@policy(...)` (undeclared views get `DEFAULT`):
  its Cache-Control directive, whether its answers are *conditional*, its CORS headers, its Vary,
  and whether it answers its own errors (the SPARQL protocol's plain text).
- **One finishing layer** (`finish`, the app's only after_request): CORS headers on every response,
  Cache-Control and Vary by the view's policy, and for a conditional view's 200 answer to GET/HEAD
  an ETag (the view's own, or a digest of the body) and Last-Modified are checked against
  If-None-Match / If-Modified-Since (304) and If-Match / If-Unmodified-Since (412) by Werkzeug.
  File answers (dumps, static files) are conditional already: Werkzeug's send_file answers them,
  ranges included, so their policy leaves them alone.
- **One error handler**: a page for people, JSON or a line of text for programs.

Why a policy per view rather than headers set in each view: the headers were made three ways
(by hand in the linked-data views, by a blueprint hook for SPARQL, by send_file), and a new view
got no CORS and no ETag unless its author remembered. tests/test_web_layer.py requests every
route of the url_map and checks that each went through this layer.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox
from flask import Flask, Response, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from kg.formats import RdfFormat
from kg.namespaces import PREFIX_MAP
from kg.web.negotiation import best_match

CORS: Mapping[str, str] = {"Access-Control-Allow-Origin": "*"}
# The SPARQL endpoint takes POST from other origins: the preflight needs these too.
CORS_API: Mapping[str, str] = {
    **CORS,
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Expose-Headers": "Content-Type, X-SPARQL-MaxRows",
    "Access-Control-Max-Age": "86400",
}


@dataclass(frozen=True)
class Policy:
    """How a view's responses are finished (see the module docstring)."""

    cache: str | None = "no-cache"  # a Cache-Control directive added to every answer; None: none
    conditional: bool = True  # 200 answers to GET/HEAD carry an ETag and may become 304
    cors: Mapping[str, str] = field(default_factory=lambda: dict(CORS))
    vary: tuple[str, ...] = ()
    own_errors: bool = False  # errors are answered by the view itself, not by `http_error`


# Pages and data read from the release: a new release may change them at any time, so a cache
# must ask again (no-cache) and the ETag makes asking cheap (304).
DEFAULT = Policy()
# /health: never from a cache.
LIVE = Policy(cache="no-store", conditional=False)
# Dump files and static files: send_file made them conditional (and ranged) already.
FILES = Policy(conditional=False)
# The SPARQL endpoint: query answers are not cached here; the protocol's own CORS and errors.
API = Policy(cache=None, conditional=False, cors=CORS_API, vary=("Accept",), own_errors=True)
# /openapi.json: a fixed document; its errors stay Werkzeug's.
SPEC = Policy(own_errors=True)

_ATTR = "kg_policy"


def policy(p: Policy) -> Callable[[Callable], Callable]:
    """Declare the policy of a view (put it under the route decorators)."""
    def declare(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapped(*args, **kwargs):
            return view(*args, **kwargs)
        setattr(wrapped, _ATTR, p)
        return wrapped
    return declare


def policy_of(app: Flask, endpoint: str | None) -> Policy:
    """The policy of an endpoint (DEFAULT for none: a 404 or 405 that matched no view)."""
    view = app.view_functions.get(endpoint or "")
    return getattr(view, _ATTR, DEFAULT)


def install(app: Flask) -> None:
    """Put the layer on an app: the finishing hook, the error handler, the static files' policy."""
    app.after_request(finish)
    app.register_error_handler(HTTPException, http_error)
    if "static" in app.view_functions:
        app.view_functions["static"] = policy(FILES)(app.view_functions["static"])


# -- renderers ---------------------------------------------------------------------------------
def digest(body: bytes) -> str:
    """The ETag of a body (or of a seed naming what a body is made from)."""
    return hashlib.sha256(body).hexdigest()[:32]


def rdf(items: Iterable[ox.Triple], fmt: RdfFormat, *, prefixes: Mapping[str, str] | None = None,
        etag_seed: str | None = None, modified: dt.datetime | None = None) -> Response:
    """An RDF document in `fmt` (triples become quads in the default graph for quad formats).
    `etag_seed` names what the document is made from (release, resource, format): the ETag is
    then known without hashing the body; without it the body's digest is the ETag."""
    triples = list(items)
    if fmt.quads:
        triples = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
    body = ox.serialize(triples, format=fmt.engine,
                        prefixes=dict(PREFIX_MAP if prefixes is None else prefixes))
    response = Response(body, mimetype=fmt.media_type)
    if etag_seed is not None:
        response.set_etag(digest(etag_seed.encode()))
    if modified is not None:
        response.last_modified = modified
    return response


def page(template: str, **context) -> Response:
    """An HTML page from a Jinja2 template (kg/web/templates)."""
    return Response(render_template(template, **context), mimetype="text/html")


# -- the finishing layer -------------------------------------------------------------------------
def finish(response: Response) -> Response:
    """Every response passes here once (Flask's after_request, errors included)."""
    p = policy_of(current_app, request.endpoint)
    for name, value in p.cors.items():
        response.headers.setdefault(name, value)
    for name in p.vary:
        response.vary.add(name)
    if p.cache is not None:
        setattr(response.cache_control, p.cache.replace("-", "_"), True)
    if (p.conditional and response.status_code == 200 and request.method in ("GET", "HEAD")
            and not response.is_streamed):
        if response.get_etag() == (None, None):
            response.set_etag(digest(response.get_data()))
        response.make_conditional(request)
    return response


# -- errors: a page for people, a line of text for programs --------------------------------------
def http_error(error: HTTPException) -> Response | HTTPException:
    if policy_of(current_app, request.endpoint).own_errors:
        return error  # the view answers its own errors (the SPARQL endpoint's protocol messages)
    wants = best_match(request.headers.get("Accept"), ["text/html", "text/plain", "application/json"])
    if wants == "text/html":
        response = Response(render_template("error.html", error=error), status=error.code,
                            mimetype="text/html")
    elif wants == "application/json":
        response = jsonify(error=error.name, status=error.code, message=error.description)
        response.status_code = error.code or 500
    else:
        response = Response(f"{error.code} {error.name}: {error.description}\n", status=error.code,
                            mimetype="text/plain")
    for name, value in error.get_headers():
        if name.lower() not in ("content-type", "content-length"):
            response.headers[name] = value
    return response
