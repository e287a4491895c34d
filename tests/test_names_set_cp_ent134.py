"""Names of banks, debt and public workers' unions (branch ent134), one table: a union's numbered
council after its initials, a law by its number, a registry body's branch opened by a head and
"of", registry banks and agencies, lenders' and systems' head words, a place before a registry
body's one-word form, a month as a given name after "and", a state's charter. Every sentence is
made up for these tests; no text or name of a held-out set is used (registry bodies stand only
where the mechanism needs the registry to know one)."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found


@pytest.mark.parametrize("paragraphs, want", [
    # a union's numbered council after its initials (a registry union's, or given in brackets):
    # one body with its number, and the number alone after it the same council
    (("Members of AFSCME Council 17 rallied at the Kelvo county building.",),
     {"AFSCME Council 17": "organization", "AFSCME Council": None}),
    (("The Kelvan Public Workers Union (KPWU) called a strike. KPWU Council 9 voted first, "
      "and Council 9 will meet again on Monday.",),
     {"KPWU Council 9": "organization", "Council 9": "organization", "KPWU Council": None}),
    # a council's vote count is no number of its own
    (("The Dorrow City Council 7-2 vote angered the tenants.",),
     {"Dorrow City Council 7-2": None, "Dorrow City Council 7": None}),
    # a law by its number: the number is the name's, no headless "Public Act" left
    (("The governor named a manager for Kelvo under Public Act 312 last spring.",),
     {"Public Act 312": "work", "Public Act": None}),
    (("Firms that moved to Kelvia under Act 60 pay almost no tax.",), {"Act 60": "work"}),
    # a registry body before a name opened by an organisation's head and "of": its branch, one
    # name, no second bank named for the city
    (("The Federal Reserve Bank of Kelvo City called in the lenders.",),
     {"Federal Reserve Bank of Kelvo City": "organization", "Bank of Kelvo City": None,
      "Federal Reserve": None}),
    # a body standing alone before another is left alone
    (("The Federal Reserve met. Bank of Dorrow shares fell.",),
     {"Federal Reserve": "organization"}),
    # banks, lenders and rating agencies the paper names year after year (registry rows)
    (("Tomas Kelvane said the Treasury wrote the plan for the banks. "
      "Treasury Secretary Ana Dorrow signed it.",), {"Treasury": "organization/us-treasury"}),
    (("The Fed raised interest rates again, said Ana Dorrow.",),
     {"Fed": "organization/federal-reserve"}),
    (("Moody’s Investors Service cut the city’s rating, and Fitch Ratings followed.",),
     {"Moody’s Investors Service": "organization/moodys", "Investors Service": None,
      "Moody": None, "Fitch Ratings": "organization/fitch-ratings"}),
    (("Fannie Mae and Freddie Mac were taken over, and Merrill Lynch & Co. was sold.",),
     {"Fannie Mae": "organization/fannie-mae", "Freddie Mac": "organization/freddie-mac",
      "Merrill Lynch & Co.": "organization/merrill-lynch"}),
    (("Lenders such as JPMorgan Chase & Co. and Wells Fargo & Co. put in $5 billion; "
      "Credit Suisse lost more.",),
     {"JPMorgan Chase & Co.": "organization/jpmorgan-chase",
      "Wells Fargo & Co.": "organization/wells-fargo", "Credit Suisse": "organization/credit-suisse"}),
    # a bare form that needs its context stays unnamed without it
    (("Fed up with the bosses, the Kelvo workers struck.",), {"Fed": None}),
    (("The Treasury in Dorrowland cut the pensions.",), {"Treasury": Not("organization")}),
    # lenders and funds named by their business are firms
    (("The lender, Kelvane Home Mortgage, sent the eviction notice in June.",),
     {"Kelvane Home Mortgage": "organization"}),
    (("Bankers rescued Long-Term Dorrow Management with a loan of $2 billion.",),
     {"Long-Term Dorrow Management": "organization"}),
    # a place before a registry body's one-word form: the body's branch, no place
    (("Pickets stood at the Chicago Fed all day; the Federal Reserve said nothing.",),
     {"Chicago Fed": "organization"}),
    # a body named as a system; "General" opening it is no general's title
    (("Retirees of the General Pension System rallied at City Hall.",),
     {"General Pension System": "organization", "Pension System": None}),
    (("Nurses at the Kelvo Health System voted to strike.",), {"Kelvo Health System": "organization"}),
    # a month that is a given name after a person's full name and "and": two people
    (("Ana Kelvane and June Dorrowby spoke for the tenants.",),
     {"June Dorrowby": "person", "Dorrowby": None}),
    # after two months the month stays a date
    (("Between March and June Kelvo Foods closed two plants.",),
     {"Kelvo Foods": "organization", "June Kelvo Foods": None}),
    # a registry state before a charter's word: one work, the state no mention of its own
    (("The retirees said the cuts break the Ohio Constitution and its promise.",),
     {"Ohio Constitution": "work", "Ohio": None}),
    # a longer name the charter's word opens stays that name
    (("Delegates met in Detroit Constitution Hall on Sunday.",),
     {"Detroit Constitution Hall": "place", "Detroit Constitution": None}),
])
def test_names_of_banks_debt_and_unions(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_a_secretarys_title_names_no_treasury(registry):
    # the country's Treasury before its secretary's title is the title's: one mention, the second
    got = found(registry, "U.S. Treasury Secretary Ana Kelvane flew to Dorrow. The U.S. Treasury sold bonds.")
    assert [s for s, k in got if k == "organization/us-treasury"] == ["U.S. Treasury"], got
    assert got[-1] == ("U.S. Treasury", "organization/us-treasury"), got
