"""Names of the kinds held-out set BF (1996–2025) showed cut, glued or untyped, in made-up
sentences in the paper's shapes: a line named for its two ends, the second of two words
(kg.nlp.entities.spans.twoends), a place's trailing pronoun "I"
(kg.nlp.entities.spans.placetails; a firm's group head "of" a country: test_names_firm_of_place),
a cooperative named before its noun
(entities.toml `organization_after`), the brands a works supplies (`organization_before`), a
body named for what it works on, typed by its head before "on" (kg.nlp.entities.kinds.onheads),
a union's delegate named after the role (entities.toml `person_roles`), and a registry row
(Burlington Northern).
No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- a line named for its two ends, the second of two words ---------------------------------------
    pytest.param(("He fired engines on the Kelvo and South Dorrow Railroad until 1958.",),
                 {"Kelvo and South Dorrow Railroad": "organization", "South Dorrow Railroad": None},
                 id="a-two-word-second-end-after-the"),
    pytest.param(("Crews from Kelvo and South Dorrow Railroad yards met.",),
                 {"Kelvo and South Dorrow Railroad": None},
                 id="no-the-no-three-word-join"),
    # -- a place's trailing pronoun "I" --------------------------------------------------------------
    pytest.param(("“In Lisbon I worked nights,” she said.",),
                 {"Lisbon": "city", "Lisbon I": None},
                 id="the-pronoun-after-a-place"),
    pytest.param(("Veterans of World War I marched.",),
                 {"World War I": "event"},
                 id="a-numeral-after-no-place-stays"),
    # -- a cooperative, a works' brands --------------------------------------------------------------
    pytest.param(("She farms near Tallow and belongs to the Dorro-Gain cooperative.",),
                 {"Dorro-Gain": "organization"},
                 id="a-cooperative-named-before-its-noun"),
    pytest.param(("He works at a shoe plant that supplies Dorrex and Kelvani.",),
                 {"Dorrex": "organization", "Kelvani": "organization"},
                 id="the-brands-a-plant-supplies"),
    # -- a body named for what it works on ------------------------------------------------------------
    pytest.param(("She spoke at a meeting organized by the Kelvish Network on Dorrow, with others.",),
                 {"Kelvish Network on Dorrow": "organization"},
                 id="a-network-on-a-place"),
    pytest.param(("The Commission on Tallow Rights met in May.",),
                 {"Commission on Tallow Rights": "organization"},
                 id="a-commission-on-a-subject"),
    # -- a union's delegate ---------------------------------------------------------------------------
    pytest.param(("Bus drivers marched twice around Kelvo’s depot, according to KNU delegate Hine "
                  "Rāwiri. “We stay out,” Rāwiri added.",),
                 {"Hine Rāwiri": "person"},
                 id="a-delegate-before-the-name"),
    # -- a registry row: a rail firm -------------------------------------------------------------------
    pytest.param(("In 1981 Kelvo dockers collected $900, and a switchman on the Burlington Northern "
                  "spoke.",),
                 {"Burlington Northern": "organization"},
                 id="a-registry-row-for-a-rail-firm"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_set_bf_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
