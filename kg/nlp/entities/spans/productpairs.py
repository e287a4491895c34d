"""A firm named by two of the goods it makes, joined by "and" ("the Kelvo Gates and Fences
factory", "the Dorrow Pipes and Valves plant"), before a works' or a firm's noun in lower case:
the scanner stops at "and", leaving "Kelvo Gates" and "Fences", two firms where there is one, the
second a plural common noun alone, junk.

Before a noun of entities.toml `named_site_nouns` ("factory", "plant", "mill") or of
`organization_after` ("company"), a run of two words or more, "and", and one capitalised plural
that is a common English word (or its singular is: "Fences") and no organisation's head
(`[head_types]`: "Workers" would make "the Kelvo Steel and Workers union" a list of two bodies)
are one organisation's name. A second part that is no common word ("the Kelvo Steel and Dorrow
plants") is another firm's name and stays apart. With no noun after it, a name ending in a good
and one more good alone ("Kelvo Sheet and Tube", `_second_good`) are one firm too (branch
junk46). A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS` (set CJ, branch ent126).

`goods_arms`: a maker's national arm named by its brand, two goods joined by "and" and the
country ("Kelvo Tractor and Trailers Brazil"), needs no noun after it: the country closing the
second part says the whole is the firm's arm there, as "KLV USA" does. The scanner stopped at
"and", leaving "Kelvo Tractor" and "Trailers Brazil", two junk firms. A run of two words or more
ending in a good (`goods_nouns`, `and_product_heads`, singular or plural), "and", and a run of
one such good and a country that ends it (no capitalised word after) are one
organisation's name; "Kelvo Motors and Dorrow Brazil" (no good after "and") stays two (sets
BR/CF, branch ent131)."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run

_AND_GAP = re.compile(r"[ \t]+and[ \t]+")
_GOES_ON = re.compile(r"[ \t]+[A-Z]")


def _plural_good(run: Run, cues: Cues) -> bool:
    """One capitalised plural common noun, no head word: the second of the goods."""
    if len(run.words) != 1 or run.title:
        return False
    w = run.words[0][2]
    return w[:1].isupper() and not w.isupper() and w.endswith("s") and not w.endswith("’s") \
        and (common_words().common(w) or common_words().common(w[:-1])) \
        and w not in cues.heads and w not in cues.leading_heads


def _good(word: str, cues: Cues) -> bool:
    """A noun of made things, singular or plural ("Tractor", "Trailers", "Oil")."""
    goods = cues.goods | cues.and_products
    return word in goods or word.endswith("s") and word[:-1] in goods


def _good_and_country(run: Run, cues: Cues, ev: Evidence) -> bool:
    """A good and the country that ends the run ("Trailers Brazil"; the registry's match of
    the country glued after a capitalised word was dropped, so the gazetteer says it)."""
    if run.title or run.kind is not None or len(run.words) < 2 or not _good(run.words[0][2], cues):
        return False
    return ev.place_kind(" ".join(w for (_b, _e, w) in run.words[1:])) == "country"


def goods_arms(text: str, runs: list[Run], cues: Cues, ev: Evidence) -> list[Run]:
    """The region's runs with each maker's arm named by two goods and its country one firm's
    run (module docstring)."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and len(prev.words) >= 2 and not prev.title and prev.kind is None \
                and _good(prev.words[-1][2], cues) and _AND_GAP.fullmatch(text, prev.end, run.begin) \
                and _good_and_country(run, cues, ev) and not _GOES_ON.match(text, run.end):
            out[-1] = Run(prev.begin, run.end, prev.words + run.words,
                          absorbed=prev.absorbed + run.absorbed, kind="organization")
            continue
        out.append(run)
    return out


def _second_good(prev: Run, run: Run, cues: Cues) -> bool:
    """"Kelvo Sheet and Tube", "Dorrow Steel and Wire": a name ending in a good, "and", and one
    more good alone closing the name (no capital after it): the firm named for both, as "Kelvin
    Tire and Rubber" was; the good alone names nothing (wave 3's kind, branch junk46)."""
    return _good(prev.words[-1][2], cues) and len(run.words) == 1 and not run.title \
        and run.kind is None and not run.absorbed and _good(run.words[0][2], cues)


def product_pairs(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The region's runs with each such pair of goods one firm's run (module docstring)."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and len(prev.words) >= 2 and not prev.title and prev.kind is None \
                and _AND_GAP.fullmatch(text, prev.end, run.begin) \
                and (_plural_good(run, cues)
                     and (cues.site_noun_after.match(text, run.end) or cues.org_after.match(text, run.end))
                     or _second_good(prev, run, cues) and not _GOES_ON.match(text, run.end)):
            out[-1] = Run(prev.begin, run.end, prev.words + run.words,
                          absorbed=prev.absorbed + run.absorbed, kind="organization")
            continue
        out.append(run)
    return out
