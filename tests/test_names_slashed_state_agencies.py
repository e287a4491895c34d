"""A state's short name glued by a slash before a federal agency's initials ("Kel/OSHA") is the
state's own agency, one name: the registry's agency is no mention there
(kg.nlp.entities.mentions.glue `stands_alone`), and the whole is an organisation
(kg.nlp.entities.kinds.headrules `joined_to_owner`). A photo credit's "Militant/Ana Ruiz" and the
agency alone are left as they were. Made-up names and sentences (set DO's pass, branch passN44)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found

CASES = [
    pytest.param(("Kel/OSHA fined the refinery after the fire in the crude unit.",),
                 {"Kel/OSHA": "organization", "OSHA": None}, id="state-agency-opens-a-sentence"),
    pytest.param(("The operators wrote to Kel/OSHA about the leaking line.",),
                 {"Kel/OSHA": NAMED, "OSHA": None}, id="state-agency-in-a-sentence"),
    pytest.param(("OSHA came in, took pictures and left.",),
                 {"OSHA": "organization"}, id="the-federal-agency-alone"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_state_agency_named_with_a_slash(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
