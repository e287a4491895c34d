"""The registry's rows are well formed, and the rows added for the paper's recurring names
(issue 10 §4, `source` = paper-pages) say where the paper names them and are found in text.

The sentences below are made up in the paper's shapes; no page of the paper is copied."""

from __future__ import annotations

import csv
import re
from collections import defaultdict

import pytest

from kg.config import DATA_DIR
from kg.nlp.entities.mentions import annotate
from kg.nlp.entities.registry.registry import KINDS, REGISTRY_PATH, Registry, entry_key, normalise
from kg.reader import parse_article

PAPER_PAGES = "paper-pages"
_RECURRING = re.compile(r"recurring in the paper's pages (\d{4})–(\d{4}) \(themilitant\.com [^)]+\)")


@pytest.fixture(scope="module")
def raw_rows() -> list[dict[str, str]]:
    with REGISTRY_PATH.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def found(registry: Registry, *paragraphs: str, date: str = "March 14, 2016") -> dict[str, str]:
    text = "\n".join(["The Militant (logo)", f"   Vol. 80/No. 10           {date}", "", "",
                      "Made-up report for the registry test", "", "BY JANE DOE", "",
                      *[p + "\n" for p in paragraphs]])
    d = parse_article(text + "\n", "<test>")
    annotate(d, registry)
    body = d.paragraphs[0].span.begin
    return {m.span.of(d.text): m.entity for m in d.annotations.mentions if m.span.begin >= body}


def test_every_row_is_well_formed(registry, raw_rows):
    keys = [r["key"] for r in raw_rows]
    assert len(keys) == len(set(keys)) == len(registry)
    for e in registry:
        assert e.kind in KINDS, e.key
        assert e.iri_kind == e.kind, e.key  # the key's prefix is the kind


def test_no_full_form_names_two_entities(registry):
    """A label or alias shared by two rows would make the name ambiguous (it links nothing);
    surnames (short forms) may be shared: they count only after a full name, and so may a form
    every row dates to years the others' do not overlap ("Bush @1989-1993", "Bush @2001-2009":
    an article's date leaves one)."""
    owners: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for e in registry:
        for a in e.forms():
            if not a.short:
                owners[normalise(a.text)][e.key].append(a.years)
    shared = {form: set(keys) for form, keys in owners.items()
              if len(keys) > 1 and not _dated_apart([y for ys in keys.values() for y in ys])}
    assert not shared, shared


def _dated_apart(spans: list) -> bool:
    """Every form is dated, and no two of the years overlap."""
    if any(s is None for s in spans):
        return False
    spans = sorted(spans)
    return all(a[1] < b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_a_form_shared_across_disjoint_years_names_one_entity_each_year(registry):
    """The shared dated form links the row of the article's year, the other one's elsewhere."""
    for date, key in (("March 20, 1990", "person/george-h-w-bush"),
                      ("March 20, 2006", "person/george-w-bush")):
        got = found(registry, "Farmers blame Bush for the farm bill.", date=date)
        assert got.get("Bush") == key, (date, got)


def test_new_rows_say_where_the_paper_names_them(registry):
    rows = [e for e in registry if e.source == PAPER_PAGES]
    assert len(rows) >= 60
    for e in rows:
        m = _RECURRING.search(e.note)
        assert m, (e.key, e.note)
        assert int(m.group(1)) < int(m.group(2)) or "," in m.group(0), e.key  # several pages
        assert not e.wikidata, e.key  # no id without a stored source


def test_new_people_share_no_surname_with_a_registry_person(registry):
    """A new person whose surname another registry person bears would make that surname
    ambiguous in articles that name the other one; such names are left out."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for e in registry:
        if e.kind == "person":
            for a in e.aliases:
                if a.short:
                    surnames[normalise(a.text)].add(e.key)
    for e in registry:
        if e.source == PAPER_PAGES and e.kind == "person":
            for a in e.aliases:
                if a.short:
                    assert surnames[normalise(a.text)] == {e.key}, (e.key, a.text)


def test_every_wikidata_id_has_recorded_evidence(registry):
    with (DATA_DIR / "seed-entities.tsv").open(encoding="utf-8", newline="") as fh:
        seed = {r["wikidata"] for r in csv.DictReader(fh, delimiter="\t") if r["wikidata"]}
    with (DATA_DIR / "registry" / "wikidata-evidence.tsv").open(encoding="utf-8", newline="") as fh:
        evidence = {r["wikidata"]: r["key"] for r in csv.DictReader(
            (line for line in fh if not line.startswith("#")), delimiter="\t")}
    for e in registry:
        if e.wikidata and e.confidence != "accepted":
            assert e.wikidata in seed or evidence.get(e.wikidata) == e.key, e.key


def test_a_union_company_and_agency_the_paper_names_are_linked(registry):
    got = found(registry, "MOORHEAD, Minn. — Workers locked out by American Crystal Sugar Co. "
                          "rallied here. They are members of the Bakery, Confectionery, Tobacco "
                          "Workers and Grain Millers union. The union took the lockout to the "
                          "National Labor Relations Board, and the NLRB has not ruled.")
    assert got["American Crystal Sugar Co."] == "organization/american-crystal-sugar"
    assert got["Bakery, Confectionery, Tobacco Workers and Grain Millers"] == \
        "organization/bakery-confectionery-tobacco-workers-and-grain-millers-international-union"
    assert got["National Labor Relations Board"] == got["NLRB"] == \
        "organization/national-labor-relations-board"


def test_the_book_fair_its_site_and_a_pathfinder_title(registry):
    got = found(registry, "HAVANA — Thousands came to the Havana International Book Fair at San "
                          "Carlos de la Cabaña. Readers at the Pathfinder stand bought Cuba and "
                          "the Coming American Revolution and the Teamster Power book.")
    assert got["Havana International Book Fair"] == "event/havana-international-book-fair"
    assert got["San Carlos de la Cabaña"] == "place/san-carlos-de-la-cabana"
    assert got["Cuba and the Coming American Revolution"] == \
        "book/cuba-and-the-coming-american-revolution"
    assert got["Teamster Power"] == "book/teamster-power"
    assert "country/cuba" not in got.values()  # inside the title, no mention of its own


def test_a_rail_disaster_its_town_and_railroad(registry):
    got = found(registry, "LAC-MÉGANTIC, Quebec — Residents marked the anniversary of the "
                          "Lac-Mégantic rail disaster. Transport Canada had let the Montreal, "
                          "Maine and Atlantic Railway run trains with a one-person crew.",
                date="July 27, 2015")
    assert got["Lac-Mégantic rail disaster"] == "event/lac-megantic-rail-disaster"
    assert got["Transport Canada"] == "organization/transport-canada"
    assert got["Montreal, Maine and Atlantic Railway"] == \
        "organization/montreal-maine-and-atlantic-railway"


def test_straight_and_curly_apostrophes_and_unaccented_forms(registry):
    got = found(registry, "She read I Will Die the Way I've Lived and Aldabonazo. The Lac-Megantic "
                          "disaster was in the San Juan daily El Nuevo Dia.")
    assert got["I Will Die the Way I've Lived"] == "book/i-will-die-the-way-ive-lived"
    assert got["Aldabonazo"] == "book/aldabonazo"
    assert got["Lac-Megantic disaster"] == "event/lac-megantic-rail-disaster"
    assert got["El Nuevo Dia"] == "periodical/el-nuevo-dia"


def test_a_title_ending_in_a_question_mark(registry):
    got = found(registry, "Workers bought Is Socialist Revolution in the US Possible? at the Venezuela "
                          "International Book Fair, where Verde Olivo had a stand.")
    assert got["Is Socialist Revolution in the US Possible?"] == \
        "book/is-socialist-revolution-in-the-us-possible"
    assert got["Venezuela International Book Fair"] == "event/venezuela-international-book-fair"
    assert got["Verde Olivo"] == "organization/verde-olivo"


def test_a_registry_name_inside_a_registry_title_is_part_of_the_title(registry):
    got = found(registry, "She read Pombo: A Man of Che's Guerrilla and Che Guevara Talks to Young "
                          "People, then Lenin’s Final Fight.")
    assert got["Pombo: A Man of Che's Guerrilla"] == "book/pombo-a-man-of-ches-guerrilla"
    assert got["Che Guevara Talks to Young People"] == "book/che-guevara-talks-to-young-people"
    assert got["Lenin’s Final Fight"] == "book/lenins-final-fight"
    assert not {"person/harry-villegas", "person/ernesto-che-guevara",
                "person/vladimir-lenin"} & set(got.values())


def test_kg_link_accept_writes_the_new_rows_back_unchanged(registry, tmp_path):
    """`Registry.save` (kg link --accept) rewrites the file: the new rows must come back
    byte for byte (no double quote in them that the writer would escape)."""
    out = tmp_path / "entities.tsv"
    registry.save(out)
    original = [line for line in REGISTRY_PATH.read_text(encoding="utf-8").splitlines()
                if f"\t{PAPER_PAGES}\t" in line]
    written = [line for line in out.read_text(encoding="utf-8").splitlines()
               if f"\t{PAPER_PAGES}\t" in line]
    assert written == original and len(original) >= 60


def test_a_states_department_is_not_the_federal_one(registry):
    got = found(registry, "Inspectors from the Iowa Department of Agriculture came, then the USDA.")
    assert got["USDA"] == "organization/u-s-department-of-agriculture"
    assert "organization/u-s-department-of-agriculture" != got.get("Department of Agriculture")
    assert got.get("Iowa Department of Agriculture", "").startswith("organization/")


def test_new_rows_keep_the_key_the_rules_give_their_label(registry):
    """A name the rules found before it had a row keeps its IRI: the row's key is
    `kind/slug(label)`, the key the finder mints for a new name of that kind."""
    for e in registry:
        if e.source == PAPER_PAGES:
            assert e.key == entry_key(e.kind, e.label), e.key


def test_a_given_name_the_paper_uses_alone_is_a_short_form(registry):
    got = found(registry, "Teté Puebla spoke at the fair. Later Teté told the story of the platoon.")
    assert got["Teté Puebla"] == got["Teté"] == "person/tete-puebla"
    got = found(registry, "Teté was the name of the boat.")  # no full mention before: no link
    assert got.get("Teté") != "person/tete-puebla"
