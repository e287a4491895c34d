"""kg link against a local Wikidata-shaped SPARQL endpoint (tests/fixtures/wikidata), never the
internet: lookups, scores, the review file, --accept into the registry, --unlinked, the cache,
the User-Agent, retries and timeouts."""

from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.config import CORPUS_DIR
from kg.iri import Minter
from kg.link.cli import link
from kg.link.client import DiskCache, LinkError, SparqlClient, retry_after, user_agent
from kg.link.score import type_factor
from kg.nlp.entities.registry.registry import REGISTRY_PATH, Registry
from kg.pipeline import build
from kg.store.releases import StoreDir

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "wikidata"))
import endpoint  # noqa: E402  (the fixture endpoint lives with its data)

BUNDLED = CORPUS_DIR / "militant-2006-09-04-v70n33-barnes-letter.txt"
REGISTRY_ROWS = "\t".join(("key", "label", "kind", "wikidata", "confidence", "aliases", "short_forms",
                           "context", "place", "state", "years", "heads", "source", "note")) + """
person/steve-clark\tSteve Clark\tperson\t\tunknown\t\t\t\t\t\t\t\tseed\t
city/baghdad\tBaghdad\tcity\t\tunknown\t\t\t\t\t\t\t\tcurated\t
person/charles-murray\tCharles Murray\tperson\t\tunknown\t\t\t\t\t\t\t\tseed\t
organization/pathfinder-press\tPathfinder Press\torganization\t\tunknown\tPathfinder\t\t\t\t\t\t\tseed\t
organization/haganah\tHaganah\torganization\t\tunknown\t\t\t\t\t\t\t\tseed\t
thing/greater-israel\tGreater Israel\tthing\t\tunknown\t\t\t\t\t\t\t\tcurated\t
country/japan\tJapan\tcountry\tQ17\tverified\t\t\t\t\t\t\t\tseed\t
"""


@pytest.fixture(scope="module")
def wd():
    ep, stop = endpoint.start()
    yield ep
    stop()


@pytest.fixture
def work(tmp_path: Path):
    reg = tmp_path / "registry" / "entities.tsv"
    reg.parent.mkdir()
    reg.write_text(REGISTRY_ROWS, encoding="utf-8")
    return tmp_path


def run(*args: str) -> object:
    return CliRunner().invoke(link, list(args), catch_exceptions=False)


def lookup(wd, work: Path, *extra: str):
    return run("--endpoint", wd.url, "--registry", str(work / "registry" / "entities.tsv"),
               "--store", str(work / "store"), "--cache-dir", str(work / "cache"),
               "--review", str(work / "review.tsv"), *extra)


def review_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_lookup_scores_and_suggests_only_safe_candidates(wd, work):
    res = lookup(wd, work)
    assert res.exit_code == 0, res.output
    rows = review_rows(work / "review.tsv")
    by = {}
    for r in rows:
        by.setdefault(r["key"], []).append(r)
    # a clear person; the town of the same name is a type clash and is not even proposed
    assert [(r["qid"], r["score"], r["suggested"]) for r in by["person/steve-clark"]] == [
        ("Q99000001", "1.000", "yes")]
    # a city is not linked to a person of the same name
    assert [(r["qid"], r["suggested"]) for r in by["city/baghdad"]] == [("Q99000010", "yes")]
    # two equally good people: both listed for the curator, neither suggested
    murray = by["person/charles-murray"]
    assert {r["qid"] for r in murray} == {"Q99000040", "Q99000041"}
    assert all(r["suggested"] == "" and float(r["score"]) < 0.8 for r in murray)
    # found through an alias of the item
    assert by["organization/pathfinder-press"][0]["via"] == "alias"
    assert by["organization/pathfinder-press"][0]["suggested"] == "yes"
    assert "thing/greater-israel" not in by  # nothing found, nothing invented
    assert "country/japan" not in by  # already linked: not looked up
    assert all(r["decision"] == "" for r in rows)  # nothing is decided for the curator
    # the registry itself is untouched by a lookup
    assert (work / "registry" / "entities.tsv").read_text(encoding="utf-8") == REGISTRY_ROWS


def test_second_run_is_answered_from_the_cache(wd, work):
    lookup(wd, work)
    sent = len(wd.requests)
    res = lookup(wd, work)
    assert res.exit_code == 0
    assert len(wd.requests) == sent
    assert "requests sent: 0" in res.output


def test_user_agent_names_the_project_and_a_contact(wd, work, monkeypatch):
    monkeypatch.setenv("KG_CONTACT", "mailto:curator@example.org")
    wd.requests.clear()
    lookup(wd, work)
    agent = wd.requests[0]["agent"]
    assert agent.startswith("kg/") and "mailto:curator@example.org" in agent
    assert "SPARQLWrapper" in agent


def test_accept_writes_links_into_the_registry_and_remembers_rejections(wd, work):
    lookup(wd, work)
    rows = review_rows(work / "review.tsv")
    for r in rows:
        if r["qid"] == "Q99000001":
            r["decision"] = "accept"
        if r["qid"] == "Q99000040":
            r["decision"] = "reject"
    with (work / "review.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    res = run("--accept", str(work / "review.tsv"), "--registry", str(work / "registry" / "entities.tsv"))
    assert res.exit_code == 0, res.output
    reg = Registry.load(work / "registry" / "entities.tsv")
    assert reg.get("person/steve-clark").wikidata == "Q99000001"
    assert reg.get("person/steve-clark").confidence == "accepted"
    assert reg.get("person/charles-murray").wikidata is None
    rejected = (work / "registry" / "link-rejections.tsv").read_text()
    assert "person/charles-murray\tQ99000040" in rejected
    # the next lookup neither asks again for the linked person nor proposes the rejected item
    lookup(wd, work)
    again = review_rows(work / "review.tsv")
    assert not any(r["key"] == "person/steve-clark" for r in again)
    assert {r["qid"] for r in again if r["key"] == "person/charles-murray"} == {"Q99000041"}


def test_accept_refuses_an_invalid_review_and_writes_nothing(wd, work):
    lookup(wd, work)
    reg_path = work / "registry" / "entities.tsv"
    before = reg_path.read_text(encoding="utf-8")
    rows = review_rows(work / "review.tsv")
    for r in rows:
        if r["key"] == "person/charles-murray":
            r["decision"] = "accept"  # two items for one entity
    bad = work / "bad.tsv"
    with bad.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    res = CliRunner().invoke(link, ["--accept", str(bad), "--registry", str(reg_path)])
    assert res.exit_code != 0
    assert "person/charles-murray has two accepted items" in res.output and str(bad) in res.output
    assert reg_path.read_text(encoding="utf-8") == before
    # an item already linked to another entity
    rows = [dict(r, decision="") for r in rows]
    rows[0].update(qid="Q17", decision="accept")
    with bad.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    res = CliRunner().invoke(link, ["--accept", str(bad), "--registry", str(reg_path)])
    assert res.exit_code != 0 and "Q17 is already the item of country/japan" in res.output
    res = CliRunner().invoke(link, ["--accept", str(work / "missing.tsv"), "--registry", str(reg_path)])
    assert res.exit_code != 0 and "missing.tsv: review file not found" in res.output


@pytest.fixture
def built_store(bundled_store):
    return bundled_store  # read only: kg link reads the store, writes the registry and review


def test_unlinked_lists_the_graphs_new_names(built_store, tmp_path):
    reg = tmp_path / "entities.tsv"
    shutil.copy(REGISTRY_PATH, reg)
    res = run("--unlinked", "--store", str(built_store), "--registry", str(reg))
    assert res.exit_code == 0, res.output
    lines = [line.split("\t") for line in res.output.splitlines()[1:] if "\t" in line]
    rows = {r[0]: r for r in lines}
    assert rows["event/militant-labor-forum"][1:] == ["Militant Labor Forum", "event", "3", "no"]
    assert rows["organization/socialist-workers-party-of-iran"][4] == "no"
    assert rows["person/mamud-shirvani"][4] == "yes"  # known, but without a Wikidata item
    assert "country/israel" not in rows and "person/vladimir-lenin" not in rows  # linked


def test_lookup_includes_new_names_of_the_graph(wd, built_store, tmp_path):
    reg = tmp_path / "registry" / "entities.tsv"
    reg.parent.mkdir()
    reg.write_text(REGISTRY_ROWS, encoding="utf-8")
    res = run("--endpoint", wd.url, "--registry", str(reg), "--store", str(built_store),
              "--cache-dir", str(tmp_path / "cache"), "--review", str(tmp_path / "r.tsv"))
    assert res.exit_code == 0, res.output
    rows = review_rows(tmp_path / "r.tsv")
    farsi = [r for r in rows if r["key"] == "thing/farsi"]
    # an untyped new name: listed, but below the threshold (its type cannot be checked)
    assert farsi and farsi[0]["qid"] == "Q99000050" and farsi[0]["source"] == "graph"
    assert farsi[0]["suggested"] == ""
    forum = [r for r in rows if r["key"] == "event/militant-labor-forum"]
    assert forum[0]["qid"] == "Q99000080" and forum[0]["suggested"] == "yes"
    # accepting a new name's item adds it to the registry
    for r in rows:
        r["decision"] = "accept" if r["key"] == "thing/farsi" else ""
    with (tmp_path / "r.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    res = run("--accept", str(tmp_path / "r.tsv"), "--registry", str(reg))
    assert res.exit_code == 0 and "below the threshold" in res.output
    entry = Registry.load(reg).get("thing/farsi")
    assert entry.label == "Farsi" and entry.wikidata == "Q99000050" and entry.source == "kg-link"


def test_client_retries_429_honouring_retry_after(wd, tmp_path):
    waits: list[float] = []
    client = SparqlClient(wd.url, DiskCache(tmp_path), sleep=waits.append, backoff=0.25)
    wd.fail_next(429, "7")
    wd.fail_next(503)
    rows = client.select('SELECT ?l WHERE { <http://www.wikidata.org/entity/Q99000060> '
                         '<http://www.w3.org/2000/01/rdf-schema#label> ?l }')
    assert rows == [{"l": "Tokyo"}]
    assert waits == [7.0, 0.5]  # Retry-After first, then exponential backoff (0.25 × 2)
    assert client.sent == 3


def test_client_gives_up_with_a_clear_error(wd, tmp_path):
    client = SparqlClient(wd.url, DiskCache(tmp_path), sleep=lambda s: None, retries=2)
    wd.fail_next(503, times=3)
    with pytest.raises(LinkError, match=r"127\.0\.0\.1.*gave up after 3 attempts \(HTTP 503\)"):
        client.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    wd.failures.clear()
    client = SparqlClient(wd.url, DiskCache(tmp_path), sleep=lambda s: None)
    with pytest.raises(LinkError, match="HTTP 400|QueryBadFormed|bad"):
        client.select("SELECT nonsense {")
    assert not any(tmp_path.rglob("*.json"))  # failures are never cached


def test_client_times_out(wd, tmp_path):
    wd.stall = 2.0
    try:
        client = SparqlClient(wd.url, DiskCache(tmp_path), timeout=1, retries=0, sleep=lambda s: None)
        with pytest.raises(LinkError, match="gave up after 1 attempts"):
            client.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    finally:
        wd.stall = 0.0


def test_retry_after_forms():
    assert retry_after("120") == 120.0
    assert retry_after(None) is None and retry_after("soon") is None
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past: now


def test_type_compatibility():
    assert type_factor("person", ["human"]) == 1.0
    assert type_factor("person", ["city", "capital city"]) == 0.0  # a person is not a city
    assert type_factor("city", ["state of the United States"]) == 0.0
    assert type_factor("country", ["sovereign state"]) == 1.0
    assert type_factor("person", []) == 0.6  # unknown: never enough on its own
    assert type_factor("thing", ["language"]) == 0.6


def test_default_user_agent_is_honest():
    agent = user_agent("https://example.org/contact")
    assert agent.startswith("kg/") and "+https://example.org/contact" in agent


def test_unlinked_lists_a_new_periodical_by_its_key(tmp_path):
    # a new periodical's IRI is {base}periodical/{slug}, not under entity/: listed by its key
    store = tmp_path / "store"
    build([Path(__file__).parent / "articles" / "militant-2007-02-05-v71n5-meatpackers-contract.txt"],
          StoreDir(store), Minter.from_config())
    res = run("--unlinked", "--store", str(store))
    assert res.exit_code == 0, res.output
    rows = {r[0]: r for r in (line.split("\t") for line in res.output.splitlines()[1:] if "\t" in line)}
    assert rows["periodical/labor-review"][1:] == ["Labor Review", "periodical", "1", "no"]
    assert not any(k.startswith("http") for k in rows)
