"""Names and quotation speakers of the shapes held-out set BA (site, 2016–2021) showed mistyped
or unattributed, in made-up sentences in the paper's shapes: a mine named after its owner's
possessive (kg.nlp.entities.kinds.ownedsites), an office's department by its holder's
possessive (kg.nlp.entities.spans.possessiveoffices), a warehouse "known as" its code and a
warehouse's trade in apposition (kinds.toml `known_as_place_nouns`, entities.toml
`person_roles`), a congregation's "Ministries" and a standing "Project" as a body's head word
(kg/data/nlp/entities.toml `[head_types]`), a short quotation
whose speaker is named with an age or an apposition before the verb (kg.nlp.quotations.quotes
`_said_right_after`), and a speaker named after a role written before the name inside an
apposition (kg.nlp.speakers `_role_then_name`), a body named for two places joined by "and"
and that pair alone (kg.nlp.entities.spans.pairedplaces), and a place's possessive after "the"
inside a body's name (kg.nlp.entities.spans.placepossessivebodies), a plant named for two
towns joined by a hyphen (kg.nlp.entities.spans.townpairsites), a Spanish committee "pro" its
town (boundaries.toml `[foreign_names] function_words`) and a gloss in brackets the runs cut
(kg.nlp.entities.spans.filledglosses). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, Not, check_names, found, quoted_speakers

CASES = [
    # -- a mine named after its owner's possessive --------------------------------------------------
    pytest.param(("Drillers at Velmaro’s Tashkaran copper mine voted to strike on Friday.",),
                 {"Velmaro": "organization", "Tashkaran": "place"},
                 id="an-owners-mine-is-a-place-and-the-owner-a-firm"),
    pytest.param(("Drillers at Peru’s Tashkaran mine voted to strike on Friday.",),
                 {"Peru": "country/peru", "Tashkaran": "place"},
                 id="a-countrys-mine-leaves-the-country-a-place"),
    pytest.param(("Kelvane Coal sent notices to 900 miners at its Dorrowa mine in Port Velk. A history "
                  "of the strike at Dorrowa’s Tashkaran pit came out last year.",),
                 {"Dorrowa": "place", "Tashkaran": "place"},
                 id="a-mine-owns-no-pit"),
    pytest.param(("Drillers at Velmaro’s Tashkaran Mining mine voted to strike on Friday.",),
                 {"Tashkaran Mining": Not("place")},
                 id="a-firms-head-word-keeps-the-firm"),
    # -- an office's department by its holder's possessive -------------------------------------------
    pytest.param(("Deputies of the Dorrow County Sheriff’s Department stood at the bridge all night.",),
                 {"Dorrow County Sheriff’s Department": "organization", "Dorrow County Sheriff": None},
                 id="a-sheriffs-department-is-one-body"),
    pytest.param(("A lawyer from the Kelvin District Attorney’s Office spoke to the crowd.",),
                 {"Kelvin District Attorney’s Office": "organization"},
                 id="an-attorneys-office-is-one-body"),
    pytest.param(("Ana Dorr’s Office stayed closed all week.",),
                 {"Ana Dorr": "person", "Ana Dorr’s Office": None},
                 id="a-persons-possessive-joins-nothing"),
    # -- a warehouse named by its code --------------------------------------------------------------
    pytest.param(("Dozens of pickers rallied outside a Velmaro warehouse known locally as KLV4 on Sunday.",),
                 {"KLV4": "place"},
                 id="a-warehouse-known-as-a-code-is-a-place"),
    # -- a trade in apposition --------------------------------------------------------------------------
    pytest.param(("Brisa-Lee Tollan-Ek, a package handler on the night shift, asked for the floor.",),
                 {"Brisa-Lee Tollan-Ek": "person"},
                 id="a-material-handler-is-a-person"),
    # -- a body's head words ----------------------------------------------------------------------------
    pytest.param(("Pastor Ana Velkin of the Greater Kelvo Ministries spoke at the rally.",),
                 {"Greater Kelvo Ministries": "organization"},
                 id="ministries-end-a-bodys-name"),
    pytest.param(("With the help of the Tallow Miners Defense Project, the widows won their case.",),
                 {"Tallow Miners Defense Project": "organization"},
                 id="a-project-is-a-body"),
    # -- a body named for a two-part region, and the region alone (ent86) ----------------------------
    pytest.param(("The Bihar and Goa Teachers Federation called a one-day strike. Schools across "
                  "Bihar and Goa stayed shut.",),
                 {"Bihar and Goa Teachers Federation": "organization", "Bihar and Goa": "place",
                  "Goa Teachers Federation": None},
                 id="a-body-named-for-two-places-and-the-pair-alone"),
    pytest.param(("The Akron and Toledo teachers marched. The teachers of Akron and Toledo won.",),
                 {"Akron": "city/akron", "Toledo": "city/toledo", "Akron and Toledo": None},
                 id="two-places-with-no-body-after-them-stay-two"),
    # -- a place's possessive inside a body's name after "the" (ent86) --------------------------------
    pytest.param(("A letter from the Europe’s Dock Workers Council reached the strikers on Monday.",),
                 {"Europe’s Dock Workers Council": "organization", "Europe": None,
                  "Dock Workers Council": None},
                 id="the-then-a-places-possessive-opens-a-bodys-name"),
    pytest.param(("Europe’s Dock Workers Council wrote to the strikers on Monday.",),
                 {"Europe": "place", "Dock Workers Council": "organization"},
                 id="a-places-possessive-without-the-stays-the-place"),
    # -- a plant named for two towns joined by a hyphen (ent86) ---------------------------------------
    pytest.param(("Welders at the Toledo-Dearborn plant voted on Sunday to reject the offer.",),
                 {"Toledo-Dearborn": "place", "Toledo": None},
                 id="a-plant-named-for-two-towns-is-a-place"),
    pytest.param(("The Toledo-Dearborn talks broke down on Sunday.",),
                 {"Toledo-Dearborn": Not("place")},
                 id="two-towns-with-no-site-noun-are-no-site"),
    # -- a Spanish civic committee "pro" its town (ent86) ---------------------------------------------
    pytest.param(("The Comité pro Valle Verde, led by a rancher, called a general strike.",),
                 {"Comité pro Valle Verde": "organization", "Comité": None},
                 id="a-committee-pro-its-town-is-one-body"),
    # -- a gloss in brackets the runs cut in pieces (ent86) -------------------------------------------
    pytest.param(("Both the Rassemblement Populaire (France Rising) and the Parti Kelvois ran.",),
                 {"France Rising": "organization", "France": None, "Rising": None},
                 id="a-gloss-opening-with-a-registry-place-is-one-name"),
    pytest.param(("The farmers spoke of the Taxe agricole solidaire (General Farm Levy), a tax on sales.",),
                 {"General Farm Levy": NAMED, "Farm Levy": None},
                 id="a-title-word-opening-a-gloss-is-no-title"),
    pytest.param(("The Kelvo Party (Ana Dorr) wrote to the strikers.",),
                 {"Ana Dorr": "person"},
                 id="a-persons-name-in-brackets-is-no-gloss"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_set_ba_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


SPEAKERS = [
    # -- a short quotation, the speaker's age between the name and the verb ----------------------------
    pytest.param("“Never again,” Mara Velkin, 58, told reporters as the vote was counted. “Next time "
                 "we vote no.”", [["Mara Velkin"], ["Mara Velkin"]],
                 id="a-short-quotation-then-a-name-an-age-and-told"),
    pytest.param("“Never again,” Mara Velkin, a baker, said as she left.", [["Mara Velkin"]],
                 id="a-short-quotation-then-a-name-an-apposition-and-said"),
    pytest.param("The banner read “Never again,” a slogan the strikers chose.", [],
                 id="no-verb-after-it-stays-a-term"),
    # -- a role written before the name in an apposition ---------------------------------------------
    pytest.param("Her neighbor, Teamsters member Rosa Kalvik-de Wit, said, “We were here in 1994 and "
                 "we are here now.”", [["Rosa Kalvik-de Wit"]],
                 id="a-description-then-a-role-before-the-name"),
    pytest.param("Ana Dorr, wife of striker Tom Velkin, said, “We stay out until they sign.”",
                 [["Ana Dorr"]], id="a-lower-case-apposition-names-someone-else"),
]


@pytest.mark.parametrize(("paragraph", "want"), SPEAKERS)
def test_set_ba_speakers(paragraph, want):
    assert quoted_speakers(paragraph) == want
