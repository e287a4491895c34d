"""The codes of states, provinces and territories, one data file read by one loader
(kg.nlp.entities.cues.statecodes): which code answers which of the three questions."""

from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.statecodes import state_codes


def test_every_code_is_a_state_after_a_town():
    codes = state_codes()
    for code in ("MN", "PR", "QC", "PQ", "NSW", "Vic."):
        assert code in codes.after_town
        assert framing().state_code(code)


def test_us_and_canadian_codes_are_no_initials_but_australias_and_the_former_are():
    codes = state_codes()
    for code in ("MN", "DC", "PR", "ON", "YT"):
        assert code in codes.not_initials and code in framing().not_acronyms
    for code in ("NSW", "ACT", "PQ"):
        assert code not in codes.not_initials and code not in framing().not_acronyms


def test_an_address_links_states_only():
    states = state_codes().us_states
    assert states["MN"] == "place/minnesota" and states["DC"] == "city/washington-dc"
    assert "PR" not in states and "ON" not in states
