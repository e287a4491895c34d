"""Page shapes held-out sets DT–DY showed at their first measure (2026-12-07, rdr44), each on an
invented page: book entries whose prices run into the last line of their description, under a
standing introduction (a 2011 `Books of the Month` page)."""

from __future__ import annotations

from kg.reader import parse_article
from kg.reader.patterns import BOOK_PRICE_END_RE

BOOKS_PRICES_RUN_IN = (
    "The Militant (logo)  \n\nVol. 75/No. 20      May 23, 2011\n\nBooks of the Month\n\n"
    "Members of the Kelvo Readers Club can buy these three titles at a discount through June. "
    "Ask for them at the bookstores listed on page 8.\n\n"
    "The Dorrow Weavers’ Strike, 1911–12\n"
    "by Ana Dorrow\n"
    "How the weavers of a river town held out for eleven weeks and won a shorter day. "
    "The first of two volumes. $20. Special price: $15\n\n"
    "Harbor Days\n"
    "by Tom Kelvin and Rosa Lane\n"
    "Longshore workers on the Kelvo docks tell their own story. $12. Special price: $9\n\n"
    "Questions on the Labor Party\n"
    "A short answer to the questions workers in the valley asked. Includes “Why a Party of Our "
    "Own” by Sam Price. $8. Special price: $6\n")


def test_book_entries_whose_prices_close_their_description_line():
    d = parse_article(BOOKS_PRICES_RUN_IN)
    assert d.page_kind == "books" and d.headline.value == "Books of the Month"
    assert d.deck is None and d.bylines == []
    assert [(i.kind, i.title.value) for i in d.items] == [
        ("book", "The Dorrow Weavers’ Strike, 1911–12"), ("book", "Harbor Days"),
        ("book", "Questions on the Labor Party")]
    # the standing introduction is no entry; each entry's `by` line and description its text
    assert d.sections[0].kind == "introduction"
    texts = [" ".join(p.span.of(d.text) for p in s.paragraphs) for s in d.sections[1:]]
    assert texts[0].startswith("by Ana Dorrow How the weavers")
    assert texts[2].startswith("A short answer")


def test_a_run_in_price_needs_both_prices_after_a_sentence():
    assert BOOK_PRICE_END_RE.search("Tells the story. $16. Special price: $12")
    assert BOOK_PRICE_END_RE.search("Tells the story. $16.00, Readers Club price: $12.00")
    assert not BOOK_PRICE_END_RE.search("The union raised dues to $16 a month.")
    assert not BOOK_PRICE_END_RE.search("The club price: $12")  # no sentence before the prices


def test_a_sum_closing_a_paragraph_makes_no_page_of_books():
    """An article whose paragraphs end on sums is no page of book entries."""
    text = ("The Militant (logo)  \n\nVol. 75/No. 20      May 23, 2011\n\n"
            "Bakers win raise in Kelvo\n\nBY ANA DORROW\n"
            "KELVO — Bakers at the Dorrow plant won a raise this week. The old rate was $12.\n\n"
            "The company had offered less. Its last offer: $13.\n")
    d = parse_article(text)
    assert d.page_kind is None and d.items == []
