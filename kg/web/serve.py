"""`kg serve`: the web app under waitress (a production WSGI server, never Flask's dev server).

It prints the URL it listens on (with `--port 0` the system picks a free port), logs one
line per request (Common Log Format) to stderr or `--access-log FILE`, and on SIGTERM or
Ctrl-C stops accepting requests and stops the SPARQL query workers before exiting.
"""

from __future__ import annotations

import logging
import signal
import sys

import click

from kg.config import base_iri, default_store
from kg.options import store_option


def _access_log(target: str | None) -> None:
    log = logging.getLogger("kg.access")
    log.setLevel(logging.INFO)
    log.propagate = False
    for handler in list(log.handlers):
        log.removeHandler(handler)
    if target == "off":
        log.setLevel(logging.WARNING)
        return
    handler = logging.StreamHandler(sys.stderr) if target in (None, "-") else logging.FileHandler(target)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(handler)


def _stop_workers(app) -> None:
    from kg.web.views import sparql

    sparql.close(app)


@click.command("serve")
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface).")
@click.option("--port", type=click.IntRange(0, 65535), default=5000, show_default=True,
              help="Port to listen on; 0 picks a free one (the URL is printed).")
@click.option("--base", default=None, help="Base IRI of minted IRIs (default: $KG_BASE).")
@click.option("--threads", type=click.IntRange(1, 512), default=32, show_default=True,
              help="Request threads (a request waiting for a SPARQL worker holds one; see "
                   "KG_SPARQL_CLIENT_QUERIES).")
@click.option("--url-prefix", default="", help="Path prefix when served below a proxy's path, e.g. /kg.")
@click.option("--access-log", default=None, metavar="FILE|-|off",
              help="Where the access log goes (default: stderr).")
def serve(store: str | None, host: str, port: int, base: str | None, threads: int,
          url_prefix: str, access_log: str | None) -> None:
    """Serve the store: SPARQL endpoint, dumps, linked data and pages."""
    from waitress.server import create_server

    from kg.errors import KgError
    from kg.store import open_store
    from kg.web import create_app

    try:  # a missing, foreign or damaged store is refused now, not with a 500 on every request
        folder = open_store(store or default_store())
        release = folder.require_current()
        folder.snapshot(release)
    except KgError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        base = base_iri(base)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--base") from None
    _access_log(access_log)
    app = create_app(store=folder.location, base=base)
    try:
        server = create_server(app, host=host, port=port, threads=threads, url_prefix=url_prefix,
                               ident="kg", clear_untrusted_proxy_headers=True)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc}") from None

    def stop(signum, _frame) -> None:
        raise KeyboardInterrupt

    # the handler is in place before the URL is printed: a client that reads the URL and stops the
    # server at once gets a clean stop (exit 0), not death by the default SIGTERM action
    previous = signal.signal(signal.SIGTERM, stop)
    actual = getattr(server, "effective_port", port)
    shown = f"[{host}]" if ":" in host else host
    try:
        click.echo(f"kg: serving {folder.location} (release {release.id}) at "
                   f"http://{shown}:{actual}{url_prefix}/ with base IRI {base}", err=True)
        sys.stderr.flush()
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.close()
        _stop_workers(app)
        click.echo("kg: server stopped", err=True)


if __name__ == "__main__":  # `python -m kg.web.serve` is `kg serve`
    serve()
