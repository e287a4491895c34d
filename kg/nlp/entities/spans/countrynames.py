"""A body named in its own language after its country's English name (issue 10, set AA's
kinds; branch ent43): "the Kelvia Podrana Samitu won the vote" — the party's name is the
country's English name and two or more words of the country's language. The scanner stops at
the registry country, leaving the foreign words a piece of their own (junk: the party has no
name without its country).

A registry country glued by one space before a run of two to four capitalised words none of
which is a common English word (`commonwords`), a given name or a place the gazetteer knows, is
one organisation's name (no person is named by a country). A person after a country is named
by given names ("Kelvia Maria Dorrow"), an English body by English words ("Kelvia Freedom
Party": the registry's or the party rules' reading).

kg.nlp.entities.names calls `country_foreign_names` on one region's runs, after the "and" lists.
"""

from __future__ import annotations

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run


def _foreign_word(word: str) -> bool:
    """A capitalised word of no English and no given name or known place."""
    ev = evidence()
    return word[:1].isupper() and word[1:].islower() and not common_words().common(word) \
        and not ev.gazetteer.is_given_name(word) and ev.place_kind(word) is None


def country_foreign_names(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs, each foreign run glued after a registry country opened at the country."""
    countries = {m.end + 1: m for m in known if m.entry.kind == "country" and m.how == "name"}
    out: list[Run] = []
    for run in runs:
        c = countries.get(run.begin)
        words = [w for (_b, _e, w) in run.words]
        if c is not None and text[c.end:run.begin] == " " and 2 <= len(words) <= 4 \
                and not run.title and run.kind is None and not run.absorbed \
                and not (c.begin > 0 and (text[c.begin - 1].isalnum() or text[c.begin - 1] in "-–’'")) \
                and (not out or out[-1].end <= c.begin) and all(_foreign_word(w) for w in words):
            # nobody is named by a country: a body, whatever the words around it say
            out.append(Run(c.begin, run.end, [(c.begin, c.end, text[c.begin:c.end])] + run.words, False, [c],
                           "organization"))
            continue
        out.append(run)
    return out
