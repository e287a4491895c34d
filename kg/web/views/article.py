"""The page of an article (and of its text, the NIF context): the reading view with its spans
marked (kg.web.pages.articleview), its timeline and its co-mention graph.

`?mark=b,e` marks one more span: where a search hit links (kg.web.links.span_href).
"""

from __future__ import annotations

from flask import Response, abort, request

from kg.store import Snapshot
from kg.web import current, responses
from kg.web.links import href_for, page_path
from kg.web.pages import articleview, comention, resources, timeline


def span_arg(name: str) -> tuple[int, int] | None:
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


def page(st: Snapshot, iri: str, kind: str, labels: resources.Labels, common: dict) -> Response | None:
    if kind not in ("article", "context"):
        return None
    node = resources.node(iri) if kind == "article" else articleview.article_of(st, resources.node(iri))
    if node is None:
        return None
    view = articleview.build(st, node.value, labels, href_for, found=span_arg("mark"))
    if view is None:
        return None
    return responses.page(
        "article.html", view=view, facts=timeline.for_article(st, node.value, labels, href_for, page_path),
        graph=comention.for_article(st, current.minter(), view.graph, view.headline, labels, href_for),
        **common)
