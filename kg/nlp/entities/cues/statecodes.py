"""The codes of states, provinces and territories (kg/data/nlp/statecodes.toml), read once for
the three steps that ask about them: a code after a town is the state (kg.nlp.entities.cues.
framing `state_code_at`), the US and Canadian codes are no organisation's initials (framing
`acronym`, with kinds.toml `[acronyms] not_organizations`), and a US state's code in an address
links the state (kg.nlp.entities.spans.townstate `states_after_towns`).

One file and this one loader, where there were three lists of the same codes (kinds.toml's
`[state_codes]` and the codes heading `not_organizations`, townstates.toml's `[postal_codes]`)
that a curator had to keep alike by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.nlp.cuedata import cached, load


@dataclass(frozen=True)
class StateCodes:
    us_states: dict[str, str]  # a US state's code (and "DC") → its registry key
    after_town: frozenset[str]  # every code: after a town, the state
    not_initials: frozenset[str]  # the US and Canadian codes: no organisation's initials


@cached
def state_codes() -> StateCodes:
    data = load("statecodes")
    us, canada = data["united_states"], data["canada"]
    states: dict[str, str] = dict(us["states"])
    north = frozenset(states) | frozenset(us["territories"]) | frozenset(canada["provinces"])
    return StateCodes(
        us_states=states,
        after_town=north | frozenset(canada["former"]) | frozenset(data["australia"]["states"]),
        not_initials=north,
    )
