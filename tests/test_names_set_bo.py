"""The junk left on set BO (branch ent101): a body named with its leader whose title is two or
three words ("… Party of Prime Minister …": the body, then the person; runwalk
`_title_then_person`), a mining firm's trade head before "of" and a city (entities.toml
`firm_of_town_ends`: the firm, then its city), and a town whose first word is a title after
"around" (entities.toml `title_town_before`: the town, not a prince); Canadian provinces by the
abbreviations the registry gives them ("B.C." only where the article speaks of Canada); a
department by its portfolios listed, the country last (kg.nlp.entities.spans.portfoliolists).
Every sentence is made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    # -- a leader's title of two or three words after a body's "of" ------------------------------
    pytest.param(("The Kelvish Labor Party of Prime Minister Dana Orrow called an early election.",),
                 {"Kelvish Labor Party": "organization", "Dana Orrow": "person",
                  "Kelvish Labor Party of Prime Minister Dana Orrow": None},
                 id="party-of-a-prime-minister"),
    pytest.param(("Delegates cheered the Unity Front of Vice Premier Arlo Venn at the rally.",),
                 {"Unity Front": "organization", "Arlo Venn": "person"},
                 id="front-of-a-vice-premier"),
    # a title with no full name after it is the body's own "of" part
    pytest.param(("The Office of Prime Minister was vacant for a month.",),
                 {"Office of Prime Minister": "organization"},
                 id="office-of-a-title-alone-stays-whole"),
    # -- a mining firm's head before "of" and a city ---------------------------------------------
    pytest.param(("Dorrow Resources of Calgary bought the smelter in 2019.",),
                 {"Dorrow Resources": "organization", "Calgary": "city",
                  "Dorrow Resources of Calgary": None},
                 id="resources-of-a-city"),
    pytest.param(("The pit belongs to Kelvane Minerals of Brisbane, its bosses say.",),
                 {"Kelvane Minerals": "organization", "Brisbane": "city"},
                 id="minerals-of-a-city"),
    # a place that is no city after "of" keeps the body whole
    pytest.param(("Natural Resources of Kelvia, a state agency, issued the permits.",),
                 {"Natural Resources of Kelvia": "organization"},
                 id="resources-of-an-unknown-place-stays-whole"),
    # -- "around" before a title and a town the gazetteer knows ----------------------------------
    pytest.param(("Ranchers drove in from around Prince George and Kamloops to the meeting.",),
                 {"Prince George": "city", "George": None},
                 id="around-a-titled-town"),
    # a prince the gazetteer knows no town by stays a person
    pytest.param(("Reporters crowded around Prince Harry at the gala.",),
                 {"Prince Harry": None, "Harry": "person"},
                 id="around-a-prince-who-is-no-town"),
    # -- Canadian provinces by their abbreviations (registry aliases) ----------------------------
    pytest.param(("Pickets went up from Halifax to Kamloops, B.C., as Canadian postal workers struck.",),
                 {"B.C.": "place/british-columbia", "Kamloops": "city"},
                 id="bc-where-the-article-speaks-of-canada"),
    pytest.param(("The temple was built around 300 B.C. by slaves.",),
                 {"B.C.": None},
                 id="bc-as-an-era-is-no-province"),
    pytest.param(("Miners in Timmins, Ont., and Estevan, Sask., walked out.",),
                 {"Ont.": "place/ontario", "Sask.": "place/saskatchewan"},
                 id="ont-and-sask"),
    # -- a department by its portfolios listed, the country last (portfoliolists) ----------------
    pytest.param(("Officials of Employment, Skills and Training Canada refused to comment.",),
                 {"Employment, Skills and Training Canada": "organization", "Training Canada": None},
                 id="portfolios-listed-before-the-country"),
    pytest.param(("A caseworker at Housing, Transit, and Tenancy Australia quit in March.",),
                 {"Housing, Transit, and Tenancy Australia": "organization"},
                 id="portfolios-with-a-serial-comma"),
    # places listed before the country, or no comma at all: no department
    pytest.param(("Fares rose in Toronto, Montreal and Quebec City Canada last year.",),
                 {"Toronto": "city", "Toronto, Montreal and Quebec City Canada": None},
                 id="towns-listed-are-no-portfolios"),
    pytest.param(("The rebels of Upper and Lower Canada were hanged.",),
                 {"Upper and Lower Canada": None},
                 id="no-comma-no-portfolio-list"),
]

# -- set BO's typing: heads and suffixes in the cue data, two registry rows ---------------------
KINDS = [
    # French puts a park's head first (kinds.toml `leading_place_heads`)
    pytest.param(("Parc Dorrion was packed on Sunday for the rally.",),
                 {"Parc Dorrion": "place"}, id="parc-leads-a-place"),
    # a crown's decree is a work (entities.toml heads `work`)
    pytest.param(("The band says the valley was granted to it under the Tallow Proclamation of 1790.",),
                 {"Tallow Proclamation": "work"}, id="a-proclamation-is-a-work"),
    # a firm called by its first word after its name with "Industries" (`firm_whole_suffixes`)
    pytest.param(("Dorvek Industries had begun building homes there. The council offered to buy the "
                  "land from Dorvek.",),
                 {"Dorvek Industries": "organization", "Dorvek": "organization"},
                 id="industries-first-word-is-the-firm"),
    # two dailies' heads joined by a hyphen end a paper's name (`periodical`)
    pytest.param(("According to the Dorrow Chronicle-Herald, inspectors never came.",),
                 {"Dorrow Chronicle-Herald": "periodical"}, id="a-merged-dailys-head"),
    # a bill numbered with its chamber's letter (laws `law_shape`)
    pytest.param(("Chiefs oppose Bill C-12, a budget law passed in June.",),
                 {"Bill C-12": "work"}, id="a-commons-bill-by-its-number"),
    pytest.param(("Chiefs oppose Bill S-4 and Senate Bill 907.",),
                 {"Bill S-4": "work", "Senate Bill 907": "work"}, id="a-senate-bill-by-its-number"),
    # an untyped name before a blockade's noun is the site (kinds.toml `[untyped_frames]`)
    pytest.param(("Police tore down the Tallak’en checkpoint and arrested 12 people.",),
                 {"Tallak’en": "place"}, id="a-checkpoint-by-its-place"),
    # an untyped end of a route whose other end is a place of the text, "the" before either end
    # (kinds.routeends)
    pytest.param(("Some 900 people marched from The Kelvings to the Dorrow Legislative Building on Monday.",),
                 {"Kelvings": "place", "Dorrow Legislative Building": "place"}, id="a-route-to-a-building"),
    pytest.param(("The talks ran from Monday to Friday.",),
                 {"Monday": None, "Friday": None}, id="days-are-no-route"),
    # registry rows: the Red Cross, Quebec's provincial police, a mining firm in a list of firms
    pytest.param(("Contracts with Dorvek, Kelvo Steel and Rio Tinto expire in June.",),
                 {"Rio Tinto": "organization/rio-tinto"}, id="rio-tinto-in-a-list-of-firms"),
    pytest.param(("The Red Cross was called in after the flood.",),
                 {"Red Cross": "organization/red-cross"}, id="red-cross"),
    pytest.param(("Officers of the Sûreté du Québec raided the camp.",),
                 {"Sûreté du Québec": "organization/surete-du-quebec"}, id="surete-du-quebec"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_set_bo_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


@pytest.mark.parametrize(("paragraphs", "want"), KINDS)
def test_set_bo_kinds(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
