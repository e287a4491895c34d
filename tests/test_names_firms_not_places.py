"""Firms and bodies typed as places (issue 10, branch ent68): a name a bare "at" or "in" typed a
place becomes an organisation where the text gives a body's evidence elsewhere — an owner's
possessive before a named site, an acronym set in capitals inside a sentence, membership named
beside a body in the same sentence, a Romance name opened by a body's word
(kg.nlp.entities.kinds.firmsnotplaces). Made-up sentences; no name or sentence of a held-out set."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- an owner's possessive before a site it holds, named ----------------------------------------
    pytest.param(("Hundreds rallied at Varnoth on Friday.",
                  "A crane broke down at Varnoth’s Ostrel shaft last winter."),
                 {"Varnoth": "organization"}, id="possessive-before-a-named-shaft"),
    pytest.param(("Her uncle spent twenty years at Quellbright.",
                  "Quellbright’s Tamsa Ridge smelter closed in 2019."),
                 {"Quellbright": "organization"}, id="possessive-before-a-named-smelter"),
    pytest.param(("Hundreds rallied at Varnoth on Friday.",),
                 {"Varnoth": "place"}, id="a-bare-at-alone-keeps-the-place"),
    pytest.param(("Hundreds rallied in Denver on Friday.",
                  "A crane broke down at Denver’s Ostrel plant last winter."),
                 {"Denver": "city"}, id="a-town-the-gazetteer-knows-keeps-its-kind"),
    # -- an acronym in capitals inside a sentence ---------------------------------------------------
    pytest.param(("Sorters rallied outside the TOPS hub on Monday.", "TOPS Teamsters joined them."),
                 {"TOPS": "organization"}, id="a-common-word-in-capitals-is-an-acronym"),
    pytest.param(("Seamstresses walked out of the KELPA industrial park on Monday.",),
                 {"KELPA": "place"}, id="capitals-before-a-place-noun-stay-the-site"),
    # -- membership beside a body -------------------------------------------------------------------
    pytest.param(("The riggers were in Tallrow for years; we are in the Kelvish Dockers Union.",),
                 {"Tallrow": "organization"}, id="members-in-a-body-beside-members-in-a-union"),
    pytest.param(("Welders in Brennakar and porters in Ostvik, the hotel staff union, backed the boycott.",),
                 {"Brennakar": "organization"}, id="people-in-a-name-beside-people-in-a-union"),
    pytest.param(("The crane crews are in Tallrow this week.",),
                 {"Tallrow": "place"}, id="people-in-a-name-with-no-body-beside"),
    # -- a Romance name opened by a body's word -----------------------------------------------------
    pytest.param(("Pilar Anzoátegui works as a cook at the Hospital Central de Tarvesa in the capital.",),
                 {"Hospital Central de Tarvesa": "organization"}, id="a-hospital-named-in-spanish"),
    pytest.param(("The dredging went to Grupo Torvesa del Canal (GTC), a joint venture.",),
                 {"Grupo Torvesa del Canal": "organization"}, id="a-group-whose-last-word-is-a-place-noun"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_firms_not_places(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
