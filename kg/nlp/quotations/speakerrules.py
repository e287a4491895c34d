"""Who speaks a quotation: the attribution rules (`QUOTE_RULES`), in the order they are tried.

Each rule is a function of one kg.nlp.quotations.attribution `Attribution` that reads one shape
of text around the quotation and fills what it finds (the verb of saying and the words that name
its subject, the speakers, the work). kg.nlp.quotations.quotes `attribute` runs them in order
until one settles the speaker (`Attribution.settled`: a speaker or a work), then reads the work
and citation of a footnote or reference right after the quotation. The order is the meaning: the
verb of saying after the closing mark (six shapes, the first that matches gives the verb), then
the one before the opening mark, then the phrase the verb names is read (`said_phrase`), then
the phrases and clauses of the sentence that name a source without such a verb, then the
quotations and sentences around it. A new shape goes into its place in `QUOTE_RULES`, and
`KG_TRACE_QUOTES=1` logs which rules answered for each quotation.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.annotations import Agent, Quotation, Work
from kg.model import Document, Span
from kg.nlp import agents, cuedata
from kg.nlp.genders import contradicts, pronoun_gender
from kg.nlp.quotations.anykindname import name_of_any_kind
from kg.nlp.quotations.attribution import Attribution
from kg.nlp.quotations.context import colon_speaker, speaker_nearby
from kg.nlp.quotations.invertedsaid import inverted_said_before
from kg.nlp.quotations.patterns import patterns
from kg.nlp.quotations.saying import (
    name_after_role,
    name_before_clause,
    named_after_description,
    person_after_verb,
    person_before_verb,
    quoted_source,
    whole_name,
)
from kg.nlp.speakers import inscribed, speaker_from_phrase, subject_before

QuoteRule = Callable[[Attribution], None]


# -- 0. a thing carries the words ------------------------------------------------------------------

@cuedata.cached
def _carried_words_re() -> re.Pattern:
    """An inscription noun (quotes.toml `inscription_nouns`), perhaps a linking word
    (`inscription_links`), a comma or colon perhaps, at the end of the words before a mark."""
    nouns = cuedata.phrase_pattern(cuedata.words("quotes", "inscription_nouns"))
    links = cuedata.phrase_pattern(cuedata.words("quotes", "inscription_links"))
    return re.compile(rf"(?<![\w’'-])(?:{nouns})(?:\s+(?:{links}))?\s*[,:]?\s*$", re.I)


def carried_words_before(a: Attribution) -> None:
    """"Ana Ruiz marched with a sign reading, “…”", "under the slogan “…,” Kelvin calls for
    …": the words right before the quotation, in its sentence, end on a thing that carries
    words (a sign, a banner, a slogan) and perhaps a linking word ("reading", "that read"): the
    quotation is the thing's words, nobody speaks them (`slogan`, as when the thing is a verb
    of saying's subject, `said_phrase`), not the marcher named before it, not the subject of a
    verb after it. The marcher and the candidate were given the sign's and the slogan's words
    (sets EF and EI, 2026-12-07, rdr46)."""
    before = a.text[a.sentence.begin:a.q.span.begin]
    if _carried_words_re().search(before):
        a.slogan = True


# -- 1. a verb of saying after the quotation: read only when the quoted words end as words an
# attribution follows (`Attribution.ends_open`); the first of these shapes that matches gives
# the verb and the words naming its subject ---------------------------------------------------

def _read_after(a: Attribution) -> bool:
    """Whether the words after the closing mark are still to be read for a verb of saying."""
    return a.ends_open and a.verb_who is None


def _said_after(a: Attribution, verb: re.Match, who: Span) -> None:
    a.verb_who, a.who_span = verb, who
    a.verb_begin = a.q.span.end + verb.start("verb")


def verb_and_name_after(a: Attribution) -> None:
    """A verb of saying and its subject right after the quotation, either way round: "“…,” we
    said", "“…,” Trotsky wrote, “…”", "“…,” said X", "“…,” said the local’s president, Ana
    Ruiz." (a name after a role speaks, `name_after_role`). A name the entities stage found
    whole over a middle initial's full stop is read whole ("said Tessa P. Dorrow," not "Tessa
    P")."""
    if not _read_after(a):
        return
    m = a.rx["after_verb_who"].match(a.after) or a.rx["after_who_verb"].match(a.after)
    if not m:
        return
    end = a.q.span.end
    _said_after(a, m, whole_name(a.doc, Span(end + m.start("who"), end + m.end("who"))))
    if m.re is a.rx["after_verb_who"]:
        a.who_span, a.appositive = name_after_role(a.doc, a.who_span)


def person_then_verb_after(a: Attribution) -> None:
    """"“…,” Tessa P. Dorrow said.": a person's name the entities stage found right after the
    mark, then the verb (`person_before_verb`)."""
    if _read_after(a) and (found := person_before_verb(a.doc, a.q.span.end, a.after)):
        _said_after(a, *found)


def described_person_after(a: Attribution) -> None:
    """"“…,” a checker … named Ana Ruiz told us.": a description, a naming word, then a person's
    name and the verb (`named_after_description`)."""
    if _read_after(a) and (found := named_after_description(a.doc, a.q.span.end, a.after)):
        _said_after(a, *found)


def apposed_name_after(a: Attribution) -> None:
    """"“…,” Ana Ruiz, a packer at Acme, told the Militant.", "“…,” one of them, Ana Ruiz, 45,
    told me.": the name before its apposition speaks, not a company named inside it."""
    if not _read_after(a) or not (m := a.rx["after_appositive_verb"].match(a.after)):
        return
    a.verb_who = m
    a.verb_begin = a.q.span.end + m.start("verb")
    a.who_span = subject_before(a.doc, Span(a.q.span.end, a.verb_begin), a.verb_begin)


def aside_then_said_after(a: Attribution) -> None:
    """"“… on March 3,” the day the Kelvo plant closed, she said.": an aside on the quotation's
    last words set off by commas, then a pronoun and a verb of saying closing the sentence
    (patterns `after_aside_pronoun_verb`; the pronoun resolved as after any closing mark). The
    aside names no speaker and holds no verb of saying; the match ends inside the quotation's
    sentence (an abbreviation's stop, "Roe v. Wade", is no sentence's end). The quotation had no
    speaker (set EM, 2026-12-07, rdr47)."""
    if not _read_after(a) or not (m := a.rx["after_aside_pronoun_verb"].match(a.after)):
        return
    end = a.q.span.end
    if end + m.end() > a.sentence.end or a.rx["speech"].search(m.group("aside")):
        return
    _said_after(a, m, Span(end + m.start("who"), end + m.end("who")))


def name_before_clause_after(a: Attribution) -> None:
    """"“…,” said Ana Ruiz as she opened a meeting here …": the verb, then a name in capitals
    that a clause follows with no comma (`name_before_clause`)."""
    if _read_after(a) and (m := name_before_clause(a.after)):
        end = a.q.span.end
        _said_after(a, m, Span(end + m.start("who"), end + m.end("who")))


def person_after_verb_after(a: Attribution) -> None:
    """"“…,” said Tomás Ibarra-Quintero on the picket line outside the plant here March 4.": the
    verb, then a person's name the entities stage found, however long the words after it run
    (`person_after_verb`)."""
    if _read_after(a) and (found := person_after_verb(a.doc, a.q.span.end, a.after)):
        _said_after(a, *found)


# -- 2. a verb of saying before it, in its sentence (after any earlier quotation there) ---------

def quoted_by_writer(a: Attribution) -> None:
    """"Joan Baker quotes Ana Ruiz, a telephone operator: “…”": a writer passing on someone's
    words before a colon; the one named after the verb speaks, not its subject."""
    if a.verb_who is not None:
        return
    quoted = a.rx["quotes_who"].search(a.text[a.before_from:a.q.span.begin])
    if quoted:
        a.who_span = Span(a.before_from + quoted.start("who"), a.before_from + quoted.end("who"))
        a.verb_begin = a.before_from + quoted.start()


def verb_before(a: Attribution) -> None:
    """"Lenin emphasized “…”", "he described, “…”", "you said something to the effect that
    “…”", "Romero told reporters, “…”": the subject is read back from the verb. Words that name
    nobody after an earlier quotation in the sentence give no subject."""
    if a.verb_who is not None or a.who_span is not None:
        return
    seg_from = a.before_from
    m = a.rx["before"].search(a.text[seg_from:a.q.span.begin])
    if m:
        a.verb_begin = seg_from + m.start("verb")
        a.who_span = subject_before(a.doc, Span(seg_from, a.q.span.begin), a.verb_begin)
        if not a.who_span.of(a.text).strip() and seg_from > a.sentence.begin:
            a.who_span = None


# -- the phrase the verb names ------------------------------------------------------------------

def quoting_phrase(a: Attribution) -> None:
    """"“…,” she said, quoting a text from an uncle who drives a bus": after the attribution, a
    quoting phrase names whose words the speaker passes on: the uncle's words (`quoted_source`)."""
    if a.verb_who is not None:
        a.source = quoted_source(a.doc, a.q.span.end + a.verb_who.end(), a.sentence)
    if a.source is not None:
        a.who_span = a.source


def said_phrase(a: Attribution) -> None:
    """The speakers (or the work) the words the verb names give (kg.nlp.speakers
    `speaker_from_phrase`): "“…,” said his wife, Florence.": Florence, whatever else the name is;
    "Our banner will say “…”": a thing carries the words, nobody speaks them (`slogan`, kept to
    the end, so that no later rule gives them to the possessor or a person named nearby); a
    source described at more length than an agent's description is still not the reader's
    words; "we said" / "we pointed out" next to a document named shortly before ("our 2006
    convention document") quotes that document."""
    text, who = a.text, a.who_span
    a.slogan = a.slogan or (a.source is None and who is not None and inscribed(a.doc, who))
    if a.appositive is not None:
        a.speakers = [a.appositive]
    elif a.slogan or who is None or not who.of(text).strip():
        return
    else:
        a.speakers, a.work, a.who_span = speaker_from_phrase(a.doc, who, a.works, a.scope)
        if a.source is not None and not a.speakers and a.work is None:
            a.speakers = [Agent("unidentified", " ".join(a.source.of(text).split()[:7]))]
            a.who_span = a.source
        word = a.who_span.of(text).strip().lower() if a.who_span else ""
        verb = text[a.verb_begin:a.verb_begin + 20].lower()
        doc_verbs = cuedata.words("quotes", "document_verbs")
        if word in ("we", "us") and a.work is None and any(verb.startswith(v) for v in doc_verbs):
            a.work = _last_document(a.doc, a.works, a.q.span.begin)


# -- 2', 2a, 2b. no verb of saying gave a subject: a phrase, a colon, a reported clause ----------

def according_to(a: Attribution) -> None:
    """"According to Ana Ruiz, a steward, “…”", "In the words of X, “…”": the agent named first
    after the phrase (`attributing_phrases`)."""
    if a.who_span is not None:
        return
    m = a.rx["attributed_before"].search(a.text, a.sentence.begin, a.q.span.begin)
    if m:
        phrase = Span(m.start("who"), m.end("who"))
        heads = [h for h in agents.head_mentions(a.doc, phrase) if agents.is_agentive(a.doc, h.entity)]
        a.who_span = heads[0].span if heads else phrase
        a.speakers, a.work, a.who_span = speaker_from_phrase(a.doc, a.who_span, a.works, a.scope)


def colon_before(a: Attribution) -> None:
    """Introduced by a colon with no verb of saying: "He gave it back with a note: “…”"
    (kg.nlp.quotations.context `colon_speaker`)."""
    if a.who_span is None:
        a.speakers, a.who_span = colon_speaker(a.doc, a.sentence, a.q.span, a.works)


def reported_clause(a: Attribution) -> None:
    """Inside a reported clause: "The authors contend that Jews, “…,” are ...": the subject of
    the verb before "that"."""
    rep = a.rx["reported"].search(a.text, a.sentence.begin, a.q.span.begin)
    if rep:
        subj = subject_before(a.doc, Span(a.sentence.begin, a.q.span.begin), rep.start("verb"))
        if subj.of(a.text).strip():
            a.speakers, a.work, a.who_span = speaker_from_phrase(a.doc, subj, a.works, a.scope)


# -- 5-7. nothing in the sentence named a source, nor does a footnote or a reference name the
# work (`Attribution.cites_work`): the quotations and sentences around it ----------------------

def quoted_earlier(a: Attribution) -> None:
    """The same words quoted earlier with a source ("That bourgeois Arab regimes “have carried
    out massive massacres …”" re-quotes the recipient's remark)."""
    if a.cites_work:
        return
    said = a.content.strip(" ,.")
    for other in a.doc.annotations.quotations:
        if other is a.q or other.span.begin >= a.q.span.begin or not other.speakers:
            continue
        if said and said in other.content.of(a.text):
            a.speakers, a.who_span = list(other.speakers), other.speaker_span
            break


def relative_teller(a: Attribution) -> None:
    """"… recalls a guard, Ana Ruiz, who taught him “that …”": the name the relative follows
    (`_relative_teller`)."""
    if a.cites_work or not a.fragment:
        return
    found, span = _relative_teller(a.doc, a.sentence, a.q.span)
    if found:
        a.speakers, a.who_span = found, span


def woven_fragment(a: Attribution) -> None:
    """A fragment woven into the writer's sentence after a verb of saying, when nothing else gave
    a source: "X described the strike as part of “a fight that …”", "X told the Militant he
    “never thought …”". Only a named agent: a phrase that names nobody ("a fact underlined in the
    report") is no speaker."""
    if a.cites_work or not a.fragment:
        return
    verbs = list(a.rx["verb"].finditer(a.text, a.sentence.begin, a.q.span.begin))
    if verbs and not re.search(r"[“”\"]", a.text[verbs[-1].start():a.q.span.begin]):
        subj = subject_before(a.doc, Span(a.sentence.begin, a.q.span.begin), verbs[-1].start())
        if subj.of(a.text).strip():
            found, _w, span = speaker_from_phrase(a.doc, subj, a.works, a.scope)
            if found and all(x.kind == "entity" for x in found):
                a.speakers, a.who_span = found, span


def participle_subject(a: Attribution) -> None:
    """A predicate reported in a participle phrase: "The officers’ association defended him,
    saying he “followed procedure.”": the clause's subject speaks (`_participle_subject`)."""
    if a.cites_work or not a.fragment:
        return
    found, span = _participle_subject(a.doc, a.sentence, a.q.span, a.works, a.scope)
    if found:
        a.speakers, a.who_span = found, span


def continued_alone(a: Attribution) -> None:
    """A quotation standing alone as the next sentence after an attributed one, in the same
    paragraph, continues it ("“…,” said Kim Jin-ho, a locomotive engineer. “We will stay out
    …”"), also over one or two sentences between that go on about that speaker
    (`_about_speaker`: "“…,” said Ana Ruiz, a cutter. She has worked the line for ten years.
    “…”")."""
    if a.cites_work or a.scope is None:
        return
    doc, q, text, sentence = a.doc, a.q, a.text, a.sentence
    alone = len(q.span) >= 0.8 * len(_strip(sentence.of(text)))
    prev = [o for o in doc.annotations.quotations if o.kind == "quotation" and o.speakers
            and a.scope.begin <= o.span.end <= q.span.begin]
    if alone and prev and not re.search(r"[“\"]", _unquoted_between(doc, prev[-1], q.span.begin)) \
            and prev[-1].sentence.end <= sentence.begin:
        between = [s for s in doc.annotations.sentences
                   if prev[-1].sentence.end <= s.span.begin < sentence.begin]
        if len(between) <= 2 and all(_about_speaker(doc, s.span, prev[-1]) for s in between):
            a.speakers, a.who_span = list(prev[-1].speakers), prev[-1].speaker_span
        elif len(between) == 1 and _closes_paragraph(a) \
                and _writers_aside(doc, between[0].span, prev[-1]):
            a.speakers, a.who_span = list(prev[-1].speakers), prev[-1].speaker_span


def _closes_paragraph(a: Attribution) -> bool:
    """Whether nothing but a note's number follows the quotation in its paragraph."""
    return a.scope is not None and not _strip(a.text[a.q.span.end:a.scope.end])


def _quiet_after_one_speaker(text: str, sentence: Span, prev: Quotation) -> bool:
    """What a sentence between two quotations must be for the second to stay the first one's
    speaker's (`_writers_aside`, `_about_speaker`): no quotation marks and no verb of saying in
    it (someone else would speak), after a quotation given to one entity."""
    if re.search(r"[“”\"]", sentence.of(text)) \
            or patterns()["speech"].search(text, sentence.begin, sentence.end):
        return False
    return len(prev.speakers) == 1 and prev.speakers[0].kind == "entity"


def _writers_aside(doc: Document, sentence: Span, prev: Quotation) -> bool:
    """"“…,” said Ana Ruiz, a driver who marched in 2019. Police fired tear gas on the square
    every Saturday that winter. “Now the new law …”": one sentence between an attributed quotation
    and a quotation that closes the paragraph, naming the speaker by name alone ("Ruiz has
    driven a bus for 20 years.") or naming no one at all (no person, no pronoun of a person or a
    group: the writer's background to her words), with no quotation marks and no verb of
    saying, leaves the second quotation hers. The held-out gold of sets A–EP has 35 quotations
    closing a paragraph one such sentence after an attributed one: 34 the same speaker's, and
    the other after a sentence naming another person who speaks (its verb of saying and the
    other name keep it out); set ER's 2020 Paris page had it unattributed (2026-12-07, rdr48).
    A sentence opening on more people who may speak ("Other workers were angrier.", quotes.toml
    `other_voices_openers`) brings in other voices: not an aside."""
    text = doc.text
    if not _quiet_after_one_speaker(text, sentence, prev):
        return False
    first = re.match(r"\s*([\w’']+)", sentence.of(text))
    if first is not None and first.group(1).lower() in agents.lowered("quotes", "other_voices_openers"):
        return False  # "Other workers were angrier.": more voices come in
    speaker = prev.speakers[0].key
    named = [m for m in agents.mentions_in(doc, sentence) if agents.is_agentive(doc, m.entity)
             or agents.kind_of(doc, m.entity) in agents.person_kinds()]
    if any(m.entity != speaker for m in named):
        return False
    pronouns = {w.lower() for key in ("person", "group") for w in cuedata.words("agents", key)}
    said = re.findall(r"[\w’']+", sentence.of(text))
    return bool(named) or not any(w.lower() in pronouns for w in said)


def _unquoted_between(doc, prev, end: int) -> str:
    """The text between an attributed quotation and `end`, blanked where a speakerless quotation
    of the attribution's own sentence stands: the words a sign or banner carries in the
    speaker's apposition ("“…,” said Ana Ruiz, who held a placard reading “Free the Dorrow Five.”
    “…”") are no other speaker's, so the next quotation alone still continues hers (a set BT
    page); and where the speaker's own name stands, its nickname's marks with it."""
    text = doc.text
    out = list(text[prev.span.end:end])
    for o in doc.annotations.quotations:
        if not o.speakers and prev.span.end <= o.span.begin and o.span.end <= min(end, prev.sentence.end):
            for i in range(o.span.begin - 1, o.span.end + 1):
                if prev.span.end <= i < end:
                    out[i - prev.span.end] = " "
    # the speaker's own name with a nickname in quotation marks ("said Wilfredo “Cano” Dorrio,
    # 58, …"): its marks are the name's, no other quotation (sets DJ, DY; 2026-12-07, rdr48)
    keys = {a.key for a in prev.speakers if a.kind == "entity"}
    for m in doc.annotations.mentions:
        if m.entity in keys and prev.span.end <= m.span.begin and m.span.end <= end:
            for i in range(m.span.begin, m.span.end):
                out[i - prev.span.end] = " "
    return "".join(out)


def interrupted(a: Attribution) -> None:
    """The second part of an interrupted quotation, its attribution between the parts: "“…,” Ana
    Ruiz said, adding, “…”", "“…,” explained Ana Ruiz, who drives a truck, “and …”"."""
    if a.cites_work:
        return
    q = a.q
    prev = [o for o in a.doc.annotations.quotations if o.kind == "quotation" and o.speakers
            and o.speaker_span is not None and a.sentence.begin <= o.span.begin
            and o.span.end <= o.speaker_span.begin and o.speaker_span.end <= q.span.begin]
    if prev and not re.search(r"[“”\"]", a.text[prev[-1].span.end:q.span.begin]):
        a.speakers, a.who_span = list(prev[-1].speakers), prev[-1].speaker_span


def nearby(a: Attribution) -> None:
    """The sentence before or after it, or the previous paragraph's quotation
    (kg.nlp.quotations.context `speaker_nearby`)."""
    if not a.cites_work:
        a.speakers, a.who_span = speaker_nearby(a.doc, a.q, a.works)


# in the order they are tried; the rules stop once one has given a speaker or a work
QUOTE_RULES: tuple[QuoteRule, ...] = (
    # 0. a thing carries the words (nobody speaks them, whatever the rules after it find)
    carried_words_before,
    # 1. a verb of saying after the quotation
    verb_and_name_after,
    person_then_verb_after,
    described_person_after,
    apposed_name_after,
    aside_then_said_after,
    name_before_clause_after,
    person_after_verb_after,
    # 2. a verb of saying before it, in its sentence
    quoted_by_writer,
    verb_before,
    # the phrase the verb names
    quoting_phrase,
    name_of_any_kind,  # a name typed no agent's kind in the subject's place (anykindname, qs6)
    said_phrase,
    # 2'. an attributing phrase, 2a. a colon, 2b. a reported clause
    according_to,
    colon_before,
    reported_clause,
    # 5. the same words quoted earlier; 5a-5c. a fragment's teller, subject or participle's subject
    quoted_earlier,
    relative_teller,
    woven_fragment,
    participle_subject,
    # 6. the quotation before it goes on; 6b. an interrupted quotation's second part
    continued_alone,
    interrupted,
    # 7. the sentences and paragraph around it: ", said <Name>, …" before it (invertedsaid, ent87)
    inverted_said_before,
    nearby,
)


# -- the rules' helpers ---------------------------------------------------------------------------

def _last_document(doc: Document, works: list[Work], before: int) -> Work | None:
    """A document (not a book or periodical issue) named in the same section before offset."""
    # The same section or the one before it ("our 2006 convention document" closes a section,
    # "“…,” we said" opens the next).
    at = next((i for i, s in enumerate(doc.sections) if s.span.begin <= before < s.span.end), None)
    floor = doc.sections[max(at - 1, 0)].span.begin if at is not None else 0
    cands = [w for w in works if w.kind == "resolution"]
    return agents.last_work(doc, cands, before, floor)


def _participle_subject(doc: Document, sentence: Span, mark: Span, works: list[Work],
                        scope: Span | None) -> tuple[list[Agent], Span | None]:
    """"The Dayton Police Officers’ Association has defended him, saying he “followed
    procedure.”", "Judge Ruiz sided with the firm, finding that the contract “allows the cuts.”": a participle
    of saying after a comma, perhaps "that", a pronoun or a short subject opened by a
    determiner, then the quoted words (kg/data/nlp/quotes.toml `reporting_participles`,
    `reported_pronouns`); the participle's subject is the clause's, the agent (or a name that
    may be a person's) the sentence opens with, an article before it allowed. A sentence that
    opens otherwise ("After the vote, …") gives no one."""
    text = doc.text
    m = patterns()["participle_clause"].search(text[sentence.begin:mark.begin])
    if m is None:
        return [], None
    clause = Span(sentence.begin, sentence.begin + m.start())
    dets = agents.lowered("agents", "determiners")
    kinds = agents.person_kinds()
    heads = [h for h in agents.head_mentions(doc, clause)
             if agents.is_agentive(doc, h.entity) or agents.kind_of(doc, h.entity) in kinds]
    if not heads:
        return [], None
    lead = text[clause.begin:heads[0].span.begin].split()
    if lead and lead[0].lower() in dets:
        lead = lead[1:]
    # a title before the name ("Judge Ruiz …": the entities stage names the person by the surname
    # after it, kg.nlp.entities.mentions.coreference `_title_before_surname`) is no other subject
    if lead and " ".join(lead) not in cuedata.words("entities", "titles"):
        return [], None
    found, _work, span = speaker_from_phrase(doc, heads[0].span, works, scope)
    return (found, span) if found and all(a.kind == "entity" for a in found) else ([], None)


def _relative_teller(doc: Document, sentence: Span, mark: Span) -> tuple[list[Agent], Span | None]:
    """"He recalls a guard, Ana Ruiz, who taught him “that the boss is the same for all.”": a
    fragment right after "who", a verb that tells someone something and its object (quotes.toml
    `imparting_verbs`, `imparted_objects`; "that" may follow), the relative standing right after a
    person's name: that person's words, not those of the clause's subject. ([], None) otherwise."""
    text = doc.text
    verbs = cuedata.phrase_pattern(cuedata.words("quotes", "imparting_verbs"))
    objects = cuedata.phrase_pattern(cuedata.words("quotes", "imparted_objects"))
    m = re.search(rf",?\s*\bwho\s+(?:{verbs})\s+(?:{objects})(?:\s+that)?\s*$",
                  text[sentence.begin:mark.begin])
    if m is None:
        return [], None
    at = sentence.begin + m.start()
    kinds = agents.person_kinds()
    name = next((n for n in doc.annotations.mentions if sentence.begin <= n.span.begin
                 and not text[n.span.end:at].strip() and agents.kind_of(doc, n.entity) in kinds), None)
    if name is None:
        return [], None
    return [agents.entity_agent(doc, name.entity)], name.span


def _about_speaker(doc: Document, sentence: Span, prev: Quotation) -> bool:
    """Whether a sentence between two quotations of a paragraph goes on about the first one's
    speaker, so that the second is still theirs: "“…,” said Ana Ruiz, a cutter. She
    has worked the line for ten years. “…”". It names the speaker by a pronoun of a person (he, she: not
    one its given name contradicts, kg.nlp.genders), names no other person (a person-typed
    name), and holds no quotation marks and no verb of saying (someone else would speak)."""
    text = doc.text
    if not _quiet_after_one_speaker(text, sentence, prev):
        return False
    speaker = prev.speakers[0].key
    if any(m.entity != speaker and agents.kind_of(doc, m.entity) == "person"
           for m in agents.mentions_in(doc, sentence)):
        return False
    pronouns = [w for w in re.findall(r"[\w’']+", sentence.of(text))
                if w.lower() in {p.lower() for p in cuedata.words("agents", "person")}
                and pronoun_gender(w) is not None]
    label = doc.annotations.entities[speaker].label if speaker in doc.annotations.entities else ""
    return bool(pronouns) and not any(contradicts(p, label) for p in pronouns)



def _strip(s: str) -> str:
    return s.strip().rstrip("0123456789")
