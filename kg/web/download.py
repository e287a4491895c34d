"""/download/: the dump files of the current release, and an index of them.

Only files listed in the release's manifest are served, so no request path can reach
outside the dumps folder (anything else is a 404). Files go out with a strong ETag (the
SHA-256 the manifest recorded), Last-Modified, Content-Length and Content-Disposition;
Werkzeug answers conditional and range requests and HEAD. A client that accepts gzip
gets the precompressed twin with `Content-Encoding: gzip`; asking for the `.gz` name
gives the compressed file itself (`application/gzip`, no Content-Encoding).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path, PurePosixPath

from flask import Blueprint, Response, abort, jsonify, render_template, request, send_file, url_for

from kg.store.dumps import read_manifest
from kg.web import current
from kg.web.negotiation import best_match

bp = Blueprint("download", __name__)


def _manifest() -> tuple[dict, Path]:
    rel = current.release()
    manifest = read_manifest(rel.dumps)
    manifest["release"] = rel.id
    return manifest, rel.dumps


def _send(path: Path, *, media_type: str, download_name: str, etag: str,
          encoding: str | None = None) -> Response:
    if not path.is_file():  # listed but missing: a broken release, not the client's fault
        abort(500, description=f"dump file {path.name} is listed in the manifest but missing")
    modified = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    response = send_file(path, mimetype=media_type, as_attachment=True, download_name=download_name,
                         conditional=True, etag=etag, last_modified=modified, max_age=0)
    if encoding:
        response.headers["Content-Encoding"] = encoding
    response.vary.add("Accept-Encoding")
    response.cache_control.no_cache = True
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@bp.route("/download/<path:name>")
def dump_file(name: str) -> Response:
    manifest, folder = _manifest()
    for entry in manifest["files"]:
        basename = PurePosixPath(entry["name"]).name
        if name == entry["name"]:
            gz = entry.get("gzip_name")
            if gz and request.accept_encodings["gzip"] > 0 and (folder / gz).is_file():
                return _send(folder / gz, media_type=entry["media_type"], download_name=basename,
                             etag=entry["gzip_sha256"], encoding="gzip")
            return _send(folder / entry["name"], media_type=entry["media_type"],
                         download_name=basename, etag=entry["sha256"])
        if name == entry.get("gzip_name"):
            return _send(folder / name, media_type="application/gzip", download_name=basename + ".gz",
                         etag=entry["gzip_sha256"])
    abort(404, description=f"no dump named {name!r} in this release (see {url_for('download.index')})")


def _listing(manifest: dict) -> dict:
    """The manifest with download URLs, as the JSON index returns it."""
    files = []
    for entry in manifest["files"]:
        files.append({**entry,
                      "url": url_for("download.dump_file", name=entry["name"], _external=True),
                      "gzip_url": url_for("download.dump_file", name=entry["gzip_name"], _external=True)})
    return {k: v for k, v in manifest.items() if k != "files"} | {"files": files}


@bp.route("/download/")
def index() -> Response:
    manifest, _ = _manifest()
    listing = _listing(manifest)
    wanted = request.args.get("format") or best_match(
        request.headers.get("Accept"), ["text/html", "application/json"])
    if wanted in ("json", "application/json"):
        response = jsonify(listing)
    elif wanted in ("html", "text/html"):
        whole = [f for f in listing["files"] if f["scope"] != "graph"]
        graphs = [f for f in listing["files"] if f["scope"] == "graph"]
        response = Response(render_template("downloads.html", listing=listing, whole=whole,
                                            graphs=graphs))
    else:
        abort(406, description="the download index is available as text/html or application/json")
    response.vary.add("Accept")
    return response

