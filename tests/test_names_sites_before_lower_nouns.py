"""Sites named before a lower-case noun of energy infrastructure, a site's short form without its
capitalised head (kg.nlp.entities.kinds.untypedframes `site_nouns`, `site_short_forms`), a
place seen from the heights over it or reached by a road (entities.toml
`locative_before`), and one of a people from a place, a person
(kg.nlp.entities.kinds.shapekinds `person_appositions`), a campaign for justice or solidarity a
body (entities.toml `[compound_heads]`), and a hall a meeting's people fill (kinds.toml
`meet_before`), in made-up sentences in the paper's shapes (sets CL, CM; branch ent131). No
name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("Crews are still idle since a blast tore through the Kelvo Horizon rig in May.",),
                 {"Kelvo Horizon": "place"},
                 id="name-before-rig"),
    pytest.param(("Ranchers in Kelvo County oppose Dorrow’s Tallow XL pipeline, which would cross "
                  "their land.",),
                 {"Tallow XL": "place"},
                 id="name-before-pipeline-after-owner"),
    # a firm's frame types a firm first
    pytest.param(("Workers at Tallow Ridge rig walked out.",),
                 {"Tallow Ridge": "organization"},
                 id="employer-frame-keeps-firm"),
    pytest.param(("Acid spilled from the Kelvo Queen Mine in Utah. Hundreds of old mines like Kelvo "
                  "Queen leak metals into the rivers.",),
                 {"Kelvo Queen Mine": "place", "Kelvo Queen": "place"},
                 id="mine-short-form"),
    pytest.param(("Families gathered on the slope above Kelvo Knee at dawn. My aunt was inside "
                  "Kelvo Knee for a month.",),
                 {"Kelvo Knee": "place"},
                 id="above-a-place"),
    pytest.param(("Marchers demanded that the troops leave. A dirt road into the "
                  "Tallows stayed blocked.",),
                 {"Tallows": "place"},
                 id="road-into"),
    pytest.param(("She walked out of Kelvo Foods in May.",),
                 {"Kelvo Foods": "organization"},
                 id="out-of-a-firm-stays-firm"),
    pytest.param(("At the rally Tamo Dorrish, an Innu from Tallowby, Labrador, spoke of the jets.",),
                 {"Tamo Dorrish": "person"},
                 id="one-of-a-people-from-a-place"),
    pytest.param(("Kate Dorrow of the Kelvo Massacre Justice Campaign closed the meeting.",),
                 {"Kelvo Massacre Justice Campaign": "organization"},
                 id="justice-campaign-a-body"),
    pytest.param(("She opened a meeting of 90 people at the Tallow Centre on Friday.",),
                 {"Tallow Centre": "place"},
                 id="people-at-a-centre"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_sites_before_lower_nouns(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
