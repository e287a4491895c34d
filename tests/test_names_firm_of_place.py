"""A firm's legal form or group head, then "of" and a place: the firm, then where it is based,
two names (kg.nlp.entities.spans.firmofplace, one rule for what were suffixofplace and
placetails' `firm_of_country`; their cases are here). The place is one the registry knows, of
any place kind, or a country only the gazetteer knows; a body whose "of" part names it stays
whole. Every sentence is made up; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- a legal form, then a registry country (were suffixofplace's cases, set BH) ---------------
    pytest.param(("The smelter is controlled by Dorrovale S.A. of Brazil, its owner since 2009.",),
                 {"Dorrovale S.A.": "organization", "Brazil": "country", "Dorrovale S.A. of Brazil": None},
                 id="a-legal-form-of-a-registry-country"),
    pytest.param(("Drivers at Kelvane Ltd. of Kenya walked out.",),
                 {"Kelvane Ltd.": "organization", "Kenya": "country"},
                 id="ltd-of-a-registry-country"),
    # -- a group head, then a country (were placetails' firm_of_country cases, set BF) ------------
    pytest.param(("Since 2011 the Tallow bakery has belonged to Dorrow Group of Norway, its bosses say.",),
                 {"Dorrow Group": "organization", "Norway": "country", "Dorrow Group of Norway": None},
                 id="a-group-of-a-country-is-two-names"),
    pytest.param(("The mill belongs to Kelvane Holdings of Japan.",),
                 {"Kelvane Holdings": "organization", "Japan": "country"},
                 id="holdings-of-a-country"),
    # -- the one head list: a group head where only legal forms cut, and the other way round ------
    pytest.param(("The quarry was sold to Dorvane Holdings of Texas last spring.",),
                 {"Dorvane Holdings": "organization", "Texas": "place", "Dorvane Holdings of Texas": None},
                 id="a-group-head-of-a-registry-state"),
    pytest.param(("The depot is run by Kelvora GmbH of Austria.",),
                 {"Kelvora GmbH": "organization", "Austria": "country", "Kelvora GmbH of Austria": None},
                 id="a-legal-form-only-suffixofplace-had"),
    # -- the one place test: a registry place of any kind, or a country only the gazetteer knows --
    pytest.param(("The tea estate belongs to Dorrow Holdings of Malawi.",),
                 {"Dorrow Holdings": "organization", "Malawi": "country", "Dorrow Holdings of Malawi": None},
                 id="a-country-only-the-gazetteer-knows-is-its-own-name"),
    pytest.param(("The yard is leased by Tallvane S.A. of Ohio.",),
                 {"Tallvane S.A.": "organization", "Ohio": "place", "Tallvane S.A. of Ohio": None},
                 id="a-registry-state-after-a-legal-form"),
    # -- what stays whole -------------------------------------------------------------------------
    pytest.param(("Delegates of the Communist Party of Norway spoke.",),
                 {"Communist Party of Norway": "organization"},
                 id="a-body-named-by-its-country-stays-whole"),
    pytest.param(("The Kelvane Federation of Kenya met.",),
                 {"Kelvane Federation of Kenya": "organization"},
                 id="no-head-before-of-runs-on"),
    pytest.param(("Workers at Dorrow Group of Kelvania struck.",),
                 {"Dorrow Group": None, "Kelvania": None},
                 id="no-place-known-after-of-stays-whole"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_firm_of_place(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
