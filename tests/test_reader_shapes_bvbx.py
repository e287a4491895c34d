"""Page shapes found by the held-out sets BV and BX (2026-12-06), each on an invented page: a
book page whose entries close on their price line (title, `by` line, description, price) under
a deck set off; a `Calendar` of events whose listings run their title, a sentence and the day
in one paragraph (a title may hold "U.S." and run over two sentences in Title Case); a listing
whose title line stands over a sentence of running text and the speakers; a clause set off over
a deck and a label, which is the headline and no kicker."""

from __future__ import annotations

from kg.reader import parse_article
from kg.reader.items import book_entry_starts, event_title
from kg.reader.source import Line
from kg.reader.titles import is_clause

PRINT_2012 = "The Militant (logo) \nVol. 76/No. 31      August 20, 2012 \n \n"
TODAY_2019 = "{head}\nNovember 18, 2019\n \n"


def _lines(*numbered: tuple[int, str]) -> list[Line]:
    """Lines at the given line numbers (a gap in the numbers is a blank line)."""
    out, begin = [], 0
    for number, text in numbered:
        out.append(Line(number, begin, text))
        begin += len(text) + 1
    return out


BOOKS_CLOSED_BY_PRICE = (
    PRINT_2012 + "Books of the Month\n \nKelvo Readers Club specials for August\n \n"
    "The Dorrow Mill Strike: A Town Stands Up\nby Ana Dorrow\n"
    "How weavers in a river town held out for nine weeks and won their union.\n"
    "$20. Special price: $15\n \n"
    "Songs of the Kelvo Valley\n"
    "A collection of the songs the mill hands sang on the picket line.\n"
    "$12. Special price: $9\n \n"
    "Members pay $10 yearly and get the other titles at a discount.\n")


def test_book_entries_may_close_on_their_price_line():
    d = parse_article(BOOKS_CLOSED_BY_PRICE)
    assert d.page_kind == "books"
    assert [i.title.value for i in d.items] == ["The Dorrow Mill Strike: A Town Stands Up",
                                                "Songs of the Kelvo Valley"]
    assert d.deck.value == "Kelvo Readers Club specials for August"
    # the book's writer is no writer of the entry (set K's convention)
    assert all(not i.authors for i in d.items)


def test_a_title_set_off_above_is_no_entrys_second_title_line():
    lines = _lines((1, "Specials for August"), (3, "The Dorrow Mill Strike"), (4, "by Ana Dorrow"),
                   (5, "How weavers held out for nine weeks and won their union."),
                   (6, "$20. Special price: $15"))
    assert book_entry_starts(lines) == [1]
    # with no blank line between, the line above is the entry's first title line (a subtitle under it)
    glued = _lines((1, "Kelvo Mill History"), (2, "The Dorrow Mill Strike"), (3, "by Ana Dorrow"),
                   (4, "How weavers held out for nine weeks and won their union."),
                   (5, "$20. Special price: $15"))
    assert book_entry_starts(glued) == [0]


def test_a_page_of_running_text_under_the_books_name_has_no_deck_from_its_first_line():
    text = (PRINT_2012 + "Books of the Month\n \nKelvo Readers Club specials for August\n \n"
            "This month the club offers a history of the Dorrow strike, told by the weavers "
            "who won it, at a special price for members.\n")
    d = parse_article(text)
    assert d.page_kind is None
    assert d.deck is None


CALENDAR = (
    TODAY_2019.format(head="Calendar") + "KANSAS\nKelvo\n"
    "Lift the U.S. Blockade of Kelvia! Report back from a work brigade. Sat., Nov. 23, 6 p.m. "
    "Slides and a meal with the brigade's members. 12 Mill St. Sponsor: Kelvo Solidarity "
    "Committee.\n \nOHIO\nDorrow\n"
    "Free the Mill Three! Drop the Charges Now. Hear the families of the three weavers. "
    "Fri., Nov. 22, 7 p.m. Union hall, 40 River Rd. Sponsor: Dorrow Defense Committee.\n")


def test_a_calendar_is_a_listing_of_events():
    d = parse_article(CALENDAR, "militant-2019-11-18-v83n42-calendar.txt")
    assert d.page_kind == "events"
    assert [(i.title.value, i.date.value, i.place.value) for i in d.items] == [
        ("Lift the U.S. Blockade of Kelvia!", "2019-11-23", "Kelvo"),
        ("Free the Mill Three! Drop the Charges Now.", "2019-11-22", "Dorrow")]


def test_an_event_title_runs_past_an_abbreviation_and_over_a_second_title_case_sentence():
    assert event_title("Lift the U.S. Blockade of Kelvia! Report back from a work brigade.") \
        == "Lift the U.S. Blockade of Kelvia!"
    assert event_title("Free the Mill Three! Drop the Charges Now. Hear the families speak "
                       "out.") == "Free the Mill Three! Drop the Charges Now."
    # a second sentence in Title Case stays in the title, as before
    assert event_title("Hands Off Kelvia! What the Sanctions Mean for Workers.") \
        == "Hands Off Kelvia! What the Sanctions Mean for Workers."


def test_a_listings_title_line_over_a_sentence_and_its_speakers():
    text = (PRINT_2012.replace("The Militant (logo) \n", "The Militant (logo) \n\n")
            + "Militant Labor Forums\n \nKANSAS\nKelvo\n"
            "After the Strike: Why Weavers Need Their Own Union.\n"
            "A discussion on what the strike won and on what it will take to hold it.\n"
            "Speaker: Ana Dorrow, Socialist Workers Party. Fri., Aug. 24, 7:30 p.m. "
            "12 Mill St.\n")
    d = parse_article(text)
    (item,) = d.items
    assert item.title.value == "After the Strike: Why Weavers Need Their Own Union."


def test_a_clause_over_a_deck_and_a_label_is_the_headline():
    text = (PRINT_2012 + "Protests shake Kelvia’s rulers after vote\n \n"
            "Drivers, students defy militia; regime jails hundreds\n \n(front page)\n \n"
            "BY ANA DORROW\nHundreds of thousands marched in Kelvo City after the election.\n")
    d = parse_article(text)
    assert d.headline.value == "Protests shake Kelvia’s rulers after vote"
    assert d.deck.value == "Drivers, students defy militia; regime jails hundreds"
    assert d.overline is None


def test_a_phrase_over_a_headline_and_a_label_stays_the_kicker():
    text = (PRINT_2012 + "Report from Kelvia\n \n"
            "Drivers, students defy militia; regime jails hundreds\n \n(front page)\n \n"
            "BY ANA DORROW\nHundreds of thousands marched in Kelvo City after the election.\n")
    d = parse_article(text)
    assert d.overline.value == "Report from Kelvia"
    assert d.headline.value == "Drivers, students defy militia; regime jails hundreds"


def test_a_clause_is_told_by_a_listed_verb_or_a_plural_subject_and_its_verb():
    assert is_clause("Protests shake the rulers")
    assert is_clause("Thousands join the protest")
    assert not is_clause("Workers rights in Kelvia")
    assert not is_clause("Report from Kelvia")
    assert not is_clause("Weavers in Kelvo")


def test_the_reader_and_the_entity_stage_read_one_list_of_photo_positions():
    from kg.reader import cues

    positions = cues.photo_positions()
    assert "second from left" in positions and "at podium" in positions
    for position in positions:
        assert cues.places_pictured(f"Ana Dorrow ({position}) speaks at the Kelvo rally."), position
        assert cues.places_pictured(f"Ana Dorrow ({position}, with banner) at the rally."), position
    assert not cues.places_pictured("Ana Dorrow (the union's president) speaks at the rally.")


def test_a_book_entrys_title_line_names_the_book_whole():
    """The entity stage reads a book entry's title line as one work's title (a Region of kind
    "work"), over the names inside it; a title in a headline's shape was cut into names."""
    from kg.nlp import annotate

    d = annotate(parse_article(BOOKS_CLOSED_BY_PRICE))
    kinds = {m.span.of(d.text): d.annotations.entities[m.entity].kind for m in d.annotations.mentions}
    assert kinds.get("The Dorrow Mill Strike: A Town Stands Up") == "book", kinds
    assert kinds.get("Songs of the Kelvo Valley") == "book", kinds
