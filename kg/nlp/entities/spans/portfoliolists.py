"""A government department named by its portfolios listed with commas and "and", the country
last ("a clerk at Employment, Skills and Training Australia"): the scanner ends a run at each
comma, so the last portfolio and the country made a name of their own ("Training Australia",
junk) and the portfolios before it named nothing. The list is one body: from the first
portfolio to the country, an organisation (set BO's junk, branch ent101).

Only a list of at least two portfolios before "and", each one capitalised word no gazetteer
knows as a place or a given name, then one to three capitalised words and a country the
registry or the gazetteer knows: "Toronto, Montreal and Quebec City Canada" lists places and
"Upper and Lower Canada" has no comma, so both are left alone. A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS`; no department is named here."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.spans.runs import Run, span_words

# "Employment, Skills and ": portfolios, each one capitalised word, then "and" right before the run
_LIST = re.compile(r"((?:[A-Z][\w’'-]*, )+[A-Z][\w’'-]*,? and )$")
_BEFORE = 80


def _country_last(text: str, run: Run) -> bool:
    """Whether the run is one to three capitalised words and a country at its end, the words
    before the country no place of their own."""
    words = run.words
    if not 2 <= len(words) <= 4 or run.title or run.kind is not None:
        return False
    last = words[-1]
    ev = evidence()
    known = any(m.end == last[1] and m.begin == last[0] and m.entry.kind == "country" for m in run.absorbed)
    if not known and ev.place_kind(last[2]) != "country":
        return False
    return all(w[2][:1].isupper() and not ev.place_kind(w[2]) for w in words[:-1])


def _listed_from(text: str, run: Run) -> int | None:
    """Where the list of portfolios before the run begins, or None where no such list stands
    (module docstring)."""
    window = text[max(0, run.begin - _BEFORE):run.begin]
    m = _LIST.search(window)
    if m is None:
        return None
    begin = run.begin - len(m.group(1))
    if begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "-–’'"):
        return None
    ev = evidence()
    items = [w[2] for w in span_words(text, begin, run.begin) if w[2] != "and"]
    if any(ev.place_kind(w) or ev.gazetteer.is_given_name(w) for w in items):
        return None
    return begin


def portfolio_lists(text: str, runs: list[Run]) -> list[Run]:
    """The runs with each "<portfolio>, <portfolio> and <portfolio> <country>" made one
    organisation's run from its first portfolio on; the runs inside the list dropped."""
    out: list[Run] = []
    for run in runs:
        begin = _listed_from(text, run) if _country_last(text, run) else None
        if begin is None:
            out.append(run)
            continue
        out = [r for r in out if r.end <= begin]
        out.append(Run(begin, run.end, span_words(text, begin, run.begin) + run.words,
                       absorbed=list(run.absorbed), kind="organization"))
    return out
