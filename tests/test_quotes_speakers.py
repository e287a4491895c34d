"""Quotation speakers on pages shaped like the paper's news reports (kg.nlp.quotations.quotes,
kg.nlp.speakers):
appositions after a name, titles with a full stop, "he said" after a name and a workplace, and
short questions followed by their speaker. The articles are made up; the entities stage runs for
real, so a workplace it types wrongly (a hotel taken for a person) is part of the test."""

from __future__ import annotations

import pytest
from nlp_support import article
from nlp_support import speakers_by_opening as speakers

from kg.nlp.stages import annotate
from kg.reader import parse_article

PARAGRAPHS = (
    "At a meeting in Denver on March 3, Rosa Delgado, a hospital cleaner whose parents came from "
    "Guatemala, said, “We never thought we would win this. Now we know we can.”",
    "In Gdansk, Tomasz Nowak, a welder at the shipyard, said, “The bosses want us to work for less.”",
    "“We kept the line going for nine weeks,” Carla Benning, a packer at Midland Foods, told the "
    "Militant. “Nobody crossed it.”",
    "“It is the first time I saw that,” one of them, Jorge Alcala, a truck driver, told me.",
    "“We came to help, not to take jobs,” said Dr. Luisa Ferrer, a surgeon from Santa Clara.",
    "“Fair for who?” asked Dale Hughes, a machinist.",
    "Marcus Webb, a cook at the Harbor View Hotel, said the company wants to cut hours. “They call you "
    "in for two hours and send you home,” he said.",
    "In Tulsa, Edna Folau, 52, a teacher at Lincoln High, said that the district lied to parents.",
)


def test_names_joined_by_and_speak_together_and_a_double_hyphen_ends_a_name():
    doc = annotate(article("Kofi Mensah and Lorna Pike, both packers, said, “We are not going back.”",
                           '"We won," said Hank Doyle--a pipefitter--"and we will win again."'))
    assert speakers(doc)["We are not going bac"] == ["Kofi Mensah", "Lorna Pike"]
    spans = {q.content.of(doc.text): q.speaker_span.of(doc.text) for q in doc.annotations.quotations}
    assert spans["We won,"] == spans["and we will win again."] == "Hank Doyle"


@pytest.fixture(scope="module")
def docs():
    """The made-up articles of this module, each read and annotated once by the real stages."""
    return {name: annotate(article(*paragraphs)) for name, paragraphs in {
        "doc": PARAGRAPHS, "nearby": NEARBY, "woven": WOVEN, "around": AROUND, "interrupted": INTERRUPTED,
    }.items()}


def test_a_place_or_workplace_in_an_apposition_never_speaks(docs):
    doc = docs["doc"]
    kinds = {doc.annotations.entities[a.key].kind for q in doc.annotations.quotations
             for a in q.speakers if a.key in doc.annotations.entities}
    assert kinds == {"person"}


def test_reported_speech_after_an_apposition_has_the_named_source(docs):
    doc = docs["doc"]
    sentence = next(s for s in doc.annotations.sentences if s.span.of(doc.text).startswith("In Tulsa"))
    (claim,) = [c for c in doc.annotations.claims if sentence.span.contains(c.span)]
    assert [doc.annotations.entities[a.key].label for a in claim.authors] == ["Edna Folau"]
    assert claim.voice == "reported"


def test_scare_quotes_followed_by_lower_case_words_stay_terms():
    doc = annotate(article("Hezbollah, the “party of God,” is said by many to be a movement of the poor."))
    assert [q.kind for q in doc.annotations.quotations] == ["term"]


NEARBY = (
    "The union has called a rally for Saturday. Hector Mba, a crane operator, said workers do not trust "
    "the inquiry. “They sent the guards with rifles. Who gave the order?”",
    "Lena Duarte, a packer on the night shift, joined the picket line on its second day. “Before the "
    "walkout we worked every Sunday.”",
    "“We were told to wait another year,” said Omar Haddad, a baggage handler.",
    "“Now we know that waiting gets us nothing.”",
    "“Nobody will cross this line.” Grace Obi has driven a forklift at the plant for 11 years.",
    "Workers at Delta Foods struck on Monday. “No contract, no work!”",
    "The Militant spoke with Ray Ito, a striker, at the gate. “Nobody here is afraid of them.”",
    "Guards pushed Ines Moreau and Lia Chu back from the gate. “They had no right to do that.”",
    "The company did not return calls.",
    "“We will be back here every morning until they sign.”",
)


def test_nobody_nearby_gives_no_speaker(docs):
    nearby = docs["nearby"]
    got = speakers(nearby)
    assert got["No contract, no work"] == [], "a company named before a slogan does not say it"
    assert got["We will be back here"] == [], "a paragraph between: nobody's words go on"
    assert got["They had no right to"] == [], "two people named, neither as the subject"


WOVEN = (
    "Nadia Flores, a packer at the plant, told the Militant that the company “has never respected us.”",
    "Malik Osei described the walkout as part of “a fight that workers everywhere are waging.”",
    "Paul Mertens, 61, told the Militant he “never thought the union would come back.”",
    "The mayor, Jim Castle, said the city “cannot afford” the raise.",
    "“We are ready to go out again,” said the local’s president, Dennis Wright.",
    "“Nobody here believes the company,” according to Irene Vasquez, a cashier.",
    "The governor calls it the “new economy.” Its backers named it a “growth plan.”",
)


AROUND = (
    "Marisol Quintero, a housekeeper at the Grand Plaza Hotel, has worked there for 14 years.",
    "“They cut our hours and doubled the rooms,” she said.",
    '"We want what the other hotels got," said Dwayne Lott, a bellman at the Ridgeway Inn. "Nothing less."',
    "I lent the book to my neighbor, Raúl Medina, a bus driver. He gave it back with a note: “Now I know why "
    "my father never crossed a picket line.”",
    "The sign at the gate read: “No scabs here.”",
    "Irma Cole’s answer was simple: “No.”",
    "“Not one more cut,” chanted Ivy Chen, a student.",
    "Work safety--A state agency in Ohio announced that the mine is “safe and efficient,” but miners "
    "disagree.",
)


INTERRUPTED = (
    "“We will win,” Noemi Ruiz said, adding, “They cannot replace us.”",
    "“We start at six,” explained Tom Baird, who drives a truck for the company, “and we finish when they "
    "say.”",
    "According to Dana Brooks, a steward at Weller Tools, “Nobody has signed the new form.”",
    "In the words of Samir Haddad, “This union is ours again.”",
    "Rosa Vega told the Militant in a phone interview from Havana, “The blockade is felt in every home.”",
    "The narrator, a young miner named Tomás Rivas, says: “We learned to read by lamplight.”",
)


def test_no_person_before_a_colon_no_speaker(docs):
    around = docs["around"]
    assert speakers(around).get("No scabs here.", []) == []


def test_a_heading_before_a_double_hyphen_is_not_the_subject(docs):
    around = docs["around"]
    (q,) = [q for q in around.annotations.quotations if q.content.of(around.text).startswith("safe and")]
    assert q.kind == "quotation", "two quoted words after an auxiliary, in reported words"
    (claim,) = [c for c in around.annotations.claims if c.voice == "reported"]
    assert [(a.kind, a.key) for a in claim.authors] == [("unidentified", "A state agency in Ohio")]


def test_quoted_names_of_things_stay_terms(docs):
    woven = docs["woven"]
    terms = {q.content.of(woven.text) for q in woven.annotations.quotations if q.kind == "term"}
    assert terms == {"new economy.", "growth plan."}


@pytest.mark.parametrize("article_, opens, speaker", [
    # appositions, titles, pronouns (PARAGRAPHS)
    ("doc", "We never thought we ", "Rosa Delgado"),     # X, a Y whose family came from PLACE, said, “…”
    ("doc", "The bosses want us t", "Tomasz Nowak"),     # In PLACE, X, a Y at Z, said, “…”
    ("doc", "We kept the line goi", "Carla Benning"),    # “…,” X, a Y at COMPANY, told the Militant.
    ("doc", "Nobody crossed it.", "Carla Benning"),      # the next quotation alone continues it
    ("doc", "It is the first time", "Jorge Alcala"),     # “…,” one of them, X, a Y, told me.
    ("doc", "We came to help, not", "Luisa Ferrer"),     # said Dr. X, …
    ("doc", "Fair for who?", "Dale Hughes"),             # a short question, then asked X: no scare quotes
    ("doc", "They call you in for", "Marcus Webb"),      # he = X, not the hotel X works at
    # the sentences and paragraph around (NEARBY)
    ("nearby", "They sent the guards", "Hector Mba"),    # the sentence before reports X's speech
    ("nearby", "Before the walkout w", "Lena Duarte"),   # the sentence before introduces X, no verb of saying
    ("nearby", "Now we know that wai", "Omar Haddad"),   # a paragraph that only goes on with X's words
    ("nearby", "Nobody will cross th", "Grace Obi"),     # the next sentence opens with X's name
    ("nearby", "Nobody here is afrai", "Ray Ito"),       # the sentence before names one person
    # words woven into the writer's sentence (WOVEN)
    ("woven", "has never respected ", "Nadia Flores"),   # told the Militant that ... “fragment”
    ("woven", "a fight that workers", "Malik Osei"),     # X described ... as part of “fragment”
    ("woven", "never thought the un", "Paul Mertens"),   # X, 61, told the Militant he “fragment”
    ("woven", "cannot afford", "Jim Castle"),            # a role, then the name; a quoted verb phrase
    ("woven", "We are ready to go o", "Dennis Wright"),  # said the role, NAME.
    ("woven", "Nobody here believes", "Irene Vasquez"),  # “…,” according to NAME
    # pronouns, colons and short sentences (AROUND)
    ("around", "They cut our hours a", "Marisol Quintero"),  # she = the person of the paragraph before
    ("around", "We want what the oth", "Dwayne Lott"),       # straight quotes
    ("around", "Nothing less.", "Dwayne Lott"),              # a short sentence alone goes on: no term
    ("around", "Now I know why my fa", "Raúl Medina"),       # He … with a note: “…”
    ("around", "No.", "Irma Cole"),                          # X’s answer was simple: “No.” (no term)
    ("around", "Not one more cut,", "Ivy Chen"),             # chanted X
    # interrupted quotations, attributing phrases (INTERRUPTED)
    ("interrupted", "They cannot replace ", "Noemi Ruiz"),   # “A,” X said, adding, “B”
    ("interrupted", "and we finish when t", "Tom Baird"),    # “A,” explained X, who …, “B”
    ("interrupted", "Nobody has signed th", "Dana Brooks"),  # According to X, a Y at COMPANY, “…”
    ("interrupted", "This union is ours a", "Samir Haddad"), # In the words of X, “…”
    ("interrupted", "The blockade is felt", "Rosa Vega"),    # X told the Militant in … from PLACE, “…”
    ("interrupted", "We learned to read b", "Tomás Rivas"),  # The narrator, a Y named X, says: “…”
])
def test_speaker(docs, article_, opens, speaker):
    assert speakers(docs[article_])[opens] == [speaker]


LETTERS = """The Militant (logo)

Vol. 81/No. 6      February 6, 2017



Strike at the bakery
My neighbor Olga Brandt works at the bakery that went on strike last month. She invited me to the picket line.
Peter Lund
Fargo, North Dakota

Night shift
“We never see our kids,” she told me. I hear this from every woman on my shift.
Ada Mensah
Akron, Ohio
"""


def test_a_letter_does_not_reach_into_the_letter_before():
    doc = annotate(parse_article(LETTERS, "<test>"))
    assert len(doc.items) == 2
    (q,) = [q for q in doc.annotations.quotations if q.kind == "quotation"]
    assert q.speakers == [], "“she” in one letter is nobody named in another"


def test_a_signs_words_in_the_speakers_apposition_do_not_stop_her_next_quotation():
    """“…,” said X, who held a placard reading “…” / “…”: the placard's words are nobody's, and
    the quotation standing alone after them goes on with X's."""
    doc = annotate(article("Hundreds gathered at the courthouse. “The jury slept through the trial,” "
                           "declared Mara Kelvane-Doss, a night nurse who held a placard reading "
                           "“Free the Dorrow Five.” “We are coming back every Monday.”"))
    got = speakers(doc)
    assert got["The jury slept throu"] == ["Mara Kelvane-Doss"]
    assert got["We are coming back e"] == ["Mara Kelvane-Doss"]


def test_the_writers_kin_a_paragraph_opens_with_is_her_pronouns_speaker():
    """"My aunt still works in Dorrow. … “…,” she wrote to us.": the writer's aunt, unnamed, not
    the woman named in the paragraph before."""
    doc = annotate(article("Ana Kelvo-Tsang was fined for leading the march.",
                           "My aunt still works in Dorrow. Every evening she lights a lamp by the gate. "
                           "“The mill can fire us, but it cannot stop the lamps,” she wrote to us."))
    assert speakers(doc, agent_kinds=True)["The mill can fire us"] == [("unidentified", "My aunt")]
