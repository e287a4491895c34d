"""Names of the kinds held-out set AV (print, 1995–2008) showed cut, missed or mistyped, in
made-up sentences in the paper's shapes: a person's full name that holds a registry name after
a given name opening the sentence, a place's name after "all-" before a lower-case noun
(kg.nlp.entities.mentions); "Bloc" opening a party's name (entities.toml leading heads); trades
listed with commas in a Romance body's "de" part (kg.nlp.entities.spans.tradelists) or in an
English one's "of" part opened by a site's word, a purpose of two words after a "for" part's
"and" (kg.nlp.entities.spans.andlists); an agency named by its head's office after a registry
body (kg.nlp.entities.spans.agencyoffices); a slogan's verb asking for a person back (boundaries.toml
imperatives); a given name alone in a headline above the person's full name
(kg.nlp.entities.mentions); a law's part cut from its numbers and two compass words joined by a
hyphen, no names (kg.nlp.entities.cues.evidence junk); a preposition's object before a speech
verb, no speaker (kg.nlp.entities.cues.evidence `speaker`); a firm's division after its
possessive and an acronym (entities.toml `employer_after`). No name or sentence of a held-out set is
used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- a registry name inside a person's full name after a given name opening the sentence -------
    pytest.param(("Pedro Batista de Almeida, who sorts seed at the cooperative, spoke last.",),
                 {"Pedro Batista de Almeida": "person", "Batista": None, "Almeida": None},
                 id="a-registry-surname-after-a-given-name-opening-the-sentence"),
    pytest.param(("Keisha Washington-Lyles, a welder on the night crew, called the offer an insult.",),
                 {"Keisha Washington-Lyles": "person", "Washington": None},
                 id="a-registry-city-opening-a-double-surname"),
    pytest.param(("Washington sent more troops in the spring.", "Then Batista fled the island."),
                 {"Washington": Not("person"), "Batista": "person"},
                 id="a-registry-name-after-an-ordinary-opener-stands-alone"),
    # -- a place's adjective after "all-" -----------------------------------------------------------
    pytest.param(("Delegates voted for an all-Canada wage scale at the convention.",),
                 {"Canada": None, "all-Canada": None},
                 id="all-and-a-country-before-a-lower-case-noun-is-an-adjective"),
    pytest.param(("The strike spread to all of Canada by June.",),
                 {"Canada": "country"},
                 id="all-of-a-country-names-it"),
    # -- "Bloc" opening a party's name ---------------------------------------------------------------
    pytest.param(("Backers of the plan, the Parti Kelvois (PK) cabinet of Premier Lise Dorrande and "
                  "the Bloc Kelvois among them, lost ground in the north.",),
                 {"Bloc Kelvois": "organization", "Lise Dorrande": "person"},
                 id="bloc-opens-a-partys-name"),
    # -- trades listed with commas in a body's name ---------------------------------------------------
    pytest.param(("Dyers in Quito joined the Federación Nacional de Obreros Textiles, Tintoreros y "
                  "Afines del Ecuador last week.",),
                 {"Federación Nacional de Obreros Textiles, Tintoreros y Afines del Ecuador": "organization",
                  "Tintoreros y Afines": None, "Federación Nacional de Obreros Textiles": None},
                 id="a-romance-bodys-trades-listed-with-commas"),
    pytest.param(("Dockers of the Sindicato de Estivadores, Conferentes e Vigias de Santos struck on "
                  "Monday.",),
                 {"Sindicato de Estivadores, Conferentes e Vigias de Santos": "organization"},
                 id="a-portuguese-list-closed-by-e-and-its-port"),
    pytest.param(("Members of the Sindicato de Estivadores, Ana Dorrow y Luis Kelvo spoke.",
                  "Members of the Sindicato de Estivadores, Ana Dorrow and Luis Kelvo spoke."),
                 {"Sindicato de Estivadores": "organization", "Ana Dorrow": "person"},
                 id="people-after-the-comma-are-no-trades"),
    pytest.param(("The mill hands joined the National Federation of Mill, Dye and Loom Workers of Ecuador "
                  "in 1971.",),
                 {"National Federation of Mill, Dye and Loom Workers of Ecuador": "organization",
                  "National Federation of Mill": None},
                 id="an-english-list-of-trades-opened-by-a-sites-word"),
    # -- a purpose of two words after a "for" part's "and" ---------------------------------------------
    pytest.param(("DORA, the National Office for Settlement and Land Reform, says it lacks money.",),
                 {"National Office for Settlement and Land Reform": "organization", "Land Reform": None},
                 id="a-purpose-of-two-words-after-and"),
    pytest.param(("The Coalition for Peace and Maria Dorrow spoke at the rally.",),
                 {"Coalition for Peace and Maria Dorrow": None, "Maria Dorrow": "person"},
                 id="a-person-after-and-is-no-purpose"),
    # -- an agency named by its head's office ---------------------------------------------------------
    pytest.param(("Aid stopped after the United Nations High Commissioner for Labor Migrants asked for "
                  "a halt.",),
                 {"United Nations High Commissioner for Labor Migrants": "organization",
                  "High Commissioner": None, "Labor Migrants": None},
                 id="a-registry-body-its-office-and-purpose"),
    pytest.param(("The United Nations Commissioner for Kelvo Dorrow Affairs met the strikers.",),
                 {"United Nations Commissioner for Kelvo Dorrow Affairs": None},
                 id="a-purpose-of-uncommon-words-is-no-agencys"),
    # -- a slogan's verb asking for a person back ------------------------------------------------------
    pytest.param(("Agents took Tomás Kelvero from the house on Monday. Our banners read “Return Tomás "
                  "to his mother!” and drivers honked.",),
                 {"Return Tomás": None, "Tomás": "person", "Tomás Kelvero": "person"},
                 id="return-opens-a-slogan"),
    pytest.param(("Agents took Tomás Kelvero from the house on Monday.",
                  "Send Tomás home, the crowd chanted."),
                 {"Send Tomás": None, "Tomás": "person"},
                 id="send-opens-a-slogan"),
    # -- no names: a law's part cut from its numbers, two compass words -------------------------------
    pytest.param(("The party wants the court to strike the ban in Articles 4 and 7 of the charter.",),
                 {"Articles": None},
                 id="a-laws-part-cut-from-its-numbers"),
    pytest.param(("The deal sets up an East-West council to oversee the ferries.",),
                 {"East-West": None},
                 id="two-compass-words-joined-by-a-hyphen"),
    pytest.param(("Talks in West Kelvo went well.",),
                 {"West Kelvo": "place"},
                 id="a-compass-word-before-a-name-stays"),
    # -- a preposition's object before ", said" is no speaker --------------------------------------------
    pytest.param(("Aoife Ní Dhorra, a former inmate who spent nine years in the cells of Kelvo Gaol, said "
                  "the talks must free them all.",),
                 {"Kelvo Gaol": Not("person"), "Aoife Ní Dhorra": "person"},
                 id="a-prepositions-object-before-said-is-no-speaker"),
    pytest.param(("Many people, including a cousin of Ana Dorrow, said the strike was right.",),
                 {"Ana Dorrow": "person"},
                 id="a-given-name-after-of-stays-a-person"),
    # -- a firm's division after its possessive ---------------------------------------------------------
    pytest.param(("Last spring Dorrowton’s KLX division bid low for the port cleanup.",),
                 {"Dorrowton": "organization", "KLX": "organization"},
                 id="a-firms-possessive-before-its-divisions-acronym"),
    pytest.param(("The deal went to Dorrowton’s trucking division in May.",),
                 {"Dorrowton": "organization"},
                 id="a-firms-possessive-before-a-lower-case-division"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_set_av_names(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_a_given_name_in_the_headline_above_the_full_name(registry):
    """"Send Tomás home" over a letter naming "Tomás Kelvero": the headline's given name comes
    before the full name, the text's after it; all are the person."""
    got = dict(found(registry, "Agents took Tomás Kelvero from the house on Monday. The neighbors "
                     "said Tomás cried.", headline="Send Tomás home"))
    check_names(got, {"Tomás": "person", "Tomás Kelvero": "person"})
    assert got["Tomás"] == got["Tomás Kelvero"]


def test_a_given_name_only_before_the_full_name_stays_apart(registry):
    """With no use after the full name the given name alone is not read as that person."""
    got = dict(found(registry, "Tomás spoke first. Then Tomás Kelvero, a welder, spoke."))
    assert got.get("Tomás") != got["Tomás Kelvero"]
