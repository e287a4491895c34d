"""A quotation standing alone after a sentence that reports its speaker's words with the verb
before the name: "The mayor promised new buses, said Tom Dowd, a bus mechanic. “We are still
waiting on them.”" (issue 10, set BD's speakers, branch ent87).

kg.nlp.quotations.context `speaker_nearby` reads the sentence before such a quotation for the
subject of its last verb of saying, and finds the words before ", said" (the reported clause,
no person) there. In the paper's inverted shape the speaker is the name right after the verb,
perhaps after a role printed without an article ("said welder Tom Dowd"), with an apposition
after it or the sentence's end: that person goes on speaking in the quotation. A declared rule
of kg.nlp.quotations.speakerrules `QUOTE_RULES`, tried right before `nearby`.
"""

from __future__ import annotations

import re

from kg.nlp import agents, cuedata
from kg.nlp.quotations.attribution import Attribution
from kg.nlp.quotations.context import alone
from kg.nlp.quotations.saying import role_words

_MARKS = re.compile(r"[“”\"]")
# the name's end: an apposition's comma or the sentence's full stop
_AFTER_NAME = re.compile(r"\s*(?:,|[.!?]\s*\Z)")


@cuedata.cached
def _inverted_verb() -> re.Pattern[str]:
    """", said ", ", explained ": a comma, a verb of saying, the name after it."""
    verbs = cuedata.phrase_pattern(cuedata.words("quotes", "speech_verbs"))
    return re.compile(rf",\s+(?:{verbs})\s+")


def inverted_said_before(a: Attribution) -> None:
    """The person named right after ", said" in the sentence before, in the same paragraph,
    where the quotation stands alone and that sentence holds no quotation of its own."""
    if a.cites_work or a.scope is None or not alone(a.doc, a.q):
        return
    doc, text = a.doc, a.text
    before = [s.span for s in doc.annotations.sentences
              if a.scope.begin <= s.span.begin and s.span.end <= a.sentence.begin]
    if not before or _MARKS.search(text, before[-1].begin, before[-1].end) \
            or text[before[-1].end:a.q.span.begin].strip(" \t“\""):
        return
    prev = before[-1]
    kinds = agents.person_kinds()
    for verb in _inverted_verb().finditer(text, prev.begin, prev.end):
        at = verb.end() + role_words(text[verb.end():prev.end])
        name = next((m for m in doc.annotations.mentions if m.span.begin == at
                     and agents.kind_of(doc, m.entity) in kinds), None)
        if name is not None and _AFTER_NAME.match(text[name.span.end:prev.end]):
            a.speakers, a.who_span = [agents.entity_agent(doc, name.entity)], name.span
            return
