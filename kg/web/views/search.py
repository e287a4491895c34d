"""/search: the release's full-text index (kg.search) as JSON for programs and a page for people.

`GET /search?q=WORDS[&type=all|entity|article|claim|quotation|sentence][&limit=N][&offset=N]`.
JSON (`Accept: application/json` or `format=json`) answers `{query, type, limit, offset,
entities: {total, results}, passages: {total, results}}` (only the parts the type asks for);
a browser gets the page. Every hit carries `href`, where to read it: an entity's page, or the
article's reading view at the exact span (`?mark=b,e#char=b,e`, kg.web.views.article marks it).
The site's search box asks `type=entity` as one types (static/search.js). See docs/search.md.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, jsonify, request

from kg.search.index import KINDS
from kg.search.query import PASSAGE_KINDS, EntityHit, PassageHit, as_json
from kg.web import current, responses
from kg.web.links import page_path, span_href
from kg.web.negotiation import best_match

bp = Blueprint("search", __name__)

TYPES = ("all", *KINDS)
MAX_LIMIT = 100
MAX_QUERY = 500


def _int(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        abort(400, description=f"{name} must be a whole number, got {raw!r}")
    if not low <= value <= high:
        abort(400, description=f"{name} must be between {low} and {high}, got {value}")
    return value


def entity_json(hit: EntityHit) -> dict:
    return {**as_json(hit), "kind": "entity", "href": page_path(hit.iri)}


def passage_json(hit: PassageHit) -> dict:
    return {**as_json(hit), "href": span_href(hit.article, hit.begin, hit.end),
            "article_href": page_path(hit.article), "who_href": page_path(hit.who) if hit.who else ""}


def wants_json() -> bool:
    if request.args.get("format") == "json":
        return True
    if request.args.get("format") not in (None, "", "html"):
        abort(400, description=f"format must be json or html, got {request.args.get('format')!r}")
    return best_match(request.headers.get("Accept"), ["text/html", "application/json"]) == "application/json"


@bp.route("/search")
def search() -> Response | str:
    q = request.args.get("q", "").strip()
    kind = request.args.get("type", "all") or "all"
    if kind not in TYPES:
        abort(400, description=f"type must be one of {', '.join(TYPES)}; got {kind!r}")
    if len(q) > MAX_QUERY:
        abort(400, description=f"q is longer than {MAX_QUERY} characters")
    limit = _int("limit", 20, 1, MAX_LIMIT)
    offset = _int("offset", 0, 0, 10_000)
    as_data = wants_json()
    if as_data and not q:
        abort(400, description="q (the words to search for) is required")
    idx = current.search_index()
    out: dict = {"query": q, "type": kind, "limit": limit, "offset": offset}
    entities: tuple[int, list[EntityHit]] = (0, [])
    passages: tuple[int, list[PassageHit]] = (0, [])
    if q and kind in ("all", "entity"):
        entities = idx.entities(q, limit if kind == "entity" else min(limit, 10),
                                offset if kind == "entity" else 0)
        out["entities"] = {"total": entities[0], "results": [entity_json(h) for h in entities[1]]}
    if q and kind != "entity":
        kinds = PASSAGE_KINDS if kind == "all" else (kind,)
        passages = idx.passages(q, kinds, limit, offset)
        out["passages"] = {"total": passages[0], "results": [passage_json(h) for h in passages[1]]}
    if as_data:
        response = jsonify(out)
        response.vary.add("Accept")
        return response
    shown = passages[0] if kind != "entity" else entities[0]
    return responses.page("search.html", q=q, type=kind, types=TYPES, limit=limit, offset=offset,
                           entities=[entity_json(h) for h in entities[1]], entity_total=entities[0],
                           passages=[passage_json(h) for h in passages[1]], passage_total=passages[0],
                           prev_offset=max(0, offset - limit) if offset else None,
                           next_offset=offset + limit if offset + limit < shown else None)
