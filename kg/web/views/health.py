"""/health: whether a release is published and readable, for load balancers and monitors (JSON,
503 when not; never cached)."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify

from kg.web import current, responses

bp = Blueprint("health", __name__)


@bp.route("/health")
@responses.policy(responses.LIVE)
def health() -> Response:
    found = current.release_or_none()
    if found is None:
        response = jsonify(ok=False, error=f"nothing is published in {current_app.config['KG_STORE']}")
        response.status_code = 503
        return response
    info = found.info()
    try:
        st = current.store(found)
    except OSError as exc:
        response = jsonify(ok=False, release=found.id, error=f"cannot open the store: {exc}")
        response.status_code = 503
        return response
    triples = info.get("triples", info.get("quads"))
    return jsonify(ok=True, release=found.id, published=info.get("published"),
                   triples=triples if triples is not None else len(st))
