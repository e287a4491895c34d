"""Kinds of names that recur on untuned pages (issue 10, branch ent18): halls named "Center" or
"Centre", towns an employer's frame would make firms of, sites of industry, states' codes after
a town, an organisation called by its head word, a public body by its acronym, the dateline's
town opening a sentence. kg/nlp/entities/cues/framing.py, kg/nlp/entities/kinds/headforms.py,
kg/data/nlp/kinds.toml, kg/data/nlp/entities.toml. Every sentence is made up in the paper's
shapes; each rule where it must fire and where it must not."""

from __future__ import annotations

import pytest
from nlp_support import found_kinds as found
from nlp_support import issue_mentions as mentions

from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.kinds.headforms import head_of
from kg.nlp.entities.mentions import annotate
from kg.nlp.entities.registry.registry import Registry
from kg.reader import parse_article


# -- 1. venues ------------------------------------------------------------------------------------
@pytest.mark.parametrize("paragraph,name", [
    # a hall named by what it hosts
    ("The conference opened at the Kelvin Convention Center in Havana.", "Kelvin Convention Center"),
    ("A fund-raising dinner at the Dorrow Lane Community Centre drew 80.", "Dorrow Lane Community Centre"),
    ("Unionists packed the Tallow Civic Center on Saturday.", "Tallow Civic Center"),
    # a hall named for a person
    ("The rally gathered at the Ellen Dorrow Centre.", "Ellen Dorrow Centre"),
    # a centre the text meets in
    ("A forum was held at the Kelvo Centre on Friday.", "Kelvo Centre"),
])
def test_a_hall_named_center_or_centre_is_a_place(registry, paragraph, name):
    assert (name, "place") in found(registry, paragraph)


@pytest.mark.parametrize("paragraph,name", [
    ("Staff at the Kelvo Workers Center spoke.", "Kelvo Workers Center"),  # a worker centre: a body
    ("A lawyer from the Center for Kelvish Rights spoke.", "Center for Kelvish Rights"),
    ("She spoke at the Dorrow Legal Centre.", "Dorrow Legal Centre"),  # a body's word before the head
    ("The Kelvo Centre issued a report.", "Kelvo Centre"),  # no meeting, no person: the head's kind
])
def test_a_centre_that_is_a_body_stays_an_organisation(registry, paragraph, name):
    assert (name, "organization") in found(registry, paragraph)


def test_venue_rule_needs_the_head_and_no_body_word():
    fr = framing()
    text = "A meeting at the Kelvo Centre."
    at = text.index("Kelvo")
    assert fr.venue(text, at, ["Kelvo", "Centre"], False)
    assert not fr.venue(text, at, ["Kelvo", "Hall"], False)  # not a centre: the head words speak
    assert not fr.venue(text, at, ["Kelvo", "Workers", "Centre"], False)
    assert not fr.venue("The Kelvo Centre said.", 4, ["Kelvo", "Centre"], False)


# -- 2. a town an employer's frame would make a firm of ------------------------------------------
@pytest.mark.parametrize("paragraph,name", [
    ("Workers at Shubra el-Kheima struck. Textile mills in Shubra el-Kheima closed.", "Shubra el-Kheima"),
    ("The Tallahra mill employs 20,000. The strike in Tallahra spread.", "Tallahra"),
    ("Strikers at Kelvo Dorra won. Buses from Kelvo Dorra joined them.", "Kelvo Dorra"),
])
def test_a_name_the_article_places_is_no_firm_where_workers_work(registry, paragraph, name):
    got = found(registry, paragraph)
    assert (name, "place") in got
    assert (name, "organization") not in got


@pytest.mark.parametrize("paragraph,name", [
    ("Jobs in Kelvane stores are scarce. Workers at Kelvane struck.", "Kelvane"),  # a firm's noun after it
    ("Workers at Kelvane struck. Jobs in the Kelvane plant are hard.", "Kelvane"),  # "the" between
    ("The Kelvane mill closed.", "Kelvane"),  # nothing places it
])
def test_a_firm_stays_a_firm(registry, paragraph, name):
    assert (name, "organization") in found(registry, paragraph)


# -- 3. sites of industry -------------------------------------------------------------------------
@pytest.mark.parametrize("paragraph,name", [
    ("Rail workers at Bailey Dorrow Yard voted to strike.", "Bailey Dorrow Yard"),
    ("Crews at Maria Yard walked out.", "Maria Yard"),  # a given name opens it: still the yard
    ("Dockers at the Ellen Wharf refused to unload the ship.", "Ellen Wharf"),
    ("Workers at the Kelvo Railyard struck.", "Kelvo Railyard"),
])
def test_a_yard_or_a_wharf_is_a_place(registry, paragraph, name):
    assert (name, "place") in found(registry, paragraph)


def test_docks_before_and_stay_in_a_firms_name(registry):
    got = found(registry, "The Kelvin Docks and Harbour Company hired.")
    assert ("Kelvin Docks and Harbour Company", "organization") in got


# -- 4. states' codes after a town ----------------------------------------------------------------
@pytest.mark.parametrize("text,code,fires", [
    ("Write to 3/281 Beamish St., Kelvo NSW 2194.", "NSW", True),
    ("Write to 306 W. 37th St., New York, NY 10018.", "NY", True),
    ("Box 11, Dorrow, QLD 4000", "QLD", True),
    ("Toronto, ON M6N 1S4", "ON", True),
    ("WORKERS IN Toronto", "IN", False),  # capitals before: a heading, no town
    ("The NSW government cut pay.", "NSW", False),  # no town before it
    ("Kelvo NSW workers struck.", "NSW", False),  # a lower-case word after it
])
def test_a_state_code_after_a_town(text, code, fires):
    at = text.index(code, 1)
    assert framing().state_code_at(text, at, at + len(code)) is fires


def test_a_state_code_after_a_town_is_a_place(registry):
    got = found(registry, "Write to us at 306 W. 37th St., New York, NY 10018.")
    assert ("NY", "place") in got


def test_a_town_and_its_code_read_as_one_name_are_no_organisation(registry):
    got = found(registry, "Write to 3/281 Beamish St., Kelvo NSW 2194.")
    assert not any(k == "organization" for _s, k in got)
    assert not framing().ends_in_acronym(["Kelvo", "NSW"])
    assert framing().ends_in_acronym(["Kelvo", "CCS"])  # an organisation's acronym still ends one


# -- 5. an organisation by its head word; a public body by its acronym -------------------------
def test_the_head_word_after_the_full_name_is_the_organisation(registry):
    got = mentions(registry, "Members of the Kelvo Workers League campaigned. The League’s "
                             "candidate spoke, and the League’s Jan Ruiz said so.")
    league = [e for s, e in got if s == "League"]
    full = [e for s, e in got if s == "Kelvo Workers League"]
    assert len(league) == 2 and set(league) == set(full)


@pytest.mark.parametrize("paragraph", [
    "The Kelvin Labour Party and the Dorrow Green Party met. The Party was split.",  # two heads
    "The League campaigned. Later the Kelvo Workers League met.",  # before the full name
    "The Kelvo Workers League met the League Against Racism.",  # a longer name
])
def test_an_ambiguous_or_earlier_head_word_stays_unlinked(registry, paragraph):
    got = mentions(registry, paragraph)
    assert not any(s in ("League", "Party") for s, _e in got)


def test_head_of_a_label():
    assert head_of("Kelvish Communist League") == "League"
    assert head_of("Federation of Kelvish Women") == "Federation"


def test_a_health_service_by_its_acronym(registry):
    got = found(registry, "Nurses in the NHS are on strike again.")
    assert ("NHS", "organization") in got


# -- 6. the dateline's town ---------------------------------------------------------------------
def _dated(registry: Registry, dateline: str, paragraph: str) -> list[tuple[str, str]]:
    parts = ["The Militant (logo)", "   Vol. 61/No. 10           March 17, 1997", "", "",
             "Steelworkers strike over pensions", "", "BY MARY MARTIN", "",
             dateline + "Some 600 steelworkers walked off the job here March 3.", "", paragraph, ""]
    d = parse_article("\n".join(parts) + "\n", "<test>")
    annotate(d, registry)
    return [(m.span.of(d.text), m.entity) for m in d.annotations.mentions]


def test_the_datelines_town_opening_a_sentence_is_that_place(registry):
    got = _dated(registry, "KELVINTON, Ohio—", "Kelvinton steelworkers have struck before.")
    keys = {e for s, e in got if s in ("KELVINTON", "Kelvinton")}
    assert ("Kelvinton", "place/kelvinton") in got and len(keys) == 1


def test_another_sentence_opener_is_not_the_datelines(registry):
    got = _dated(registry, "KELVINTON, Ohio—", "Dorrow steelworkers have struck before.")
    assert not any(s == "Dorrow" for s, _e in got)


# -- 7. a town by its apposition, an age that is a count, a directory's towns ---------------------
@pytest.mark.parametrize("paragraph,name", [
    ("Kelvo Dorra, an industrial city near Cairo, was shut by the strike.", "Kelvo Dorra"),
    ("Workers at Kelvo Dorra, a mill town, struck.", "Kelvo Dorra"),  # beats the employer's frame
    ("In Kelvo Dorra, 3,000 workers at the Tallow Textile Company struck.", "Kelvo Dorra"),
])
def test_a_settlements_apposition_makes_a_place(registry, paragraph, name):
    assert (name, "place") in found(registry, paragraph)


@pytest.mark.parametrize("paragraph,name,kind", [
    ("Maria Ortiz, a city council member, spoke.", "Maria Ortiz", "person"),  # a role, no town
    ("Dorrow Kelvin, 42, spoke at the rally.", "Dorrow Kelvin", "person"),  # an age
])
def test_appositions_that_say_no_place(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


@pytest.mark.parametrize("paragraph,name", [
    ("SWEDEN\nStockholm: Dorrowgatan 26. Tel: 08-31 69 33.", "Stockholm"),  # a street before its number
    ("NEW ZEALAND\nChristchurch: Box 13-969. Tel: (03) 365-6055.", "Christchurch"),
    ("OHIO: Kelvinton: 12 Dorrow St. Tel: (440) 555-0100.", "Kelvinton"),  # after the state's heading
])
def test_a_directorys_town_before_its_address_is_a_place(registry, paragraph, name):
    got = found(registry, paragraph)
    assert any(s == name and k in ("place", "city") for s, k in got), got


def test_a_speakers_tag_is_no_directory_line(registry):
    got = found(registry, "Q: What happened?\nMartinez: In 1998 we struck.")
    assert not any(s == "Martinez" for s, _k in got)


# -- 8. football clubs named with a lower-case article ------------------------------------------
@pytest.mark.parametrize("paragraph,names", [
    ("Fans of al-Dorrawi and the el-Kelvo club clashed after the match.", {"al-Dorrawi", "el-Kelvo"}),
    ("The al-Dorrawi and al-Tallawi supporters marched together.", {"al-Dorrawi", "al-Tallawi"}),
    ("Al-Dorrawi fans filled the square.", {"Al-Dorrawi"}),
])
def test_a_club_named_with_the_article_is_an_organisation(registry, paragraph, names):
    got = found(registry, paragraph)
    assert {(n, "organization") for n in names} <= got


@pytest.mark.parametrize("paragraph", [
    "Protesters chanted against el-Dorrawi and the army.",  # no club's word
    "Supporters of Khaled el-Dorrawi marched.",  # glued to a given name: a person's name
    "Khaled el-Dorrawi fans cheered.",
])
def test_no_club_without_a_clubs_word_or_after_a_given_name(registry, paragraph):
    got = found(registry, paragraph)
    assert not any(k == "organization" and s.startswith(("el-", "al-")) for s, k in got), got


# -- 9. a social network by its frame -------------------------------------------------------------
@pytest.mark.parametrize("paragraph,name", [
    ("Strikers posted on Kelvbook that the plant was shut.", "Kelvbook"),
    ("The call spread through a Kelvbook page.", "Kelvbook"),
    ("Videos of the march went viral on Dorrtube.", "Dorrtube"),
])
def test_a_social_network_by_its_frame_is_an_organisation(registry, paragraph, name):
    assert (name, "organization") in found(registry, paragraph)


def test_a_town_the_gazetteer_knows_stays_a_town_in_a_platforms_frame(registry):
    assert ("Omaha", "city") in found(registry, "The strike was live on Omaha television.") \
        or ("Omaha", "place") in found(registry, "The strike was live on Omaha television.")
