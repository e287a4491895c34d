"""A firm called by one word of its full name after a bare "at" (kg.nlp.entities.kinds.firmleads
`firm_leads`): the firm, not the place the locative made of the word. The word is the full
name's first, the founder's surname after a given name, or the surname after the founder's
initials. The cases of two steps that did this twice (`firm_leads`, branch ent89, and
`initial_firms`, set BP's branch ent102), made one step (branch gath45). Every sentence is made
up for these tests."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("Nurses signed a contract with Kelvo Permanente in May. The deal sets a wage floor "
                  "at Kelvo facilities in Oregon.",),
                 {"Kelvo": "organization"},
                 id="a-firm-s-first-word-after-at"),
    pytest.param(("The guild bargains with Walter Tallowby Co. and three other studios. Pickets "
                  "marched at Tallowby’s studios in the valley.",),
                 {"Tallowby": "organization"},
                 id="a-founder-s-surname-of-a-firm"),
    pytest.param(("Paperworkers were locked out at R.J. Tallberg in Kelvo. “What we saw at Tallberg "
                  "is coming to every mill,” a picket said.",),
                 {"R.J. Tallberg": "organization", "Tallberg": "organization"},
                 id="a-founders-surname-after-a-firm-by-initials-is-the-firm"),
    # a body named for its town: the town stays a place
    pytest.param(("Members of the Dorrow Teachers Union marched. Schools at Dorrow closed early.",),
                 {"Dorrow": "place"},
                 id="a-union-s-town-stays-a-place"),
    # aid called into a town; the body named for the town by a head of two words is no firm
    # whose first word the town would be (entities.toml `locative_before`)
    pytest.param(("Ana Dorrow, chief of the Kelvosh First Nation, began a fast in May. Last winter aid "
                  "workers were called into Kelvosh after the flood.",),
                 {"Kelvosh First Nation": "organization", "Kelvosh": "place"},
                 id="called-into-a-town-a-first-nation-is-named-for"),
    # a word the page writes after a word that says only a place is the town
    pytest.param(("Workers in Tallberg marched on Monday. Paperworkers were locked out at R.J. Tallberg, "
                  "and at Tallberg the mill is quiet.",),
                 {"R.J. Tallberg": "organization", "Tallberg": "place"},
                 id="a-surname-written-after-in-stays-the-town"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_a_firm_called_by_one_word_of_its_name(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
