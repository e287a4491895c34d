"""/download/: the dump files of the current release, and an index of them.

Only files listed in the release's manifest are served, so no request path can reach
outside the dumps folder (anything else is a 404). Files go out with a strong ETag (the
SHA-256 the manifest recorded), Last-Modified, Content-Length and Content-Disposition;
Werkzeug answers conditional requests, single ranges and HEAD; a request for several ranges
(`Range: bytes=0-10,20-30`) gets them as `multipart/byteranges` (RFC 9110, 14.6), each part
with its Content-Range, when they are few (at most MAX_RANGES), in ascending order and not
overlapping; other multi-range requests are answered with the whole file (200), as RFC 9110
allows a server to ignore Range. A Range that no byte of the file satisfies is 416 with
`Content-Range: bytes */size`. A client that accepts gzip
gets the precompressed twin with `Content-Encoding: gzip`; asking for the `.gz` name
gives the compressed file itself (`application/gzip`, no Content-Encoding).
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from flask import Blueprint, Response, abort, jsonify, request, send_file, url_for
from werkzeug.http import parse_if_range_header

from kg.store.dumps import read_manifest
from kg.web import current, responses
from kg.web.negotiation import best_match

bp = Blueprint("dumps", __name__)

MAX_RANGES = 16  # more ranges in one request are answered with the whole file
_RANGE_SPEC = re.compile(r"\s*(?:(\d+)-(\d*)|-(\d+))\s*")
_CHUNK = 64 * 1024


def _manifest() -> tuple[dict, Path]:
    rel = current.release()
    manifest = read_manifest(rel.dumps)
    manifest["release"] = rel.id
    return manifest, rel.dumps


def _send(path: Path, *, media_type: str, download_name: str, etag: str,
          encoding: str | None = None) -> Response:
    if not path.is_file():  # listed but missing: a broken release, not the client's fault
        abort(500, description=f"dump file {path.name} is listed in the manifest but missing")
    modified = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(microsecond=0)

    def whole() -> Response:
        return send_file(path, mimetype=media_type, as_attachment=True, download_name=download_name,
                         conditional=True, etag=etag, last_modified=modified, max_age=0)

    header = request.headers.get("Range")
    if header is not None and "," in header and request.method in ("GET", "HEAD"):
        # Several ranges, which Werkzeug would answer with 416: the conditionals first (304 and
        # 412 win), then If-Range decides between the parts and the whole file.
        saved = request.environ.pop("HTTP_RANGE")
        try:
            response = whole()
        finally:
            request.environ["HTTP_RANGE"] = saved
        ranges = _byte_ranges(header, path.stat().st_size)
        if response.status_code == 200 and ranges is not None and _if_range_holds(etag, modified):
            response.close()
            response = _multipart(path, ranges, media_type, response)
    else:
        response = whole()
    if encoding:
        response.headers["Content-Encoding"] = encoding
    response.vary.add("Accept-Encoding")
    return response


def _byte_ranges(header: str, size: int) -> list[tuple[int, int]] | None:
    """The ranges of a multi-range header to send as multipart/byteranges, as (first, last + 1)
    within the file; [] when none is satisfiable (416); None when the whole file is sent
    instead: a header that is not valid, too many ranges, ranges out of order or overlapping."""
    if not header.strip().lower().startswith("bytes="):
        return None
    specs = header.strip()[6:].split(",")
    out: list[tuple[int, int]] = []
    for spec in specs:
        m = _RANGE_SPEC.fullmatch(spec)
        if m is None:
            return None  # not a valid Range header: ignored (Werkzeug sends the whole file)
        if m.group(3) is not None:  # suffix: the last N bytes
            n = int(m.group(3))
            if n > 0 and size > 0:
                out.append((max(0, size - n), size))
            continue
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else size - 1
        if m.group(2) and last < first:
            return None  # invalid: the whole header is ignored (RFC 9110, 14.1.1)
        if first < size:
            out.append((first, min(last, size - 1) + 1))
    if len(specs) > MAX_RANGES or any(b[0] < a[1] for a, b in zip(out, out[1:], strict=False)):
        return None if out else []
    return out


def _if_range_holds(etag: str, modified: dt.datetime) -> bool:
    """No If-Range, or one naming this very file (its strong ETag or exact date)."""
    if "If-Range" not in request.headers:
        return True
    cond = parse_if_range_header(request.headers["If-Range"])
    if cond.etag is not None:
        return cond.etag == etag
    return cond.date is not None and cond.date == modified


def _multipart(path: Path, ranges: list[tuple[int, int]], media_type: str, whole: Response) -> Response:
    """206 with the ranges as multipart/byteranges (one range: a plain 206; none: 416)."""
    size = path.stat().st_size
    headers = {k: v for k, v in whole.headers.items()
               if k.lower() not in ("content-length", "content-type", "content-range")}
    if not ranges:
        return Response(f"416 Range Not Satisfiable: none of the ranges is within the file's "
                        f"{size} bytes\n", status=416, mimetype="text/plain",
                        headers={**headers, "Content-Range": f"bytes */{size}"})
    if len(ranges) == 1:
        (first, end), = ranges
        return Response(_read(path, [(b"", first, end)], b""), status=206, mimetype=media_type,
                        headers={**headers, "Content-Range": f"bytes {first}-{end - 1}/{size}",
                                 "Content-Length": str(end - first)})
    boundary = secrets.token_hex(16)
    parts = [((f"\r\n--{boundary}\r\nContent-Type: {media_type}\r\n"
               f"Content-Range: bytes {first}-{end - 1}/{size}\r\n\r\n").encode("ascii"), first, end)
             for first, end in ranges]
    tail = f"\r\n--{boundary}--\r\n".encode("ascii")
    length = sum(len(head) + end - first for head, first, end in parts) + len(tail)
    return Response(_read(path, parts, tail), status=206,
                    content_type=f"multipart/byteranges; boundary={boundary}",
                    headers={**headers, "Content-Length": str(length)})


def _read(path: Path, parts: list[tuple[bytes, int, int]], tail: bytes) -> Iterator[bytes]:
    with path.open("rb") as fh:
        for head, first, end in parts:
            if head:
                yield head
            fh.seek(first)
            left = end - first
            while left > 0:
                chunk = fh.read(min(_CHUNK, left))
                if not chunk:
                    return
                left -= len(chunk)
                yield chunk
    if tail:
        yield tail


@bp.route("/download/<path:name>")
@responses.policy(responses.FILES)
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
    abort(404, description=f"no dump named {name!r} in this release (see {url_for('dumps.index')})")


def _listing(manifest: dict) -> dict:
    """The manifest with download URLs, as the JSON index returns it."""
    files = []
    for entry in manifest["files"]:
        files.append({**entry,
                      "url": url_for("dumps.dump_file", name=entry["name"], _external=True),
                      "gzip_url": url_for("dumps.dump_file", name=entry["gzip_name"], _external=True)})
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
        response = responses.page("downloads.html", listing=listing, whole=whole, graphs=graphs)
    else:
        abort(406, description="the download index is available as text/html or application/json")
    response.vary.add("Accept")
    return response

