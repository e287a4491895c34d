"""Long names cut in two and firms left untyped (branch cuts41): a plant named for two towns at a
sentence's start, a registry firm's national arm, a firm "of" its country, two unions joined by a
dash, recurring firms of the registry. Every sentence is made up for these tests; no text or name
of a held-out set is used (registry firms and towns stand only where the mechanism needs the
registry or the gazetteer to know one)."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found


@pytest.mark.parametrize("paragraphs, want", [
    # a plant named for two towns opening a sentence after "The": one place, the first town no
    # mention of its own
    (("The Toledo-Dearborn plant will stay open until 2027.",),
     {"Toledo-Dearborn": "place", "Toledo": None}),
    (("Welders said the Toledo-Dearborn plant will stay open.",), {"Toledo-Dearborn": "place"}),
    # a registry firm's name written out before a country: the firm's arm there, one organisation,
    # at a sentence's start too
    (("Boeing Australia said it would cut 300 jobs at the Kelvo plant.",),
     {"Boeing Australia": "organization", "Australia": None, "Boeing": None}),
    (("Starbucks New Zealand said it would close two cafés.",),
     {"Starbucks New Zealand": "organization", "New Zealand": None}),
    # a lower-case noun after the country: the country qualifies it, no arm
    (("Boeing Australia workers marched on Monday.",), {"Boeing Australia": Not("organization")}),
    # an international body before a country: its presence there, no arm
    (("The United Nations Haiti mission ended in 2017.",), {"United Nations Haiti": None}),
    # a firm's trade head before "of" and a country: the firm, then where it is based
    (("The mill was bought last year by Dorrow Steel of Japan.",),
     {"Dorrow Steel": "organization", "Japan": "country/japan", "Dorrow Steel of Japan": None}),
    (("Kelvo Mining of Peru owns the pit.",), {"Kelvo Mining": "organization", "Peru": "country/peru"}),
    # not before a state (a firm's own name may hold its state), nor a carmaker's arm
    (("The Dorrow Steel of Ohio plant closed.",), {"Dorrow Steel of Ohio": "organization"}),
    (("He worked for Kelvo Motors of Canada for years.",), {"Kelvo Motors of Canada": "organization"}),
    # a body whose "of" part a trade head opens keeps its country
    (("Bosses in the Federation of Industries of Kenya (FIK) objected.",),
     {"Federation of Industries of Kenya": "organization", "Federation of Industries": None}),
    # a union listing its trades, an en dash and a registry union: two unions merged, one name
    (("Members of the Kelvish Brotherhood of Weavers, Dyers and Loom Workers–Communications "
      "Workers of America voted Sunday.",),
     {"Kelvish Brotherhood of Weavers, Dyers and Loom Workers–Communications Workers of America":
      "organization", "Communications Workers of America": None}),
    # an em dash glued to the words is a parenthesis: two names
    (("The Kelvo Workers Union—United Auto Workers members among them—held the line.",),
     {"Kelvo Workers Union": "organization", "United Auto Workers": "organization"}),
    # a union's international officer after its initials: "International" is the office's word,
    # the initials the union's mention (a registry union's, or one the page spells out)
    (("The vote went ahead after USW International President Tomas Kelvane ordered it.",),
     {"USW": "organization/united-steelworkers", "USW International": None, "Tomas Kelvane": "person"}),
    (("IAM International Vice President Ana Dorrow spoke in Kelvo.",),
     {"IAM": "organization/international-association-of-machinists", "IAM International": None,
      "Ana Dorrow": "person"}),
    # after a name written out "International" is the name's: the firm's president
    (("Kelvo International President Tom Dorrow spoke.",), {"Kelvo International": "organization"}),
    # a union's branch named by its members' trades: one organisation, no trade and no person
    (("Ana Kelvane, a courier in the KWU’s Drivers and Warehouse Branch, said the vote was "
      "close.",),
     {"Drivers and Warehouse Branch": "organization", "Drivers": None, "Warehouse Branch": None}),
    # a body of two words or more before "and" is left to the lists: two bodies
    (("Members of the Brotherhood of Kelvo Engineers and Trainmen and Dorrow Transportation "
      "Division marched.",),
     {"Dorrow Transportation Division": "organization"}),
    # a nation's adjective before a registry place opening a union's name opens it too
    (("Members of the American Flint Glassblowers Union met on Sunday.",),
     {"American Flint Glassblowers Union": "organization", "Flint Glassblowers Union": None}),
    (("Canadian Detroit Toolmakers Union members met on Sunday.",),
     {"Canadian Detroit Toolmakers Union": "organization", "Detroit Toolmakers Union": None}),
    # "a"/"an" before a name placed by "in" or "on": one of a chain's places, the chain a firm
    (("A cook from a Kelvo Burger in Dorrowville spoke first.",), {"Kelvo Burger": "organization"}),
    (("They marched on to a Dorrow Chicken on Tallow Avenue.",), {"Dorrow Chicken": "organization"}),
    # a head word, a place or a nation's adjective says otherwise
    (("She spoke at a Militant Labor Forum in Kelvo.",), {"Militant Labor Forum": Not("organization")}),
    (("He was a Cuban volunteer in Angola.",), {"Angola": "country/angola"}),
    # a given name alone says a person; with "’s" a firm named for its founder
    (("There is a Maria in every family in Kelvo.",), {"Maria": Not("organization")}),
    (("Cooks walked out of a Dana’s on Tallow Avenue.",), {"Dana": "organization"}),
    # names listed in apposition after "the" and a plural noun of firms: firms
    (("Riders logged off the apps Kelvoroo and Dorrow Eats across the country.",),
     {"Kelvoroo": "organization", "Dorrow Eats": "organization"}),
    # no name after the noun: nothing
    (("She said the companies Monday would pay.",), {"Monday": None}),
    # a taxi firm's head word
    (("Tomas drove nights for Dorrow Cab until the app came to Kelvo.",), {"Dorrow Cab": "organization"}),
    # two towns joined by a hyphen before a labour dispute's noun: the employer, one firm
    (("Some had been in the Youngstown-Detroit strike of 1996.",),
     {"Youngstown-Detroit": "organization", "Detroit": None}),
    # before any other noun the pair is left as it was
    (("The Toledo-Dearborn talks broke down.",), {"Toledo-Dearborn": Not("organization")}),
])
def test_cut_names_and_firms(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a firm printed with a slash between its two names: the registry row, and either half alone
    # after it the same firm (short forms: a slash inside the first word no longer hides the form)
    (("Tire builders at Bridgestone/Firestone in Kelvo walked out. “Bridgestone wants "
      "12-hour shifts,” one said, and a sign read “Firestone: no scabs.”",),
     {"Bridgestone/Firestone": "organization/bridgestone-firestone",
      "Bridgestone": "organization/bridgestone-firestone",
      "Firestone": "organization/bridgestone-firestone"}),
    # the whole printed again with its legal form: one name, neither half a mention of its own
    (("Tire builders struck Bridgestone/Firestone in Kelvo. Bridgestone/Firestone Inc. is the "
      "arm of a Tokyo firm.",),
     {"Bridgestone/Firestone Inc.": "organization", "Firestone Inc.": None}),
    # a half alone with no full mention before is no mention of the firm
    (("Firestone tires were on the Kelvo trucks.",), {"Firestone": Not("organization")}),
    # app firms the paper names year after year
    (("Drivers for Uber and Lyft in Kelvo City logged off for a day.",),
     {"Uber": "organization/uber", "Lyft": "organization/lyft"}),
    # a one-word form is strict: glued to another capitalised word it names another thing
    (("Riders for Uber Eats in Dorrow struck too.",), {"Uber": None}),
])
def test_recurring_firms(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)

