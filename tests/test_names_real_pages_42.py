"""Names that real pages of the paper read locally (real42: farmers, prisons, immigration raids,
Cuba's anniversaries, campaign pages, 1995–2025) showed typed wrong, in made-up sentences of the
same shape: a given name alone joined by "and" to a person named in full, the surname printed
once for both (kg.nlp.entities.kinds.pairedgiven); a people named by a land's two-word adjective
("Puerto Ricans", kg/data/nlp/entities.toml `group_words`, dropped whole by
kg.nlp.entities.spans.runclose `keep_run`); a place's people "for" a cause, the place opening
the body's name (kg.nlp.entities.spans.joins `_people_for`), and a registry place absorbed in
it lists no name beside it with the places (kg.nlp.entities.names); "in nearby" before a town
(kg.nlp.entities.cues.evidence `locative`); a rancher's trade before a name
(kg/data/nlp/entities.toml `person_roles`); New Year, a holiday (kg/data/nlp/kinds.toml
`holidays`); a bill numbered as a file (kg/data/nlp/boundaries.toml `numbered_heads`). No real
page's text is used."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, Not, check_names, found

CASES = [
    # -- two of one family, the surname printed once ---------------------------------------------------
    pytest.param(("This year two Kelvan ranchers, Tom and Steven Marwick, were sent to jail again.",),
                 {"Tom": "person", "Steven Marwick": "person"},
                 id="a-given-name-before-and-a-person-of-its-family"),
    pytest.param(("We have seen Rosa and Ana Dorrow turned down for parole.",),
                 {"Rosa": "person"},
                 id="a-given-name-opening-the-pair-after-a-verb"),
    pytest.param(("Strikers from Dorrowfield and Ana Kelvey spoke at the rally.",),
                 {"Dorrowfield": Not("person")},
                 id="a-word-no-given-name-before-and-a-person-stays-apart"),
    # -- a people by a land's two-word adjective ---------------------------------------------------------
    pytest.param(("Many Puerto Ricans in Harlan joined the march to the Kelvo plant.",),
                 {"Puerto Ricans": None, "Harlan": NAMED},
                 id="a-two-word-peoples-name-is-no-place"),
    pytest.param(("Costa Ricans and Sri Lankans work side by side at the Dorrow cannery.",),
                 {"Costa Ricans": None, "Sri Lankans": None},
                 id="two-word-peoples-in-a-pair-are-no-names"),
    pytest.param(("The Puerto Rican Independence Party of Kelvo called the protest.",),
                 {"Puerto Rican Independence Party of Kelvo": NAMED},
                 id="a-body-opening-with-the-adjective-keeps-its-name"),
    # -- a place's people for a cause -----------------------------------------------------------------
    pytest.param(("Members of Kelvo Citizens for Fair Farming joined the rally at the capitol.",),
                 {"Kelvo Citizens for Fair Farming": "organization", "Kelvo Citizens": None,
                  "Fair Farming": None},
                 id="a-new-place-and-its-people-for-a-cause-are-one-body"),
    pytest.param(("Iowa Citizens for Fair Farming called the rally at the capitol.",),
                 {"Iowa Citizens for Fair Farming": "organization", "Iowa": None},
                 id="a-registry-place-opens-the-body-of-its-people-for-a-cause"),
    pytest.param(("The Kelvo Rural Crisis Center, Dorrowfire Rural Action, Iowa Citizens for Fair "
                  "Farming, and other farm groups organized the march.",),
                 {"Dorrowfire Rural Action": "organization",
                  "Iowa Citizens for Fair Farming": "organization"},
                 id="a-body-listed-beside-a-body-opening-with-a-place-is-no-place"),
    pytest.param(("Farmers came from Iowa, Kelvoshire and Nebraska to the rally.",),
                 {"Kelvoshire": "place"},
                 id="a-name-listed-with-places-stays-a-place"),
    # -- "in nearby" --------------------------------------------------------------------------------
    pytest.param(("The raids were the first in memory here. In nearby Dorrowton, INS assistant "
                  "director Tom Kelvey said the agents would be back.",),
                 {"Dorrowton": "place"},
                 id="a-town-after-in-nearby-is-a-place"),
    # -- a rancher, a holiday, a bill filed by number ------------------------------------------------
    pytest.param(("Held in jail since 2016, cattle rancher Clevan Bostry is fighting the charges.",),
                 {"Clevan Bostry": "person"},
                 id="a-ranchers-trade-before-a-name-says-a-person"),
    pytest.param(("The paper sends New Year’s greetings to its readers in Kelvo.",),
                 {"New Year": "event"},
                 id="new-year-is-a-holiday"),
    pytest.param(("Farmers oppose House File 519, which shields the big hog producers.",),
                 {"House File 519": "work", "House File": None},
                 id="a-bill-numbered-as-a-file-keeps-its-number"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_real_pages_42(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
