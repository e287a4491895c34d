"""A party's faction in brackets after its name (kg.nlp.entities.spans.partyfactions
`party_factions`): plain words ("(Leninist)"), a leader's name, or a creed and a head word
("(Leninist Centre)"). The cases of two steps that did this twice (`party_factions`, set BI's
branch ent93, and `creed_factions`, set CF's branch ent119), made one step (branch gath45).
Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found

CASES = [
    # -- a faction of plain words --------------------------------------------------------------------
    pytest.param(("Talks broke down between the palace and the Communist Party of Dorravia "
                  "(Leninist), whose militias hold the hill districts.",),
                 {"Communist Party of Dorravia (Leninist)": "organization", "Leninist": None,
                  "Communist Party of Dorravia": None},
                 id="a-faction-word-in-brackets"),
    pytest.param(("Its rival, the Communist Party of Dorravia (Reformed Socialist-Agrarian), joined "
                  "the cabinet.",),
                 {"Communist Party of Dorravia (Reformed Socialist-Agrarian)": "organization",
                  "Reformed Socialist-Agrarian": None},
                 id="a-hyphened-two-word-faction"),
    pytest.param(("Marek Tolvaj, head of the Kelvish People's League (Marek), was jailed.",),
                 {"Kelvish People's League (Marek)": "organization", "Marek Tolvaj": "person"},
                 id="a-faction-named-for-its-leader"),
    pytest.param(("The Dorrovian Workers Party (DWP) called the strike.",),
                 {"Dorrovian Workers Party (DWP)": None, "Dorrovian Workers Party": "organization"},
                 id="initials-in-brackets-stay-apart"),
    pytest.param(("Delegates of the Labour Party (Kenya) met in the capital.",),
                 {"Labour Party (Kenya)": None},
                 id="a-place-in-brackets-is-no-faction"),
    pytest.param(("Members of the Parti Kelvois (Kelvish Party) marched.",),
                 {"Parti Kelvois (Kelvish Party)": None},
                 id="a-gloss-with-a-head-word-is-no-faction"),
    # -- a faction named by a creed and a head word ------------------------------------------------
    pytest.param(("Ministers of the Communist Party of Dorravia (Leninist Centre), the junior partner, "
                  "walked out.",),
                 {"Communist Party of Dorravia (Leninist Centre)": "organization", "Leninist Centre": None,
                  "Communist Party of Dorravia": None},
                 id="a-creed-and-a-head-word-in-brackets"),
    pytest.param(("A strike in the mills was called by the Communist Party of Kelvia "
                  "(Marxist-Leninist Front).",),
                 {"Communist Party of Kelvia (Marxist-Leninist Front)": "organization",
                  "Marxist-Leninist Front": None},
                 id="a-hyphened-creed-faction"),
    pytest.param(("A strike in the mills was called by the Kelvish Workers Party (Maoist Front).",),
                 {"Kelvish Workers Party (Maoist Front)": NAMED, "Maoist Front": None},
                 id="a-creed-faction-after-a-party-head-word"),
    pytest.param(("Members of the Parti Kelvois (Kelvish Party) marched.",),
                 {"Parti Kelvois (Kelvish Party)": None},
                 id="a-gloss-opening-with-a-nationality-stays-apart"),
    pytest.param(("Delegates of the Dorrow Labour Party (Socialist Party) met in the capital.",),
                 {"Dorrow Labour Party (Socialist Party)": None},
                 id="a-party-head-in-the-bracket-stays-apart"),
    pytest.param(("Leaders of the People's Congress (Maoist Tendency) joined the talks.",),
                 {"People's Congress (Maoist Tendency)": None},
                 id="a-bracket-without-a-head-word-is-the-plain-faction-rule's"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_a_partys_faction_in_brackets(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
