"""Request paths ↔ IRIs, and where a page links an IRI: one place for the web app's URLs of
resources (kg.iri mints the IRIs; this module maps them onto this server).

Request paths map to IRIs under the configured base, so the same server works at the base's host
(with or without the base's path prefix) and on a laptop.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import abort, request, url_for

from kg.iri import iri_problem
from kg.web import current

SAFE_SCHEMES = ("http://", "https://")
PAGE = "resource.page"  # the endpoint of a resource's HTML page (kg.web.views.resource)


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


def href_for(iri: str) -> str:
    """Where a page links an IRI: this server for minted IRIs, the IRI itself for other web
    IRIs, nowhere ('') for any other scheme (a `javascript:` IRI in loaded data must not run)."""
    local = current.minter().local_path(iri)
    if local is not None:
        return request.script_root + local
    return iri if iri.lower().startswith(SAFE_SCHEMES) else ""


def page_path(iri: str) -> str:
    """The HTML page of a minted IRI (or the IRI itself for others)."""
    local = current.minter().local_path(iri)
    return url_for(PAGE, path=local.lstrip("/")) if local else iri


def span_href(article: str, begin: int | None, end: int | None) -> str:
    """The reading view of `article` at the span begin..end, marked."""
    base = page_path(article)
    if begin is None or end is None:
        return base
    return f"{base}?mark={begin},{end}#char={begin},{end}"
