"""Page shapes found by the held-out sets CA and CB at their first measure (2026-12-06), each on
an invented page: a deck opening with a plural possessive under a headline holding a one-word
quotation; a headline whose clause has its verb in the past form over a deck opening with a
capital; today's caption set off under a headline with no deck, over the byline; a dateline of
two towns each with its state; a short phrase over a block holding a headline and its deck; a
statement closed by its signers under "Signed,"."""

from __future__ import annotations

from kg.reader import parse_article
from kg.reader.items import listed_signer
from kg.reader.titles import continues

TODAY = "militant-2021-03-15-v85n10-x.txt"


def _today(head: str, body: str) -> str:
    return head + "By Ana Dorrow\nMarch 15, 2021\n\n" + body


def test_a_plural_possessive_opening_a_line_closes_no_one_word_quotation():
    text = _today("Kelvo ‘Sprouts’ clearing mud after the river rose lose their permits\n"
                  "Weavers’ solidarity can shield the families who face removal\n \n",
                  "KELVO — The permits lapse at the end of the month.\n")
    d = parse_article(text, TODAY)
    assert d.headline.value == "Kelvo ‘Sprouts’ clearing mud after the river rose lose their permits"
    assert d.deck.value == "Weavers’ solidarity can shield the families who face removal"
    # a quotation opened with a possessive inside it still runs on to the line that closes it
    assert continues("‘Defend the weavers’ rights", "everywhere’ say strikers")


def test_a_past_form_gives_the_headline_its_verb_so_its_last_word_is_a_noun():
    text = ("The Militant (logo)  \n\nVol. 74/No. 46      December 6, 2010\n\n"
            "Kelvia: 12 coal miners\ntrapped by Dorrow Valley blasts\n"
            "Families ask why the owners sped up digging\n\n"
            "BY ANA DORROW\nKELVO, Kelvia—Rescue teams waited at the portal for a week.\n")
    d = parse_article(text)
    assert d.headline.value == "Kelvia: 12 coal miners trapped by Dorrow Valley blasts"
    assert d.deck.value == "Families ask why the owners sped up digging"
    # with no verb before it, a listed verb at the line's end still wants the line below
    assert continues("Nurses in Kelvo oppose", "Dorrow government plan to sell clinics")


def test_todays_caption_set_off_under_a_headline_with_no_deck_over_the_byline():
    text = _today("Gale flattens soap works: managers barred the exits\n\n"
                  "The ruins of the Kelvo soap works on Jan. 4. Five packers on the late crew "
                  "died under the fallen roof.\n\n",
                  "KELVO, Kansas — Packers report managers threatened their jobs if they left.\n")
    d = parse_article(text.replace("By Ana Dorrow\n", "By Ana Dorrow and Tom Kelvin\n"), TODAY)
    assert [p.name for p in d.bylines] == ["Ana Dorrow", "Tom Kelvin"]
    (photo,) = d.photos
    assert photo.caption.value.startswith("The ruins of the Kelvo soap works")
    assert d.dateline.value == "KELVO, Kansas"


def test_a_caption_quoting_someone_by_name_stays_text():
    text = _today("Gale flattens soap works: managers barred the exits\n\n"
                  "“They locked the side door on us,” said Jo Kelvin, a packer on the "
                  "late crew at the soap works.\n\n",
                  "KELVO, Kansas — Packers report managers threatened their jobs if they left.\n")
    d = parse_article(text, TODAY)
    assert not d.photos


def test_a_dateline_may_name_two_towns_each_with_its_state():
    text = _today("Gale hits two depots\n\n",
                  "KELVO, Kansas, and DORROW, Illinois — One front of wind crossed both depots.\n")
    assert parse_article(text, TODAY).dateline.value == "KELVO, Kansas, and DORROW, Illinois"


def test_a_phrase_over_a_headline_and_its_deck_in_one_block_is_the_kicker():
    text = _today("A decade after the Kelvo pit fire\n\n"
                  "Kelvish diggers: ‘Greed lit that fire’\n"
                  "Owners keep cutting corners underground\n\n",
                  "KELVO, Kelvia — Diggers walked to the graves at dawn.\n")
    d = parse_article(text, TODAY)
    assert d.overline.value == "A decade after the Kelvo pit fire"
    assert d.headline.value == "Kelvish diggers: ‘Greed lit that fire’"
    assert d.deck.value == "Owners keep cutting corners underground"


def test_a_clause_over_a_headline_and_its_deck_stays_the_headline():
    text = _today("Diggers walk to graves of Kelvo fire dead\n\n"
                  "Kelvish diggers: ‘Greed lit that fire’\n"
                  "Owners keep cutting corners underground\n\n",
                  "KELVO, Kelvia — Diggers walked to the graves at dawn.\n")
    d = parse_article(text, TODAY)
    assert d.overline is None
    assert d.headline.value == "Diggers walk to graves of Kelvo fire dead"


SIGNED = ("Defend the weavers! Drop the charges!\n"
          "A declaration of two Communist League candidates for Kelvia\n"
          "March 15, 2021\n"
          "Two candidates released the text below on March 9.\n \n"
          "Unions across Kelvia have every reason to back the locked-out weavers.\n \n"
          "Free the arrested pickets!\n \nSigned,\n"
          "Ana Dorrow-Vance, Communist League candidate for mayor of Kelvo City\n"
          "Tom Kelvin, Communist League candidate for governor of Dorrow\n")


def test_a_statement_closed_by_its_signers_has_them_as_writers():
    d = parse_article(SIGNED, TODAY)
    assert [p.name for p in d.authors] == ["Ana Dorrow-Vance", "Tom Kelvin"]
    assert [r.value for r in d.byline_roles] == [
        "Communist League candidate for mayor of Kelvo City",
        "Communist League candidate for governor of Dorrow"]
    last = d.paragraphs[-1]
    assert d.text[last.span.begin:last.span.end] == "Signed,"


def test_a_line_under_signed_that_is_no_signer_leaves_the_text_alone():
    d = parse_article(SIGNED.replace("Tom Kelvin, Communist", "Free them all now, Communist"), TODAY)
    assert d.signoff is None and not d.byline_roles
    last = d.paragraphs[-1]
    assert d.text[last.span.begin:last.span.end].startswith("Free them all now, Communist")
    assert listed_signer("Free the arrested pickets!") is None
    assert listed_signer("Ana Dorrow") == ("Ana Dorrow", "")
