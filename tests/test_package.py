"""An ordinary install works: a wheel built from the checkout, installed into a fresh virtual
environment, builds the bundled article, validates and serves it from a folder that is not the
checkout. This is what breaks when a run-time file is read from the source tree instead of
shipping as package data."""

from __future__ import annotations

import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
from pathlib import Path

import pytest

from kg.config import PROJECT_ROOT

pytestmark = pytest.mark.slow


def _run(*args, cwd: Path, timeout: float = 240) -> subprocess.CompletedProcess:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args} failed:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """bin/ of a fresh venv holding the wheel; its dependencies come from this venv's
    site-packages through a .pth line (so the test needs no package index), and that line does
    not run this venv's editable-install hook, so `import kg` can only find the wheel."""
    tmp = tmp_path_factory.mktemp("wheel")
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp / "dist"), str(PROJECT_ROOT), cwd=tmp)
    wheel = next((tmp / "dist").glob("kg-*.whl"))
    venv = tmp / "venv"
    _run(sys.executable, "-m", "venv", str(venv), cwd=tmp)
    py = venv / "bin" / "python"
    site = Path(_run(str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                     cwd=tmp).stdout.strip())
    (site / "_kg_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel), cwd=tmp)
    return venv / "bin"


def test_wheel_imports_kg_from_itself_not_the_checkout(installed, tmp_path):
    where = _run(str(installed / "python"), "-c", "import kg; print(kg.__file__)", cwd=tmp_path).stdout
    assert str(PROJECT_ROOT) not in where and "site-packages" in where


def test_wheel_builds_validates_and_exports_the_bundled_article_from_any_folder(installed, tmp_path):
    store = tmp_path / "store"
    _run(str(installed / "kg"), "build", "--store", str(store), cwd=tmp_path)
    report = _run(str(installed / "kg"), "validate", "--store", str(store), cwd=tmp_path)
    assert "conforms" in (report.stdout + report.stderr).lower()
    out = tmp_path / "kg.nq"
    _run(str(installed / "kg"), "export", "--store", str(store), "--format", "nquads", "-o", str(out),
         cwd=tmp_path)
    assert "schema.org/NewsArticle" in out.read_text()


def test_wheel_serves_pages_templates_and_static_files(installed, tmp_path):
    store = tmp_path / "store"
    _run(str(installed / "kg"), "build", "--store", str(store), cwd=tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([str(installed / "kg"), "serve", "--store", str(store), "--port", str(port)],
                              cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/health", timeout=2)
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode()
                time.sleep(0.1)

        def get(path: str, accept: str = "text/html") -> tuple[int, str]:
            req = urllib.request.Request(base + path, headers={"Accept": accept})
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, r.read().decode()

        assert get("/")[0] == 200
        status, html = get("/ontology")
        assert status == 200 and "<html" in html.lower()
        assert get("/static/kg.css", "text/css")[0] == 200
        assert get("/shapes", "text/turtle")[0] == 200
    finally:
        server.terminate()
        server.wait(10)
