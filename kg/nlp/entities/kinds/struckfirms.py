"""An employer named as the object of a strike ("the bakers, who struck Dorvek Tallow over pay,
went back Monday"): nothing in the name says a firm (no head word, no legal form), and
"struck" alone also says a storm's blow, but with workers or "who" right before it the verb is
a strike's and its object the employer. The subjects are data (kg/data/nlp/kinds.toml
`[struck_firms] subjects`); only an untyped name of two capitalised words or more that no
place of the gazetteer's is (set AY, branch ent79). Apart from kg.nlp.entities.kinds.namekinds:
a declared step of `KIND_STEPS`."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext


@cached
def _struck_before() -> re.Pattern:
    """"workers struck ", "who had struck " right before a name."""
    return re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(load("kinds")["struck_firms"]["subjects"])
                      + r")\s+(?:had\s+|have\s+|then\s+)?struck\s+\Z")


def struck_firms(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name of two capitalised words or more right after "<workers> struck" is an
    organisation, the employer struck."""
    for run, label, _k in kept:
        if not kinds.untyped_capitalised(run, label, ctx.ev.place_kind) \
                or not textwindow.before(_struck_before(), ctx.text, run.begin, 30):
            continue
        kinds.of[label] = ("organization", True)
