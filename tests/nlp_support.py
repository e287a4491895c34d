"""Helpers for the issue-5 NLP tests: articles in the paper's text format, and mentions.

Articles are built as text and read with the real reader (kg.reader.parse_article). Until a
test runs the entities stage, mentions are added here by exact surface forms the test names
(a test double of the entities stage's output, not of its logic).
"""

from __future__ import annotations

import copy
import functools
import logging
import re
from dataclasses import dataclass

from kg.annotations import Entity, Mention
from kg.model import Document, Span
from kg.reader import parse_article


def article(*paragraphs: str, notes: tuple[str, ...] = (), byline: str | None = "MARY MARTIN",
            headline: str = "A test article for claims", kicker: str = "news article") -> Document:
    """A Militant-format article with these body paragraphs and notes (markers must be in the
    paragraphs, glued digits as the paper prints them); byline None: an unsigned piece."""
    parts = ["The Militant (logo)", "   Vol. 71/No. 5           February 5, 2007", "", "",
             headline, f"({kicker})", ""] + ([f"BY {byline}", ""] if byline else [])
    for p in paragraphs:
        parts += [p, ""]
    if notes:
        parts += ["", "NOTES"]
        for i, n in enumerate(notes, 1):
            parts += [f"{i}. {n}", ""]
    return parse_article("\n".join(parts) + "\n", "<test>")


def mention(doc: Document, surface: str, label: str, kind: str, wikidata: str | None = None,
            key: str | None = None) -> str:
    """Mark every whole-word occurrence of surface as a mention of one entity; its key."""
    key = key or f"{kind}/{re.sub(r'[^a-z0-9]+', '-', label.lower()).strip('-')}"
    ent = doc.annotations.entities.get(key) or Entity(key=key, label=label, kind=kind, wikidata=wikidata)
    if surface != label and surface not in ent.aliases:
        ent.aliases.append(surface)
    doc.annotations.entities[key] = ent
    for m in re.finditer(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", doc.text):
        sp = Span(m.start(), m.end())
        if not any(x.span == sp for x in doc.annotations.mentions):
            doc.annotations.mentions.append(Mention(sp, key))
    doc.annotations.mentions.sort(key=lambda x: x.span.begin)
    return key


def annotated(path) -> Document:
    """An article file read and annotated by the real stages, all of them.

    The stages run once per file and test run; each caller gets its own deep copy, so a test
    may change its document without touching another's (the suite used to annotate the
    bundled article a dozen times)."""
    return copy.deepcopy(_annotated(str(path)))


@functools.cache
def _annotated(path: str) -> Document:
    from kg.nlp.stages import annotate
    from kg.reader import read_article

    return annotate(read_article(path))


def speakers_by_opening(doc: Document, length: int | None = 20,
                        agent_kinds: bool = False) -> dict[str, list]:
    """Each quotation's first `length` characters (None: its whole text) -> its speakers:
    entities' labels, or the agent's key where no entity stands behind it (the writer, an
    unnamed group), as (kind, key) with `agent_kinds` (a test that tells a group from a person)."""
    ents = doc.annotations.entities
    return {q.content.of(doc.text)[:length]: [ents[a.key].label if a.key in ents
                                              else (a.kind, a.key) if agent_kinds else a.key
                                              for a in q.speakers]
            for q in doc.annotations.quotations if q.kind == "quotation"}


def quoted_speakers(paragraph: str) -> list[list[str]]:
    """Each quotation's speakers (their entities' labels) in a made-up article of one paragraph:
    the check that a cut name does not leave a quotation to the cut piece."""
    from kg.nlp.stages import annotate

    doc = annotate(article(paragraph))
    ents = doc.annotations.entities
    return [[ents[a.key].label for a in q.speakers if a.key in ents]
            for q in doc.annotations.quotations if q.kind == "quotation"]


def run(doc: Document) -> Document:
    """Issue 5's stages on a document whose mentions the test has set."""
    from kg.nlp.stages import NAMES, annotate

    return annotate(doc, only=[n for n in NAMES if n not in ("entities", "subjects")])


# -- the entities stage on made-up articles (the new-name tests: tests/test_entities_names.py and
# the test_names_*.py files) ---------------------------------------------------------------------
def names_article(*paragraphs: str, notes: tuple[str, ...] = (), dateline: str = "",
                  headline: str = "A test article about names",
                  issue: str = "Vol. 71/No. 5           February 5, 2007",
                  byline: str = "MARY MARTIN") -> Document:
    """A Militant-format article of this issue (masthead line) with these body paragraphs (the
    dateline glued before the first) and notes, signed by one byline (as printed after "BY")."""
    parts = ["The Militant (logo)", "   " + issue, "", "",
             headline, "(news article)", "", f"BY {byline}", ""]
    for i, p in enumerate(paragraphs):
        parts += [(dateline + p) if i == 0 else p, ""]
    if notes:
        parts += ["", "NOTES"]
        parts += [f"{i}. {n}\n" for i, n in enumerate(notes, 1)]
    return parse_article("\n".join(parts) + "\n", "<test>")


def run_entities(registry, *paragraphs: str, **kw) -> Document:
    """`names_article(*paragraphs, **kw)` through the entities stage with this registry."""
    from kg.nlp.entities.mentions import annotate

    d = names_article(*paragraphs, **kw)
    annotate(d, registry)
    return d


def found(registry, *paragraphs: str, **kw) -> list[tuple[str, str]]:
    """(surface, entity key) of every mention in the body, in text order."""
    d = run_entities(registry, *paragraphs, **kw)
    body = d.paragraphs[0].span.begin
    return [(m.span.of(d.text), m.entity) for m in d.annotations.mentions if m.span.begin >= body]


def traced(registry, monkeypatch, caplog, *paragraphs: str) -> list[str]:
    """The names trace's messages for `paragraphs` (`KG_TRACE_NAMES=1`), after checking that the
    trace logs nothing when off and that tracing changes nothing found."""
    logger = "kg.nlp.entities.names"
    monkeypatch.delenv("KG_TRACE_NAMES", raising=False)
    with caplog.at_level(logging.DEBUG, logger=logger):
        plain = found(registry, *paragraphs)
        assert not [r for r in caplog.records if r.name == logger]  # off: nothing logged
        monkeypatch.setenv("KG_TRACE_NAMES", "1")
        assert found(registry, *paragraphs) == plain
    return [r.getMessage() for r in caplog.records if r.name == logger]


def surfaces(registry, sentence: str) -> dict[str, str]:
    """Surface → entity key of the mentions `found` in one sentence."""
    return dict(found(registry, sentence))


def kinds_of(hits: list[tuple[str, str]]) -> dict[str, str]:
    """Surface → kind (the key's first part) of `found`'s mentions."""
    return {s: k.split("/", 1)[0] for s, k in hits}


# -- the kinds tests (tests/test_entities_kinds.py and the files that share its helpers): one
# paragraph in an article of a 2016 issue, mentions as sets -----------------------------------------
KINDS_ISSUE = "Vol. 80/No. 31           August 15, 2016"


def issue_mentions(registry, paragraph: str) -> list[tuple[str, str]]:
    """(surface, entity key) of every mention in the body of a one-paragraph article of
    KINDS_ISSUE, in text order."""
    return found(registry, paragraph, issue=KINDS_ISSUE)


def found_kinds(registry, paragraph: str) -> set[tuple[str, str]]:
    """(surface, kind) of `issue_mentions`: what a kinds test asks of a name."""
    return {(s, k.split("/")[0]) for s, k in issue_mentions(registry, paragraph)}


def kinds_surfaces(registry, paragraph: str) -> set[str]:
    """The surfaces `found_kinds` names, whatever their kind."""
    return {s for s, _k in found_kinds(registry, paragraph)}


def evidence_page(head: list[str], *paragraphs: str) -> str:
    """The text of a Militant page with these head lines (headline, deck, kicker: as given)
    and body paragraphs, signed by one byline: the evidence tests read it themselves."""
    parts = ["The Militant (logo)", "   Vol. 71/No. 5           February 5, 2007", "", ""] + head + [""]
    parts += ["BY MARY MARTIN", ""]
    for p in paragraphs:
        parts += [p, ""]
    return "\n".join(parts) + "\n"


@dataclass(frozen=True)
class Not:
    """What a test table expects of a name: not of this kind (of another, or not named)."""
    kind: str


def check_names(got: dict[str, str], want: dict[str, str | Not | None]) -> None:
    """Assert what `got` (surface → entity key, as `found` gives it) says of each name of `want`:
    a kind ("person": the key's first part), a whole registry key ("country/chile"), `Not(kind)`,
    `NAMED` (of any kind), or None (not named at all). The set tests' tables give one row a
    case this way."""
    for name, kind in want.items():
        key = got.get(name)
        if kind is None:
            assert key is None, (name, got)
        elif isinstance(kind, Not):
            assert (key or "").split("/", 1)[0] != kind.kind, (name, got)
        elif "/" in kind:
            assert key == kind, (name, got)
        else:
            assert (key or "").split("/", 1)[0] == kind, (name, got)


# What a test table expects of a name that must be named, of whatever kind.
NAMED = Not("")
