"""Names and quotation speakers of the shapes held-out set BA (site, 2016–2021) showed mistyped
or unattributed, in made-up sentences in the paper's shapes: a mine named after its owner's
possessive (kg.nlp.entities.kinds.ownedsites), a congregation's "Ministries" and a standing
"Project" as a body's head word (kg/data/nlp/entities.toml `[head_types]`), a short quotation
whose speaker is named with an age or an apposition before the verb (kg.nlp.quotations.quotes
`_said_right_after`), and a speaker named after a role written before the name inside an
apposition (kg.nlp.speakers `_role_then_name`). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found, quoted_speakers

CASES = [
    # -- a mine named after its owner's possessive --------------------------------------------------
    pytest.param(("Contract drillers walked off the job at Velmaro’s Tashkaran copper mine on Friday.",),
                 {"Velmaro": "organization", "Tashkaran": "place"},
                 id="an-owners-mine-is-a-place-and-the-owner-a-firm"),
    pytest.param(("Contract drillers walked off the job at Peru’s Tashkaran mine on Friday.",),
                 {"Peru": "country/peru", "Tashkaran": "place"},
                 id="a-countrys-mine-leaves-the-country-a-place"),
    pytest.param(("Contract drillers walked off the job at Velmaro’s Tashkaran Mining mine on Friday.",),
                 {"Tashkaran Mining": Not("place")},
                 id="a-firms-head-word-keeps-the-firm"),
    # -- a body's head words ----------------------------------------------------------------------------
    pytest.param(("Pastor Ana Velkin of the Greater Kelvo Ministries spoke at the rally.",),
                 {"Greater Kelvo Ministries": "organization"},
                 id="ministries-end-a-bodys-name"),
    pytest.param(("With the help of the Tallow Miners Defense Project, the widows won their case.",),
                 {"Tallow Miners Defense Project": "organization"},
                 id="a-project-is-a-body"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_set_ba_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


SPEAKERS = [
    # -- a short quotation, the speaker's age between the name and the verb ----------------------------
    pytest.param("“Not finished yet,” Mara Velkin, 58, told the Militant near the gate. “We will be "
                 "back on Monday.”", [["Mara Velkin"], ["Mara Velkin"]],
                 id="a-short-quotation-then-a-name-an-age-and-told"),
    pytest.param("“Not finished yet,” Mara Velkin, a baker, said as she left.", [["Mara Velkin"]],
                 id="a-short-quotation-then-a-name-an-apposition-and-said"),
    pytest.param("The banner read “Not finished yet,” a slogan the strikers chose.", [],
                 id="no-verb-after-it-stays-a-term"),
    # -- a role written before the name in an apposition ---------------------------------------------
    pytest.param("The last speaker, Communist League candidate Tomas Brenner-van Hout, said, “The "
                 "strike is a fight for every one of us.”", [["Tomas Brenner-van Hout"]],
                 id="a-description-then-a-role-before-the-name"),
    pytest.param("Ana Dorr, wife of striker Tom Velkin, said, “We stay out until they sign.”",
                 [["Ana Dorr"]], id="a-lower-case-apposition-names-someone-else"),
]


@pytest.mark.parametrize(("paragraph", "want"), SPEAKERS)
def test_set_ba_speakers(paragraph, want):
    assert quoted_speakers(paragraph) == want
