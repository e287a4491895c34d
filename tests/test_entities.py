"""Entities and mentions on the bundled article (issue 4 §4), on the other test articles, and
in the published graph: SHACL, competency questions 04 and 06 on an export of a build."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS, XSD

from kg.config import CORPUS_DIR
from kg.formats import rdf_format
from kg.iri import Minter
from kg.model import Document
from kg.namespaces import ITSRDF, NIF, SCHEMA, WD
from kg.nlp import stages
from kg.nlp.entities.mentions import annotate, main_subjects
from kg.nlp.entities.registry.registry import normalise
from kg.nlp.entities.spans.textspan import regions
from kg.rdf import document_to_rdf
from kg.reader import read_article
from kg.resources import Resources
from kg.store.releases import StoreDir

HERE = Path(__file__).parent
BUNDLED = CORPUS_DIR / "militant-2006-09-04-v70n33-barnes-letter.txt"
ARTICLES = HERE / "articles"


@pytest.fixture(scope="module")
def doc(registry) -> Document:
    return stages.annotate(read_article(BUNDLED), Resources(registry=registry),
                           only=("sentences", "entities", "subjects"))


def at(doc: Document, surface: str, nth: int = 0) -> tuple[str, str]:
    """(anchor text, entity key) of the mention starting at the nth occurrence of surface."""
    starts = [m.start() for m in re.finditer(re.escape(surface), doc.text)]
    begin = starts[nth]
    found = [m for m in doc.annotations.mentions if m.span.begin == begin]
    assert found, f"no mention at {surface!r} #{nth}"
    m = max(found, key=lambda m: len(m.span))
    return m.span.of(doc.text), m.entity


def keys_of(doc: Document, anchor: str) -> set[str]:
    return {m.entity for m in doc.annotations.mentions if m.span.of(doc.text) == anchor}


# Entities of kg/data/seed-entities.tsv that the bundled article names (by name, short form,
# acronym, description or metonymy), with how often.
NAMED = {
    "person/jack-barnes": 4, "person/mamud-shirvani": 9, "person/steve-clark": 1,
    "person/hassan-nasrallah": 1, "person/vladimir-lenin": 3, "person/leon-trotsky": 5,
    "person/ruhollah-khomeini": 2, "person/george-w-bush": 3, "person/ehud-olmert": 3,
    "person/amir-peretz": 2, "person/benjamin-netanyahu": 2, "person/ariel-sharon": 1,
    "person/golda-meir": 2, "person/moshe-dayan": 2, "person/chiang-kai-shek": 2,
    "person/haile-selassie": 3, "person/richard-herrnstein": 1, "person/charles-murray": 1,
    "organization/socialist-workers-party": 6, "organization/hezbollah": 13,
    "organization/israel-defense-forces": 7, "organization/kadima": 4,
    "organization/israeli-labor-party": 3, "organization/likud": 2, "organization/hamas": 1,
    "organization/fatah": 2, "organization/palestine-liberation-organization": 4,
    "organization/kuomintang": 4, "organization/national-liberation-front-algeria": 3,
    "organization/sandinista-national-liberation-front": 3, "organization/new-jewel-movement": 2,
    "organization/african-national-congress": 3, "organization/26th-of-july-movement": 2,
    "organization/national-liberation-front-of-south-vietnam": 2,
    "organization/communist-international": 1, "organization/pathfinder-press": 1,
    "periodical/the-militant": 1, "periodical/new-international": 3,
    "organization/young-socialists": 1, "organization/baath-party": 1, "organization/haganah": 1,
    "periodical/wall-street-journal": 1, "organization/united-nations": 1,
    "country/lebanon": 18, "country/israel": 36, "place/gaza-strip": 5, "place/west-bank": 4,
    "country/iran": 19, "country/iraq": 7, "country/egypt": 5, "country/syria": 4,
    "country/saudi-arabia": 1, "country/jordan": 2, "place/palestine": 4, "country/cuba": 2,
    "country/vietnam": 2, "country/algeria": 3, "country/nicaragua": 3, "country/grenada": 3,
    "country/south-africa": 2, "country/ethiopia": 2, "country/china": 2, "country/japan": 1,
    "country/italy": 1, "country/united-states": 21, "country/united-kingdom": 2,
    "country/canada": 1, "country/australia": 1, "country/germany": 1, "country/france": 1,
    "city/washington-dc": 8, "city/new-york-city": 5, "city/san-francisco": 1,
    "city/los-angeles": 2, "city/seattle": 1, "city/chicago": 1, "city/saint-paul": 1,
    "place/twin-cities": 2, "city/atlanta": 1, "city/tehran": 4, "city/beirut": 1,
    "place/east-jerusalem": 2, "place/sinai-peninsula": 2, "place/golan-heights": 1,
    "place/suez-canal": 1, "place/jordan-river": 1, "place/mediterranean-sea": 1,
    "place/sabra-and-shatila": 1, "country/cambodia": 1, "place/middle-east": 3,
    "event/1948-arab-israeli-war": 2, "event/suez-crisis": 1, "event/six-day-war": 3,
    "event/yom-kippur-war": 4, "event/1982-lebanon-war": 2, "event/2006-lebanon-war": 5,
    "event/iran-iraq-war": 3, "event/iranian-revolution": 2, "event/sabra-and-shatila-massacre": 1,
    "event/second-congress-of-the-communist-international": 2, "event/chinese-civil-war": 1,
    "event/ethiopian-revolution": 1, "book/the-bell-curve": 1,
}


def test_every_named_seed_entity_is_found_with_every_mention(doc):
    counts = Counter(m.entity for m in doc.annotations.mentions)
    wrong = {k: (counts.get(k, 0), n) for k, n in NAMED.items() if counts.get(k, 0) != n}
    assert not wrong, f"(found, expected) mentions: {wrong}"


def test_linked_entities_carry_the_seed_ids(doc, registry):
    ents = doc.annotations.entities
    assert ents["person/vladimir-lenin"].wikidata == "Q1394"
    assert ents["country/israel"].wikidata == "Q801"
    assert ents["event/2006-lebanon-war"].wikidata == "Q49104"
    assert ents["person/jack-barnes"].wikidata is None  # unknown in the seed: no link
    linked = {e.wikidata for e in ents.values() if e.wikidata}
    assert len(linked) == sum(1 for e in ents.values() if e.wikidata)  # one entity per item


# How a mention may legitimately differ from its entity's names: descriptions of events and
# capitals standing for their states. Every other linked mention must be one of the entity's
# registry names; anything else would be a wrong link.
NOT_A_NAME = {
    ("Tel Aviv", "Q801"), ("Washington", "Q30"), ("Baghdad", "Q796"), ("Tokyo", "Q17"),
    ("Rome", "Q38"), ("London", "Q145"), ("Paris", "Q142"),
    ("war on Lebanon", "Q49104"), ("war in Lebanon", "Q49104"), ("Lebanon conflict", "Q49104"),
    ("1948", "Q49092"), ("1948 war", "Q49092"), ("1956", "Q49101"), ("1967", "Q49077"),
    ("1967 war", "Q49077"), ("1973", "Q49100"), ("1973 war", "Q49100"), ("1982", "Q49103"),
    ("1982 war in Lebanon", "Q49103"), ("revolution in Iran", "Q126065"),
    ("1979 revolution", "Q126065"), ("1946-49 civil war", "Q179975"),
    ("massacre of Palestinians at the Sabra and Shatila refugee camps", "Q208199"),
}


def test_no_mention_is_linked_to_a_wrong_item(doc, registry):
    for m in doc.annotations.mentions:
        e = doc.annotations.entities[m.entity]
        if not e.wikidata:
            continue
        anchor = re.sub(r"\s+", " ", m.span.of(doc.text).replace("[", "").replace("]", ""))
        names = {normalise(a.text) for a in registry.get(e.key).forms()}
        assert normalise(anchor) in names or (anchor, e.wikidata) in NOT_A_NAME, (anchor, e.key)


def test_surface_variants(doc):
    assert at(doc, "Kuomintang2") == ("Kuomintang", "organization/kuomintang")  # marker outside
    assert at(doc, "19821") == ("1982", "event/1982-lebanon-war")
    assert at(doc, "Haile Selassie3") == ("Haile Selassie", "person/haile-selassie")
    assert at(doc, "Steve [Clark]") == ("Steve [Clark]", "person/steve-clark")
    assert at(doc, "Lenin’s") == ("Lenin", "person/vladimir-lenin")
    assert at(doc, "Tel Aviv's") == ("Tel Aviv", "country/israel")  # ASCII apostrophe
    assert at(doc, "JACK BARNES") == ("JACK BARNES", "person/jack-barnes")  # the byline
    assert at(doc, "Shirvani on his") == ("Shirvani", "person/mamud-shirvani")  # short form
    assert keys_of(doc, "Shirvani") == {"person/mamud-shirvani"}
    assert at(doc, "Selassie’s") == ("Selassie", "person/haile-selassie")  # short form
    assert at(doc, "Chiang-led") == ("Chiang", "person/chiang-kai-shek")
    assert keys_of(doc, "IDF") == {"organization/israel-defense-forces"}
    assert keys_of(doc, "FLN") == {"organization/national-liberation-front-algeria"}
    assert keys_of(doc, "PLO") == {"organization/palestine-liberation-organization"}
    assert at(doc, "Nasrallah is its") == ("Nasrallah", "person/hassan-nasrallah")  # after a title


def test_a_name_taken_by_other_goons_is_not_linked(doc):
    # the Iranian goon squads of 1979 that "took the name “Hezbollah”" are not the Lebanese party
    for surface in ("took the name “Hezbollah”", "calling themselves Hezbollah"):
        b = doc.text.index(surface) + surface.index("Hezbollah")
        assert not any(m.span.begin <= b < m.span.end for m in doc.annotations.mentions), surface
    assert keys_of(doc, "Hezbollah") == {"organization/hezbollah"}  # the party itself, elsewhere


def test_metonymy_in_the_article(doc):
    assert keys_of(doc, "Tel Aviv") == {"country/israel"}
    assert at(doc, "Washington to oppose") == ("Washington", "city/washington-dc")  # a march in it
    assert at(doc, "Washington and other imperialist") == ("Washington", "country/united-states")
    assert at(doc, "Baghdad’s invading") == ("Baghdad", "country/iraq")
    assert at(doc, "Tokyo’s defeat") == ("Tokyo", "country/japan")
    assert at(doc, "Tehran in the summer of 1979") == ("Tehran", "city/tehran")
    assert at(doc, "London, Paris") == ("London", "country/united-kingdom")
    assert at(doc, "London-based") == ("London", "city/london")


def test_mentions_are_exact_sorted_and_only_in_readable_text(doc):
    regs = regions(doc)
    spans = [m.span for m in doc.annotations.mentions]
    assert spans == sorted(spans, key=lambda s: (s.begin, s.end))
    markers = [mk.span for mk in doc.markers]
    for s in spans:
        assert any(r.begin <= s.begin and s.end <= r.end for r in regs), s
        assert not any(s.begin < mk.end and mk.begin < s.end for mk in markers), s
        text = s.of(doc.text)
        assert text == text.strip() and text


def test_new_names_are_entities_without_links(doc):
    ents = doc.annotations.entities
    for key, kind in [("event/militant-labor-forum", "event"),
                      ("organization/socialist-workers-party-of-iran", "organization"),
                      ("organization/socialist-workers-party-of-iran", "organization")]:
        assert ents[key].kind == kind and not ents[key].known and ents[key].wikidata is None
    # names the registry grew to hold (issue 10 §4): known, with the id the shared list verified
    assert ents["organization/rebel-army"].known and ents["person/pol-pot"].known
    assert ents["organization/chinese-communist-party"].wikidata == "Q17427"
    assert at(doc, "Militant Labor Forums") == ("Militant Labor Forums", "event/militant-labor-forum")
    # "Socialist Workers Party of Iran" is another party than the SWP of the registry
    assert at(doc, "Socialist Workers Party of Iran")[1] == "organization/socialist-workers-party-of-iran"


def test_no_false_positive_names(doc):
    labels = {e.label for e in doc.annotations.entities.values()}
    for word in ("Nothing", "The", "August", "Saturday", "Voila", "Earlier", "Comrades", "ABC",
                 "LCW", "IQs", "Japanese", "Israeli", "Continental", "Jews", "Ed", "See", "Over",
                 "Summer", "Hundreds", "Be", "Communists", "Labor"):
        assert word not in labels, word
    # "Labor" in "Militant Labor Forum" is not the Israeli Labor Party
    forum = doc.text.index("Militant Labor Forum")
    assert not any(m.span.begin == forum + 9 for m in doc.annotations.mentions)


def test_main_subjects_rule(doc):
    about = main_subjects(doc)
    assert about[:2] == ["country/israel", "country/united-states"]
    counts = Counter(m.entity for m in doc.annotations.mentions)
    assert all(counts[k] >= max(3, counts["country/israel"] / 2) for k in about)


@pytest.mark.parametrize("name,expected", [
    ("militant-2007-02-05-v71n5-meatpackers-contract.txt",
     # a church named for its saint, where the union meets: the building, a place (the held-out
     # sets' convention on a local church; branch sites41)
     {"place/st-paul-lutheran-church", "city/des-moines", "place/iowa",
      "book/meatpacking-towns-work-and-community-in-the-heartland", "periodical/labor-review",
      "organization/iowa-packinghouse-workers-union", "person/luis-romero"}),
    ("militant-2010-11-15-v74n43-labor-history-lessons.txt",
     {"person/farrell-dobbs", "person/floyd-olson", "organization/citizens-alliance",
      "organization/farmer-labor-party", "organization/pathfinder-press", "book/teamster-rebellion",
      "book/teamster-politics", "city/minneapolis", "place/minnesota"}),
    ("militant-2015-06-01-v79n21-cuba-solidarity-conference.txt",
     {"person/elizabeth-palmeiro", "person/keith-ellis", "organization/cuban-five-committee",
      "organization/university-of-toronto", "country/venezuela", "country/cuba", "country/canada",
      "event/cuban-revolution"}),
    ("militant-2016-03-28-v80n12-seoul-rail-strike.txt",
     {"organization/korean-railway-workers-union", "person/park-geun-hye", "country/south-korea",
      "organization/korean-public-service-and-transport-workers-union", "city/seoul",
      "person/kim-jin-ho",
      "place/seoul-station"}),
])
def test_other_articles_names_known_or_not(registry, name, expected):
    d = read_article(ARTICLES / name)
    annotate(d, registry)
    assert expected <= set(d.annotations.entities), expected - set(d.annotations.entities)
    labels = {e.label for e in d.annotations.entities.values()}
    assert not labels & {"More", "Thousands", "Members", "The", "Toronto—More", "According", "St",
                         "Paul Lutheran Church", "Work", "Community", "Heartland", "Meatpacking Towns",
                         "Union", "Jewish Question", "DES MOINES", "SEOUL", "TORONTO"}


def test_other_articles_mentions(registry):
    d = read_article(ARTICLES / "militant-2007-02-05-v71n5-meatpackers-contract.txt")
    annotate(d, registry)
    got = {(m.span.of(d.text), m.entity) for m in d.annotations.mentions}
    assert ("Romero", "person/luis-romero") in got  # a short form opening a sentence
    assert ("DES MOINES", "city/des-moines") in got
    assert d.annotations.entities["city/des-moines"].label == "Des Moines"
    d = read_article(ARTICLES / "militant-2010-11-15-v74n43-labor-history-lessons.txt")
    annotate(d, registry)
    got = [(m.span.of(d.text), m.entity) for m in d.annotations.mentions]
    assert got.count(("Teamster Rebellion", "book/teamster-rebellion")) == 3  # quoted, noted, cited
    assert ("MINNEAPOLIS", "city/minneapolis") in got and ("Minneapolis", "city/minneapolis") in got


def test_rdf_mentions_and_entities(doc):
    minter = Minter.from_config()
    rdf = document_to_rdf(doc, minter)
    art, shared = rdf.article, rdf.shared
    article = minter.article(doc.key)
    phrases = set(art.subjects(RDF.type, NIF.Phrase))
    assert len(phrases) == len(doc.annotations.mentions)
    for p in phrases:
        b = art.value(p, NIF.beginIndex)
        e = art.value(p, NIF.endIndex)
        assert b.datatype == XSD.integer and e.datatype == XSD.integer
        assert str(art.value(p, NIF.anchorOf)) == doc.text[int(b):int(e)]
        assert (p, RDF.type, NIF.OffsetBasedString) in art
        assert art.value(p, NIF.referenceContext) == minter.context(doc.key)
        ent = art.value(p, ITSRDF.taIdentRef)
        assert (article, SCHEMA.mentions, ent) in art
        assert (ent, RDF.type, art.value(p, ITSRDF.taClassRef)) in shared
    lenin = minter.entity("person", "vladimir-lenin")
    assert (lenin, OWL.sameAs, WD.Q1394) in shared
    assert (lenin, SKOS.altLabel, Literal("V.I. Lenin")) in shared
    assert (minter.entity("person", "jack-barnes"), OWL.sameAs, None) not in shared
    # the author from the byline and the mentioned person are one node
    assert (article, SCHEMA.author, minter.person("Jack Barnes")) in art
    assert (article, SCHEMA.about, minter.entity("country", "israel")) in art
    assert URIRef(minter.span(doc.key, 0, 1)) not in phrases


def test_shacl_conforms(doc):
    from kg.validate import validate

    report = validate(document_to_rdf(doc, Minter.from_config()).combined())
    assert not report.violations, [r.message for r in report.violations][:5]


def _competency():
    spec = importlib.util.spec_from_file_location("competency_run", HERE / "competency" / "run.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_competency_04_and_06_on_an_export(tmp_path, bundled_store):
    store = StoreDir(bundled_store)
    dump = tmp_path / "dump.nq"
    store.snapshot().export(rdf_format("nquads"), str(dump))
    loaded = ox.Store()
    loaded.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    run = _competency()
    for q in ("04-wikidata-people.rq", "06-most-mentioned.rq"):
        ok, why = run.check(loaded, HERE / "competency" / q)
        assert ok, f"{q}: {why}"
