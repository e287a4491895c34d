"""Page shapes found by the held-out sets BN–BQ (2026-12-06), each on an invented page: a
writer's title on its own line under a 1990s byline, a statement's introduction over the
dateline's paragraph, a column head of several words over today's headline, a name broken over a
title's two lines, and a message printed whole under its introduction, signed for a body."""

from __future__ import annotations

from kg.reader import parse_article

PRINT_1990S = "The Militant(logo) \n    Vol.58/No.12           March 28, 1994 \n \n \n"


def test_a_writers_title_on_its_own_line_under_the_byline_leaves_the_dateline_below():
    for title in ("Militant staff writer", "Member, IAM Local 1130"):
        text = (PRINT_1990S + "Bakers Strike Norden Plant In Kelvo  \n"
                "Union members ask for support from other locals \n\n"
                f"BY TERESA DORROW\n{title}\n\n"
                "KELVO, Ohio--Some 300 bakers walked out March 14 at the Norden plant.\n\n"
                "A second paragraph of the report.\n")
        d = parse_article(text)
        assert [b.name for b in d.bylines] == ["Teresa Dorrow"]
        assert [r.value for r in d.byline_roles] == [title]
        assert d.dateline.value == "KELVO, Ohio"
        assert not d.paragraphs[0].span.of(d.text).startswith(title)


def test_a_sentence_under_the_byline_stays_the_first_paragraph():
    text = (PRINT_1990S + "Bakers Strike Norden Plant In Kelvo  \n\nBY TERESA DORROW\n"
            "Members of the union walked out March 14.\n\nA second paragraph.\n")
    d = parse_article(text)
    assert d.byline_roles == [] and d.paragraphs[0].span.of(d.text).startswith("Members")


def test_a_statements_introduction_leaves_the_dateline_to_the_paragraph_under_it():
    text = ("Vote for a labor party in Kelvia!\n\nApril 7, 2025\n\n"
            "This statement was issued April 2 by Rosa Dorrow-Lind, Communist "
            "League candidate for Parliament in Kelvo.\n\n"
            "KELVO — The governing party has called an early election, and every party of the "
            "bosses runs on the same flag.\n\nA second paragraph.\n")
    d = parse_article(text, "militant-2025-04-07-v89n13-kelvo-statement.txt")
    assert d.dateline.value == "KELVO"
    assert [b.name for b in d.bylines] == ["Rosa Dorrow-Lind"]


def test_a_column_head_of_several_words_over_todays_headline_is_the_kicker():
    for head in ("Reply to a reader", "In reply to a reader"):
        text = (f"{head}\nWhy workers need their own party\nBy Ana Dorrow\nMay 29, 2023\n\n"
                "A reader in Kelvo, who works at a plant making pumps, writes to ask why.\n\n"
                "It is a question many workers ask.\n")
        d = parse_article(text, "militant-2023-05-29-v87n21-reply-kelvo.txt")
        assert d.overline.value == head
        assert d.headline.value == "Why workers need their own party" and d.deck is None


def test_a_name_broken_over_a_titles_two_lines_joins_them_when_the_page_prints_it_whole():
    text = ("The Militant (logo)  \n\nVol. 75/No. 36      October 10, 2011\n\n \n"
            "Supporters rally as Building\nFund nears its goal\n \nBY TERESA DORROW  \n"
            "With two weeks left in the Kelvo Building Fund, supporters have raised $9,000.\n")
    d = parse_article(text)
    assert d.headline.value == "Supporters rally as Building Fund nears its goal"
    assert d.deck is None


def test_a_title_ending_on_a_name_over_a_deck_stays_two_titles():
    text = ("The Militant (logo)  \n\nVol. 75/No. 36      October 10, 2011\n\n \n"
            "Bakers strike in Kelvo\nWorkers demand a first contract\n \nBY TERESA DORROW  \n"
            "Some 300 bakers walked out in Kelvo on March 14 at the Norden plant.\n")
    d = parse_article(text)
    assert d.headline.value == "Bakers strike in Kelvo"
    assert d.deck.value == "Workers demand a first contract"


MESSAGE = ("The Militant (logo)  \n   Vol. 67/No. 20           June 16, 2003  \n \n"
           "‘She organized where workers fought’\nMessage to Kelvo meeting for Ana Dorrow\n \n"
           "The message below was sent to the June 4 memorial gathering in Kelvo for Ana "
           "Dorrow, who died May 14.\n \n"
           "Dear comrades,\n\n"
           "Our warm regards to every comrade who came to Kelvo to remember her.\n\n"
           "She spent two months on the picket lines of the Harlan bakers in 1984.\n\n"
           "Comradely,\n\n"
           "Teo Marsh-Lind\nFor the Executive Committee\nCommunist League\nKelvin\n")


def test_a_message_printed_whole_is_a_letter_and_its_signer_the_pages_writer():
    d = parse_article(MESSAGE)
    letter = d.letter
    assert letter.salutation.of(d.text) == "Dear comrades,"
    assert letter.date is None and letter.sender.name == "Teo Marsh-Lind"
    assert [s.of(d.text) for s in letter.signature] == [
        "Teo Marsh-Lind", "For the Executive Committee", "Communist League", "Kelvin"]
    assert [b.name for b in d.bylines] == ["Teo Marsh-Lind"]


def test_a_salutation_deep_in_the_body_opens_no_letter():
    text = MESSAGE.replace("Dear comrades,\n\n", "A first paragraph of the report.\n\n"
                           "Another paragraph before it.\n\nDear comrades,\n\n")
    d = parse_article(text)
    assert d.letter is None and d.bylines == []


def test_a_signature_line_signing_for_a_body_names_it_as_running_text_does():
    # "For the Executive Committee" is a phrase, not a name field: the body inside it is found
    # (it was lost when the line stopped being a paragraph and became the letter's signature)
    from kg.nlp import annotate

    d = parse_article(MESSAGE)
    annotate(d)
    found = {(m.span.of(d.text), m.entity.split("/")[0]) for m in d.annotations.mentions}
    assert ("Executive Committee", "organization") in found
    assert ("Communist League", "organization") in found


def test_a_letter_from_the_editor_is_signed_by_the_name_over_the_title():
    text = ("The Militant (logo)  \n   Vol. 70/No. 40           October 23, 2006  \n"
            "Stop the war drive:\nSell the paper widely!\nLetter from the editor\n(front page)\n"
            "Dear Reader,\n\nWe urge you to join distributors in a special effort this week.\n\n"
            "Here are a few examples of good work along these lines.\n\n"
            "Fraternally,\nAna Dorrow\nEditor\n")
    d = parse_article(text)
    assert d.letter.sender.name == "Ana Dorrow"
    assert [b.name for b in d.bylines] == ["Ana Dorrow"]
