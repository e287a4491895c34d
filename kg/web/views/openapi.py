"""/openapi.json: the OpenAPI 3 description of the HTTP API (kg/web/openapi.json, written by
hand), served with this server's own URL. tests/test_openapi.py keeps it in sync with the app's
routes (every route and method described, nothing described that is not routed) and runs
schemathesis against it: no 5xx, every response as described."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from flask import Blueprint, Flask, Response, request

from kg.web import responses

bp = Blueprint("openapi", __name__)
SPEC = Path(__file__).parent.parent / "openapi.json"
METHODS = ("get", "post", "put", "patch", "delete")


@cache
def description() -> dict:
    return json.loads(SPEC.read_text(encoding="utf-8"))


def openapi_path(rule: str) -> str:
    """A Flask rule as an OpenAPI path: '/data/<path:path>' -> '/data/{path}'."""
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule)


def routed(app: Flask) -> set[tuple[str, str]]:
    """(OpenAPI path, method) of every route of the app (HEAD and OPTIONS left out)."""
    return {(openapi_path(rule.rule), method.lower()) for rule in app.url_map.iter_rules()
            for method in rule.methods or () if method.lower() in METHODS}


def described() -> set[tuple[str, str]]:
    return {(path, method) for path, ops in description()["paths"].items() for method in ops
            if method in METHODS}


@bp.route("/openapi.json")
@responses.policy(responses.SPEC)
def openapi() -> Response:
    spec = dict(description())
    spec["servers"] = [{"url": request.url_root.rstrip("/")}]
    return Response(json.dumps(spec, ensure_ascii=False, indent=1), mimetype="application/json")
