"""`kg serve` as a real server: a subprocess under waitress on a free loopback port, spoken to
over HTTP. The 303 dance for each Accept, conditional GETs, HEAD, gzip, path traversal with raw
request paths, the access log, following a new release, and a clean stop on SIGTERM."""

from __future__ import annotations

import gzip
import http.client
import re
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from ld_fixture import BASE, KEY, article_text, publish_fixture
from web_support import SERVE, Server

from kg.iri import Minter
from kg.store.describe import finisher
from kg.store.dumps import read_manifest

pytestmark = pytest.mark.timed  # measures time: runs alone in a parallel run (conftest)

ARTICLE_PATH = "/article/" + KEY


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return publish_fixture(tmp_path_factory.mktemp("store") / "kg")


@pytest.fixture(scope="module")
def server(store, tmp_path_factory):
    log = tmp_path_factory.mktemp("logs") / "access.log"
    srv = Server(store.path, log)
    srv.log = log
    yield srv
    if srv.proc.poll() is None:
        srv.stop()


def raw_get(url: str, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    """A request whose path goes out exactly as written (no client-side normalisation)."""
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.putrequest("GET", path, skip_accept_encoding=True)
    for k, v in (headers or {}).items():
        conn.putheader(k, v)
    conn.endheaders()
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, dict(response.getheaders()), body


@pytest.mark.parametrize("accept, suffix, media_type", [
    ("text/html", "/page" + ARTICLE_PATH, "text/html"),
    ("text/turtle", "/data" + ARTICLE_PATH + ".ttl", "text/turtle"),
    ("application/ld+json", "/data" + ARTICLE_PATH + ".jsonld", "application/ld+json"),
    ("application/n-triples", "/data" + ARTICLE_PATH + ".nt", "application/n-triples"),
    ("application/rdf+xml;q=0.4, text/turtle;q=0.9", "/data" + ARTICLE_PATH + ".ttl", "text/turtle"),
])
def test_303_dance(server, accept, suffix, media_type):
    r = requests.get(server.url + ARTICLE_PATH, headers={"Accept": accept}, allow_redirects=False, timeout=10)
    assert r.status_code == 303
    assert r.headers["Location"] == server.url + suffix
    assert "Accept" in r.headers["Vary"]
    followed = requests.get(server.url + ARTICLE_PATH, headers={"Accept": accept}, timeout=10)
    assert followed.status_code == 200
    assert followed.headers["Content-Type"].split(";")[0] == media_type
    if media_type != "text/html":
        assert Minter(BASE).article(KEY) in followed.text


def test_unknown_and_unacceptable(server):
    assert requests.get(server.url + "/article/none", timeout=10).status_code == 404
    r = requests.get(server.url + ARTICLE_PATH, headers={"Accept": "image/png"}, allow_redirects=False,
                     timeout=10)
    assert r.status_code == 406


def test_conditional_get_and_head(server, store):
    dump = next(f for f in read_manifest(store.require_current().dumps)["files"] if f["format"] == "trig")
    url = f"{server.url}/download/{dump['name']}"
    plain = {"Accept-Encoding": "identity"}
    first = requests.get(url, headers=plain, timeout=10)
    assert first.status_code == 200 and first.headers["ETag"] == f'"{dump["sha256"]}"'
    again = requests.get(url, headers={**plain, "If-None-Match": first.headers["ETag"]}, timeout=10)
    assert again.status_code == 304 and again.content == b""
    since = requests.get(url, headers={**plain, "If-Modified-Since": first.headers["Last-Modified"]},
                         timeout=10)
    assert since.status_code == 304
    head = requests.head(url, headers=plain, timeout=10)
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["Content-Length"]) == dump["bytes"]
    data = requests.get(f"{server.url}/data{ARTICLE_PATH}.ttl", timeout=10)
    again = requests.get(f"{server.url}/data{ARTICLE_PATH}.ttl",
                         headers={"If-None-Match": data.headers["ETag"]}, timeout=10)
    assert again.status_code == 304


def test_gzip_content_encoding(server, store):
    release = store.require_current()
    dump = next(f for f in read_manifest(release.dumps)["files"] if f["format"] == "nquads")
    r = requests.get(f"{server.url}/download/{dump['name']}", headers={"Accept-Encoding": "gzip"},
                     stream=True, timeout=10)
    raw = r.raw.read(decode_content=False)
    assert r.headers["Content-Encoding"] == "gzip"
    assert int(r.headers["Content-Length"]) == len(raw) == dump["gzip_bytes"]
    assert gzip.decompress(raw) == (release.dumps / dump["name"]).read_bytes()
    plain = requests.get(f"{server.url}/download/{dump['name']}", headers={"Accept-Encoding": "identity"},
                         timeout=10)
    assert "Content-Encoding" not in plain.headers
    assert plain.content == (release.dumps / dump["name"]).read_bytes()


@pytest.mark.parametrize("raw_path", [
    "/download/../release.json",
    "/download/%2e%2e/release.json",
    "/download/..%2Frelease.json",
    "/download/graphs/../../release.json",
    "/download/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/download/....//....//release.json",
    "/download//etc/passwd",
])
def test_path_traversal_is_404(server, raw_path):
    status, _, body = raw_get(server.url, raw_path)
    assert status == 404, raw_path
    assert b'"id"' not in body and b"root:" not in body


def test_index_health_and_service_documents(server, store):
    index = requests.get(server.url + "/download/", headers={"Accept": "application/json"}, timeout=10)
    assert index.status_code == 200
    assert {f["name"] for f in index.json()["files"]} == {
        f["name"] for f in read_manifest(store.require_current().dumps)["files"]}
    health = requests.get(server.url + "/health", timeout=10).json()
    assert health["ok"] is True and health["triples"] == store.require_current().info()["triples"]
    void = requests.get(server.url + "/.well-known/void", headers={"Accept": "text/turtle"}, timeout=10)
    assert void.status_code == 200 and "void:Linkset" in void.text
    assert requests.get(server.url + "/ontology", headers={"Accept": "text/turtle"},
                        timeout=10).headers["Content-Type"].startswith("text/turtle")
    assert requests.get(server.url + "/shapes", headers={"Accept": "text/turtle"}, timeout=10).ok
    assert "militant-kg" in requests.get(server.url + "/", timeout=10).text


def test_access_log(server):
    requests.get(server.url + "/health?probe=1", timeout=10)
    deadline = time.monotonic() + 5
    pattern = re.compile(r'^127\.0\.0\.1 - - \[[^\]]+\] "GET /health\?probe=1 HTTP/1\.1" 200 \d+ [\d.]+$',
                         re.M)
    while time.monotonic() < deadline and not pattern.search(server.log.read_text()):
        time.sleep(0.05)
    assert pattern.search(server.log.read_text())


def test_a_new_release_is_served_without_restart(server, store):
    before = requests.get(server.url + "/health", timeout=10).json()["release"]
    with store.publish(finish=finisher(BASE)) as st:
        st.add(ox.Quad(ox.NamedNode(BASE + "entity/thing/new"), ox.NamedNode(BASE + "p"), ox.Literal("x"),
                       ox.NamedNode(BASE + "graph/extra")))
    # Close the writer: pyoxigraph has no close(), and a live writer may still compact files of the
    # release it wrote while a reader opens it (reported to the lead: StoreDir.publish should hand
    # readers a checkpoint nobody writes).
    del st
    response = requests.get(server.url + "/health", timeout=10)
    assert response.status_code == 200, "".join(server.errors)
    after = response.json()
    assert after["release"] != before and after["release"] == store.require_current().id
    r = requests.get(server.url + "/entity/thing/new", headers={"Accept": "text/turtle"}, timeout=10)
    assert r.status_code == 200 and '"x"' in r.text


def test_sigterm_stops_the_server_cleanly(store, tmp_path):
    srv = Server(store.path, tmp_path / "log")
    assert requests.get(srv.url + "/health", timeout=10).ok
    code, err = srv.stop()
    assert code == 0 and "server stopped" in err


def test_sigterm_right_after_the_url_is_a_clean_stop(store, tmp_path):
    """A client may stop the server as soon as it reads the URL (a test fixture, a supervisor): the
    SIGTERM handler is in place before the URL is printed, so that stop is clean too."""
    for _ in range(3):
        srv = Server(store.path, tmp_path / "log")
        code, err = srv.stop()
        assert code == 0 and "server stopped" in err, err


def test_refuses_to_start_without_a_release(tmp_path):
    run = subprocess.run([*SERVE, "--store", str(tmp_path / "empty"), "--port", "0"],
                         capture_output=True, text=True, timeout=30)
    assert run.returncode != 0
    assert "nothing is published" in run.stderr and str(tmp_path / "empty") in run.stderr


def test_refuses_a_bad_base(store):
    run = subprocess.run([*SERVE, "--store", str(store.path), "--port", "0", "--base", "ftp://x/"],
                         capture_output=True, text=True, timeout=30)
    assert run.returncode != 0 and "base IRI must be an http(s) IRI" in run.stderr


# -- a real browser on the pages -------------------------------------------------------------------
@pytest.fixture
def browser(chromium):
    return chromium  # the run's one browser (conftest)


def test_a_browser_follows_iris_footnotes_and_span_fragments(server, browser):
    page = browser.new_page()
    page.goto(server.url + ARTICLE_PATH)  # the browser's own Accept: 303 to the page
    assert page.url == server.url + "/page" + ARTICLE_PATH
    assert "lessons of history" in page.inner_text("h1")
    page.click("a.marker")
    assert page.url.endswith("#note-1")
    assert page.evaluate("document.querySelector(':target').id") == "note-1"
    page.click("#note-1 a.backref")
    assert page.evaluate("document.querySelector(':target').id") == "marker-1"
    t = article_text()
    b, e = t.spans["quote"]
    span = str(Minter(BASE).span(KEY, b, e))
    page.goto(server.url + "/" + span[len(BASE):])  # a span IRI: the fragment survives the 303
    assert page.evaluate("document.querySelector(':target').id") == f"char={b},{e}"
    assert page.evaluate("document.querySelector(':target').className") == "quote"
    page.click("a.mention[title='Vladimir Lenin']")
    page.wait_for_load_state()
    assert page.inner_text("h1") == "Vladimir Lenin"
    assert page.get_attribute(".wikidata a", "href").startswith("http://www.wikidata.org/entity/Q")
    page.close()


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_sigterm_also_stops_the_query_workers(store, tmp_path):
    srv = Server(store.path, tmp_path / "log")
    r = requests.get(srv.url + "/sparql", params={"query": "ASK { ?s ?p ?o }"},
                     headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert r.status_code == 200 and r.json()["boolean"] is True
    workers = _descendants(srv.proc.pid)
    assert workers, "the SPARQL endpoint runs its queries in worker processes"
    code, err = srv.stop()
    assert code == 0, err
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.1)
    assert not [p for p in workers if _alive(p)], "query workers outlived the server"
