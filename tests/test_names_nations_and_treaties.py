"""Names of nations' bodies, treaties and waters read whole (set CM's pass, branch ent129):
a treaty's head alone with "of" and its year (kg.nlp.entities.spans.joins `_law_years`,
boundaries.toml `treaty_heads`); a colon inside a Mohawk name (kg.nlp.entities.spans.runs
`WORD`, kg.nlp.quotations.patterns); a water's head, "of" and a registry place
(kg.nlp.entities.spans.runwalk `registry_name_inside`, entities.toml `water_of_heads`); a nation's
band "of" its community (entities.toml `of_bodies`, kg.nlp.entities.kinds.headrules `of_body`);
a place's possessive before an office "of" something (kg.nlp.entities.spans.placepossessivebodies);
a law named for two lands (kg.nlp.entities.spans.pairedlaws); a league's "Confederacy" and a
"Dam" as head words; a lake's head opening three words (kg.nlp.entities.kinds.headrules
`leading_place`); an en dash inside a firm's apposition (kg.nlp.entities.cues.namecues
`org_apposition`); a people's homeland in apposition (kinds.toml `[apposition] place_nouns`); a
family name opened by a spelled number (kg.nlp.entities.kinds.shortforms `family_names_before`);
the registry's Hydro-Québec, Kerr-McGee, Chevron and Peabody. Made-up sentences in the
paper's shapes; no name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found, quoted_speakers

CASES = [
    # a treaty's head with its year: one name, alone after "the" or with the words before it
    pytest.param(("The Treaty of 1821 set the edge of the hunting grounds.",),
                 {"Treaty of 1821": "work", "Treaty": None},
                 id="treaty-alone-with-its-year"),
    # a treaty named by other words keeps its year out; a law's name keeps it in as before
    pytest.param(("Under the Dorrow Creek Treaty of 1855 the valley was theirs.",),
                 {"Dorrow Creek Treaty": "work", "Dorrow Creek Treaty of 1855": None},
                 id="named-treaty-without-its-year"),
    pytest.param(("The Kelvo Accord of 1994 and the Dorrow Labor Act of 1964 still stand.",),
                 {"Kelvo Accord": "work", "Dorrow Labor Act of 1964": "work"},
                 id="accord-and-act"),
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
    pytest.param(("Elders of the Kelvakwe Nation of Dorrowsipi met on Monday.",),
                 {"Kelvakwe Nation of Dorrowsipi": "organization", "Dorrowsipi": None},
                 id="nation-of-its-community"),
    # a place's possessive before an office named with "of": the place owns the office
    pytest.param(("Miners wrote to the Kelvo Nation’s Office of Kelvo Miners Affairs for help.",),
                 {"Kelvo Nation": "thing", "Office of Kelvo Miners Affairs": "organization"},
                 id="place-possessive-before-office-of"),
    pytest.param(("Delegates from the South America’s Metal Trades Unions spoke.",),
                 {"South America’s Metal Trades Unions": "organization"},
                 id="place-possessive-inside-a-body-name-stays"),
    # a law named for a place and a second land, joined by "and" after "the": one work
    pytest.param(("Hunters signed the Kelvo Bay and Northern Dorrow Agreement in 1975.",),
                 {"Kelvo Bay and Northern Dorrow Agreement": "work", "Northern Dorrow Agreement": None},
                 id="agreement-named-for-two-lands"),
    pytest.param(("Hunters near Kelvo Bay and the Dorrow Agreement’s backers met.",),
                 {"Kelvo Bay": "place"},
                 id="a-place-and-another-law-stay-two"),
    # a league of nations by its old word; a dam by name
    pytest.param(("Delegates of the Seven Nations Confederacy voted to back the march.",),
                 {"Seven Nations Confederacy": "organization", "Nations Confederacy": None},
                 id="confederacy-head"),
    pytest.param(("The Kelvo Dam, finished in 1962, flooded the valley.",),
                 {"Kelvo Dam": "place"},
                 id="dam-head"),
    # a lake's, a fort's or a mount's head opening three words none of which is a head
    pytest.param(("Boats fished Lake Dorrow Kelvo all last year.",),
                 {"Lake Dorrow Kelvo": "place"},
                 id="lake-of-three-words"),
    pytest.param(("The Camp Kelvo Accords were signed in the spring.",),
                 {"Camp Kelvo Accords": "work"},
                 id="three-words-ending-in-a-head-keep-its-kind"),
    # a firm's apposition whose words hold an en dash; a people's land in apposition
    pytest.param(("The plant is owned by Kelvane Global Power, a New York–based company, and "
                  "two partners.",),
                 {"Kelvane Global Power": "organization"},
                 id="en-dash-based-company-apposition"),
    pytest.param(("Smoke covered Kelvou Dorrichee, the Kelvi homeland, for a week.",),
                 {"Kelvou Dorrichee": "place"},
                 id="homeland-apposition"),
    # a family name of two words opened by a spelled number: the short form keeps the number
    pytest.param(("“We stay,” said Dana Four Horns, a bus driver. “It is ours,” said Four Horns.",),
                 {"Dana Four Horns": "person", "Four Horns": "person", "Horns": None},
                 id="counted-family-name"),
    pytest.param(("“We stay,” said Dana Kelvane, a bus driver. Two Kelvane cousins came too.",),
                 {"Two Kelvane": None, "Kelvane": "person"},
                 id="a-count-before-a-surname-stays-out"),
    # the registry's rows
    pytest.param(("He hauled ore for Kerr-McGee, and Hydro-Québec and Hydro-Quebec workers struck.",),
                 {"Kerr-McGee": "organization/kerr-mcgee", "Hydro-Québec": "organization/hydro-quebec",
                  "Hydro-Quebec": "organization/hydro-quebec"},
                 id="registry-utility-and-uranium-firm"),
    pytest.param(("Chevron sold the Kelvo refinery last year. Miners at Peabody and the Kelvo "
                  "Coal Co. struck.",),
                 {"Chevron": "organization/chevron", "Peabody": "organization/peabody-energy"},
                 id="registry-oil-and-coal-firms"),
]


@pytest.mark.parametrize("paragraphs,want", CASES)
def test_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_colon_name_speaks():
    """The quotation goes to the whole name with its colon, not to its first part."""
    assert quoted_speakers("“We came with drums and we stay,” said Tekwá:io Kelvane, a carpenter "
                           "from the reserve. “The chiefs met.”") == [["Tekwá:io Kelvane"]] * 2
