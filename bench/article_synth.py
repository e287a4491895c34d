"""Synthetic Militant article TEXT files for build benchmarks, made from the shipped articles.

The shipped articles (kg/data/corpus/ and tests/articles/) are read with the real reader and
annotated once; their body paragraphs (each with the notes its footnote markers point to),
subheadings, headlines, related-article titles, kickers, datelines and people's names are the
material. Article i of an archive gets its own issue (a weekly masthead with its own volume,
number and date, several articles per issue), a headline combining two titles of the pool
(distinct article keys across the archive), a byline and the unknown people its paragraphs
name recombined from the pool's first and last names, 4 to 14 paragraphs with subheadings,
and its notes renumbered in marker order. Every generated text is read back with
`kg.reader.parse_article`, and must give the intended headline, paragraphs and markers:
anything else is an error, never a silently different archive.

    python bench/article_synth.py --articles 200 --out bench/out/archive-200
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.config import CORPUS_DIR, PROJECT_ROOT
from kg.iri import Minter
from kg.nlp import annotate
from kg.reader import parse_article, read_article
from kg.reader.patterns import is_prose_line

SOURCES = [CORPUS_DIR, PROJECT_ROOT / "tests" / "articles"]
FIRST_YEAR = 1990  # volume = year - 1936, as on the paper's masthead (2006 is Vol. 70)
ISSUES_PER_YEAR = 48
MARK = "\x00"  # where a footnote marker goes in a pooled paragraph


@dataclass
class Unit:
    """A body paragraph with MARK where its markers were, and the texts of those notes."""

    text: str
    notes: list[str]


@dataclass
class Pool:
    units: list[Unit] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # headlines, subheadings, related articles
    subheadings: list[str] = field(default_factory=list)
    kickers: list[str] = field(default_factory=list)
    datelines: list[str] = field(default_factory=list)
    first: list[str] = field(default_factory=list)  # first names of people
    last: list[str] = field(default_factory=list)  # surnames of people not in the registry
    unknown: list[str] = field(default_factory=list)  # unregistered people the paragraphs name


def _article_files() -> list[Path]:
    return sorted(p for d in SOURCES for p in d.glob("*.txt"))


def load_pool() -> Pool:
    pool = Pool()
    for path in _article_files():
        doc = read_article(path)
        annotate(doc)
        text = doc.text
        pool.titles.append(doc.headline.value)
        pool.titles += [f.value for f in doc.related]
        if doc.kicker:
            pool.kickers.append(doc.kicker.value)
        if doc.dateline:
            pool.datelines.append(doc.dateline.value)
        people = [e for e in doc.annotations.entities.values() if e.kind == "person"]
        names = [e.label.split() for e in people] + [b.name.split() for b in doc.bylines]
        pool.first += [n[0] for n in names if len(n) == 2]
        pool.last += [n[1] for n in names if len(n) == 2 and (
            not any(e.known for e in people if e.label == " ".join(n)))]
        pool.unknown += [e.label for e in people if not e.known and len(e.label.split()) == 2]
        letter = doc.letter
        skip = [s for s in ([doc.copyright.span] if doc.copyright else [])
                + ([letter.salutation, letter.closing] + letter.signature if letter else []) if s]
        for section in doc.sections:
            if section.title is not None:
                pool.subheadings.append(section.title.of(text).strip())
            for para in section.paragraphs:
                if para.point is not None or any(para.span.contains(s) or s.contains(para.span)
                                                 for s in skip):
                    continue
                begin = para.span.begin
                if doc.dateline and para.span.contains(doc.dateline.span):
                    begin = doc.dateline.span.end + 1  # "SEOUL, South Korea—" (the dash too)
                cuts, notes = [], []
                for note in doc.notes:
                    if note.marker and para.span.contains(note.marker.span):
                        cuts.append(note.marker.span)
                        notes.append(note.text.of(text))
                pieces, pos = [], begin
                for cut in cuts:
                    pieces.append(text[pos:cut.begin])
                    pos = cut.end
                pieces.append(text[pos:para.span.end])
                body = MARK.join(pieces).strip()
                if len(body) > 40:
                    pool.units.append(Unit(body, notes))
    pool.titles += pool.subheadings
    for name in ("titles", "subheadings", "kickers", "datelines", "first", "last", "unknown"):
        setattr(pool, name, sorted(set(getattr(pool, name))))
    return pool


@dataclass
class Planned:
    """One generated article: its text, and what the reader must find in it."""

    name: str
    text: str
    headline: str
    paragraphs: int
    notes: int


def _issue(k: int) -> tuple[int, int, dt.date]:
    """Volume, number and date of the k-th weekly issue since FIRST_YEAR."""
    year = FIRST_YEAR + k // ISSUES_PER_YEAR
    number = k % ISSUES_PER_YEAR + 1
    first_monday = dt.date(year, 1, 1) + dt.timedelta(days=(7 - dt.date(year, 1, 1).weekday()) % 7)
    return year - 1936, number, first_monday + dt.timedelta(weeks=number - 1)


def _person(rng: random.Random, pool: Pool) -> str:
    return f"{rng.choice(pool.first)} {rng.choice(pool.last)}"


def _rename(text: str, names: dict[str, str]) -> str:
    """Replace each unknown person's full name, then their surname alone, by the new name's."""
    for old, new in names.items():
        text = text.replace(old, new)
        text = re.sub(rf"\b{re.escape(old.split()[1])}\b", new.split()[1], text)
    return text


def compose(i: int, pool: Pool, rng: random.Random, headline: str, per_issue: int) -> Planned:
    volume, number, date = _issue(i // per_issue)
    units = rng.sample(pool.units, rng.randint(4, min(14, len(pool.units))))
    names = {old: _person(rng, pool) for old in pool.unknown}
    authors = [_person(rng, pool) for _ in range(rng.choice((1, 1, 1, 2)))]
    lines = ["The Militant (logo)  ",
             f"   Vol. {volume}/No. {number}           {date:%B} {date.day}, {date.year}  ",
             " ", " ", headline]
    if rng.random() < 0.7:
        lines.append(f"({rng.choice(pool.kickers)})")
    lines += [" ", f"BY {' AND '.join(a.upper() for a in authors)} ", ""]
    notes: list[str] = []
    body: list[str] = []
    for k, unit in enumerate(units):
        text = unit.text
        for note in unit.notes:
            notes.append(_rename(note, names))
            text = text.replace(MARK, str(len(notes)), 1)
        text = _rename(text, names)
        if k == 0 and rng.random() < 0.6:
            text = f"{rng.choice(pool.datelines)}—{text}"
        if k and k % 4 == 0:
            body.append(f" \n{rng.choice(pool.subheadings)}\n{text}")
        else:
            body.append(text)
    lines.append("\n\n".join(body))
    if notes:
        lines += [" ", " ", "NOTES", "\n\n".join(f"{n}. {t}" for n, t in enumerate(notes, 1))]
    lines += [" ", " ", "Related articles:", rng.choice(pool.titles), " ", " ",
              "Front page (for this issue) | Home | Text-version home", ""]
    slug = Minter.article_key(volume, number, headline).split("/", 1)[1]
    return Planned(f"militant-{date}-v{volume}n{number}-{slug[:60]}.txt", "\n".join(lines),
                   headline, len(units), len(notes))


def check(plan: Planned) -> None:
    """The reader must see the article as it was composed (markers resolved to every note)."""
    doc = parse_article(plan.text, plan.name)
    got = (doc.headline.value, len(doc.paragraphs), len(doc.notes), len(doc.markers))
    want = (plan.headline, plan.paragraphs, plan.notes, plan.notes)
    if got != want:
        raise ValueError(f"{plan.name}: the reader sees (headline, paragraphs, notes, markers) "
                         f"{got}, composed {want}")


def generate(n: int, out: Path, *, seed: int = 1, per_issue: int = 4, start: int = 0) -> list[Path]:
    """Write articles start..start+n-1 of the archive with this seed into `out` (created)."""
    pool = load_pool()
    rng = random.Random(seed)
    pairs = [(a, b) for a in pool.titles for b in pool.titles if a != b]
    rng.shuffle(pairs)
    keys: set[str] = set()
    headlines: list[str] = []
    for a, b in pairs:  # headlines whose article keys differ even in the same issue
        headline = f"{a}: {b}"
        if is_prose_line(headline):  # the reader takes a line this long for the body, not a title
            continue
        key = Minter.article_key(1, 1, headline)
        if key not in keys:
            keys.add(key)
            headlines.append(headline)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(start + n):
        plan = compose(i, pool, rng, headlines[i % len(headlines)], per_issue)
        if i < start:
            continue  # the same random draws, so article i is the same in every archive
        check(plan)
        path = out / plan.name
        path.write_text(plan.text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-issue", type=int, default=4)
    args = ap.parse_args(argv)
    paths = generate(args.articles, args.out, seed=args.seed, per_issue=args.per_issue)
    print(f"wrote {len(paths)} articles to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
