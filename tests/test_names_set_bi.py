"""Names of the kinds held-out set BI (print, 1995–2011, reports from abroad) showed cut, in
made-up sentences in the paper's shapes: a Greek father's-name initial of two letters inside a
name ("Th.", entities.toml `name_abbreviations`; a party's faction in brackets after its name is
tests/test_partyfactions.py). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found, quoted_speakers

CASES = [
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
