"""Quotations split by their attribution, and whether each set's gold lists both pieces.

`“We held the line,” said Ana Ruiz, a packer. “Now we want our share.”` (made up) is two quoted
pieces of one speaker. Each quoted piece of the page, with its speaker, is a claim of the text, and
the pipeline gives both pieces their speaker; so the gold lists the second piece as a quotation of
its own, with the first piece's speaker (bench/quality/README.md, "Conventions decided across
sets", "A quotation split by its attribution"). This script finds, in each article's text, a
closing quote mark, an attribution (a speaking verb and a name or pronoun, one clause, no quote
mark) and an opening quote mark in the same paragraph, and says whether the gold lists the piece
after the attribution, matching it by opening words as run.py matches quotations.

    python bench/quality/split_quotes.py            # counts by set
    python bench/quality/split_quotes.py --list     # every second piece the gold leaves out
    python bench/quality/split_quotes.py --fix      # list them, in page order (gold writers' tool)

Only pieces whose first half the gold lists are counted: a first half the gold does not list (a
quoted title, a scare quote, a quotation the writer left unattributed) says nothing of the
convention.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
if "quality_run" in sys.modules:
    run = sys.modules["quality_run"]
else:
    _spec = importlib.util.spec_from_file_location("quality_run", HERE / "run.py")
    run = importlib.util.module_from_spec(_spec)
    sys.modules["quality_run"] = run
    _spec.loader.exec_module(run)

# Verbs the paper attributes a quotation with, in the forms it prints them.
SPEAKING = re.compile(
    r"\b(?:said|says|say|added|adds|explained|explains|told|tells|asked|asks|continued|continues|"
    r"stated|states|noted|notes|remarked|remarks|recalled|recalls|declared|declares|commented|"
    r"comments|insisted|insists|replied|replies|stressed|stresses|emphasized|emphasizes|argued|"
    r"argues|urged|urges|shouted|shouts|wrote|writes|pointed out|points out|observed|observes|"
    r"answered|answers|agreed|agrees|concluded|concludes|exclaimed|declared|chanted|warned|warns)\b")
PRONOUN = re.compile(r"\b(?:he|she|they|we|I|He|She|They|We)\b")
NAME = re.compile(r"\b[A-Z][a-z'’.-]+")
# A sentence ending inside the attribution (not an initial or a short title): the text then goes
# on with a sentence of its own, and the next quotation is no second piece of the first.
INNER_STOP = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|No))(?<!\bMrs|\bInc)[.!?]\s+\S")
OPEN, CLOSE = "“", "”"
MAX_WORDS = 30


@dataclass
class Split:
    """One quotation split by its attribution: its two pieces' opening text and the attribution."""
    article: str
    first: str
    attribution: str
    second: str


def paragraphs(text: str) -> list[str]:
    """The page's paragraphs: blocks between blank (or whitespace-only) lines, lines joined."""
    blocks = re.split(r"\n[ \t]*\n", text)
    return [" ".join(line.strip() for line in b.splitlines()) for b in blocks if b.strip()]


def quote_marks(par: str) -> list[tuple[int, str]]:
    """Each double quote mark of the paragraph as opening or closing: curly by its shape, straight
    by what stands beside it (an opening one follows a space, a dash or the paragraph's start)."""
    marks = []
    for m in re.finditer(r"[“”\"]", par):
        c, i = m.group(), m.start()
        if c == '"':
            before = par[i - 1] if i else " "
            after = par[i + 1] if i + 1 < len(par) else " "
            if (before.isspace() or before in "([—-–") and not after.isspace():
                c = OPEN
            elif not before.isspace():
                c = CLOSE
            else:
                continue
        marks.append((i, c))
    return marks


def is_attribution(between: str) -> bool:
    """A clause naming who spoke: a speaking verb and a name or pronoun, one sentence at most,
    ending as an attribution ends, with a stop, comma, colon or dash (`said Tomas “Big T”
    Arbo` is a nickname inside a name, `has called for “flexibility.”` a phrase quoted
    inside the sentence)."""
    s = between.strip()
    if not s or len(s.split()) > MAX_WORDS or '"' in s or s[-1] not in ".,:;—–-":
        return False  # no stop before the quote mark: a nickname or a quoted phrase in the clause
    if not SPEAKING.search(s) or not (PRONOUN.search(s) or NAME.search(s)):
        return False
    return not INNER_STOP.search(s)


def splits(text: str, article: str = "") -> list[Split]:
    """Every quotation of the page split by its attribution, in page order."""
    out = []
    for par in paragraphs(text):
        marks = quote_marks(par)
        for (i, a), (j, b), (k, c) in zip(marks, marks[1:], marks[2:], strict=False):
            if (a, b, c) != (OPEN, CLOSE, OPEN):
                continue
            first = par[i + 1:j]
            if not first.rstrip() or first.rstrip()[-1] not in ",.?!—-":
                continue  # a quoted word or title, not a quotation broken off
            if not is_attribution(par[j + 1:k]):
                continue
            end = next((x for x, m in marks if x > k and m == CLOSE), len(par))
            out.append(Split(article, first.strip(), par[j + 1:k].strip(), par[k + 1:end].strip()))
    return out


def listed(gold_quotes: list[dict], piece: str) -> dict | None:
    """The gold quotation that opens as the piece does (run.py's matching), or None."""
    return next((q for q in gold_quotes if run._opens_match(q["opens"], piece)), None)


_SMALL = {"a", "an", "the", "of", "on", "to", "in", "and", "or", "for", "at", "by", "with"}


def opening_words(piece: str, n: int = 6) -> str:
    """The piece's first words, as a gold writer lists a quotation's opening: at most n, no
    trailing stop or small word (`We stood on the corner`, not `We stood on the corner of`)."""
    words = piece.split()[:n]
    while len(words) > 3 and words[-1].lower().strip(",.;:—–-") in _SMALL | {""}:
        words.pop()
    return " ".join(words).rstrip(",.;:—–- ") if words else piece


def insert_after(raw: str, first_opens: str, opens: str) -> str:
    """The gold file's text with a copy of the quotation entry opening `first_opens` put after
    it, opening `opens`: the speaker is the first piece's, and the file keeps its own layout
    (one line an entry or one line a key), so that the change reads as one entry added."""
    key = re.search(r'"opens"\s*:\s*' + re.escape(json.dumps(first_opens, ensure_ascii=False)), raw)
    if key is None:
        raise ValueError(f"no quotation entry opening {first_opens!r}")
    start, end = raw.rindex("{", 0, key.start()), raw.index("}", key.end()) + 1
    entry = raw[start:end]
    new = entry.replace(key.group(), f'"opens": {json.dumps(opens, ensure_ascii=False)}', 1)
    line = raw.rfind("\n", 0, start) + 1
    indent = raw[line:start]
    sep = ",\n" + indent if not indent.strip() else ", "
    return raw[:end] + sep + new + raw[end:]


@dataclass
class Finding:
    split: Split
    speaker: str | None  # the first piece's speaker in the gold
    second_listed: bool


def findings(name: str) -> list[Finding]:
    """Each split quotation of set `name` whose first piece the gold lists."""
    articles, gold_dir = run.SETS[name]
    out = []
    for gpath in sorted(gold_dir.glob("*.json")):
        gold = run.load_gold(gpath)
        text = (articles / f"{gpath.stem}.txt").read_text(encoding="utf-8")
        for sp in splits(text, gpath.stem):
            first = listed(gold.quotes, sp.first)
            if first is None:
                continue
            out.append(Finding(sp, first["speaker"], listed(gold.quotes, sp.second) is not None))
    return out


# Just before a quotation's opening words: an opening quote mark (straight, curly, single or a
# backquote), perhaps an ellipsis or a space after it.
_AT_A_MARK = re.compile(r"[\"'`][.…]*\s*$")


def inside_a_piece(name: str) -> list[str]:
    """Gold quotations of set `name` that open inside a quoted piece, not at its opening mark: a
    sentence within one pair of marks is no quotation of its own (bench/quality/README.md, "A
    quotation split by its attribution"), so such an entry is a miss no pipeline should make up."""
    articles, gold_dir = run.SETS[name]
    out = []
    for gpath in sorted(gold_dir.glob("*.json")):
        gold = run.load_gold(gpath)
        page = run.norm((articles / f"{gpath.stem}.txt").read_text(encoding="utf-8")) or ""
        for q in gold.quotes:
            at = page.find(run.norm(q["opens"]) or "")
            if at >= 0 and not _AT_A_MARK.search(page[max(0, at - 3):at]):
                out.append(f"{gpath.stem}: {q['opens']!r}")
    return out


def add_missing(name: str) -> int:
    """Add each second piece set `name`'s gold leaves out, with the first piece's speaker, just
    after the first piece's entry (the gold's order is the page's). Returns how many were added."""
    articles, gold_dir = run.SETS[name]
    added = 0
    for gpath in sorted(gold_dir.glob("*.json")):
        raw = gpath.read_text(encoding="utf-8")
        text = (articles / f"{gpath.stem}.txt").read_text(encoding="utf-8")
        for sp in splits(text, gpath.stem):
            quotes = json.loads(raw).get("quotes", [])
            first = listed(quotes, sp.first)
            if first is None or listed(quotes, sp.second) is not None or not sp.second.strip():
                continue
            want = json.loads(raw)
            opens = opening_words(sp.second)
            want["quotes"].insert(quotes.index(first) + 1, {"opens": opens, "speaker": first["speaker"]})
            raw = insert_after(raw, first["opens"], opens)
            assert json.loads(raw) == want, gpath  # the text edit is the entry added, nothing else
            added += 1
        if raw != gpath.read_text(encoding="utf-8"):
            gpath.write_text(raw, encoding="utf-8")
    return added


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="list the second pieces the gold leaves out")
    ap.add_argument("--fix", action="store_true", help="add them to the gold (once, with care)")
    ap.add_argument("--sets", nargs="*", help="sets to read (default: all)")
    args = ap.parse_args(argv)
    names = args.sets or list(run.SETS)
    tot_s = tot_l = 0
    for name in names:
        found = findings(name)
        n_listed = sum(f.second_listed for f in found)
        tot_s += len(found)
        tot_l += n_listed
        if found:
            print(f"{name.upper():>3}: {len(found):3} split, {n_listed:3} second pieces listed")
        if args.list:
            for f in found:
                if not f.second_listed:
                    print(f"     {f.split.article}: {f.split.second[:50]!r} ← {f.speaker!r}"
                          f" ({f.split.attribution!r})")
        if args.fix:
            print(f"     added {add_missing(name)}")
    print(f"all: {tot_s} split quotations, {tot_l} second pieces listed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
