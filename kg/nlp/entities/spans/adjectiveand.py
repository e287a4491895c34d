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

kg.nlp.entities.spans.regionsteps runs `adjective_and_party` as a step of `REGION_STEPS`.
"""

from __future__ import annotations

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
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
