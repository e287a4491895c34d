"""Bodies named in their own language by a head word the lists lacked (kg/data/nlp/entities.toml
`[head_types]` and `[leading_head_types]`, branch ent104): a Dutch union federation, a union
federation ending in "Sindical" or "Ouvrière", a party opening with "Rassemblement", a federation
opening with "Força", Ireland's lower house by its Irish name. Made-up sentences in the paper's
shapes; no name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("Dock workers of the Algemeen Kelvisch Vakverbond blocked the port for a day.",),
                 {"Algemeen Kelvisch Vakverbond": "organization"}, id="dutch-vakverbond"),
    pytest.param(("Teachers said Unidade Sindical had not called the walkout.",),
                 {"Unidade Sindical": "organization"}, id="sindical-ends-a-bodys-name"),
    pytest.param(("Rail workers said Unité Ouvrière had not called the walkout.",),
                 {"Unité Ouvrière": "organization"}, id="ouvriere-ends-a-bodys-name"),
    pytest.param(("Deputies of the Rassemblement Kelvois and of Força Dorrana voted against the bill.",),
                 {"Rassemblement Kelvois": "organization", "Força Dorrana": "organization"},
                 id="rassemblement-and-forca-open-a-bodys-name"),
    pytest.param(("The bill now goes to the Dáil, where the government holds a majority of three.",),
                 {"Dáil": "organization"}, id="the-dail"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_own_language_heads(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
