"""Where a name begins and ends on sets Y's and Z's kinds (issue 10, read by category after their
untuned measure; branch ent41): a title before a person, a body's name that runs on past its
head ("and", "of" a town, a country before it, a firm's country after it), brands listed before
a plural noun, a fund named for its owner, places in a table's rows. Every sentence is made up
for these tests; no text or name of a held-out set is used (real towns and countries stand only
where the mechanism needs the gazetteer to know one)."""

from __future__ import annotations

import pytest
from nlp_support import NAMED, check_names, found, run_entities


def _labels(registry, *paragraphs, **kw) -> dict[str, str]:
    """Each mention's surface → the key of the entity it names."""
    return dict(found(registry, *paragraphs, **kw))


# -- a title before a person ----------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a county prosecutor's title: no part of the name (it was glued on, the person missed)
    ("The case was argued by Assistant Prosecuting Attorney Dale Kemper on Monday.",
     {"Dale Kemper": "person", "Assistant Prosecuting Attorney Dale Kemper": None,
      "Prosecuting Attorney Dale Kemper": None}),
    ("Prosecuting Attorney Ana Tessaro dropped the charges.",
     {"Ana Tessaro": "person", "Prosecuting Attorney Ana Tessaro": None}),
])
def test_a_prosecutors_title_is_no_part_of_the_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


def test_an_ambiguous_title_before_a_surname_named_in_full_is_cut_off(registry):
    # "Judge" is a title only before two capitalised words ("Judge Advocate General"); before
    # the surname of the one person the article names in full it is the title of that person
    got = found(registry, "The trial opened before Eustace P. Kelvor, a county judge.",
                "Judge Kelvor told the jury to disregard the testimony.")
    check_names(dict(got), {"Kelvor": "person", "Judge Kelvor": None})
    assert {key for surface, key in got if "Kelvor" in surface} == {"person/eustace-p-kelvor"}, got


def test_an_ambiguous_title_before_a_word_nobody_bears_stays_one_name(registry):
    # no person of that surname in the article: the finder's reading is left alone
    got = _labels(registry, "General Kelvorex makes engines.")
    assert "Kelvorex" not in got, got


# -- a body's name that runs on past its head -----------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # a second portfolio after "and" that is an abstract noun by its ending (it was cut off alone)
    ("Workers marched to the Ministry of Manpower and Resettlement in Kelvane.",
     {"Ministry of Manpower and Resettlement": "organization", "Ministry of Manpower": None,
      "Resettlement": None}),
    ("The Department of Labor and Transmigration said no.",
     {"Department of Labor and Transmigration": "organization", "Transmigration": None}),
    # a name of its own after "and" is still two names
    ("Officials of the Ministry of Health and Pfizer met.",
     {"Ministry of Health": "organization", "Pfizer": "organization"}),
])
def test_an_abstract_noun_after_and_is_a_second_portfolio(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # a people's adjective, a plural noun of the people a body gathers, "of" a known city
    ("Members of Haitian Women of Boston joined the picket.",
     {"Haitian Women of Boston": "organization", "Haitian Women": None, "Boston": None}),
    ("She met Haitian Women of Boston and Cuban Mothers of Miami.",
     {"Haitian Women of Boston": "organization", "Cuban Mothers of Miami": "organization"}),
    # no people's adjective before the noun: the town stays a place of its own
    ("Members of Kelvane Women of Boston joined.", {"Boston": "city"}),
])
def test_a_peoples_body_named_for_its_city_is_one_name(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # another country's name before a registry body of one country (France's confederation)
    ("The Vietnam General Confederation of Labor called a strike.",
     {"Vietnam General Confederation of Labor": "organization", "General Confederation of Labor": None}),
    # where the country is where something stands, the two stay apart
    ("In Chile General Confederation of Labor leaders spoke.",
     {"Chile": "country", "General Confederation of Labor": "organization/cgt-france"}),
    # the body's own country before it keeps the registry body
    ("The France General Confederation of Labor struck.",
     {"General Confederation of Labor": "organization/cgt-france"}),
])
def test_another_countrys_name_before_a_national_body_makes_a_new_body(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # a firm's initials, then a country: the firm's arm there, one organisation (the country was
    # read alone, the initials dropped as a heading's capitals)
    ("Workers at KLV USA struck. KLV USA said no.", {"KLV USA": "organization", "USA": None}),
    ("Workers at the KLV New Zealand plant struck.",
     {"KLV New Zealand": "organization", "New Zealand": None}),
    # the firm's registry initials stand inside the whole, no mention of their own
    ("Workers at JBS USA struck.", {"JBS USA": "organization", "JBS": None}),
    # a country's initials or an international body before a country: two names or one place
    ("The US Iraq policy failed.", {"Iraq": "country", "US Iraq": None}),
    ("Troops of the UN Haiti mission left.", {"Haiti": "country", "UN Haiti": None}),
])
def test_a_firms_initials_before_a_country_name_its_arm_there(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # a founder's name, its "’s" and a firm's head: one firm (the head alone was junk)
    ("They struck against Tarrow's Group, the owner.",
     {"Tarrow's Group": "organization", "Group": None, "Tarrow": None}),
    ("Tarrow’s Group locked out workers.", {"Tarrow’s Group": "organization", "Group": None}),
    ("Workers at Tarrow's Holdings struck.", {"Tarrow's Holdings": "organization"}),
    # not before "of": the body of that name is another
    ("Lenin's Group of Seven met.", {"Group of Seven": NAMED, "Lenin's Group": None}),
])
def test_a_founders_possessive_before_a_firms_head_is_one_firm(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # a city's department named by its service: the city, "Division", "of" and the service
    ("The Boston Division of Police shot him.",
     {"Boston Division of Police": "organization", "Boston Division": None, "Boston": None}),
    ("The Kelvane Division of Fire said no.", {"Kelvane Division of Fire": "organization"}),
    # a union's numbered division stays one body
    ("Members of UAW Division 98 struck.", {"UAW Division 98": "organization"}),
])
def test_a_citys_division_of_a_service_is_one_body(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a list of brands before a plural noun --------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # one-word names listed before a plural noun of firms: one firm each (they were one name)
    ("Workers struck at the Kelvo, Tarrow and Pennick hotels near the port.",
     {"Kelvo": "organization", "Tarrow": "organization", "Pennick": "organization",
      "Kelvo, Tarrow and Pennick": None}),
    ("Workers struck at the Kelvo and Tarrow hotels.", {"Kelvo": "organization", "Tarrow": "organization"}),
    # a union's list of trades stays one union: heads and common words among its parts
    ("Members of the Bakery, Confectionery and Grain Millers union struck.",
     {"Bakery, Confectionery and Grain Millers": "organization"}),
])
def test_brands_listed_before_a_plural_noun_are_one_firm_each(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


# -- a fund named for its owner -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, whole", [
    # a registry periodical before a fund's head: the owner's fund, whole (the head was cut off)
    ("Give now to the Perspectiva Mundial Sustainer Fund, readers.", "Perspectiva Mundial Sustainer Fund"),
    # the owner's name in quotes, as the paper prints its own title
    ("The “Perspectiva Mundial” Sustainer Fund nears its goal.", "“Perspectiva Mundial” Sustainer Fund"),
    # a registry organisation's initials own its strike fund
    ("The UAW Strike Fund paid out.", "UAW Strike Fund"),
])
def test_a_registry_name_before_a_funds_head_owns_the_fund(registry, sentence, whole):
    got = _labels(registry, sentence)
    check_names(got, {whole: "organization", "Sustainer Fund": None, "Strike Fund": None})


def test_a_quoted_owners_fund_is_one_entity_with_its_plain_form(registry):
    d = run_entities(registry, "The ‘Perspectiva Mundial’ Sustainer Fund nears its goal.",
                     "The Perspectiva Mundial Sustainer Fund grew last week.")
    keys = {m.entity for m in d.annotations.mentions if "Sustainer" in d.text[m.span.begin:m.span.end]}
    assert len(keys) == 1, keys
    entity = d.annotations.entities[keys.pop()]
    assert (entity.label, entity.kind) == ("Perspectiva Mundial Sustainer Fund", "organization"), entity


# -- places on a page of reports, in a table, by initials -----------------------------------------
def _reports_page(headline: str) -> str:
    """A page of signed reports (the reader finds its kind by its body) under this headline."""
    return ("The Militant (logo)\n   Vol. 67/No. 10           March 31, 2003\n\n\n"
            f"{headline}\n(front page)\n\n"
            "Printed below are accounts from several of last week's actions against the war.\n\n"
            "BY NORA VEGA\nDENVER--Some 2,000 people marched downtown March 20.\n\n"
            "Rail workers carried a union banner.\n*****\n"
            "BY SAM PRICE\nTOLEDO, Ohio--About 300 people rallied at the federal building.\n"
            "*****\nBY ALMA REYES\nYAKIMA, Washington--Farmworkers marched through town.\n")


def _headline_names(registry, text: str) -> dict[str, str]:
    from kg.nlp.entities.mentions import annotate
    from kg.reader.militant import parse_article

    d = parse_article(text)
    assert d.page_kind == "reports"  # the kind found by the body
    annotate(d, registry)
    h = d.headline.span
    return {d.text[m.span.begin:m.span.end]: m.entity for m in d.annotations.mentions
            if h.begin <= m.span.begin < h.end}


def test_a_report_pages_own_headline_names_its_places(registry):
    # the page's kind comes from its body: its sentence-case headline is the page's own
    got = _headline_names(registry, _reports_page("From Denver to Toledo, workers join picket lines"))
    check_names(got, {"Denver": "city", "Toledo": "city"})


def test_a_report_pages_headline_in_title_case_is_still_not_read(registry):
    # a line in Title Case may be a standing name: its capitals say nothing, as before
    assert _headline_names(registry, _reports_page("Reports From Denver And Toledo")) == {}


_TABLE = ("Fund drive by city\n\nCity\tQuota\tPaid\t%\nMontreal\t$8,000\t$8,150\t102%\n"
          "Vancouver\t$3,800\t$3,020\t79%\nN. New Jersey\t$9,000\t$6,410\t71%\n"
          "Tacoma\t$2,000\t$1,000\t50%\nTotal\t$13,800\t$11,000\t80%")


def test_a_table_rows_first_cell_names_a_town_the_gazetteer_knows(registry):
    # each row: a town, then figures in cells set off by tabs; the town opens its line, and
    # the registry's towns alone were named ("Vancouver", "Tacoma" are the gazetteer's)
    got = _labels(registry, "Readers gave generously.", _TABLE)
    check_names(got, {"Montreal": "city", "Vancouver": "city", "Tacoma": "city", "Total": None,
                      "Quota": None})


def test_a_line_opened_by_a_town_without_figures_is_still_a_sentence(registry):
    # no cells of figures after it: the capital is a sentence's first word, as before
    assert "Vancouver" not in _labels(registry, "Readers gave generously.", "Vancouver\tnext week")


@pytest.mark.parametrize("sentence, want", [
    # a compass point's letter before a state: the state's region, one place
    ("Workers in N. New Jersey struck.", {"N. New Jersey": "place", "New Jersey": None}),
    ("Workers from S. California came.", {"S. California": "place", "California": None}),
])
def test_a_compass_letter_before_a_state_names_its_region(registry, sentence, want):
    check_names(_labels(registry, sentence), want)


@pytest.mark.parametrize("sentence, want", [
    # a city's initials, the city named in full elsewhere in the article (before or after)
    ("The SF hotel strike grew. Workers in San Francisco marched.", {"SF": "city/san-francisco"}),
    ("Workers in San Francisco marched. The SF hotel strike grew.", {"SF": "city/san-francisco"}),
    # the city not named in full: the initials name nothing
    ("The LA hotel strike grew.", {"LA": None}),
    # after a comma two capitals are a state's postal code
    ("He lives in Baton Rouge, LA and in Los Angeles.", {"LA": None}),
])
def test_a_citys_initials_name_the_city_the_article_names_in_full(registry, sentence, want):
    check_names(_labels(registry, sentence), want)
