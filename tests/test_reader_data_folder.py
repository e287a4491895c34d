"""The reader reads the cue lists of the build's data folder (`kg build --data DIR`: DIR/reader,
and the name particles of DIR/nlp/entities.toml), bound for the time it reads an article
(kg.reader.cues.bind), the package's own folder when nothing is bound; every cache belongs to
the folder, so two folders read one after the other never share a word."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.article_jobs import ArticleJob, ArticleTask
from kg.cli import main
from kg.config import DATA_DIR
from kg.iri import Minter
from kg.nlp import cuedata
from kg.reader import cues, parse_article
from kg.reader.patterns import SIGNOFF_RE, TITLE_BYLINE_RE
from kg.resources import Resources

# A made-up report whose last part opens with a heading the package's reader/sections.txt does
# not list ("Further reading"), over the headline of a related article.
RELATED = "Port bosses push speedup on the night shift"
TEXT = "\n".join([
    "The Militant (logo)", "   Vol. 71/No. 5           February 5, 2007", "", "",
    "Dockers in Kelvport vote to strike", "", "BY MARY MARTIN", "",
    "KELVPORT, Maine—Dock workers voted 212 to 40 on Sunday to strike the port authority over "
    "pay and the pace of work.", "",
    "“We have waited long enough,” said Ana Dorrow, a crane operator who has worked the docks "
    "for nineteen years.", "",
    "Further reading", "", RELATED, ""]) + "\n"
NAME = "militant-2007-02-05-v71n5-kelvport-dockers.txt"
RELATION = b"<http://purl.org/dc/terms/relation>"  # the article's link to a related one


def _copy(tmp_path: Path, name: str) -> Path:
    copy = tmp_path / name
    shutil.copytree(DATA_DIR, copy, ignore=shutil.ignore_patterns("corpus"))
    return copy


def _append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")


@pytest.fixture
def data(tmp_path) -> Path:
    """A data folder whose reader lists differ from the package's: a section heading, a kind of
    piece a kicker names, and (in nlp/entities.toml, where the reader takes them from) a name
    particle."""
    copy = _copy(tmp_path, "data")
    _append(copy / "reader" / "sections.txt", "related\tFurther reading")
    _append(copy / "reader" / "kickers.txt", "dispatch")
    path = copy / "nlp" / "entities.toml"
    text = path.read_text(encoding="utf-8")
    # the names' connectors are top-level keys, before the first [section] (a section such as
    # [bounder] may have a `connectors` of its own)
    top, sep, sections = text.partition("\n[")
    assert top.count('connectors = ["of", ') == 1
    top = top.replace('connectors = ["of", ', 'connectors = ["of", "zu", ', 1)
    path.write_text(top + sep + sections, encoding="utf-8")
    return copy


def _related(doc) -> list[str]:
    return [f.value for f in doc.related]


def test_the_reader_reads_the_bound_folder_and_the_package_one_when_nothing_is_bound(data):
    assert _related(parse_article(TEXT, NAME)) == []
    with cues.bind(data / "reader"):
        doc = parse_article(TEXT, NAME)
    assert _related(doc) == [RELATED]
    assert not any(RELATED in doc.text[p.span.begin:p.span.end] for p in doc.paragraphs)
    assert _related(parse_article(TEXT, NAME)) == []  # the package's folder again
    assert cues.current().folder == DATA_DIR / "reader"


def test_patterns_built_from_the_name_particles_follow_the_bound_folder(data):
    """The particles come from the data folder's nlp/entities.toml: a byline and a sign-off with
    the copy's particle are a name only while its folder is bound."""
    assert TITLE_BYLINE_RE.match("By Anke zu Kelvort") is None
    with cues.bind(data / "reader"):
        assert TITLE_BYLINE_RE.match("By Anke zu Kelvort").group(1) == "Anke zu Kelvort"
        assert SIGNOFF_RE.match("—Anke zu Kelvort")
        assert "zu" in cues.name_particles()
    assert SIGNOFF_RE.match("—Anke zu Kelvort") is None
    assert "zu" not in cues.name_particles()


def test_two_folders_bound_one_after_the_other_do_not_share_a_cache(data, tmp_path):
    """Each answer is computed in the folder bound first, then asked of another: a cache per
    module (functools.cache, a pattern compiled at import) would give the first folder's."""
    plain = cues.ReaderCues(_copy(tmp_path, "plain") / "reader")
    edited = cues.ReaderCues(data / "reader")
    for first, second in ((edited, plain), (plain, edited)):
        with cues.bind(first):
            genre = cues.names_genre("Harbor workers dispatch")
            byline = TITLE_BYLINE_RE.match("By Anke zu Kelvort") is not None
            related = _related(parse_article(TEXT, NAME))
        with cues.bind(second):
            assert cues.names_genre("Harbor workers dispatch") is not genre
            assert (TITLE_BYLINE_RE.match("By Anke zu Kelvort") is not None) is not byline
            assert _related(parse_article(TEXT, NAME)) != related
    with cues.bind(edited):
        assert cues.names_genre("Harbor workers dispatch")


def test_the_nlp_stages_read_the_reader_lists_of_the_data_folder_they_bind(data):
    """kg.nlp.cuedata.bind (kg.nlp.annotate) binds the same data folder's reader cues."""
    res = Resources.load(data)
    assert res.reader.folder == data / "reader"
    with cuedata.bind(res.cues):
        assert cues.current() is res.reader
        assert cues.names_genre("Harbor workers dispatch")
    assert not cues.names_genre("Harbor workers dispatch")


def test_a_worker_reads_with_the_build_data_folder(data):
    """An article task (what a worker of a distributed build runs, kg.article_jobs.make) reads
    with the reader cues of the data folder the build sent."""
    job = ArticleJob.of(Minter("https://example.org/kg/"), validate=False,
                        resources=Resources.load(data))
    assert job.data_dir == str(data)
    made = job.setup()(ArticleTask(NAME, TEXT.encode("utf-8")))
    assert made.failure is None
    assert RELATION in made.article_nt
    plain = ArticleJob.of(Minter("https://example.org/kg/"), validate=False).setup()
    assert RELATION not in plain(ArticleTask(NAME, TEXT.encode("utf-8"))).article_nt


def test_kg_build_with_data_reads_its_reader_lists(data, tmp_path):
    """Through the CLI: `kg build --data DIR` reads DIR/reader, `kg build` the package's."""
    article = tmp_path / "articles" / NAME
    article.parent.mkdir()
    article.write_text(TEXT, encoding="utf-8")
    query = ("PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: "
             "<http://www.w3.org/2000/01/rdf-schema#> SELECT ?h WHERE { ?a dcterms:relation ?o . "
             "?o rdfs:label ?h }")
    found = {}
    for label, extra in (("package", []), ("data", ["--data", str(data)])):
        store = tmp_path / f"store-{label}"
        out = CliRunner().invoke(main, ["build", str(article), "--store", str(store), *extra],
                                 catch_exceptions=False)
        assert out.exit_code == 0, out.output
        out = CliRunner().invoke(main, ["query", "--store", str(store), query], catch_exceptions=False)
        assert out.exit_code == 0, out.output
        found[label] = out.output
    assert RELATED in found["data"] and "1 row(s)" in found["data"]
    assert RELATED not in found["package"] and "0 row(s)" in found["package"]
