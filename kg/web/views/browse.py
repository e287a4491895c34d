"""Browsing without SPARQL: the archive by volume → issue → article, and names by type.

`/browse` lists the volumes of the periodicals the archive publishes; a volume's page lists its
issues, an issue's page its articles with headlines and authors (`part_page`, for the volume and
issue IRIs kg.web.views.resource dereferences). `/entities` lists names by type with their counts,
sortable and paginated, from the release's search index (kg.search), which holds the statistics of
kg.statistics: no aggregate over the graph runs per request. Every list here is paginated.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, request, url_for

from kg.search.query import ENTITY_SORTS, EntityHit
from kg.store import Snapshot
from kg.web import current, responses
from kg.web.links import href_for, page_path
from kg.web.pages import parts
from kg.web.pages.resources import Labels

bp = Blueprint("browse", __name__)


@bp.route("/browse")
def archive() -> Response:
    st = current.store()
    page = parts.page_arg(size=100)
    found = parts.volumes(st, Labels(st), href_for)
    rows = [(head, row) for head, rows in found for row in rows]
    shown = page.cut(rows)
    return responses.page("browse.html", rows=shown, page=page)


def class_name(iri: str) -> str:
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


@bp.route("/entities")
def entities() -> Response:
    idx = current.search_index()
    classes = [(c, class_name(c), n) for c, n in idx.classes()]
    wanted = request.args.get("type", "")
    chosen = next((c for c, name, _ in classes if name == wanted), None)
    if wanted and chosen is None:
        abort(400, description=f"type must be one of {', '.join(n for _, n, _ in classes)}; got {wanted!r}")
    sort = request.args.get("sort", "mentions")
    if sort not in ENTITY_SORTS:
        abort(400, description=f"sort must be one of {', '.join(ENTITY_SORTS)}; got {sort!r}")
    page = parts.page_arg()
    total, hits = idx.entities_of(chosen, sort, page.size, page.offset)
    page.total, page.more = total, page.offset + page.size < total
    rows: list[tuple[EntityHit, str]] = [(h, page_path(h.iri)) for h in hits]

    def link(**changes) -> str:
        args = {"type": wanted or None, "sort": sort, "page": page.number, **changes}
        return url_for("browse.entities", **{k: v for k, v in args.items() if v not in (None, "")})

    return responses.page("entities.html", classes=classes, wanted=wanted, sort=sort,
                          sorts=list(ENTITY_SORTS), rows=rows, page=page, link=link, total=total)


def part_page(st: Snapshot, iri: str, kind: str, labels: Labels, common: dict) -> Response | None:
    """The page of a volume (its issues) or an issue (its articles); None for anything else."""
    part = parts.part_view(st, iri, labels, href_for)
    if part is None:
        return None
    return responses.page("part.html", view=part, **common)
