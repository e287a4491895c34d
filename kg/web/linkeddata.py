"""Linked data: every IRI minted under the base dereferences.

`GET {base}X` answers `303 See Other` to `/page/X` (HTML) or `/data/X.ttl|.jsonld|.nt|.rdf`
by the Accept header (`Vary: Accept`). A data document holds every triple with the
resource as subject or object; a span IRI `.../text#char=b,e` is never sent (browsers
strip fragments), so the document of `.../text` carries its spans too. Request paths
map to IRIs under the configured base, so the same server works at the base's host
(with or without the base's path prefix) and on a laptop.

Also here: the home page, /health, the VoID description at /.well-known/void, the
ontology at /ontology and the shapes at /shapes.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import pyoxigraph as ox
from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)

from kg.formats import RdfFormat, rdf_format
from kg.iri import iri_problem
from kg.store import Release, Snapshot
from kg.store.describe import DESCRIPTION_GRAPH
from kg.web import articleview, browse, comention, current, listings, resources, responses, timeline
from kg.web.current import SAFE_SCHEMES, href_for  # noqa: F401  (pages and tests link with it)
from kg.web.negotiation import best_match, media_types
from kg.web.search import page_path
from kg.web.sources import ontology_html, ontology_triples, ontology_turtle, shapes_files, shapes_triples

bp = Blueprint("linkeddata", __name__)

DATA_FORMATS: tuple[RdfFormat, ...] = tuple(rdf_format(n) for n in ("turtle", "jsonld", "ntriples", "rdfxml"))
HTML_TYPES = ["text/html", "application/xhtml+xml"]
PAGE_SIZE = 100
MAX_PAGE = 10**9  # the store's OFFSET is a 64-bit number; no archive has a billion pages


# -- IRIs and paths ------------------------------------------------------------------
def iri_for(path: str) -> str:
    """The IRI a request path names: '/article/x' -> {base}article/x. At the base's own host
    the base's path prefix may be part of the request path; it is not repeated. A path that
    makes no valid IRI is a 404 with the reason."""
    minter = current.minter()
    base_path = urlsplit(minter.base).path
    full = request.script_root + "/" + path
    rest = full[len(base_path):] if base_path != "/" and full.startswith(base_path) else path
    iri = minter.base + rest.lstrip("/")
    problem = iri_problem(iri)
    if problem is not None:  # a NUL, a space, `<`...: no IRI, so nothing is known about it
        abort(404, description=f"{request.path!r} names no resource: {iri!r} is not a valid IRI "
                               f"({problem})")
    return iri


def rest_of(iri: str) -> str:
    return iri[len(current.minter().base):]


# -- negotiation and responses ---------------------------------------------------------
def negotiate(html_first: bool = True) -> RdfFormat | str | None:
    """The client's choice among HTML and the data formats ('html', a format, or None)."""
    offers = media_types(DATA_FORMATS)
    offers = HTML_TYPES + offers if html_first else offers + HTML_TYPES
    chosen = best_match(request.headers.get("Accept"), offers)
    if chosen is None:
        return None
    if chosen in HTML_TYPES:
        return "html"
    return next(f for f in DATA_FORMATS if chosen == f.media_type or chosen in f.aliases)


def not_acceptable() -> Response:
    types = ", ".join(HTML_TYPES[:1] + [f.media_type for f in DATA_FORMATS])
    abort(406, description=f"{request.path} is available as {types}")


def published(rel: Release) -> dt.datetime | None:
    """When the release was published: the Last-Modified of everything read from it."""
    stamp = rel.info().get("published")
    try:
        return dt.datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        return None


def rdf_response(triples: list[ox.Triple], fmt: RdfFormat, rel: Release, *, seed: str,
                 vary: bool = False, page: str | None = None) -> Response:
    """A data document: ETag from the release and the resource, Last-Modified from the release."""
    response = responses.rdf(triples, fmt, etag_seed=f"{rel.id}|{seed}|{fmt.name}", modified=published(rel))
    if vary:
        response.vary.add("Accept")
    if page:
        response.headers["Link"] = f'<{page}>; rel="alternate"; type="text/html"'
    return response


@bp.app_template_global()
def data_links(iri: str) -> list[tuple[str, str]]:
    rest = rest_of(iri)
    return [(f.name, url_for("linkeddata.data", path=f"{rest}.{f.extension}")) for f in DATA_FORMATS]


# -- dereferencing ----------------------------------------------------------------------
def _known(path: str) -> tuple[str, Snapshot]:
    iri = iri_for(path)
    st = current.store()
    if not resources.exists(st, iri):
        abort(404, description=f"nothing is known about <{iri}> in this release")
    return iri, st


@bp.route("/<path:path>")
def resource(path: str) -> Response:
    iri, _ = _known(path)
    choice = negotiate()
    if choice is None:
        not_acceptable()
    if choice == "html":
        target = url_for("linkeddata.page", path=rest_of(iri), _external=True)
    else:
        target = url_for("linkeddata.data", path=f"{rest_of(iri)}.{choice.extension}", _external=True)
    response = redirect(target, 303)
    response.vary.add("Accept")
    return response


def document(st: Snapshot, iri: str) -> list[ox.Triple]:
    """The data document of a resource; a named graph's document also holds its contents."""
    triples = resources.description(st, iri)
    if st.contains_named_graph(resources.node(iri)):
        seen = set(triples)
        triples += [t for t in (q.triple for q in st.quads_for_pattern(None, None, None, resources.node(iri)))
                    if t not in seen]
    return triples


@bp.route("/data/<path:path>")
def data(path: str) -> Response:
    rel = current.release()
    st = current.store(rel)
    for fmt in DATA_FORMATS:
        stem = path.removesuffix("." + fmt.extension)
        if stem != path and resources.exists(st, iri_for(stem)):
            iri, vary = iri_for(stem), False
            break
    else:
        iri, _ = _known(path)
        fmt = negotiate(html_first=False)
        if not isinstance(fmt, RdfFormat):
            not_acceptable()
        vary = True
    return rdf_response(document(st, iri), fmt, rel, seed=iri, vary=vary,
                        page=url_for("linkeddata.page", path=rest_of(iri), _external=True))


def pictures(st: Snapshot, iri: str, graph: str | None, title: str, labels: resources.Labels) -> dict:
    """The timeline and the co-mention graph of an entity, or of an article (its `graph`)."""
    minter = current.minter()
    if graph is None:
        return {"facts": timeline.for_entity(st, iri, labels, href_for, page_path),
                "graph": comention.for_entity(st, minter, iri, labels, href_for)}
    return {"facts": timeline.for_article(st, iri, labels, href_for, page_path),
            "graph": comention.for_article(st, minter, graph, title, labels, href_for)}


def _span_arg(name: str) -> tuple[int, int] | None:
    """`?mark=b,e`: a span to mark in the reading view (where a search hit links)."""
    raw = request.args.get(name)
    if not raw:
        return None
    try:
        begin, end = (int(x) for x in raw.split(","))
    except ValueError:
        abort(400, description=f"{name} must be two offsets 'begin,end', got {raw!r}")
    if not 0 <= begin < end:
        abort(400, description=f"{name}: begin must be >= 0 and below end, got {raw!r}")
    return begin, end


@bp.route("/page/<path:path>")
def page(path: str) -> Response | str:
    iri, st = _known(path)
    labels = resources.Labels(st)
    kind = resources.kind(st, iri)
    table = resources.table(st, iri, labels, href_for)
    common = {"iri": iri, "label": labels.text(resources.node(iri)), "table": table, "kind": kind,
              "types": listings.type_names(st, iri)}
    if kind in ("article", "context"):
        article = resources.node(iri) if kind == "article" else articleview.article_of(
            st, resources.node(iri))
        view = articleview.build(st, article.value, labels, href_for, found=_span_arg("mark")) \
            if article else None
        if view is not None:
            return render_template("article.html", view=view, **pictures(st, article.value, view.graph,
                                                                          view.headline, labels), **common)
    part = browse.part_view(st, iri, labels, href_for)  # a volume's issues, an issue's articles
    if part is not None:
        return render_template("part.html", view=part, **common)
    if kind == "entity":
        pages = browse.page_arg(size=100)
        view = listings.entity(st, iri, labels, href_for, pages.size, pages.offset)
        pages.more = view.more_articles
        return render_template("entity.html", view=view, pages=pages, **pictures(st, iri, None, "", labels),
                               **common)
    if kind == "graph":
        common["graph_triples"] = sum(1 for _ in st.quads_for_pattern(None, None, None, resources.node(iri)))
    return render_template("resource.html", **common)


# -- the site ------------------------------------------------------------------------------
@bp.route("/")
def home() -> str:
    rel = current.release()
    st = current.store(rel)
    labels = resources.Labels(st)
    try:
        number = max(1, int(request.args.get("page", "1")))
    except ValueError:
        abort(400, description=f"page must be a number, got {request.args.get('page')!r}")
    if number > MAX_PAGE:
        abort(400, description=f"page must be at most {MAX_PAGE}, got {number}")
    items = listings.articles(st, labels, href_for, PAGE_SIZE, (number - 1) * PAGE_SIZE)
    cache = current_app.extensions.setdefault("kg.home", {})
    if rel.id not in cache:
        cache.clear()
        cache[rel.id] = listings.top_entities(st, labels, href_for)
    return render_template("home.html", info=rel.info(), articles=items[:PAGE_SIZE],
                           next_page=number + 1 if len(items) > PAGE_SIZE else None,
                           prev_page=number - 1 if number > 1 else None, entities=cache[rel.id],
                           endpoint=url_for("sparql.endpoint") if "sparql.endpoint" in
                           current_app.view_functions else None)


@bp.route("/health")
@responses.policy(responses.LIVE)
def health() -> Response:
    found = current.release_or_none()
    if found is None:
        response = jsonify(ok=False, error=f"nothing is published in {current_app.config['KG_STORE']}")
        response.status_code = 503
    else:
        info = found.info()
        try:
            st = current.store(found)
        except OSError as exc:
            response = jsonify(ok=False, release=found.id, error=f"cannot open the store: {exc}")
            response.status_code = 503
        else:
            triples = info.get("triples", info.get("quads"))
            response = jsonify(ok=True, release=found.id, published=info.get("published"),
                               triples=triples if triples is not None else len(st))
    return response


@bp.route("/.well-known/void")
def void() -> Response:
    rel = current.release()
    st = current.store(rel)
    graph = resources.node(current.minter().shared_graph(DESCRIPTION_GRAPH))
    if not st.contains_named_graph(graph):
        abort(404, description="this release has no dataset description "
                               "(it was published without kg.store.describe.finisher)")
    choice = negotiate(html_first=False)
    if choice is None:
        not_acceptable()
    if choice == "html":
        return redirect(url_for("linkeddata.page", path=rest_of(current.minter().dataset())), 303)
    triples = [q.triple for q in st.quads_for_pattern(None, None, None, graph)]
    return rdf_response(triples, choice, rel, seed="void", vary=True)


def _static_rdf(name: str, triples, turtle: bytes | None, html, ext: str | None) -> Response:
    """The ontology or the shapes: Turtle as written, other formats converted, or HTML."""
    if ext is not None:
        if ext == "html":
            choice = "html"
        else:
            choice = next((f for f in DATA_FORMATS if f.extension == ext), None)
            if choice is None:
                abort(404, description=f"no {name} as .{ext}")
    else:
        choice = negotiate(html_first=False)
    if choice is None:
        not_acceptable()
    if choice == "html":
        response = Response(html())
    elif choice.name == "turtle" and turtle is not None:
        response = Response(turtle, mimetype=choice.media_type)
    else:
        response = responses.rdf(triples(), choice)
    if ext is None:
        response.vary.add("Accept")
    return response


@bp.route("/ontology")
@bp.route("/ontology.<ext>")
def ontology(ext: str | None = None) -> Response:
    """The ontology document at its IRI (kg.namespaces.KG_ONTOLOGY_IRI; terms are `#` IRIs in it)."""
    return _static_rdf("ontology", ontology_triples, ontology_turtle(), ontology_html, ext)


@bp.route("/shapes")
@bp.route("/shapes.<ext>")
def shapes(ext: str | None = None) -> Response:
    def html() -> str:
        return render_template("shapes.html", files=shapes_files())
    return _static_rdf("shapes", shapes_triples, None, html, ext)
