"""Names of Mexico's bodies, laws and people read whole and typed (set CN's pass, branch ent132):
a union's section named with its union written out ("Section 14 of the National Union of …",
kg.nlp.entities.spans.unionsections, entities.toml `section_union_heads`); a registry place
after a given name and a particle, a family name ("Miguel de la Madrid",
kg.nlp.entities.mentions.particlesurnames, entities.toml `place_surname_particles`); a law by its
number ("Public Law 45", boundaries.toml `[laws] numbered_heads`); a body's name going on with "in
the" and its industry (kg.nlp.entities.spans.capruns `_merge_in_field`); a monument named by two
common words and "of" after a locative word (kg.nlp.entities.spans.runbounds
`common_noun_in_name`); a street's lower-case noun after its name (entities.toml `place_after`);
a word and its number the page prints after "the" named so elsewhere too
(kg.nlp.entities.spans.echoednumbers); a body named for "the <ordinal> of <Month>"
(kg.nlp.entities.spans.datednames); a town with a particle listed before "and other towns"
(kg.nlp.entities.kinds.townlists); a name a person gives as their own
(kg.nlp.entities.kinds.ownnames, kinds.toml `[own_names]`); the registry's
Petróleos Mexicanos (Pemex), Lázaro Cárdenas, the National Regeneration Movement (Morena) and the
North American Free Trade Agreement (NAFTA), names the paper prints year after year. Made-up
sentences in the paper's shapes; no name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # a union's section named with its union written out: two bodies, the section alone later too
    pytest.param(("Teachers in Section 14 of the National Union of Kelvo Workers struck on Monday. "
                  "Section 14 has broken with the union's national leaders.",),
                 {"Section 14": "organization", "National Union of Kelvo Workers": "organization"},
                 id="section-of-a-union-written-out"),
    pytest.param(("Strikers met at the hall of Section 9 in Dorrow. More than 900 miners, members of "
                  "Section 9 of the Dorrow Miners Federation, walked out.",),
                 {"Section 9": "organization", "Dorrow Miners Federation": "organization"},
                 id="section-alone-before-its-union"),
    # a section named only with its union: left to the union's name, as a local with its union
    pytest.param(("Teachers in Section 14 of the National Union of Kelvo Workers struck on Monday.",),
                 {"Section 14": None},
                 id="section-named-only-with-its-union"),
    # a law's section keeps no body's name
    pytest.param(("Section 8 of the Kelvo Housing Act lets the landlords raise rents.",),
                 {"Section 8": None},
                 id="a-law-section-is-no-body"),
    pytest.param(("Section 22 of the Kelvo Trade Union Act bars strikes in the ports.",),
                 {"Section 22": None},
                 id="a-union-law-section-is-no-body"),
    # a registry place after a given name and a particle is the person's family name
    pytest.param(("Peasants marched against the cuts of President Miguel de la Madrid.",),
                 {"Miguel de la Madrid": "person", "Madrid": None, "Miguel": None},
                 id="particle-and-a-capital-a-family-name"),
    pytest.param(("“We stay,” said Ana Kelvo del Chile, a nurse in Dorrow.",),
                 {"Ana Kelvo del Chile": "person", "Chile": None},
                 id="particle-and-a-country-a-family-name"),
    # a town named for a saint or a given name that is a town keeps its place
    pytest.param(("Dockers struck in Santiago de Chile and in San Marcos de Cuba on Monday.",),
                 {"Chile": "country", "Cuba": "country"},
                 id="a-town-before-the-particle-keeps-the-place"),
    # a law by its number: the number is the law's name
    pytest.param(("Packers say Public Law 45 ties the braceros to one grower and its contract "
                  "crews.",),
                 {"Public Law 45": "work", "Public Law": None},
                 id="a-numbered-public-law"),
    pytest.param(("“We stay,” said Dana Law, 30, a welder in Dorrow.",),
                 {"Dana Law": "person"},
                 id="a-surname-law-before-an-age-stays-a-person"),
    # a body's name going on with "in the" and its industry: one union, its acronym too
    pytest.param(("Workers voted for the Free Union of Workers in the Kelvo Steel Industry (FUWKSI). "
                  "The FUWKSI won 900 votes.",),
                 {"Free Union of Workers in the Kelvo Steel Industry": "organization",
                  "Kelvo Steel Industry": None, "FUWKSI": "organization"},
                 id="union-in-the-industry"),
    # a body where it stands in a place keeps the place out
    pytest.param(("Members of the Dorrow Teachers Union in the Kelvo Valley struck.",),
                 {"Dorrow Teachers Union": "organization"},
                 id="union-in-a-place-stays-apart"),
    # a monument named "<common word> of <common word>" after a locative word: one place
    pytest.param(("Marchers filled the avenue from the Lion of Liberty to the plaza in Dorrow.",),
                 {"Lion of Liberty": "place", "Lion": None, "Liberty": None},
                 id="monument-of-a-common-word"),
    # … but not where another capitalised word goes on after the common word: two names
    pytest.param(("Prisoners were held in the Cells of Long Dorrow for years.",),
                 {"Cells of Long Dorrow": None},
                 id="common-word-of-a-longer-name-stays-apart"),
    # a person "of" a body stays two names
    pytest.param(("“We stay,” said Ana Kelvo of Dorrow Freedom Foods, a packer.",),
                 {"Ana Kelvo": "person"},
                 id="person-of-a-body-stays-apart"),
    # a street named for a person, its noun in lower case: the street
    pytest.param(("The blast tore through an office on Marta Kelvosa avenue in Dorrow.",),
                 {"Marta Kelvosa": "place"},
                 id="street-named-for-a-person"),
    # a word and its number named again where nothing frames them: the name the page prints
    pytest.param(("“We pay for it,” said Ana Kelvo, a driver for Tallo 40. The Tallo 40 drivers "
                  "marched on Monday.",),
                 {"Tallo 40": "organization", "Tallo": None},
                 id="numbered-name-echoed"),
    pytest.param(("A driver for Tallo 40 said the buses were old.",),
                 {"Tallo 40": None},
                 id="a-numbered-name-named-once-unframed-stays-apart"),
    # a body named for a day as "the <ordinal> of <Month>": one name with any body's head
    pytest.param(("Seamstresses formed the 12th of October Kelvo Garment Workers Union in 1986.",),
                 {"12th of October Kelvo Garment Workers Union": "organization",
                  "Kelvo Garment Workers Union": None},
                 id="body-named-for-an-ordinal-day"),
    # a date of the sentence's without "the" stays apart
    pytest.param(("On the 12th of October Kelvo Garment Workers Union members marched.",),
                 {"Kelvo Garment Workers Union": "organization"},
                 id="a-sentence-date-stays-apart"),
    # a town with a particle inside its name, listed before "and other towns"
    pytest.param(("The quake devastated Tallo de Kelvora and other towns of the coast.",),
                 {"Tallo de Kelvora": "place"},
                 id="town-with-a-particle-in-a-town-list"),
    # a name a person gives as their own: a person
    pytest.param(("“We fix the line,” said a welder who gave her name only as Tavo.",),
                 {"Tavo": "person"},
                 id="own-name-given"),
    pytest.param(("A packer who asked to be identified only as Dorra Kelv said the line sped up.",),
                 {"Dorra Kelv": "person"},
                 id="own-name-asked-to-be-identified"),
    # the registry's rows: a state oil firm, a president, a party, a trade pact
    pytest.param(("Refinery workers at Pemex in Kelvo said the bosses cut the night crew.",),
                 {"Pemex": "organization/pemex"},
                 id="registry-state-oil-firm"),
    pytest.param(("Dorrow Kelvane, a pipefitter, said Lázaro Cárdenas took the oil fields back.",),
                 {"Lázaro Cárdenas": "person/lazaro-cardenas"},
                 id="registry-oil-expropriation-president"),
    pytest.param(("“NAFTA gutted the ejidos,” said Tomás Kelvane, a farmer from Dorrow.",),
                 {"NAFTA": "work/nafta"},
                 id="registry-trade-pact-alone"),
]


@pytest.mark.parametrize("paragraphs,want", CASES)
def test_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


TODAY = "Vol. 85/No. 24           June 14, 2021"
BEFORE = "Vol. 67/No. 24           June 14, 2003"


@pytest.mark.parametrize("issue,want", [
    pytest.param(TODAY, "organization/morena", id="the-party-in-its-years"),
    pytest.param(BEFORE, Not("organization"), id="no-party-before-it-was-founded"),
])
def test_party_by_its_years(registry, issue, want):
    """"Morena" is the party only in the years it exists."""
    got = dict(found(registry, "Governor Ana Kelvo, of Morena, met the strikers in Dorrow.",
                     issue=issue))
    check_names(got, {"Morena": want})
