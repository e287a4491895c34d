"""HTTP content negotiation, shared by the SPARQL endpoint and the linked-data routes.

Accept headers are parsed by Werkzeug (q-values, wildcards, specificity); this module only
adds the rules every route here needs: no Accept header (or an empty one) means "anything",
so the server's first offer wins, and formats from kg.formats are matched by their media type
and by the media-type aliases the formats table lists. `negotiate` is the linked-data routes'
choice between a page and a data format.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NoReturn, Protocol, TypeVar

from flask import abort, request
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.formats import RdfFormat, rdf_format


class _Format(Protocol):
    media_type: str
    aliases: tuple[str, ...]


F = TypeVar("F", bound=_Format)


def best_match(accept_header: str | None, offers: Sequence[str]) -> str | None:
    """The offer the client prefers most, None when it accepts none of them.

    Offers are media types in the server's order of preference, which breaks ties.
    """
    if not offers:
        return None
    if accept_header is None or not accept_header.strip():
        return offers[0]
    return parse_accept_header(accept_header, MIMEAccept).best_match(offers)


def media_types(formats: Sequence[F]) -> list[str]:
    """Every media type a list of formats answers to: the canonical ones first, then aliases."""
    types = [f.media_type for f in formats]
    types += [a for f in formats for a in f.aliases if "/" in a and a not in types]
    return types


def best_format(accept_header: str | None, formats: Sequence[F]) -> F | None:
    """The format (a kg.formats RdfFormat or ResultsFormat) the client prefers, or None (406)."""
    chosen = best_match(accept_header, media_types(formats))
    if chosen is None:
        return None
    for fmt in formats:
        if chosen == fmt.media_type or chosen in fmt.aliases:
            return fmt
    return None  # pragma: no cover - best_match only returns offers


# -- the linked-data choice: a page or one of the data formats ---------------------------------
DATA_FORMATS: tuple[RdfFormat, ...] = tuple(rdf_format(n) for n in ("turtle", "jsonld", "ntriples", "rdfxml"))
HTML_TYPES = ["text/html", "application/xhtml+xml"]


def negotiate(html_first: bool = True) -> RdfFormat | Literal["html"]:
    """The client's choice among HTML and the data formats ('html' or a format); 406 when the
    client accepts none of them."""
    offers = media_types(DATA_FORMATS)
    offers = HTML_TYPES + offers if html_first else offers + HTML_TYPES
    chosen = best_match(request.headers.get("Accept"), offers)
    if chosen is None:
        not_acceptable()
    if chosen in HTML_TYPES:
        return "html"
    return next(f for f in DATA_FORMATS if chosen == f.media_type or chosen in f.aliases)


def not_acceptable() -> NoReturn:
    types = ", ".join(HTML_TYPES[:1] + [f.media_type for f in DATA_FORMATS])
    abort(406, description=f"{request.path} is available as {types}")
