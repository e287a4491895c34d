"""Flask application factory. Each concern lives in its own blueprint module."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from kg.config import base_iri, default_store


def create_app(store: str | Path | None = None, base: str | None = None,
               config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(
        KG_STORE=str(store or default_store()),
        KG_BASE=base_iri(base),
    )
    if config:
        app.config.update(config)
    # Blueprints are registered here, one per concern:
    #   kg.web.sparql      /sparql           (SPARQL 1.1 Protocol, query workers, limits)
    #   kg.web.download    /download/        (dump files)
    #   kg.web.search      /search           (the release's full-text index, JSON and page)
    #   kg.web.browse      /browse, /entities (volumes → issues → articles; names by type)
    #   kg.web.linkeddata  303 dereferencing, HTML pages, /ontology, /shapes, /.well-known/void, /health
    #   kg.web.openapi     /openapi.json     (the API's OpenAPI 3 description)
    from kg.web import browse, download, linkeddata, openapi, responses, search, sparql
    from kg.web.accesslog import AccessLog

    app.register_blueprint(sparql.bp)
    app.register_blueprint(download.bp)
    app.register_blueprint(openapi.bp)
    app.register_blueprint(search.bp)
    app.register_blueprint(browse.bp)
    app.register_blueprint(linkeddata.bp)  # its /<path:path> catch-all ranks below every fixed route
    responses.install(app)  # CORS, Cache-Control, ETag/304 and the error pages: kg.web.responses
    app.wsgi_app = AccessLog(app.wsgi_app)  # type: ignore[method-assign]
    return app
