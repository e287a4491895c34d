"""A ruler by the country he ruled: "backed by Kelvano’s Dorrania and the CIA", "under
Tallavez’s Kelvia," (set BZ, branch ent116).

The paper names a dictatorship by its dictator's surname and the country ("Pinochet’s Chile",
"Mobutu’s Zaire"); the surname alone, no title and no given name, leaves the name untyped. An
untyped name of one or two words right before "’s" and a country the gazetteer knows (of kind
`country` or `place`: Zaire is a former state; a town is left out, "Kelvin’s Main Street"),
where the country ends the phrase (punctuation, "and", or a verb or preposition after it, no
lower-case noun: "Kelvane’s Dorrania unit" is a firm's branch), is the ruler, a person. A
declared step of `KIND_STEPS` (kg.nlp.entities.kinds.resolve), after `typed_spans`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.kinds.untypedframes import untyped_name
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import PLACE_KINDS

_LANDS = ("country", "place")  # the gazetteer's kinds of a state, a former state too
_POSSESSIVE = re.compile(r"[’']s[ \t]+")
# what may follow the country: punctuation, the line's end, or a function word (no noun)
_ENDS_PHRASE = re.compile(r"[ \t]*(?:[,.;:)!?—–]|\n|$|[ \t](?:and|or|was|were|had|has|in|into|to|"
                          r"at|by|from|with|for|under|of|on|then)(?![\w’'-]))")


def ruler_lands(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped surname before "’s" and a land that ends the phrase: the ruler."""
    text = ctx.text
    countries = {b: e for b, e, k in kinds.typed
                 if k in PLACE_KINDS and ctx.ev.place_kind(text[b:e]) in _LANDS}
    for run, label, _k in kept:
        if not untyped_name(kinds, run, label) or len(label.split()) > 2 or ctx.ev.place_kind(label):
            continue
        pos = _POSSESSIVE.match(text, run.end)
        end = countries.get(pos.end()) if pos else None
        if end is not None and _ENDS_PHRASE.match(text, end):
            kinds.of[label] = ("person", True)
