"""A movement named in the plural ("the Dorrathis"): a body when the text frames it as a side
that fights, rules or is backed (issue 10, branch ent53). A plural capitalised word after "the"
is as often a nation's or a people's name (a group, no body), so the frame must say an armed or
ruling side (`[movements]` in kinds.toml), and a nationality is never typed so."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.nations import is_demonym, is_nation_adjective


@cached
def _frames() -> tuple[re.Pattern[str], re.Pattern[str]]:
    m = load("kinds")["movements"]
    before = re.compile(r"(?<![\w’'-])(?:" + phrase_pattern(m["before"]) + r")\s+the\s+\Z")
    after = re.compile(r",?\s+(?:" + phrase_pattern(m["after"]) + r")(?![\w’'-])")
    return before, after


_PLURAL = re.compile(r"[A-Z][a-z’'-]{2,}[a-z]s")


def movement_named(text: str, begin: int, end: int, label: str) -> bool:
    """"fighting the Dorrathis", "the Dorrathis control the port": a one-word plural name after
    "the", in a side's frame before or after it, that says no nation ("the Kelvans")."""
    if not _PLURAL.fullmatch(label) or not text[max(0, begin - 4):begin].lower() == "the ":
        return False
    if is_demonym(label) or is_nation_adjective(label[:-1]):
        return False
    before, after = _frames()
    return bool(textwindow.before(before, text, begin, 40) or after.match(text, end))


@cached
def _adjective_frame() -> tuple[re.Pattern[str], tuple[str, ...]]:
    m = load("kinds")["movements"]
    return (re.compile(r"\s+(?:" + phrase_pattern(m["adjective_nouns"]) + r")(?![\w’'-])"),
            tuple(m["adjective_endings"]))


_SINGULAR = re.compile(r"[A-Z][a-z’'-]{2,}[a-z]")


def movement_adjective(text: str, end: int, label: str) -> bool:
    """"Dorrathi fighters", "ambushed by Dorrathi militias": one capitalised word before a
    word for a movement's armed men (`[movements] adjective_nouns`) is the movement's own
    form (branch ent58), unless it says a nation ("Kelvan fighters": a demonym, a nation's
    adjective, or a word with a demonym's ending, `adjective_endings`)."""
    frame, endings = _adjective_frame()
    if not _SINGULAR.fullmatch(label) or label.endswith(endings) or not frame.match(text, end):
        return False
    return not (is_demonym(label) or is_nation_adjective(label))
