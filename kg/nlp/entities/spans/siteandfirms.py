"""A firm named for the site it runs and its trade, joined by "and": "the Kelvo Dock and
Railway Company", "the Dorrow Docks and Harbour Board" (set CI, branch ent122).

A port's operator is often named so: the town, the site's head ("Dock", "Harbour"), "and", the
trade ("Railway", "Navigation") and a body's head ("Company", "Board"). The runs stop at "and";
`merge_and` (kg.nlp.entities.spans.andlists) keeps a list apart where the part before "and" ends
in a head of its own, as a site's head is, so the name came out as a dock (a place) and a
"Railway Company" (a body named by two common words): two junk names and a miss.

The join: a plain run of two words or more ending in one of the site heads of
kg/data/nlp/entities.toml `and_firm_site_heads`, " and ", then a plain run whose last word is an
organisation's head (`[head_types] organization`) and whose words before it are common English
words the gazetteer knows as no place ("Railway", "Harbour"), one organisation. A name of its own
after "and" ("Kelvo Docks and Dorrow Shipping Company": "Dorrow" is no common word) keeps the two
apart, and so does a run typed already or read as a title.

The step `site_and_firm` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps)."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run, and_joined

_AND = " and "


@cached
def _site_heads() -> frozenset[str]:
    """The heads of a site that may end the first part of its operator's name."""
    return frozenset(load("entities")["and_firm_site_heads"])


def site_and_firm(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """The runs with each "<place> <site head> and <trade> <body's head>" made one
    organisation (module docstring)."""
    return and_joined(text, runs, lambda site, firm: _joins(text, site, firm, cues))


def _plain(run: Run) -> bool:
    """A run no step typed or read as a title."""
    return not run.title and run.kind is None


def _joins(text: str, site: Run, firm: Run, cues: Cues) -> bool:
    """Does `site`, " and " and `firm` name one operator of a site?"""
    if not (_plain(site) and _plain(firm)) or text[site.end:firm.begin] != _AND:
        return False
    if len(site.words) < 2 or site.words[-1][2] not in _site_heads():
        return False
    trade = [w for (_b, _e, w) in firm.words[:-1]]
    if not trade or cues.heads.get(firm.words[-1][2]) != "organization":
        return False
    ev = evidence()
    return all(common_words().common(w) and ev.place_kind(w) is None for w in trade)
