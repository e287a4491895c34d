"""Options shared by the `kg` commands, declared once (the commands live in several modules)."""

from __future__ import annotations

import click

STORE_HELP = ("Store: a folder, or a SPARQL server as sparql+http://HOST:PORT/GRAPH-STORE-PATH "
              "(default: $KG_STORE or the per-user data directory; docs/stores.md).")


def store_option(f):
    """--store: a folder or a store URL, kept as text (a URL is not a path)."""
    return click.option("--store", "store", default=None, metavar="DIR|URL", help=STORE_HELP)(f)


def base_option(f):
    return click.option("--base", default=None, help="Base IRI of minted IRIs (default: $KG_BASE).")(f)


def open_store(store: str | None):
    """The store a --store value names (default: KG_STORE or the per-user store)."""
    from kg.config import default_store
    from kg.store import open_store as _open

    return _open(store or default_store())
