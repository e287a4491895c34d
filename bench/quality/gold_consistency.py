"""One shape read two ways across the sets' gold: the names to look at, and the mechanical mends.

Gold writers read no other set's gold, so one shape may be a required name in one set and an
optional one in another, or typed apart; the figures are only as honest as that reading is one.
This script reads every set's gold (or the sets named) and lists:

- **required and optional**: each surface (as run.py's `norm_surface` compares it) that one set's
  gold requires and another's holds optional, with its counts by type;
- **typed apart**: each surface required with two types or more;
- **peoples and languages** (`peoples.txt`): a people's or a language's name printed as a word of
  its own (`the Hmong`, `Kurds`, `in Farsi`, `Creole`) that the gold leaves out, requires or types
  (bench/quality/README.md, "Conventions decided across sets": optional of any type);
- **head words**: a body's head word printed alone (`the Guard` after `the National Guard`) that
  the gold requires (the convention on a short form of a name printed in full: optional);
- **party members**: a party's members' noun printed standalone (`the Democrats`, `Tory
  ministers`) that the gold leaves out, types or requires (optional of any type);
- **year forms**: a name the page prints with `of <year>` after it (`the Pittston strike of
  1989-90`) whose other form the gold leaves out (the convention on an event's, a law's or a
  treaty's name with its year: one listed as the writer chose, the other optional).

Context decides some of the first two lists (`Columbia` the university and the country,
`Washington` a city and a government): they are for reading, not mending. The others are
mechanical, and `--fix` mends them in the gold files' own layout.

    python bench/quality/gold_consistency.py                 # counts of each list, every set
    python bench/quality/gold_consistency.py --list          # every surface and finding
    python bench/quality/gold_consistency.py --sets el em    # some sets only (any set list)
    python bench/quality/gold_consistency.py --fix           # mend the mechanical ones
    python bench/quality/gold_consistency.py --fix year      # … one kind: people, year, head, party
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _scorer():
    """run.py as the module `quality_run`, the one split_quotes.py and the tests load: one module
    object, so that a set the tests add to its `SETS` is a set here too."""
    if "quality_run" not in sys.modules:
        spec = importlib.util.spec_from_file_location("quality_run", HERE / "run.py")
        sys.modules["quality_run"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules["quality_run"])
    return sys.modules["quality_run"]


run = _scorer()

PEOPLES_FILE = HERE / "peoples.txt"


def peoples_words(path: Path = PEOPLES_FILE) -> frozenset[str]:
    """The peoples' and languages' names of `peoples.txt`: one a line, `#` a comment."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if (w := line.split("#", 1)[0].strip()))


@dataclass(frozen=True)
class Listing:
    """One gold file's listing of one surface."""
    set: str
    stem: str
    required: bool
    type: str | None


@dataclass
class Page:
    """One gold file with its article's text, normalised as run.py compares them."""
    set: str
    path: Path
    gold: run.Gold
    text: str

    @property
    def listed(self) -> set[str]:
        return set(self.gold.entities) | set(self.gold.optional) | run.structure_names(self.gold)


def pages(names: list[str]) -> list[Page]:
    """Every gold file of the sets named, with its article's text."""
    out = []
    for name in names:
        articles, gold_dir = run.SETS[name]
        for gpath in sorted(gold_dir.glob("*.json")):
            text = (articles / f"{gpath.stem}.txt").read_text(encoding="utf-8")
            out.append(Page(name, gpath, run.load_gold(gpath), run.norm(text) or ""))
    return out


def listings(pgs: list[Page]) -> dict[str, list[Listing]]:
    """Each surface with every gold file's listing of it."""
    out: dict[str, list[Listing]] = defaultdict(list)
    for p in pgs:
        for n, t in p.gold.entities.items():
            out[n].append(Listing(p.set, p.gold.stem, True, t))
        for n, t in p.gold.optional.items():
            out[n].append(Listing(p.set, p.gold.stem, False, t))
    return out


def required_and_optional(lst: dict[str, list[Listing]]) -> list[tuple[str, list[Listing]]]:
    """Surfaces one set's gold requires and another set's holds optional, most listed first."""
    out = []
    for n, ls in lst.items():
        req = {x.set for x in ls if x.required}
        opt = {x.set for x in ls if not x.required}
        if req and opt and (len(req | opt) > 1):
            out.append((n, ls))
    return sorted(out, key=lambda x: (-len(x[1]), x[0]))


def typed_apart(lst: dict[str, list[Listing]]) -> list[tuple[str, list[Listing]]]:
    """Surfaces the gold requires with two types or more, most listed first."""
    out = [(n, ls) for n, ls in lst.items() if len({x.type for x in ls if x.required}) > 1]
    return sorted(out, key=lambda x: (-len(x[1]), x[0]))


def summary(ls: list[Listing]) -> str:
    """`required 12 (Place 11, Organization 1) in 9 sets; optional 3 (null 3) in 2 sets`."""
    parts = []
    for req, word in ((True, "required"), (False, "optional")):
        xs = [x for x in ls if x.required == req]
        if xs:
            types = Counter(x.type or "null" for x in xs)
            kinds = ", ".join(f"{t} {k}" for t, k in types.most_common())
            parts.append(f"{word} {len(xs)} ({kinds}) in {len({x.set for x in xs})} sets")
    return "; ".join(parts)


# -- peoples and languages -----------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    """A name a gold file should list otherwise: `name` as `want` (a type or None) optional."""
    page: Page
    name: str
    want: str | None
    why: str


def _spans(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Where each of the names stands in the text (word-bounded)."""
    out = []
    for n in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text):
            out.append((m.start(), m.end()))
    return out


# a capitalised word just before (not a sentence's or a line's first) or just after: the word
# is part of a longer name ("Cuban Five", "Indian Ocean", "Hmong American Partnership"), or a
# name's connector after one ("Federation of Cuban Women"); a possessive before is no part of it
# ("Britain's Tories")
_CAP_BEFORE = re.compile(r"(?<![.!?:—\"'])\s[A-Z][\w.'’-]*(?<!['’]s)\s"
                         r"(?:(?:of|for|de|del|des|du)\s(?:the\s)?)?$")
_CAP_AFTER = re.compile(r"\s(?:of\s)?[A-Z]")


def _word_pattern(words: frozenset[str]) -> re.Pattern:
    """One pattern for all the words, the longest first (`Puerto Ricans` before `Puerto Rican`)."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w’'-])(?:{alts})(?![\w’'-])")


def standalone(text: str, words: frozenset[str], covered: list[tuple[int, int]]) -> set[str]:
    """The words the text prints as a name of their own somewhere: not glued to a hyphen or an
    apostrophe, not beside a capitalised word, not inside a longer name the gold lists."""
    out = set()
    for m in _word_pattern(words).finditer(text):
        a, b = m.start(), m.end()
        if m.group() in out:
            continue
        if _CAP_BEFORE.search(" " + text[max(0, a - 40):a]) or _CAP_AFTER.match(text[b:b + 5]):
            continue
        if any(s <= a and b <= e and (s, e) != (a, b) for s, e in covered):
            continue
        out.add(m.group())
    return out


# A party named by its members' noun (`the Democrats`, `two Republicans on the council`, `Tory
# ministers`): the members by turns, the party by others, and the word alone does not say which.
PARTY_MEMBERS = frozenset("""
    Democrat Democrats Democratic Republican Republicans Conservative Conservatives Liberal Liberals
    Tory Tories
""".split())


def party_member_findings(pgs: list[Page]) -> list[Finding]:
    """A party's members' noun printed standalone that a gold file leaves out, types or requires
    (README, "Conventions": optional of any type; the party's own name stays required)."""
    return peoples_findings(pgs, PARTY_MEMBERS)


def peoples_findings(pgs: list[Page], words: frozenset[str] | None = None) -> list[Finding]:
    """Peoples' and languages' names printed standalone that a gold file leaves out, holds
    optional with a type, or requires (README, "Conventions": optional of any type). A word the
    file lists as a person's name, or as a piece of one, is a name (`Karen` a given name) and is
    left to the reader."""
    words = peoples_words() if words is None else words
    out = []
    for p in pgs:
        listed = p.listed
        persons = {w for n, t in {**p.gold.optional, **p.gold.entities}.items() if t == "Person"
                   for w in [n, *n.split()]}
        for w in sorted(standalone(p.text, words, _spans(p.text, listed)) - persons):
            if w in p.gold.entities:
                out.append(Finding(p, w, None, f"required ({p.gold.entities[w]})"))
            elif w in p.gold.optional:
                if p.gold.optional[w] is not None:
                    out.append(Finding(p, w, None, f"optional typed {p.gold.optional[w]}"))
            elif w not in listed:
                out.append(Finding(p, w, None, "printed, not listed"))
    return out


# -- year forms ----------------------------------------------------------------------------------

_YEAR = r"(?:1[6-9]|20)\d\d(?:[-–—/](?:\d\d){1,2})?"
# a body, a person or a place named with a year is named so by a name inside it ("Commission to
# Study the Tulsa Race Riot of 1921"): the year is the inner event's, not the body's
_NO_YEAR_TYPES = ("Organization", "Person", "Place")
_OF_YEAR = re.compile(rf"^(?P<short>.+?) of (?P<year>{_YEAR})$")


def year_findings(pgs: list[Page]) -> list[Finding]:
    """Names printed with `of <year>` after them where the gold lists one form and not the other:
    the other is listed optional with the listed form's type (README, "Conventions": an event's,
    a law's or a treaty's name with `of <year>`). The form without its year is added only where it
    is a name of two words or more with no `of` or colon of its own (`Compromise` alone names no
    event; `History of the Commune of 1871` is a book's title, the year part of it)."""
    out = []
    for p in pgs:
        names = {**p.gold.optional, **p.gold.entities}
        listed = p.listed
        for n, t in sorted(names.items()):
            m = _OF_YEAR.match(n)
            if m:
                short = m["short"]
                if (short not in listed and not run.is_description(short) and t not in _NO_YEAR_TYPES
                        and len(short.split()) > 1 and ":" not in short and " of " not in short):
                        out.append(Finding(p, short, t, f"listed with its year: {n}"))
                continue
            if t in _NO_YEAR_TYPES:
                continue
            for y in re.finditer(rf"(?<![\w-]){re.escape(n)} of ({_YEAR})(?![\w-])", p.text):
                long = f"{n} of {y.group(1)}"
                if long not in listed:
                    out.append(Finding(p, long, t, f"printed with its year, listed as {n}"))
    seen, unique = set(), []
    for f in out:
        if (f.page.path, f.name) not in seen:
            seen.add((f.page.path, f.name))
            unique.append(f)
    return unique


# -- a body's head word alone -------------------------------------------------------------------

# The head nouns of bodies' names: printed alone after the full name (`the Guard's battalions`
# after `the National Guard`, `the Assembly` after `the National Assembly`), the word is a short
# form of that body. Common nouns all, no body's name: a word that is a body's own name alone
# (a union's `Teamsters`, the United States' `Congress`) is not a head word of a longer name here.
HEAD_WORDS = frozenset("""
    Guard Party Union Council Army Assembly Commission Court Department Ministry Senate House
    Parliament Committee Federation Congress Navy Corps Police League Front Movement Coalition
    Alliance Legislature Board Authority Agency Bureau Tribunal Convention Fund Institute
    Brotherhood Confederation Guild Caucus Conference Secretariat Directorate Command Cabinet
    Government Administration Republic Commune Association Society
""".split())


def head_word_findings(pgs: list[Page]) -> list[Finding]:
    """A body's head word the gold requires where the page names the body in full: optional, of
    the full name's type (README, "Conventions": a short form of a name printed in full on the
    page). The full name is a listed name of two words or more ending in the word and opening
    with a capital; a country before it (`U.S. Senate`) makes a body of its own, as the
    convention on a country as a modifier reads it, and is left out."""
    out = []
    for p in pgs:
        for w in sorted(p.gold.entities):
            if w not in HEAD_WORDS:
                continue
            full = sorted(k for k in p.gold.entities if len(k.split()) > 1 and k.split()[-1] == w
                          and k[0].isupper() and k.split()[0] not in ("U.S.", "US"))
            if full:
                out.append(Finding(p, w, p.gold.entities[full[0]], f"required, the head word of {full[0]}"))
    return out


# -- mending the gold files, each in its own layout ----------------------------------------------

def _block(raw: str, key: str) -> tuple[int, int]:
    """The span of the `"key": { … }` object's braces in the file's text."""
    m = re.search(rf'"{key}"\s*:\s*\{{', raw)
    if m is None:
        raise ValueError(f"no {key!r} object")
    start = m.end() - 1
    depth, i = 0, start
    in_str = False
    while True:
        c = raw[i]
        if in_str:
            if c == "\\":
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return start, i + 1
        i += 1


def _entry(raw: str, key: str, name: str) -> re.Match | None:
    """The `"name": value` entry of the object `key`, with its separator."""
    s, e = _block(raw, key)
    pat = re.compile(r'(,\s*)?"' + re.escape(json.dumps(name, ensure_ascii=False)[1:-1])
                     + r'"\s*:\s*(?:null|"[^"]*")(\s*,\s*)?')
    return pat.search(raw, s, e)


def set_optional(raw: str, name: str, typ: str | None) -> str:
    """The gold file's text with `name` optional of type `typ` (None: any type): taken out of the
    required names if there, its type set if already optional, else added as the optional
    object's last entry in the layout of the file's entries (one a line)."""
    data = json.loads(raw)
    key = next((k for k in data.get("entities", {}) if run.norm_surface(k) == name), None)
    if key is not None:  # the entry and one separator out: the one before it, else the one after
        m = _entry(raw, "entities", key)
        raw = raw[:m.start()] + (m.group(1) if m.group(1) and m.group(2) else "") + raw[m.end():]
    data = json.loads(raw)
    value = json.dumps(typ)
    okey = next((k for k in data.get("optional", {}) if run.norm_surface(k) == name), None)
    if okey is not None:
        m = _entry(raw, "optional", okey)
        old = m.group()
        new = re.sub(r':\s*(?:null|"[^"]*")', f": {value}", old, count=1)
        return raw[:m.start()] + new + raw[m.end():]
    entry = f"{json.dumps(name, ensure_ascii=False)}: {value}"
    if '"optional"' not in raw:
        raise ValueError('no "optional" object')
    s, e = _block(raw, "optional")
    body = raw[s + 1:e - 1]
    indent = re.search(r'\n([ \t]*)"', raw[slice(*_block(raw, "entities"))])
    ind = indent.group(1) if indent else "  "
    close = raw[raw.rfind("\n", 0, s) + 1:s]
    close_ind = re.match(r"[ \t]*", close).group()
    if not body.strip():
        return raw[:s] + "{\n" + ind + entry + "\n" + close_ind + "}" + raw[e:]
    last = body.rstrip()
    return raw[:s + 1] + last + ",\n" + ind + entry + body[len(last):] + raw[e - 1:]


def apply(findings: list[Finding]) -> int:
    """Mend each file of the findings; every edit is checked to be that name's listing and
    nothing else. Returns the number of names changed."""
    by_file: dict[Path, list[Finding]] = defaultdict(list)
    for f in findings:
        by_file[f.page.path].append(f)
    changed = 0
    for path, fs in by_file.items():
        raw = path.read_text(encoding="utf-8")
        for f in fs:
            want = json.loads(raw)
            want["entities"] = {k: v for k, v in want.get("entities", {}).items()
                                if run.norm_surface(k) != f.name}
            opt = want.setdefault("optional", {})
            okey = next((k for k in opt if run.norm_surface(k) == f.name), f.name)
            opt[okey] = f.want
            raw = set_optional(raw, f.name, f.want)
            got = json.loads(raw)
            assert got == want, (path, f.name)
            changed += 1
        path.write_text(raw, encoding="utf-8")
        page = fs[0].page
        run.check_gold(run.load_gold(path), (run.SETS[page.set][0] / f"{path.stem}.txt").read_text(
            encoding="utf-8"), path)
    return changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="list every surface and finding")
    ap.add_argument("--fix", nargs="?", const="all", choices=("all", "people", "year", "head", "party"),
                    help="mend the mechanical findings in the gold (all, or one kind)")
    ap.add_argument("--sets", nargs="*", help="sets to read (default: all)")
    args = ap.parse_args(argv)
    names = args.sets or list(run.SETS)
    unknown = [n for n in names if n not in run.SETS]
    if unknown:
        ap.error(f"no such sets: {unknown}")
    pgs = pages(names)
    lst = listings(pgs)
    mixed, apart = required_and_optional(lst), typed_apart(lst)
    peoples, years, heads = peoples_findings(pgs), year_findings(pgs), head_word_findings(pgs)
    parties = party_member_findings(pgs)
    print(f"{len(pgs)} gold files of {len(names)} sets, {len(lst)} surfaces")
    print(f"required in one set, optional in another: {len(mixed)} surfaces")
    if args.list:
        for n, ls in mixed:
            print(f"  {n}: {summary(ls)}")
    print(f"required with two types or more: {len(apart)} surfaces")
    if args.list:
        for n, ls in apart:
            sets = sorted({f'{x.set}:{x.type}' for x in ls if x.required})
            print(f"  {n}: {summary(ls)} — {' '.join(sets)}")
    for title, found in (("peoples and languages", peoples), ("year forms", years),
                         ("head words", heads), ("party members", parties)):
        print(f"{title}: {len(found)} names in {len({f.page.path for f in found})} files")
        if args.list:
            for f in found:
                print(f"  {f.page.set.upper()} {f.page.gold.stem}: {f.name!r} → optional "
                      f"{f.want or 'null'} ({f.why})")
    if args.fix:
        for kind, title, find in (("people", "peoples' and languages' names", peoples_findings),
                                  ("year", "year forms", year_findings),
                                  ("head", "head words", head_word_findings),
                                  ("party", "party members' nouns", party_member_findings)):
            if args.fix in ("all", kind):
                print(f"mended: {apply(find(pages(names)))} {title}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
