"""Names the held-out set BV (the Middle East and North Africa, 1995–2026) showed cut or glued
wrong, in made-up sentences in the paper's shapes (branch ent109): a floor's or a suite's word in
a street address (kg.nlp.entities.spans.suites), a site named for a plural's possessive
(spans.pluralplaces), a body's part opening a sentence (spans.partitives), a country's
possessive owning the name after "of" (spans.ownerpossessives), a firm named by a country and
one word of its own (spans.countryfirms). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- a floor's or a suite's word in a street address --------------------------------------------
    pytest.param(("Mail your order to 410 Kelvin Ave., 9th Floor, Chicago, IL 60601.",),
                 {"Floor": None},
                 id="an-ordinal-floor-is-no-name"),
    pytest.param(("Send donations to 88 Dorrow St., Suite 12, Boston, MA 02110.",),
                 {"Suite": None},
                 id="a-suite-and-its-number-after-the-comma-is-no-name"),
    # -- a site named for a plural's possessive --------------------------------------------------------
    pytest.param(("Crowds gathered in Heroes’ Square in Kelvabad on Friday.",),
                 {"Heroes’ Square": "place", "Heroes": None},
                 id="a-plurals-possessive-and-square-make-one-place"),
    pytest.param(("The rally ended at Pilgrims' Park near the river.",),
                 {"Pilgrims' Park": "place", "Pilgrims": None},
                 id="a-straight-apostrophe-too"),
    # -- a body's part opening a sentence --------------------------------------------------------------
    pytest.param(("Fighting spread east. Units of the Dorrovan Liberation Army held the bridge for a week.",),
                 {"Dorrovan Liberation Army": "organization", "Units of the Dorrovan Liberation Army": None},
                 id="units-of-the-army-opening-a-sentence-name-the-army"),
    pytest.param(("Fighting spread east. Units of the Dorrovan Liberation Army held the bridge for a week.",),
                 {"Units": None},
                 id="the-noun-alone-is-no-name"),
    # -- a country's possessive owning the name after "of" ---------------------------------------------
    pytest.param(("Tariq Dorrani, head of the Sabre Brigade of Iraq’s Republican Guard, fled.",),
                 {"Sabre Brigade": "organization", "Sabre Brigade of Iraq": None, "Iraq": "country/iraq"},
                 id="the-countrys-possessive-belongs-to-the-next-name"),
    pytest.param(("The Central Bank of Kelvia’s governor resigned.",),
                 {"Central Bank": None},
                 id="a-possessive-before-a-lower-case-word-leaves-the-name"),
    # -- a firm named by a country and one word of its own ---------------------------------------------
    pytest.param(("Workers at the Iraq Kelvasco auto plant in Basra slowed production, a statement "
                  "signed by Iraq Kelvasco workers said.",),
                 {"Iraq Kelvasco": "organization", "Kelvasco": None},
                 id="a-country-and-a-word-in-a-firms-frame-are-one-firm"),
    pytest.param(("Workers at Iraq Kelvasco walked out, and Kelvasco bosses refused to talk.",),
                 {"Iraq Kelvasco": None, "Iraq": "country/iraq"},
                 id="a-word-printed-alone-elsewhere-is-not-glued"),
    pytest.param(("Kenya NowMarching dock workers and their families rally in Mombasa.",),
                 {"Kenya NowMarching": None, "Kenya": "country/kenya"},
                 id="a-credit-glued-to-a-caption-is-no-firm"),
    # -- the Turkish dotless i folded as the lists spell it ----------------------------------------------
    pytest.param(("The deputies Fırat Kelvanoğlu and Ayla Dorrukan were jailed.",),
                 {"Fırat Kelvanoğlu": "person"},
                 id="a-given-name-with-a-dotless-i-opens-a-persons-name"),
    # -- clergy in an apposition -------------------------------------------------------------------
    pytest.param(("Officials blamed the network of Tahsin Dorrabek, a cleric living in exile.",),
                 {"Tahsin Dorrabek": "person"},
                 id="a-cleric-in-an-apposition-is-a-person"),
    # -- an area as a place's head -------------------------------------------------------------------
    pytest.param(("The buses leave for the Kelvo Industrial Area before dawn.",),
                 {"Kelvo Industrial Area": "place"},
                 id="an-area-is-a-place"),
    pytest.param(("Talks on the Open Trade Area of the Kelvish Isles stalled.",),
                 {"Open Trade Area of the Kelvish Isles": Not("place")},
                 id="area-heading-a-pact-is-no-place"),
    pytest.param(("Drivers for Dorrow Area Transit walked out.",),
                 {"Dorrow Area Transit": Not("place")},
                 id="area-inside-a-bodys-name-is-no-head"),
    # -- untyped names listed only with places ---------------------------------------------------------
    pytest.param(("Militias took control of Kobani, Dorrumiya and Tallisar in July.",),
                 {"Dorrumiya": "place", "Tallisar": "place"},
                 id="names-listed-with-a-known-town-are-places"),
    pytest.param(("Shells hit the Qarvani and Dellumat neighborhoods at night.",),
                 {"Qarvani": "place", "Dellumat": "place"},
                 id="names-before-a-plural-noun-of-places-are-places"),
    pytest.param(("Fines were levied on Kelvex, Dorrow Mining Corp. and Chile.",),
                 {"Kelvex": Not("place")},
                 id="a-list-holding-a-body-names-no-places"),
    pytest.param(("Cuts hit Tarvosi and Omaha students hardest.",),
                 {"Tarvosi": Not("place")},
                 id="a-pair-before-a-noun-it-modifies-names-no-places"),
    # -- a Gulf heir's title, and "Emir" a given name ------------------------------------------------------
    pytest.param(("The government of Crown Prince Kelvan bin Dorra promised reforms.",),
                 {"Kelvan bin Dorra": "person", "Crown Prince Kelvan bin Dorra": None},
                 id="crown-prince-is-a-title-before-a-name"),
    pytest.param(("“We stood together,” said Emir Kelvadzic, a miner from Tuzla.",),
                 {"Emir Kelvadzic": "person"},
                 id="emir-opens-a-bosnian-name"),
    # -- a place by its apposition, the phrase before it or its complex ---------------------------------
    pytest.param(("Volunteers cleared the rubble of Georgina Dorr, one of the poor districts near "
                  "the docks.",),
                 {"Georgina Dorr": "place"},
                 id="one-of-the-districts-makes-a-place"),
    pytest.param(("Maria Kelvane, one of the organizers, spoke first.",),
                 {"Maria Kelvane": "person"},
                 id="one-of-the-organizers-stays-a-person"),
    pytest.param(("Trucks waited for days at the border crossing at Edward Tallis.",),
                 {"Edward Tallis": "place"},
                 id="a-crossing-at-a-name-is-a-place"),
    pytest.param(("Cane cutters at the Kelvo Dorrani sugar cane complex struck again.",),
                 {"Kelvo Dorrani": "place"},
                 id="a-sugar-cane-complex-is-named-for-its-place"),
    # -- a particle's surname alone after the full name ------------------------------------------------
    pytest.param(("Nour el-Kelvani, a spinner at the mill, spoke. “We won,” el-Kelvani said.",),
                 {"el-Kelvani": "person/nour-el-kelvani"},
                 id="a-particles-surname-alone-is-the-person-named-in-full"),
    pytest.param(("Fighters loyal to al-Dorrvaq held the road.",),
                 {"al-Dorrvaq": None},
                 id="a-compound-never-printed-after-a-name-stays-alone"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_set_bv(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
