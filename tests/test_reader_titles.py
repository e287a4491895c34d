"""Where one header line ends a title and the next begins (kg/reader/titles.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.reader import parse_article, read_article
from kg.reader.titles import continues, quote_open, runs_on_after_quoted_word

SHAPES = Path(__file__).resolve().parent / "articles" / "shapes"
HEAD = "The Militant (logo)\n   Vol. 74/No. 43           November 15, 2010\n\n\n"


@pytest.mark.parametrize(("above", "line"), [
    ("Greek workers vote", "‘No’ to creditors’ demands"),  # a quoted word runs on
    ("Greek workers vote", "“No” to creditors’ demands"),
    ("Farm workers say", "'Basta' to growers' wage cut"),  # straight quotes (to 2002)
    ("Farm workers say", '"Basta" to the growers'),
    ("Strikers Tell Company", "'No' To Concessions"),  # Title Case (1990s)
    ("Union says ‘no’ to", "Two-tier wages"),  # a function word
    ("Rail workers in South Korea", "strike against privatization plan"),  # lower case
    ("Teachers tell board:", "‘Our schools are not for sale!’"),  # a colon
    ("Miners stand firm —", "No contract, no coal"),  # a dash
    ("MINERS STAND FIRM --", "'NO CONTRACT, NO COAL'"),
    ("Workers fight anti-", "Union drive at plant"),  # a word split by a hyphen
    ("Subscription drive ahead,", "More goals raised"),  # a comma
    ("‘We will not go back", "To the old days’"),  # an open quotation
    ('"We will not go back', 'To the old days"'),
    ("'We will not go back", "To the old days'"),
    ("‘Hands off the teachers’ Union", "Rights, now and always’"),  # s’ was a possessive
    ("WORKERS VOTE", "‘NO’ TO BOSSES’ DEMANDS"),  # a headline in capitals
    ("Miners rally", "— and win support"),  # a line opening with a dash
    ("Workers in Iraq say", "‘U.S. out now!’"),  # a verb of saying, then the quotation
    ("Miners demand", "'Safety first!'"),
    ("Bosses’", "‘final offer’ rejected"),  # a possessive
    ("U.S. hands off", "Venezuela!"),  # a particle
    ("Workers will", "Fight back"),  # an auxiliary
    ("Nurses in Ontario oppose", "Ford government plan to sell clinics"),  # a verb, its object
    ("Miners in Peru oppose", "U.S. mining firm, rally for safety"),
    ("Latvia: nurses protest", "Riga hospital closures"),  # the clause after a colon
    ("30,000 in Lima demand", "Congress reverse pension law"),  # a number as subject
    ("Court in Texas backs", "White House ban on asylum"),  # the -s form, a singular subject
    ("Workers on strike at Boeing oppose", "Company plan to cut pensions"),  # "on strike": a noun
    ("U.S. troops must leave", "Iraq now!"),  # two words: no deck is that short
    ("Cancel the debt!", "Send aid to the island now!"),  # a banner of demands
    ("Organize the warehouses!", "Build the union! No worker has to be hurt!"),
    ("ORGANIZE THE MINES!", "BUILD THE UNION!"),
    # an infinitive wanting its object, the object opening with a quoted name (a 2010 front
    # page, real42: the object was read as the deck)
    ("Drive aims to spread", "‘Kelvo Weekly,’ new book"),
    ("Campaign aims to build", "Dorrow Workers Union"),
])
def test_the_line_continues_the_title(above, line):
    assert continues(above, line)


@pytest.mark.parametrize(("above", "line"), [
    ("Workers rally at plant gate", "‘We won’t take cuts,’ says union"),  # a quoted sentence
    ("Workers rally at plant gate", "‘We will not go back’"),
    ("Workers rally at plant gate", "‘Enough’ say strikers at the gate"),  # a verb of speech
    ("Workers rally at plant gate", "‘No contract, no peace!’ chant strikers"),
    ("Workers rally at plant gate", "‘The Militant’ wins readers at gate"),  # its subject
    # a quoted noun with its "of": the deck's own subject, no object of the title above
    ("Dockers strike against new cuts for lenders", "‘Cartel’ of banks and funds demands sale"),
    ("Dockers strike against new cuts for lenders", "'Cartel' of banks and funds demands sale"),
    ("Strikers vote no!", "‘Scabs’ out of our plant"),  # the title above ended
    ("Bosses’ ‘final offer’", "Rejected by the strikers"),  # the quotation closed
    ("Workers win at Smithfield", "Union says fight goes on"),
    ("Cuba: a revolution that lasts", "Youth from 30 countries meet in Havana"),
    ("WORKERS VOTE", "Strike at three mines enters its third month"),
    ("Farm crisis", "‘Never again’"),  # a short quotation may be a headline under a kicker
    ("Letters", "Two-man crews"),  # a page's name is a title of its own
    ("Miners vow to fight", "Company wants deeper cuts"),  # a verb that ends a title
    ("Drive aims to spread", "‘We will win,’ say the strikers"),  # a quoted sentence
    ("Meatpackers vote", "‘We won the union!’"),  # "vote" is no verb of saying
    ("‘Hands off the unions’", "Strikers rally in three cities"),  # the quotation closed
    ("Vote for the socialist ticket!", "Defend unions against the bosses’ assault"),  # a deck
    ("Defend the miners!", "‘We will not be moved!’"),  # a quotation under the exclamation
    ("Defend the miners!", "Strikers win support across the coalfields."),
    ("ORGANIZE THE MINES!", "Strikers in three states rally for safety!"),  # another case
    # a verb that wants its object, but the title has its verb or the word is a noun
    ("Thousands join Toronto protest", "Police arrest 20 at city hall"),
    ("Students stage protest", "Police arrest 20 at city hall"),
    ("Thousands at Toronto protests", "Police arrest 20 at city hall"),  # "protests": a noun
    ("Antiwar protest", "Police arrest 20 at city hall"),
    ("Nurses’ protest", "Police arrest 20 at city hall"),
    ("Nurses Oppose", "Ford Plan To Sell Clinics"),  # Title Case: a capital says nothing there
    # a particle finishing a phrasal verb, the title's verb before it, a clause under it
    ("Dockers win pay rise, make port owners back off", "Board ends talks with pay freeze"),
    ("Teachers rally for pay, vow to dig in", "Board ends talks with two-year freeze"),
    # a particle after a form of "be" ends the title; the line under it may open with a name
    ("Pay deal a step, the strike isn’t over", "Surface Transportation Board ruling leaves gaps"),
    ("Lockout is over", "Kelvo Bakers Union members back at work"),
    ("Workers rally", "Union hall opens its doors"),  # a verb a title may end on
    # a verb a title may end on earlier in the line: the last word is its object, a noun
    ("Walkout at brake factory near Monterrey wins praise", "Strikers seek end to two-tier pay"),
    ("Miners in Chile win backing", "Union leaders join the picket line"),
])
def test_the_line_opens_a_new_title(above, line):
    assert not continues(above, line)


def test_a_particle_after_a_form_of_be_runs_on_into_lower_case_or_a_quotation():
    assert continues("The fight is over", "the contract and the pensions")
    assert continues("Miners’ union is on", "‘the road to victory’")


def test_todays_site_headline_ending_on_is_over_with_its_deck_in_one_block():
    d = parse_article(
        "Bakers: Pay deal a step, the strike isn’t over\n"
        "Kelvo Bread Company offer leaves night shift out\n\n"
        "Baker Ines Duarte talks with a Militant reporter at the plant gate.\n\n"
        "By Omar Lindqvist\nMarch 4, 2024\n\n"
        "KELVO, Ohio — Bakers here say the new contract is a start.\n\n"
        "Vol. 88/No. 9 - March 4, 2024\n")
    assert d.headline.value == "Bakers: Pay deal a step, the strike isn’t over"
    assert d.deck.value == "Kelvo Bread Company offer leaves night shift out"


@pytest.mark.parametrize("quote", ["'Full time or no time'", "‘Full time or no time’"])
def test_print_kicker_over_headline_closing_on_a_quotation_and_deck_set_off(quote):
    """A short line, a headline closing on a quotation after a colon, a deck, each set off over
    the byline: the short line is the kicker, never the headline over two decks."""
    d = parse_article(HEAD + "Strike at Dorrow\n\n"
                      f"Drivers win back pay: {quote}\n\n"
                      "Strikers go back after nine days out\n\n"
                      "BY ANA RUIZ\n\nKELVO, Ohio--Drivers at Dorrow Freight won.\n")
    assert d.overline.value == "Strike at Dorrow"
    assert d.headline.value == f"Drivers win back pay: {quote}"
    assert d.deck.value == "Strikers go back after nine days out"


def test_1990s_title_case_headline_with_its_verb_over_a_quoted_deck_is_no_kicker():
    """A Title Case headline whose verb is capitalised ("Hails") over a one-line deck and the
    byline: the headline and its deck, never a kicker over the deck read as the headline."""
    d = parse_article(HEAD + "Kelvo Meeting Hails Freed Union Leaders\n\n"
                      "Speakers: 'Now we organize the rest'\n\n"
                      "BY ANA RUIZ\nKELVO, Ohio--Two hundred people came.\n")
    assert d.overline is None
    assert d.headline.value == "Kelvo Meeting Hails Freed Union Leaders"
    assert d.deck.value == "Speakers: 'Now we organize the rest'"


@pytest.mark.parametrize("headline", ["Dockers Meeting Weighs Port Deal",
                                      "Kelvo Forum Debates New Contract",
                                      "Tenants Meeting Discusses Rent Strike"])
def test_1990s_title_case_meeting_headline_over_a_quoted_deck_with_its_speakers(headline):
    """A public meeting's Title Case headline ("… Meeting Weighs …", "… Forum Debates …") over
    a quotation with who said it ("'…,' say speakers at …") and the byline: the verbs of a
    meeting's business want their object as any listed verb does (object-verbs.txt), so the
    line is a clause, the headline; the quotation is its deck. It was read as a kicker over the
    quotation as headline (set CL, 2026-12-06)."""
    d = parse_article(HEAD + f"{headline}  \n\n"
                      "'We will not be sold down the river,' say speakers at harbor hall \n\n"
                      "BY ANA RUIZ AND TOM LEE \n\nKELVO, Scotland--\"No deal,\" said Mairi Dunn.\n")
    assert d.overline is None
    assert d.headline.value == headline
    assert d.deck.value.startswith("'We will not be sold")


def test_1990s_title_case_kicker_naming_no_action_stays_the_kicker():
    d = parse_article(HEAD + "Dockers' Lockout\n\nPort Pickets Stand Fast Through Second Week\n\n"
                      "BY ANA RUIZ\nKELVO, Ohio--The lockout went on.\n")
    assert d.overline.value == "Dockers' Lockout"
    assert d.headline.value == "Port Pickets Stand Fast Through Second Week"


def test_print_kicker_naming_no_action_over_a_clause_headline_and_the_top_photo():
    """A phrase over one title (a clause, two lines) over the photo's credit: the kicker and the
    headline, no deck (the phrase was the headline and the headline its deck)."""
    d = parse_article(HEAD + "Kelvo Foods’ supply chain\n\nDrivers strike at depot,\n"
                      "rally in Dorrow\n\nMilitant/Ana Ruiz\nStrikers picket the depot May 3.\n\n"
                      "BY ANA RUIZ\n\nKELVO, Ohio--The drivers walked out.\n")
    assert d.overline.value == "Kelvo Foods’ supply chain"
    assert d.headline.value == "Drivers strike at depot, rally in Dorrow"
    assert d.deck is None and d.photos[0].credit.value == "Militant/Ana Ruiz"


def test_print_clause_over_one_title_and_the_top_photo_keeps_its_deck():
    d = parse_article(HEAD + "Bakers win their strike\n\nUnion says the fight goes on\n\n"
                      "Militant/Ana Ruiz\nStrikers march May 3.\n\nBY ANA RUIZ\n\n"
                      "KELVO, Ohio--The bakers won.\n")
    assert d.overline is None and d.headline.value == "Bakers win their strike"
    assert d.deck.value == "Union says the fight goes on"


def test_todays_site_credit_under_the_top_photos_caption():
    """Headline, deck, then the caption with the credit under it, then "By …" and the date:
    the deck stays the deck and the photo has both (the deck was lost before)."""
    d = parse_article(
        "Kelvo bakers’ strike wins support\n\nOvens, packing and delivery crews walk out over pay\n\n"
        "Bakers picket the Kelvo plant July 3. “We keep this city fed,” said Dana Ode.\n"
        "Militant/Omar Lindqvist\n\nBy Omar Lindqvist\nJuly 14, 2025\n\n"
        "KELVO, Ohio — For eight days the bakers have held out.\n",
        "militant-2025-07-14-v89n26-kelvo-bakers.txt")
    assert d.headline.value == "Kelvo bakers’ strike wins support"
    assert d.deck.value == "Ovens, packing and delivery crews walk out over pay"
    [photo] = d.photos
    assert photo.credit.value == "Militant/Omar Lindqvist"
    assert photo.caption.value.startswith("Bakers picket the Kelvo plant")
    assert d.paragraphs[0].span.of(d.text).startswith("KELVO, Ohio")


TODAY_PRINT = ("The Militant (logo)  \n\nVol. 79/No. 35      September 14, 2015\n\n \n")


@pytest.mark.parametrize("deck", ["‘They poisoned the water we drink’",
                                  "‘They treat our creek like it’s free’",
                                  '"We want the wells tested now"'])
def test_quoted_sentence_under_a_headline_ending_on_a_preposition_is_the_deck(deck):
    """A two-line sentence-case headline ending on a stranded preposition ("… ranchers" / "in
    Kelvo Valley rely on"), then in the same block a line that is one quoted sentence: the
    quotation is the deck, not the preposition's object (set CM, 2026-12-06)."""
    d = parse_article(TODAY_PRINT + "Company spill fouls creek ranchers\nin Kelvo Valley rely on\n"
                      f"{deck}\n\n \nBY ANA RUIZ  \nDORROW, Nevada—Ranchers say the firm waited.\n")
    assert d.headline.value == "Company spill fouls creek ranchers in Kelvo Valley rely on"
    assert d.deck.value == deck


@pytest.mark.parametrize("line", ["‘stop and frisk’ in Dorrow", "‘Stop and frisk’ policy",
                                  "‘No’"])
def test_a_quoted_phrase_after_a_preposition_stays_in_the_headline(line):
    """A quoted phrase that is no whole sentence, or is in lower case, after a line ending on a
    preposition is its object, part of the headline."""
    d = parse_article(TODAY_PRINT + "Students in Kelvo march against\n"
                      f"{line}\n\n \nBY ANA RUIZ  \nDORROW, Nevada—Students marched.\n")
    assert d.headline.value == f"Students in Kelvo march against {line}"


def test_possessive_is_no_closing_quote_when_the_next_line_closes_the_quotation():
    assert quote_open("‘Defend the miners’ Local", "2397 and its strike’")
    assert not quote_open("‘Defend the miners’ Local", "Strike spreads to three states")
    assert not quote_open("Bosses’ offer rejected", "Strikers hold out")


def test_a_quoted_lead_in_of_many_words_is_a_quotation():
    assert runs_on_after_quoted_word("‘No’ to creditors’ demands")
    assert not runs_on_after_quoted_word("‘Hands off our pensions now’ is the cry")
    assert not runs_on_after_quoted_word("‘No’")
    assert not runs_on_after_quoted_word("‘Enough’ say miners")


@pytest.mark.parametrize(("header", "headline", "deck"), [
    ("Greek workers vote\n‘No’ to creditors’ demands\nBanks stay shut",
     "Greek workers vote ‘No’ to creditors’ demands", "Banks stay shut"),
    ("Greek workers vote\n‘No’ to creditors’ demands\n\nBanks stay shut",
     "Greek workers vote ‘No’ to creditors’ demands", "Banks stay shut"),
    ("Strikers hold the line\nat the mill gate\n\n‘We are not going back’",
     "Strikers hold the line at the mill gate", "‘We are not going back’"),
    ("Who pays for the crisis?\nWorkers or bosses", "Who pays for the crisis?",
     "Workers or bosses"),
])
def test_headline_and_deck_in_one_block_or_set_off(header, headline, deck):
    d = parse_article(HEAD + header + "\n\nBY ANA RUIZ\nCHICAGO—Text of the article.\n")
    assert d.headline.value == headline
    assert d.deck.value == deck
    assert d.headline.span.of(d.text).replace("\n", " ") == headline
    assert [b.name for b in d.bylines] == ["Ana Ruiz"] and d.dateline.value == "CHICAGO"


@pytest.mark.parametrize(("header", "headline", "deck"), [
    # print (2001-2003): the headline's first line ends on a verb that wants its object, the
    # object opens the next line with a name: one headline, no deck
    ("Nurses in Ontario oppose\nFord government plan to sell clinics",
     "Nurses in Ontario oppose Ford government plan to sell clinics", None),
    ("Miners in Peru oppose\nU.S. mining firm, rally for safety",
     "Miners in Peru oppose U.S. mining firm, rally for safety", None),
    # the object in lower case, as sentence case sets it: one headline, as before
    ("Nurses in Ontario oppose\nprovince's plan to sell clinics",
     "Nurses in Ontario oppose province's plan to sell clinics", None),
    # a deck under the verb's object, directly under the headline: still the deck
    ("Nurses in Ontario oppose\nFord government plan to sell clinics\nUnion calls rally at "
     "legislature", "Nurses in Ontario oppose Ford government plan to sell clinics",
     "Union calls rally at legislature"),
    # a headline whose verb (one a title may end on, "wins") comes before a word that may be a
    # verb wanting its object ("praise"): that word is the object, the line under it the deck
    ("Walkout at brake factory near Monterrey wins praise\nStrikers seek end to two-tier pay, "
     "vote in own leaders", "Walkout at brake factory near Monterrey wins praise",
     "Strikers seek end to two-tier pay, vote in own leaders"),
    # a headline whose verb has its object on the line: the line under it is the deck
    ("Thousands join Toronto protest\nPolice arrest 20 at city hall",
     "Thousands join Toronto protest", "Police arrest 20 at city hall"),
])
def test_a_headline_line_ending_on_a_verb_that_wants_its_object(header, headline, deck):
    d = parse_article(HEAD + header + "\n\nBY ANA RUIZ\nTORONTO--Text of the article.\n")
    assert d.headline.value == headline
    assert (d.deck.value if d.deck else None) == deck
    assert d.headline.span.of(d.text).replace("\n", " ") == headline
    assert [b.name for b in d.bylines] == ["Ana Ruiz"] and d.dateline.value == "TORONTO"


def test_print_headline_broken_after_its_verb_over_an_object_opening_with_a_name():
    """2002 print: "Dockers in Lisbon protest" / "Tagus Shipping move to close two terminals",
    no blank line between: one headline (the object opens with the company's name), not a
    headline and a deck."""
    d = read_article(SHAPES / "militant-2002-03-11-v66n10-lisbon-dockers-protest.txt")
    assert d.headline.value == "Dockers in Lisbon protest Tagus Shipping move to close two terminals"
    assert d.deck is None and d.overline is None
    assert [b.name for b in d.bylines] == ["Nuno Pereira"]
    assert d.dateline.value == "LISBON, Portugal" and len(d.paragraphs) == 3


def test_a_short_first_paragraph_set_off_under_the_headline_is_not_a_deck():
    d = parse_article(HEAD + "Strikers hold the line\n\nThe strike goes on.\n\nBY ANA RUIZ\n"
                      "CHICAGO—Text of the article.\n")
    assert d.deck is None


def test_an_attributed_quotation_under_a_short_line_is_a_deck_not_a_headline_under_a_kicker():
    # "‘We won’t go back,’ says worker" names who said it: a deck. A quotation alone under a
    # short line is the headline under a kicker (tests/test_reader_shapes.py, 2012 and 2013).
    d = parse_article(HEAD + "Strikers hold out at Smithfield\n‘We won’t go back,’ says worker\n"
                      "Company threatens to close plant\n\nBY ANA RUIZ\nCHICAGO—Text.\n")
    assert d.overline is None
    assert d.headline.value == "Strikers hold out at Smithfield"
    assert d.deck.value == "‘We won’t go back,’ says worker Company threatens to close plant"
    d = parse_article(HEAD + "Strike at Smithfield\n‘We won’t go back’\n"
                      "Company threatens to close plant\n\nBY ANA RUIZ\nCHICAGO—Text.\n")
    assert (d.overline.value, d.headline.value) == ("Strike at Smithfield", "‘We won’t go back’")


def test_a_banner_of_demands_over_two_lines_is_one_headline():
    # 2006 front page: two lines of exclamations, the label under them, a lone credit
    d = read_article(SHAPES / "militant-2006-03-27-v70n12-banner-of-demands.txt")
    assert d.headline.value == "Organize the warehouses! Build the union! No worker has to be hurt!"
    assert d.headline.span.of(d.text) == (
        "Organize the warehouses!\nBuild the union! No worker has to be hurt!")
    assert d.deck is None and d.kicker.value == "lead article/editorial"
    assert [p.credit.value for p in d.photos] == ["Militant/Greta Lund"]
    assert d.photos[0].caption.value.startswith("Warehouse workers (center) picket")
    assert len(d.paragraphs) == 2 and d.paragraphs[0].span.of(d.text).startswith("A forklift")


@pytest.mark.parametrize(("header", "headline", "deck"), [
    ("Cancel the island’s debt!\nSend massive aid now!\n \n",
     "Cancel the island’s debt! Send massive aid now!", None),
    ("Vote for the socialist ticket!\nDefend unions against the bosses’ assault\n \n",
     "Vote for the socialist ticket!", "Defend unions against the bosses’ assault"),
])
def test_an_exclamation_under_an_exclamation_runs_on_a_statement_is_the_deck(
        header, headline, deck):
    text = HEAD + header + ("The following statement was released Oct. 9 by Ana Ruiz, the"
                            " Socialist Workers Party candidate for governor of New York.\n\n"
                            "The storm has left hundreds of thousands of working people without"
                            " power, water or work, and the banks still demand their payments.\n")
    d = parse_article(text)
    assert d.headline.value == headline
    assert (d.deck.value if d.deck else None) == deck


def test_a_label_printed_without_its_brackets_under_the_deck_is_the_label():
    """A 2002 print page (a real page read locally, real39): a headline of two lines, a deck of
    two, then "lead article" on its own line without its brackets and the byline after a blank
    line. The label was read as the deck's last words (kg/data/reader/bare-labels.txt)."""
    text = HEAD + ("‘Our fight is at\nthe plant gate’\nCandidates take socialist program\n"
                   "to plant gates\nlead article\n \nBY TESSA MORVAN\n"
                   "KELVO — Ana Dorrow took her platform to the mill gates here March 3.\n")
    d = parse_article(text)
    assert d.headline.value == "‘Our fight is at the plant gate’"
    assert d.deck.value == "Candidates take socialist program to plant gates"
    assert d.kicker.value == "lead article" and d.kicker.span.of(d.text) == "lead article"
    assert [a.name for a in d.authors] == ["Tessa Morvan"]


def test_a_one_line_headline_lead_article_stays_the_headline():
    """A page whose only title line reads like a bare label keeps it as its headline: the bare
    label closes titles that stand above it, never opens them."""
    text = HEAD + "Lead article\n \nBY TESSA MORVAN\nWorkers at the Kelvo plant voted to strike.\n"
    d = parse_article(text)
    assert d.headline.value == "Lead article"


def test_a_phrase_set_off_over_a_clause_headline_and_the_editors_introduction_is_the_kicker():
    """A 2003 print page (a real page read locally, real39): a series line set off ("Forty
    years of the ‘Kelvo Voice’"), the headline set off under it, then the editor's introduction
    ("Printed below is …") and the byline. The series line was read as the headline and the
    headline as the introduction's first paragraph. A phrase that names no action over one
    title that is a clause is the kicker, as it is over a byline."""
    text = ("The Militant (logo)  \n   Vol. 67/No. 43           December 8, 2003  \n \n \n"
            "Forty years of the ‘Kelvo Voice’\n\n"
            "Dorrow forum honors the paper and its readers\n \n"
            "Printed below is a report from Dorrow. Reports from Tallow and Brindle will follow "
            "in coming weeks.\n\n"
            "BY ANA DORROW  \nDORROW, Kelvia—Tessa Marvik chaired the dinner here November 15.\n")
    d = parse_article(text)
    assert d.headline.value == "Dorrow forum honors the paper and its readers"
    assert d.overline.value == "Forty years of the ‘Kelvo Voice’"
    assert d.deck is None and [a.name for a in d.authors] == ["Ana Dorrow"]
    assert d.sections[0].kind == "introduction"
    assert d.sections[0].span.of(d.text).startswith("Printed below is a report")


def test_a_clause_over_a_clause_and_an_introduction_keeps_the_first_as_headline():
    """Both lines tell (each a clause): the line on top stays the headline."""
    text = ("The Militant (logo)  \n   Vol. 67/No. 43           December 8, 2003  \n \n \n"
            "Bakers strike at Kelvo plant\n\n"
            "Dorrow meeting backs the strikers\n \n"
            "Printed below is a report from the picket line.\n\n"
            "BY ANA DORROW  \nDORROW, Kelvia—Bakers walked out here November 15.\n")
    d = parse_article(text)
    assert d.headline.value == "Bakers strike at Kelvo plant"
    assert d.overline is None


def test_a_quoted_noun_with_of_opens_the_deck_under_a_two_line_headline():
    """Print, 2012: a headline over two lines, then a deck opening with a quoted noun and its
    "of" in the same block: the deck is its own clause (it was run into the headline)."""
    d = parse_article(
        "   Vol. 76/No. 9      March 5, 2012 \n\n\nDockers in Kelvo strike against \n"
        "new cuts for the lenders \n‘Cartel’ of banks and funds demands sale of port \n\n"
        "BY RUTA OSEI \nKELVO—Dock workers stopped work across the port March 1.\n",
        "militant-2012-03-05-v76n9-kelvo-dockers.txt")
    assert d.headline.value == "Dockers in Kelvo strike against new cuts for the lenders"
    assert d.deck.value == "‘Cartel’ of banks and funds demands sale of port"


@pytest.mark.parametrize("under", ["BY RUTA OSEI AND TOM DORR", "Militant/Ruta Osei"])
def test_print_label_glued_under_the_headline_then_the_deck(under):
    """Print, 2014: a kicker, the headline, the label glued under it, then one title line
    closing the block over the byline's or the photo credit's block: that line is the deck,
    not the body's first paragraph (it was the text before)."""
    credit = "\nDockers rally at the Kelvo gate.\n" if under.startswith("Militant/") else ""
    d = parse_article(
        "The Militant (logo) \nVol. 78/No. 38      October 27, 2014 \n \nPort fight in Kelvo \n \n"
        "Dockers halt ships at Kelvo to defend union hall  \n(front page) \n"
        "Owners call in police; union calls on ports to back strike \n \n"
        f"{under}  {credit}\n \nKELVO—Dock workers stopped every crane October 12.\n",
        "militant-2014-10-27-v78n38-kelvo-dockers.txt")
    assert d.headline.value == "Dockers halt ships at Kelvo to defend union hall"
    assert d.deck.value == "Owners call in police; union calls on ports to back strike"
    assert d.kicker.value == "front page"
    assert d.dateline.value == "KELVO"


def test_print_label_glued_under_the_headline_then_running_text_is_the_body():
    """The label, then a paragraph with its full stops under it: text, not a deck."""
    d = parse_article(
        "The Militant (logo) \nVol. 78/No. 38      October 27, 2014 \n \n"
        "Dockers halt ships at Kelvo \n(front page) \n"
        "Dock workers stopped every crane in the port October 12. Owners called the police.\n",
        "militant-2014-10-27-v78n38-kelvo-dockers.txt")
    assert d.deck is None
    assert d.paragraphs[0].span.of(d.text).startswith("Dock workers stopped")


@pytest.mark.parametrize(("credit", "value"), [("(Militant photo)", "Militant photo"),
                                               ("Militant/Omar Lindqvist", "Militant/Omar Lindqvist")])
def test_todays_site_caption_with_its_credit_set_off_under_the_byline(credit, value):
    """Today's site: the byline and date, then, set off, the top photo's caption with its
    credit after it on the same line (in brackets or not), then the dateline's paragraph:
    the caption and credit are the photo's and the dateline is read (the caption was the
    text's first paragraph and the dateline lost)."""
    d = parse_article(
        "Kelvo bakers’ strike wins support\nOvens, packing and delivery crews walk out over pay\n\n"
        "By Omar Lindqvist\nJuly 14, 2025\n\n"
        f"Bakers picket the Kelvo plant July 3 after the vote. {credit}\n\n"
        "KELVO, Ohio — For eight days the bakers have held out.\n",
        "militant-2025-07-14-v89n26-kelvo-bakers.txt")
    [photo] = d.photos
    assert photo.credit.value == value
    assert photo.credit.span.of(d.text) == value
    assert photo.caption.value == "Bakers picket the Kelvo plant July 3 after the vote."
    assert d.dateline.value == "KELVO, Ohio"


def test_infinitive_over_its_quoted_object_then_a_label_is_one_headline():
    """A 2010 front page (a real page read locally, real42): a headline set over two lines, the
    first ending on "aims to spread", the second opening with the paper's quoted name, then the
    label under them. The second line was read as the deck."""
    d = parse_article(HEAD + "Drive aims to spread\n‘Kelvo Weekly,’ new book\n(front page)\n"
                      "The drive to win readers begins January 16 in Dorrow and Harlan.\n")
    assert d.headline.value == "Drive aims to spread ‘Kelvo Weekly,’ new book"
    assert d.deck is None and d.kicker.value == "front page"
