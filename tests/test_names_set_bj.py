"""The names set BJ's pass made (branch ent95): an adviser's title before a name, a neck of land
and a "Mile" by their heads, a place's own name before its English gloss (glossedplaces), a
union's numbered section after its initials (unionsections), a law's part in Roman numerals and
a law by its acronym after it (lawparts), a highway by name, a body's short name in brackets
closed by its state's capitals (brackets, initials), a law named by a comma list of its aims
(commalaws).
Every sentence is made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

_CASES = [
    # -- an adviser's office before a person's name ------------------------------------------
    (("Deputy Trade Adviser Tomas Velkan flew home. Velkan gave no interview.",),
     {"Tomas Velkan": "person", "Velkan": "person", "Deputy Trade Adviser Tomas Velkan": None}),
    (("Senior Advisor Dana Ruiz resigned on Friday.",), {"Dana Ruiz": "person"}),
    # -- a neck of land and a "Mile" by their heads ------------------------------------------
    (("Fishermen from the Isthmus of Korvallo joined the march.",),
     {"Isthmus of Korvallo": "place", "Isthmus": None, "Korvallo": None}),
    # -- a place's own name before its English gloss -----------------------------------------
    (("Bank clerks rallied along the Milla de Plata (Silver Mile), the city's money street.",),
     {"Milla de Plata": "place", "Silver Mile": "place"}),
    # a woman and her town in brackets, no "the" before her: still a person
    (("Speakers included Rosa Kelvane (Dorrow City) and two farmers.",),
     {"Rosa Kelvane": "person", "Dorrow City": "place"}),
    # -- a union's numbered section after its initials ----------------------------------------
    (("Nurses in the Kelvan Health Workers Union (SKTS) voted. SKTS Section 9 led the vote, "
      "and Section 9 will meet again. The SKTS called a march.",),
     {"SKTS Section 9": "organization", "Section 9": "organization",
      "SKTS": "organization/kelvan-health-workers-union", "SKTS Section": None}),
    # a housing program's section after an agency's initials stays no body
    (("The Dorrow Housing Office (DHO) cut DHO Section 8 vouchers for 300 families.",),
     {"DHO Section 8": None}),
    # a law's section is the law's, no union's
    (("Under Section 13 of the Kelvian Mines Act the bosses must report a fall. Section 13 is old.",),
     {"Kelvian Mines Act": "work", "Section 13": None}),
    # -- a law's part in Roman numerals; a law by its acronym after it ------------------------
    (("Bondholders sued under Title IV of KELFRA, which Congress passed in 2011.",),
     {"KELFRA": "work", "Title IV": None}),
    (("The tenants went to court under Title VI of the Dorrow Housing Act.",),
     {"Dorrow Housing Act": "work", "Title VI": None}),
    # a section in Arabic numbers of a body's initials is left as it was (a union's section)
    (("Delegates of Section 22 of SKTS and others met in Kelvo.",), {"SKTS": Not("work")}),
    # -- a highway by name ---------------------------------------------------------------------
    (("Drivers parked their rigs across the Tiago Kelvanho highway at dawn.",),
     {"Tiago Kelvanho": "place"}),
    # -- a body's short name in brackets with its state's two capitals -------------------------
    (("Dockers of the Kelvo State Port Workers Union (Sindiporto-KV) walked out. Sindiporto-KV "
      "called it a warning.",),
     {"Sindiporto-KV": "organization/kelvo-state-port-workers-union"}),
    # -- a law named by a comma list of its aims ----------------------------------------------
    (("Congress passed the Kelvo Harbor Oversight, Management, and Dredging Act last spring.",),
     {"Kelvo Harbor Oversight, Management, and Dredging Act": "work", "Dredging Act": None}),
    (("The Comprehensive Dorrow Response, Cleanup, and Liability Act covers the spill.",),
     {"Comprehensive Dorrow Response, Cleanup, and Liability Act": "work"}),
    # places listed before a law, "the" between: no law's list
    (("Miners from Ohio, Utah, and the Dorrow Safety Act campaign met.",),
     {"Ohio": "place", "Utah": "place", "Dorrow Safety Act": "work"}),
]


@pytest.mark.parametrize(("paragraphs", "want"), _CASES)
def test_set_bj_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
