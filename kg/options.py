"""Command-line options shared by every `kg` command, declared once (click)."""

from __future__ import annotations

import click

STORE_HELP = ("Store: a folder, or a SPARQL server as sparql+http://HOST:PORT/GRAPH-STORE-PATH "
              "(default: $KG_STORE or the per-user data directory; docs/stores.md).")


def store_option(f=None, *, help: str = STORE_HELP):  # noqa: A002 - click's own word
    """--store DIR; usable bare (@store_option) or with another help text."""

    def decorate(fn):
        # text, not a click.Path: a store URL is not a path (Path() would fold its '//')
        return click.option("--store", "store", default=None, metavar="DIR|URL", help=help)(fn)
    return decorate(f) if f is not None else decorate


def base_option(f):
    """--base IRI: the base of every minted IRI."""
    return click.option("--base", default=None, help="Base IRI of minted IRIs (default: $KG_BASE).")(f)
