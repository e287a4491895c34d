"""kg build / load / export / query end to end, on real stores in temporary folders."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.config import CORPUS_DIR
from kg.store import StoreDir
from kg.store.embedded import EmbeddedSnapshot

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "kg" / "data" / "corpus"
ARTICLES = ROOT / "tests" / "articles"
COMPETENCY = ROOT / "tests" / "competency"


def kg(*args: str, env: dict | None = None):
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("store")
    r = kg("build", "--store", str(store))
    assert r.exit_code == 0, r.output
    return store


def quads(store: Path) -> int:
    return StoreDir(store).require_current().info()["quads"]


def test_build_publishes_the_bundled_article(built):
    release = StoreDir(built).require_current()
    info = release.info()
    graphs = info["graphs"]
    assert any("/graph/v70n33/" in g for g in graphs)
    assert any(g.endswith("/graph/shared") for g in graphs)
    assert info["quads"] == sum(graphs.values()) > 500


@pytest.mark.parametrize("question", sorted(p.name for p in COMPETENCY.glob("[0-9][0-9]-*.rq")))
def test_competency_questions_on_export(built, tmp_path, question):
    dump = tmp_path / "kg.nq"
    assert kg("export", "--store", str(built), "--format", "nquads", "-o", str(dump)).exit_code == 0
    out = subprocess.run([sys.executable, str(COMPETENCY / "run.py"), str(dump),
                          str(COMPETENCY / question)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 passed, 0 failed" in out.stdout


def test_rebuild_replaces_rather_than_duplicates(built, tmp_path):
    store = tmp_path / "s"
    shutil.copytree(built, store, symlinks=True)
    before = quads(store)
    first = StoreDir(store).require_current().id
    assert kg("build", "--store", str(store)).exit_code == 0
    assert StoreDir(store).require_current().id == first  # unchanged: nothing published
    copy = tmp_path / "again"  # the same article from another file: extracted again
    copy.mkdir()
    for p in CORPUS_DIR.glob("*.txt"):
        shutil.copy(p, copy / p.name)
    assert kg("build", "--store", str(store), str(copy)).exit_code == 0
    assert StoreDir(store).require_current().id != first
    assert quads(store) == before


def test_failed_build_leaves_the_published_graph(built, tmp_path):
    store = tmp_path / "s"
    shutil.copytree(built, store, symlinks=True)
    before = StoreDir(store).require_current().id
    bad = tmp_path / "bad.txt"
    bad.write_text("no masthead here\n")
    r = kg("build", "--store", str(store), str(ARTICLES), str(bad))
    assert r.exit_code == 1
    assert "nothing published" in r.output and "bad.txt" in r.output and "no masthead" in r.output
    assert StoreDir(store).require_current().id == before


def test_keep_going_publishes_the_good_and_lists_the_bad(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    store = tmp_path / "s"
    r = kg("build", "--store", str(store), "--keep-going", str(ARTICLES), str(bad))
    assert r.exit_code == 1
    assert "failed: " in r.output and "bad.txt" in r.output and "binary" in r.output
    graphs = StoreDir(store).require_current().info()["graphs"]
    assert len([g for g in graphs if "/graph/v" in g]) == len(list(ARTICLES.glob("*.txt")))


def test_two_files_of_the_same_article_are_refused(tmp_path):
    src = next(ARTICLES.glob("*.txt"))
    (tmp_path / "a.txt").write_bytes(src.read_bytes())
    (tmp_path / "b.txt").write_bytes(src.read_bytes())
    r = kg("build", "--store", str(tmp_path / "s"), str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert r.exit_code == 1 and "same article as" in r.output


KILLER = """
import os, sys
from kg.iri import Minter
from kg.pipeline import collect, process, to_ntriples
from kg.store import StoreDir
import pyoxigraph as ox
store = StoreDir(sys.argv[1])
with store.publish() as st:
    for path in collect([sys.argv[2]]):
        _, rdf = process(path, Minter.from_config())
        st.load(to_ntriples(rdf.article), ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(rdf.graph)))
    os.kill(os.getpid(), 9)   # killed half-way through a publish
"""


def test_killed_build_leaves_the_published_graph(built, tmp_path):
    store = tmp_path / "s"
    shutil.copytree(built, store, symlinks=True)
    before = StoreDir(store).require_current()
    proc = subprocess.run([sys.executable, "-c", KILLER, str(store), str(ARTICLES)])
    assert proc.returncode == -9
    after = StoreDir(store).require_current()
    assert after.id == before.id
    assert len(list((store / "releases").iterdir())) == 2  # the half-made one is still lying there
    st = EmbeddedSnapshot.open(after)
    assert not any("/graph/v80n12/" in g.value for g in st.named_graphs())
    # the next publish clears it away
    assert kg("build", "--store", str(store)).exit_code == 0
    names = {p.name for p in (store / "releases").iterdir()}
    assert len(names) <= 2 and StoreDir(store).require_current().id in names


def test_load_adds_rdf_files_and_refuses_bad_ones(built, tmp_path):
    store = tmp_path / "s"
    shutil.copytree(built, store, symlinks=True)
    ttl = tmp_path / "extra.ttl"
    ttl.write_text("<http://example.org/a> <http://example.org/p> 'x' .\n")
    before = quads(store)
    r = kg("load", "--store", str(store), str(ttl))
    assert r.exit_code == 0, r.output
    assert quads(store) == before + 1
    bad = tmp_path / "broken.ttl"
    bad.write_text("<http://example.org/a> <http://example.org/p> .\n")
    release = StoreDir(store).require_current().id
    r = kg("load", "--store", str(store), str(ttl), str(bad))
    assert r.exit_code == 1 and "broken.ttl" in r.output
    assert StoreDir(store).require_current().id == release
    odd = tmp_path / "data.xyz"
    odd.write_text("?")
    r = kg("load", "--store", str(store), str(odd))
    assert r.exit_code == 1 and "data.xyz" in r.output


@pytest.mark.parametrize("fmt,engine", [("turtle", ox.RdfFormat.TURTLE), ("trig", ox.RdfFormat.TRIG),
                                        ("nquads", ox.RdfFormat.N_QUADS),
                                        ("ntriples", ox.RdfFormat.N_TRIPLES),
                                        ("jsonld", ox.RdfFormat.JSON_LD)])
def test_export_formats_parse_back(built, tmp_path, fmt, engine):
    out = tmp_path / f"dump.{fmt}"
    assert kg("export", "--store", str(built), "--format", fmt, "-o", str(out)).exit_code == 0
    parsed = list(ox.parse(path=str(out), format=engine))
    store = StoreDir(built).snapshot()
    if fmt in ("trig", "nquads", "jsonld"):
        assert len(parsed) == len(store)
    else:  # the union of all graphs, each triple once
        distinct = next(iter(store.query(
            "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }")))
        assert len(parsed) == len(set(parsed)) == int(distinct["n"].value)


def test_export_unknown_format_is_a_clear_error(built):
    r = kg("export", "--store", str(built), "--format", "docx")
    assert r.exit_code == 1 and "unknown RDF format 'docx'" in r.output


def test_query_formats_and_errors(built, tmp_path):
    q = ("PREFIX schema: <http://schema.org/> SELECT ?h WHERE { ?a a schema:NewsArticle ; "
         "schema:headline ?h }")
    r = kg("query", "--store", str(built), q)
    assert r.exit_code == 0 and "‘We are for whatever" in r.output and "1 row(s)" in r.output
    r = kg("query", "--store", str(built), q, "--format", "json")
    assert json.loads(r.output)["results"]["bindings"][0]["h"]["xml:lang"] == "en"
    (tmp_path / "q.rq").write_text(q)
    r = kg("query", "--store", str(built), "@" + str(tmp_path / "q.rq"), "--format", "csv")
    assert r.output.splitlines()[0] == "h"
    r = kg("query", "--store", str(built), "SELECT ?x WHERE {")
    assert r.exit_code == 1 and r.output.startswith("kg: error:") and "Traceback" not in r.output


def test_nothing_published_yet_is_a_clear_error(tmp_path):
    r = kg("export", "--store", str(tmp_path / "empty"))
    assert r.exit_code == 1 and "nothing is published here yet" in r.output


def test_kg_store_environment_variable(tmp_path):
    env = {**os.environ, "KG_STORE": str(tmp_path / "from-env")}
    proc = subprocess.run([str(Path(sys.executable).parent / "kg"), "build", str(ARTICLES)],
                          env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert StoreDir(tmp_path / "from-env").current() is not None


@pytest.mark.parametrize("command", ["build", "load", "export", "query", "validate", "serve", "link"])
def test_every_command_has_help(command):
    r = kg(command, "--help")
    assert r.exit_code == 0 and "Usage:" in r.output


def test_a_defect_on_one_article_names_the_file(tmp_path, monkeypatch):
    """An unexpected error in an extraction stage fails that file, by name; --keep-going goes on."""
    from kg import article_jobs

    real = article_jobs.annotate

    def fragile(doc, resources=None):
        if "seoul" in doc.path:
            raise RuntimeError("boom")
        return real(doc, resources)

    monkeypatch.setattr(article_jobs, "annotate", fragile)  # in this process: -j 1
    r = kg("build", "--store", str(tmp_path / "s"), "-j", "1", "--keep-going", str(ARTICLES))
    assert r.exit_code == 1
    assert "seoul-rail-strike.txt: internal error while extracting (RuntimeError: boom)" in r.output
    graphs = StoreDir(tmp_path / "s").require_current().info()["graphs"]
    assert len([g for g in graphs if "/graph/v" in g]) == len(list(ARTICLES.glob("*.txt"))) - 1
