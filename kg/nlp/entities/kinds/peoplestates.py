"""A state named by its people's adjective (set CC, ent114): "the Kelvish Republic", "the
Dorran People’s Republic", "the Kelvo-Dorrian Republic", "the Kelvish Republic of Dorria".
Republics inside Russia, the states of 1917–1920 and the breakaway states of the Caucasus and
the Balkans are named so; the gazetteer knows the few that are countries now ("Czech Republic"),
and "Republic" is no head word (a newspaper, a party, a firm end in it), so the others stayed
untyped.

`people_state` types such a name a place: a state's head (kinds.toml [people_states] `heads`)
ends it or stands before "of" and capitalised words, and every word before the head is a group
word, an adjective of a place the gazetteer knows (kg.nlp.entities.spans.regionpeoples), an
adjective by its ending (a hyphened one by its last part), or a word of a state's form
("People’s", "Autonomous"), one at least a people's or a place's adjective and no state's
form word: "the Islamic Republic" (a regime's name, as the paper writes it for a government) and
a name no adjective opens ("the Weimar Republic", "Republic Airways") are left to the other
rules. A rule of kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked before the gazetteer.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery
from kg.nlp.entities.spans.regionpeoples import region_adjective


@dataclass(frozen=True)
class _States:
    heads: frozenset[str]
    words: frozenset[str]
    endings: tuple[str, ...]


@cached
def _states() -> _States:
    cfg = load("kinds")["people_states"]
    return _States(frozenset(cfg["heads"]), frozenset(cfg["words"]), tuple(cfg["endings"]))


def _adjective(q: NameQuery, word: str, states: _States) -> bool:
    last = word.split("-")[-1]
    return q.cues.group(word) or region_adjective(word) \
        or (last[:1].isupper() and last.endswith(states.endings) and len(last) > 4)


def people_state(q: NameQuery) -> Kind | None:
    """"the Kelvish Republic (of Dorria)": a state's head after its people's adjective, a place."""
    states = _states()
    w = q.words
    head = next((i for i, x in enumerate(w) if x in states.heads), None)
    if head is None or head == 0 or q.run.title:
        return None
    tail = w[head + 1:]
    if tail and (tail[0] != "of" or len(tail) < 2 or not all(x[:1].isupper() for x in tail[1:])):
        return None
    before = w[:head]
    if not any(_adjective(q, x, states) and x not in states.words for x in before) \
            or not all(x in states.words or _adjective(q, x, states) for x in before):
        return None
    return "place", False
