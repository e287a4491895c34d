"""Pages built together as one archive. One label per entity across articles
(kg.shared_labels): two pages printing one name two ways (with and without its accents, in
capitals and not) give its node one rdfs:label, the same whatever order the pages are built in,
and the other forms as skos:altLabel; the archive publishes instead of being refused by the
shapes. Two pages that give one issue two dates are a real disagreement: the build refuses,
naming both files."""

from __future__ import annotations

import itertools

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib.namespace import RDFS, SKOS

from kg.iri import Minter
from kg.namespaces import SCHEMA
from kg.pipeline import SHARED_GRAPH, BuildError, build
from kg.shared_labels import best, reconcile
from kg.store import StoreDir

PAGE = """The Militant (logo)
   Vol. {vol}/No. {no}           {date}

{headline}

BY ANA DORROW
KELVO, Kansas—The strike at the Dorrow Grain mill went into its third week. “We are not
going back for less,” said {name}, a loader at the mill for eleven years.

Pickets from the bakery next door joined the line on Tuesday. {name} said the owners had
offered nothing new since the first day.
"""


def page(folder, stem, vol, no, date, name, headline="Kelvo mill hands hold out"):
    path = folder / f"militant-{stem}.txt"
    path.write_text(PAGE.format(vol=vol, no=no, date=date, name=name, headline=headline),
                    encoding="utf-8")
    return path


def labels(store: StoreDir, minter: Minter, needle: str) -> dict[str, tuple]:
    shared = ox.NamedNode(str(minter.shared_graph(SHARED_GRAPH)))
    snap = store.snapshot()
    found = {}
    for q in snap.quads_for_pattern(None, ox.NamedNode(str(RDFS.label)), None, shared):
        if needle in q.subject.value:
            def values(pred, node=q.subject):
                return sorted(x.object.value for x in snap.quads_for_pattern(
                    node, ox.NamedNode(str(pred)), None, shared))
            found[q.subject.value] = (values(RDFS.label), values(SCHEMA.name),
                                      values(SKOS.altLabel))
    return found


def test_two_pages_printing_a_name_with_and_without_accents_publish_one_label(tmp_path):
    minter = Minter.from_config()
    accented = page(tmp_path, "2011-03-07-v75n9-kelvo-mill", 75, 9, "March 7, 2011",
                    "Tomás Ibáñez Corvera")
    plain = page(tmp_path, "2011-03-14-v75n10-kelvo-mill-2", 75, 10, "March 14, 2011",
                 "Tomas Ibanez Corvera", "Kelvo mill hands win")
    results = []
    for order in ([accented, plain], [plain, accented]):
        store = StoreDir(tmp_path / f"s{len(results)}")
        build(order, store, minter)
        results.append(labels(store, minter, "person/tomas-ibanez-corvera"))
    # one build of both pages, and two builds in the other order (the second one incremental)
    store = StoreDir(tmp_path / "inc")
    build([plain], store, minter)
    build([plain, accented], store, minter)
    results.append(labels(store, minter, "person/tomas-ibanez-corvera"))
    (node,) = results[0]
    assert results[0][node] == (["Tomás Ibáñez Corvera"], ["Tomás Ibáñez Corvera"],
                                ["Tomas Ibanez Corvera"])
    assert results[1] == results[0] == results[2]


def test_reconcile_keeps_the_best_form_and_demotes_the_others(tmp_path):
    store = StoreDir(tmp_path / "s")
    graph = ox.NamedNode("https://example.org/g")
    node = ox.NamedNode("https://example.org/e/kelvo-union")
    label, name, alt = (ox.NamedNode(str(p)) for p in (RDFS.label, SCHEMA.name, SKOS.altLabel))
    forms = ["KELVO MILL UNION", "Kelvo Mill Union", "kelvo mill union"]
    with store.publish() as w:
        for form in forms:
            w.add(ox.Quad(node, label, ox.Literal(form), graph))
            w.add(ox.Quad(node, name, ox.Literal(form), graph))
        w.add(ox.Quad(node, alt, ox.Literal("Kelvo Mill Union"), graph))  # another page's alias
        changed = reconcile(w, graph, [node])
        assert changed == {node: ox.Literal("Kelvo Mill Union")}
        def values(pred):
            return sorted(q.object.value for q in w.quads_for_pattern(node, pred, None, graph))
        assert values(label) == values(name) == ["Kelvo Mill Union"]
        assert values(alt) == ["KELVO MILL UNION", "kelvo mill union"]
        assert reconcile(w, graph, [node]) == {}  # one label: nothing to do


def test_the_preferred_form():
    assert best(map(ox.Literal, ["Gdansk", "Gdańsk"])).value == "Gdańsk"
    assert best(map(ox.Literal, ["KELVO", "Kelvo"])).value == "Kelvo"
    assert best(map(ox.Literal, ["teachers", "Teachers"])).value == "Teachers"


@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=5, unique=True))
def test_the_label_does_not_depend_on_the_order_forms_arrive_in(forms):
    chosen = {best(map(ox.Literal, p)).value for p in itertools.permutations(forms)}
    assert len(chosen) == 1


def test_two_pages_giving_one_issue_two_dates_are_refused_by_name(tmp_path):
    minter = Minter.from_config()
    first = page(tmp_path, "2011-03-07-v75n9-kelvo-mill", 75, 9, "March 7, 2011", "Ana Pell")
    second = page(tmp_path, "2011-03-14-v75n9-kelvo-mill-2", 75, 9, "March 14, 2011", "Ana Pell",
                  "Kelvo mill hands win")
    store = StoreDir(tmp_path / "s")
    with pytest.raises(BuildError) as e:
        build([first, second], store, minter, keep_going=True)
    line = next(x for x in str(e.value).splitlines() if "the-militant/v75/n9>" in x)
    assert "datePublished" in line and first.name in line and second.name in line
    assert store.current() is None  # nothing published


def test_a_publish_reads_the_new_shared_quads_once(tmp_path, monkeypatch):
    """The nodes to relabel and the nodes to check (kg.shared_check) come from one parse."""
    from kg.article_jobs import Spill

    reads: list[int] = []
    real = Spill.shared_quads
    monkeypatch.setattr(Spill, "shared_quads", lambda self: (reads.append(1), real(self))[1])
    minter = Minter.from_config()
    accented = page(tmp_path, "2011-03-07-v75n9-kelvo-mill", 75, 9, "March 7, 2011",
                    "Tomás Ibáñez Corvera")
    plain = page(tmp_path, "2011-03-14-v75n10-kelvo-mill-2", 75, 10, "March 14, 2011",
                 "Tomas Ibanez Corvera", "Kelvo mill hands win")
    store = StoreDir(tmp_path / "s")
    build([plain], store, minter)
    second = build([plain, accented], store, minter)  # checked around what it adds
    assert second.shared_check.mode != "whole" and reads == [1, 1]
    (node,) = labels(store, minter, "person/tomas-ibanez-corvera")
    assert labels(store, minter, "person/tomas-ibanez-corvera")[node][0] == ["Tomás Ibáñez Corvera"]
