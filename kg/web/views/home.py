"""The home page: what the release holds, its articles (paginated) and its most mentioned names."""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, request, url_for

from kg.web import current, responses
from kg.web.links import href_for
from kg.web.pages import listings, resources

bp = Blueprint("home", __name__)

PAGE_SIZE = 100
MAX_PAGE = 10**9  # the store's OFFSET is a 64-bit number; no archive has a billion pages


@bp.route("/")
def home() -> Response:
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
    top = current.per_release("home.entities", lambda _: listings.top_entities(st, labels, href_for), rel)
    return responses.page("home.html", info=rel.info(), articles=items[:PAGE_SIZE],
                          next_page=number + 1 if len(items) > PAGE_SIZE else None,
                          prev_page=number - 1 if number > 1 else None, entities=top,
                          endpoint=url_for("sparql.endpoint") if "sparql.endpoint" in
                          current_app.view_functions else None)
