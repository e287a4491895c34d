"""Types of new names on set S's kinds (issue 10, read by category after its untuned measure;
branch ent31): a chain's outlet in a place, a trade only a firm plies, a brand glued with "’n",
a head of government whose surname a town bears, army units, leaked papers, an estate, a
lower-case compass word, a firm joined to "the … companies", a buyer after a verb of making, a
country's initials without points. Every sentence is made up for these tests; no text of a
held-out set's articles is used (registry and gazetteer names stand for what those lists know:
"Mesa" and "Garland" are towns of the gazetteer, "U.S." a form of the registry)."""

from __future__ import annotations

import pytest
from nlp_support import check_names, found, names_article

from kg.nlp.entities.mentions import annotate

# One row a case: the paragraphs of a made-up article, then what the entities stage must say of
# each name (a kind, a registry key, or None: not named; nlp_support.check_names).
CASES = [
    # -- 1. firms the gazetteer or "at the" typed places ---------------------------------------
    # a chain's outlet in a named place is the chain (a town of the gazetteer bears its name)
    pytest.param(("Strikers took food from a Mesa store in Tallowby and gave it away.",),
                 {"Mesa": "organization"}, id="chain-outlet-named-like-a-gazetteer-town"),
    pytest.param(("Pickets stood outside the Dorrona supermarket on Kelvin Road all day.",),
                 {"Dorrona": "organization"}, id="chain-outlet-on-a-road"),
    pytest.param(("She works at a Kelmart outlet in Brindlecombe.",),
                 {"Kelmart": "organization"}, id="chain-outlet-in-a-town"),
    pytest.param(("They emptied a Dorrona supermarket in Écoville.",),  # a capital with an accent
                 {"Dorrona": "organization"}, id="chain-outlet-in-a-town-with-an-accent"),
    pytest.param(("Workers at a Chicago store voted for the union.",),
                 {"Chicago": "city"}, id="city-before-store-with-no-place-after-keeps-its-kind"),
    # a trade only a firm plies after the name makes a firm
    pytest.param(("He was a photographer at the Kelvam news agency for 11 years.",),
                 {"Kelvam": "organization"}, id="firms-trade-news-agency"),
    pytest.param(("Cashiers at the Dorrix supermarket chain walked out.",),
                 {"Dorrix": "organization"}, id="firms-trade-supermarket-chain"),
    # a brand glued with a clipped "and" is a firm
    pytest.param(("I sold papers outside the Shop’nSave in Brindlecombe.",),
                 {"Shop’nSave": "organization"}, id="brand-glued-with-n"),
    pytest.param(("We met at the Stop'n'Go near the plant.",),
                 {"Stop'n'Go": "organization"}, id="brand-glued-with-quoted-n"),
    # "Santa Rosa": a city of the gazetteer standing for a firm so named
    pytest.param(("She told of the strike of coal miners against Santa Rosa near the Kelvane Valley.",),
                 {"Santa Rosa": "organization"}, id="gazetteer-town-after-miners-against-is-the-firm"),
    pytest.param(("Coal miners in Santa Rosa struck last year.",),
                 {"Santa Rosa": "city"}, id="gazetteer-town-after-in-keeps-its-kind"),
    # -- 2. a head of government whose surname a town bears ------------------------------------
    pytest.param(("The lockout had the backing of the Garland government.",
                  "Prime Minister Alan Garland praised the bosses."),
                 {"Garland": "person"}, id="town-before-government-is-a-named-persons-surname"),
    pytest.param(("The lockout had the backing of the Garland government.",),
                 {"Garland": "city"}, id="town-before-government-with-no-such-person-keeps-its-kind"),
    # -- 3. bodies and firms left untyped ------------------------------------------------------
    # an army's unit named by its arm is an organisation
    pytest.param(("My brother is with the Fourth Infantry Division near the border.",),
                 {"Fourth Infantry Division": "organization"}, id="army-unit-division"),
    pytest.param(("The Second Marine Regiment shipped out in March.",),
                 {"Second Marine Regiment": "organization"}, id="army-unit-regiment"),
    pytest.param(("The protest was organised by International REPLY with help from students.",),
                 {"International REPLY": "organization"}, id="bodys-word-before-a-word-in-capitals"),
    pytest.param(("Fuel costs doubled this year.",
                  "Tallamax and the fertilizer companies are raking in higher earnings."),
                 {"Tallamax": "organization"}, id="sentence-opener-joined-to-the-companies-is-a-firm"),
    pytest.param(("Fuel costs doubled this year.", "Tallamax and the other farmers are angry."),
                 {"Tallamax": None}, id="sentence-opener-joined-to-other-people-stays-unnamed"),
    pytest.param(("The plant assembles phones for Kelvatek and computers for Dorrix and "
                  "Tallow-Packard.",),
                 {"Kelvatek": "organization", "Dorrix": "organization", "Tallow-Packard": "organization"},
                 id="buyers-after-a-verb-of-making-are-firms"),
    pytest.param(("The union supplied food for Maria Ortiz and the strikers.",),
                 {"Maria Ortiz": "person"}, id="person-after-a-verb-of-making-stays-a-person"),
    # "NBC": its lower case is in the frequency list of common words
    pytest.param(("Hundreds marched to the offices of the NBC on Kelvin Road.",),
                 {"NBC": "organization"}, id="initials-with-no-vowel-are-an-acronym"),
    pytest.param(("We will NOT stop, and WHY should we?",),
                 {"NOT": None, "WHY": None}, id="emphasis-in-capitals-is-no-acronym"),
    # -- 4. places and works -------------------------------------------------------------------
    # a lower-case compass word before a name makes a place
    pytest.param(("Hundreds died in the suburbs of eastern Ghazvo in August.",),
                 {"Ghazvo": "place"}, id="compass-word-eastern"),
    pytest.param(("Farmers in northern Kelvo marched on the capital.",),
                 {"Kelvo": "place"}, id="compass-word-northern"),
    pytest.param(("In western Kelvia, Maria Ortiz spoke.", "Rallies in eastern Maria Dorrow …"),
                 {"Maria Ortiz": "person"}, id="compass-word-before-a-persons-name-keeps-the-person"),
    pytest.param(("In March we occupied the Tallamonte estate near the river.",),
                 {"Tallamonte": "place"}, id="name-before-estate-is-a-place"),
    pytest.param(("In 1971 the Kelvin Sentry began printing the Dorrow Papers.",),
                 {"Dorrow Papers": "work"}, id="papers-ends-a-works-name"),
]


@pytest.mark.parametrize("paragraphs,want", CASES)
def test_set_s_types(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


# -- 5. a country's initials without their points -----------------------------------------------
@pytest.mark.parametrize("headline,paragraph,want", [
    pytest.param("No to US strikes on Kelvia, say rail workers", "Workers marched against the war.",
                 {"US": "country/united-states"}, id="undotted-initials-a-frame-named-are-the-country"),
    pytest.param("Migrants face new US border rules", "Workers marched.",
                 {"US": None}, id="undotted-initials-nothing-named-stay-unnamed"),
    pytest.param("A test article", "IF YOU LIKE THIS PAPER, LOOK US UP",
                 {"US": None}, id="initials-in-a-line-of-capitals-are-no-country"),
])
def test_a_countrys_initials_without_points(registry, headline, paragraph, want):
    d = names_article(paragraph, headline=headline)
    annotate(d, registry)
    check_names({m.span.of(d.text): m.entity for m in d.annotations.mentions}, want)
