"""The held-out discipline check: no project text may share a long run of words with a held-out page.

The quality harness's sets C onward (bench/quality/<set>/articles/) measure how the pipeline does
on pages nobody tuned to; that holds only while no test, rule, comment, doc or data row was
written from their text. A copied sentence (even with a name swapped) leaves a run of N
consecutive words that the project file and the article share: this module finds such runs.

Two kinds of shared run are not copies, and are let through:
- a *name* in the article (every word capitalised, a number, or a connector of names such as
  "of", "and", "de"; at most two other words of its sentence beside it, as in "members of the
  <union's name>"), outside a headline line (a headline is title case throughout, and a copied
  headline is a copy): a union's, a book's or a party's long name is the same wherever it is
  written;
- a run on the allow-list (tests/data/heldout_allowed.txt): the paper's standing lines (its
  tagline, a column's introduction, a masthead), which every page of that kind repeats.

A copy with its names swapped ("Kelvin Dorrow told the Tallow Gazette" written from "Maria Ortiz
told the Harbor Times") breaks every word run at each name, so the guard also compares *shapes*:
each capitalised word that does not open a sentence becomes the placeholder NAME and each number
NUMBER, and a run of SHAPE_RUN shape tokens shared with a held-out article is a copy when it holds
at least SHAPE_WORDS ordinary words (lower-case, not a connector of names): "<Name> <Name> of
<Name> and <Name>" is any union's name and matches nothing, while "nurses at <Name> <Name>
walked out over <Name> staffing cuts again" keeps a sentence's words and changes its names. The
allow-list's lines are compared as shapes too, so a standing line passes with any names in it
(and a line may be written as a shape, "Name" standing for any name).

Words are compared without case and accents (a copy with "Leon" for "León" is still a copy);
sets A (bench/quality/articles/) and B (bench/quality/b/) are the tuning sets and are not held out.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUALITY = ROOT / "bench" / "quality"
ALLOWED = Path(__file__).resolve().parent / "data" / "heldout_allowed.txt"
RUN = 8  # words: seven-word runs already catch common phrasing ("one of the ... of the"), eight rarely
CONTEXT = 2  # ordinary words a name's run may hold ("members of the", a lower-case "union")
# Shapes, measured on main at d45b88a (`python tests/heldout_support.py --measure` prints the hits
# per run length and ordinary words; read the hits, not only the counts; quoted here only as
# kinds, the hits being held-out text): at 8 tokens with 4 ordinary words the hits were held-out
# sentences with their names swapped (a brand's goods, a mine's owner, a march's route) and the
# paper's standing lines, which the allow-list names; 3 words add 59 runs, mostly common phrasing
# around long names (who a body's members are, when it was formed); 9 tokens lose the swapped
# copies of two test files, 5 words those of ten.
SHAPE_RUN = 8
SHAPE_WORDS = 4
NAME, NUMBER = "<Name>", "<#>"
SLACK = 2  # words at a run's ends that may lie outside an allow-list line
TUNING_SETS = frozenset({"b"})  # besides set A, which lives in bench/quality/articles/ itself
# Small words that join the capitalised words of a name ("Federation of Teachers and Nurses",
# "Confederación General del Trabajo"); lower-case, accents folded.
CONNECTORS = frozenset(
    "of and the for in on at to a an de des du del della di da do dos das la las le les los y e et "
    "l d van von der den ng mga sa".split())
SCANNED = frozenset({".py", ".md", ".txt", ".toml", ".tsv", ".json", ".ttl", ".rq", ".html", ".j2",
                     ".nt", ".trig", ".js", ".css"})
SKIPPED_DIRS = frozenset({"vendor", "__pycache__"})
_WORD = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile(r"[.!?:;]|\n[ \t]*\n")  # between two words: the second opens a sentence


@functools.cache
def fold(word: str) -> str:
    """A word without case and accents, the form runs are compared in."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    """The text's words as written (letters and digits; apostrophes and hyphens split words)."""
    return _WORD.findall(text)


def shapes(text: str) -> list[str]:
    """The text's shape tokens: NAME for a capitalised word that does not open a sentence (the
    pronoun "I" aside), NUMBER for a word with a digit, every other word folded. A sentence's first
    word keeps its form: "The" opening a sentence is no name, and a name there only breaks a run.
    A name's possessive "'s" belongs to the name."""
    out: list[str] = []
    prev = 0
    for match in _WORD.finditer(text):
        word = match.group()
        gap = text[prev:match.start()]
        opens = not out or _SENTENCE_END.search(gap) is not None
        prev = match.end()
        if fold(word) == "s" and gap in ("'", "’") and out and out[-1] == NAME:
            continue  # a name's possessive is the name ("Dobbs's" is one name as "Dobbs" is)
        if any(c.isdigit() for c in word):
            out.append(NUMBER)
        elif word[0].isupper() and word != "I" and not opens:
            out.append(NAME)
        else:
            out.append(fold(word))
    return out


def _ordinary(token: str) -> bool:
    """A word of the sentence around names: not a placeholder, not a connector of names, and not a
    single letter (the "p" and "m" of "p.m.", the "s" of "Dobbs's")."""
    return token not in (NAME, NUMBER) and len(token) > 1 and token not in CONNECTORS


def _name_word(word: str) -> bool:
    return word[0].isupper() or word.isdigit() or fold(word) in CONNECTORS


def _title_case(line: list[str]) -> bool:
    """A headline's shape: every word capitalised, a number or a connector."""
    return all(_name_word(w) for w in line)


def _is_name(run: list[str]) -> bool:
    """A long name with at most CONTEXT words of its sentence beside it ("members of the <name>"):
    at most CONTEXT words that are not capitalised, a number or a connector, and at least two
    capitalised. Three ordinary words shared beyond a name are a copied sentence, not a name."""
    return (sum(not _name_word(w) for w in run) <= CONTEXT
            and sum(w[0].isupper() for w in run) >= 2)


@dataclass(frozen=True)
class Source:
    """Where a held-out run was found, and whether it is a name there (outside a headline)."""

    article: str
    name: bool


@dataclass(frozen=True)
class Finding:
    """A run of at least RUN words that a project file shares with a held-out article."""

    path: str
    run: str
    article: str
    shape: bool = False  # found as a shape (names and numbers as placeholders), not as words

    def __str__(self) -> str:
        kind = "shape " if self.shape else ""
        return f"{self.path}: {kind}{self.run!r} (held-out {self.article})"


def heldout_articles(quality: Path = QUALITY) -> list[Path]:
    """The held-out sets' articles: every bench/quality/<set>/articles/ but the tuning sets'."""
    return sorted(p for p in quality.glob("*/articles/*.txt")
                  if p.parent.parent.name not in TUNING_SETS)


def index(articles: Iterable[Path], n: int = RUN, root: Path = ROOT) -> dict[tuple[str, ...], Source]:
    """Every n-word run of the articles (folded) → its first article, a name if it is one anywhere."""
    grams: dict[tuple[str, ...], Source] = {}
    for path in articles:
        label = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            raw = words(line)
            headline = _title_case(raw) if raw else False
            folded = [fold(w) for w in raw]
            for i in range(len(raw) - n + 1):
                key = tuple(folded[i:i + n])
                name = not headline and _is_name(raw[i:i + n])
                seen = grams.get(key)
                if seen is None or (name and not seen.name):
                    grams[key] = Source(label, name)
        # runs across line breaks (a paragraph wrapped over lines): never a name
        folded = [fold(w) for w in words(text)]
        for i in range(len(folded) - n + 1):
            grams.setdefault(tuple(folded[i:i + n]), Source(label, False))
    return grams


def shape_index(articles: Iterable[Path], n: int = SHAPE_RUN, root: Path = ROOT,
                k: int = SHAPE_WORDS) -> dict[tuple[str, ...], str]:
    """Every n-token shape run of the articles with at least k ordinary words → its first article."""
    grams: dict[tuple[str, ...], str] = {}
    for path in articles:
        label = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
        tokens = shapes(path.read_text(encoding="utf-8", errors="replace"))
        for i in range(len(tokens) - n + 1):
            key = tuple(tokens[i:i + n])
            if key not in grams and sum(map(_ordinary, key)) >= k:
                grams[key] = label
    return grams


def allowed_shapes(path: Path = ALLOWED, n: int = SHAPE_RUN) -> set[tuple[str, ...]]:
    """Every piece of the allow-list's lines as shapes, the line's first word both as written and
    as a name (a standing line opens a sentence in one file and follows a date in another)."""
    runs: set[tuple[str, ...]] = set()
    least = SHAPE_WORDS  # no shorter piece can hold a shared run's ordinary words
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0]
        tokens = shapes(text)
        variants = [tokens]
        first = words(text)[:1]
        if first and first[0][0].isupper() and tokens[0] != NUMBER:
            variants.append([NAME, *tokens[1:]])
        for toks in variants:
            runs.update(tuple(toks[i:j]) for i in range(len(toks))
                        for j in range(i + least, min(len(toks), i + n) + 1))
    return runs


def shape_allowed(key: tuple[str, ...], allowed: set[tuple[str, ...]]) -> bool:
    """A shape run is on the allow-list when all of it but names and numbers at its ends (a
    standing line meets the issue's date, a byline or the signer beside it) and at most SLACK
    other tokens there lies on one line."""
    for lo in range(len(key)):
        if sum(t not in (NAME, NUMBER) for t in key[:lo]) > SLACK:
            break
        for hi in range(len(key), lo, -1):
            outside = key[:lo] + key[hi:]
            if sum(t not in (NAME, NUMBER) for t in outside) > SLACK:
                break
            if key[lo:hi] in allowed:
                return True
    return False


def allowed_runs(path: Path = ALLOWED, n: int = RUN) -> set[tuple[str, ...]]:
    """The (n-2)-word runs of the allow-list's lines (text before `#`; a line may be longer).

    A shared n-word run is allowed when all but two words at its ends are on a line: a standing
    line meets what the page prints beside it (the issue's date, the last words of an article
    above a page footer), which a test page may happen to share."""
    runs: set[tuple[str, ...]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        folded = [fold(w) for w in words(line.split("#", 1)[0])]
        runs.update(tuple(folded[i:i + n - SLACK]) for i in range(len(folded) - n + SLACK + 1))
    return runs


def is_allowed(key: tuple[str, ...], allowed: set[tuple[str, ...]]) -> bool:
    """An n-word run is on the allow-list but for at most SLACK words at its ends."""
    return any(key[i:i + len(key) - SLACK] in allowed for i in range(SLACK + 1))


def project_files(root: Path = ROOT, parts: Iterable[str] = ("kg", "tests", "docs")) -> Iterator[Path]:
    """The text files of kg/ (code and data), tests/ and docs/, less vendored code and the allow-list."""
    for part in parts:
        for path in sorted((root / part).rglob("*")):
            if (path.is_file() and path.suffix in SCANNED and path != ALLOWED
                    and not SKIPPED_DIRS & set(path.relative_to(root).parts)):
                yield path


def _merged_runs(tokens: list[str], n: int, source_of) -> list[tuple[str, str]]:
    """(run, article) of each maximal run of overlapping n-grams that `source_of` finds in a
    held-out article (it gives the article, or None where the n-gram is allowed or not shared)."""
    runs: list[tuple[str, str]] = []
    start = end = -1
    article = ""
    for i in range(len(tokens) - n + 1):
        found = source_of(tuple(tokens[i:i + n]))
        if found is None:
            continue
        if i <= end:  # overlaps the run being built: extend it
            end = i + n - 1
            continue
        if start >= 0:
            runs.append((" ".join(tokens[start:end + 1]), article))
        start, end, article = i, i + n - 1, found
    if start >= 0:
        runs.append((" ".join(tokens[start:end + 1]), article))
    return runs


def scan(text: str, grams: dict[tuple[str, ...], Source], allowed: set[tuple[str, ...]],
         label: str, n: int = RUN) -> list[Finding]:
    """The shared runs of a text, each maximal run of overlapping shared n-grams reported once."""
    def source_of(key: tuple[str, ...]) -> str | None:
        source = grams.get(key)
        return None if source is None or source.name or is_allowed(key, allowed) else source.article

    return [Finding(label, run, article)
            for run, article in _merged_runs([fold(w) for w in words(text)], n, source_of)]


def scan_shapes(text: str, grams: dict[tuple[str, ...], str], allowed: set[tuple[str, ...]],
                label: str, n: int = SHAPE_RUN) -> list[Finding]:
    """The shared shape runs of a text (grams holds only runs with enough ordinary words), each
    maximal run of overlapping shared runs reported once."""
    def source_of(key: tuple[str, ...]) -> str | None:
        source = grams.get(key)
        return None if source is None or shape_allowed(key, allowed) else source

    return [Finding(label, run, article, shape=True)
            for run, article in _merged_runs(shapes(text), n, source_of)]


def scan_project(grams: dict[tuple[str, ...], Source], allowed: set[tuple[str, ...]],
                 root: Path = ROOT, shape_grams: dict[tuple[str, ...], str] | None = None,
                 shape_allowed: set[tuple[str, ...]] | None = None) -> list[Finding]:
    """Every shared run in the project's scanned files: word runs, and shape runs when given."""
    found: list[Finding] = []
    for path in project_files(root):
        text = path.read_text(encoding="utf-8", errors="replace")
        label = str(path.relative_to(root))
        found += scan(text, grams, allowed, label)
        if shape_grams is not None:
            found += scan_shapes(text, shape_grams, shape_allowed or set(), label)
    return found


def measure(runs: Iterable[int] = range(6, 11), least: Iterable[int] = range(2, 7)) -> None:
    """Shape hits on the project per (run length, ordinary words): how SHAPE_RUN and SHAPE_WORDS
    were chosen (read the hits, not only the counts)."""
    articles = heldout_articles()
    texts = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8", errors="replace")
             for p in project_files()}
    least = list(least)
    print("run  " + " ".join(f"{k:>5}" for k in least) + "   (ordinary words)")
    for n in runs:
        allowed = allowed_shapes(n=n)
        counts = []
        for k in least:
            grams = shape_index(articles, n, k=k)
            counts.append(sum(len(scan_shapes(t, grams, allowed, f, n)) for f, t in texts.items()))
        print(f"{n:>3}  " + " ".join(f"{c:>5}" for c in counts))


if __name__ == "__main__":  # a listing while cleaning up: python tests/heldout_support.py [--measure]
    import sys

    if "--measure" in sys.argv:
        measure()
    else:
        held = heldout_articles()
        for finding in scan_project(index(held), allowed_runs(), shape_grams=shape_index(held),
                                    shape_allowed=allowed_shapes()):
            print(finding)
