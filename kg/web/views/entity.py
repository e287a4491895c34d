"""The page of an entity (a person, an organisation, a place...): the articles that mention it,
paginated, with its timeline and its co-mention graph."""

from __future__ import annotations

from flask import Response

from kg.store import Snapshot
from kg.web import current, responses
from kg.web.links import href_for, page_path
from kg.web.pages import comention, listings, resources, timeline
from kg.web.pages.parts import page_arg

PAGE_SIZE = 100


def page(st: Snapshot, iri: str, kind: str, labels: resources.Labels, common: dict) -> Response | None:
    if kind != "entity":
        return None
    pages = page_arg(size=PAGE_SIZE)
    view = listings.entity(st, iri, labels, href_for, pages.size, pages.offset)
    pages.more = view.more_articles
    return responses.page(
        "entity.html", view=view, pages=pages,
        facts=timeline.for_entity(st, iri, labels, href_for, page_path),
        graph=comention.for_entity(st, current.minter(), iri, labels, href_for), **common)
