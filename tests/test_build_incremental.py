"""Archive builds a person can repeat: an article whose file bytes and kg (code, data, base,
shapes) are unchanged since the last publish keeps its graph and is not extracted again;
files gone from the corpus are listed, and removed only with --prune (kg.article_records)."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest
from build_support import ARTICLES, SMALL
from click.testing import CliRunner

from kg import article_records
from kg.cli import main
from kg.iri import Minter
from kg.pipeline import build
from kg.store import StoreDir


def corpus(folder: Path, names=SMALL) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in names:
        shutil.copy(ARTICLES / n, folder / n)
    return folder


def kg(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.slow
def test_unchanged_articles_are_kept_and_changed_ones_built_again(tmp_path, monkeypatch):
    folder = corpus(tmp_path / "in")
    store = StoreDir(tmp_path / "s")
    first = build([folder], store, Minter.from_config())
    assert not any(a.reused for a in first.articles)
    records = article_records.read(first.release.path)
    assert {Path(p).name for p in records} == set(SMALL)
    rec = records[str((folder / SMALL[0]).resolve())]
    assert rec.graph in first.release.info()["graphs"] and len(rec.sha256) == 64

    # nothing changed: nothing extracted, nothing published
    from kg import article_jobs

    calls: list[str] = []
    real = article_jobs.annotate
    monkeypatch.setattr(article_jobs, "annotate",
                        lambda doc, *rest: (calls.append(doc.path), real(doc, *rest)))
    again = build([folder], store, Minter.from_config())
    assert calls == [] and all(a.reused for a in again.articles) and not again.published
    assert store.current() == first.release

    # one file's bytes change: that file alone is extracted again, the result is what a full
    # build of the same files publishes, byte for byte
    changed = folder / SMALL[1]
    changed.write_text(changed.read_text() + "\n")
    third = build([folder], store, Minter.from_config())
    assert calls == [str(changed)]
    assert [a.reused for a in third.articles] == [True, False, True]
    fresh = StoreDir(tmp_path / "fresh")
    build([folder], fresh, Minter.from_config())
    for name in ("militant-kg.nq", "militant-kg.trig"):
        assert filecmp.cmp(third.release.dumps / name, fresh.require_current().dumps / name,
                           shallow=False)

    # another kg (code or data files: the package digest) builds everything again
    monkeypatch.setattr(article_jobs, "package_digest", lambda: "0" * 64)
    calls.clear()
    fourth = build([folder], store, Minter.from_config())
    assert sorted(calls) == sorted(str(folder / n) for n in SMALL) and fourth.published


def test_the_cli_says_when_nothing_changed(tmp_path):
    folder = corpus(tmp_path / "in", SMALL[:1])
    s = str(tmp_path / "s")
    assert kg("build", "-j", "1", "--store", s, str(folder)).exit_code == 0
    release = StoreDir(s).require_current().id
    r = kg("build", "-j", "1", "--store", s, str(folder))
    assert r.exit_code == 0
    assert f"nothing changed: 1 article(s) unchanged since release {release}" in r.stdout
    assert "(unchanged)" in r.stdout
    r = kg("build", "-j", "1", "--force", "--store", s, str(folder))
    assert r.exit_code == 0 and "1 built, 0 unchanged" in r.stdout
    assert StoreDir(s).require_current().id != release


@pytest.mark.slow
def test_gone_files_are_listed_and_pruned_only_on_request(tmp_path):
    folder = corpus(tmp_path / "in")
    s = str(tmp_path / "s")
    assert kg("build", "-j", "1", "--store", s, str(folder)).exit_code == 0
    graphs = set(StoreDir(s).require_current().info()["graphs"])
    gone = folder / SMALL[0]
    gone_graph = article_records.read(StoreDir(s).require_current().path)[str(gone.resolve())].graph
    gone.unlink()
    # a renamed file is built again under its new name, and is not "gone"
    (folder / SMALL[1]).rename(folder / "renamed.txt")

    r = kg("build", "-j", "1", "--store", s, str(folder))
    assert r.exit_code == 0, r.output
    assert ("1 published article(s) whose files are gone stay in the graph (kg build --prune "
            f"removes them): {gone.resolve()}") in r.stderr
    assert set(StoreDir(s).require_current().info()["graphs"]) == graphs  # nothing removed

    r = kg("build", "-j", "1", "--prune", "--store", s, str(folder))
    assert r.exit_code == 0, r.output
    assert f"pruned: {gone.resolve()} (its file is gone): <{gone_graph}> removed" in r.stdout
    release = StoreDir(s).require_current()
    assert set(release.info()["graphs"]) == graphs - {gone_graph}
    assert {Path(p).name for p in article_records.read(release.path)} == {"renamed.txt", SMALL[2]}
    r = kg("build", "-j", "1", "--prune", "--store", s, str(folder))
    assert "nothing changed" in r.stdout and "pruned" not in r.output


@pytest.mark.parametrize("option", [[], ["--keep-going"]])
def test_a_failing_file_keeps_nothing_it_did_not_build(tmp_path, option):
    folder = corpus(tmp_path / "in", SMALL[:1])
    s = str(tmp_path / "s")
    assert kg("build", "-j", "1", "--store", s, str(folder)).exit_code == 0
    (folder / "zz-bad.txt").write_text("no masthead here\n")
    r = kg("build", "-j", "1", "--store", s, *option, str(folder))
    assert r.exit_code == 1 and "zz-bad.txt: " in r.stderr
    assert "nothing changed" in r.stdout if option else "nothing published" in r.stderr


@pytest.mark.slow
def test_a_file_whose_headline_changed_leaves_no_old_article_behind(tmp_path):
    """The headline is in the article key, so a changed headline makes another article IRI and
    graph: the old graph goes with the publish, and the release is what a fresh build of the
    changed file publishes (the old article stayed in the store before, unrecorded)."""
    folder = corpus(tmp_path / "in", SMALL[:2])
    store = StoreDir(tmp_path / "s")
    first = build([folder], store, Minter.from_config())
    page = folder / SMALL[1]
    old = article_records.read(first.release.path)[str(page.resolve())].graph
    page.write_text(page.read_text().replace("Conference builds solidarity",
                                             "Conference in Kelvo builds solidarity", 1))
    second = build([folder], store, Minter.from_config())
    new = article_records.read(second.release.path)[str(page.resolve())].graph
    assert new != old
    graphs = set(second.release.info()["graphs"])
    assert old not in graphs and new in graphs
    fresh = StoreDir(tmp_path / "fresh")
    build([folder], fresh, Minter.from_config())
    assert graphs == set(fresh.require_current().info()["graphs"])
    for name in ("militant-kg.nq", "militant-kg.trig"):
        assert filecmp.cmp(second.release.dumps / name, fresh.require_current().dumps / name,
                           shallow=False)
