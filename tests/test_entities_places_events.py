"""Issue 10 §3, places, events, works and surnames (branch ent6): islands and regions no
package holds (a curated file), ISO 3166-2's inverted names, a dateline in capitals with an
abbreviation ("ST. JOHN'S"), a state's abbreviation ("Ind."), adjectives of nationality after a
compass word ("South African"), storms named after their kind, newspapers named by their kind
of paper, and a surname alone that is the one person the article names in full. Sentences and
the article are made up in the paper's shapes; no held-out article is used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.nlp.entities.cues.gazetteer import CURATED_PLACES, GazetteerError, curated_places, fold, gazetteer
from kg.nlp.entities.mentions import annotate
from kg.reader import parse_article, read_article

TESTS = Path(__file__).parent
ARTICLE = TESTS / "entity_articles" / "militant-2009-10-19-v73n40-island-workers.txt"


@pytest.fixture(scope="module")
def article(registry):
    d = read_article(ARTICLE)
    annotate(d, registry)
    by_label = {e.label: e for e in d.annotations.entities.values()}
    forms: dict[str, set[str]] = {}
    for m in d.annotations.mentions:
        forms.setdefault(m.entity, set()).add(m.span.of(d.text))
    return d, by_label, forms


def found(registry, *paragraphs: str) -> dict[str, str]:
    head = ["The Militant (logo)", "   Vol. 73/No. 40           October 19, 2009", "", "",
            "Workers back miners", "", "BY MARY MARTIN", ""]
    d = parse_article("\n".join(head + [p + "\n" for p in paragraphs]) + "\n", "<test>")
    annotate(d, registry)
    return {m.span.of(d.text): m.entity for m in d.annotations.mentions}


# -- the curated file and ISO's inverted names ---------------------------------------------------
def test_islands_and_regions_no_package_holds_are_places():
    g = gazetteer()
    for name in ("Sumatra", "Mindanao", "Sulawesi", "Kashmir", "Kurdistan", "Donbas", "East Timor",
                 "Balkans", "Crimea", "Chechnya"):
        assert g.place_kind(name) == "place", name
    assert g.place_kind("Soweto") == "city"  # never over a city of the same name
    assert g.place_kind("Timor Leste") == "country"  # nor over a country


def test_iso_inverted_names_give_the_name_before_the_comma():
    g = gazetteer()
    assert g.place_kind("Dagestan") == "place" and g.place_kind("Tatarstan") == "place"
    assert g.place_kind("Asturias") == "place"  # "Asturias, Principado de"
    assert g.place_kind("Respublika") is None and g.place_kind("Saha") is None  # a surname: not_places


def test_the_curated_file_says_its_source_and_holds_no_common_word():
    text = CURATED_PLACES.read_text(encoding="utf-8")
    assert "Source:" in text and "GeoNames" in text
    names = curated_places()
    assert len(names) == len(set(names)) and len(names) > 100
    # no name is a word the paper's prose writes in lower case (the test articles' text)
    prose = " ".join(p.read_text(encoding="utf-8") for p in TESTS.rglob("*.txt")
                     if "articles" in p.parent.as_posix())
    lower = set(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]+", prose))
    assert not {n for n in names if fold(n) in lower}


def test_a_curated_file_without_its_header_is_refused(tmp_path):
    bad = tmp_path / "regions.tsv"
    bad.write_text("# no header\nSumatra\tisland\tIndonesia\n", encoding="utf-8")
    with pytest.raises(GazetteerError):
        curated_places(bad)


# -- the article ---------------------------------------------------------------------------------
def test_islands_regions_and_republics_named_with_no_cue_are_places(article):
    _d, by_label, _f = article
    for name in ("Mindanao", "Sulawesi", "Sumatra", "Kashmir", "Dagestan", "Tatarstan", "Newfoundland"):
        assert by_label[name].kind == "place", name


def test_a_dateline_in_capitals_keeps_its_abbreviation(article):
    d, by_label, _f = article
    assert by_label["St. John's"].kind == "city"
    assert not {"St", "ST", "John'S", "JOHN'S"} & set(by_label)
    assert [m.span.of(d.text) for m in d.annotations.mentions
            if by_label["St. John's"].key == m.entity] == ["ST. JOHN'S"]


def test_a_states_abbreviation_keeps_its_full_stop_and_names_the_state(article):
    _d, by_label, forms = article
    assert forms[by_label["Indiana"].key] == {"Ind."}
    assert "Ind" not in by_label


def test_an_adjective_of_nationality_after_a_compass_word_is_no_entity(article, registry):
    _d, by_label, _f = article
    assert "South African" not in by_label
    got = found(registry, "North Korean and South African workers met leaders of the South African "
                          "Communist Party.")
    assert "North Korean" not in got and "South African" not in got
    assert got["South African Communist Party"].startswith("organization/")


def test_storms_named_after_their_kind_are_events(article):
    _d, by_label, _f = article
    assert by_label["Hurricane Ike"].kind == "event" and by_label["Typhoon Ketsana"].kind == "event"


def test_a_newspaper_named_by_its_kind_of_paper_is_a_periodical(article):
    _d, by_label, _f = article
    assert by_label["Detroit News"].kind == "periodical"  # a registry city glued before it
    assert by_label["Tallmore Evening Journal"].kind == "periodical"
    assert "News" not in by_label and "Journal" not in by_label  # the word alone refers back


def test_a_surname_alone_is_the_one_person_the_article_names_in_full(article):
    _d, by_label, forms = article
    assert forms[by_label["Jimmy Carter"].key] == {"Jimmy Carter", "Carter"}  # "President Carter" first
    assert forms[by_label["Chidi Okafor"].key] == {"Chidi Okafor", "Okafor"}  # "from Okafor" first
    assert "Carter" not in by_label and "Okafor" not in by_label


def test_a_surname_two_people_share_is_left_alone(registry):
    got = found(registry, "Maria Delacroix and Jean Delacroix spoke. Delacroix said the fight goes on.")
    assert got["Maria Delacroix"] != got["Jean Delacroix"]
    assert got.get("Delacroix") not in (got["Maria Delacroix"], got["Jean Delacroix"])


def test_a_state_before_state_and_a_capital_is_part_of_a_longer_name(registry):
    got = found(registry, "The Michigan State AFL-CIO backed the strikers. Students at Ohio State "
                          "University joined. Workers in Michigan State prisons and in Michigan struck.")
    assert "Michigan State AFL-CIO" in got and got["Michigan State AFL-CIO"].startswith("organization/")
    assert got["Ohio State University"].startswith("organization/")
    assert [s for s, k in got.items() if k == "place/michigan"] == ["Michigan"]  # "State prisons": the state


def test_a_surname_opening_a_sentence_before_the_full_name_is_that_person(registry):
    got = found(registry, "Carter sent troops. Jimmy Carter later called it a mistake. Okafor wrote "
                          "first. Chidi Okafor, a miner, spoke.")
    assert got["Carter"] == got["Jimmy Carter"] == "person/jimmy-carter"
    assert got["Okafor"] == got["Chidi Okafor"]
    got = found(registry, "Castro spoke. Fidel Castro and Raúl Castro came.")
    assert "Castro" not in got  # two people of that surname: a capital by position stays none


def test_a_title_before_by_and_a_persons_name_is_a_work(registry):
    got = found(registry, "She was reading Teamster Rebellion by Farrell Dobbs. Salt of the Earth by "
                          "Herbert Biberman, and The Grapes of Wrath by John Ford were shown.")
    assert got["Teamster Rebellion"] == "work/teamster-rebellion"  # not the event its head word says
    assert got["Salt of the Earth"].startswith("work/") and got["The Grapes of Wrath"].startswith("work/")
    assert got["Farrell Dobbs"] == "person/farrell-dobbs" and got["John Ford"].startswith("person/")
    got = found(registry, "Workers gathered at Ridgeway Yard by Ford Plant Gate. The Day of Action by "
                          "Unite Here drew 300.")  # no person after "by": no title
    assert not any(k.startswith("work/") for k in got.values())


def test_a_day_may_open_a_papers_name_and_a_daily_names_a_periodical(registry):
    got = found(registry, "Strikers read the Detroit Sunday Journal and the Sunday Times. It was "
                          "reported by the Havana daily Juventud Rebelde. Their daily struggle went on.")
    assert got["Detroit Sunday Journal"] == "periodical/detroit-sunday-journal"
    assert got["Sunday Times"] == "periodical/sunday-times"
    assert got["Juventud Rebelde"] == "periodical/juventud-rebelde"  # not the organisation "Juventud" opens
    got = found(registry, "On Sunday the union met.")
    assert "Sunday" not in got


def test_an_ordinal_opens_a_streets_name(registry):
    got = found(registry, "Pickets stood at 129th Street and at the corner of 42nd Street and Fifth "
                          "Avenue. They marched down 3rd Avenue to 1500 Harbor Boulevard.")
    for name in ("129th Street", "42nd Street", "3rd Avenue", "1500 Harbor Boulevard"):
        assert got[name].startswith("place/"), name
    assert "Street" not in got and "Avenue" not in got


def test_a_title_after_a_persons_possessive_is_their_work(registry):
    got = found(registry, "They read Nelson Mandela’s The Struggle Is My Life at the meeting. Fidel "
                          "Castro’s “History Will Absolve Me” was read too.")
    assert got["The Struggle Is My Life"] == "work/the-struggle-is-my-life"
    assert got["History Will Absolve Me"] == "work/history-will-absolve-me"
    got = found(registry, "Nelson Mandela’s Robben Island cell was shown.")  # no article, no quote
    assert got["Robben Island"].startswith("place/")


def test_days_of_repression_and_recurring_strikes_are_events(registry):
    got = found(registry, "They recalled the 1934 Minneapolis strikes and the Triangle Shirtwaist fire. "
                          "Marchers recalled Bloody Sunday in Selma and Bloody Thursday in San Francisco.")
    assert got["1934 Minneapolis strikes"] == "event/minneapolis-teamsters-strikes-of-1934"
    assert got["Triangle Shirtwaist fire"] == "event/triangle-shirtwaist-factory-fire"
    assert got["Bloody Sunday"].startswith("event/") and got["Bloody Thursday"].startswith("event/")


REVIEW = TESTS / "entity_articles" / "militant-2022-06-13-v86n23-book-review.txt"


@pytest.fixture(scope="module")
def review(registry):
    d = read_article(REVIEW)
    annotate(d, registry)
    by_label = {e.label: e for e in d.annotations.entities.values()}
    forms: dict[str, set[str]] = {}
    for m in d.annotations.mentions:
        forms.setdefault(m.entity, set()).add(m.span.of(d.text))
    return d, by_label, forms


def test_a_reviews_header_without_a_comma_before_by_names_the_book_and_its_author(review):
    _d, by_label, forms = review
    book = by_label["Harvest of Fire: Farmers and Workers in the Punjab Revolt"]
    assert book.kind == "book"
    assert by_label["Gurnam Dhillon-Reyes"].kind == "person"  # the author after "by"
    assert "Punjab Revolt" not in by_label and "Fire" not in by_label  # pieces of the title


def test_a_title_named_again_without_a_cue_is_the_same_work(review):
    d, by_label, forms = review
    book = by_label["Harvest of Fire: Farmers and Workers in the Punjab Revolt"]
    assert "Harvest of Fire" in forms[book.key]  # the headline's quoted main title
    headline = d.headline.span
    assert any(m.entity == book.key and headline.contains(m.span) for m in d.annotations.mentions)


def test_the_reviews_places_are_typed(review):
    _d, by_label, _f = review
    for name in ("Punjab", "Haryana", "Kashmir", "Bihar", "Kerala", "Bengal", "Chiapas", "Mindanao",
                 "Vancouver Island", "Kurdistan"):
        assert by_label[name].kind == "place", name
    assert by_label["Teamster Rebellion"].kind == "work" and by_label["Long Walk to Freedom"].kind == "work"
