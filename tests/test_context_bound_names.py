"""Names bound to their context (issue 10, branch iri1): "the No. 3 mine" of one article is not
another firm's "No. 3 mine" elsewhere. A new name of a shape of kg/data/nlp/scopes.toml gets an
IRI under its owner's (when the text names one beside it) or under its article's
(kg.nlp.entities.scopes, Minter.owned_entity / Minter.local_entity), is typed, labelled and
mentioned as before, passes the shapes, never links to Wikidata, and dereferences.

Every article and sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from nlp_support import article, mention
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.annotations import Entity
from kg.iri import Minter
from kg.namespaces import KG, SCHEMA, WD
from kg.nlp import annotate
from kg.nlp.entities import scopes
from kg.nlp.entities.scopes import bound_shape
from kg.pipeline import build
from kg.rdf import document_to_rdf
from kg.rdf.entities import entity_iri
from kg.store import StoreDir, open_store
from kg.validate import validate

MINTER = Minter.from_config()
NAME_SCOPE = str(KG.nameScope)


def page(number: int, headline: str, *paragraphs: str) -> str:
    """An article file's text in the paper's shape (as nlp_support.article builds it)."""
    parts = ["The Militant (logo)", f"   Vol. 71/No. {number}           February {number}, 2007", "",
             "", headline, "(news article)", "", "BY MARY MARTIN", ""]
    for p in paragraphs:
        parts += [p, ""]
    return "\n".join(parts) + "\n"


UNOWNED = page(5, "Miners rally at coal pit",
               "Miners at the No. 3 mine walked out on Tuesday. Managers say the No. 3 mine "
               "employs 400 workers near Dorrel Creek.")
OWNED = page(6, "Strike spreads to second mine",
             "Pickets stood at Kelvane Mining’s No. 3 mine all week. Workers at the No. 3 mine "
             "say safety is the issue.")
OTHER_OWNER = page(7, "Safety fight at Brantor pit",
                   "Brantor Coal’s No. 3 mine was shut after the roof fall. Brantor Coal blamed the crew.")


def entity(doc, label: str) -> Entity:
    return next(e for e in doc.annotations.entities.values() if e.label == label)


def iri_of(doc, label: str) -> URIRef:
    return entity_iri(MINTER, entity(doc, label), doc.key)


# -- the stage ------------------------------------------------------------------------------


def test_a_numbered_mine_with_no_owner_is_its_articles_one_entity_for_every_mention():
    doc = annotate(article("Miners at the No. 3 mine walked out on Tuesday.",
                           "Managers say the No. 3 mine employs 400 workers near Dorrel Creek."))
    mine = entity(doc, "No. 3 mine")
    assert (mine.kind, mine.bound, mine.owner) == ("place", "numbered site", None)
    assert len([m for m in doc.annotations.mentions if m.entity == mine.key]) == 2
    rdf = document_to_rdf(doc, MINTER)
    iri = MINTER.local_entity(doc.key, "place", "No. 3 mine")
    assert str(iri).startswith(str(MINTER.article(doc.key)) + "/entity/")
    assert {o for _, _, o in rdf.article.triples((None, URIRef(
        "http://www.w3.org/2005/11/its/rdf#taIdentRef"), None)) if o == iri} == {iri}
    # described in the article's graph, scoped to the article; nothing of it in the shared graph
    assert (iri, RDF.type, SCHEMA.Place) in rdf.article
    assert (iri, RDFS.label, Literal("No. 3 mine")) in rdf.article
    assert (iri, KG.nameScope, MINTER.article(doc.key)) in rdf.article
    assert (MINTER.article(doc.key), SCHEMA.mentions, iri) in rdf.article
    assert not list(rdf.shared.triples((iri, None, None)))


def test_an_owners_possessive_qualifies_the_mine_at_every_mention():
    doc = annotate(article("Pickets stood at Kelvane Mining’s No. 3 mine all week.",
                           "Workers at the No. 3 mine say safety is the issue."))
    mine = entity(doc, "No. 3 mine")
    firm = entity(doc, "Kelvane Mining")
    assert (mine.bound, mine.owner) == ("numbered site", firm.key)
    iri = iri_of(doc, "No. 3 mine")
    assert iri == MINTER.owned_entity(firm.key, "place", "No. 3 mine")
    assert str(iri).startswith(str(MINTER.entity("organization", "Kelvane Mining")) + "/place/")
    rdf = document_to_rdf(doc, MINTER)
    assert (iri, KG.nameScope, MINTER.entity("organization", "Kelvane Mining")) in rdf.shared
    assert (iri, RDF.type, SCHEMA.Place) in rdf.shared


def test_a_bare_local_is_qualified_by_the_union_initials_in_brackets_before_it():
    doc = annotate(article("Members of the Tarn Valley Workers Union (TVWU) Local 12 held a rally "
                           "at the gate."))
    local = entity(doc, "Local 12")
    assert local.bound == "numbered union unit"
    assert local.owner == entity(doc, "Tarn Valley Workers Union").key


def test_an_owner_after_of_qualifies_a_bare_local():
    """The mentions set by hand: the name finder reads "Local 31 of the …" as one name, so the
    union after "of" is there only when another step cut the name at "of"."""
    doc = article("Local 31 of the Orrin Brewery Workers marched downtown on Friday.")
    local = mention(doc, "Local 31", "Local 31", "organization")
    union = mention(doc, "Orrin Brewery Workers", "Orrin Brewery Workers", "organization")
    for e in doc.annotations.entities.values():
        e.known = False
    scopes.annotate(doc)
    assert doc.annotations.entities[local].owner == union


def test_a_local_with_its_union_in_its_own_name_is_no_bound_name():
    """"Local 31 of the Orrin Brewery Workers" read as one name carries its owner in the name."""
    doc = annotate(article("Local 31 of the Orrin Brewery Workers marched downtown on Friday."))
    assert entity(doc, "Local 31 of the Orrin Brewery Workers").bound is None
    assert bound_shape(Entity("organization/x", "Local 31 of the Orrin Brewery Workers",
                              "organization", known=False)) is None
    assert bound_shape(Entity("organization/x", "Local 31", "organization", known=False)) is not None


def test_its_is_not_resolved_and_two_owners_leave_the_name_to_its_article():
    doc = annotate(article("Dorrel Energy said its No. 4 mine will close.",
                           "At Brantor Coal’s No. 4 mine and at Orrin Fuels’s No. 4 mine, crews struck."))
    mine = entity(doc, "No. 4 mine")
    assert mine.bound == "numbered site" and mine.owner is None


def test_registry_entries_and_other_shapes_are_not_bound():
    assert bound_shape(Entity("place/no-3-mine", "No. 3 mine", "place", known=True)) is None
    assert bound_shape(Entity("organization/no-3-mine", "No. 3 mine", "organization",
                              known=False)) is None  # a kind the shape does not list
    assert bound_shape(Entity("place/dorrel-creek", "Dorrel Creek", "place", known=False)) is None
    assert bound_shape(Entity("place/room-no-3", "No. 3", "place", known=False)) is None


def test_a_bound_entity_is_never_same_as_a_wikidata_item_and_the_shapes_say_so():
    doc = annotate(article("Miners at the No. 3 mine walked out on Tuesday."))
    mine = entity(doc, "No. 3 mine")
    mine.wikidata = "Q12345"
    rdf = document_to_rdf(doc, MINTER)
    both = rdf.article + rdf.shared
    iri = iri_of(doc, "No. 3 mine")
    assert not list(both.triples((iri, OWL.sameAs, None)))
    assert validate(both, label="bound").conforms
    both.add((iri, OWL.sameAs, WD.Q12345))
    report = validate(both, label="bound")
    assert not report.conforms
    assert any("never owl:sameAs" in r.message for r in report.results)


# -- built together, published, dereferenced -------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> StoreDir:
    folder = tmp_path_factory.mktemp("in")
    for name, text in (("one.txt", UNOWNED), ("two.txt", OWNED), ("three.txt", OTHER_OWNER)):
        (folder / name).write_text(text, encoding="utf-8")
    store = StoreDir(tmp_path_factory.mktemp("store"))
    build([folder], store, MINTER)  # validates every article with the shapes before publishing
    return store


def scoped(store: StoreDir) -> dict[str, str]:
    rows = open_store(store.path).snapshot().query(
        f"SELECT ?e ?s WHERE {{ ?e <{NAME_SCOPE}> ?s ; <{RDFS.label}> \"No. 3 mine\" }}",
        use_default_graph_as_union=True)
    return {r["e"].value: r["s"].value for r in rows}


def test_three_articles_with_a_no_3_mine_give_three_entities(built):
    found = scoped(built)
    assert len(found) == 3
    assert found[str(MINTER.owned_entity("organization/kelvane-mining", "place", "No. 3 mine"))] \
        == str(MINTER.entity("organization", "Kelvane Mining"))
    assert found[str(MINTER.owned_entity("organization/brantor-coal", "place", "No. 3 mine"))] \
        == str(MINTER.entity("organization", "Brantor Coal"))
    local = [e for e, s in found.items() if "/article/" in e]
    assert len(local) == 1 and local[0].startswith(found[local[0]] + "/entity/place/")
    assert str(MINTER.entity("place", "No. 3 mine")) not in found


def test_the_same_owner_in_two_articles_is_one_entity(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(OWNED, encoding="utf-8")
    (folder / "b.txt").write_text(page(8, "Kelvane pit reopens",
                                       "Kelvane Mining’s No. 3 mine reopened on Monday. "
                                       "Kelvane Mining hired 40 workers."),
                                  encoding="utf-8")
    store = StoreDir(tmp_path / "store")
    build([folder], store, MINTER)
    found = scoped(store)
    iri = str(MINTER.owned_entity("organization/kelvane-mining", "place", "No. 3 mine"))
    assert list(found) == [iri]
    rows = open_store(store.path).snapshot().query(
        f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{SCHEMA.NewsArticle}> ; "
        f"<{SCHEMA.mentions}> <{iri}> }}",
        use_default_graph_as_union=True)
    assert int(next(iter(rows))["n"].value) == 2


def test_an_article_local_entity_dereferences_to_its_page_and_data(built):
    from kg.web import create_app

    client = create_app(store=built.path).test_client()
    iri = next(e for e in scoped(built) if "/article/" in e)
    path = MINTER.local_path(iri)
    assert path is not None
    redirect = client.get(path, headers={"Accept": "text/html"})
    assert redirect.status_code == 303 and redirect.headers["Location"].endswith("/page" + path)
    page_html = client.get("/page" + path).get_data(as_text=True)
    assert "<h1>No. 3 mine</h1>" in page_html
    assert "only within the article" in page_html and "Miners rally at coal pit" in page_html
    assert "Articles mentioning No. 3 mine" in page_html
    data = client.get(f"/data{path}.nt").get_data(as_text=True)
    assert f"<{iri}> <{NAME_SCOPE}>" in data
    owned = str(MINTER.owned_entity("organization/kelvane-mining", "place", "No. 3 mine"))
    owned_page = client.get("/page" + MINTER.local_path(owned)).get_data(as_text=True)
    assert "only beside its" in owned_page and "Kelvane Mining" in owned_page


def test_a_bound_name_is_not_offered_for_wikidata_linking(built):
    from kg.link.unlinked import unlinked_in_store
    from kg.nlp.entities.registry.registry import Registry

    targets = unlinked_in_store(built.path, MINTER, Registry.load())
    labels = {t.label for t in targets}
    assert "Kelvane Mining" in labels and "No. 3 mine" not in labels


def test_the_stores_union_passes_the_shapes(built):
    g = Graph()
    snap = open_store(built.path).snapshot()
    for q in snap.quads_for_pattern(None, None, None):
        g.parse(data=f"{q.subject} {q.predicate} {q.object} .", format="nt")
    assert validate(g, label="store").conforms


def test_the_vocabulary_doc_explains_the_iri_forms():
    doc = (Path(__file__).parents[1] / "docs" / "vocabulary.md").read_text(encoding="utf-8")
    assert "kg:nameScope" in doc and "entity/<owner kind>/<owner slug>/<kind>/<name slug>" in doc
