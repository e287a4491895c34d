"""Kinds of new names on set X's kinds (issue 10, branch ent40): a storm named "Storm" and a
given name is an event, a party named by common words before "government" is a body, a power
plant named for its place is the place, a Korean surname alone is the person named in full.
Every sentence is made up for these tests; no text or name of a held-out set is used."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found, kinds_of


def _kinds(registry, *paragraphs) -> dict[str, str]:
    """Surface → kind of every mention found."""
    return kinds_of(found(registry, *paragraphs))


def found_keys(registry, *paragraphs) -> dict[str, str]:
    """Surface → entity key of every mention found (the last one of a surface)."""
    return dict(found(registry, *paragraphs))


@pytest.mark.parametrize("paragraphs,want", [
    # a storm named by a European weather service: the storm's kind first, then a given name
    (("Storm Dorian flooded much of the plain in September.",),
     {"Storm Dorian": "event"}),
    (("Farmers say the aid after Storm Kelvina never came.", "Kelvina destroyed the crops."),
     {"Storm Kelvina": "event", "Kelvina": "event"}),
])
def test_a_storm_named_storm_is_an_event(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # two common words before "government": the party that governs, no ruler's surname
    (("The New Unity government of Prime Minister Kostas Dorrou cut the aid.",),
     {"New Unity": "organization", "Kostas Dorrou": "person"}),
    (("Farmers blocked the roads against the Popular Action government.",),
     {"Popular Action": "organization"}),
    # a surname before "government" stays the ruler
    (("Farmers blocked the roads against the Kelvo Dorrou government.",),
     {"Kelvo Dorrou": "person"}),
])
def test_a_party_of_common_words_before_government_is_a_body(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a power station named for its place is the place, the name alone too
    (("Contract workers at Kelmura plant face high radiation.",
      "Buses take day laborers to Kelmura Daiichi nuclear plant at dawn.",
      "Kenji Tarabe, 47, went to work at the Kelmura Daiichi nuclear power plant in May."),
     {"Kelmura Daiichi": "place", "Kelmura": "place", "Kenji Tarabe": "person"}),
    (("The Dorrowfield power station was shut for a week.",),
     {"Dorrowfield": "place"}),
    # an owner's acronym before the noun is the firm, no place
    (("Workers at the KELPCO nuclear plant were exposed. KELPCO refused to pay.",),
     {"KELPCO": "organization"}),
    # a firm's head word before the noun keeps the firm
    (("Workers at the Kelvo Electric power plant struck.",),
     {"Kelvo Electric": "organization"}),
    # a frame only a firm takes keeps the firm, whatever power plant it owns
    (("Workers at Dorvane struck.", "Dorvane management refused to talk. The Dorvane power plant closed."),
     {"Dorvane": "organization"}),
])
def test_a_power_plant_is_named_for_its_place(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # what a firm builds for a client, in a relative clause after the names
    (("The families blame Kelvatek and Dorrowa, which built the pumps at the mine.",),
     {"Kelvatek": "organization", "Dorrowa": "organization"}),
])
def test_what_a_firm_built_after_which(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a Korean name in the older spelling, family name first and two syllables apart: the family
    # name alone later is that person, even where a town somewhere bears it
    (("Workers struck against President Kim Dae Ho over the new labor law.",
      "On March 3 Kim spoke to reporters in the capital."),
     {"Kim Dae Ho": "person", "Kim": "person/kim-dae-ho"}),
    (("Workers marched against President Roh Moo Kyun.", "Later Roh spoke on television."),
     {"Roh": "person/roh-moo-kyun"}),
    # a Chinese name in pinyin, family name first, whose family name the gazetteer knows as a
    # town: the family name alone after it is the person too (passB42)
    (("“We asked for a wage we can live on,” said Liang Meixi, 22, a press operator.",
      "“Now we know we can stay and fight,” said Liang."),
     {"Liang Meixi": "person/liang-meixi", "Liang": "person/liang-meixi"}),
    (("Gao Wenbo, a welder, joined the sit-in.", "The bosses gave in after a week, said Gao."),
     {"Gao": "person/gao-wenbo"}),
    # a Western given name that is a town is no family name ("Paris" of "Paris Dorrow")
    (("Paris Dorrow, a welder, joined the sit-in.", "Workers in Paris sent a message."),
     {"Paris": Not("person")}),
])
def test_a_korean_family_name_alone_is_the_person(registry, paragraphs, want):
    check_names(found_keys(registry, *paragraphs), want)


def test_a_family_first_name_needs_syllables_after_it():
    from kg.nlp.entities.names import surname

    assert surname("Kim Dae Ho") == "Kim"
    assert surname("Lee Harvey Kelvo") == "Kelvo"  # "Harvey" is no syllable of Korean
    assert surname("Kelvo Dae Ho") == "Ho"  # no East Asian family name first


def test_the_family_names_are_the_build_data_folders(tmp_path):
    """The East Asian family names follow the build's data folder (`--data`), as the nlp/ cue
    files do: a name its own list adds is read, and the package's list is not."""
    import shutil

    from kg.config import DATA_DIR
    from kg.nlp import cuedata
    from kg.nlp.entities.names import surname

    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy, ignore=shutil.ignore_patterns("corpus"))
    (copy / "reader" / "east-asian-family-names.txt").write_text("# made up\nKelvo\n", encoding="utf-8")
    with cuedata.bind(cuedata.CueData(copy / "nlp")):
        assert surname("Kelvo Dae Ho") == "Kelvo"
        assert surname("Kim Dae Ho") == "Ho"  # not on this folder's list
    assert surname("Kelvo Dae Ho") == "Ho"  # the package's folder again
    assert surname("Kim Dae Ho") == "Kim"


@pytest.mark.parametrize("paragraphs,want", [
    # a firm named in full with "& Co.": its first word alone after "at" is the firm
    (("Meat packers from the Kelvane & Co. plant struck on Monday.",
      "“We want more,” said Ana Dorrow, a trimmer at Kelvane."),
     {"Kelvane & Co.": "organization", "Kelvane": "organization"}),
    # a firm's buyer
    (("The rail yard closed after the state railway was sold to Dorvesa in 1997.",),
     {"Dorvesa": "organization"}),
])
def test_a_firm_named_alone(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a paper's noun ending the apposition: a periodical, whatever body publishes it
    (("He had read about the strikes in Obreros, the weekly of the Kelvish Trade Union Federation.",),
     {"Obreros": "periodical", "Kelvish Trade Union Federation": "organization"}),
    (("He had read about it in Kelvanos, the union weekly.",),
     {"Kelvanos": "periodical"}),
    # a noun glued to another says nothing of a paper
    (("Kelvo Foods, the paper mill owner, refused to bargain.",),
     {"Kelvo Foods": "organization"}),
])
def test_a_paper_in_apposition_is_a_periodical(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a river after a settlement's noun and "on the", a given name's spelling too
    (("The protests began in Atbaro, a railway town on the Kelvara, after bread prices tripled.",),
     {"Kelvara": "place"}),
    (("Fishing villages on the Grace lost their boats.",),
     {"Grace": "place"}),
    # a housing complex named like a housing project
    (("Residents of the Kelvo Palms mobile home park fought the eviction notices.",),
     {"Kelvo Palms": "place"}),
    (("Tenants of the Dorrow Gardens apartment complex won their fight.",),
     {"Dorrow Gardens": "place"}),
])
def test_rivers_and_homes_are_places(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a sentence's first word joined by "and" to a name the clause after the pair says a firm
    (("Kelvatek and Dorrowa, which built the pumps at the mine, have won new contracts.",),
     {"Kelvatek": "organization", "Dorrowa": "organization"}),
    # a common word opening the sentence stays no name
    (("Management and Dorrowa, which built the pumps at the mine, have won new contracts.",),
     {"Management": None, "Dorrowa": "organization"}),
])
def test_a_firm_opening_a_sentence_beside_another(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


_INTERVIEW = ("Kelvaz Tallavi-Dorrow drove a forklift at the Kelvo depot for six years.",
              "Militant: Who is on strike?",
              "Tallavi-Dorrow: Mostly drivers and loaders from the night shift.",
              "Militant: What do the bosses say?",
              "Tallavi-Dorrow: The bosses say the depot loses money.")


def test_an_interviews_speaker_is_a_person(registry):
    check_names(_kinds(registry, *_INTERVIEW),
                {"Kelvaz Tallavi-Dorrow": "person", "Tallavi-Dorrow": "person"})


def test_one_turn_makes_no_speaker():
    # one paragraph opening with the name and a colon is no dialogue (the name may still be a
    # person by another frame: its surname alone, kg.nlp.entities.kinds.kinnames, branch ent104)
    from kg.nlp.entities.kinds.interviews import interview_speakers

    assert interview_speakers("\n\n".join(_INTERVIEW[:3]) + "\n") == set()
    assert "Tallavi-Dorrow" in interview_speakers("\n\n".join(_INTERVIEW) + "\n")


def test_interview_labels_need_a_sentence_after_the_colon():
    from kg.nlp.entities.kinds.interviews import interview_speakers

    text = ("Kelvo Dorrow: The bosses lie.\n\nKelvo Dorrow: We will win.\n\n"
            "Kelvinton: 12 Dorrow St.\n\nKelvinton: 14 Main St.\n")
    assert interview_speakers(text) == {"Kelvo Dorrow"}


@pytest.mark.parametrize("paragraphs,want", [
    # a list of places after a locative word, ending in "parts of": the last name is a place
    (("Families evacuated from Tarabe, Okuno, and parts of Minamikel sleep in schools.",),
     {"Minamikel": "place"}),
    # "parts of" with no list before it says nothing
    (("Buyers from Kelvo and Dorrow are looking at parts of Kelvane now.",),
     {"Kelvane": Not("place")}),
])
def test_parts_of_the_last_place_in_a_list(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs,want", [
    # a publishing house named by its trade first, in Portuguese, French, Spanish
    (("Editora Dorrinha brought the book out in 2019.",), {"Editora Dorrinha": "organization"}),
    (("It was printed by Ediciones Kelvanos in a small run.",), {"Ediciones Kelvanos": "organization"}),
])
def test_a_publisher_named_by_its_trade_first(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)
