"""The quality harness (bench/quality/run.py): its arithmetic on constructed cases, its checks of
the gold, and one real article through the pipeline so that an API change breaks it here."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("quality_run", ROOT / "bench" / "quality" / "run.py")
q = importlib.util.module_from_spec(spec)
sys.modules["quality_run"] = q
spec.loader.exec_module(q)

STRUCTURE = {"headline": "Miners strike in Alabama", "deck": None, "kicker": None, "label": "front page",
             "date": "2021-04-19", "volume": 85, "issue": "15", "bylines": ["Ann Lee", "Bo Kim"],
             "dateline": "BROOKWOOD, Alabama"}


def gold(**over) -> q.Gold:
    g = q.Gold("militant-2021-04-19-v85n15-x", dict(STRUCTURE), [], {}, {}, [])
    for k, v in over.items():
        setattr(g, k, v)
    return g


def prediction(**over) -> q.Prediction:
    st = {k: (None if k in ("volume", "issue") or v is None else v) for k, v in STRUCTURE.items()}
    st.update(volume="85", issue="15", bylines=["Ann Lee", "Bo Kim"])
    p = q.Prediction(st, [], {}, [])
    for k, v in over.items():
        setattr(p, k, v)
    return p


def test_structure_right_wrong_missing_invented():
    p = prediction()
    p.structure.update(headline="Miners strike", label=None, deck="BY ANN LEE", bylines=["Ann Lee", "Cy"])
    s = q.score(gold(), p)
    c = s.structure
    assert (c["headline"].tp, c["headline"].fp, c["headline"].fn) == (0, 1, 1)  # wrong: both
    assert (c["label"].tp, c["label"].fp, c["label"].fn) == (0, 0, 1)  # missing
    assert (c["deck"].tp, c["deck"].fp, c["deck"].fn) == (0, 1, 0)  # invented
    assert (c["bylines"].tp, c["bylines"].fp, c["bylines"].fn) == (1, 1, 1)
    assert (c["date"].tp, c["volume"].tp, c["dateline"].tp) == (1, 1, 1)
    assert c["kicker"].tp + c["kicker"].fp + c["kicker"].fn == 0  # none in gold, none found
    assert s.right["kicker"] and s.right["date"] and not s.right["headline"]


def test_quotes_dashes_and_spaces_compare_equal():
    p = prediction()
    p.structure["headline"] = "Miners  strike in\nAlabama"
    g = gold()
    g.structure["headline"] = "Miners strike in Alabama"
    assert q.score(g, p).structure["headline"].tp == 1
    assert q.norm("‘We won’t’ -- now") == q.norm("'We won't' — now")


def test_failed_article_misses_every_gold_field():
    g = gold(entities={"Alabama": "Place"}, quotes=[{"opens": "We", "speaker": "Ann Lee"}],
             items=[{"title": "A", "author": "B"}])
    s = q.score(g, None, error="ReadError: x")
    assert s.error == "ReadError: x"
    assert s.structure["bylines"].fn == 2 and s.structure["headline"].fn == 1
    assert s.structure["kicker"].fn == 0  # the gold has no kicker: nothing to miss
    assert (s.items.fn, s.item_fields["title"].fn, s.item_fields["author"].fn) == (1, 1, 1)
    assert (s.detection.fn, s.entity_types["Place"].fn, s.speakers.fn) == (1, 1, 1)


def test_entities_typed_untyped_wrong_missed_and_junk():
    g = gold(entities={"Ann Lee": "Person", "Alabama": "Place", "Warrior Met Coal": "Organization",
                       "United Mine Workers of America": "Organization", "Brookwood": "Place"},
             optional={"Militant": None})
    p = prediction(entities={
        "Ann Lee": {"Person"}, "Alabama": {None}, "Warrior Met Coal": {"Place"},  # right, untyped, wrong
        "Militant": {"CreativeWork"},  # optional: ignored
        "United Mine": {None},  # a piece of a gold name: junk
        "Bo Kim Members": {None},  # a byline glued to the next word: junk
        "Strike": {None},  # a word of the heading: junk
        "Tuscaloosa": {"Place"},  # a plausible name the gold lacks
    })
    s = q.score(g, p, text="the strike went on")
    assert s.typing[("Person", "right")] == 1 and s.typing[("Place", "untyped")] == 1
    assert s.typing[("Organization", "wrong")] == 1 and s.typing[("Organization", "missed")] == 1
    assert s.typing[("Place", "missed")] == 1
    assert (s.entity_types["Person"].tp, s.entity_types["Person"].fn) == (1, 0)
    assert (s.entity_types["Place"].tp, s.entity_types["Place"].fp, s.entity_types["Place"].fn) == (0, 2, 2)
    assert (s.entity_types["Organization"].tp, s.entity_types["Organization"].fn) == (0, 2)
    assert (s.detection.tp, s.detection.fp, s.detection.fn) == (3, 4, 2)
    assert sorted(s.junk) == ["Bo Kim Members (untyped)", "Strike (untyped)", "United Mine (untyped)"]
    assert s.spurious == ["Tuscaloosa (Place)"]


def test_structure_names_are_neither_credited_nor_junk():
    g = gold(entities={"Alabama": "Place"})
    p = prediction(entities={"BROOKWOOD": {"Place"}, "Bo Kim": {"Person"}, "Alabama": {"Place"},
                             "ANN LEE": {"Person"}})  # a byline printed in capitals: still structure
    s = q.score(g, p)
    assert (s.detection.tp, s.detection.fp) == (1, 0) and not s.junk and not s.spurious
    p = prediction(entities={"ANN LEE MEMBERS": {"Person"}})  # glued to another word: junk
    assert q.score(g, p).junk == ["ANN LEE MEMBERS (Person)"]


def test_an_item_signed_by_several_is_read_and_named_as_the_gold_writes_it():
    """The gold writes an item's writers as printed, joined by "and"; the harness joins the
    item's authors so, and each writer is a structure name (neither credited nor junk)."""
    from types import SimpleNamespace as NS

    two = NS(title=None, authors=[NS(name="Ana Ruiz", span=None), NS(name="Tom Lee", span=None)],
             span=NS(begin=0, end=4))
    three = NS(title=None, authors=[NS(name=n, span=None) for n in ("A Bo", "C Di", "E Fu")],
               span=NS(begin=0, end=4))
    rows, _ = q.read_items(NS(text="text", items=[two, three]))
    assert [r["author"] for r in rows] == ["Ana Ruiz and Tom Lee", "A Bo, C Di and E Fu"]
    g = gold(items=[{"title": None, "date": None, "dateline": None, "place": None,
                     "author": "Ana Ruiz and Tom Lee", "opens": None}])
    assert {"Ana Ruiz", "Tom Lee"} <= q.structure_names(g)


def test_each_place_of_a_two_place_dateline_is_a_structure_name():
    g = gold()
    g.structure = dict(g.structure, dateline="KELVO and DORROW FALLS, Tessaly")
    assert {"KELVO", "DORROW FALLS", "Tessaly"} <= q.structure_names(g)
    # with a state after each town, ", and " between them
    g.structure = dict(g.structure, dateline="KELVO, Tessaly, and DORROW FALLS, Vell")
    assert {"KELVO", "Tessaly", "DORROW FALLS", "Vell"} <= q.structure_names(g)


def test_quotation_speakers():
    g = gold(quotes=[{"opens": "We will not", "speaker": "Ann Lee"},
                     {"opens": "No contract", "speaker": None},
                     {"opens": "They lied", "speaker": "Bo Kim"},
                     {"opens": "Never again", "speaker": "Cy Ray"}])
    p = prediction(quotes=[("We will not go back,", [{"ann lee"}]),  # right
                           ("no contract, no work", [{"ann lee"}]),  # gold: unattributed → fp
                           ("They lied to us", [{"ann lee"}]),  # wrong speaker → fp + fn
                           ("a scare-quoted term", [{"bo kim"}]),  # not in gold → fp
                           ("an unattributed one", [])])  # ignored
    s = q.score(g, p)
    assert (s.speakers.tp, s.speakers.fp, s.speakers.fn) == (1, 3, 2)  # "Never again" not found: fn


def test_the_same_words_quoted_twice_count_once():
    """A quoted headline repeating a body quotation: the gold lists the words once; the pipeline's
    second quotation of them counts neither way when it names the gold's speaker, and as a wrong
    speaker when it names another."""
    g = gold(quotes=[{"opens": "We kept the line moving", "speaker": "Ann Lee"}])
    same = prediction(quotes=[("We kept the line moving, now we want our share", [{"ann lee"}]),
                              ("We kept the line moving", [{"ann lee"}])])
    s = q.score(g, same)
    assert (s.speakers.tp, s.speakers.fp, s.speakers.fn) == (1, 0, 0)
    other = prediction(quotes=[("We kept the line moving, now we want our share", [{"ann lee"}]),
                               ("We kept the line moving", [{"bo kim"}])])
    s = q.score(g, other)
    assert (s.speakers.tp, s.speakers.fp, s.speakers.fn) == (1, 1, 0)


def test_items_aligned_in_page_order():
    g = gold(items=[{"title": "Pensions", "author": "Ray T", "place": "Gillette, Wyoming", "opens": "I work"},
                    {"title": "Enron", "author": "Linda M", "place": "Houston, Texas"},
                    {"date": "1980-11-07", "dateline": "PITTSBURGH"}])
    p = prediction(items=[{"title": "Pensions", "author": "Ray T", "place": "Gillette", "opens": "I work at"},
                          {"title": "Editor's note", "author": None},
                          {"title": "Enron", "author": "Linda M", "place": "Houston, Texas"}])
    s = q.score(g, p)
    assert (s.items.tp, s.items.fp, s.items.fn) == (2, 1, 1)
    f = s.item_fields
    assert (f["title"].tp, f["title"].fp, f["title"].fn) == (2, 1, 0)
    assert (f["place"].tp, f["place"].fp, f["place"].fn) == (1, 1, 1)
    assert (f["date"].fn, f["dateline"].fn) == (1, 1)
    assert q.align_items(g.items, p.items) == [(0, 0), (1, 2)]


def test_counts_precision_recall_f1():
    c = q.Counts(tp=3, fp=1, fn=3)
    assert (c.precision, c.recall) == (0.75, 0.5) and c.f1 == pytest.approx(0.6)
    assert q.Counts().precision is None and q.Counts(fn=2).f1 is None
    assert q.Counts(fp=1, fn=1).f1 == 0.0


def _write_gold(folder: Path, stem: str, **over) -> Path:
    data = {"article": f"{stem}.txt", "structure": dict(STRUCTURE), "items": [], "entities": {},
            "optional": {}, "quotes": []}
    data.update(over)
    path = folder / f"{stem}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("over, message", [
    ({"entity": {}}, "unknown keys"),
    ({"entities": {"Alabama": "Location"}}, "is not one of"),
    ({"entities": {"Alabama": "Place"}, "optional": {"Alabama": None}}, "both required and optional"),
    ({"quotes": [{"opens": "We"}]}, "quote 1"),
    ({"article": "other.txt"}, '"article" must be'),
])
def test_bad_gold_is_refused_naming_the_file(tmp_path, over, message):
    path = _write_gold(tmp_path, "militant-2021-04-19-v85n15-x", **over)
    with pytest.raises(q.GoldError, match=message) as e:
        q.load_gold(path)
    assert str(path) in str(e.value)


def test_gold_names_must_occur_in_the_article(tmp_path):
    path = _write_gold(tmp_path, "militant-2021-04-19-v85n15-x", entities={"Alabamma": "Place"})
    with pytest.raises(q.GoldError, match="Alabamma"):
        q.check_gold(q.load_gold(path), "Miners in Alabama", path)


def test_a_gold_name_with_inner_quote_marks_occurs_in_the_article(tmp_path):
    """The gold's `Kelvin "Red" Arbo` is compared as Kelvin Red Arbo; the check finds it in the
    page's `Kelvin “Red” Arbo` all the same."""
    path = _write_gold(tmp_path, "militant-2021-04-19-v85n15-x", entities={'Kelvin "Red" Arbo': "Person"})
    q.check_gold(q.load_gold(path), "Miners led by Kelvin “Red” Arbo struck.", path)


def test_one_real_article_through_the_pipeline(tmp_path, capsys):
    """End to end on one held-out article: read and annotated without error, and --json output."""
    stem = "militant-2014-09-08-v78n32-ferguson-protests"
    (tmp_path / "a").mkdir()
    (tmp_path / "g").mkdir()
    shutil.copy(q.ARTICLES / f"{stem}.txt", tmp_path / "a")
    shutil.copy(q.GOLD / f"{stem}.json", tmp_path / "g")
    assert q.main(["--articles", str(tmp_path / "a"), "--gold", str(tmp_path / "g"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 1 and out["failed"] == []
    assert out["structure"]["date"]["tp"] == 1  # the masthead's date, whatever else changes
    assert set(out["entity_types"]) == set(q.ENTITY_TYPES)


# the first sets are smaller than the ten pages each later set holds
_FEWER = {"a": 15, "b": 12, "c": 8}


def test_the_sets_are_the_folders_in_the_order_written():
    """A set is its folder (bench/quality/xx/ with articles/ and gold/): found, not listed, in the
    order written (b … z, aa … az, ba …), A first; every one of them has its section in the
    harness's README, which says what it leans on and who wrote it."""
    names = list(q.SETS)
    assert names[0] == "a" and names[1:27] == [chr(c) for c in range(ord("b"), ord("z") + 1)] + ["aa"]
    assert names == ["a"] + sorted(names[1:], key=lambda n: (len(n), n)) and len(names) >= 135
    readme = (q.HERE / "README.md").read_text(encoding="utf-8")
    for name in names[1:]:
        assert f"({name.upper()}, `{name}/articles/`" in readme, f"README.md: no section for set {name}"


def test_a_folder_with_gold_and_no_articles_is_a_set_its_check_refuses(tmp_path, monkeypatch):
    """A set half added (gold and no articles) is found, so that its check fails loudly rather
    than the set being skipped without a word."""
    (tmp_path / "zz" / "gold").mkdir(parents=True)
    (tmp_path / "notes").mkdir()  # not named like a set
    (tmp_path / "zy").mkdir()  # named like one, but holding neither folder
    monkeypatch.setattr(q, "HERE", tmp_path)
    found = q._sets()
    assert "zz" in found and "notes" not in found and "zy" not in found
    articles, gold = found["zz"]
    assert gold.is_dir() and not articles.is_dir()


@pytest.mark.parametrize("name", list(q.SETS))
def test_every_gold_file_is_well_formed_and_matches_its_article(name):
    articles, gold_dir = q.SETS[name]
    golds = sorted(gold_dir.glob("*.json"))
    assert articles.is_dir(), f"set {name}: no folder {articles}"
    assert len(golds) >= _FEWER.get(name, 10)
    stems = {p.stem for p in articles.glob("*.txt")}
    assert {p.stem for p in golds} == stems, f"set {name}: articles and gold differ"
    for path in golds:
        g = q.load_gold(path)
        q.check_gold(g, (articles / f"{g.stem}.txt").read_text(encoding="utf-8"), path)


def test_sets_are_scored_apart_and_together(monkeypatch, capsys):
    """`--set` picks the held-out set (A by default, so that tuning never shows set B's misses);
    `all` scores A and B, never C to G (scored only when named); folders given by hand exclude --set.
    The pipeline is stubbed: this is about which articles are read."""
    read = []

    def stub(path):
        read.append(path.parent)
        return prediction()

    monkeypatch.setattr(q, "predict", stub)
    count = {name: len(list(gold.glob("*.json"))) for name, (_, gold) in q.SETS.items()}
    cases = [([], ["a"], "A"), *((["--set", n], [n], n.upper()) for n in q.SETS),
             (["--set", "all"], ["a", "b"], "A+B")]
    for argv, sets, label in cases:
        read.clear()
        assert q.main([*argv, "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["set"] == label and out["articles"] == sum(count[s] for s in sets)
        assert set(read) == {q.SETS[s][0] for s in sets}
    with pytest.raises(SystemExit):
        q.main(["--set", "b", "--articles", str(q.ARTICLES)])


def test_items_read_from_the_model_fields():
    """Item fields come from the first model attribute that holds a value: a signer's name, else
    the signature line as printed; spans are read from the text; a model without items says so."""
    from types import SimpleNamespace as NS

    text = "Pensions\nI work at a mine.\nRay T\nGillette, Wyoming\n"
    field = lambda v: NS(value=v, span=None)  # noqa: E731
    signed = NS(title=field("Pensions"), date=None, dateline=None, author=NS(name="Ray T", span=None),
                signature=field("Ray T"), place=field("Gillette, Wyoming"), span=NS(begin=0, end=26))
    prisoner = NS(title=field("Ban"), date=field("1980-10-17"), dateline=None, author=None,
                  signature=field("A prisoner"), place=None, span=NS(begin=9, end=26))
    rows, notes = q.read_items(NS(text=text, items=[signed, prisoner]))
    assert rows[0] == {"title": "Pensions", "date": None, "dateline": None, "author": "Ray T",
                       "place": "Gillette, Wyoming", "opens": "Pensions\nI work at a mine."}
    assert rows[1]["author"] == "A prisoner" and rows[1]["date"] == "1980-10-17"
    assert notes == []
    assert q.read_items(NS(text=text))[0] is None
    rows, notes = q.read_items(NS(text=text, items=[NS(title=field("X"))]))
    assert rows[0]["title"] == "X" and any("'place'" in n for n in notes)


def test_same_failure_everywhere_stops_the_scorer(tmp_path, monkeypatch):
    """Not a page shape the reader refuses but one error on every article (a changed API, a missing
    dependency): the scorer stops instead of printing figures of nothing."""
    stem = "militant-2014-09-08-v78n32-ferguson-protests"
    (tmp_path / "a").mkdir()
    (tmp_path / "g").mkdir()
    shutil.copy(q.ARTICLES / f"{stem}.txt", tmp_path / "a")
    shutil.copy(q.GOLD / f"{stem}.json", tmp_path / "g")

    def changed_api(path):
        raise TypeError("annotate() missing 1 required positional argument: 'resources'")

    monkeypatch.setattr(q, "predict", changed_api)
    with pytest.raises(SystemExit, match="TypeError"):
        q.run(tmp_path / "a", tmp_path / "g")


def test_lower_case_mentions_of_known_entities_are_descriptions_not_junk():
    """"the revolution in 1959" linked to the Cuban Revolution is a description the pipeline
    resolves, not a name: listed apart, neither credited nor junk (bench/quality/README.md,
    "Conventions"). A lower-case surface of an entity nobody knows is scored as before."""
    g = gold(entities={"Cuba": "Place"})
    p = prediction(entities={"Cuba": {"Place"}, "war in Cuba": {"Event"}},
                   descriptions={"revolution in 1959": "Cuban Revolution"})
    s = q.score(g, p)
    assert s.descriptions == ["revolution in 1959 → Cuban Revolution"]
    assert s.junk == ["war in Cuba (Event)"] and (s.detection.tp, s.detection.fp) == (1, 1)
    totals = q.totals([s])
    assert totals["descriptions"] == 1 and totals["junk"] == 1
    assert "descriptions linked to known entities" in q.render(totals, [s], details=True)


@pytest.mark.parametrize("surface, described", [
    ("revolution in 1959", True), ("2013 disaster in Lakeport", True), ("1973 war", True),
    ("Cuban Revolution", False), ("1934 Textile Strike", False), ("2013", False),
    ("April 25 march", False), ("ÉLAN", False), ("élan vital", True), ("al-Kelvi", False),
    ("el-Dorrawi", False), ("d’Arbois", False), ("al-jazeera-style ads", True)])
def test_a_description_is_lower_case_or_a_year_before_a_lower_case_noun(surface, described):
    """The year-led shape counts as a description too: the paper describes an event it does not
    name by its year and a common noun, and the pipeline's link to the event it knows is neither
    credited nor junk (README, "Conventions")."""
    assert q.is_description(surface) is described


def test_a_headline_named_at_an_empty_span_is_no_printed_headline():
    """The gold writes the headline as printed (null for a letters page that prints none);
    the reader names such a page "Letters" at an empty span, which the scorer reads as none."""
    from types import SimpleNamespace as NS

    assert q.printed(NS(value="Letters", span=NS(begin=62, end=62))) is None
    assert q.printed(NS(value="Letters", span=NS(begin=62, end=69))) == "Letters"
    assert q.printed(NS(value="Miners strike", span=None)) == "Miners strike"


def test_a_letters_page_with_no_heading_is_scored_with_no_headline(tmp_path, capsys):
    """End to end: a made-up letters page with no heading scores its headline right against a
    gold of null (the reader's name for the page is not printed)."""
    src = ROOT / "tests" / "articles" / "shapes" / "militant-1996-05-13-v60n18-letters.txt"
    (tmp_path / "a").mkdir()
    (tmp_path / "g").mkdir()
    shutil.copy(src, tmp_path / "a")
    gold = {"article": src.name, "shape": "letters page with no heading",
            "structure": {"headline": None, "deck": None, "kicker": None, "label": None,
                          "date": "1996-05-13", "volume": 60, "issue": "18", "bylines": [],
                          "dateline": None},
            "items": [], "entities": {}, "optional": {}, "quotes": []}
    (tmp_path / "g" / f"{src.stem}.json").write_text(json.dumps(gold), encoding="utf-8")
    assert q.main(["--articles", str(tmp_path / "a"), "--gold", str(tmp_path / "g"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["structure"]["headline"] == {**out["structure"]["headline"], "tp": 0, "fp": 0,
                                            "fn": 0}


def test_a_class_of_two_parents_is_right_for_either_and_counted_once_elsewhere():
    """A hospital (schema:Hospital: a CivicStructure and a MedicalOrganization) is right where the
    gold says Place and where it says Organization; another gold type sees its first parent,
    and a name not in the gold counts once, as an organisation."""
    from kg.rdf.entities import CLASSES

    assert q.top_types(CLASSES)["hospital"] == "Hospital"
    assert q.top_types(CLASSES)["city"] == "Place" and q.top_types(CLASSES)["thing"] is None
    g = gold(entities={"Kelvo Hospital": "Place", "Dorrow Infirmary": "Organization",
                       "Tallow Medical Center": "Person"})
    p = prediction(entities={"Kelvo Hospital": {"Hospital"}, "Dorrow Infirmary": {"Hospital"},
                             "Tallow Medical Center": {"Hospital"}, "Kelvin Hospital": {"Hospital"}})
    s = q.score(g, p)
    assert s.typing[("Place", "right")] == 1 and s.typing[("Organization", "right")] == 1
    assert s.typing[("Person", "wrong")] == 1
    assert (s.entity_types["Place"].tp, s.entity_types["Place"].fp) == (1, 0)
    # the wrong one and the one not in the gold: one false organisation each
    assert (s.entity_types["Organization"].tp, s.entity_types["Organization"].fp) == (1, 2)
    assert s.spurious == ["Kelvin Hospital (Hospital)"]


def test_a_particles_case_is_not_scored_where_the_page_prints_the_name_in_capitals_only():
    """Capitals carry no case: `BY ELSA VAN DER DORROW` may be read `van der` or `Van Der`, and
    both are right; where the page also prints the name in mixed case, that spelling is the one
    (and any other word's case still counts)."""
    g = gold()
    g.structure["bylines"] = ["Elsa van der Dorrow"]
    g.items = [{"title": None, "date": None, "dateline": None, "place": None,
                "author": "Tom de Kelvo", "opens": "We"}]
    p = prediction()
    p.structure["bylines"] = ["Elsa Van Der Dorrow"]
    p.items = [{"title": None, "date": None, "dateline": None, "place": None,
                "author": "Tom De Kelvo", "opens": "We struck."}]
    capitals = "BY ELSA VAN DER DORROW\n\nWe struck.\n—TOM DE KELVO"
    s = q.score(g, p, text=capitals)
    assert s.structure["bylines"].tp == 1 and s.right["bylines"]
    assert s.item_fields["author"].tp == 1
    mixed = capitals + "\nElsa Van Der Dorrow and Tom De Kelvo wrote it."
    s = q.score(g, p, text=mixed)
    assert (s.structure["bylines"].tp, s.item_fields["author"].tp) == (0, 0)
    p.structure["bylines"] = ["Elsa Van Der Dorrows"]
    assert q.score(g, p, text=capitals).structure["bylines"].tp == 0
    # a curly apostrophe in the page's capitals: the name is still printed in capitals only
    g.structure["bylines"] = ["Ana Dell’Orto", "Joost van ’t Dorrow"]
    p.structure["bylines"] = ["Ana Dell’orto", "Joost Van ’t Dorrow"]
    s = q.score(g, p, text="BY ANA DELL’ORTO AND JOOST VAN ’T DORROW\n\nWe struck.\n—TOM DE KELVO")
    assert s.structure["bylines"].tp == 2
    assert q.capitals_case_only("Ana de la Cruz", "Ana De La Cruz")
    assert q.capitals_case_only("Ana Mcdonald", "Ana McDonald")  # a letter inside a word
    assert q.capitals_case_only("Tom Leblanc", "Tom LeBlanc")
    assert not q.capitals_case_only("Ana Mcdonald", "Ana Macdonald")  # letters differ
    assert q.capitals_case_only("Omar al-Nadi", "Omar Al-Nadi")  # a particle joined by a hyphen
    assert not q.capitals_case_only("Omar al-Nadi", "Omar Al Nadi")  # the hyphen is the name's


def test_an_item_titles_closing_full_stop_is_the_sentences_not_the_titles():
    """`Why Workers Need a Labor Party.` and `Why Workers Need a Labor Party` are one title; a
    `!` or `?` stays the title's, and so does an abbreviation's point at its end."""
    assert q.title_text("Why Workers Need a Labor Party.") == "Why Workers Need a Labor Party"
    assert q.title_text("Stop the Raids!") == "Stop the Raids!"
    assert q.title_text("Is it over?") == "Is it over?"
    assert q.title_text("Hands off the U.S.") == "Hands off the U.S."
    g = gold(items=[{"title": "Report back from Kelvo", "date": None, "dateline": None,
                     "place": None, "author": None, "opens": "We went"}])
    p = prediction(items=[{"title": "Report back from Kelvo.", "date": None, "dateline": None,
                           "place": None, "author": None, "opens": "We went to Kelvo."}])
    assert q.score(g, p).item_fields["title"].tp == 1
    p.items[0]["title"] = "Report back from Kelvo!"
    assert q.score(g, p).item_fields["title"].tp == 0


@pytest.mark.parametrize("surface, compared", [
    ("‘Dorrow’ Strike Fund", "Dorrow Strike Fund"), ("Kelvin “Red” Arbo", "Kelvin Red Arbo"),
    ("“Dorrow Nights”", '"Dorrow Nights"'), ("the Workers’ Union", "Workers' Union"),
    ("Kelvin's", "Kelvin")])
def test_quote_marks_inside_a_longer_name_are_not_compared(surface, compared):
    """A part of a name the page prints in quote marks ("‘Dorrow’ Strike Fund") is compared
    without them, as the pipeline labels it; a name quoted whole keeps its marks, and an
    apostrophe of a possessive is none (README, "Gold format")."""
    assert q.norm_surface(surface) == compared


_sq_spec = importlib.util.spec_from_file_location("quality_split_quotes",
                                                  ROOT / "bench" / "quality" / "split_quotes.py")
sq = importlib.util.module_from_spec(_sq_spec)
sys.modules["quality_split_quotes"] = sq  # its dataclasses look their module up
_sq_spec.loader.exec_module(sq)


def test_a_quotation_split_by_its_attribution_is_found_with_both_pieces():
    text = ("PELLTON, Kelvia—“We held the line,” said Dora Vessey, a packer. “Now we want our share.”\n\n"
            '"Nobody crossed," Vessey said, "and nobody will."\n\n'
            "“The line held.” Pickets came from Kelvo. “They stayed all night.”\n\n"
            "“We won,” said Tomas “Big T” Arbo, who drives a truck.\n\n"
            "The boss has called for “flexibility” and said he wants “a new start.”")
    found = sq.splits(text)
    assert [(s.first, s.second) for s in found] == [
        ("We held the line,", "Now we want our share."),
        ("Nobody crossed,", "and nobody will.")]  # no speaking verb; a nickname; quoted phrases
    assert sq.opening_words("We stood on the corner of the street.") == "We stood on the corner"
    assert sq.opening_words("The board, the bank, the owners — none") == "The board, the bank, the owners"


def test_a_missing_second_piece_is_added_after_the_first_in_the_files_layout():
    raw = ('{\n "quotes": [\n  {"opens": "We held the line", "speaker": "Dora Vessey"},\n'
           '  {"opens": "Later", "speaker": null}\n ]\n}\n')
    out = sq.insert_after(raw, "We held the line", "Now we want our share")
    assert json.loads(out)["quotes"][1] == {"opens": "Now we want our share", "speaker": "Dora Vessey"}
    assert '  {"opens": "Now we want our share", "speaker": "Dora Vessey"},\n' in out


@pytest.mark.parametrize("name", list(q.SETS))
def test_every_set_lists_the_second_piece_of_a_split_quotation(name):
    """Convention (bench/quality/README.md, "A quotation split by its attribution"): each quoted
    piece is a quotation of its own, the second with the first's speaker."""
    left_out = [f"{f.split.article}: {f.split.second[:40]!r}" for f in sq.findings(name)
                if not f.second_listed]
    assert not left_out, f"set {name}: second pieces of split quotations not in the gold: {left_out}"
    inside = sq.inside_a_piece(name)
    assert not inside, f"set {name}: gold quotations opening inside one quoted piece: {inside}"


def test_a_quotation_opening_inside_a_quoted_piece_is_found(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    stem = "militant-2021-04-19-v85n15-x"
    (tmp_path / "articles" / f"{stem}.txt").write_text(
        '“We held the line. Nobody crossed,” said Dora Vessey. "Now we want our share."\n', encoding="utf-8")
    g = {"article": f"{stem}.txt", "structure": STRUCTURE, "items": [], "entities": {}, "optional": {},
         "quotes": [{"opens": "We held the line", "speaker": "Dora Vessey"},
                    {"opens": "Nobody crossed", "speaker": "Dora Vessey"},
                    {"opens": "Now we want", "speaker": "Dora Vessey"}]}
    (tmp_path / "gold" / f"{stem}.json").write_text(json.dumps(g), encoding="utf-8")
    monkeypatch.setitem(q.SETS, "zz", (tmp_path / "articles", tmp_path / "gold"))
    assert sq.inside_a_piece("zz") == [f"{stem}: 'Nobody crossed'"]
    found = [(f.split.second, f.second_listed) for f in sq.findings("zz")]
    assert found == [("Now we want our share.", True)]


_gc_spec = importlib.util.spec_from_file_location("quality_gold_consistency",
                                                  ROOT / "bench" / "quality" / "gold_consistency.py")
gc = importlib.util.module_from_spec(_gc_spec)
sys.modules["quality_gold_consistency"] = gc  # its dataclasses look their module up
_gc_spec.loader.exec_module(gc)


def _one_page_set(tmp_path, monkeypatch, text: str, entities: dict, optional: dict) -> Path:
    """A set `zz` of one invented page and its gold; the gold file's path."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    stem = "militant-2021-04-19-v85n15-x"
    (tmp_path / "articles" / f"{stem}.txt").write_text(text, encoding="utf-8")
    g = {"article": f"{stem}.txt", "structure": STRUCTURE, "items": [], "entities": entities,
         "optional": optional, "quotes": []}
    path = tmp_path / "gold" / f"{stem}.json"
    path.write_text(json.dumps(g, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setitem(q.SETS, "zz", (tmp_path / "articles", tmp_path / "gold"))
    return path


PEOPLES = frozenset({"Kelvish", "Dorrowans", "Tessa"})


def test_a_peoples_or_languages_name_printed_standalone_is_listed_optional_of_any_type(tmp_path, monkeypatch):
    text = ("Kelvish workers joined the Tessa Lund picket. Dorrowans came from the Kelvish Workers "
            "Alliance and the Federation of Kelvish Women, and spoke in Kelvish.\n")
    path = _one_page_set(tmp_path, monkeypatch, text,
                         {"Tessa Lund": "Person", "Kelvish Workers Alliance": "Organization"},
                         {"Dorrowans": "Place"})
    found = {(f.name, f.why) for f in gc.peoples_findings(gc.pages(["zz"]), PEOPLES)}
    # `Tessa` is a person's name here; `Federation of Kelvish Women` holds the word in a name
    assert found == {("Kelvish", "printed, not listed"), ("Dorrowans", "optional typed Place")}
    assert gc.apply(gc.peoples_findings(gc.pages(["zz"]), PEOPLES)) == 2
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["optional"] == {"Dorrowans": None, "Kelvish": None}
    assert gc.peoples_findings(gc.pages(["zz"]), PEOPLES) == []


def test_a_partys_members_noun_is_optional_of_any_type_and_its_name_required(tmp_path, monkeypatch):
    text = ("Kelvo's Tories and the Democratic Party met. Two Democrats spoke; the Republican Party "
            "of Kelvo did not.\n")
    path = _one_page_set(tmp_path, monkeypatch, text,
                         {"Tories": "Organization", "Democratic Party": "Organization",
                          "Republican Party of Kelvo": "Organization"}, {})
    found = {(f.name, f.why) for f in gc.party_member_findings(gc.pages(["zz"]))}
    assert found == {("Tories", "required (Organization)"), ("Democrats", "printed, not listed")}
    gc.apply(gc.party_member_findings(gc.pages(["zz"])))
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["entities"] == {"Democratic Party": "Organization",
                                "Republican Party of Kelvo": "Organization"}
    assert gold["optional"] == {"Tories": None, "Democrats": None}


def test_a_name_printed_with_its_year_has_the_other_form_optional(tmp_path, monkeypatch):
    text = ("The Kelvo Rising of 1921 and the Dorrow Act of 1964 were named. So was the Accord of "
            "1901, and the Commission to Study the Kelvo Riot of 1921 met.\n")
    entities = {"Kelvo Rising": "Event", "Dorrow Act of 1964": "CreativeWork",
                "Accord of 1901": "CreativeWork", "Commission to Study the Kelvo Riot": "Organization"}
    _one_page_set(tmp_path, monkeypatch, text, entities, {})
    found = {(f.name, f.want) for f in gc.year_findings(gc.pages(["zz"]))}
    # one word alone names no law; a body's name holding an event's year is no year form
    assert found == {("Kelvo Rising of 1921", "Event"), ("Dorrow Act", "CreativeWork")}


def test_a_bodys_head_word_required_beside_its_full_name_is_made_optional(tmp_path, monkeypatch):
    text = ("The Kelvian Assembly met; the Assembly voted. The U.S. Senate and the Senate agreed.\n")
    entities = {"Kelvian Assembly": "Organization", "Assembly": "Organization",
                "U.S. Senate": "Organization", "Senate": "Organization"}
    path = _one_page_set(tmp_path, monkeypatch, text, entities, {})
    found = gc.head_word_findings(gc.pages(["zz"]))
    assert [(f.name, f.want) for f in found] == [("Assembly", "Organization")]
    assert gc.apply(found) == 1
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert "Assembly" not in gold["entities"] and gold["optional"] == {"Assembly": "Organization"}


@pytest.mark.parametrize("entities, optional", [
    ({"A": "Place", "B": "Place", "C": "Place"}, {}),
    ({"B": "Place", "A": "Place"}, {"X": None}),
    ({"C": "Place", "B": "Place", "A": "Place"}, {"X": None, "Y": "Event"}),
])
def test_a_name_made_optional_keeps_the_files_layout(entities, optional):
    raw = json.dumps({"entities": entities, "optional": optional, "quotes": []}, indent=1) + "\n"
    out = gc.set_optional(raw, "A", None)
    want = {"entities": {k: v for k, v in entities.items() if k != "A"},
            "optional": {**optional, "A": None}, "quotes": []}
    assert json.loads(out) == want
    assert '\n  "A": null\n }' in out  # the optional object's last entry, one a line


def test_the_sets_gold_is_compared_across_sets():
    lst = {"Kelvo": [gc.Listing("b", "x", True, "Place"), gc.Listing("c", "y", False, None)],
           "Dorrow": [gc.Listing("b", "x", True, "Place"), gc.Listing("b", "z", True, "Person")]}
    assert [n for n, _ in gc.required_and_optional(lst)] == ["Kelvo"]
    assert [n for n, _ in gc.typed_apart(lst)] == ["Dorrow"]
    assert gc.summary(lst["Kelvo"]) == "required 1 (Place 1) in 1 sets; optional 1 (null 1) in 1 sets"


@pytest.mark.parametrize("name", list(q.SETS))
def test_every_set_reads_peoples_year_forms_and_head_words_as_decided(name):
    """Conventions (bench/quality/README.md): a people's or a language's name, and a party's
    members' noun, optional of any type; an event's, a law's or a treaty's name with `of <year>`
    listed in both forms; a body's head word alone beside its full name optional
    (gold_consistency.py lists and mends them)."""
    pgs = gc.pages([name])
    for kind, found in (("peoples and languages", gc.peoples_findings(pgs)),
                        ("party members", gc.party_member_findings(pgs)),
                        ("year forms", gc.year_findings(pgs)), ("head words", gc.head_word_findings(pgs))):
        listed = [f"{f.page.gold.stem}: {f.name!r} ({f.why})" for f in found]
        assert not listed, f"set {name}: {kind} against the convention: {listed}"


@pytest.mark.parametrize("name", list(q.SETS))
def test_every_gold_issue_number_is_written_without_padding(name):
    """An issue number as the paper numbers it (`4`, `33-34`), never a file name's padding
    (`04`): the convention on an issue number (bench/quality/README.md)."""
    _, gold_dir = q.SETS[name]
    for path in sorted(gold_dir.glob("*.json")):
        issue = q.load_gold(path).structure.get("issue")
        if issue is None:
            continue
        parts = str(issue).split("-")
        assert all(p.isdigit() and str(int(p)) == p for p in parts), f"{path.name}: issue {issue!r}"


@pytest.mark.parametrize("gold, label", [
    ("Ignacio Nacho Peralta", 'Ignacio "Nacho" Peralta'),
    ("Ana “Nita” Ruiz", "Ana “Nita” Ruiz"),
    ("Ana “Nita” Ruiz", "Ana Nita Ruiz"),
])
def test_a_speakers_name_is_compared_without_quote_marks_inside_it(gold, label):
    """The convention on quote marks inside a name holds for a quotation's speaker too."""
    assert q.speaker_form(gold) == q.speaker_form(label)


def test_a_country_with_a_lower_case_compass_word_is_found_by_its_bare_name():
    """The convention on "south Korea": the phrase and the bare name (the compass word outside
    the mention) are both right, so a gold that requires the phrase is met by the bare name's
    mention with the gold's type; not where the gold requires the bare name as well (one mention
    is then one name), and not by a capitalised compass word (a name of its own)."""
    g = gold(entities={"south Korea": "Place", "North Vietnam": "Place"}, optional={"Korea": "Place"})
    s = q.score(g, prediction(entities={"Korea": {"Place"}, "Vietnam": {"Place"}}))
    assert s.typing[("Place", "right")] == 1 and s.typing[("Place", "missed")] == 1
    assert s.misses == ["entity missed: North Vietnam (Place)"]
    # the bare name the phrase was found by is no extra name, listed optional or not
    s = q.score(gold(entities={"south Korea": "Place"}), prediction(entities={"Korea": {"Place"}}))
    assert (s.detection.tp, s.detection.fp, s.junk, s.spurious) == (1, 0, [], [])
    g = gold(entities={"south Korea": "Place", "Korea": "Place"})
    s = q.score(g, prediction(entities={"Korea": {"Place"}}))
    assert s.typing[("Place", "right")] == 1 and s.typing[("Place", "missed")] == 1
