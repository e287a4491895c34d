"""Page shapes found by the held-out sets BR–BU and a real 2003 page (2026-12-06), each on an
invented page: a title line ending on a semicolon, a dateline with the paper's small "south"/
"north", a Title Case headline broken before "As", a line opening with a quotation in lower
case, the print site's photo placeholder, a kicker set off over a quoted headline and its deck,
today's captions with their credit under them or after them, a byline under a credited caption,
and an uncredited caption over an excerpt's introduction."""

from __future__ import annotations

from kg.reader import parse_article

PRINT_1990S = "The Militant(logo) \n    Vol.58/No.34           October 3, 1994 \n \n \n"
PRINT_2002 = "The Militant (logo) \n    Vol.66/No.47           December 16, 2002 \n \n \n"
TODAY = "{headline}\n\n{deck}\n\n"


def test_a_title_line_ending_on_a_semicolon_runs_on():
    text = (PRINT_1990S + "10,000 Troops Occupy Kelvia;\nWorkers Test The New Rule\n"
            "Dorrow keeps the army in place under the deal\n\nBY ANA DORROW\n"
            "KELVO CITY, Kelvia--Thousands lined the streets on September 19.\n")
    d = parse_article(text)
    assert d.headline.value == "10,000 Troops Occupy Kelvia; Workers Test The New Rule"
    assert d.deck.value == "Dorrow keeps the army in place under the deal"


def test_a_dateline_may_name_the_half_of_a_country_in_lower_case():
    for region in ("south Kelvia", "north Kelvia"):
        text = (PRINT_2002 + "Thousands protest acquittal of soldiers\n\nBY ANA DORROW\n"
                f"DORROW, {region}--Carrying candles, some 50,000 people filled the streets.\n")
        assert parse_article(text).dateline.value == f"DORROW, {region}"


def test_a_title_case_line_opening_with_as_continues_the_headline():
    text = (PRINT_1990S + "Defenders Keep Kelvo Clinics Open\nAs Siege Of Dorrow Drags On\n\n"
            "BY ANA DORROW\nKELVO, Kansas--The clinics stayed open for a sixth week.\n")
    d = parse_article(text)
    assert d.headline.value == "Defenders Keep Kelvo Clinics Open As Siege Of Dorrow Drags On"
    assert d.deck is None


def test_a_title_case_deck_of_its_own_stays_the_deck():
    text = (PRINT_1990S + "85,000 In Kelvo Protest Bases\nAttack On Schoolgirl Sparks Biggest Rally\n\n"
            "BY ANA DORROW\nKELVO, Kelvia--The crowd filled the park.\n")
    d = parse_article(text)
    assert d.headline.value == "85,000 In Kelvo Protest Bases"
    assert d.deck.value == "Attack On Schoolgirl Sparks Biggest Rally"


def test_a_line_opening_with_a_quotation_in_lower_case_continues_the_title():
    text = ("The Militant (logo)  \n\nVol. 74/No. 29      July 26, 2010\n\n \n"
            "Kelvo rally: guard got\n‘a pat on the hand’ for the beating\n"
            "Verdict in Dorrow case sparks outrage in the valley\n \n"
            "BY ANA DORROW\nKELVO, California—Hundreds marched on July 8.\n")
    d = parse_article(text)
    assert d.headline.value == "Kelvo rally: guard got ‘a pat on the hand’ for the beating"
    assert d.deck.value == "Verdict in Dorrow case sparks outrage in the valley"


def test_the_print_sites_photo_placeholder_is_no_deck():
    text = (PRINT_2002 + "Kelvia holds seized sailors \nbehind wire at Dorrow harbor \n"
            "Photo - see caption below \nMilitant/Tomas Vance \n"
            "Protesters outside the detention center demand closing of the camp. \n \n"
            "BY ANA DORROW \nMIAMI--\"They call it a camp, but it's a kennel,\" said a worker.\n")
    d = parse_article(text)
    assert d.headline.value == "Kelvia holds seized sailors behind wire at Dorrow harbor"
    assert d.deck is None
    assert [b.name for b in d.bylines] == ["Ana Dorrow"]


def test_a_kicker_set_off_over_a_quoted_headline_and_its_deck_running_into_the_introduction():
    text = ("The Militant (logo)  \n   Vol. 67/No. 46           December 29, 2003  \n"
            "40th Anniversary of the ‘KELVO’\n\n"
            "‘The truth can burst on the\nlies of the bosses’\n"
            "Readers of ‘Kelvo’ celebrate paper’s\n40th anniversary around the world\n"
            "Printed below are reports we received on meetings celebrating the 40th anniversary of "
            "the Kelvo, held over the November 14-16 weekend in Dorrow, Tallow and Brindle, and the "
            "following weekend in Kelvin and Ashgrove.\n\n"
            "DORROW, Kelvia—Ana Dorrow opened the meeting here November 23.\n")
    d = parse_article(text)
    assert d.headline.value == "‘The truth can burst on the lies of the bosses’"
    assert d.deck.value == "Readers of ‘Kelvo’ celebrate paper’s 40th anniversary around the world"
    assert d.overline.value == "40th Anniversary of the ‘KELVO’"


FARMERS = "militant-2024-08-19-v88n30-kelvo-farmers.txt"


def _today(under_date: str) -> str:
    return ("Kelvo farmers: payments don’t undo decades of theft\n\n"
            "Checks arrive late and come up short\nBy Ana Dorrow\nAugust 19, 2024\n"
            f"{under_date}\n\nKELVO, Ga. — “Twenty thousand dollars buys nothing back,” said a farmer.\n\n"
            "A second paragraph.\n")


def test_todays_caption_with_its_credit_under_it_leaves_the_dateline():
    d = parse_article(_today("Farmers meet in Kelvo, Georgia, July 27.\nMilitant/Tomas Vance"), FARMERS)
    assert d.dateline.value == "KELVO, Ga."
    assert [(p.credit.value, p.caption.value) for p in d.photos] == [
        ("Militant/Tomas Vance", "Farmers meet in Kelvo, Georgia, July 27.")]


def test_todays_caption_with_its_credit_after_it_on_its_line_leaves_the_dateline():
    d = parse_article(_today("Farmers meet in Kelvo, Georgia, July 27. Militant/Tomas Vance"), FARMERS)
    assert d.dateline.value == "KELVO, Ga."
    photo = d.photos[0]
    assert (photo.credit.value, photo.caption.value) == (
        "Militant/Tomas Vance", "Farmers meet in Kelvo, Georgia, July 27.")
    assert photo.credit.span.of(d.text) == "Militant/Tomas Vance"


def test_a_byline_under_a_credited_caption_is_the_pages_writer():
    text = ("Kelvia vote to end ban a victory for women\n\nTwo-thirds say Yes to repeal\n\n"
            "June 11, 2018\n\nMilitant/Tomas Vance\nCrowd at Dorrow Castle cheers as results come in.\n"
            "By Ana Dorrow\n\nDORROW — “Not anymore,” said a care worker.\n\nA second paragraph.\n")
    d = parse_article(text, "militant-2018-06-11-v82n23-kelvia-vote.txt")
    assert [b.name for b in d.bylines] == ["Ana Dorrow"]
    assert d.photos[0].caption.value == "Crowd at Dorrow Castle cheers as results come in."


def test_an_uncredited_caption_over_an_excerpts_introduction_leaves_the_writer():
    text = ("‘We stood guard so the children could sleep’\n\nFebruary 14, 2022\n"
            "Members of the Kelvo Guard protect a march in Dorrow, 1965.\n\n"
            "Printed here is an excerpt from Lanterns Over Kelvo, a memoir by Ana Tallis-Reed.\n\n"
            "We stood guard so the children could sleep.\n")
    d = parse_article(text, "militant-2022-02-14-v86n6-night-watch-excerpt.txt")
    assert [b.name for b in d.bylines] == ["Ana Tallis-Reed"]


def test_todays_caption_directly_over_the_byline_is_the_photos():
    """Headline and deck in one block / (blank) / caption / "By …" / date (set BV)."""
    text = ("‘We chose our own road’\nKelvo troops take Dorrow after the ballot\n\n"
            "Residents of Tallow protest Oct. 19 against the army’s takeover of Dorrow.\n"
            "By Ana Brindle-Okoro\nOctober 30, 2017\n"
            "Government troops rolled into Dorrow Oct. 16 with little fighting.\n\nA second paragraph.\n")
    d = parse_article(text, "militant-2017-10-30-v81n41-dorrow-vote.txt")
    assert [b.name for b in d.bylines] == ["Ana Brindle-Okoro"]
    assert d.photos[0].caption.value.startswith("Residents of Tallow protest")
    assert d.paragraphs[0].span.of(d.text).startswith("Government troops")


def test_a_caption_quoting_someone_by_name_stays_text_over_the_byline():
    """A caption holding someone's words and who said them stays text, so its quotation is read."""
    text = ("Rail crews tell hearing: ‘Two on every crew!’\nOppose the push for one-person trains\n\n"
            "Engineer Tomas Vance outside the hearing. “One person can’t watch a long train,” Vance said.\n"
            "By Ana Brindle-Okoro\nOctober 1, 2018\n\nKELVO — Some 40 rail workers came to the hearing.\n")
    d = parse_article(text, "militant-2018-10-01-v82n36-rail-hearing.txt")
    assert [b.name for b in d.bylines] == ["Ana Brindle-Okoro"]
    assert not d.photos


def test_a_kicker_over_a_quoted_headline_and_a_deck_each_set_off():
    text = ("The Militant (logo) \nVol. 71/No. 38      October 15, 2007 \n \n \n"
            "Strike at Kelvo’s largest mill\n \n‘We are 9,000 and we stood together’ \n \n"
            "Weavers win bonus, ouster of the board \n \nBY ANA DORROW \n"
            "DORROW—“For six days the looms were silent,” said a weaver.\n")
    d = parse_article(text)
    assert d.overline.value == "Strike at Kelvo’s largest mill"
    assert d.headline.value == "‘We are 9,000 and we stood together’"
    assert d.deck.value == "Weavers win bonus, ouster of the board"
