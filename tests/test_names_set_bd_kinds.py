"""Set BD's shapes of names (issue 10, branch ent87), on made-up sentences with other names:
a law's article or section and a law by its number one work (kg.nlp.entities.spans.lawparts),
a law by a head that is a surname too (kg.nlp.entities.kinds.lawnames), agreements and
ordinances as works and a city's courts as one body (kg/data/nlp/entities.toml heads), a
depiction's noun opening a sentence (kg.nlp.entities.spans.depictions), a foreign name and its
untyped gloss (kg.nlp.entities.kinds.glossedpairs; a gloss opening with "the", cutnames
`bracketed_gloss`), a name ending in its number (kg.nlp.entities.spans.numberends), a class's
adjective opening a sentence (kg.nlp.entities.kinds.classnouns), a sister body's acronym glued
to a registry one (kg.nlp.entities.mentions.gluedacronyms) and an acronym opening a body's
bracket (kg.nlp.entities.kinds.bracketacronyms). No name or sentence of a held-out set."""

from __future__ import annotations

import pytest
from nlp_support import Not, check_names, found

CASES = [
    # -- laws -----------------------------------------------------------------------------------------
    pytest.param(("The assembly acted under Article 12 of the Charter Law of Tessaly. Judges cited "
                  "Section 13(1) of the Labour Relations Act on Monday.",),
                 {"Charter Law of Tessaly": "work", "Labour Relations Act": "work", "Article": None,
                  "Section": None, "Article 12 of the Charter Law of Tessaly": None,
                  "Section 13(1) of the Labour Relations Act": None},
                 id="a-law-s-article-and-section-read-as-the-law"),
    pytest.param(("The union sued under Section 7 of the Taft-Hartley Act.",),
                 {"Taft-Hartley Act": "work", "Section 7 of the Taft-Hartley Act": None, "Section": None},
                 id="a-registry-law-s-section-is-the-law"),
    pytest.param(("Delegates of Section 22 of the Kelvo Teachers Union voted to strike.",),
                 {"Kelvo Teachers Union": "organization", "Section 22 of the Kelvo Teachers Union": None},
                 id="a-union-s-section-is-no-law"),
    pytest.param(("The cabinet signed Law No. 4410 in May, and Decree No. 88 followed.",),
                 {"Law No. 4410": "work", "Decree No. 88": "work"}, id="a-law-by-its-number"),
    pytest.param(("Police used the Internal Security Law against the strikers.",),
                 {"Internal Security Law": "work"}, id="a-law-by-a-surname-head"),
    pytest.param(("Dana Law said the union would win.",),
                 {"Dana Law": "person"}, id="a-given-name-before-law-is-a-person"),
    pytest.param(("Bosses hailed the Central Kelvian Free Trade Agreement in 2004. The council passed "
                  "the Public Order Ordinance on Tuesday.",),
                 {"Central Kelvian Free Trade Agreement": "work", "Public Order Ordinance": "work"},
                 id="agreements-and-ordinances-are-works"),
    # -- courts -----------------------------------------------------------------------------------------
    pytest.param(("Ana Torvik was charged at the Dorrow Magistrates’ Courts on Friday. Her brother "
                  "appeared at the Tallow Magistrates' Courts and the Kelvo District Courts.",),
                 {"Dorrow Magistrates’ Courts": "organization", "Tallow Magistrates' Courts": "organization",
                  "Kelvo District Courts": "organization", "Dorrow Magistrates": None},
                 id="a-city-s-courts-one-body"),
    # -- depictions -------------------------------------------------------------------------------------
    pytest.param(("Workers rallied on Monday. Pictures of Malcolm X hung over the stage. "
                  "Portraits of Dorrow Kelvani lined the hall.",),
                 {"Malcolm X": "person", "Pictures of Malcolm X": None, "Portraits of Dorrow Kelvani": None},
                 id="a-depiction-s-noun-is-no-name"),
    pytest.param(("She edits films at Kelvo Pictures in the valley.",),
                 {"Kelvo Pictures": "organization"}, id="a-studio-named-pictures-stays"),
    # -- a foreign name and its gloss ---------------------------------------------------------------------
    pytest.param(("The youth of Le Réveil Paysan (the Farmer’s Lantern) joined the sit-in.",),
                 {"Le Réveil Paysan": "organization", "Farmer’s Lantern": "organization", "Lantern": None},
                 id="a-gloss-with-the-and-a-possessive"),
    pytest.param(("Volunteers with Caminos de Paz (Roads of Peace) packed medicine for the "
                  "clinics.",),
                 {"Caminos de Paz": "organization", "Roads of Peace": "organization", "Peace": None},
                 id="an-untyped-pair-is-a-body"),
    pytest.param(("She spoke with Ana Torvik (Retired Teacher) at the gate.",),
                 {"Ana Torvik": "person"}, id="a-person-s-bracket-is-no-gloss"),
    # -- a name ending in its number ----------------------------------------------------------------------
    pytest.param(("Mechanics who repair the Linea 40 buses joined the picket.",),
                 {"Linea 40": Not("place"), "Linea": None}, id="a-name-ending-in-its-number"),
    pytest.param(("In Kelvo 300 workers marched on Monday.",),
                 {"Kelvo 300": None}, id="a-town-and-a-count-stay-apart"),
    # -- a class's adjective ------------------------------------------------------------------------------
    pytest.param(("Delegates of the Independent Union of Bus Drivers spoke. Independent unions held "
                  "their own meeting.",),
                 {"Independent Union of Bus Drivers": "organization", "Independent": None},
                 id="an-opener-before-the-head-in-lower-case"),
    # -- acronyms -----------------------------------------------------------------------------------------
    pytest.param(("Among the unions marching was the Confédération Générale du Travail du Kelvo (CGT-K, "
                  "General Confederation of Labor of Kelvo). Others came.",),
                 {"CGT-K": "organization", "CGT": None}, id="a-sister-body-s-acronym"),
    pytest.param(("Delegates of the Frente Unido de Obreros (CUT, United Workers Front) spoke at the "
                  "rally.",),
                 {"CUT": "organization"}, id="a-common-word-acronym-before-its-gloss"),
    pytest.param(("The crowd chanted: NOT AGAIN, they said.",),
                 {"NOT": None}, id="shouting-stays-no-name"),
    # -- a paper after its kind ---------------------------------------------------------------------------
    pytest.param(("A mine manager told the daily El Faro on Tuesday that output would rise. He wrote to "
                  "the newspaper Tarvo Sentry about the strike.",),
                 {"El Faro": "periodical", "Tarvo Sentry": "periodical"}, id="a-paper-after-its-kind"),
    pytest.param(("She spoke with Ana Torvik about the strike.",),
                 {"Ana Torvik": "person"}, id="no-paper-s-kind-no-periodical"),
]


@pytest.mark.parametrize(("paragraphs", "want"), CASES)
def test_names_set_bd_kinds(registry, paragraphs, want):
    check_names(dict(found(registry, *paragraphs)), want)


def test_registry_rows_set_bd(registry):
    """Deere & Company by its short name after a strike's frame, and Mubarak alone (ent87)."""
    got = dict(found(registry, "Tractor assemblers struck Deere for five weeks. Crowds in the squares "
                               "drove out Mubarak in 2011."))
    check_names(got, {"Deere": "organization/deere-and-company", "Mubarak": "person/hosni-mubarak"})


def test_registry_regions_and_country(registry):
    """Africa's regions by their compass word, strict (a firm named for one stays the firm's), and
    Côte d'Ivoire with a curly apostrophe (ent87)."""
    got = dict(found(registry, "Traders crossed North Africa to reach Côte d’Ivoire. The West Africa "
                               "Cement Company fired its drivers."))
    check_names(got, {"North Africa": "place/north-africa", "Côte d’Ivoire": "country/cote-divoire",
                      "West Africa": None})


def test_a_kicker_line_is_read_for_names(registry):
    """The kicker line over the headline names a place the body does not ("Dock strike in North
    Africa"): its registry names are read (kg.nlp.entities.spans.textspan `regions`, ent87); a
    column's standing name there makes no new name ("In Review")."""
    from kg.nlp.entities.mentions import annotate
    from kg.reader import parse_article

    lines = ["The Militant (logo)", "", "Vol. 79/No. 14      April 13, 2015", "", "",
             "Dock strike in North Africa", "", "Crane drivers halt the night shift at Dorrow",
             "(front page)", "", "BY ROSA KELVIN",
             "PORT DORROW, Kelvania — Crane drivers walked off the job on April 1.", "",
             "The union says the ban will not hold.", ""]
    d = parse_article("\n".join(lines), "militant-2015-04-13-v79n14-docks.txt")
    assert (d.overline.value, d.headline.value) == ("Dock strike in North Africa",
                                                     "Crane drivers halt the night shift at Dorrow")
    annotate(d, registry)
    assert "place/north-africa" in {m.entity for m in d.annotations.mentions}
    lines[5] = "In Review"
    d = parse_article("\n".join(lines), "militant-2015-04-13-v79n14-docks.txt")
    annotate(d, registry)
    assert d.overline.value == "In Review"
    assert "Review" not in {m.span.of(d.text) for m in d.annotations.mentions}
