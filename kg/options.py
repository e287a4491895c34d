"""Command-line options shared by every `kg` command, declared once (click)."""

from __future__ import annotations

from pathlib import Path

import click

STORE_HELP = "Store folder (default: $KG_STORE or the per-user data directory)."


def store_option(f=None, *, help: str = STORE_HELP):  # noqa: A002 - click's own word
    """--store DIR; usable bare (@store_option) or with another help text."""

    def decorate(fn):
        return click.option("--store", "store", type=click.Path(file_okay=False, path_type=Path),
                            default=None, help=help)(fn)
    return decorate(f) if f is not None else decorate


def base_option(f):
    """--base IRI: the base of every minted IRI."""
    return click.option("--base", default=None, help="Base IRI of minted IRIs (default: $KG_BASE).")(f)
