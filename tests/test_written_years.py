"""Names read in the year their text was written (kg.nlp.entities.registry.writtenyears): a "25, 50 and
75 Years Ago" item in its own date's year, the rest of the page in the issue's.

A registry form dated to some years ("Dorrow @1949-1953") and an event described without its
year ("the war in Kelvania") resolved by the issue's year on the whole page, so an item of 1951
on a 2001 page named the Dorrow of 2001. Invented people, country and wars."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.namespace import RDF

from kg.iri import Minter
from kg.namespaces import ITSRDF, NIF
from kg.nlp.entities.mentions import annotate
from kg.nlp.entities.registry.registry import Alias, Entry, Registry
from kg.nlp.entities.registry.writtenyears import WrittenYears
from kg.reader import parse_article, read_article

SHAPES = Path(__file__).resolve().parent / "articles" / "shapes"

PAGE = ("25, 50 and 75 Years Ago\nVol. 65/No. 12\nMarch 26, 2001\n"
        "The war in Kelvania goes on, and Dorrow has sent more troops.\n"
        "March 26, 1976\nFarm workers in the valley struck for union recognition.\n"
        "March 26, 1951\nDock workers in the port walked out against the wage freeze imposed by Dorrow. "
        "Veterans of the war in Kelvania joined them.\n")


def _person(key: str, label: str, years: tuple[int, int] | None) -> Entry:
    """A person the registry names by the surname alone in these years (a short form besides)."""
    dated = [Alias("Dorrow", strict=True, years=years)] if years else []
    return Entry(key=key, label=label, kind="person",
                 aliases=dated + [Alias("Dorrow", strict=True, short=True)])


@pytest.fixture(scope="module")
def dated_registry(registry):
    """The project's registry, two invented heads of state sharing a surname in years apart,
    an invented country and its two wars."""
    reg = Registry(list(registry.entries.values()))
    reg.add(_person("person/ansel-dorrow", "Ansel Dorrow", (1949, 1953)))
    reg.add(_person("person/lina-dorrow", "Lina Dorrow", (1999, 2003)))
    reg.add(Entry(key="country/kelvania", label="Kelvania", kind="country"))
    for key, label, year in (("event/first-kelvanian-war", "First Kelvanian War", 1948),
                             ("event/second-kelvanian-war", "Second Kelvanian War", 2000)):
        reg.add(Entry(key=key, label=label, kind="event", place="Kelvania", years=[year], heads=["war"]))
    return reg


def _mentions(doc) -> list[tuple[int, str, str]]:
    return [(m.span.begin, m.span.of(doc.text), m.entity) for m in doc.annotations.mentions]


def _in_item(doc, position: int, mentions):
    item = doc.items[position - 1]
    return [(s, k) for b, s, k in mentions if item.span.begin <= b < item.span.end]


def test_an_items_dated_alias_resolves_in_the_items_year(dated_registry):
    doc = parse_article(PAGE, "<test>")
    assert [i.date.value for i in doc.items] == ["1976-03-26", "1951-03-26"]
    annotate(doc, dated_registry)
    got = _mentions(doc)
    assert _in_item(doc, 2, got) == [("Dorrow", "person/ansel-dorrow"),
                                     ("war in Kelvania", "event/first-kelvanian-war"),
                                     ("Kelvania", "country/kelvania")]
    # the page's own line, outside every item, is read in the issue's year
    before = [(s, k) for b, s, k in got if b < doc.items[0].span.begin]
    assert ("Dorrow", "person/lina-dorrow") in before
    assert ("war in Kelvania", "event/second-kelvanian-war") in before


def test_a_surname_dated_to_other_years_is_no_registry_bearer_of_it(dated_registry):
    """A surname that only one registry person bears, dated to his years: outside them it is
    not his (it was, by the registry's one bearer, whatever the year)."""
    reg = Registry([e for e in dated_registry if e.key != "person/lina-dorrow"])
    doc = parse_article(PAGE.replace("imposed by Dorrow", "imposed by the mayor")
                        .replace("struck for union recognition.",
                                 "struck for union recognition. The growers blamed Dorrow."), "<test>")
    annotate(doc, reg)
    got = _mentions(doc)
    assert [k for s, k in _in_item(doc, 1, got) if s == "Dorrow"] != ["person/ansel-dorrow"]
    assert "person/ansel-dorrow" not in {k for _b, _s, k in got}


def test_the_surname_in_its_years_stays_the_registry_bearers(dated_registry):
    reg = Registry([e for e in dated_registry if e.key != "person/lina-dorrow"])
    doc = parse_article(PAGE, "<test>")
    annotate(doc, reg)
    assert ("Dorrow", "person/ansel-dorrow") in _in_item(doc, 2, _mentions(doc))


def test_written_years_of_dated_items_and_of_the_rest_of_the_page():
    doc = parse_article(PAGE, "<test>")
    years = WrittenYears(doc)
    first, second = doc.items
    assert years.at(0) == years.at(first.span.begin - 2) == 2001  # the page's head and line
    assert years.at(first.span.begin) == years.at(first.span.end - 1) == 1976
    assert years.at(second.span.begin + 10) == 1951
    assert years.of([first.span.begin, second.span.begin]) == {1976, 1951}
    assert years.of([]) == {2001}


def test_notebook_entries_are_read_in_their_own_year():
    """A January issue's notebook entry of Dec. 27 was written the year before."""
    doc = read_article(SHAPES / "militant-2001-01-15-v65n2-miners-notebook.txt")
    years = WrittenYears(doc)
    assert [(i.kind, years.at(i.span.begin)) for i in doc.items] == [
        ("entry", 2000), ("entry", 2000), ("entry", 2001)]
    assert years.at(doc.paragraphs[0].span.begin) == 2001  # the introduction: the issue's


def test_a_listed_event_is_read_in_the_issues_year_not_on_its_day():
    """A December issue's event of Jan. 1 is held next year but written in the issue's days."""
    doc = read_article(SHAPES / "militant-2001-12-24-v65n49-militant-labor-forums.txt")
    later = [i for i in doc.items if i.date_value and i.date_value.year == 2002]
    assert later
    assert {WrittenYears(doc).at(i.span.begin) for i in later} == {2001}


@pytest.mark.slow
def test_the_items_mention_links_its_years_entity_in_rdf(dated_registry):
    from kg.article_jobs import mapped
    from kg.resources import Resources

    doc, rdf = mapped(parse_article(PAGE, "<test>"), Minter.from_config(), Resources(registry=dated_registry))
    g = rdf.article
    linked = {}
    for phrase in g.subjects(RDF.type, NIF.Phrase):
        begin = int(g.value(phrase, NIF.beginIndex))
        linked[begin] = str(g.value(phrase, ITSRDF.taIdentRef))
    item_dorrow = doc.text.index("imposed by Dorrow") + len("imposed by ")
    page_dorrow = doc.text.index("and Dorrow") + len("and ")
    assert linked[item_dorrow].endswith("/ansel-dorrow")
    assert linked[page_dorrow].endswith("/lina-dorrow")
