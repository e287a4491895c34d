"""A headline that is a quotation, on an interview's or a talk's page (kg.nlp.quotations.headline):
the page names its speaker. The articles are made up; the entities stage runs for real."""

from __future__ import annotations

from functools import partial

import pytest
from nlp_support import article, speakers_by_opening

from kg.nlp.stages import annotate

INTERVIEW = (
    "DETROIT—Marta Ortega Ruiz, 41, has worked at the axle plant for 15 years. She spoke with "
    "the Militant after a union meeting.",
    "Militant: Why did the local vote to strike?",
    "Ortega: The company wants a second tier for new hires. We will not go back to that.",
    "Militant: What support have you received?",
    "Ortega: Nurses from the hospital brought food to the picket line.",
)
TALK = (
    "Below are excerpts from a talk by Daniel Brooks at a Militant Labor Forum in Chicago, "
    "March 3. Brooks works at a rail yard.",
    "The strike of 1922 began in the shops and spread to every line in the country.",
)
TALK_PARTICLES = (
    "Below are excerpts from a talk by Lucía Ramos de la Vega at a Militant Labor Forum in "
    "Houston, May 2. Ramos was a student leader in 1971.",
    "We marched from the university to the square, and the workers joined us.",
)
EXCERPT = (
    "Below is an excerpt from Cannery Voices, one of Pathfinder’s Books of the Month for May. "
    "In it, packers and sorters tell how they organized the Dorrvale cannery in the 1930s.",
    "On your first shift at the cannery you learned that a boss could dock a whole row for one slow hand.",
)
NEWS = (
    "DETROIT—Marta Ortega Ruiz, 41, has worked at the axle plant for 15 years.",
    "Workers voted 900 to 12 to strike.",
)


speakers = partial(speakers_by_opening, length=None)  # a headline's quotation: its whole text


@pytest.fixture(scope="module")
def docs():
    return {
        "interview": annotate(article(*INTERVIEW, headline="‘We will not go back to two tiers’")),
        "talk": annotate(article(*TALK, byline=None,
                                 headline="100 years since the rail strike: ‘What workers can do’")),
        "talk_particles": annotate(article(*TALK_PARTICLES, byline=None,
                                           headline="‘The workers joined us’")),
        "news": annotate(article(*NEWS, headline="‘We will not go back to two tiers’")),
        "excerpt": annotate(article(*EXCERPT, byline="ROSA KELVEY-DUNN",
                                    headline="‘We learned to stand\ntogether at the gate’")),
        "excerpt_unsigned": annotate(article(*EXCERPT, byline=None,
                                             headline="‘We learned to stand together at the gate’")),
        "excerpt_named": annotate(article(EXCERPT[0].replace("Cannery Voices", "Cannery Voices by Rosa "
                                                             "Kelvey-Dunn"), *EXCERPT[1:], byline=None,
                                          headline="‘We learned to stand together at the gate’")),
        "plain": annotate(article(*INTERVIEW, headline="Axle workers strike in Detroit")),
    }


def test_an_interviews_headline_quotation_is_the_interviewees(docs):
    doc = docs["interview"]
    assert speakers(doc)["We will not go back to two tiers"] == ["Marta Ortega Ruiz"]
    [q] = [q for q in doc.annotations.quotations if q.span.begin < doc.paragraphs[0].span.begin]
    assert q.span.of(doc.text) == "‘We will not go back to two tiers’"


def test_a_talks_headline_quotation_after_a_colon_is_the_speakers(docs):
    assert speakers(docs["talk"])["What workers can do"] == ["Daniel Brooks"]


def test_a_quoted_headline_on_another_page_is_left_alone(docs):
    assert "We will not go back to two tiers" not in speakers(docs["news"])
    assert speakers(docs["plain"]) == {}


def test_a_talks_speaker_with_two_particles_is_the_person_found_there(docs):
    """The introduction's name runs over "de la": the speaker is the entity the entities stage
    found at that place, whole, not a name cut at the particles."""
    assert speakers(docs["talk_particles"])["The workers joined us"] == ["Lucía Ramos de la Vega"]


def test_an_excerpts_headline_quotation_is_its_one_bylines(docs):
    """"Below is an excerpt from <a book>" over a page signed by one writer: the excerpt is the
    writer's words, the headline quoting it (over two lines) too, and so when the introduction
    names the writer after "by" (the page's one author); unsigned, nobody's."""
    assert speakers(docs["excerpt"])["We learned to stand\ntogether at the gate"] == ["Rosa Kelvey-Dunn"]
    assert speakers(docs["excerpt_unsigned"]) == {}
    # the writer named in the introduction ("an excerpt from <book> by <X>"): the writer's too
    assert docs["excerpt_named"].authors
    assert speakers(docs["excerpt_named"]) == {
        "We learned to stand together at the gate": ["Rosa Kelvey-Dunn"]}


MESSAGE_PAGE = ("The Militant (logo)  \n   Vol. 71/No. 8           March 5, 2007  \n \n"
                "‘She stood with the bakers at every gate’\nMessage to Dorrow meeting for Lina Kestrel\n \n"
                "The following message was sent to the February 24 meeting in Dorrow celebrating "
                "the life of Lina Kestrel, who died February 2.\n \n"
                "Dear friends,\n\n"
                "We send greetings to all who gathered in Dorrow to honor her.\n\n"
                "She spent the winter of 1981 on the picket lines of the Harlan bakers.\n\n"
                "In solidarity,\n\n"
                "Oren Vasquez-Holm\nFor the National Committee\nKelvish Workers League\nKelvin\n")


def _message_page(text: str):
    from kg.reader import parse_article
    return annotate(parse_article(text))


def test_a_messages_quoted_headline_is_its_signers():
    """A message printed whole under an introduction is the signer's words: the reader takes the
    name under the closing as the page's writer, and the headline quoting the message is theirs."""
    got = speakers(_message_page(MESSAGE_PAGE))
    assert got == {"She stood with the bakers at every gate": ["Oren Vasquez-Holm"]}, got


def test_a_byline_over_an_introduced_message_is_no_signer():
    """With a byline over the page and no signer under the message, the reporter wrote the
    introduction, not the message: the headline quotation is left to no one."""
    text = MESSAGE_PAGE.replace(" \nThe following", " \nBY ANA RUIZ\n \nThe following")
    text = text[:text.index("In solidarity,")]
    got = speakers(_message_page(text))
    assert "She stood with the bakers at every gate" not in got, got


# -- a quoted headline opening with words of its own, then lifting a body quotation's ---------------
_CLINIC = ("Marisol Quiñones-Bell runs the night clinic in Harwick. At the end of her shift she said "
           "the team will keep the doors open “until the last family is housed, not until the "
           "cameras leave.”",)


def test_a_headline_lifting_five_words_of_a_body_quotation_is_its_speakers():
    """Set DT's shape at its first measure (rdr44): the headline's closing words, five or more and
    half the headline's, stand together in one speaker's quotation (headline.MIN_REQUOTED_RUN)."""
    doc = annotate(article(*_CLINIC, headline="Harwick clinic: ‘We stay open until the last "
                                              "family is housed’"))
    got = speakers_by_opening(doc, length=None)
    assert got.get("We stay open until the last family is housed") == ["Marisol Quiñones-Bell"], got


def test_a_headline_sharing_four_words_with_a_body_quotation_is_left_alone():
    """"until the last family is": four words together, fewer than MIN_REQUOTED_RUN."""
    doc = annotate(article(*_CLINIC, headline="Harwick clinic: ‘Open until the last family is "
                                              "safe’"))
    got = speakers_by_opening(doc, length=None)
    assert "Open until the last family is safe" not in got, got


def test_a_headline_opening_with_a_body_quotations_words_then_departing_is_left_alone():
    """The headline shares five words with the quotation, but its opening ones: it says its own
    thing after them, and lifts none of the quotation's words at its close."""
    doc = annotate(article(
        "“They can shut the night clinic, but they cannot shut the door on the families who need "
        "it,” said Marisol Quiñones-Bell, a nurse.",
        headline="Harwick: ‘They can shut the night clinic but not our union’"))
    got = speakers_by_opening(doc, length=None)
    assert "They can shut the night clinic but not our union" not in got, got
