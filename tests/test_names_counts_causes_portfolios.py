"""Name boundaries of set M's kinds (issue 10; branch ent20): a union's body numbered after a
two-word head, a post office box, a march named by its count, an action named by its purpose,
a city before a newspaper's hyphenated name, a work named for a life, a ministry of two
portfolios, a French name with a particle opening a sentence. Every sentence is made up for
these tests in the shapes of the paper's pages (union reports, rally reports, book notices,
reports from abroad, the Young Socialists' addresses); no name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import surfaces


# -- one name, whole and alone: each kind's rule joins what was cut into pieces -----------------
@pytest.mark.parametrize("sentence,name,kind", [
    # a number after a two-word head of a union's body
    ("Members of Kelvin Workers District Council 12 rallied.", "Kelvin Workers District Council 12",
     "organization"),
    ("Drivers of Brindle Teamsters Joint Council 41 joined them.", "Brindle Teamsters Joint Council 41",
     "organization"),
    # a work named for a life (the last: a registry person)
    ("She read the Autobiography of Jane Dorrow in jail.", "Autobiography of Jane Dorrow", "work"),
    ("Books on the table included the Memoirs of Maria Dorrow.", "Memoirs of Maria Dorrow", "work"),
    ("He quoted the Diary of Leon Trotsky at the forum.", "Diary of Leon Trotsky", "work"),
    # a government body of two portfolios
    ("Officials of the Ministry of Fuel and Chemical Industry met strikers.",
     "Ministry of Fuel and Chemical Industry", "organization"),
    ("Officials of the Ministry of Mining and Steel Industry met strikers.",
     "Ministry of Mining and Steel Industry", "organization"),  # a product's head before the field
    ("The Department of Labor and Workforce Development fined them.",
     "Department of Labor and Workforce Development", "organization"),
    # a field that is a firm's head too ("Energy") names a ministry's portfolio
    ("The Ministry of Energy and Heavy Industry raised prices.", "Ministry of Energy and Heavy Industry",
     "organization"),
    ("The Ministry of Energy and Mines raised prices.", "Ministry of Energy and Mines", "organization"),
    # a French name with a particle opening a sentence
    ("Hélène de La Tour said they would strike.", "Hélène de La Tour", "person"),
    ("Marcel de La Brière, 58, a rail worker, joined the picket.", "Marcel de La Brière", "person"),
    # a city before a newspaper's hyphenated name
    ("He read the Detroit Post-Courier that morning.", "Detroit Post-Courier", "periodical"),
    # a march named by its count
    ("The Million Worker March drew crowds.", "Million Worker March", "event"),
    ("Organizers of the Thousand Farmer March spoke.", "Thousand Farmer March", "event"),
    # an action named by its purpose: after an article, a quotation mark, a year or a day
    ("Thousands joined the March for Kelvian Lives.", "March for Kelvian Lives", "event"),
    ("A Walk for Kelvian Freedom was held at the statehouse.", "Walk for Kelvian Freedom", "event"),
    ("Supporters handed out flyers for a “Ride for Dorrow Jobs” on Sunday.", "Ride for Dorrow Jobs",
     "event"),
    ("A million came to the 1998 March for Brindle Workers’ Rights.", "March for Brindle Workers’ Rights",
     "event"),
    ("Unions backed the April 25 March for Kelvian Lives.", "March for Kelvian Lives", "event"),
])
def test_one_name_whole_and_alone(registry, sentence, name, kind):
    got = surfaces(registry, sentence)
    assert got.get(name, "").startswith(kind + "/"), got
    assert len(got) == 1, got  # no piece of it left as a name of its own


def test_an_action_keeps_the_place_after_it(registry):
    got = surfaces(registry, "In 2004 a million joined the March for Brindle Workers’ Rights in Dorrow.")
    assert got.get("March for Brindle Workers’ Rights", "").startswith("event/"), got
    assert "Dorrow" in got and len(got) == 2, got


# -- where nothing joins ----------------------------------------------------------------------
def test_a_one_word_numbered_head_is_as_it_was(registry):
    got = surfaces(registry, "Members of Kelvin Machinists Lodge 1943 joined.")
    assert "Kelvin Machinists Lodge 1943" in got, got


@pytest.mark.parametrize("sentence", [
    "The Young Socialists can be reached at P.O. Box 3345, Dorrow, PA 15201.",
    "The Young Socialists can be reached at P.O. Box Q1244, Dorrow.",  # a letter in its number
])
def test_a_post_office_box_is_no_name(registry, sentence):
    got = surfaces(registry, sentence)
    assert not any("Box" in s for s in got), got
    assert "Young Socialists" in got, got


@pytest.mark.parametrize("sentence", [
    "He came home in March for Kelvin Day.",
    "On 12 March for Kelvin Day the plant closed.",  # a day's number before a month
])
def test_a_month_before_for_is_no_action(registry, sentence):
    got = surfaces(registry, sentence)
    assert not any(s.startswith("March") for s in got), got


@pytest.mark.parametrize("sentence,first,second", [
    ("The Ministry of Energy and Kelvane Motors signed a deal.", "Ministry of Energy", "Kelvane Motors"),
    ("The Ministry of Health and Apple signed a deal.", "Ministry of Health", "Apple"),
    ("The Department of Energy and Dorrow Industry signed a deal.", "Department of Energy",
     "Dorrow Industry"),
])
def test_a_ministry_and_a_firm_stay_two(registry, sentence, first, second):
    got = surfaces(registry, sentence)
    assert first in got and second in got, got
