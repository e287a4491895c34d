"""Does a lower-case word after a name end the name's use as a modifier? One reading of the
verb lists for the entity rules.

A name's frame reads the words right after it ("X workers", "the X (gloss) joined …"); a finite
verb there ("met", "says", "visited") or a small word of boundaries.toml's list ("from",
"when") says the name is a clause's subject or ends a phrase, not a modifier of the noun after
it. The words are data: boundaries.toml `[brackets] verbs_after`, claims.toml `finite_verbs`,
and any past tense in -ed but claims.toml `not_verbs_ed`.
"""

from __future__ import annotations

from kg.nlp.cuedata import cached, load


@cached
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs and small words, words in -ed that are no verbs), from the data files."""
    claims = load("claims")["reported"]
    verbs = frozenset(load("boundaries")["brackets"]["verbs_after"]) | frozenset(claims["finite_verbs"])
    return verbs, frozenset(claims["not_verbs_ed"])


def ends_modifier(word: str) -> bool:
    """"met", "says", "will", "visited", "from": the name before it modifies no noun after it;
    "united", "need" do not (their -ed or -eed is no past tense), nor any other word."""
    word = word.replace("’", "'")
    verbs, not_ed = _words()
    return word in verbs or word.endswith("ed") and word not in not_ed
