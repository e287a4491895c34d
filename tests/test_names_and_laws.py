"""Names of laws, inquiries and programmes the runs cut (sets CA's and CD's junk at their first
measure, 2026-12-06): laws named with "and" inside, ballot measures by an abbreviated head and
their number, an inquiry "into" its subject, a programme named with "for" before its noun.
Invented sentences only, other names."""

from __future__ import annotations

from nlp_support import check_names, surfaces


def test_an_acts_name_with_and_inside_is_one_work(registry):
    got = surfaces(registry, "Lawmakers passed the Kelvo Taxpayer and Citizen Protection Act in June.")
    check_names(got, {"Kelvo Taxpayer and Citizen Protection Act": "work",
                      "Kelvo Taxpayer": None, "Citizen Protection Act": None})


def test_an_acts_name_with_and_inside_keeps_its_year(registry):
    # the year after the law's head joined first ("… Act of 1998"): the law is still one name
    # (set DT's junk at its first measure, branch passT44)
    got = surfaces(registry, "Dorrow growers lobbied against the Kelvo Tariff Relief and Grain "
                             "Export Act of 1998 for a decade.")
    check_names(got, {"Kelvo Tariff Relief and Grain Export Act of 1998": "work",
                      "Kelvo Tariff Relief": None, "Grain Export Act of 1998": None})


def test_an_article_after_and_keeps_two_names(registry):
    got = surfaces(registry, "The Senate and the Kelvo Act were named in the suit.")
    assert "Kelvo Act" in got and not any(" and " in s for s in got), got


def test_a_body_before_and_before_a_union_is_no_law(registry):
    got = surfaces(registry, "Members of the Dorrow Railway and Kelvo Bus Workers Union struck.")
    assert not any(" and " in s for s in got), got


def test_an_abbreviated_ballot_measure_keeps_its_number(registry):
    got = surfaces(registry, "Voters in Kelvo rejected Prop. 187 at the polls.")
    check_names(got, {"Prop. 187": "work", "Prop": None})


def test_an_inquiry_and_its_subject_are_one_body(registry):
    got = surfaces(registry, "The Royal Commission into Kelvo Deaths in Custody reported in 1991.")
    check_names(got, {"Royal Commission into Kelvo Deaths in Custody": "organization",
                      "Royal Commission": None, "Custody": None})
    got = surfaces(registry, "A Commission of Inquiry into the Dorrow Mine Fire was set up.")
    check_names(got, {"Commission of Inquiry into the Dorrow Mine Fire": "organization"})


def test_a_programme_named_with_for_is_one_name(registry):
    got = surfaces(registry, "The Deferred Relief for Kelvo Arrivals program was ended in June.")
    check_names(got, {"Deferred Relief for Kelvo Arrivals": "thing", "Deferred Relief": None,
                      "Kelvo Arrivals": None})
    # with no programme's noun after it, "for" still parts two names
    got = surfaces(registry, "Funds from Dorrow Mills for Kelvo Schools were cut.")
    assert "Dorrow Mills for Kelvo Schools" not in got, got


def test_a_title_keeps_the_object_pronoun_it_ends_on(registry):
    got = surfaces(registry, "The pamphlet Kelvo Will Forgive Us sold out in Dorrow within a week.")
    check_names(got, {"Kelvo Will Forgive Us": "work", "Kelvo Will Forgive": None})
    # a pronoun after a name in lower-case words is no title's
    got = surfaces(registry, "Ana Dorrow told us nothing.")
    assert "Ana Dorrow" in got, got
