"""`apposition_before` (kg/nlp/entities/cues/phrases.py): the one builder of a body's apposition
before its name, which `Phrases.body_apposed` opens with an article or a pronoun and
kg.nlp.entities.kinds.ownedappositions with a possessive (invented text)."""

from __future__ import annotations

from kg.nlp.entities.cues.phrases import _CLOSED, CLOSED_BY_MARK, apposition_before, phrases
from kg.nlp.entities.kinds.ownedappositions import _apposed


def test_the_article_s_apposition_and_the_possessive_s_share_the_body_nouns():
    """Both end in a body's noun of the data and a comma; each opens as its caller says."""
    by_article, by_owner = phrases().body_apposed, _apposed()
    assert by_article.search("lent by the state tin company, ")
    assert by_owner.search("lent by Dorvania’s state tin company, ")
    assert not by_owner.search("lent by the state tin company, ")
    assert not by_article.search("lent by the state tin sloop, ")
    assert not by_owner.search("lent by Dorvania’s state tin sloop, ")


def test_the_words_between_are_the_caller_s():
    """Any three words after an article; after a possessive, words in lower case only."""
    assert phrases().body_apposed.search("the Dorvanian tin company, ")
    assert not _apposed().search("Dorvania’s Tessel tin company, ")
    assert apposition_before(r"[A-Z][\w-]*[’']s").search("Dorvania’s Tessel tin company, ")


def test_the_possessive_s_apposition_is_closed_by_a_mark_only():
    """The same closing marks; only the article's rule takes the text's end as one."""
    for after in (", then", ".", " (KTC)", "--and", " — and"):
        assert _CLOSED.match(after) and CLOSED_BY_MARK.match(after)
    assert _CLOSED.match("", 0) and not CLOSED_BY_MARK.match("", 0)
    assert not _CLOSED.match(" lent") and not CLOSED_BY_MARK.match(" lent")
