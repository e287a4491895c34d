"""Long names cut in two at "and" or a comma (branch ent142): a union's list of trades closed by a
numbered local or by "of" and its country, a one-word "of" part that is a structure's head before a
comma list. Every sentence is made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found


@pytest.mark.parametrize("paragraphs, want", [
    # a union's "of" list whose last trade stands before a numbered local: one union
    (("She joined the Kelvish Brotherhood of Painters and Glaziers Local 31 last year.",),
     {"Kelvish Brotherhood of Painters and Glaziers Local 31": "organization",
      "Glaziers Local 31": None}),
    # a list's comma before "and": the local is a body of its own
    (("Speakers came from the Coalition of Dorrow Unionists, and Kelvo Drivers Local 830.",),
     {"Coalition of Dorrow Unionists": "organization", "Kelvo Drivers Local 830": "organization"}),
    # with no "of" opener the list is left as it was: two bodies
    (("Dorrow Ranchers Cooperative and Teamsters Local 120 signed the letter.",),
     {"Dorrow Ranchers Cooperative": "organization", "Teamsters Local 120": "organization"}),
    # the union's country after its trades, alone or before its local
    (("He is in the Kelvish Brotherhood of Painters and Glaziers of America.",),
     {"Kelvish Brotherhood of Painters and Glaziers of America": "organization"}),
    (("He is in the Kelvish Brotherhood of Painters and Glaziers of America Local 31, he said.",),
     {"Kelvish Brotherhood of Painters and Glaziers of America Local 31": "organization",
      "America Local 31": None}),
    # no trades' list before "of": a college "of" a country stays as it was
    (("Ana Ruiz spoke at Dorrow College of America.",), {"Dorrow College of America": "organization"}),
    # a structure's head alone in the "of" part opens a comma list of trades: one union
    (("A welder in the Kelvo Union of Bridge, Tunnel and Rail Workers Local 9 spoke.",),
     {"Kelvo Union of Bridge, Tunnel and Rail Workers Local 9": "organization"}),
    # not a body that is no union's list: two names
    (("The University of Bridge, Kelvo and Dorrow College met.",),
     {"Dorrow College": "organization"}),
    # a known place and a head word that is no body's opening a council's list of trades
    (("The picket was called by the Toledo Building and Glazing Trades Council.",),
     {"Toledo Building and Glazing Trades Council": "organization", "Toledo Building": None}),
    # a hospital is a body's head: the hospital and the union stay two
    (("He spoke at the Toledo Hospital and Nurses Union office.",), {"Nurses Union": "organization"}),
    # a purpose word's fields joined by "and", the last ending the name: one body
    (("Speakers came from the Kelvo Coalition Against Hunger and Homelessness.",),
     {"Kelvo Coalition Against Hunger and Homelessness": "organization", "Homelessness": None}),
    # a name of its own after "and" keeps the two apart
    (("The Committee Against Racism and Kelvo Foods met.",),
     {"Committee Against Racism": "organization", "Kelvo Foods": "organization"}),
])
def test_union_lists(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a founder's surname, "and", a family word and the trade: one firm
    (("Tenants said their landlord, Dorrow and Sons Roofing, ignored the leak.",),
     {"Dorrow and Sons Roofing": "organization", "Dorrow": None, "Sons Roofing": None}),
    (("He hired Kelvo and Brothers to fix the roof.",), {"Kelvo and Brothers": "organization"}),
    # a given name or a known place before "and" is no founder's surname here
    (("Maria and Sons Roofing crews struck.",), {"Maria and Sons Roofing": None}),
    # two firms, the second no family word: left apart
    (("Workers at Tallowby and Brenn Roofing Company struck.",),
     {"Tallowby and Brenn Roofing Company": None}),
    # a firm's name, "and" and a holding's word ending it: one firm
    (("Their landlord, Westmere Property Management and Holdings, shut off the pool.",),
     {"Westmere Property Management and Holdings": "organization", "Holdings": None}),
    # a capitalised word after the closer: a longer name goes on, left as it was
    (("Kelvo Group and Associates Dorrow spoke.",), {"Kelvo Group and Associates": None}),
    # an owner's possessive before a subsidiary named for its town: two firms
    (("He works for Kelvane Energy's Toledo Electric Illuminating Co. in town.",),
     {"Kelvane Energy": "organization", "Toledo Electric Illuminating Co.": "organization"}),
    # a founder's firm named for its trade stays one
    (("He works for Dorrow's Packing Company in town.",), {"Dorrow's Packing Company": "organization"}),
])
def test_firms_with_and_and_owners(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a broad avenue after a house number: an address, one place
    (("They want to evict a family from 1490 Kelvo Concourse because the boiler broke.",),
     {"1490 Kelvo Concourse": "place"}),
    # a county's fire service: one body, a hyphened county opening it
    (("Crews from Kelvo-Dorrow Fire Rescue worked in shifts.",),
     {"Kelvo-Dorrow Fire Rescue": "organization"}),
    (("Crews from Kelvo County Fire Rescue worked in shifts.",),
     {"Kelvo County Fire Rescue": "organization"}),
    # "Rescue" alone names nothing
    (("He praised the Rescue and Recovery crews.",), {"Rescue": None}),
])
def test_addresses_and_services(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
