"""A union's numbered section named with its union's initials ("teachers of SNTU Section 14",
then "Section 14 is the strongest"; set BJ, branch ent95), and a union's numbered council the
same way ("KPWU Council 9", as US public workers' unions number their state councils; the data's
`initialed_unit_heads`, branch ent134).

Latin American unions number their state and regional branches as sections ("sección"), as
unions in the United States number their locals; the paper prints them in English after the
union's initials. Each is one organisation, as a local named with its union is (bench/quality
README, "A union's local named with its union"): the number says which body it is. The runs
stopped before the number ("SNTU Section") and left "Section" alone a headless run later.
"Section" is no numbered head of its own (`numbered_heads`): a law's section ("Section 8 of the
Kelvo Act", kg.nlp.entities.spans.lawparts) and a housing program ("Section 8 vouchers") take
it too. So the section is read as a body only after initials that name a body: a registry
organisation's (`Cues.org_named`) or initials the page gives in brackets after a name
("(SNTU)"); a lower-case program noun right after the number (`section_program_nouns`) keeps it
a program's. "Section 14" alone is the same section where the page names it so in full. A
declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`.

A section is named with its union written out too: "Section 14 of the National Union of Kelvo
Workers" (set CN's pass, branch ent132). The words after "of the" open a union's name when one of
the first four is a union's head (`section_union_heads`: "Union", "Federation", …), as a law's
("of the Kelvo Act", "of the Trade Union Act": the name ends in a law's head, boundaries.toml
`[laws] part_of_heads`) or a program's never does; the section is then a body of its own and the
union another, and "Section 14" alone is the same section elsewhere on the page.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import SMALL, Run, cut_run, span_words
from kg.nlp.entities.spans.textspan import Region

_NEXT_WORD = re.compile(r"\s+([a-z]+)")
# "Section 14 of the <union>": the number, then up to three capitalised words before the head
_OF_UNION = r"(?<![\w’'.-])Section (\d{{1,3}}) of the (?:[A-Z][\w’'-]*,? ){{0,3}}(?:{heads})\b"


# the capitalised words that go on after the union's head ("… Union of Kelvo Workers")
_NAME_GOES_ON = re.compile(r"(?:[ \t,]+(?:(?:of|and|the|in|for|de|del|la|y)[ \t]+)*[A-Z][\w’'-]*)*")


@cached
def _of_union() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, load("entities")["section_union_heads"]))
    return re.compile(_OF_UNION.format(heads=heads) + r"(?![’']s)")


@cached
def _law_heads() -> frozenset[str]:
    return frozenset(load("boundaries")["laws"]["part_of_heads"])


def _union_section(text: str, m: re.Match[str]) -> bool:
    """"Section 14 of the National Union of …" names a union's section; "Section 14 of the Trade
    Union Act" (the name after "of the" ending in a law's head) a law's part."""
    name = text[m.start():m.end()] + _NAME_GOES_ON.match(text, m.end()).group()
    return name.split()[-1].strip(",") not in _law_heads()


@cached
def _program_nouns() -> frozenset[str]:
    return frozenset(load("entities")["section_program_nouns"])


@cached
def _full() -> re.Pattern[str]:
    """"SNTU Section 14", "KPWU Council 9": initials, the unit's word (`initialed_unit_heads`)
    and its number; not "Section 14(2)" nor "14.5"."""
    heads = "|".join(map(re.escape, load("entities")["initialed_unit_heads"]))
    return re.compile(r"(?<![\w’'.-])([A-Z]{2,6}) (" + heads + r") (\d{1,3})(?![\w’'(-]|[.,]\d)")


def _body_initials(text: str, initials: str, cues: Cues) -> bool:
    """Initials of a body: a registry organisation's, or given in brackets on the page."""
    return cues.org_named(initials) is not None or f"({initials})" in text


def page_sections(text: str, cues: Cues) -> frozenset[tuple[str, str]]:
    """The (unit word, number) of the sections and councils the page names with a body's
    initials ("SNTU Section 14"), and of the sections it names "of the" a union and alone too
    ("Section 14 of the National Union of …", then "Section 14"). A page's, not a region's: the
    document's NameContext asks it once (`NameContext.union_sections`, a cached property as
    TextIndex's page-wide facts are) and the step reads that answer in every region."""
    out = set()
    for m in _full().finditer(text):
        after = _NEXT_WORD.match(text, m.end())
        if after is not None and after.group(1) in _program_nouns():
            continue
        if _body_initials(text, m.group(1), cues):
            out.add((m.group(2), m.group(3)))
    out.update(("Section", m.group(1)) for m in _of_union().finditer(text)
               if _union_section(text, m) and _named_alone(text, m.group(1)))
    return frozenset(out)


def _section_spans(text: str, r: Region, numbers: frozenset[tuple[str, str]]) -> list[tuple[int, int]]:
    """The region's sections of those numbers: with their initials where printed so, else alone."""
    units = "|".join(re.escape(head) + " " + n for head, n in sorted(numbers))
    alone = re.compile(r"(?<![\w’'.-])(?:([A-Z]{2,6}) )?(?:" + units + r")(?![\w’'(-]|[.,]\d)")
    return [(m.start(), m.end()) for m in alone.finditer(text, r.begin, r.end)
            if not text.startswith(" of ", m.end()) or _union_of(text, m.start())]


def _named_alone(text: str, number: str) -> bool:
    """The page prints "Section <number>" alone too, with no "of" after it: a body it names so."""
    return re.search(r"(?<![\w’'.-])Section " + number + r"(?![\w’'(-]|[.,]\d| of )", text) is not None


def _union_of(text: str, at: int) -> bool:
    """"Section 14 of the <union>" opens at `at`."""
    m = _of_union().match(text, at)
    return m is not None and _union_section(text, m)


def union_sections(text: str, r: Region, runs: list[Run], numbers: frozenset[tuple[str, str]]) -> list[Run]:
    """The region's runs with each union's numbered section one organisation's run, the runs
    that cut it (its initials with "Section", "Section" alone) dropped; `numbers`: the page's
    sections (`page_sections`)."""
    if not numbers:
        return runs
    out = list(runs)
    for b, e in _section_spans(text, r, numbers):
        cut = [_before(x, b) for x in out if x.begin < b < x.end]
        out = [x for x in out if not (x.begin < e and b < x.end)] + [x for x in cut if x is not None]
        out.append(Run(b, e, span_words(text, b, e, r"\S+"), kind="organization"))
    return sorted(out, key=lambda x: x.begin)


def _before(run: Run, at: int) -> Run | None:
    """A run that ran into a section, cut before it ("Teachers of SNTU Section" → "Teachers"),
    its small words at the cut dropped; None when nothing is left."""
    words = [w for w in run.words if w[1] <= at]
    while words and words[-1][2] in SMALL:
        words.pop()
    return cut_run(run, words[-1][1]) if words else None
