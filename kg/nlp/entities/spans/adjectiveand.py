"""A party named by two currents joined with "and", the second a registry party's name: "the
Kelvish Democratic and Labour Party" (issue 10, set AT; branch ent73).

"and" lists of a body's name are merged by kg.nlp.entities.spans.andlists, but only between the
scanner's runs: where the words after "and" are a registry organisation's name ("Labour Party"),
they are a registry match, no run, and the name was cut in two, the words before "and" left a
name of their own ("Kelvish Democratic", junk) and the registry party a mention of a party the
text does not name. Words ending in an adjective ("Democratic", "Socialist", "Radical": the
endings of kg/data/nlp/entities.toml `adjective_suffixes`) name no body alone; two or more of
them, untyped and opened by no given name, glued by " and " before a registry organisation whose
last word is a party's head (`and_party_heads`: "Party", "Front", "Movement", "Alliance") are
the opening of one longer name: the registry match is absorbed, no mention of its own.

A nation's adjective alone before "and" and a body's name opens that name the same way ("the
Kelvish and International Pilots Association": the pilots of one country and of others, one
association). The scanner leaves the adjective out of every run (a nation's word alone names
no body), so the body was cut to "International Pilots Association". `nation_and_body` puts
it back where "the" comes before it and the run after "and" is of two words or more, ends in an
organisation's head in the singular and opens with no given name or nation's adjective (frame
over the 117 sets: 1, the gold's organisation; set DL's kind, branch passL43).

kg.nlp.entities.spans.regionsteps runs `adjective_and_party` and `nation_and_body` as steps of
`REGION_STEPS`.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.cues.nations import is_nation_adjective
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run

_AND = " and "


def adjective_and_party(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """Each run in the module docstring's shape takes "and" and the registry party after it."""
    starts = {m.begin: m for m in known if m.entry.kind == "organization" and m.how == "name"
              and text[m.begin:m.end].split()[-1] in cues.and_party}
    for run in runs:
        party = starts.get(run.end + len(_AND)) if text.startswith(_AND, run.end) else None
        if party is None or run.title or run.kind is not None or len(run.words) < 2 \
                or run.absorbed:
            continue
        last = run.words[-1][2]
        if not last.endswith(cues.adjective_suffixes) or last in cues.heads \
                or evidence().gazetteer.is_given_name(run.words[0][2]):
            continue
        run.end = party.end
        run.words.append((party.begin, party.end, text[party.begin:party.end]))
        run.absorbed.append(party)
    return runs


# "the Kelvish and " right before a run: the adjective after "the", one word
_NATION_AND = re.compile(r"(?<![\w’'-])[Tt]he ([A-Z][a-z]+) and \Z")


def nation_and_body(text: str, runs: list[Run], cues: Cues) -> list[Run]:
    """Each body's run after "the <nation's adjective> and" opened by the adjective and "and"
    (module docstring)."""
    for run in runs:
        if run.title or run.kind not in (None, "organization") or len(run.words) < 2:
            continue
        last = run.words[-1][2]
        if cues.heads.get(last) != "organization" or last.endswith("s") \
                or evidence().gazetteer.is_given_name(run.words[0][2]) \
                or is_nation_adjective(run.words[0][2]):  # "the Chinese and Vietnamese … Party": two
            continue
        m = textwindow.before(_NATION_AND, text, run.begin, 40)
        if m is None or not is_nation_adjective(m.group(1)):
            continue
        run.words[:0] = [(m.start(1), m.end(1), m.group(1)), (m.end(1) + 1, m.end(1) + 4, "and")]
        run.begin = m.start(1)
    return runs
