"""A campaign's name as the body that wages it (entities.toml `body_campaign_heads`,
kg.nlp.entities.kinds.headrules `waged_by_body`; sets CZ and DA, branch passA42): a cause of two
capitalised words or more before "Campaign" is an organisation, its acronym too; a one-word cause
stays the drive, an event. Made-up sentences in the paper's shapes; no name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("In March the Kelvo Water Action Campaign (KWAC) began a sit-in at the "
                  "ministry. KWAC volunteers slept outside.",),
                 {"Kelvo Water Action Campaign": "organization", "KWAC": "organization"},
                 id="cause-of-three-words-and-its-acronym"),
    pytest.param(("A coalition of the Dorrow Housing Rights Campaign and two tenants’ unions "
                  "called the march. The Pro Tallow Campaign led the other side.",),
                 {"Dorrow Housing Rights Campaign": "organization",
                  "Pro Tallow Campaign": "organization"},
                 id="causes-of-two-words-and-more"),
    pytest.param(("Thousands of students joined the Reading Campaign of 1961 in the mountains.",),
                 {"Reading Campaign": "event"},
                 id="one-word-cause-stays-the-event"),
]


@pytest.mark.parametrize("paragraphs,want", CASES)
def test_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
