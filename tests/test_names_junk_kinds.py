"""The kinds of junk names left on the tuned sets (issue 10, "no junk"; branch ent29), each fixed
as a general mechanism and tested here on made-up sentences in the paper's shapes: an item's
title in Title Case run into its item's text (openers); an article before a one-word registry
name (registry); work titles: a list before the colon, a span of years after the subtitle, a
review's header set one item a line, a capitalised article after a work noun, a place inside a
possessive's title, a report cited in a note (titles); one word before "and" and a party's head
(andlists); a title between a body and a registry person (runbounds); a firm's site the page
places itself (runbounds); a city's undertaking and its field after "and" (andlists); a
qualifier in brackets (brackets); "Infirmary" as a head; "Our Lady of …" and "Plan …" (nested);
a common noun opening a sentence is no organisation's short form (names); a compass word after
a registry place (runbounds). No name or sentence of a held-out set is used."""

from __future__ import annotations

import pytest

from kg.nlp.entities.mentions import annotate
from kg.reader import parse_article
from tests.nlp_support import found, kinds_of, surfaces


def _kind(got: dict[str, str], surface: str) -> str:
    return got.get(surface, "").split("/", 1)[0]


# -- an item's title in Title Case inside its item's text -----------------------------------------
def test_a_listings_title_case_titles_give_no_names_inside_the_items_text(registry):
    text = ("The Militant (logo)\n   Vol.84/No.9            March 2, 2020\n\nWhat’s On\n\n"
            "Militant Labor Forums\n\nOHIO\n\nDorrowville\n\n"
            "Peru: Miners and Teachers Rise Up Against the Bosses. Speaker: Ana Kelvo, Socialist "
            "Workers Party. Fri., March 6, 7:30 p.m. 1200 Tallow Ave. Tel.: (216) 555-0101.\n\n"
            "Kelvinburg\n\nWhat Is at Stake in the Federal Court Ruling on Tenants. Speaker: Tom "
            "Dorrow, Socialist Workers Party. Sat., March 7, 7 p.m. 88 Main St.\n")
    doc = parse_article(text, "<test>")
    assert [i.title.value for i in doc.items][:1] == [
        "Peru: Miners and Teachers Rise Up Against the Bosses."]
    annotate(doc, registry)
    got = {m.span.of(doc.text): m.entity for m in doc.annotations.mentions}
    for junk in ("Teachers Rise Up", "Federal Court Ruling", "Bosses", "Stake"):
        assert junk not in got, got
    assert _kind(got, "Ana Kelvo") == "person" and _kind(got, "Tom Dorrow") == "person", got
    assert got.get("Peru") == "country/peru", got


# -- an article before a one-word registry name -----------------------------------------------------
def test_the_militant_glued_to_a_forums_name_is_no_mention_of_the_paper(registry):
    got = surfaces(registry, "The Militant Labor Forum in Kelvinburg meets every Friday.")
    assert _kind(got, "Militant Labor Forum") == "event", got
    assert "Labor Forum" not in got and "The Militant" not in got, got
    assert surfaces(registry, "She reads The Militant every week.").get("The Militant") \
        == "periodical/the-militant"


# -- work titles ------------------------------------------------------------------------------------
def test_a_titles_list_before_its_colon_and_its_years_after_the_subtitle_are_the_title(registry):
    title = "Salt, Tin and Thunder: The Dock Strikes on the Kelvish Coast, 1931–1936"
    got = surfaces(registry, f"The following is an excerpt from {title} by Ana Dorrow, a retired docker.")
    assert got.get(title, "").startswith(("work/", "book/")), got
    assert "Thunder" not in got and "Dock Strikes" not in got, got


def test_a_review_header_set_one_item_a_line_gives_the_title_whole(registry):
    # today's site: headline, date, the header one item a line, the reviewer's byline
    text = ("How dockers in Kelvia fought the bosses\n\nOctober 30, 2023\n\n"
            "Dorrow: The Dockers’ Long Winter, 1951–1952\nby Ana Tessaro\nRidge Press, 2022\n"
            "240 pages, $20\n\nBy Tom Kelvo\n\nThe strike began in December 1951 in Dorrow.\n")
    doc = parse_article(text, "militant-2023-10-30-v87n40-dockers-review.txt")
    annotate(doc, registry)
    got = {m.span.of(doc.text): m.entity for m in doc.annotations.mentions}
    assert got.get("Dorrow: The Dockers’ Long Winter, 1951–1952", "").startswith("book/"), got
    assert "Dockers’ Long Winter" not in got, got


def test_a_capitalised_article_after_a_work_noun_opens_a_title_whatever_verb_follows(registry):
    title = "The Kelvin Crisis and the Farmers’ Alliance"
    got = surfaces(registry, f"Copies of the pamphlet {title} sold well at the rally.")
    assert got.get(title, "").startswith("book/") or got.get(title, "").startswith("work/"), got
    assert "Kelvin Crisis" not in got and "Farmers’ Alliance" not in got, got
    # without a small word inside, the words after a work noun may be a name the verb acts on
    assert "Karl Marx" in surfaces(registry, "In the book Karl Marx wrote in 1867 he explained it.")


def test_a_place_after_a_small_word_is_part_of_a_possessives_title(registry):
    got = surfaces(registry, "She is reading Fidel Castro’s Youth and Struggle in Cuba after work.")
    assert got.get("Youth and Struggle in Cuba", "").startswith("work/"), got
    assert "Cuba" not in got, got
    # a body's head before the place names a party of the place, no title
    got = surfaces(registry, "Fidel Castro’s Communist Party of Cuba leads the country.")
    assert not any(k.startswith("work/") for k in got.values()), got


def test_a_reports_title_opening_a_note_is_one_work_and_no_repeat_inside_a_longer_name(registry):
    hits = found(registry, "The Commission to Study the Tarrow Riot of 1921 reported in 2001.1",
                 notes=("Tarrow Riot: A Report by the Dorrow Commission (Tallow City, 2001).",))
    got = dict(hits)
    assert got.get("Tarrow Riot: A Report by the Dorrow Commission", "").startswith("work/"), got
    assert "Dorrow Commission" not in got, got
    assert "Tarrow Riot" not in got, got  # the report's short title is no part of the commission's


# -- one word before "and" and a party's head ------------------------------------------------------
@pytest.mark.parametrize("sentence,party", [
    ("The Justice and Development Party (JDP) government of Kelvia banned the strike.",
     "Justice and Development Party"),
    ("Voters backed the Justice and Equality Front in the capital.", "Justice and Equality Front"),
])
def test_a_title_word_before_and_a_partys_head_is_part_of_its_name(registry, sentence, party):
    # "Justice" is a title ("Justice Ana Ruiz"): the scanner dropped it, cutting the name at "and"
    got = surfaces(registry, sentence)
    assert _kind(got, party) == "organization", got
    assert not {s for s in got if s != party and s in party}, got


def test_a_party_word_before_and_a_party_leaves_two_parties(registry):
    got = surfaces(registry, "Members of the Labour and Green Party slates debated.")
    assert "Labour and Green Party" not in got, got
    got = surfaces(registry, "Both the Democratic and Republican Party leaders agreed.")
    assert "Democratic and Republican Party" not in got, got


# -- a title between a body and a registry person --------------------------------------------------
def test_a_title_between_a_body_and_a_registry_person_is_no_part_of_the_bodys_name(registry):
    got = surfaces(registry, "Kelvish Ports Authority President Nelson Mandela opened the talks.")
    assert _kind(got, "Kelvish Ports Authority") == "organization", got
    assert got.get("Nelson Mandela") == "person/nelson-mandela", got
    assert "Kelvish Ports Authority President" not in got, got


# -- a firm's site the page places itself -------------------------------------------------------
def test_a_firm_before_a_town_the_page_places_before_a_plants_noun_is_owner_and_site(registry):
    got = dict(found(registry, "Members of the union picket Kelvane Dorrowfield refinery March 3.",
                     "Some 400 workers are on strike in Dorrowfield."))
    assert _kind(got, "Kelvane") == "organization" and _kind(got, "Dorrowfield") == "place", got
    assert "Kelvane Dorrowfield" not in got, got
    # a town the page never places stays in the firm's name
    assert "Kelvane Dorrowfield" in dict(found(registry, "They picket Kelvane Dorrowfield refinery daily."))


# -- a city's undertaking and its field after "and" ----------------------------------------------
def test_a_citys_undertaking_and_a_field_after_and_are_one_organisation(registry):
    got = surfaces(registry, "“We keep running,” said a driver with Dnipro Metro and Transport, by phone.")
    assert _kind(got, "Dnipro Metro and Transport") == "organization", got
    assert "Dnipro Metro" not in got, got


# -- a qualifier in brackets ----------------------------------------------------------------------
def test_a_bracketed_qualifier_before_a_bills_head_is_part_of_the_laws_name(registry):
    got = surfaces(registry, "The government pushed a Dockers (Safe Hours) Bill through Parliament.")
    assert got.get("Dockers (Safe Hours) Bill", "").startswith("work/"), got
    assert "Safe Hours" not in got, got


def test_a_bracketed_qualifier_before_a_lower_case_noun_is_part_of_the_name(registry):
    got = surfaces(registry, "Many hold Kelvish National (Abroad) passports issued before 1997.")
    assert "Kelvish National (Abroad)" in got and "Kelvish National" not in got, got


def test_an_english_gloss_or_a_place_in_brackets_stays_apart(registry):
    got = surfaces(registry, "The Frente Amplio (Broad Front) won the vote.")
    assert "Frente Amplio (Broad Front)" not in got, got
    got = surfaces(registry, "She works at Kelvane Foods (Canada) near the port.")
    assert "Kelvane Foods (Canada)" not in got, got


# -- "Infirmary" ------------------------------------------------------------------------------------
def test_an_infirmary_is_a_head_and_a_registry_city_before_it_opens_its_name(registry):
    got = surfaces(registry, "“We are short of staff,” said a porter at Glasgow Western Infirmary.")
    assert _kind(got, "Glasgow Western Infirmary") == "organization", got
    assert "Western Infirmary" not in got and "Glasgow" not in got, got


# -- "Our Lady of …" and "Plan …" ----------------------------------------------------------------
def test_our_lady_of_a_place_is_one_name(registry):
    got = surfaces(registry, "Parishioners from Our Lady of Kelvinburg parish marched to the court.")
    assert "Our Lady of Kelvinburg" in got and "Kelvinburg" not in got, got
    got = surfaces(registry, "The rally started at Our Lady of Havana church on Main Street.")
    assert "Our Lady of Havana" in got and "Havana" not in got, got


def test_a_programme_named_for_a_country_is_one_name(registry):
    got = surfaces(registry, "Under Plan Mexico, Washington sent helicopters and trainers.")
    assert "Plan Mexico" in got and "Mexico" not in got, got
    # "plan" in lower case names nothing with the country
    assert surfaces(registry, "The plan Mexico signed was cut.").get("Mexico") == "country/mexico"


# -- a common noun opening a sentence is no organisation's short form -------------------------------
def test_a_common_noun_opening_a_sentence_is_no_short_form_of_an_organisation(registry):
    hits = found(registry, "The Farmers Credit Bureau foreclosed on 40 farms.",
                 "Farmers came from three counties. Many farmers drove tractors.")
    kinds = [k for s, k in hits if s == "Farmers"]
    assert kinds == [], hits
    # a firm's own word keeps naming it
    hits = found(registry, "Workers struck Kelvane Motors in May.", "Kelvane said it would not talk.")
    assert [k for s, k in hits if s == "Kelvane"] == ["organization/kelvane-motors"], hits


# -- a compass word after a registry place --------------------------------------------------------
def test_a_compass_word_glued_after_a_registry_place_is_no_name_alone(registry):
    # a word before the city the registry leaves it to (an adjective by its ending: "Kelvani")
    got = surfaces(registry, "Workers at the Kelvani Detroit West parts plant walked out.")
    assert "West" not in got, got
    assert got.get("Detroit") == "city/detroit", got
    assert kinds_of(found(registry, "They came from the West and the South.")).get("West") == "place"
