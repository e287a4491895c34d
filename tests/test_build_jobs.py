"""`kg build --jobs N`: the per-article work in worker processes publishes what one process
publishes, and reports failures and duplicates by file, in file order (kg.article_jobs,
kg.executors)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.article_jobs import Made, Spill, _as_nquads
from kg.cli import main
from kg.config import CORPUS_DIR, PROJECT_ROOT
from kg.executors import ProcessExecutor
from kg.iri import Minter
from kg.pipeline import BuildError, build
from kg.store import StoreDir

ARTICLES = PROJECT_ROOT / "tests" / "articles"


def quads(store: StoreDir) -> tuple[set[str], int]:
    """The release's data quads without blank nodes, and how many there are in all (the
    dataset description, which states when it was made, left out)."""
    st = store.snapshot()
    data = [q for q in st.quads_for_pattern(None, None, None)
            if not q.graph_name.value.endswith("/graph/void")]
    return {str(q) for q in data if not any(isinstance(t, ox.BlankNode) for t in q)}, len(data)


@pytest.fixture(scope="module")
def sequential(tmp_path_factory) -> StoreDir:
    store = StoreDir(tmp_path_factory.mktemp("one") / "s")
    build([CORPUS_DIR, ARTICLES], store, Minter.from_config())
    return store


def test_two_processes_publish_what_one_publishes(sequential, tmp_path):
    store = StoreDir(tmp_path / "s")
    result = build([CORPUS_DIR, ARTICLES], store, Minter.from_config(),
                   executor=ProcessExecutor(2))
    assert [Path(a.path).name for a in result.articles] == sorted(
        p.name for p in [*CORPUS_DIR.glob("*.txt"), *ARTICLES.glob("*.txt")])
    data = {k: v for k, v in store.require_current().info().items() if k in ("graphs", "quads")}
    assert data == {k: v for k, v in sequential.require_current().info().items()
                    if k in ("graphs", "quads")}
    assert quads(store) == quads(sequential)
    for a in result.articles:  # the summary counts what was published
        assert data["graphs"][a.graph] == a.triples


def test_workers_report_failures_and_duplicates_by_file(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(ARTICLES, folder)
    (folder / "a-bad.txt").write_text("no masthead here\n")
    first = sorted(ARTICLES.glob("*.txt"))[0]
    (folder / "zz-copy.txt").write_bytes(first.read_bytes())
    store = StoreDir(tmp_path / "s")
    with pytest.raises(BuildError) as info:
        build([folder], store, Minter.from_config(), executor=ProcessExecutor(2))
    message = str(info.value)
    assert "a-bad.txt: " in message and "no masthead" in message
    assert f"zz-copy.txt: same article as {folder / first.name}" in message
    assert store.current() is None
    result = build([folder], store, Minter.from_config(), executor=ProcessExecutor(2),
                   keep_going=True)
    assert [Path(f.path).name for f in result.failures] == ["a-bad.txt", "zz-copy.txt"]
    assert len(result.articles) == len(list(ARTICLES.glob("*.txt")))


def test_the_cli_takes_a_number_of_jobs(tmp_path):
    r = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "s"), "-j", "2", str(ARTICLES)])
    assert r.exit_code == 0, r.output
    assert r.output.count(" triples in <") == len(list(ARTICLES.glob("*.txt")))
    r = CliRunner().invoke(main, ["build", "--store", str(tmp_path / "s"), "-j", "0", str(ARTICLES)])
    assert r.exit_code == 2 and "--jobs" in r.output


def test_spilled_ntriples_become_quads_of_their_graph():
    nt = (b'<http://e.org/s> <http://e.org/p> "a .\\n b" .\n'
          b'<http://e.org/s> <http://e.org/p> <http://e.org/o> .\n\n'
          b'_:b1 <http://e.org/p> "x"@en .\n')
    g = ox.NamedNode("http://e.org/g")
    parsed = list(ox.parse(_as_nquads(nt, g), ox.RdfFormat.N_QUADS))
    assert [q.graph_name for q in parsed] == [g] * 3
    assert [str(q.triple) for q in parsed[:2]] == [
        str(q.triple) for q in list(ox.parse(nt, ox.RdfFormat.N_TRIPLES))[:2]]
    assert isinstance(parsed[2].subject, ox.BlankNode) and parsed[2].object == ox.Literal("x", language="en")


def test_loading_a_spill_replaces_graphs_and_reports_new_shared_nodes():
    store = ox.Store()
    g, shared = ox.NamedNode("http://e.org/g"), ox.NamedNode("http://e.org/shared")
    old = ox.Quad(ox.NamedNode("http://e.org/old"), ox.NamedNode("http://e.org/p"), ox.Literal("1"), g)
    kept = ox.Quad(ox.NamedNode("http://e.org/x"), ox.NamedNode("http://e.org/name"),
                   ox.Literal("X"), shared)
    store.extend([old, kept])
    touched: set = set()
    with Spill() as spill:
        spill.add(Made("a.txt", graph="http://e.org/g",
                       article_nt=b"<http://e.org/new> <http://e.org/p> \"2\" .\n",
                       shared_nt=b'<http://e.org/x> <http://e.org/name> "X" .\n'
                                 b"<http://e.org/y> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
                                 b" <http://e.org/C> .\n"
                                 b"<http://e.org/y> <http://e.org/knows> <http://e.org/x> .\n"), shared)
        spill.load_into(store, touched)
    assert old not in store and len(list(store.quads_for_pattern(None, None, None, g))) == 1
    assert len(list(store.quads_for_pattern(None, None, None, shared))) == 3
    # x's name was there already; y is new, and so is its link to x; the class C is not a node
    assert touched == {ox.NamedNode("http://e.org/y"), ox.NamedNode("http://e.org/x")}


def test_a_spill_loaded_in_small_blocks_keeps_every_quad(monkeypatch):
    """Bulk loads go in blocks cut at line ends; a line longer than a block waits for the next."""
    from kg import article_jobs

    monkeypatch.setattr(article_jobs, "_BULK_BYTES", 100)
    long = "x" * 250
    nt = "".join(f'<http://e.org/s{i}> <http://e.org/p> "{long if i % 7 == 0 else i}" .\n'
                 for i in range(60)).encode()
    store = ox.Store()
    with Spill() as spill:
        spill.add(Made("a.txt", graph="http://e.org/g", article_nt=nt), ox.NamedNode("http://e.org/sh"))
        spill.load_into(store, None)
    g = ox.NamedNode("http://e.org/g")
    assert {str(q.triple) for q in store.quads_for_pattern(None, None, None, g)} == {
        str(q.triple) for q in ox.parse(nt, ox.RdfFormat.N_TRIPLES)}


def test_a_worker_with_another_package_is_refused_by_name():
    from kg.article_jobs import ArticleJob, StaleWorker
    from kg.fingerprint import package_digest

    job = ArticleJob(Minter.from_config(), digest="0" * 64)
    with pytest.raises(StaleWorker, match=r"has another kg than the build: package digest "
                                          + package_digest()[:12]):
        job.setup()
    assert callable(ArticleJob(Minter.from_config()).setup())
