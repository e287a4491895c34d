"""The shared graph after `kg build --prune` (kg.shared_gc): what only the pruned articles named
leaves it, what another article still names stays."""

from __future__ import annotations

import shutil

import pyoxigraph as ox
from build_support import ARTICLES, SMALL

from kg.iri import Minter
from kg.pipeline import SHARED_GRAPH, build
from kg.store import StoreDir


def shared_subjects(store: StoreDir, minter: Minter) -> set:
    shared = ox.NamedNode(str(minter.shared_graph(SHARED_GRAPH)))
    return {q.subject for q in store.snapshot().quads_for_pattern(None, None, None, shared)}


def test_what_only_pruned_articles_named_leaves_the_shared_graph(tmp_path):
    minter = Minter.from_config()
    folder = tmp_path / "in"
    folder.mkdir()
    for name in SMALL[:2]:
        shutil.copy(ARTICLES / name, folder / name)
    store = StoreDir(tmp_path / "s")
    build([folder], store, minter)
    both = shared_subjects(store, minter)

    alone = StoreDir(tmp_path / "alone")  # the kept article built on its own
    build([ARTICLES / SMALL[1]], alone, minter)
    kept = shared_subjects(alone, minter)
    only_pruned = both - kept
    assert only_pruned and kept < both  # the two articles name different things, and some alike

    (folder / SMALL[0]).unlink()
    result = build([folder], store, minter, prune=True)
    assert [r.path for r in result.pruned] == [str((folder / SMALL[0]).resolve())]
    # the shared graph describes what a build of the kept article alone describes
    assert shared_subjects(store, minter) == kept
    snapshot = store.snapshot()
    for node in only_pruned:
        assert not list(snapshot.quads_for_pattern(node, None, None)), node
