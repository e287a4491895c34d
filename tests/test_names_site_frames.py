"""Sites read as firms, in made-up sentences in the paper's shapes (branch sites41): a warehouse
by its code with no owner before it (kg.nlp.entities.kinds.sitecodes); a carmaker's plant by a
head of its own after the firm's possessive (entities.toml `plant_heads`); a plant named for two
towns opening a sentence (kg.nlp.entities.spans.townpairsites); a church named for its saint with
no possessive (headrules `saint_building`); a town the dateline names beside a firm named for it
(resolve `firm_short`); a works' town after "at" (namekinds `site_place`); an owner before
"’s <Name> Works" (kinds.toml `[firms_not_places] owned_sites`); a smelter or a depot named for its
place (kinds.toml `placed_works_nouns`). No name or sentence of a
held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- a site's code: three capitals and one digit, in a site's frame ---------------------------
    pytest.param(("Ana Ruiz works at DRW3 on the night shift.",),
                 {"DRW3": "place", "Ana Ruiz": "person"},
                 id="code-after-works-at"),
    pytest.param(("The union filed for an election at the KLV1 warehouse last week.",),
                 {"KLV1": "place"},
                 id="code-before-warehouse-no-owner"),
    pytest.param(("Drivers at TXW8 in Kelvo went out too.",),
                 {"TXW8": "place", "Kelvo": "place"},
                 id="code-after-drivers-at"),
    pytest.param(("Workers at the QNR5 sort center across the street vote next.",),
                 {"QNR5": "place"},
                 id="code-before-sort-center"),
    pytest.param(("Pickers struck a sorting hub its owner calls MXQ4 on Monday.",),
                 {"MXQ4": "place"},
                 id="code-after-calls"),
    # two capitals and digits: a bill's number, no site
    pytest.param(("The Teamsters back AB5 and SB8 in Sacramento.",),
                 {"AB5": "work", "SB8": "work"},
                 id="bill-numbers-stay-works"),
    # -- a carmaker's plant by its own head after the firm's possessive --------------------------
    pytest.param(("He transferred to GM’s Kelvo Hill Manufacturing plant in Tennessee.",),
                 {"Kelvo Hill Manufacturing": "place", "GM": "organization"},
                 id="manufacturing-plant-after-owner"),
    pytest.param(("She came from GM’s Dorrow Metal Center last year.",),
                 {"Dorrow Metal Center": "place"},
                 id="metal-center-after-owner"),
    # a hospital after its owner's possessive is no plant
    pytest.param(("He is a nurse at Kaiser’s Dorrow Medical Center.",),
                 {"Dorrow Medical Center": "hospital"},
                 id="medical-center-stays-hospital"),
    # -- a plant named for two towns with a hyphen, opening a sentence --------------------------
    pytest.param(("Ana Bell spoke first. The Cleveland-Akron plant, set to close, will stay open.",),
                 {"Cleveland-Akron": "place", "Cleveland": None},
                 id="town-pair-plant-opening-a-sentence"),
    # -- a church named for its saint with no possessive ----------------------------------------
    pytest.param(("The day laborers meet Tuesday at St. Kelvo V Church on the West Side.",),
                 {"St. Kelvo V Church": "place"},
                 id="saint-church-with-a-popes-number"),
    pytest.param(("Marchers set out from Saint Dorrow Catholic Church at noon.",),
                 {"Saint Dorrow Catholic Church": "place"},
                 id="saint-church-with-denomination"),
    # a denomination's body keeps its head's kind
    pytest.param(("Bishops of the Kelvish Orthodox Church met in May.",),
                 {"Kelvish Orthodox Church": "organization"},
                 id="national-church-stays-body"),
    # -- a firm named for the dateline's town: the town alone stays the town ---------------------
    pytest.param(("KELVPORT, Ohio — The Kelvport plant stays closed, workers said. GM sold the plant "
                  "to Kelvport Motors Corp. last month.",),
                 {"KELVPORT": "place", "Kelvport": "place", "Kelvport Motors Corp.": "organization"},
                 id="dateline-town-no-short-form-of-its-firm"),
    pytest.param(("Workers struck Dorrvale Foods Inc. last week. The strike at Dorrvale is solid.",),
                 {"Dorrvale": "organization"},
                 id="firm-short-form-kept-elsewhere"),
    # -- a works' town alone after "at", beside the works named for it ---------------------------
    pytest.param(("Pot-room crews from the Kelvane Works joined the march. Tom Ebbs, a pot-room "
                  "worker at Kelvane for 20 years, spoke.",),
                 {"Kelvane Works": "place", "Kelvane": "place"},
                 id="works-town-after-at"),
    pytest.param(("Dorrow management met Tuesday. The Dorrow Mine reopened, and miners at Dorrow "
                  "voted.",),
                 {"Dorrow": "organization"},
                 id="works-name-with-firms-frame-stays-firm"),
    # -- an owner's possessive before a site named with a capitalised head -----------------------
    pytest.param(("Pot-room crews from Dorrix’s Kelvane Works joined the march on Sunday.",),
                 {"Dorrix": "organization", "Kelvane Works": "place"},
                 id="owner-before-named-works"),
    # -- a smelter and a depot named for their place, read as a mine by name ---------------------
    pytest.param(("He is a member of Local 52 at the Kelvo smelter.",),
                 {"Kelvo": "place"},
                 id="smelter-by-its-towns-name"),
    pytest.param(("Bin workers picketed the Dorrby depot April 9.",),
                 {"Dorrby": "place"},
                 id="depot-by-its-districts-name"),
    pytest.param(("Locked out at the Kelvane Metals smelter, they marched.",),
                 {"Kelvane Metals": "organization"},
                 id="smelter-of-a-firm-with-a-head-word"),
    pytest.param(("Kelvo management said no. The Kelvo smelter closed.",),
                 {"Kelvo": "organization"},
                 id="smelter-name-written-as-a-firm-elsewhere"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_site_frames(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_a_name_alone_is_no_part_of_a_longer_word_or_name():
    # where `_at_alone` looks for a works' town written alone ("at Kelvo"): not inside a longer
    # word ("Kelvoton", "Dorr-Kelvo"), not before a capitalised word ("Kelvo Works"); a full
    # stop, a comma or a lower-case word after it leaves it alone
    from kg.nlp.entities.kinds.namekinds import _alone_spots

    text = "Kelvo. Workers at Kelvoton, Dorr-Kelvo and the Kelvo Works met at Kelvo, then at Kelvo on"
    assert [text[b:e] + "@" + str(b) for b, e in _alone_spots(text, "Kelvo")] == \
        ["Kelvo@0", "Kelvo@66", "Kelvo@81"]
