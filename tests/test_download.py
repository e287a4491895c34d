"""/download/: the dump files of the current release (kg.web.views.dumps), through the app."""

from __future__ import annotations

import gzip
import json

import pytest
from ld_fixture import BASE, publish_fixture

from kg.store.dumps import read_manifest
from kg.web import create_app


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    return publish_fixture(tmp_path_factory.mktemp("store")).require_current()


@pytest.fixture(scope="module")
def client(release):
    app = create_app(store=release.path.parent.parent, base=BASE)
    return app.test_client()


@pytest.fixture(scope="module")
def nq(release):
    return next(f for f in read_manifest(release.dumps)["files"] if f["format"] == "nquads")


def test_index_lists_every_dump_with_sizes_and_counts(client, release):
    manifest = read_manifest(release.dumps)
    page = client.get("/download/", headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    for f in manifest["files"]:
        assert f'href="http://localhost/download/{f["name"]}"' in html
        assert f'href="http://localhost/download/{f["gzip_name"]}"' in html
        assert f'>{f["triples"]}<' in html
    assert "Accept" in page.headers["Vary"]


@pytest.mark.parametrize("how", [{"headers": {"Accept": "application/json"}},
                                 {"query_string": {"format": "json"}}])
def test_index_as_json(client, release, how):
    listing = client.get("/download/", **how)
    assert listing.status_code == 200 and listing.mimetype == "application/json"
    body = listing.get_json()
    assert body["release"] == release.id
    assert body["triples"] == read_manifest(release.dumps)["triples"]
    for f in body["files"]:
        assert f["url"] == f"http://localhost/download/{f['name']}"
        assert {"bytes", "gzip_bytes", "triples", "sha256", "media_type"} <= f.keys()


def test_index_refuses_formats_it_does_not_have(client):
    assert client.get("/download/", headers={"Accept": "image/png"}).status_code == 406


def test_a_dump_is_served_with_validators_and_disposition(client, release, nq):
    r = client.get(f"/download/{nq['name']}", headers={"Accept-Encoding": "identity"})
    assert r.status_code == 200
    assert r.data == (release.dumps / nq["name"]).read_bytes()
    assert r.headers["Content-Type"] == "application/n-quads"
    assert r.headers["ETag"] == f'"{nq["sha256"]}"'
    assert int(r.headers["Content-Length"]) == nq["bytes"]
    assert r.headers["Last-Modified"]
    assert r.headers["Content-Disposition"] == f"attachment; filename={nq['name']}"
    assert "Content-Encoding" not in r.headers
    assert "Accept-Encoding" in r.headers["Vary"]


def test_gzip_is_negotiated(client, release, nq):
    r = client.get(f"/download/{nq['name']}", headers={"Accept-Encoding": "gzip, deflate"})
    assert r.headers["Content-Encoding"] == "gzip"
    assert r.headers["Content-Type"] == "application/n-quads"
    assert r.headers["ETag"] == f'"{nq["gzip_sha256"]}"'
    assert int(r.headers["Content-Length"]) == nq["gzip_bytes"] == len(r.data)
    assert gzip.decompress(r.data) == (release.dumps / nq["name"]).read_bytes()
    assert r.headers["Content-Disposition"] == f"attachment; filename={nq['name']}"
    refused = client.get(f"/download/{nq['name']}", headers={"Accept-Encoding": "gzip;q=0, identity"})
    assert "Content-Encoding" not in refused.headers and refused.data.startswith(b"<")
    anything = client.get(f"/download/{nq['name']}", headers={"Accept-Encoding": "*"})
    assert anything.headers["Content-Encoding"] == "gzip"


def test_the_gz_file_itself_is_served_compressed_without_content_encoding(client, release, nq):
    r = client.get(f"/download/{nq['gzip_name']}", headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "application/gzip"
    assert "Content-Encoding" not in r.headers
    assert r.data == (release.dumps / nq["gzip_name"]).read_bytes()
    assert r.headers["Content-Disposition"] == f"attachment; filename={nq['gzip_name']}"


def test_graph_dumps_are_served_from_their_folder(client, release):
    graph = next(f for f in read_manifest(release.dumps)["files"] if f["scope"] == "graph")
    r = client.get(f"/download/{graph['name']}", headers={"Accept-Encoding": "identity"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    assert r.data == (release.dumps / graph["name"]).read_bytes()


def test_conditional_get(client, nq):
    url = f"/download/{nq['name']}"
    first = client.get(url, headers={"Accept-Encoding": "identity"})
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert client.get(url, headers={"If-None-Match": etag, "Accept-Encoding": "identity"}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": modified,
                                    "Accept-Encoding": "identity"}).status_code == 304
    assert client.get(url, headers={"If-None-Match": '"other"',
                                    "Accept-Encoding": "identity"}).status_code == 200
    # the gzipped representation has its own validator
    gz_etag = f'"{nq["gzip_sha256"]}"'
    assert client.get(url, headers={"If-None-Match": gz_etag, "Accept-Encoding": "gzip"}).status_code == 304
    assert client.get(url, headers={"If-None-Match": gz_etag,
                                    "Accept-Encoding": "identity"}).status_code == 200


def test_head_has_headers_and_no_body(client, nq):
    r = client.head(f"/download/{nq['name']}", headers={"Accept-Encoding": "identity"})
    assert r.status_code == 200 and r.data == b""
    assert int(r.headers["Content-Length"]) == nq["bytes"]
    assert r.headers["ETag"] == f'"{nq["sha256"]}"'


def test_ranges_resume_a_download(client, release, nq):
    r = client.get(f"/download/{nq['name']}", headers={"Range": "bytes=10-19", "Accept-Encoding": "identity"})
    assert r.status_code == 206
    assert r.data == (release.dumps / nq["name"]).read_bytes()[10:20]


@pytest.mark.parametrize("path", [
    "/download/../release.json",
    "/download/%2e%2e/release.json",
    "/download/..%2frelease.json",
    "/download/graphs/../../release.json",
    "/download/graphs/..%2F..%2Frelease.json",
    "/download//etc/passwd",
    "/download/%2Fetc%2Fpasswd",
    "/download/manifest.json/../../oxigraph/CURRENT",
    "/download/nothing.ttl",
    "/download/militant-kg.nq.gz.gz",
])
def test_paths_outside_the_dumps_are_not_found(client, path):
    r = client.get(path)
    assert r.status_code == 404, path
    assert b"release.json" not in r.data or b"no dump named" in r.data


def test_without_a_release_the_service_says_so(tmp_path):
    client = create_app(store=tmp_path / "empty", base=BASE).test_client()
    r = client.get("/download/", headers={"Accept": "application/json"})
    assert r.status_code == 503
    assert "nothing is published" in json.loads(r.data)["message"]


# -- ranges (RFC 9110, 14): one range, several (multipart/byteranges), none satisfiable -------------
def _get(client, nq, rng: str, **headers: str):
    return client.get(f"/download/{nq['name']}", headers={"Range": rng, "Accept-Encoding": "identity",
                                                          **headers})


def _parts(response) -> list[tuple[str, bytes]]:
    """(Content-Range, bytes) of each part of a multipart/byteranges body."""
    mimetype, _, params = response.headers["Content-Type"].partition(";")
    assert mimetype == "multipart/byteranges"
    boundary = params.strip().removeprefix("boundary=").encode()
    body = response.data
    assert body.endswith(b"\r\n--" + boundary + b"--\r\n")
    out = []
    for chunk in body.split(b"\r\n--" + boundary)[1:-1]:
        head, _, data = chunk.partition(b"\r\n\r\n")
        fields = dict(line.split(": ", 1) for line in head.decode().strip().split("\r\n"))
        assert fields["Content-Type"] == "application/n-quads"
        out.append((fields["Content-Range"], data))
    return out


def test_several_ranges_come_as_multipart_byteranges(client, release, nq):
    data = (release.dumps / nq["name"]).read_bytes()
    size = len(data)
    r = _get(client, nq, "bytes=0-10,20-30")
    assert r.status_code == 206
    assert int(r.headers["Content-Length"]) == len(r.data)
    assert r.headers["ETag"] == f'"{nq["sha256"]}"' and "attachment" in r.headers["Content-Disposition"]
    assert _parts(r) == [(f"bytes 0-10/{size}", data[0:11]), (f"bytes 20-30/{size}", data[20:31])]
    # open-ended and suffix ranges, one running past the end (cut to the file)
    r = _get(client, nq, f"bytes=5-9, {size - 20}-{size + 100}, -3")
    assert r.status_code == 200  # the suffix overlaps the range before it: the whole file
    assert r.data == data
    r = _get(client, nq, f"bytes=5-9, 100-199, {size - 3}-")
    assert [p for _, p in _parts(r)] == [data[5:10], data[100:200], data[-3:]]
    # a HEAD has the same headers and no body
    h = client.head(f"/download/{nq['name']}", headers={"Range": "bytes=0-10,20-30",
                                                         "Accept-Encoding": "identity"})
    assert h.status_code == 206 and h.data == b""
    assert h.headers["Content-Type"].startswith("multipart/byteranges; boundary=")


def test_one_range_is_a_plain_206(client, release, nq):
    data = (release.dumps / nq["name"]).read_bytes()
    r = _get(client, nq, "bytes=-16")
    assert r.status_code == 206 and r.data == data[-16:]
    assert r.headers["Content-Range"] == f"bytes {len(data) - 16}-{len(data) - 1}/{len(data)}"
    # several ranges of which only one is satisfiable: that one, as a plain 206
    r = _get(client, nq, f"bytes=3-7,{len(data) + 10}-{len(data) + 20}")
    assert r.status_code == 206 and r.data == data[3:8]
    assert r.headers["Content-Range"] == f"bytes 3-7/{len(data)}"


@pytest.mark.parametrize("rng", ["bytes={n}-", "bytes={n}-{m}", "bytes={n}-{m},{m}-"])
def test_unsatisfiable_ranges_are_416(client, nq, rng):
    size = nq["bytes"]
    r = _get(client, nq, rng.format(n=size, m=size + 50))
    assert r.status_code == 416
    assert r.headers["Content-Range"] == f"bytes */{size}"


@pytest.mark.parametrize("rng", [
    "bytes=0-10,5-30",  # overlapping
    "bytes=20-30,0-10",  # out of order
    ",".join(f"bytes={i * 10}-{i * 10 + 1}" if i == 0 else f"{i * 10}-{i * 10 + 1}" for i in range(17)),
    "bytes=0-10,x-3",  # not a valid Range header: ignored
    "bytes=0-10,30-20",
    "lines=0-10,20-30",
])
def test_other_multi_ranges_get_the_whole_file(client, release, nq, rng):
    r = _get(client, nq, rng)
    assert r.status_code == 200
    assert r.data == (release.dumps / nq["name"]).read_bytes()


def test_if_range_and_conditionals_with_several_ranges(client, release, nq):
    data = (release.dumps / nq["name"]).read_bytes()
    etag = f'"{nq["sha256"]}"'
    assert _get(client, nq, "bytes=0-1,4-5", **{"If-Range": etag}).status_code == 206
    r = _get(client, nq, "bytes=0-1,4-5", **{"If-Range": '"another-version"'})
    assert r.status_code == 200 and r.data == data
    assert _get(client, nq, "bytes=0-1,4-5", **{"If-None-Match": etag}).status_code == 304
    assert _get(client, nq, "bytes=0-1,4-5", **{"If-Match": '"another-version"'}).status_code == 412
    modified = client.get(f"/download/{nq['name']}").headers["Last-Modified"]
    assert _get(client, nq, "bytes=0-1,4-5", **{"If-Range": modified}).status_code == 206


def test_several_ranges_of_the_gzip_twin(client, release, nq):
    gz = (release.dumps / nq["gzip_name"]).read_bytes()
    r = client.get(f"/download/{nq['name']}", headers={"Range": "bytes=0-1,10-12", "Accept-Encoding": "gzip"})
    assert r.status_code == 206 and r.headers["Content-Encoding"] == "gzip"
    assert [p for _, p in _parts(r)] == [gz[0:2], gz[10:13]]
