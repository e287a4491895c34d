"""The person who takes the floor in the sentence before a "he said" or "she said".

A report introduces a speaker and then quotes them: "Ana Ruiz, a nurse at the Kelvo clinic,
said her ward had read Carl Boyd’s book. “…,” she said." The sentence before the quotation
names more people on the way (a book's author, a lawyer who questioned someone, a leader "while
Lenin was alive"), and the person named nearest before the pronoun is one of them; the one who
speaks is the subject that sentence opens with, the one it has take the floor (a verb of saying,
or of speaking without words of its own: "spoke on", "pointed to"; kg/data/nlp/quotes.toml
`speech_verbs`, `speaking_verbs`). Read here for kg.nlp.speakers, which every stage attributing
words shares (quotations, reported speech, stances).
"""

from __future__ import annotations

import re

from kg import nameparticles
from kg.annotations import Agent
from kg.model import Document, Span
from kg.nlp import agents, cuedata
from kg.nlp.genders import contradicts

# A name's word: a capital, then letters, initials' stops, apostrophes, hyphens.
_NAME_WORD = r"[A-ZÀ-Þ][\w’'.-]*"
# An introductory phrase's length before its comma ("In the discussion, …", "At a forum on May
# 7, …"), and an apposition's between its commas ("…, a packer at the Dorrow plant, said").
INTRO_MAX_CHARS = 60
APPOSITION_MAX_CHARS = 200


@cuedata.cached
def _speaking_subject_re() -> re.Pattern:
    """A sentence opening with a name (after an introductory phrase opened by a preposition or a
    time adverb and closed by a comma, perhaps), an apposition set off by commas perhaps, filler
    words, then a verb of saying or of speaking."""
    openers = sorted(agents.lowered("agents", "prepositions")
                     | agents.lowered("agents", "leading_adverbs"))
    intro = (rf"(?:(?i:{cuedata.phrase_pattern(openers)})\b[^,.;:“”\"\n]{{0,{INTRO_MAX_CHARS}}}"
             r",\s+)?")
    particles = nameparticles.of_entities(cuedata.load("entities"))
    gap = rf"(?:\s+(?:{nameparticles.alternation(particles)}))*\s+"
    name = rf"(?P<who>{_NAME_WORD}(?:{gap}{_NAME_WORD}){{0,4}})"
    apposition = rf"(?:,[^.;:“”\"\n]{{1,{APPOSITION_MAX_CHARS}}}?,)?"
    fillers = cuedata.phrase_pattern(cuedata.words("quotes", "speaker_fillers"))
    verbs = cuedata.phrase_pattern(cuedata.words("quotes", "speech_verbs")
                                   + cuedata.words("quotes", "speaking_verbs"))
    return re.compile(rf"\s*{intro}{name}{apposition}\s+(?:(?:{fillers})\s+)*(?:{verbs})\b")


def speaking_subject(doc: Document, pronoun: Span, scope: Span | None) -> Agent | None:
    """The person a "he"/"she" (at `pronoun`, the subject of a verb of saying) stands for when
    the sentence right before its own, in the same paragraph, opens with that person taking the
    floor ("Ana Ruiz, of the Kelvo local, spoke on the 1934 strikes, fought while Carl Boyd was
    a boy. “…,” she said."); None when it does not, when a person is named in the pronoun's own
    sentence before it (outside quotation marks), or when the person's given name takes the
    other pronoun."""
    text = doc.text
    word = pronoun.of(text).lower()
    if word not in agents.lowered("agents", "subject_pronouns"):
        return None
    sentences = [s.span for s in doc.annotations.sentences]
    here = next((i for i, s in enumerate(sentences) if s.begin <= pronoun.begin < s.end), None)
    if not here:
        return None
    own, prev = sentences[here], sentences[here - 1]
    if scope is None or prev.begin < scope.begin:
        return None
    quoted = [q.span for q in doc.annotations.quotations if q.kind == "quotation"]
    persons = agents.person_kinds()
    if any(own.begin <= m.span.begin and m.span.end <= pronoun.begin
           and agents.kind_of(doc, m.entity) in persons
           and not any(q.begin <= m.span.begin < q.end for q in quoted)
           for m in doc.annotations.mentions):
        return None  # someone nearer in the pronoun's own sentence
    m = _speaking_subject_re().match(text, prev.begin, prev.end)
    if m is None:
        return None
    begin = m.start("who")
    named = next((n for n in doc.annotations.mentions if n.span.begin == begin
                  and agents.kind_of(doc, n.entity) in persons), None)
    agent = agents.entity_agent(doc, named.entity) if named is not None \
        else agents.by_name(doc, m.group("who"), word)
    ent = doc.annotations.entities.get(agent.key) if agent.kind == "entity" else None
    if ent is None or ent.kind not in persons or contradicts(word, ent.label):
        return None
    return agent
