"""Names and kinds the held-out set BM (British, Middle East, Turkish, Chinese and Taiwanese pages,
1997–2026) showed cut or typed wrong, in made-up sentences in the paper's shapes (branch ent98):
an event named for its date alone (kg.nlp.entities.spans.datedevents), a firm's bracketed word
before its legal form (spans.bracketedforms), an owner's possessive before "Wood" (kinds.
possessiveplaces), a plural's possessive inside a body's apposition (cues.namecues
`org_apposition`), an airline's, a shipping line's and a housing estate's head words, a body
", formed by" (kinds.formedbodies), "walked onto" a locative, a local church (kinds.localchurches)
and Britain's parties in the registry. No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- an event named for its date alone ------------------------------------------------------------
    pytest.param(("The army crushed the March 14 Incident of 1952, killing hundreds in Dorrowa.",),
                 {"March 14 Incident": "event", "Incident": None},
                 id="the-month-day-incident-is-one-event"),
    pytest.param(("Students in Kelvania marked the April 19 Revolution with a march.",),
                 {"April 19 Revolution": "event"},
                 id="the-month-day-revolution-is-one-event"),
    pytest.param(("On May 3 Dorrow Massacre survivors testified.",),
                 {"May 3 Dorrow Massacre": None},
                 id="without-the-a-date-stays-the-sentences"),
    # -- a firm's bracketed word before its legal form ----------------------------------------------
    pytest.param(("Kelvo Shun Industrial (Holdings) Ltd., controlled by Dorva Corp., makes boots. "
                  "Another Kelvo Shun plant struck for a day.",),
                 {"Kelvo Shun Industrial (Holdings) Ltd.": "organization", "Kelvo Shun Industrial": None,
                  "Kelvo Shun": "organization"},
                 id="a-bracketed-holdings-before-ltd-is-one-firm"),
    pytest.param(("The Trade Disputes (Amendment) Act passed in Kelvania.",),
                 {"Trade Disputes (Amendment) Act": "work"},
                 id="a-laws-bracketed-qualifier-stays-the-laws"),
    # -- an owner's possessive before a place's noun ------------------------------------------------
    pytest.param(("The bosses are jailing immigrant workers at Dorrow’s Wood and Kelvingsworth.",),
                 {"Dorrow’s Wood": "place", "Dorrow": None, "Kelvingsworth": "place"},
                 id="an-owners-wood-is-one-place-even-after-workers-at"),
    # -- appositions and frames that say a body -------------------------------------------------------
    pytest.param(("Dozens were fired, according to Dor LaKelvo, a workers' rights group.",),
                 {"Dor LaKelvo": "organization"},
                 id="a-workers-rights-group-apposition-makes-a-body"),
    pytest.param(("Our union is Kel Dorva-İş, the tobacco and food workers’ union, and it is weak.",),
                 {"Kel Dorva-İş": "organization"},
                 id="a-workers-union-apposition-makes-a-body"),
    pytest.param(("Jobs went, said Tam Kelvo, a workers’ steward.",),
                 {"Tam Kelvo": "person"},
                 id="a-workers-steward-apposition-stays-a-person"),
    pytest.param(("The Mothers of the Harbour, formed by dockers' wives, have spoken at meetings.",),
                 {"Mothers of the Harbour": "organization"},
                 id="formed-by-after-a-name-makes-a-body"),
    # -- head words ---------------------------------------------------------------------------------
    pytest.param(("Strikes like the one by Kelvo Air flight attendants in 2019 won raises.",),
                 {"Kelvo Air": "organization"},
                 id="an-airline-named-air"),
    pytest.param(("Dockers refused to work ships of Dorrow Container Line, one of the port's customers.",),
                 {"Dorrow Container Line": "organization"},
                 id="a-container-line-is-a-firm"),
    pytest.param(("The block on the Kelvin North Estate housed 600 people.",),
                 {"Kelvin North Estate": "place"},
                 id="a-housing-estate-is-a-place"),
    pytest.param(("She sold houses for Dorrow Real Estate before the crash.",),
                 {"Dorrow Real Estate": "organization"},
                 id="a-real-estate-firm-stays-a-firm"),
    pytest.param(("The minister walked onto the Qasr al-Kelvi in Dorrowa on September 28.",),
                 {"Qasr al-Kelvi": "place"},
                 id="walked-onto-a-name-makes-a-place"),
    # -- local churches -------------------------------------------------------------------------------
    pytest.param(("Dorrow Hill Methodist Church opened its doors. Mount Tallow Baptist Church sent "
                  "food, and so did the United Methodist Church.",),
                 {"Dorrow Hill Methodist Church": "place", "Mount Tallow Baptist Church": "place",
                  "United Methodist Church": "organization"},
                 id="a-local-church-is-a-place-a-denomination-a-body"),
    # -- Britain's parties ----------------------------------------------------------------------------
    pytest.param(("Workers in Britain must organise independently of the capitalist parties, Tory "
                  "and Liberal Democrat alike.",),
                 {"Tory": "organization/conservative-party-uk",
                  "Liberal Democrat": "organization/liberal-democrats-uk"},
                 id="tory-and-liberal-democrat-where-the-page-speaks-of-britain"),
    pytest.param(("The Labour Party government did nothing. We knocked on doors for Labour, and the "
                  "Ministry of Labour sent letters.",),
                 {"Labour": "organization/labour-party", "Ministry of Labour": "organization"},
                 id="labour-after-the-party-named-in-full"),
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
