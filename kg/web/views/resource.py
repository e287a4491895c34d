"""Resources: every IRI minted under the base dereferences.

`GET {base}X` answers `303 See Other` to `/page/X` (HTML) or `/data/X.ttl|.jsonld|.nt|.rdf`
by the Accept header (`Vary: Accept`). A data document holds every triple with the
resource as subject or object; a span IRI `.../text#char=b,e` is never sent (browsers
strip fragments), so the document of `.../text` carries its spans too. Request paths
map to IRIs under the configured base (kg.web.links).

`/page/X` is rendered by the module of the resource's kind: an article (or its text) by
kg.web.views.article, a volume or an issue by kg.web.views.browse, an entity by
kg.web.views.entity; anything else (a claim, a named graph...) by the generic table here.
"""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, abort, redirect, url_for

from kg.formats import RdfFormat
from kg.store import Snapshot
from kg.web import current, responses
from kg.web.links import href_for, iri_for, rest_of
from kg.web.negotiation import DATA_FORMATS, negotiate, not_acceptable
from kg.web.pages import listings, resources
from kg.web.views import article, browse, entity

bp = Blueprint("resource", __name__)
# A page per kind: each returns None when the resource is not of its kind after all.
PAGES = (article.page, browse.part_page, entity.page)


@bp.app_template_global()
def data_links(iri: str) -> list[tuple[str, str]]:
    rest = rest_of(iri)
    return [(f.name, url_for("resource.data", path=f"{rest}.{f.extension}")) for f in DATA_FORMATS]


def known(path: str) -> tuple[str, Snapshot]:
    iri = iri_for(path)
    st = current.store()
    if not resources.exists(st, iri):
        abort(404, description=f"nothing is known about <{iri}> in this release")
    return iri, st


@bp.route("/<path:path>")
def resource(path: str) -> Response:
    iri, _ = known(path)
    choice = negotiate()
    if choice == "html":
        target = url_for("resource.page", path=rest_of(iri), _external=True)
    else:
        target = url_for("resource.data", path=f"{rest_of(iri)}.{choice.extension}", _external=True)
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
    """A data document: ETag from the release and the resource, Last-Modified from the release."""
    rel = current.release()
    st = current.store(rel)
    for fmt in DATA_FORMATS:
        stem = path.removesuffix("." + fmt.extension)
        if stem != path and resources.exists(st, iri_for(stem)):
            iri, vary = iri_for(stem), False
            break
    else:
        iri, _ = known(path)
        fmt = negotiate(html_first=False)
        if not isinstance(fmt, RdfFormat):  # the page is not a data document
            not_acceptable()
        vary = True
    response = responses.rdf(document(st, iri), fmt, etag_seed=f"{rel.id}|{iri}|{fmt.name}",
                             modified=current.published(rel))
    if vary:
        response.vary.add("Accept")
    page_url = url_for("resource.page", path=rest_of(iri), _external=True)
    response.headers["Link"] = f'<{page_url}>; rel="alternate"; type="text/html"'
    return response


@bp.route("/page/<path:path>")
def page(path: str) -> Response:
    iri, st = known(path)
    labels = resources.Labels(st)
    kind = resources.kind(st, iri)
    common = {"iri": iri, "label": labels.text(resources.node(iri)),
              "table": resources.table(st, iri, labels, href_for), "kind": kind,
              "types": listings.type_names(st, iri)}
    for render in PAGES:
        found = render(st, iri, kind, labels, common)
        if found is not None:
            return found
    if kind == "graph":
        common["graph_triples"] = sum(1 for _ in st.quads_for_pattern(None, None, None, resources.node(iri)))
    return responses.page("resource.html", **common)
