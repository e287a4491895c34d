"""Names of nations' bodies, treaties and waters read whole (set CM's pass, branch ent129):
a treaty's head with "of" and its year (kg.nlp.entities.spans.joins `_law_years`,
boundaries.toml `treaty_heads`); a colon inside a Mohawk name (kg.nlp.entities.spans.runs
`WORD`, kg.nlp.quotations.patterns); a water's head, "of" and a registry place
(kg.nlp.entities.spans.runwalk `registry_name_inside`, entities.toml `water_of_heads`); a nation's
band "of" its community (entities.toml `of_bodies`, kg.nlp.entities.kinds.headrules `of_body`);
a place's possessive before an office "of" something (kg.nlp.entities.spans.placepossessivebodies);
a law named for two lands (kg.nlp.entities.spans.pairedlaws); a league's "Confederacy" and a
"Dam" as head words; the registry's Hydro-Québec and Kerr-McGee. Made-up sentences in the
paper's shapes; no name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found, quoted_speakers

CASES = [
    # a treaty's head with its year: one name, alone after "the" or with the words before it
    pytest.param(("Rights the Kelvi won in the Treaty of 1821 are at stake again.",),
                 {"Treaty of 1821": "work", "Treaty": None},
                 id="treaty-alone-with-its-year"),
    pytest.param(("Under the Dorrow Creek Treaty of 1855 the valley was theirs.",),
                 {"Dorrow Creek Treaty of 1855": "work", "Dorrow Creek Treaty": None},
                 id="named-treaty-with-its-year"),
    pytest.param(("The Kelvo Accord of 1994 and the Dorrow Labor Act of 1964 still stand.",),
                 {"Kelvo Accord of 1994": "work", "Dorrow Labor Act of 1964": "work"},
                 id="accord-and-act-with-their-years"),
    # a law's head alone before "of" and a year stays no name: any act of that year
    pytest.param(("It was an Act of 1919 that nobody read.",),
                 {"Act of 1919": None},
                 id="a-law-head-alone-is-no-treaty"),
    # a colon between two letters inside a Mohawk name: one word, one person
    pytest.param(("“We stay on the land,” Tekwá:io Kelvane, a carpenter from the "
                  "reserve, told reporters. Kelvane was arrested later.",),
                 {"Tekwá:io Kelvane": "person", "Tekwá": None, "Kelvane": "person"},
                 id="colon-inside-a-mohawk-name"),
    pytest.param(("The union wrote: We will not go back.",),
                 {"We": None},
                 id="a-colon-before-a-space-still-ends-a-word"),
    # a water's head, "of" and a registry place: one place, not the head and the country
    pytest.param(("Oil from the Kelvo rig washed into the Gulf of Mexico last week.",),
                 {"Gulf of Mexico": "place", "Mexico": None, "Gulf": None},
                 id="gulf-of-a-registry-country"),
    pytest.param(("Fishing boats from Japan left the Sea of Japan.",),
                 {"Sea of Japan": "place", "Japan": "country/japan"},
                 id="sea-of-a-registry-country"),
    pytest.param(("Loans from the Bank of Japan were cut.",),
                 {"Bank of Japan": "organization"},
                 id="a-bank-of-a-country-stays-a-body"),
    # a nation's band by its community: a body; the nation alone stays untyped
    pytest.param(("Tom Kelvane, a trapper for the Kelvakwe Nation of Dorrowsipi, lost his cabin.",),
                 {"Kelvakwe Nation of Dorrowsipi": "organization", "Dorrowsipi": None},
                 id="nation-of-its-community"),
    # a place's possessive before an office named with "of": the place owns the office
    pytest.param(("It took the Kelvo Nation’s Office of Kelvo Miners Affairs four years to win.",),
                 {"Kelvo Nation": "thing", "Office of Kelvo Miners Affairs": "organization"},
                 id="place-possessive-before-office-of"),
    pytest.param(("Delegates from the South America’s Metal Trades Unions spoke.",),
                 {"South America’s Metal Trades Unions": "organization"},
                 id="place-possessive-inside-a-body-name-stays"),
    # a law named for a place and a second land, joined by "and" after "the": one work
    pytest.param(("Under the James Bay and Northern Kelvo Agreement the hunters keep their land.",),
                 {"James Bay and Northern Kelvo Agreement": "work", "Northern Kelvo Agreement": None},
                 id="agreement-named-for-two-lands"),
    pytest.param(("Hunters near Kelvo Bay and the Dorrow Agreement’s backers met.",),
                 {"Kelvo Bay": "place"},
                 id="a-place-and-another-law-stay-two"),
    # a league of nations by its old word; a dam by name
    pytest.param(("Chiefs of the Seven Nations Confederacy met at Dorrow Bay on July 18.",),
                 {"Seven Nations Confederacy": "organization", "Nations Confederacy": None},
                 id="confederacy-head"),
    pytest.param(("The Kelvo Dam, finished in 1962, flooded the valley.",),
                 {"Kelvo Dam": "place"},
                 id="dam-head"),
    # the registry's rows
    pytest.param(("He hauled ore for Kerr-McGee, and Hydro-Québec and Hydro-Quebec workers struck.",),
                 {"Kerr-McGee": "organization/kerr-mcgee", "Hydro-Québec": "organization/hydro-quebec",
                  "Hydro-Quebec": "organization/hydro-quebec"},
                 id="registry-utility-and-uranium-firm"),
]


@pytest.mark.parametrize("paragraphs,want", CASES)
def test_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_colon_name_speaks():
    """The quotation goes to the whole name with its colon, not to its first part."""
    assert quoted_speakers("“We came with drums and we stay,” said Tekwá:io Kelvane, a carpenter "
                           "from the reserve. “The chiefs met.”") == [["Tekwá:io Kelvane"]] * 2
