"""A periodical named with its kind after it, in lower case: "photographs published in Kelvo
magazine", "an interview with the Dorrow Star newspaper" (set BT's kinds, branch ent107).

The paper names a magazine or a daily by its title and the noun, as a mine is named by its name
and "mine". Without a cue the title stays untyped or, after "in", is read as a place ("in Kelvo
magazine": a town's frame). A name right before one of the nouns (kg/data/nlp/kinds.toml
`[periodical_nouns] after`) is a periodical, strongly, unless the gazetteer knows it as a place
("a Chicago newspaper": a paper of the town, unnamed) or it opens with a given name.
kg.nlp.entities.kinds.namekinds runs `periodical_noun_after` right after the periodical's
apposition, before the place frames.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _after() -> re.Pattern[str]:
    """" magazine", " newspaper" right after a name, a whole word in lower case."""
    nouns = phrase_pattern(load("kinds")["periodical_nouns"]["after"])
    return re.compile(r"[ \u00a0](?:" + nouns + r")(?![\w’'-])")


def periodical_noun_after(q: NameQuery) -> Kind | None:
    """A periodical where a periodical's noun follows the name; else None."""
    if _after().match(q.text, q.run.end) and not q.ev.place_kind(q.label) \
            and not q.ev.given_name_first(q.words):
        return "periodical", True
    return None
