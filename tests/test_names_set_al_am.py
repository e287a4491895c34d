"""Names of sets AL and AM's kinds (issue 10, branch ent60), each a general rule tested on
made-up sentences in the paper's shapes: a Burmese honorific ("Ko", "Ma", "Daw", "U", "Maung")
before a name is a title, no part of it; a Bangladeshi abbreviated given name ("Md.", "Mst.")
opens the name; the Welsh "ap" ("son of") joins a given name to the father's. No name or
sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found, quoted_speakers

CASES = [
    # -- Burmese honorifics ----------------------------------------------------------------------
    pytest.param(("Ko Thet Zin Oo, a signal worker, said the depot stayed shut all week.",),
                 {"Thet Zin Oo": "person", "Ko Thet Zin Oo": None, "Ko": None},
                 id="ko-before-a-name-is-a-title"),
    pytest.param(("The nurses led by Ma Ei Phyu Win marched to the hospital gates.",),
                 {"Ei Phyu Win": "person", "Ma Ei Phyu Win": None},
                 id="ma-before-a-name-is-a-title"),
    pytest.param(("Daw Khin Sandar Lwin spoke for the teachers at the rally.",),
                 {"Khin Sandar Lwin": "person", "Daw Khin Sandar Lwin": None},
                 id="daw-before-a-name-is-a-title"),
    pytest.param(("Transport workers cheered when U Kyaw Naing Htet read the union’s statement.",),
                 {"Kyaw Naing Htet": "person", "U Kyaw Naing Htet": None},
                 id="u-before-a-name-is-a-title"),
    # -- Bangladeshi abbreviated given names ------------------------------------------------------
    pytest.param(("Md. Rafiqul Hasan Talukder, a sewing operator, joined the picket in Gazipur.",),
                 {"Md. Rafiqul Hasan Talukder": "person", "Md.": None, "Rafiqul Hasan Talukder": None},
                 id="md-opens-the-name"),
    pytest.param(("The line was stopped by Mst. Roksana Begum-Sarkar and her co-workers.",),
                 {"Mst. Roksana Begum-Sarkar": "person", "Mst": None, "Mst.": None},
                 id="mst-opens-the-name"),
    # -- the Welsh "ap" -------------------------------------------------------------------------
    pytest.param(("Former miner Gethin ap Meurig chaired the meeting in Pontypridd.",),
                 {"Gethin ap Meurig": "person", "Gethin": None, "Meurig": None},
                 id="ap-joins-the-fathers-name"),
    # -- a body named with its leader, an opposition's alliance -----------------------------------
    pytest.param(("Police loyal to the Kelvish Labour Party of President Arben Kelmendi fired.",),
                 {"Kelvish Labour Party": "organization", "Arben Kelmendi": "person",
                  "Kelvish Labour Party of President Arben Kelmendi": None},
                 id="a-party-of-its-president-is-the-party-then-the-person"),
    pytest.param(("The Office of Inspector General issued a report.",),
                 {"Office of Inspector General": "organization"},
                 id="a-title-ending-a-bodys-name-stays-in-it"),
    pytest.param(("Thousands rallied behind the Popular Opposition of Moldova in Chisinau.",),
                 {"Popular Opposition of Moldova": "organization", "Popular Opposition": None},
                 id="an-opposition-of-a-country-is-one-body"),
    pytest.param(("The Opposition leader spoke in parliament.",), {"Opposition": None},
                 id="opposition-alone-names-nothing"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_set_al_am(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_a_burmese_honorific_stays_out_of_the_speakers_name():
    speakers = quoted_speakers("“We will not drive the trains for the army,” said Ko Naing Lin "
                               "Aung, a locomotive driver.")
    assert speakers == [["Naing Lin Aung"]], speakers


def test_a_welsh_name_with_ap_speaks_whole():
    speakers = quoted_speakers("“The pits made us a union town,” said Eluned ap Gruffydd, a "
                               "retired canteen worker.")
    assert speakers == [["Eluned ap Gruffydd"]], speakers


def test_jack_ma_is_still_one_name(registry):
    got = dict(found(registry, "The billionaire Jack Ma visited the port of Kelvinburg."))
    assert "Jack Ma" in got, got
