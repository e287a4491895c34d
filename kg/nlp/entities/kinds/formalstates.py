"""A body named with its state's formal name: "the Republic of Kelvia Armed Forces", "the
Kingdom of Dorrow Navy" (set CD's kind). A name's head is its last word before any connector
(kg.nlp.entities.cues.namecues `head_word`), so these read "Republic", no head of any kind, and
no rule typed them though their last word is an organisation's head.

`formal_state_body` types a name an organisation when it opens with one of kg/data/nlp/kinds.toml
`[formal_state_bodies] forms` and "of", and its last word is an organisation's head word
(`[head_types]`): "the Republic of Kelvia" alone stays the rules' (a place). A rule of
kg.nlp.entities.kinds.namekinds `NAME_RULES`, asked right before `head_word_kind`."""

from __future__ import annotations

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.namequery import Kind, NameQuery


@cached
def _forms() -> tuple[str, ...]:
    return tuple(f + " of " for f in load("kinds")["formal_state_bodies"]["forms"])


def formal_state_body(q: NameQuery) -> Kind | None:
    """("organization", False) for a body named with its state's formal name, else None."""
    words = q.words
    if len(words) >= 4 and q.label.startswith(_forms()) \
            and q.cues.heads.get(words[-1]) == "organization":
        return "organization", False
    return None
