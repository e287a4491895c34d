"""`kg build --cluster URL`: the per-article work on a Dask cluster (a real
distributed.LocalCluster with two worker processes) publishes byte for byte what a local build
publishes, survives a worker killed mid-build, reports a bad article by name, and refuses a
worker whose installed kg differs from the build's (kg.executors.dask)."""

from __future__ import annotations

import filecmp
import logging
import os
import shutil
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

from kg.cli import main
from kg.config import PROJECT_ROOT
from kg.executors.dask import ClusterError, DaskExecutor
from kg.iri import Minter
from kg.pipeline import BuildError, build
from kg.progress import Silent
from kg.store import StoreDir

pytestmark = [pytest.mark.slow, pytest.mark.timed]
ARTICLES = PROJECT_ROOT / "tests" / "articles"
DUMPS = ("militant-kg.nq", "militant-kg.trig", "militant-kg-union.nt", "militant-kg-union.ttl",
         "militant-kg.jsonld")


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as c:
        yield c


@pytest.fixture(scope="module")
def local(tmp_path_factory) -> Path:
    """The dumps of the test articles built in this process."""
    store = StoreDir(tmp_path_factory.mktemp("local") / "s")
    build([ARTICLES], store, Minter.from_config())
    return store.require_current().dumps


def same_dumps(a: Path, b: Path) -> None:
    for name in DUMPS:
        assert filecmp.cmp(a / name, b / name, shallow=False), name
    cmp = filecmp.dircmp(a / "graphs", b / "graphs")
    assert not cmp.left_only and not cmp.right_only and not cmp.diff_files
    for sub in cmp.subdirs.values():
        assert not sub.left_only and not sub.right_only and not sub.diff_files


def test_the_release_built_on_the_cluster_is_the_local_one(cluster, local, tmp_path):
    r = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "s"), "--cluster",
                                  cluster.scheduler_address, str(ARTICLES)])
    assert r.exit_code == 0, r.output
    assert r.output.count(" triples in <") == len(list(ARTICLES.glob("*.txt")))
    same_dumps(local, StoreDir(tmp_path / "s").require_current().dumps)


def test_the_cluster_comes_from_the_setting_and_excludes_jobs(cluster, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CLUSTER", cluster.scheduler_address)
    one = sorted(ARTICLES.glob("*.txt"))[0]
    r = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "s"), str(one)])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "s"), "--cluster",
                                  cluster.scheduler_address, "-j", "2", str(one)])
    assert r.exit_code == 2 and "exclude each other" in r.output


def test_a_worker_killed_mid_build_costs_a_retry_not_the_build(cluster, local, tmp_path):
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        before = client.run(os.getpid)
    killed: list[int] = []

    class KillOneWorker(Silent):
        def article(self, message: str) -> None:
            if not killed:  # after the first article came back, the others are in flight
                pid = next(iter(before.values()))
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

    store = StoreDir(tmp_path / "s")
    with DaskExecutor(cluster.scheduler_address) as ex:
        result = build([ARTICLES], store, Minter.from_config(), executor=ex,
                       progress=KillOneWorker())
    assert killed and len(result.articles) == len(list(ARTICLES.glob("*.txt")))
    same_dumps(local, store.require_current().dumps)
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        client.wait_for_workers(2, timeout=60)  # the nanny restarted the killed worker
        assert killed[0] not in client.run(os.getpid).values()


def test_a_bad_article_is_reported_by_name(cluster, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted(ARTICLES.glob("*.txt"))[:2]:
        shutil.copy(p, folder)
    (folder / "a-bad.txt").write_text("no masthead here\n")
    store = StoreDir(tmp_path / "s")
    r = CliRunner().invoke(main, ["build", "--store", str(store.path), "--cluster",
                                  cluster.scheduler_address, str(folder)])
    assert r.exit_code == 1
    assert f"{folder / 'a-bad.txt'}: " in r.output and "no masthead" in r.output
    assert store.current() is None
    with DaskExecutor(cluster.scheduler_address) as ex:
        result = build([folder], store, Minter.from_config(), executor=ex, keep_going=True)
    assert [Path(f.path).name for f in result.failures] == ["a-bad.txt"]
    assert len(result.articles) == 2


def test_a_stale_worker_is_detected_not_used(cluster, tmp_path, monkeypatch):
    """The build runs a kg whose code or data differ from the workers' (here: its digest)."""
    from kg import article_jobs

    monkeypatch.setattr(article_jobs, "package_digest", lambda: "f" * 64)
    r = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "s"), "--cluster",
                                  cluster.scheduler_address, str(ARTICLES)])
    assert r.exit_code == 1
    assert "has another kg than the build" in r.output and "ffffffffffff" in r.output
    assert StoreDir(tmp_path / "s").current() is None


def test_an_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        DaskExecutor("tcp://127.0.0.1:9", timeout=2)


def test_nothing_is_published_when_the_build_fails_on_the_cluster(cluster, tmp_path):
    (tmp_path / "bad.txt").write_text("nothing here\n")
    with DaskExecutor(cluster.scheduler_address) as ex, pytest.raises(BuildError, match="bad.txt"):
        build([tmp_path / "bad.txt"], StoreDir(tmp_path / "s"), Minter.from_config(), executor=ex)
