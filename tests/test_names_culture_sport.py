"""Kinds of names on culture and sport pages nobody tuned to (wave 4's kinds, branch type47): a
given name before an event's head is a person, a team named for its place and a nickname (and
the nickname alone) is a body on a sports page, a band, an ensemble or a league in apposition is
a body, a role after "<Name> of the X," is the person's, not X's, and a name a bare "from" made a
place is a person when it is listed with people. Every sentence is made up for these tests; no
text or name of a held-out set is used (registry cities stand only where the mechanism needs the
gazetteer to know the place)."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found, kinds_of


def _kinds(registry, *paragraphs: str) -> dict[str, str]:
    return kinds_of(found(registry, *paragraphs))


@pytest.mark.parametrize("paragraphs, want", [
    # a given name before an event's singular head: the person the surname names, and the
    # surname alone after it
    (("Mourners filled the hall for Marcus Flood in May.",
      "Everyone knew that Flood had pitched for a decade."),
     {"Marcus Flood": "person", "Flood": "person"}),
    (("The union honored Lena March at its convention.",), {"Lena March": "person"}),
    # "the" before it: an event named so ("the Lena Flood" as "the Johnstown Flood")
    (("Homes were lost in the Lena Flood of 1921.",), {"Lena Flood": "event"}),
    # days and trophies named for a given name stay events (kinds.toml [given_event_heads])
    (("Shops in Kelvo closed for Victoria Day on Monday.",), {"Victoria Day": "event"}),
])
def test_a_given_name_before_an_event_head_is_a_person(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


SPORTS = ("The pitcher was traded this season to the Boston Gales, and the team's fans were "
          "angry at the league.")


@pytest.mark.parametrize("paragraphs, want", [
    # a known place and a nickname on a sports page: the team; the nickname alone after it too
    ((SPORTS, "He had played for the Chicago Marlins since 1961."),
     {"Chicago Marlins": "organization"}),
    ((SPORTS, "The Gales lost the next game."), {"Gales": "organization"}),
    # a town's name that is a given name opens a player's name, no team
    ((SPORTS, "Orlando Kelvane pitched the last game."), {"Orlando Kelvane": "person"}),
    # a newspaper's head keeps the paper
    ((SPORTS, "The trade was reported by the Boston Star."), {"Boston Star": Not("organization")}),
])
def test_a_team_on_a_sports_page_is_a_body(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


def test_a_place_and_a_nickname_off_a_sports_page_is_no_team(registry):
    got = _kinds(registry, "Nurses from the Chicago Marlins clinic spoke in the hall.")
    assert got.get("Marlins") != "organization"
    # two sport words are not enough: a campaign's page speaks of a league and of fans too
    got = _kinds(registry, "The league's fans came to see the Boston Gales in May.")
    assert got.get("Gales") != "organization" and got.get("Boston Gales") != "organization"


@pytest.mark.parametrize("paragraphs, want", [
    # a band, an ensemble, a league in apposition: a body, no place by "to" or "in" before it,
    # no person by a given name's spelling opening it
    (("Hundreds swayed to Los Dorros, the Tallow salsa band, on Friday.",),
     {"Los Dorros": "organization"}),
    (("A hall in Kelvo filled for Son de Kelvo, a septet from Dorrow.",),
     {"Son de Kelvo": "organization"}),
    (("Some of them signed with Kelvoria, a winter league based in Tallow.",),
     {"Kelvoria": "organization"}),
])
def test_a_band_or_a_league_in_apposition_is_a_body(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


def test_a_role_after_a_name_of_the_body_is_the_persons(registry):
    got = _kinds(registry, "Ana Kelvane of the Dorrow Gales, the union's president, "
                           "said the union wants more.")
    check_names(got, {"Ana Kelvane": "person", "Dorrow Gales": Not("person")})


def test_a_place_only_by_from_listed_with_people_is_a_person(registry):
    got = _kinds(registry, "The director got loans from Bill Dorrowby, Maria Kelvane, Tomas Ruiz "
                           "and Ana Lenn for the shoot.")
    check_names(got, {"Bill Dorrowby": "person"})
    # a place listed with places stays one
    got = _kinds(registry, "Delegates came from Dorrow Falls, Chicago and Boston.")
    check_names(got, {"Dorrow Falls": "place"})


@pytest.mark.parametrize("paragraphs, want", [
    # the full names only inside a show's quoted title: the surnames alone are the people
    (("Crowds came for “Marcus Dorrowby and Frida Kelvane in Tallow,” the new show.",
      "In 1932 Dorrowby painted the walls, and Kelvane drew the plans."),
     {"Dorrowby": "person", "Kelvane": "person"}),
    # a town the text says is one keeps its kind
    (("Crowds came for “Marcus Dorrowby in Tallow,” the new show.",
      "The show opens in Dorrowby next year."),
     {"Dorrowby": Not("person")}),

])
def test_a_surname_named_in_full_only_inside_a_title_is_a_person(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


@pytest.mark.parametrize("paragraphs, want", [
    # a ballpark by its head; after a given name, a person's surname
    (("Robinson played his first game at Dorrowby Field in April.",), {"Dorrowby Field": "place"}),
    (("The actor Marcus Field joined the picket line.",), {"Marcus Field": "person"}),
])
def test_a_field_is_a_place_unless_a_given_name_opens_it(registry, paragraphs, want):
    check_names(_kinds(registry, *paragraphs), want)


def test_a_firm_called_by_the_name_of_its_national_arm(registry):
    got = _kinds(registry, "Welders struck the Marcus Kelvane de México plant in Tijuana.",
                 "Marcus Kelvane refused to bargain with the union.")
    check_names(got, {"Marcus Kelvane de México": "organization", "Marcus Kelvane": "organization"})


def test_a_railroad_or_a_band_named_before_its_noun_is_a_body(registry):
    got = _kinds(registry, "Workers laid track for the Southern Dorrow railroad in 1944.",
                 "Crowds danced to the Los Kelvos band all night.")
    check_names(got, {"Southern Dorrow": "organization", "Los Kelvos": "organization"})


def test_a_surname_after_a_given_name_counts_only_outside_the_peoples_names_kept():
    """`titled_surnames` reads "<Given> <Surname>" only where no person's name the page keeps
    holds it: beside a person kept whole the short forms read the surname, and a town so
    spelled is the town (a steel town beside its judge; set BP's one name lost at the first
    sweep, type47)."""
    from types import SimpleNamespace

    from kg.nlp.entities.cues.evidence import evidence
    from kg.nlp.entities.cues.namecues import Cues
    from kg.nlp.entities.kinds.titledsurnames import _after_given_name

    text = "Judge Marcus Dorrowby ruled. Dorrowby steelworkers walked out."
    ctx = SimpleNamespace(text=text, ev=evidence(), cues=Cues())
    assert _after_given_name(ctx, "Dorrowby", [])
    judge = (text.index("Marcus"), text.index(" ruled"))
    assert not _after_given_name(ctx, "Dorrowby", [judge])


def test_a_sports_page_is_counted_by_the_bound_data_folders_words(tmp_path):
    """The answer for one page follows the bound folder's sport words: a build with its own
    data folder is not given the answer another folder gave for the same text."""
    from kg.nlp import cuedata
    from kg.nlp.entities.kinds import sportsteams

    text = "The team won the game; the fans filled the stadium for the playoff."
    assert sportsteams._sports_page(text)
    (tmp_path / "kinds.toml").write_text(
        '[sports_teams]\nmin_words = 2\nwords = ["cricket", "wicket"]\n', encoding="utf-8")
    with cuedata.bind(cuedata.CueData(tmp_path)):
        assert not sportsteams._sports_page(text)
        assert sportsteams._sports_page("A wicket fell at the cricket ground.")
    assert sportsteams._sports_page(text)
