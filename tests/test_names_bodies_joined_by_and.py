"""Bodies whose names hold "and", read whole (set DO's and DP's pass, branch passN44), on
made-up names and sentences:

- a county's building trades council ("Dorrow County Building and Construction Trades
  Council"): a place no list knows, named by its head ("County"), opens the union's list as a
  known place does (kg.nlp.entities.spans.andlists `_placed_trade`), not "… County Building"
  a place and "Construction Trades Council" a body of its own;
- a labour department "of Labor and Industries": the plural a second portfolio
  (entities.toml `field_words`), as "Industry" is;
- a Turkish agency, a "Presidency" named by what it does ("Flood and Emergency Relief
  Presidency": entities.toml `and_single_heads` and the organisation heads);
- "Dept." keeps its stop as "Corp." does, and ends the name before a new sentence
  (`name_abbreviations`, `firm_suffix_ends`)."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found

CASES = [
    pytest.param(("Members of the Dorrow County Building and Construction Trades Council joined the line.",),
                 {"Dorrow County Building and Construction Trades Council": "organization",
                  "Dorrow County Building": None, "Construction Trades Council": None},
                 id="county-building-trades"),
    pytest.param(("The Dorrow County Building and the Kelvo Trades Council were closed.",),
                 {"Dorrow County Building": "place", "Kelvo Trades Council": "organization"},
                 id="a-name-after-and-stays-two"),
    pytest.param(("The Kelvish State Department of Labor and Industries fined the mill.",),
                 {"Kelvish State Department of Labor and Industries": "organization", "Industries": None},
                 id="labor-and-industries"),
    pytest.param(("Shares of Kelvo Steel and Dorrow Industries fell.",),
                 {"Kelvo Steel": "organization", "Dorrow Industries": "organization"},
                 id="two-firms-stay-two"),
    pytest.param(("Villagers say the Flood and Emergency Relief Presidency took a week to come.",),
                 {"Flood and Emergency Relief Presidency": "organization", "Flood": None,
                  "Emergency Relief Presidency": None},
                 id="a-presidency-by-what-it-does"),
    pytest.param(("The workers wrote to the Labor Dept. Tomas Kelvane, a welder, signed first.",),
                 {"Labor Dept.": "organization", "Tomas Kelvane": "person",
                  "Labor Dept. Tomas Kelvane": None},
                 id="dept-keeps-its-stop-and-ends-the-name"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_bodies_joined_by_and(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


LOCALS = [
    pytest.param("Kelvo Watch and United Association Local 598, the pipefitters union, joined the suit.",
                 {"Kelvo Watch": "organization", "United Association Local 598": "organization",
                  "Kelvo Watch and United Association Local 598": None},
                 id="a-group-and-a-united-union's-local"),
    pytest.param("Kelvo Watch and Teamsters Local 598 joined the suit.",
                 {"Kelvo Watch": "organization", "Teamsters Local 598": "organization",
                  "Kelvo Watch and Teamsters Local 598": None},
                 id="a-group-and-a-registry-union's-local"),
    pytest.param("Members of Hotel and Restaurant Employees Local 2 joined the suit.",
                 {"Hotel and Restaurant Employees Local 2": "organization"},
                 id="a-list-of-trades-before-its-local-stays-one"),
]


@pytest.mark.parametrize(("sentence", "want"), LOCALS)
def test_a_local_printed_with_its_union_names_no_list(registry, sentence, want):
    """A union's local after "and" printed with its union's own name ("United …", a registry
    union) is a body of its own (entities.toml `and_own_openers`, andlists `_own_local`)."""
    check_names(dict(found(registry, sentence)), want)
