"""Irish initial mutations printed with no hyphen inside a person's name ("Ó hOrrow", "Nic an
tSelvin", "Mac an bhFear"; entities.toml `mutated_initials`, kg.nlp.entities.cues.namecues
`Cues.cap`): the mutated word counts as a capitalised one, so the name is read whole and not
cut after its particle ("Dara Ó"), and a quotation goes to the whole name. A word with a
capital after the capital ("mRNA") is no such word. Made-up names and sentences (set DN's
pass, branch passN44)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found, quoted_speakers

CASES = [
    pytest.param(("The march was led by Aoife Ó hOrrow, a bus driver from Kelvinbeg.",),
                 {"Aoife Ó hOrrow": "person", "Aoife Ó": None}, id="h-before-a-vowel"),
    pytest.param(("Gráinne Nic an tSelvin, a cleaner at the depot, chaired the meeting.",),
                 {"Gráinne Nic an tSelvin": "person", "Gráinne Nic": None}, id="t-before-s"),
    pytest.param(("Speakers included Colm Mac an bhFear and Síle Ní Dorrowan.",),
                 {"Colm Mac an bhFear": NAMED, "Colm Mac": None, "Síle Ní Dorrowan": NAMED},
                 id="eclipsis-bh-f"),
    pytest.param(("The mRNA shots and the tRNA tests were run at the Kelvo lab.",),
                 {"mRNA": None, "tRNA": None}, id="a-capital-after-the-capital-is-no-name"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_mutated_word_keeps_an_irish_name_whole(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_quotation_goes_to_the_whole_mutated_name():
    speakers = quoted_speakers("“We are staying put,” said Nuala Nic an tSelvin, a porter at the depot.")
    assert speakers == [["Nuala Nic an tSelvin"]]
