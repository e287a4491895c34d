"""Places and organisations of sets AH–AM left missed or mistyped (issue 10, branch ent65), each
a general rule tested on made-up sentences in the paper's shapes: capitals glued by "&" are one
firm's name, not a heading; a name after "candidate for" that no head word types is the
electorate, a place; a name typed a firm only by "miners at" and joined by "and" to a known
town is a place; a name in the slot of "<firm> of <country> and <name> of <country>" is
beside the firm, not beside the country. No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- capitals glued by "&": one firm's name ---------------------------------------------------
    pytest.param(("Phone workers at the KT&Q call center in Dorrowby walked out on Tuesday.",),
                 {"KT&Q": "organization"}, id="glued-capitals-before-a-site-noun"),
    pytest.param(("Pickets stopped KT&Q trucks at the gate.",),
                 {"KT&Q": "organization"}, id="glued-capitals-before-a-plural-noun"),
    pytest.param(("Linemen struck BLV&W for a week.", "BLV&W said it would not bargain."),
                 {"BLV&W": "organization"}, id="glued-capitals-opening-a-sentence"),
    pytest.param(("The Kelvo budget for R&D doubled, and the Q&A lasted an hour.",),
                 {"R&D": None, "Q&A": None}, id="two-glued-letters-name-nothing"),
    # -- a candidate's seat ----------------------------------------------------------------------
    pytest.param(("Rana Whitcombe, who runs for the League in Tallowmere Heights, is its candidate "
                  "for Tallowmere Heights in the October vote.",),
                 {"Tallowmere Heights": "place"}, id="candidate-for-an-electorate"),
    pytest.param(("The League's candidates for Dorrow Vale held a forum.",),
                 {"Dorrow Vale": "place"}, id="candidates-for-an-electorate"),
    pytest.param(("He was the party's candidate for Congress last year.",),
                 {"Congress": "organization"}, id="candidate-for-a-body-keeps-its-head"),
    pytest.param(("She is the candidate for Maria Ortiz’s old seat.",),
                 {"Maria Ortiz": Not("place")}, id="candidate-for-a-persons-seat"),
    # -- a firm in a firm's slot beside a country --------------------------------------------------
    pytest.param(("Two builders won the tender: the company Ferravant of France and Kelvodex of Turkey.",),
                 {"Ferravant": "organization", "Kelvodex": "organization"},
                 id="a-firm-in-the-slot-of-a-firm-of-a-country"),
    pytest.param(("Its owners, the firm Ferravant of France and Kelvodex of Turkey, cut wages.",),
                 {"Kelvodex": "organization"}, id="a-firm-in-the-slot-after-an-apposition"),
    # -- a site typed a firm by "miners at", beside a known town --------------------------------
    pytest.param(("Copper miners at Dorrowpit and Tucson have been locked out since May.",),
                 {"Dorrowpit": "place", "Tucson": "city"}, id="an-employers-frame-before-a-pair-of-towns"),
    pytest.param(("Copper miners at Dorrowpit and Tucson have been locked out since May. "
                  "Dorrowpit management hired guards.",),
                 {"Dorrowpit": "organization"}, id="a-firm-only-frame-keeps-the-firm"),
    pytest.param(("Cashiers at Dorvex and Kelvane Foods walked out.",),
                 {"Dorvex": "organization"}, id="two-firms-after-at-stay-firms"),
    pytest.param(("Delegates came from Canada, Mexico and Tallowa.",),
                 {"Tallowa": "place"}, id="a-list-of-countries-keeps-its-place"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_sites_and_firms(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
