"""The session's new entity rules (docs/entities.md "Junk left on sets AE and AG", "Junk left on
sets AB, AD and AF", "Bodies named bare", "Sets AH's and AI's boundaries", "Sets AH's and AI's
types") on other wordings than the sentences that prompted them (issue 10, branch ent58): other
verbs, positions in the sentence, punctuation, curly and straight quotes. Each row pins a rule's
generality; the first four groups are the wordings that failed before this branch. Every
sentence and name is made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found


def _labels(registry, *paragraphs) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs))


# -- (a) a union's short form opening a sentence, its local named before or after ---------------------
@pytest.mark.parametrize("paragraphs, want", [
    (("Kelvifor says the contract is a step back. Members of Kelvifor Local 597 voted it down.",),
     {"Kelvifor": "organization/kelvifor", "Kelvifor Local 597": "organization/kelvifor-local-597"}),
    # the local named first: the short form is the union, not the local
    (("Members of Kelvifor Local 597 voted it down. Kelvifor says the contract is a step back.",),
     {"Kelvifor": "organization/kelvifor"}),
    (("Kelvifor officials signed on Friday.", "Members of Kelvifor Lodge 12 voted it down."),
     {"Kelvifor": "organization/kelvifor"}),
    (("Members of Kelvifor Local 597 voted. “We won’t back down,” Kelvifor’s statement said.",),
     {"Kelvifor": "organization/kelvifor"}),
])
def test_a_unions_short_form_beside_its_local(registry, paragraphs, want):
    check_names(_labels(registry, *paragraphs), want)


# -- (b) an apposition after a bracketed acronym, opened by a common noun's possessive or a dash -------
@pytest.mark.parametrize("sentence, want", [
    ("The strike was called by the Landsdorrowen (LK), the country's largest labor federation, on "
     "Friday.", {"Landsdorrowen": "organization", "LK": "organization"}),
    ("Delegates of the Landsdorrowen (LK), the country’s main union federation, met.",
     {"Landsdorrowen": "organization"}),
    ("The Landsdorrowen (LK) — the country's largest union federation — called the strike.",
     {"Landsdorrowen": "organization"}),
    ("The Landsdorrowen—the nation’s biggest union federation—called the strike.",
     {"Landsdorrowen": "organization"}),
    # a person's role after a possessive stays a person's apposition
    ("Jan Dorrowitz, the union's president, spoke.", {"Jan Dorrowitz": "person"}),
])
def test_an_apposition_with_a_possessive_types_the_body(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- (c) a gloss in brackets before a verb or a preposition: two names, no bracket inside -------------
@pytest.mark.parametrize("sentence, want", [
    ("Last month the Polo Dorrano (Dorran Pole) joined the tenants' league.",
     {"Polo Dorrano": "organization", "Dorran Pole": "organization",
      "Polo Dorrano (Dorran Pole)": None}),
    ("The Polo Dorrano (Dorran Pole) says the strike goes on.",
     {"Polo Dorrano": "organization", "Dorran Pole": "organization"}),
    ("Members of the Polo Dorrano (Dorran Pole) will march.", {"Dorran Pole": "organization"}),
    ("Dock workers joined Polo Dorrano (Dorran Pole) on the march.",
     {"Polo Dorrano": "organization", "Dorran Pole": "organization"}),
    ("Ana Dorrow leads the Frente Dorrano (Dorran Front), which opposed the cuts.",
     {"Frente Dorrano": "organization", "Dorran Front": "organization"}),
    # a qualifier of the noun after it stays inside the name
    ("Many hold Kelvish National (Abroad) passports issued before 1997.",
     {"Kelvish National (Abroad)": Not("organization"), "Abroad": None}),
])
def test_a_gloss_in_brackets_before_a_verb(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- (d) a movement in the plural in other frames, and its own form before its fighters ---------------
@pytest.mark.parametrize("paragraphs, want", [
    (("Villages where the Dorrathis hold the road were shelled.",), {"Dorrathis": "organization"}),
    (("The convoy was attacked by the Dorrathis near the border.",), {"Dorrathis": "organization"}),
    (("A truce with the Dorrathis collapsed on Monday.",), {"Dorrathis": "organization"}),
    (("The Dorrathis, who rule the north, rejected the talks.",), {"Dorrathis": "organization"}),
    (("Dorrathi fighters took the town.",), {"Dorrathi": "organization"}),
    (("Troops clashed with Dorrathi fighters near the port.",), {"Dorrathi": "organization"}),
    (("The convoy was ambushed by Dorrathi militias. The Dorrathis control the port.",),
     {"Dorrathi": "organization", "Dorrathis": "organization/dorrathi"}),
    # a nationality's adjective, or a word shaped as one, stays no body
    (("Kelvan fighters and Tallowese rebels marched on the capital.",),
     {"Kelvan": Not("organization"), "Tallowese": Not("organization")}),
    # a family's plural doing what families do
    (("He met the Kelvos at the party. The Kelvos held a dinner.",), {"Kelvos": Not("organization")}),
])
def test_a_movement_in_other_frames(registry, paragraphs, want):
    check_names(_labels(registry, *paragraphs), want)


# -- the other rules of the five sections, on other wordings (they held before this branch) -----------
@pytest.mark.parametrize("sentence, want", [
    # Junk left on sets AE and AG
    ("Nurses joined a picket at NHS Falkirk and Dorrow.", {"NHS Falkirk and Dorrow": "organization"}),
    ("The court's ruling, known as KC 311-19, stands.", {"KC": None}),
    ("He backed the U.S.-Estonia Free Trade Agreement last year.",
     {"U.S.-Estonia Free Trade Agreement": "work", "Free Trade Agreement": None}),
    # Junk left on sets AB, AD and AF
    ("Workers read an Estonian translation of the book.", {"Estonian": None}),
    ("Steel mill workers struck on Friday.", {"Steel": None}),
    ("Staff of Twelve & Dorrow Holdings walked out.", {"Twelve & Dorrow Holdings": "organization"}),
    ("She read The Kelvish Uprising (1921–29) by Ana Dorrow.",
     {"The Kelvish Uprising (1921–29)": "work"}),
    ("A letter came from Marie d’Kelvigny, a nurse.", {"Marie d’Kelvigny": "person"}),
    ("He criticized the Kelvane report.", {"Kelvane report": "work", "Kelvane": None}),
    # Bodies named bare
    ("Jobs were cut at Tallvex, Dorrowan, and Kelvane airlines last year.",
     {"Tallvex": "organization", "Dorrowan": "organization", "Kelvane": "organization"}),
    ("Pilots at Kelvane or Dorrow airlines may strike.",
     {"Kelvane": "organization", "Dorrow": "organization"}),
    ("Troops entered the provinces of Dorrano, Kelvia, and Tallow.",
     {"Dorrano": "place", "Kelvia": "place", "Tallow": "place"}),
    ("Write to Kelvunion Dorrow County Branch, 4 High Street.",
     {"Kelvunion Dorrow County Branch": "organization"}),
    # Sets AH's and AI's boundaries
    ("Transport workers at the Syndicate of Workers of Kelvin and Suburbs Tram Company struck.",
     {"Syndicate of Workers of Kelvin and Suburbs Tram Company": "organization"}),
    ("Members of Kelvifor Local S9 struck.", {"Kelvifor Local S9": "organization"}),
    ("Local 77 voted to strike.", {"Local 77": "organization"}),
    ("Minister of Light Industries and Trade Ana Dorrow resigned.",
     {"Ana Dorrow": "person", "Light Industries": None}),
    ("The 1989–90 Kelvane strike ended.", {"Kelvane": "organization"}),
    ("She bought Pathfinder’s Make the Harvest Ours at the fair.", {"Make the Harvest Ours": "work"}),
    # Sets AH's and AI's types
    ("Kelvo Iron Works fired 40 welders on Monday.", {"Kelvo Iron Works": "organization"}),
    ("Pickets stood outside General Motors’ Dorrowville Stamping.", {"Dorrowville Stamping": "place"}),
    ("She studied at Kelvin College London and joined the union.",
     {"Kelvin College London": "organization"}),
    ("A column in Kelvaya Gazeta criticized the law.", {"Kelvaya Gazeta": "periodical"}),
    ("Members of Tallow Lake First Nation blocked the road.",
     {"Tallow Lake First Nation": "organization"}),
    ("Drilling began at the Kelvar oil field.", {"Kelvar": "place"}),
    ("Workers rallied in Kelvtorget on Saturday.", {"Kelvtorget": "place"}),
])
def test_the_sessions_rules_on_other_wordings(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
