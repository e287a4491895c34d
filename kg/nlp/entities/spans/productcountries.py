"""A firm named by what it digs or makes and its country ("public companies like Coal Kelvia",
"crews at Steel Dorrow’s mills"; set CF, branch ent119). State firms are often named so; the registry's
country is a mention of its own and the run before it holds only the product's word, which
is dropped as a common word: the page got the country and lost the firm.

`product_countries` makes one run typed an organisation of a word that names a firm by its product
(kg/data/nlp/entities.toml `and_product_heads`: "Coal", "Steel", "Oil") and the registry country
right after it, one space between (the word alone is no run: the scanner drops it), where no
capitalised word goes on after the country (a longer name, "Oil Kelvia Pipeline Company", is the
other steps'), the word does not open a sentence or a heading (sentence case: "Steel Kelvia exports
fell" may be a headline's capital) and the whole stands once or more in a firm's frame
(kg.nlp.entities.cues.framing `firm_frame`: "the … mines", "… workers") or after "such as" in a
list of firms. A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`, beside
`country_firms`.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.cues.framing import NONE, framing
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

_GOES_ON = re.compile(r"[ \t]+[A-Z]")
_PRODUCT = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) $")
_OPENS = re.compile(r"(?:^|[.!?:]['’\"”]?\s+|\n\s*|[“\"‘]\s*)$")
_LISTED = re.compile(r"(?:firms?|companies|corporations|enterprises),?\s+(?:such as|like|including)\s+$")


def product_countries(text: str, region: Region, runs: list[Run], known: list[Match],
                      cues: Cues) -> list[Run]:
    """The runs of `region`, with a run for each product's word and the registry country right
    after it, one firm (module docstring); the scanner drops the product's word alone, so the
    run is new."""
    taken = [(r.begin, r.end) for r in runs]
    added: dict[int, Run] = {}
    for country in known:
        if country.how != "name" or country.entry.kind != "country" or country.begin in added \
                or not region.begin <= country.begin < region.end:
            continue
        m = _PRODUCT.search(text, max(0, country.begin - 20), country.begin)
        if m is None or any(b < country.end and m.start() < e for b, e in taken) \
                or not _one_firm(text, m.start(), country, cues):
            continue
        words = [(m.start(), m.end(1), m.group(1)),
                 (country.begin, country.end, text[country.begin:country.end])]
        added[country.begin] = Run(m.start(), country.end, words, False, [country], kind="organization")
    return sorted(runs + list(added.values()), key=lambda r: r.begin) if added else runs


def _one_firm(text: str, begin: int, country: Match, cues: Cues) -> bool:
    """The word at `begin` is a product's word mid-sentence, nothing capitalised goes on after
    the country, and the whole stands in a firm's frame or a list of firms somewhere."""
    if text[begin:country.begin - 1] not in cues.and_products or _GOES_ON.match(text, country.end) \
            or textwindow.before(_OPENS, text, begin, 4):
        return False
    name = text[begin:country.end]
    for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])", text):
        if framing().firm_frame(text, m.start(), m.end(), given=True) != NONE \
                or textwindow.before(_LISTED, text, m.start(), 40):
            return True
    return False
