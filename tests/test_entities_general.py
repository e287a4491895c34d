"""General remedies for junk and untyped names (issue 10 §3, branch ent9): rules that rest on
evidence about English and the paper's ways of naming, not on names already seen. A lone
capitalised common word nothing types (wordfreq's frequencies), English offices and ranks
before a name, firms named by their trade with no article, heads of bodies, events, places and
works of kinds no earlier list had, and titles a capitalised function word opens mid-sentence
or a work noun ("titled", "exhibit", "author of") announces. Every sentence is made up; each
rule where it must fire and where it must not."""

from __future__ import annotations

import pytest
from nlp_support import found_kinds as found
from nlp_support import kinds_surfaces as surfaces

from kg.nlp.cuedata import CueDataError, load
from kg.nlp.entities.cues.commonwords import CommonWords, common_words


# -- the word list -------------------------------------------------------------------------------
def test_common_words_come_from_the_frequency_list_above_the_data_floor():
    words = common_words()
    assert words.min_zipf == float(load("entities")["junk"]["common_word_min_zipf"])
    for w in ("Freedom", "jobs", "Underground", "We’re", "Bread's", "Anti-War"):
        assert words.common(w), w
    for w in ("Kelvane", "Dorrowmere", "", "Zqx-Ward"):
        assert not words.common(w), w


def test_the_floor_decides_what_is_common():
    freq = {"bread": 1e-5, "quern": 1e-8}
    assert CommonWords(freq, 4.0).common("Bread") and not CommonWords(freq, 4.0).common("Quern")
    assert not CommonWords(freq, 4.5).common("Bread")


# -- a lone common word nothing types -------------------------------------------------------------
@pytest.mark.parametrize("paragraph,junk", [
    ("Marchers carried banners reading Bread, Land and Dignity for All past the city hall.", "Bread"),
    ("The rally’s slogan was simple: Housing Now and Wages Up, chanted by hundreds.", "Wages"),
    ("Supporters sold copies of the paper near the Underground station in Dorrow.", "Underground"),
])
def test_a_lone_common_word_nothing_types_is_no_name(registry, paragraph, junk):
    assert junk not in surfaces(registry, paragraph)


@pytest.mark.parametrize("paragraph,name,kind", [
    # a cue types it: kept
    ("Workers at Kelvane voted to strike. The Kelvane plant stayed shut.", "Kelvane", "organization"),
    ("Pickets went up outside Target stores in Dorrow, where workers at Target walked out.",
     "Target", "organization"),
    # a given name or a place the gazetteer knows: kept
    ("Dolores Varga spoke first. Later Dolores thanked the strikers.", "Dolores Varga", "person"),
    ("She grew up in Mobile and moved to Chicago in 1990.", "Chicago", "city"),
])
def test_a_word_something_types_stays_a_name(registry, paragraph, name, kind):
    assert (name, kind) in found(registry, paragraph)


def test_a_surname_that_is_a_common_word_stays_the_person(registry):
    got = found(registry, "Retired miner Jonas Hope, 71, joined the line. Hope said the company lied.")
    assert ("Jonas Hope", "person") in got
    assert ("Hope", "person") in got


def test_an_uncommon_lone_word_is_left_as_it_was(registry):
    assert "Kelvorrak" in surfaces(registry, "The strikers met with Kelvorrak on Tuesday.")


# -- offices and ranks before a name -------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("The cop who shot him, Officer Dana Kelvo, was never charged.", "Dana Kelvo"),
    ("Sheriff Arlo Venn ordered the arrests.", "Arlo Venn"),
    ("The motion by Councilmember Ana Darrow passed 7-2.", "Ana Darrow"),
    ("Lt. Col. Brian Tallow led the raid.", "Brian Tallow"),
    ("Police Chief Maria Kelvin defended the officers.", "Maria Kelvin"),
    ("Rabbi Ezra Dorrow spoke at the vigil.", "Ezra Dorrow"),
])
def test_an_office_or_rank_is_no_part_of_the_persons_name(registry, sentence, name):
    got = found(registry, sentence)
    assert (name, "person") in got
    assert not any(s != name and s.endswith(name) for s, _k in got)


def test_an_office_before_a_surname_alone_types_a_person(registry):
    assert ("Kelvo", "person") in found(registry, "The jury cleared Officer Kelvo of all charges.")


def test_an_ambiguous_office_before_one_word_stays_a_name(registry):
    got = surfaces(registry, "Veterans exposed to Agent Orange marched in Dorrow.")
    assert "Agent Orange" in got


# -- firms by their trade with no article ---------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Workers at aircraft maker Kelvane Dorrow walked out on Monday.", "Kelvane Dorrow"),
    ("Retail giant Tallowmart announced 2,000 layoffs.", "Tallowmart"),
    ("The union struck rail carrier Dorrow Pacific in June.", "Dorrow Pacific"),
])
def test_a_firms_noun_with_its_trade_types_an_organisation(registry, sentence, name):
    assert (name, "organization") in found(registry, sentence)


def test_a_firms_noun_does_not_type_a_person(registry):
    got = found(registry, "The meeting at the company Maria Ortiz founded ended late.")
    assert ("Maria Ortiz", "person") in got


# -- heads of kinds no earlier list had ------------------------------------------------------------
@pytest.mark.parametrize("sentence,name,kind", [
    ("Jets of the Kelvish Air Force bombed the camp.", "Kelvish Air Force", "organization"),
    ("Agents of the Dorrow Harbor Patrol detained them.", "Dorrow Harbor Patrol", "organization"),
    ("The bill passed the Verkhovna Rada in May.", "Verkhovna Rada", "organization"),
    ("The fund Kelvane Capital bought the mill.", "Kelvane Capital", "organization"),
    ("Thousands joined the Dorrow Teachers Protest last spring.", "Dorrow Teachers Protest", "event"),
    ("Veterans of the Freedom Rides spoke.", "Freedom Rides", "event"),
    # an event's head alone takes its "of <year>" (kg.nlp.entities.spans.yearevents, ent117):
    # the name with its year, as the conventions read it
    ("Banks failed in the Panic of 1873.", "Panic of 1873", "event"),
    ("The Kelvane Affair shook the government.", "Kelvane Affair", "event"),
    ("Troops took part in Operation Desert Kelvin.", "Operation Desert Kelvin", "event"),
    ("Tenants rallied outside Kelvin Tower in Dorrow.", "Kelvin Tower", "place"),
    ("Plants closed across the Rust Belt.", "Rust Belt", "place"),
    ("The Dorrow Freedom Charter was adopted in 1955.", "Dorrow Freedom Charter", "work"),
])
def test_new_head_words_type_the_name_they_end(registry, sentence, name, kind):
    assert (name, kind) in found(registry, sentence)


def test_a_head_word_does_not_type_a_given_name_and_surname(registry):
    assert ("Anita Hill", "person") in found(registry, "Anita Hill testified before the committee.")


# -- titles ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,title", [
    ("Many workers read Why Kelvin Strikers Must Win at the picket line.", "Why Kelvin Strikers Must Win"),
    ("She sold two copies of Our Story Is Still Unwritten.", "Our Story Is Still Unwritten"),
    ("He first studied In Defense of the Dorrow Strikers during a strike.",
     "In Defense of the Dorrow Strikers"),
    ("Supporters showed a pamphlet titled “Land to the Tiller” to farmers.", "Land to the Tiller"),
    ("The exhibit Faces of the Kelvin Strike, on show since Friday, drew crowds.",
     "Faces of the Kelvin Strike"),
    ("Dana Kelvo, the author of Harvest on the Dorrow Plain, spoke.", "Harvest on the Dorrow Plain"),
])
def test_a_title_is_one_work(registry, sentence, title):
    got = found(registry, sentence)
    assert (title, "work") in got or (title, "book") in got


@pytest.mark.parametrize("sentence,absent", [
    ("Parishioners met at Our Lady of Kelvin Church on Sunday.", "Our Lady of Kelvin Church"),
    ("The union chose Plan A and Plan B at the meeting.", "A and Plan B"),
    ("He said we need to organize.", "We"),
])
def test_no_title_without_its_shape(registry, sentence, absent):
    assert not any(s == absent and k in ("work", "book") for s, k in found(registry, sentence))


# -- what a firm owns and where it works -------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Pickets stood outside the Kelvorra hog slaughterhouse all night.", "Kelvorra"),
    ("Some 300 Dorrowco employees voted to join the union.", "Dorrowco"),
])
def test_a_firms_works_and_staff_type_it(registry, sentence, name):
    assert (name, "organization") in found(registry, sentence)


def test_a_town_the_gazetteer_knows_stays_a_place_before_employees(registry):
    assert ("Omaha", "city") in found(registry, "Many Omaha employees of the county struck.")


# -- where a paper prints ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("An article in the Kelvin Sentry last week blamed the strikers.", "Kelvin Sentry"),
    ("Ana Ruiz, a columnist for Dorrow Today, disagreed.", "Dorrow Today"),
    ("Readers of the Tallow Ledger wrote in support.", "Tallow Ledger"),
])
def test_a_papers_cue_or_head_types_a_periodical(registry, sentence, name):
    assert (name, "periodical") in found(registry, sentence)


def test_a_known_town_after_a_papers_cue_stays_a_place(registry):
    assert ("Omaha", "city") in found(registry, "She wrote a letter to Omaha officials about the plant.")


def test_a_letter_to_a_person_stays_a_persons(registry):
    assert ("Maria Ortiz", "person") in found(registry, "The union sent a letter to Maria Ortiz last week.")


def test_a_title_case_run_holding_a_verb_is_a_work(registry):
    got = found(registry, "Capitalism Has Failed Workers was read at the picket line by many.")
    assert ("Capitalism Has Failed Workers", "work") in got


def test_a_name_without_such_a_verb_stays_untyped(registry):
    got = found(registry, "They talked about Tallow Ridgeback Dorrow for hours.")
    assert ("Tallow Ridgeback Dorrow", "thing") in got


# -- laws named by a lower-case noun --------------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Working people opposed the KELPRA law imposed by Congress.", "KELPRA"),
    ("The Dorrow-Kelvin bill would gut overtime pay.", "Dorrow-Kelvin"),
])
def test_a_law_named_by_a_lower_case_noun_is_a_work(registry, sentence, name):
    assert (name, "work") in found(registry, sentence)


def test_a_law_firm_is_no_law(registry):
    got = found(registry, "Lawyers of the Kelvorra law firm defended the company.")
    assert ("Kelvorra", "work") not in got


def test_names_listed_before_a_firms_plural_are_firms(registry):
    got = found(registry, "The collapse of the Dorrbank and Tallowmere banks hit workers.")
    assert {("Dorrbank", "organization"), ("Tallowmere", "organization")} <= got
    assert ("Omaha", "city") in found(registry, "Loans from the Omaha banks dried up.")


@pytest.mark.parametrize("paragraph,name", [
    ("Some blame “the West” for the war.", "West"),
    ("They called it the “party of God” in their leaflets.", "God"),
])
def test_compass_words_and_listed_common_names_stay(registry, paragraph, name):
    assert name in surfaces(registry, paragraph)


@pytest.mark.parametrize("sentence,name", [
    ("Thousands marched on May Day in Dorrow.", "May Day"),
    ("Workers studied the October Revolution in classes.", "October Revolution"),
])
def test_a_month_before_an_events_head_names_the_event(registry, sentence, name):
    assert (name, "event") in found(registry, sentence)


def test_a_person_after_a_months_event_is_another_name(registry):
    got = [s for s, _k in found(registry, "On May Day Jane Doe spoke to the crowd.")]
    assert "Jane Doe" in got and "May Day Jane Doe" not in got


def test_without_wordfreq_the_entity_stage_stops_with_a_clear_error(monkeypatch):
    import builtins

    from kg.nlp.entities.cues import commonwords
    real_import = builtins.__import__

    def no_wordfreq(name, *args, **kwargs):
        if name == "wordfreq":
            raise ImportError("No module named 'wordfreq'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_wordfreq)
    with pytest.raises(CueDataError, match="wordfreq is not installed.*pip install -e"):
        commonwords.common_words.__wrapped__()
