"""Speakers of quotations that name nobody in their own sentence, read from around them.

News reports in the paper introduce a speaker in one sentence and quote them in the next,
or carry a speaker's words on into the next paragraph:

- "Ana Ruiz, a packer, said the company broke its word. “They lied to us.”" (the sentence
  before reports her speech);
- "Ana Ruiz, a packer, joined the picket line. “Before the strike …”", "The Militant spoke
  with Ana Ruiz at the gate. “…”" (the sentence before, with no verb of saying, names one
  person, or opens with one: she is the one introduced to be quoted);
- "“…,” said Ana Ruiz." then a paragraph that opens “Now we have …” with no attribution (the
  previous paragraph's last quotation goes on);
- "“We are not going back.” Ana Ruiz has worked at the plant for 20 years." (a paragraph
  that opens with the quotation, then names its speaker as the next sentence's subject);
- "He gave it back with a note: “Now I know …”" (a colon, no verb of saying: the clause's
  subject, when it is a person or a pronoun standing for one).

Only a quotation standing alone as its sentence is read this way, and only a person (or a new
name the entities stage could not type) is taken: a company, a place or a union named nearby
never speaks a quotation that way. The last rule of kg.nlp.quotations.speakerrules `QUOTE_RULES`
(`nearby`) calls `speaker_nearby`, when nothing in the quotation's own sentence, note or
reference gave a source.
"""

from __future__ import annotations

import re

from kg.annotations import Agent, Quotation, Work
from kg.model import Document, Span
from kg.nlp import agents, cuedata
from kg.nlp.speakers import speaker_from_phrase, subject_before

_MARKS = re.compile(r"[“”\"]")


@cuedata.cached
def _speech_verb() -> re.Pattern:
    verbs = cuedata.phrase_pattern(cuedata.words("quotes", "speech_verbs"))
    return re.compile(rf"(?<![\w’'])(?:{verbs})(?![\w’'])")


def alone(doc: Document, q: Quotation) -> bool:
    """Whether the quotation makes up (almost all of) its sentence."""
    said = doc.text[q.sentence.begin:q.sentence.end].strip().rstrip("0123456789")
    return len(q.span) >= 0.8 * len(said)


def _sentences_in(doc: Document, scope: Span) -> list[Span]:
    return [s.span for s in doc.annotations.sentences if scope.begin <= s.span.begin < scope.end]


def _persons(doc: Document, found: list[Agent], *, unknown: bool) -> bool:
    """Whether every agent found is a person (or, with unknown, a name of no known kind)."""
    kinds = agents.person_kinds() if unknown else ["person"]
    return bool(found) and all(a.kind == "entity" and agents.kind_of(doc, a.key) in kinds for a in found)


def _subject_person(doc: Document, sentence: Span, *, introduced: bool) -> tuple[list[Agent], Span | None]:
    """The person a sentence without quotation marks is about: the first agent named at the
    head of its phrase, when the sentence opens with that name (a title before it allowed):
    "Ana Ruiz, a packer, joined the line". With introduced, an opening phrase and its comma
    may stand before it ("When the guards came, Ana Ruiz stood her ground"). A name after a
    verb ("Police shot Ana Ruiz") is its object, not the one quoted next."""
    heads = [m for m in agents.head_mentions(doc, sentence) if agents.is_agentive(doc, m.entity)]
    if not heads:
        return [], None
    first = heads[0]
    lead = doc.text[sentence.begin:first.span.begin].strip()
    titles = {t.lower() for t in cuedata.words("entities", "titles")}
    if lead and lead.lower() not in titles and not (introduced and lead.endswith(",")) \
            and not _role_before_name(lead):
        return [], None
    found = [agents.entity_agent(doc, first.entity)]
    return (found, first.span) if _persons(doc, found, unknown=False) else ([], None)


def _role_before_name(lead: str) -> bool:
    """Whether the words before a name are a role it holds, with no comma and no verb: a few
    words that end with a person's role (kg/data/nlp/entities.toml `person_roles`), as in
    "Meatpacker Ana Ruiz sent a note: “…”" or "Retired nurse Ana Ruiz joined the line." """
    words = lead.split()
    roles = {r.lower() for r in cuedata.words("entities", "person_roles")}
    return 0 < len(words) <= 3 and "," not in lead and words[-1].lower() in roles


def _introduced_person(doc: Document, sentence: Span) -> tuple[list[Agent], Span | None]:
    """The person a sentence introduces to be quoted next: the only person it names ("The
    Militant spoke with Ana Ruiz, a packer, at the gate."), else the person it opens with. A name
    inside a work's title is nobody introduced (kg.nlp.agents.in_title)."""
    persons = [m for m in agents.mentions_in(doc, sentence) if agents.kind_of(doc, m.entity) == "person"
               and not agents.in_title(doc, m)]  # "She bought Habla Ana Ruiz, the Spanish edition of …"
    if len({m.entity for m in persons}) == 1:
        return [agents.entity_agent(doc, persons[0].entity)], persons[0].span
    return _subject_person(doc, sentence, introduced=True)


def speaker_nearby(doc: Document, q: Quotation, works: list[Work]) -> tuple[list[Agent], Span | None]:
    """(speakers, the span naming them) for a quotation alone in its sentence, or ([], None)."""
    text = doc.text
    scope = next((sp for sp in doc.prose_spans() if sp.begin <= q.span.begin < sp.end), None)
    if scope is None or not alone(doc, q):
        return [], None
    sentences = _sentences_in(doc, scope)
    before = [s for s in sentences if s.end <= q.sentence.begin]
    opens = not text[scope.begin:q.span.begin].strip()
    if before:
        prev = before[-1]
        if _MARKS.search(text, prev.begin, prev.end):
            return [], None  # a quotation before it: speakerrules `continued_alone` decides
        verbs = list(_speech_verb().finditer(text, prev.begin, prev.end))
        if verbs:  # "Ana Ruiz, a packer, said the company broke its word. “…”"
            subj = subject_before(doc, prev, verbs[-1].start())
            if not subj.of(text).strip():
                return [], None
            found, _work, span = speaker_from_phrase(doc, subj, works, scope)
            return (found, span) if _persons(doc, found, unknown=True) else ([], None)
        return _introduced_person(doc, prev)
    if not opens:
        return [], None
    # The quotation opens its paragraph: the next sentence opens with the name of its speaker ...
    after = [s for s in sentences if s.begin >= q.span.end]
    if after and not _MARKS.search(text, after[0].begin, after[0].end) \
            and not _speech_verb().search(text, after[0].begin, after[0].end):
        found, span = _subject_person(doc, after[0], introduced=False)
        if found:
            return found, span
    # ... or the previous paragraph's last quotation goes on.
    spans = doc.prose_spans()
    at = spans.index(scope)
    if at > 0 and agents.same_section(doc, spans[at - 1].begin, scope.begin):
        prior = spans[at - 1]
        last = [o for o in doc.annotations.quotations
                if o.kind == "quotation" and prior.begin <= o.span.begin < prior.end]
        if last and last[-1].speakers and _persons(doc, last[-1].speakers, unknown=True):
            tail = _sentences_in(doc, prior)
            if (tail and last[-1].span.end > tail[-1].begin) or not text[last[-1].span.end:prior.end].strip():
                return list(last[-1].speakers), last[-1].speaker_span
    return [], None


def colon_speaker(doc: Document, sentence: Span, mark: Span,
                  works: list[Work]) -> tuple[list[Agent], Span | None]:
    """The speaker of the quotation at mark (its marks) in "He gave it back with a note: “…”" /
    "Ana Ruiz’s answer was simple: “No.”": the subject the clause before the colon opens with,
    when it is a person (or he/she)."""
    text = doc.text
    before = text[sentence.begin:mark.begin]
    if not re.search(r":\s*$", before) or _MARKS.search(before):
        return [], None
    clause = Span(sentence.begin, mark.begin)
    first = re.match(r"\s*([\w’']+)", before)
    person = {w.lower() for w in cuedata.words("agents", "person")}
    if first and first.group(1).lower() in person:
        at = Span(clause.begin + first.start(1), clause.begin + first.end(1))
        scope = next((sp for sp in doc.prose_spans() if sp.begin <= mark.begin < sp.end), None)
        found = agents.resolve(doc, at, works=works, scope=scope, unidentified=False)
        return (found, at) if _persons(doc, found, unknown=True) else ([], None)
    return _subject_person(doc, clause, introduced=False)
