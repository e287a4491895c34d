"""Names of the kinds held-out set BI (print, 1995–2011, reports from abroad) showed cut, in
made-up sentences in the paper's shapes: a party's faction in brackets after its name
(kg.nlp.entities.spans.partyfactions); a Greek father's-name initial of two letters inside a
name ("Th.", entities.toml `name_abbreviations`). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found, quoted_speakers

CASES = [
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
    # -- a Greek father's-name initial of two letters ---------------------------------------------
    pytest.param(("“The yard owes us three months,” said Yannis Th. Kelvakis, a welder.",),
                 {"Yannis Th. Kelvakis": "person", "Yannis Th": None},
                 id="th-inside-a-greek-name"),
    pytest.param(("Eleni Ch. Dorrouli spoke for the nurses.",),
                 {"Eleni Ch. Dorrouli": "person"},
                 id="ch-inside-a-greek-name"),
]


@pytest.mark.parametrize("paragraphs, want", CASES)
def test_names_set_bi(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_a_greek_initial_keeps_the_speaker_whole():
    para = "“The yard owes us three months,” said Yannis Th. Kelvakis, a welder."
    assert quoted_speakers(para) == [["Yannis Th. Kelvakis"]]
