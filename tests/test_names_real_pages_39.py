"""Names real pages of the paper (read locally, never copied; real39) showed typed wrong, in
made-up sentences of the same shapes: the adjectives of peoples without a state of their own in
Spain and France, and of the Slavic peoples, are group words (entities.toml `group_words`), no
untyped name; a surname printed after an editor's bracket that holds the person's title and
given name ("[President Tavo] Dorrow", kg.nlp.entities.kinds.bracketedgiven) is the person, not
a town nor an untyped name; a political current named for its leader before "grouping" ("the
Dorrow grouping") is an organisation, as "the Abu Kelvar group" is (entities.toml
`group_nouns_after`). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    pytest.param(("Basque farmers near Kelvora blocked the road with their tractors.",),
                 {"Basque": None, "Kelvora": "place"},
                 id="basque-before-a-noun-is-a-group-word"),
    pytest.param(("The Kelvora fishermen’s union of the Basque Country sent a delegation.",),
                 {"Basque": None, "Basque Country": "place"},
                 id="basque-country-stays-a-region"),
    pytest.param(("Catalan and Galician parties met in Dorrava to back the strike.",),
                 {"Catalan": None, "Galician": None},
                 id="catalan-and-galician-are-group-words"),
    pytest.param(("“[Chancellor Tavo] Dorrikan flew to Tarvik to meet the bankers,” the paper "
                  "wrote in 1957.",),
                 {"Dorrikan": "person"},
                 id="a-surname-after-a-bracketed-title-and-given-name"),
    pytest.param(("The paper said [Governor Tessa] Lowell would not attend the hearing.",),
                 {"Lowell": "person"},
                 id="a-town's-name-after-a-bracketed-given-name-is-the-surname"),
    pytest.param(("The marchers [from Dorrow] Lowell and Tarvik joined the rally.",),
                 {"Lowell": Not("person")},
                 id="a-bracket-closing-on-no-given-name-makes-no-surname"),
    pytest.param(("The Tavrisk grouping split from the party in 1940 and took a third of the youth.",),
                 {"Tavrisk": "organization"},
                 id="a-grouping-named-for-its-leader"),
    pytest.param(("Kelvania’s Bonapartist regime leans on the army and the church alike.",),
                 {"Bonapartist": None},
                 id="bonapartist-is-a-political-current's-word"),
    pytest.param(("Tessa Marvik read from Capitalism's World Disorder at the Dorrow forum.",),
                 {"Capitalism's World Disorder": "book", "World Disorder": None},
                 id="a-pathfinder-title-opening-with-a-possessive-by-its-registry-row"),
    pytest.param(("The Dorrow study class took up The Third International After Lenin over six "
                  "weeks.",),
                 {"The Third International After Lenin": "book", "Third International": None},
                 id="a-title-holding-a-body's-alias-by-its-registry-row"),
    pytest.param(("Catholic Slavs and Slav villagers of the Tarvik valley farm side by side.",),
                 {"Catholic Slavs": None, "Slavs": None, "Slav": None},
                 id="a-creed-and-a-people-name-no-one-thing"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_real_page_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)
