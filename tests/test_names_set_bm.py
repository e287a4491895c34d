"""Names and kinds the held-out set BM (British, Middle East, Turkish, Chinese and Taiwanese pages,
1997–2026) showed cut or typed wrong, in made-up sentences in the paper's shapes (branch ent98):
an event named for its date alone (tests/test_datednames.py), a firm's bracketed word
before its legal form (spans.bracketedforms), an owner's possessive before "Wood" (kinds.
possessiveplaces), a plural's possessive inside a body's apposition (cues.namecues
`org_apposition`), an airline's, a shipping line's and a housing estate's head words, a body
", formed by" (kinds.formedbodies), "walked onto" a locative, a local church (kinds.localchurches)
and Britain's parties in the registry. No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- a firm's bracketed word before its legal form ----------------------------------------------
    pytest.param(("Boot stitchers walked out at Kelvo Shun Industrial (Holdings) Ltd. last week. "
                  "Pickets at a second Kelvo Shun factory joined them.",),
                 {"Kelvo Shun Industrial (Holdings) Ltd.": "organization", "Kelvo Shun Industrial": None,
                  "Kelvo Shun": "organization"},
                 id="a-bracketed-holdings-before-ltd-is-one-firm"),
    pytest.param(("The Trade Disputes (Amendment) Act passed in Kelvania.",),
                 {"Trade Disputes (Amendment) Act": "work"},
                 id="a-laws-bracketed-qualifier-stays-the-laws"),
    # -- an owner's possessive before a place's noun ------------------------------------------------
    pytest.param(("Asylum seekers held at Dorrow’s Wood and Kelvingsworth went on hunger strike.",),
                 {"Dorrow’s Wood": "place", "Dorrow": None, "Kelvingsworth": "place"},
                 id="an-owners-wood-is-one-place"),
    # -- appositions and frames that say a body -------------------------------------------------------
    pytest.param(("Dor LaKelvo, a migrants' advice group, counted the firings.",),
                 {"Dor LaKelvo": "organization"},
                 id="a-plurals-possessive-in-a-group-apposition-makes-a-body"),
    pytest.param(("Members of Kel Dorva-İş, the bakers’ union, voted to strike.",),
                 {"Kel Dorva-İş": "organization"},
                 id="a-plurals-possessive-in-a-union-apposition-makes-a-body"),
    pytest.param(("The line stopped, said Tam Kelvo, a welders’ steward.",),
                 {"Tam Kelvo": "person"},
                 id="a-workers-steward-apposition-stays-a-person"),
    pytest.param(("The Mothers of the Harbour, formed by miners' families last year, sent a delegation.",),
                 {"Mothers of the Harbour": "organization"},
                 id="formed-by-after-a-name-makes-a-body"),
    # -- head words ---------------------------------------------------------------------------------
    pytest.param(("Cabin crews at Kelvo Air voted to join the walkout.",),
                 {"Kelvo Air": "organization"},
                 id="an-airline-named-air"),
    pytest.param(("Crane drivers would not unload vessels owned by Dorrow Container Line.",),
                 {"Dorrow Container Line": "organization"},
                 id="a-container-line-is-a-firm"),
    pytest.param(("Tenants of the Kelvin North Estate demanded repairs to the lifts.",),
                 {"Kelvin North Estate": "place"},
                 id="a-housing-estate-is-a-place"),
    pytest.param(("She sold houses for Dorrow Real Estate before the crash.",),
                 {"Dorrow Real Estate": "organization"},
                 id="a-real-estate-firm-stays-a-firm"),
    pytest.param(("Settlers walked onto the Qasr al-Kelvi under police guard.",),
                 {"Qasr al-Kelvi": "place"},
                 id="walked-onto-a-name-makes-a-place"),
    # -- local churches -------------------------------------------------------------------------------
    pytest.param(("Marchers set off from Dorrow Hill Methodist Church. Mount Tallow Baptist Church "
                  "collected blankets, and the United Methodist Church issued a statement.",),
                 {"Dorrow Hill Methodist Church": "place", "Mount Tallow Baptist Church": "place",
                  "United Methodist Church": "organization"},
                 id="a-local-church-is-a-place-a-denomination-a-body"),
    pytest.param(("Mourners filled Greater Kelvo Baptist Church on Sunday.",),
                 {"Greater Kelvo Baptist Church": "place"},
                 id="greater-opens-a-congregations-name"),
    # -- Britain's parties ----------------------------------------------------------------------------
    pytest.param(("Pensioners in Britain got nothing from the Tory cabinet, and the Liberal Democrat "
                  "ministers voted with it.",),
                 {"Tory": "organization/conservative-party-uk",
                  "Liberal Democrat": "organization/liberal-democrats-uk"},
                 id="tory-and-liberal-democrat-where-the-page-speaks-of-britain"),
    pytest.param(("Tenants who campaigned for the Labour Party last spring say Labour has forgotten "
                  "them; the Ministry of Labour has not answered their letters.",),
                 {"Labour": "organization/labour-party", "Ministry of Labour": "organization"},
                 id="labour-after-the-party-named-in-full"),
    pytest.param(("In Britain the Dorrowite-Liberal Democrat pact on the council fell apart.",),
                 {"Liberal Democrat": None},
                 id="liberal-democrat-glued-after-a-hyphen-is-part-of-a-joined-name"),
    pytest.param(("In Israel the Ministry of Labor wrote to Likud.",),
                 {"Ministry of Labor": "organization", "Labor": None},
                 id="a-ministry-of-a-partys-one-word-form-is-the-ministry"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_set_bm(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_tories_without_britain_are_not_britains(registry):
    got = dict(found(registry, "In Kelvania the Tories won the vote."))
    assert got.get("Tories") != "organization/conservative-party-uk", got
