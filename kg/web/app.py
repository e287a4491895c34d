"""Flask application factory: one blueprint per resource kind (kg.web.views), and the one layer
every response goes through (kg.web.responses)."""

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
    from kg.web import responses
    from kg.web.accesslog import AccessLog
    from kg.web.views import BLUEPRINTS

    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    responses.install(app)  # CORS, caching, ETag/304 and the error pages, for every route
    app.wsgi_app = AccessLog(app.wsgi_app)  # type: ignore[method-assign]
    return app
