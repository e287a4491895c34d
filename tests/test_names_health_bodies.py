"""Names of health care's laws, ministries, bodies and firms the runs cut or left untyped (set
CO's misses at its first measure, 2026-12-06): a law whose first subject is a field named with
its nouns, a ministry's second portfolio of care. Invented sentences only, other names."""

from __future__ import annotations

from nlp_support import check_names, surfaces


def test_a_laws_field_subject_with_heads_inside_is_one_work(registry):
    got = surfaces(registry, "The strikes of 1971 won the Federal Kelvo Mine Health and Safety Act.")
    check_names(got, {"Federal Kelvo Mine Health and Safety Act": "work",
                      "Federal Kelvo Mine Health": None, "Safety Act": None})


def test_a_laws_subject_ending_in_a_field_head_is_one_work(registry):
    got = surfaces(registry, "A clause of the Tenant Protection and Fair Rent Act helped them.")
    check_names(got, {"Tenant Protection and Fair Rent Act": "work",
                      "Tenant Protection": None, "Fair Rent Act": None})


def test_a_body_ending_in_its_head_before_and_stays_apart_from_the_law(registry):
    got = surfaces(registry, "They met the Dorrow Miners Union and Labor Act lawyers.")
    assert not any(" and " in s for s in got), got


def test_a_ministrys_second_portfolio_of_care_is_its_name(registry):
    got = surfaces(registry, "Nurses blamed the Kelvia Ministry of Health and Long-Term Care for the cuts.")
    check_names(got, {"Kelvia Ministry of Health and Long-Term Care": "organization",
                      "Long-Term Care": None})


def test_a_drug_makers_clipped_head_types_the_firm(registry):
    got = surfaces(registry, "Dorrowin Pharma, the maker of the pill, filed for bankruptcy.")
    check_names(got, {"Dorrowin Pharma": "organization"})


def test_a_relief_body_without_borders_is_an_organisation(registry):
    got = surfaces(registry, "Plumbers Without Borders, which has run camps in Kelvia, asked for aid.")
    check_names(got, {"Plumbers Without Borders": "organization"})


def test_a_department_by_its_portfolio_and_a_registry_country_is_one_body(registry):
    got = surfaces(registry, "Housing Kenya and the city said the camp is closed.")
    check_names(got, {"Housing Kenya": "organization", "Kenya": None})
    got = surfaces(registry, "Officials of Fisheries and Pensions Kenya met the miners.")
    check_names(got, {"Fisheries and Pensions Kenya": "organization", "Kenya": None})


def test_a_country_after_an_adjective_or_before_a_name_is_no_department(registry):
    got = surfaces(registry, "They toured Rural Kenya in May.")
    assert "Rural Kenya" not in got, got


def test_a_countrys_command_for_a_region_is_one_body(registry):
    got = surfaces(registry, "Washington sent 900 troops under the U.S. Africa Command in May.")
    check_names(got, {"U.S. Africa Command": "organization", "Africa Command": None})


def test_a_hospital_center_is_a_hospital(registry):
    got = surfaces(registry, "Nurses met at the Dorrowfield Hospital Center here on Sunday.")
    check_names(got, {"Dorrowfield Hospital Center": "hospital"})


def test_a_hospital_named_with_its_city_last_is_one_name(registry):
    got = surfaces(registry, "He died at Kelvo Health Methodist Hospital Dallas October 8 after a week.")
    check_names(got, {"Kelvo Health Methodist Hospital Dallas": "hospital", "Dallas": None})


def test_a_hospital_before_its_city_in_an_address_or_a_name_stays_apart(registry):
    got = surfaces(registry, "Nurses of Kelvo Hospital Dallas Chapter and the Dorrow Hospital, Dallas, met.")
    assert "Kelvo Hospital Dallas" not in got and "Dorrow Hospital, Dallas" not in got, got


def test_a_unions_state_council_named_after_it_is_one_body(registry):
    got = surfaces(registry, "Members of Teamsters Local 9, Service Employees International Union "
                             "Homecare Ohio, and the Kelvo Union joined.")
    check_names(got, {"Service Employees International Union Homecare Ohio": "organization",
                      "Homecare Ohio": None, "Service Employees International Union": None})


def test_a_unions_affiliate_after_a_hyphen_is_one_body(registry):
    got = surfaces(registry, "Among them are SEIU-United Kelvo Workers West (SEIU-UKW) and others.")
    check_names(got, {"SEIU-United Kelvo Workers West": "organization", "SEIU": None,
                      "Kelvo Workers West": None})
    got = surfaces(registry, "They met in the AFL-CIO hall.")
    check_names(got, {"AFL-CIO": "organization"})


def test_a_chain_by_two_institutions_plurals_is_one_body(registry):
    got = surfaces(registry, "Nurses at Kelvo Hospitals and Clinics struck.")
    check_names(got, {"Kelvo Hospitals and Clinics": "organization", "Clinics": None})
    got = surfaces(registry, "Nurses at Children’s Hospitals and Clinics of Ohio struck.")
    check_names(got, {"Children’s Hospitals and Clinics of Ohio": "organization", "Ohio": None})


def test_workers_plurals_joined_by_and_stay_two_groups(registry):
    got = surfaces(registry, "Kelvo Steelworkers and Machinists joined the line.")
    assert not any(" and " in s for s in got), got


REGISTRY_PROGRAMMES = [
    ("Kelvo Ruiz, 71, said her Medicare premiums doubled.", {"Medicare": "organization/medicare"}),
    ("Medicaid covers treatment, but the Dorrow clinic has a waiting list.",
     {"Medicaid": "organization/medicaid"}),
    ("Kelvane sells Medicare Advantage plans to retirees.",
     {"Medicare Advantage": "organization/medicare-advantage", "Medicare": None}),
]


def test_the_federal_health_programmes_are_registry_bodies(registry):
    for sentence, want in REGISTRY_PROGRAMMES:
        check_names(surfaces(registry, sentence), want)


def test_a_list_of_bodies_before_a_chains_plural_stays_apart(registry):
    got = surfaces(registry, "The walkout hit Kelvo Hospitals & Clinics, Dorrow Health "
                             "Services, Tallow Care System and Children’s Hospitals and Clinics of Ohio.")
    check_names(got, {"Dorrow Health Services": "organization", "Tallow Care System": "organization",
                      "Children’s Hospitals and Clinics of Ohio": "organization"})


def test_a_lists_first_firm_is_typed_by_the_firms_after_it(registry):
    got = surfaces(registry, "Drug distributors McKelvo, Dorrow Health and Walmart shipped the pills.")
    check_names(got, {"McKelvo": "organization", "Dorrow Health": "organization"})


def test_a_firm_typed_by_a_list_types_the_firm_it_is_listed_with_later(registry):
    got = surfaces(registry, "The vaccines were made by Pfizer and Kelvo Pharma. "
                             "Later Pfizer and Dorroderna refused to share patents.")
    check_names(got, {"Dorroderna": "organization"})


def test_the_agency_named_for_both_programmes_holds_them(registry):
    got = surfaces(registry, "A rule of the Centers for Medicare & Medicaid Services angered Kelvo nurses.")
    check_names(got, {"Centers for Medicare & Medicaid Services":
                      "organization/centers-for-medicare-and-medicaid-services",
                      "Medicare": None, "Medicaid": None, "Centers": None, "Medicaid Services": None})
