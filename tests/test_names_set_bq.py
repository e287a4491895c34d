"""Set BQ's shapes of names (branch ent103), on made-up sentences with other names: a town and a
union's second local joined by "and" (kg.nlp.entities.spans.andlocals), a union's numbered region
after its initials and a unit's number with a hyphened letter (kg.nlp.entities.spans.unionregions,
joins `UNIT_NUMBER`), a numbered site named again without its noun
(kg.nlp.entities.spans.siterepeats), a firm named for a place written without its legal form
(kg.nlp.entities.spans.placedfirms), a quotation's speaker whose surname is a head word
(kg.nlp.entities.kinds.quotedspeakers), and a compass word opening a longer town in a dateline and a
Title Case headline (kg.nlp.entities.mentions.compasstowns, kg.nlp.entities.spans.headlinetowns).
No name or sentence of a held-out set."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found, run_entities

CASES = [
    # -- junk: names glued over "and", cut before their number -------------------------------------
    pytest.param(("Pickets came from IAM Local 312 in North Bend and Lodge 40 in Coos Bay.",),
                 {"North Bend": "place", "Lodge 40": "organization", "North Bend and Lodge 40": None},
                 id="a-town-and-a-second-local-two-names"),
    pytest.param(("The Glass and Ceramic Workers Local 88 met in Dorrow.",),
                 {"Glass and Ceramic Workers Local 88": "organization"},
                 id="a-union-s-own-list-stays-whole"),
    pytest.param(("Strikers rallied at the UAW Region 4-B office in Kelso on Monday.",),
                 {"UAW Region 4-B": "organization", "UAW Region": None},
                 id="a-union-s-numbered-region"),
    pytest.param(("The Kelvo Mill Workers (KMW) struck. Pickets met at the KMW Region 12 hall.",),
                 {"KMW Region 12": "organization", "KMW Region": None},
                 id="a-region-after-initials-the-page-gives"),
    pytest.param(("Pickets met at the QZX Region 12 hall.",),
                 {"QZX Region 12": None}, id="a-region-after-unknown-initials-not-joined"),
    pytest.param(("Typhoon relief reached Region 7 of the islands in March.",),
                 {"Region 7": Not("organization")}, id="a-bare-numbered-region-no-union"),
    pytest.param(("Members of Kelvo Dockers Local 12-B voted to strike.",),
                 {"Kelvo Dockers Local 12-B": "organization"}, id="a-local-s-number-with-a-letter"),
    pytest.param(("Thirty miners held the Ridley 3 coal preparation plant outside Fenn until Friday.",
                  "A judge fined the union for the occupation of Ridley 3. Orrin No. 2, another pit, "
                  "closed."),
                 {"Ridley 3": "place", "Ridley": None}, id="a-numbered-site-named-again"),
    pytest.param(("The fight began after Orrin Gale, head of Idaho Air Corp., the parent firm, cut pay.",
                  "Idaho Air had already broken the pilots’ union in 1986."),
                 {"Idaho Air": "organization", "Air": None}, id="a-place-s-firm-without-its-form"),
    # -- typing: a quotation's speaker whose surname is a head word ----------------------------------
    pytest.param(("“We will not sign it,” said Ada Hall, who grew oats near Fenn. “Never,” said Tom "
                  "Church.",),
                 {"Ada Hall": "person", "Tom Church": "person"}, id="a-speaker-whose-surname-is-a-head"),
    pytest.param(("“We will appeal,” said Kelvo Bank officials on Monday.",),
                 {"Kelvo Bank": "organization"}, id="a-body-that-speaks-stays-a-body"),
    pytest.param(("Loggers from Idaho marched on the capitol.",),
                 {"Idaho": "place"}, id="a-state-alone-stays-a-place"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_set_bq(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def _all_names(registry, *paragraphs: str, **kw) -> dict[str, str]:
    """Surface → entity key of every mention of the page, the headline and dateline too."""
    d = run_entities(registry, *paragraphs, **kw)
    return {m.span.of(d.text): m.entity for m in d.annotations.mentions}


def test_compass_town_in_dateline_and_headline(registry):
    """"NORTH ST. LOUIS, Missouri—" over "Loggers In North St. Louis Walk Out": the town whole
    in the headline, no registry St. Louis in either (compasstowns, headlinetowns)."""
    got = _all_names(registry, "Loggers at the Brandt mill walked out over pay.",
                     dateline="NORTH ST. LOUIS, Missouri—", headline="Loggers In North St. Louis Walk Out")
    check_names(got, {"North St. Louis": "place", "St. Louis": None, "ST. LOUIS, Missouri": None})


def test_dateline_town_in_title_case_headline(registry):
    """A town the gazetteer does not know, named by the dateline and the Title Case headline."""
    got = _all_names(registry, "Loggers at the Brandt mill walked out over pay.",
                     dateline="WEST KELSOVILLE, Oregon—", headline="Loggers In West Kelsoville Walk Out")
    check_names(got, {"West Kelsoville": "place"})
    plain = _all_names(registry, "Loggers at the Brandt mill walked out over pay.",
                       headline="Loggers In West Kelsoville Walk Out")
    check_names(plain, {"West Kelsoville": None})
    county = _all_names(registry, "Loggers at the Brandt mill walked out over pay.",
                        dateline="KELSOVILLE, Oregon—", headline="Loggers In Kelsoville County Walk Out")
    check_names(county, {"Kelsoville": None})
