"""Browse (volume → issue → article, names by type), the co-mention graph and the timeline, as
HTML from the Flask app over a published release (the browser checks are in test_browser_find)."""

from __future__ import annotations

import json
import re

import pytest
from ld_fixture import BASE, KEY, article_graphs, load_graph, publish_fixture
from rdflib import Literal

from kg.iri import Minter
from kg.namespaces import KG, NIF, PROV, RDF, RDFS, SCHEMA, WDT, XSD
from kg.store import StoreDir
from kg.store.describe import finisher
from kg.web import create_app

HTML = {"Accept": "text/html"}
MINTER = Minter(BASE)
ISSUE = "/page/periodical/the-militant/v1/n2"


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    store = publish_fixture(tmp_path_factory.mktemp("browse") / "kg")
    return create_app(store=store.path, base=BASE).test_client()


def test_an_archive_without_volumes_says_so(client):
    page = client.get("/browse", headers=HTML).get_data(as_text=True)
    assert "No volume is in this release." in page


def test_the_issue_page_lists_its_articles_with_authors(client):
    resp = client.get(ISSUE, headers=HTML)
    assert resp.status_code == 200
    page = resp.get_data(as_text=True)
    row = re.search(r"<tbody>(.*?)</tbody>", page, re.S).group(1)
    assert f'href="/article/{KEY}"' in row and "Workers rally for the lessons of history" in row
    assert "Jane Roe" in row
    assert "Articles in this issue (1)" in text_of(page)


def test_names_by_type_are_sorted_and_paginated(client):
    page = text_of(client.get("/entities?type=Person&sort=label", headers=HTML).get_data(as_text=True))
    assert page.index("Jane Roe") < page.index("Vladimir Lenin")
    by_mentions = text_of(client.get("/entities?sort=mentions", headers=HTML).get_data(as_text=True))
    assert by_mentions.index("Vladimir Lenin Person 2 1") < by_mentions.index("Hezbollah Organization 1 1")
    assert "Organization 1" in by_mentions and "Person 2" in by_mentions
    assert client.get("/entities?page=2", headers=HTML).status_code == 200
    for bad, message in (("/entities?page=0", "page must be between 1 and"),
                         ("/entities?page=99999999999999999999", "page must be between 1 and"),
                         ("/entities?sort=size", "sort must be"),
                         ("/entities?type=Nope", "type must be one of"),
                         ("/entities?page=x", "whole number")):
        resp = client.get(bad, headers={"Accept": "application/json"})
        assert resp.status_code == 400 and message in resp.get_json()["message"], bad


def test_the_entity_page_paginates_its_articles(client):
    first = client.get("/page/entity/person/vladimir-lenin", headers=HTML).get_data(as_text=True)
    assert "Workers rally" in first and 'rel="next"' not in first
    second = client.get("/page/entity/person/vladimir-lenin?page=2", headers=HTML).get_data(as_text=True)
    assert "No more articles" in second and 'rel="prev"' in second


def test_the_co_mention_graph_and_its_table_hold_the_same_names(client):
    page = client.get("/page/entity/person/vladimir-lenin", headers=HTML).get_data(as_text=True)
    data = json.loads(re.search(r'<script type="application/json" id="comention-data">(.*?)</script>',
                                page, re.S).group(1))
    assert [n["label"] for n in data["nodes"]] == ["Vladimir Lenin", "Hezbollah"]
    assert data["nodes"][0]["focus"] and data["nodes"][0]["mentions"] == 2
    assert data["edges"] == [{"source": str(MINTER.person("Vladimir Lenin")),
                              "target": str(MINTER.entity("organization", "Hezbollah")), "weight": 1}]
    rows = re.findall(r'<tr><th scope="row"><a href="([^"]+)">([^<]+)</a>', page)
    assert [label for _, label in rows] == ["Vladimir Lenin", "Hezbollah"]
    assert "vendor/cytoscape/cytoscape.min.js" in page and 'role="img"' in page
    article = client.get(f"/page/article/{KEY}", headers=HTML).get_data(as_text=True)
    assert "Named with in this article" in text_of(article)


@pytest.fixture(scope="module")
def enriched(tmp_path_factory):
    """The fixture article with its issue in a volume, and a dated fact read from a sentence and
    from footnote 1."""
    article, shared, t = article_graphs(MINTER)
    issue, volume = MINTER.issue("The Militant", 1, 2), MINTER.volume("The Militant", 1)
    periodical = MINTER.periodical("The Militant")
    for triple in ((issue, SCHEMA.isPartOf, volume), (issue, SCHEMA.issueNumber, Literal(2)),
                   (volume, RDF.type, SCHEMA.PublicationVolume), (volume, SCHEMA.volumeNumber, Literal(1)),
                   (volume, RDFS.label, Literal("The Militant, vol. 1")),
                   (volume, SCHEMA.isPartOf, periodical), (periodical, RDF.type, SCHEMA.Periodical),
                   (periodical, RDFS.label, Literal("The Militant"))):
        shared.add(triple)
    fact, lenin = MINTER.part(KEY, "fact", "born-1870"), MINTER.person("Vladimir Lenin")
    b, e = t.spans["p1"]
    sentence = MINTER.span(KEY, b, e)
    for triple in ((sentence, RDF.type, NIF.Sentence), (fact, RDF.type, KG.DatedStatement),
                   (fact, RDF.subject, lenin), (fact, RDF.predicate, WDT.P569),
                   (fact, RDF.object, Literal("1870", datatype=XSD.gYear)),
                   (fact, PROV.wasDerivedFrom, sentence),
                   (fact, PROV.wasDerivedFrom, MINTER.part(KEY, "note", 1)),
                   (fact, SCHEMA.appearance, MINTER.article(KEY)),
                   (fact, RDFS.label, Literal("Lenin: date of birth 1870", lang="en"))):
        article.add(triple)
    store = StoreDir(tmp_path_factory.mktemp("enriched") / "kg")
    with store.publish(finish=finisher(BASE)) as st:
        load_graph(st, article, str(MINTER.graph(KEY)))
        load_graph(st, shared, str(MINTER.shared_graph("shared")))
    return create_app(store=store.path, base=BASE).test_client(), (b, e)


def test_the_archive_lists_volumes_and_a_volume_its_issues(enriched):
    client, _ = enriched
    archive = text_of(client.get("/browse", headers=HTML).get_data(as_text=True))
    assert "The Militant The Militant, vol. 1 1 2006-01-09 2006-01-09" in archive
    volume = client.get("/page/periodical/the-militant/v1", headers=HTML).get_data(as_text=True)
    assert f'href="{ISSUE[len("/page"):]}"' in volume and "Issues in this volume (1)" in text_of(volume)


def test_the_timeline_links_each_fact_to_its_sentence_and_footnote(enriched):
    client, (b, e) = enriched
    for path in ("/page/entity/person/vladimir-lenin", f"/page/article/{KEY}"):
        page = client.get(path, headers=HTML).get_data(as_text=True)
        item = re.search(r'<ol class="timeline" id="timeline">(.*?)</ol>', page, re.S).group(1)
        assert '<time datetime="1870">1870</time>' in item and "Lenin: date of birth 1870" in item
        assert f'href="/page/article/{KEY}?mark={b},{e}#char={b},{e}"' in item
        assert f'href="/page/article/{KEY}#note-1">note 1</a>' in item
