"""Quotation speakers in four more shapes of the paper's reports (kg.nlp.quotations.quotes,
kg.nlp.agents, kg.nlp.genders): a quotation that ends with one it holds ("‘…,’” recalled X),
"he said"/"she said" after a sentence that names a woman and a man, "<Writer> quotes <Name>, a
<role>:" and a book review's "she writes". The articles are made up; the entities stage runs
for real."""

from __future__ import annotations

import pytest
from nlp_support import article
from nlp_support import speakers_by_opening as speakers

from kg.nlp import genders
from kg.nlp.stages import annotate

NESTED = (
    "“My sister came home and told us, ‘Now we know the bosses can be beaten,’” recalled Maria "
    "Lopez, a retired packer.",
    "“He told them, ‘We won’t go back,’” said Jim Parker, a driver.",
    "“The foreman said, ‘You will regret this,’” explained Tanya Brooks, a sewer at the plant.",
)
PRONOUNS = (
    "Dolores Hart has organized teachers in the district for twenty years.",
    "Frank Miller, a dock worker from Baltimore, who worked alongside Hart during the 1998 strike, "
    "described how the union held firm. “We never thought we would lose,” he said.",
    "Rita Gomez, a nurse from Camden, walked the line with Miller. “It was cold but we stayed,” she said.",
)
QUOTES_VERB = (
    "Workers at the mill have been on strike since June.",
    "In her book, Joan Baker quotes Helen Ward, a telephone operator at the time: “Nobody told us to stop.”",
    "The report quoted a worker at the plant: “They never asked us.”",
)
REVIEW = (
    "In her new book, Joan Baker shows how the strikes of 1946 changed the unions.",
    "President Harold Truman threatened to draft the strikers. The steel union’s president, Philip "
    "Carter, she writes, “held the strikers together and the plants shut.”",
)


@pytest.fixture(scope="module")
def docs():
    """The made-up articles of this module, each read and annotated once by the real stages."""
    return {name: annotate(article(*paras)) for name, paras in {
        "nested": NESTED, "pronouns": PRONOUNS, "quotes": QUOTES_VERB, "review": REVIEW}.items()}


def test_a_quotation_ending_with_one_it_holds_has_the_speaker_after_it(docs):
    got = speakers(docs["nested"])
    assert got["My sister came home "] == ["Maria Lopez"]
    assert got["He told them, ‘We wo"] == ["Jim Parker"]
    assert got["The foreman said, ‘Y"] == ["Tanya Brooks"]


def test_he_or_she_passes_over_a_person_whose_given_name_takes_the_other(docs):
    got = speakers(docs["pronouns"])
    assert got["We never thought we "] == ["Frank Miller"]  # not Dolores Hart, nearer the "he"
    assert got["It was cold but we s"] == ["Rita Gomez"]  # not Frank Miller


def test_the_person_a_writer_quotes_before_a_colon_speaks(docs):
    got = speakers(docs["quotes"])
    assert got["Nobody told us to st"] == ["Helen Ward"]  # not Joan Baker, who quotes her
    assert docs["quotes"].annotations.quotations[-1].speakers[0].kind == "unidentified"


def test_she_writes_in_a_review_is_the_author_not_the_nearest_man(docs):
    assert speakers(docs["review"])["held the strikers to"] == ["Joan Baker"]


def test_given_names_decide_only_when_men_or_women_nearly_all_bear_them():
    assert genders.name_gender("Dolores Hart") == "f"
    assert genders.name_gender("Dr. Frank Miller") == "m"
    assert genders.name_gender("Chris Lee") is None  # borne by men and women
    assert genders.name_gender("Hart") is None  # a surname alone says nothing
    assert genders.contradicts("he", "Dolores Hart") and not genders.contradicts("she", "Dolores Hart")
    assert not genders.contradicts("they", "Dolores Hart")

