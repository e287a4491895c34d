"""Faults: `kg serve` and `kg build` killed with SIGKILL, and a disk that fills up during a build.

A build is stopped in each of its phases deterministically: KG_TEST_PAUSE_AT makes it wait at
that phase (kg.faultpoints) and tell us so, and then it is killed. Afterwards the published
release and its dumps must be byte for byte what they were, still served, and the next build
must succeed with no clean-up by hand.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests
from sparql_fixture import wait_for
from web_support import Server

from kg.faultpoints import PHASES
from kg.store import StoreDir

pytestmark = pytest.mark.timed  # measures time: runs alone in a parallel run (conftest)

# A short article: every phase of a build is there, and the tests stay quick.
ARTICLE = Path(__file__).resolve().parent / "articles" / "militant-2008-10-13-v72n39-editorial-bailout.txt"
KG = [sys.executable, "-m", "kg.cli"]
COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"


def kg(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def fingerprint(release_path: Path) -> dict[str, str]:
    """sha256 of every file of a release (database, dumps, release.json)."""
    out = {}
    for path in sorted(release_path.rglob("*")):
        if path.is_file():
            out[str(path.relative_to(release_path))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("faults") / "store"
    r = kg("build", "--store", str(store), "--jobs", "1", str(ARTICLE))
    assert r.returncode == 0, r.stderr
    return store


@pytest.fixture
def store(published, tmp_path) -> Path:
    """A copy of the published store (each test may damage its own)."""
    copy = tmp_path / "store"
    shutil.copytree(published, copy, symlinks=True)
    return copy


def count_quads(store: Path) -> str:
    """The quads in the store's named graphs, as `kg query` reads them from the database."""
    r = kg("query", "--store", str(store), COUNT, "--format", "csv")
    assert r.returncode == 0, r.stderr
    return r.stdout.split()[1]


def complete_releases(store: Path) -> list[str]:
    return sorted(p.name for p in (store / "releases").iterdir() if (p / "release.json").is_file())


def assert_served(store: Path, tmp_path: Path, release: str, dumps: dict[str, str]) -> None:
    """A fresh `kg serve` on the store serves `release` and its dumps as they were."""
    srv = Server(store, tmp_path / "access.log")
    try:
        health = requests.get(srv.url + "/health", timeout=30).json()
        assert release in str(health), health
        manifest = requests.get(srv.url + "/download/?format=json", timeout=30).json()
        whole = next(f for f in manifest["files"] if f["scope"] == "dataset" and f["name"].endswith(".nq"))
        body = requests.get(whole["url"], headers={"Accept-Encoding": "identity"}, timeout=60).content
        assert hashlib.sha256(body).hexdigest() == dumps[f"dumps/{whole['name']}"]
        r = requests.get(srv.url + "/sparql", params={"query": COUNT}, headers={"Accept": "text/csv"},
                         timeout=30)
        assert r.status_code == 200
        assert r.text.split()[1] == count_quads(store)
    finally:
        srv.stop()


def paused_build(store: Path, phase: str, marker: Path, **popen) -> subprocess.Popen:
    """`kg build` of the article that stops at `phase` and says so in `marker`."""
    return subprocess.Popen([*KG, "build", "--store", str(store), "--jobs", "1", "--force", str(ARTICLE)],
                            env={**os.environ, "KG_TEST_PAUSE_AT": phase, "KG_TEST_PAUSE_FILE": str(marker)},
                            **popen)


def test_hook_phases_are_named() -> None:
    assert set(PHASES) == {"extract", "validate", "store", "dumps"}


@pytest.mark.slow
@pytest.mark.parametrize("phase", list(PHASES))
def test_build_killed_in_each_phase(store, tmp_path, phase) -> None:
    before = StoreDir(store).require_current()
    prints = fingerprint(before.path)
    marker = tmp_path / "paused"
    proc = paused_build(store, phase, marker, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), f"the build never reached {phase}: {proc.stderr.read().decode()[-2000:]}"
        pid, reached = marker.read_text().split()
        assert (int(pid), reached) == (proc.pid, phase)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    # The published release is the same, byte for byte, and served.
    after = StoreDir(store).require_current()
    assert after.id == before.id
    assert fingerprint(after.path) == prints
    assert_served(store, tmp_path, before.id, prints)
    # The next build succeeds without any clean-up by hand, and clears what the killed one left.
    r = kg("build", "--store", str(store), "--jobs", "1", "--force", str(ARTICLE))
    assert r.returncode == 0, r.stderr
    newest = StoreDir(store).require_current()
    assert newest.id != before.id
    assert sorted(p.name for p in (store / "releases").iterdir()) == complete_releases(store)
    assert newest.id in complete_releases(store)


def _descendants(pid: int) -> set[int]:
    """Every process below `pid` (its query workers and their fork server)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
def test_server_killed_under_load_restarts_on_the_same_release(store, tmp_path) -> None:
    release = StoreDir(store).require_current()
    prints = fingerprint(release.path)
    srv = Server(store, tmp_path / "access.log")
    answered: list[int] = []
    stop = threading.Event()

    def client(path: str, params: dict) -> None:
        with requests.Session() as s:
            while not stop.is_set():
                try:
                    r = s.get(srv.url + path, params=params, timeout=30)
                    answered.append(r.status_code)
                except requests.RequestException:  # the server died under us, or was slow
                    time.sleep(0.05)
    asks = [("/sparql", {"query": "ASK { ?s ?p ?o }"}),
            ("/sparql", {"query": "SELECT * { ?s ?p ?o } LIMIT 2000"}),
            ("/download/", {"format": "json"}), ("/", {})]
    clients = [threading.Thread(target=client, args=a, daemon=True) for a in asks * 2]
    try:
        for c in clients:
            c.start()
        assert wait_for(lambda: answered.count(200) >= 20 and len(_descendants(srv.proc.pid)) >= 2, 60)
        children = _descendants(srv.proc.pid)
        srv.proc.send_signal(signal.SIGKILL)
        srv.proc.wait(30)
    finally:
        stop.set()
        for c in clients:
            c.join(30)
        srv.stop()
    # Answers, or the documented overload answers (the clients share one address), never 5xx.
    assert answered.count(200) >= 20 and set(answered) <= {200, 429, 503}, sorted(set(answered))
    # Its query workers and their fork server see their parent gone and exit by themselves.
    assert wait_for(lambda: not any(_alive(p) for p in children), 20), "workers outlived the server"
    # Nothing in the store changed; a restart serves the same release.
    assert StoreDir(store).require_current().id == release.id
    assert fingerprint(release.path) == prints
    assert_served(store, tmp_path, release.id, prints)


@pytest.fixture
def small_disk(tmp_path, published):
    """A tmpfs mounted for the test, with room for the published store and a build (mounting
    needs root, as on CI; elsewhere the test is skipped, saying why)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    size = 3 * sum(p.stat().st_size for p in published.rglob("*") if p.is_file()) + (8 << 20)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "kg-test-disk", str(disk)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {r.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(folder: Path) -> Path:
    """Fill the file system of `folder` to the last byte."""
    filler = folder / "filler"
    # unbuffered: a buffered file's close would flush the part the full disk refused, and raise
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * (1 << 16))
        except OSError:
            pass
    return filler


@pytest.mark.slow
def test_full_disk_during_a_build(published, small_disk, tmp_path) -> None:
    store = small_disk / "store"
    shutil.copytree(published, store, symlinks=True)
    before = StoreDir(store).require_current()
    prints = fingerprint(before.path)
    marker = tmp_path / "paused"
    # The build is held while it writes its dumps; the disk fills up; the build goes on.
    proc = paused_build(store, "dumps", marker, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        reached = wait_for(lambda: marker.exists() or proc.poll() is not None, 240) and marker.exists()
        assert reached, f"the build never reached its dumps: {proc.communicate()}"
        filler = fill(small_disk)
        marker.unlink()
        out, err = proc.communicate(timeout=240)
    finally:
        if proc.poll() is None:
            proc.kill()
    # A clear error naming the store, no traceback, nothing published.
    assert proc.returncode == 1, out + err
    # stderr may open with the build's progress lines (one per article when not a terminal)
    assert any(line.startswith("kg: error:") for line in err.splitlines()) and "Traceback" not in err, err
    assert "No space left on device" in err and str(store) in err, err
    assert "nothing was published" in err, err
    assert StoreDir(store).require_current().id == before.id
    assert fingerprint(before.path) == prints
    # The half-written release and the publish's working copy are gone: the space is given back.
    assert complete_releases(store) == sorted(p.name for p in (store / "releases").iterdir())
    assert not (store / "work").exists() or not any((store / "work").iterdir())
    # Room again: the next build succeeds with no clean-up by hand.
    filler.unlink()
    # --force: the article is unchanged, and an unchanged article is not built again
    r = kg("build", "--store", str(store), "--jobs", "1", "--force", str(ARTICLE))
    assert r.returncode == 0, r.stderr
    assert StoreDir(store).require_current().id != before.id


def _damage(store: Path, tmp_path: Path, how: str) -> tuple[Path, str]:
    """A store folder damaged in one way, and the words its error must use."""
    release = StoreDir(store).require_current().path
    if how == "missing":
        return tmp_path / "no-such-store", "no such store folder"
    if how == "foreign":
        folder = tmp_path / "documents"
        folder.mkdir()
        (folder / "notes.txt").write_text("mine\n")
        return folder, "not a kg store folder (it holds notes.txt)"
    if how == "engine-folder":  # --store pointed at a release's database itself
        return release / "oxigraph", "not a kg store folder"
    if how == "release-deleted":
        shutil.rmtree(release)
        return store, "its published release (releases/" + release.name + ") is missing"
    if how == "database-truncated":
        (release / "oxigraph" / "CURRENT").unlink()
        return store, f"release {release.name} cannot be opened"
    raise ValueError(how)


@pytest.mark.parametrize("how", ["missing", "foreign", "engine-folder", "release-deleted",
                                 "database-truncated"])
def test_bad_store_folder_is_a_clear_error(store, tmp_path, how) -> None:
    folder, words = _damage(store, tmp_path, how)
    for command in (["query", "ASK {}"], ["serve", "--port", "0"]):
        r = kg(*command, "--store", str(folder), timeout=60)
        assert r.returncode == 1, (command, r.stdout, r.stderr)
        assert str(folder) in r.stderr and words in r.stderr, (command, r.stderr)
        assert "Traceback" not in r.stderr and "serving" not in r.stderr


def test_a_file_beside_the_releases_is_not_foreign(store) -> None:
    (store / "source.json").write_text("{}")  # as bench scripts leave
    r = kg("query", "--store", str(store), "ASK { ?s ?p ?o }", "--format", "csv")
    assert r.returncode == 0 and "true" in r.stdout, r.stderr


def test_build_refuses_a_foreign_folder(tmp_path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine\n")
    r = kg("build", "--store", str(folder), "--jobs", "1", str(ARTICLE))
    assert r.returncode == 1 and "not a kg store folder" in r.stderr and str(folder) in r.stderr
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
