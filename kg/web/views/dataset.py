"""The dataset's own description documents: its VoID description at /.well-known/void, the
ontology at /ontology and the SHACL shapes at /shapes, each as a page or as RDF (by extension or
by the Accept header)."""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
from flask import Blueprint, Response, abort, redirect, render_template, url_for

from kg.store.describe import DESCRIPTION_GRAPH
from kg.web import current, responses
from kg.web.links import rest_of
from kg.web.negotiation import DATA_FORMATS, negotiate
from kg.web.pages import resources
from kg.web.sources import ontology_html, ontology_triples, ontology_turtle, shapes_files, shapes_triples

bp = Blueprint("dataset", __name__)


@bp.route("/.well-known/void")
def void() -> Response:
    rel = current.release()
    st = current.store(rel)
    graph = resources.node(current.minter().shared_graph(DESCRIPTION_GRAPH))
    if not st.contains_named_graph(graph):
        abort(404, description="this release has no dataset description "
                               "(it was published without kg.store.describe.finisher)")
    choice = negotiate(html_first=False)
    if choice == "html":
        return redirect(url_for("resource.page", path=rest_of(current.minter().dataset())), 303)
    triples = [q.triple for q in st.quads_for_pattern(None, None, None, graph)]
    response = responses.rdf(triples, choice, etag_seed=f"{rel.id}|void|{choice.name}",
                             modified=current.published(rel))
    response.vary.add("Accept")
    return response


def _document(name: str, triples: Callable[[], list[ox.Triple]], turtle: bytes | None,
              html: Callable[[], str], ext: str | None) -> Response:
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
    return _document("ontology", ontology_triples, ontology_turtle(), ontology_html, ext)


@bp.route("/shapes")
@bp.route("/shapes.<ext>")
def shapes(ext: str | None = None) -> Response:
    def html() -> str:
        return render_template("shapes.html", files=shapes_files())
    return _document("shapes", shapes_triples, None, html, ext)
