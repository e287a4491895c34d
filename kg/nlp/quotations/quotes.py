"""Quotations: text in quotation marks, attributed to its speaker or source.

A passage in “…” (or "…", across paragraphs when the next paragraph reopens with “) is a
quotation unless it is a term in scare quotes (a few words, not introduced by a verb of
saying). Its source is found, in order, from:
1. a verb of saying after it: "“…,” we said", "“…,” Trotsky wrote, “…”", "“…,” said X";
2. a verb of saying before it in its sentence: "Lenin emphasized “…”", "he described, “…”",
   "you said something to the effect that “…”" (the subject is read back from the verb);
3. a footnote marker right after it whose note names a work ("…state.”7" -> the resolution);
4. a reference in parentheses right after it ("(LCW, vol. 31, p. 242.)"), parsed by
   kg.nlp.quotations.citations, which also gives the author when no speaker was found;
5. the same words quoted earlier, the attributed quotation just before it, and then the
   sentences and paragraph around it (kg.nlp.quotations.context).
"We said" / "we pointed out" next to a document named shortly before ("our 2006 convention
document") quotes that document. A quotation in single marks inside one, introduced by a verb of
saying, is read last (kg.nlp.quotations.nested). Words are in kg/data/nlp/quotes.toml.
"""

from __future__ import annotations

import re

from kg.annotations import Agent, Citation, Quotation, Work
from kg.model import Document, Span
from kg.nlp import agents, cuedata
from kg.nlp.genders import contradicts, pronoun_gender
from kg.nlp.quotations.context import colon_speaker, speaker_nearby
from kg.nlp.quotations.headline import headline_quotation
from kg.nlp.quotations.nested import inner_marks
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
from kg.nlp.speakers import inscribed, named_in_full, speaker_from_phrase, subject_before
from kg.nlp.text import scope_of, sentence_of, words

_OPEN = "“"
_CLOSE = "”"




def find_marks(doc: Document) -> list[tuple[Span, Span]]:
    """(span with marks, content) of every quoted passage in the prose, in text order."""
    text = doc.text
    spans = doc.prose_spans()
    out: list[tuple[Span, Span]] = []
    open_at: int | None = None
    for i, para in enumerate(spans):
        straight_open: int | None = None
        for at in range(para.begin, para.end):
            ch = text[at]
            if ch == _OPEN:
                if open_at is None or text[open_at] != _OPEN or not _continues(text, spans, i, open_at):
                    open_at = at
            elif ch == _CLOSE and open_at is not None:
                out.append((Span(open_at, at + 1), Span(open_at + 1, at)))
                open_at = None
            elif ch == '"':
                if straight_open is None:
                    straight_open = at
                else:
                    out.append((Span(straight_open, at + 1), Span(straight_open + 1, at)))
                    straight_open = None
        # An unclosed quotation continues only if the next paragraph reopens it.
        if open_at is not None and not (i + 1 < len(spans) and text[spans[i + 1].begin] == _OPEN
                                        and spans[i + 1].begin - para.end <= 4):
            open_at = None
    single = _said_in_single_marks(doc, out)
    return sorted(out + single, key=lambda m: m[0].begin) if single else out


@cuedata.cached
def _single_marks_after_speech() -> re.Pattern[str]:
    """A verb of saying, a comma or colon, then words in single marks closed after a stop: the
    pattern `_said_in_single_marks` reads, built once from the data (not per document)."""
    openers = "".join(re.escape(c) for c in cuedata.words("quotes", "nested_openers"))
    closers = "".join(re.escape(c) for c in cuedata.words("quotes", "nested_closers"))
    speech = cuedata.phrase_pattern(cuedata.words("quotes", "speech_verbs"))
    return re.compile(rf"(?<![\w’'])(?:{speech})\s*[,:]\s*(?P<mark>[{openers}])(?=\w)"
                      rf"(?P<content>[^“”\"\n]+?[.,!?…])[{closers}](?!\w)", re.I)


def _said_in_single_marks(doc: Document, found: list[tuple[Span, Span]]) -> list[tuple[Span, Span]]:
    """Words in single marks outside any double ones that a verb of saying and a comma or colon
    introduce, closed after a stop ("Ana Ruiz, a cook, said, ‘We had a day to pack.’"):
    a page that prints a quotation so. A single mark is also an apostrophe, so only this shape
    counts (quotes.toml `nested_openers`/`nested_closers`); a term in single marks stays text."""
    text = doc.text
    rx = _single_marks_after_speech()
    out: list[tuple[Span, Span]] = []
    for para in doc.prose_spans():
        for m in rx.finditer(text, para.begin, para.end):
            mark = Span(m.start("mark"), m.end())
            if not any(o.begin <= mark.begin < o.end for o, _c in found):
                out.append((mark, Span(m.start("content"), m.end("content"))))
    return out


def _continues(text: str, spans: list[Span], i: int, open_at: int) -> bool:
    """A “ at the start of paragraph i continues a quotation left open in paragraph i-1."""
    return i > 0 and open_at < spans[i].begin and text[spans[i].begin] == _OPEN


def _is_term(doc: Document, content: Span, mark: Span, sentence: Span) -> bool:
    said = content.of(doc.text).strip()
    n = len(words(said))
    if n > cuedata.load("quotes")["term_max_words"]:
        return False
    if said[:1].isupper() and said.rstrip("”’\"").endswith((".", "!", "?")):
        whole = doc.text[sentence.begin:sentence.end].strip().rstrip("0123456789")
        if _finite(said) or len(mark) >= 0.8 * len(whole):
            return False  # “We will win.”, “Nothing less.” alone: a short sentence, not a term
    if said.rstrip("”’\"")[-1:] in ("?", "!", ",") and _said_right_after(doc.text[mark.end:sentence.end]):
        return False  # “Fair for who?” asked Ana Ruiz. / “No,” she said.
    before = doc.text[sentence.begin:mark.begin]
    if said[:1].isupper() and colon_speaker(doc, sentence, mark, doc.annotations.works)[0]:
        return False  # Ana Ruiz’s answer was simple: “No.”
    if _reported_verb_phrase(said, before):
        return False  # X says the bill will “save or create” jobs: X's words, not a label
    if _reported_predicate(said, before, doc.text[mark.end:sentence.end]):
        return False  # X says the rule “protects the public.”: X's words, not a label
    return not re.search(r"[,:]\s*$", before) or not patterns()["before"].search(before)


def _reported_verb_phrase(said: str, before: str) -> bool:
    """Whether a few quoted words are a verb phrase someone is reported to have said: a verb of
    saying earlier in the sentence, and two or more words that open with an auxiliary or modal
    ("“cannot afford”") or follow one ("will “save or create”"). Scare quotes name things ("the “long
    war”", "the “party of God”"), so noun phrases stay terms."""
    finite = agents.lowered("claims", "reported", "finite_verbs") | {"to"}
    first = re.match(r"[\w’']+", said)
    prev = re.search(r"([\w’']+)\s*$", before)
    verb_phrase = (first is not None and first.group().lower() in finite) or \
        (prev is not None and prev.group(1).lower() in finite)
    if not verb_phrase or len(words(said)) < 2:
        return False  # one word (“streamlined”) is a label held up to the light
    reporting = patterns()["speech"].search(before)
    return reporting is not None


def _reported_predicate(said: str, before: str, tail: str) -> bool:
    """Whether a few quoted words are the predicate of a clause someone is reported to say: a
    verb of saying, perhaps "that", a subject opened by a determiner ("the fee", "its new
    rule"; no possessive, no preposition or second determiner in it), then the quoted words,
    two or more, opening with a verb in the present's -s or the past's -ed ("The agency says the
    rule “protects the public.”") and closing the sentence. A noun phrase in scare quotes follows a
    determiner or a preposition, not a whole subject, and stays a term ("says the “long war”")."""
    if len(words(said)) < 2:
        return False
    first = re.match(r"[a-z][\w’']*", said)
    if first is None or not _verb_form(first.group()):
        return False
    if tail.strip(" \t.,;!?”’\"0123456789"):
        return False  # words after it: a name's modifier ("the new “workers rights” law")
    if patterns()["participle_pronoun"].search(before):
        return True  # "…, saying he “followed procedure.”": the pronoun is the subject
    m = patterns()["reported_subject"].search(before)
    if m is None:
        return False
    subject = m.group("np").split()
    # "says the city backed the “jobs agenda.”": a verb's object, not a subject, ends there
    small = {w.lower() for key in ("prepositions", "determiners") for w in cuedata.words("agents", key)}
    return not any(w.lower() in small for w in subject) and not re.search(r"[’']s?$", subject[-1])


def _verb_form(word: str) -> bool:
    """Whether a lower-case word reads as a finite verb: an auxiliary or modal (claims.toml
    `finite_verbs`), a present tense in -s ("encourages", not "class" or "status") or a past
    tense in -ed (not one of `not_verbs_ed`)."""
    w = word.lower()
    if w in {v.lower() for v in cuedata.words("claims", "reported", "finite_verbs")}:
        return True
    if w.endswith("ed"):
        return w not in {v.lower() for v in cuedata.words("claims", "reported", "not_verbs_ed")}
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics"))


def _said_right_after(after: str) -> bool:
    """Whether a verb of saying and its speaker follow a closing mark ("asked Ana Ruiz",
    "she said"): a name (capitalised) or a pronoun, not any words before a verb."""
    rx = patterns()
    m = rx["after_verb_who"].match(after) or rx["after_who_verb"].match(after)
    if m is None:
        return False
    who = m.group("who").strip()
    pronouns = {w.lower() for key in ("writer", "person", "group") for w in cuedata.words("agents", key)}
    return who[:1].isupper() or who.lower() in pronouns


def _finite(text: str) -> bool:
    from kg.nlp.claims.reported import finite_clause

    return finite_clause(text)


def _last_document(doc: Document, works: list[Work], before: int) -> Work | None:
    """A document (not a book or periodical issue) named in the same section before offset."""
    # The same section or the one before it ("our 2006 convention document" closes a section,
    # "“…,” we said" opens the next).
    at = next((i for i, s in enumerate(doc.sections) if s.span.begin <= before < s.span.end), None)
    floor = doc.sections[max(at - 1, 0)].span.begin if at is not None else 0
    cands = [w for w in works if w.kind == "resolution"]
    return agents.last_work(doc, cands, before, floor)


def attribute(doc: Document, q: Quotation, works: list[Work], citations: list[Citation]) -> None:
    """Fill q.speakers, q.work and q.citation."""
    text = doc.text
    verb_begin = q.span.begin
    rx = patterns()
    scope = scope_of(doc, q.span.begin)
    sentence = q.sentence
    content = q.content.of(text).rstrip()
    speakers: list[Agent] = []
    work: Work | None = None
    who_span: Span | None = None
    verb_who = None
    appositive: Agent | None = None  # a name after a role that the entities stage typed no agent
    # 1. after the quotation
    after = text[q.span.end:min(sentence.end + 1, len(text))]
    # a quotation that ends with one it holds ("“… she said, ‘We can do it,’” recalled Ana
    # Ruiz") ends with the inner quotation's comma, inside its closing single mark
    ending = content.rstrip("’'\"").rstrip()
    if ending[-1:] in ",!?…" or ending.endswith("..."):
        m = rx["after_verb_who"].match(after) or rx["after_who_verb"].match(after)
        if m:
            verb_who = m
            who_span = Span(q.span.end + m.start("who"), q.span.end + m.end("who"))
            verb_begin = q.span.end + m.start("verb")
            who_span = whole_name(doc, who_span)  # "said Tessa P. Dorrow," (not "Tessa P")
            if m.re is rx["after_verb_who"]:
                who_span, appositive = name_after_role(doc, who_span)
        elif found := person_before_verb(doc, q.span.end, after):
            verb_who, who_span = found  # "“…,” Tessa P. Dorrow said."
            verb_begin = q.span.end + verb_who.start("verb")
        elif found := named_after_description(doc, q.span.end, after):
            verb_who, who_span = found  # "“…,” a checker … named Ana Ruiz told us."
            verb_begin = q.span.end + verb_who.start("verb")
        elif m := rx["after_appositive_verb"].match(after):
            # the name before its apposition speaks, not a company named inside it
            verb_who = m
            verb_begin = q.span.end + m.start("verb")
            who_span = subject_before(doc, Span(q.span.end, verb_begin), verb_begin)
        elif m := name_before_clause(after):
            verb_who = m
            who_span = Span(q.span.end + m.start("who"), q.span.end + m.end("who"))
            verb_begin = q.span.end + m.start("verb")
        elif found := person_after_verb(doc, q.span.end, after):
            verb_who, who_span = found
            verb_begin = q.span.end + verb_who.start("verb")
    # 2. before it, in its sentence
    if verb_who is None:
        seg_from = sentence.begin
        for other in doc.annotations.quotations:
            if sentence.begin <= other.span.end <= q.span.begin and other is not q:
                seg_from = max(seg_from, other.span.end)
        before = text[seg_from:q.span.begin]
        m = rx["before"].search(before)
        quoted = rx["quotes_who"].search(before)
        if quoted:
            who_span = Span(seg_from + quoted.start("who"), seg_from + quoted.end("who"))
            verb_begin = seg_from + quoted.start()
        elif m:
            verb_begin = seg_from + m.start("verb")
            who_span = subject_before(doc, Span(seg_from, q.span.begin), verb_begin)
            if not who_span.of(text).strip() and seg_from > sentence.begin:
                who_span = None
    source = quoted_source(doc, q.span.end + verb_who.end(), sentence) if verb_who is not None else None
    if source is not None:
        who_span = source  # "“…,” she said, quoting a text from an uncle": the uncle's words
    # "Our banner will say “…”": a thing carries the words, nobody speaks them (kept to the end,
    # so that no later rule gives them to the possessor or a person named nearby)
    slogan = source is None and who_span is not None and inscribed(doc, who_span)
    if appositive is not None:
        speakers = [appositive]  # "“…,” said his wife, Florence.": Florence, whatever else the name is
    elif slogan:
        pass
    elif who_span is not None and who_span.of(text).strip():
        speakers, work, who_span = speaker_from_phrase(doc, who_span, works, scope)
        if source is not None and not speakers and work is None:
            # described at more length than an agent's description: still not the reader's words
            speakers, who_span = [Agent("unidentified", " ".join(source.of(text).split()[:7]))], source
        word = who_span.of(text).strip().lower() if who_span else ""
        verb = text[verb_begin:verb_begin + 20].lower()
        doc_verbs = cuedata.words("quotes", "document_verbs")
        if word in ("we", "us") and work is None and any(verb.startswith(v) for v in doc_verbs):
            work = _last_document(doc, works, q.span.begin)
    # 2'. "According to Ana Ruiz, a steward, “…”": the agent named first after the phrase
    if who_span is None and not speakers:
        m = rx["attributed_before"].search(text, sentence.begin, q.span.begin)
        if m:
            phrase = Span(m.start("who"), m.end("who"))
            heads = [h for h in agents.head_mentions(doc, phrase) if agents.is_agentive(doc, h.entity)]
            who_span = heads[0].span if heads else phrase
            speakers, work, who_span = speaker_from_phrase(doc, who_span, works, scope)
    # 2a. introduced by a colon with no verb of saying: "He gave it back with a note: “…”"
    if who_span is None and not speakers:
        speakers, who_span = colon_speaker(doc, sentence, q.span, works)
    # 2b. inside a reported clause: "The authors contend that Jews, “…,” are ..."
    if not speakers and work is None:
        rep = patterns()["reported"].search(text, sentence.begin, q.span.begin)
        if rep:
            subj = subject_before(doc, Span(sentence.begin, q.span.begin), rep.start("verb"))
            if subj.of(text).strip():
                speakers, work, who_span = speaker_from_phrase(doc, subj, works, scope)
    # 3. a footnote marker right after it, whose note cites a work
    marker = next((mk for mk in doc.markers if 0 <= mk.span.begin - q.span.end <= 1), None)
    if marker is not None and work is None:
        note = next(n for n in doc.notes if n.marker is marker)
        cited = [c for c in citations if note.text.contains(c.span)]
        by_key = {w.key: w for w in works}
        cited = [c for c in cited if c.work in by_key and by_key[c.work].kind != "issue"]
        if cited:
            work = by_key[cited[0].work]
            q.citation = cited[0]  # the note's reference, with its locator
            if q.citation.intent == "cites":
                q.citation.intent = "includesQuotationFrom"
            if not speakers:
                speakers = list(work.authors)
    # 4. a parenthetical reference right after it
    paren = re.match(r"[\s\d]*\(", text[q.span.end:sentence.end])
    if paren:
        at = q.span.end + paren.end()
        cit = next((c for c in citations if at <= c.span.begin <= at + 5), None)
        if cit is not None:
            q.citation = cit
            cit.intent = "includesQuotationFrom"
            cw = next((w for w in works if w.key == cit.work), None)
            if cw is not None:
                work = cw
                if not speakers:
                    speakers = list(cw.authors)
    if work is not None and q.citation is None:
        q.citation = next((c for c in citations if c.work == work.key), None)
        if q.citation is not None and q.citation.intent == "cites":
            q.citation.intent = "includesQuotationFrom"
    # 5. the same words quoted earlier with a source ("That bourgeois Arab regimes “have carried
    # out massive massacres …”" re-quotes the recipient's remark)
    if not speakers and work is None:
        for other in doc.annotations.quotations:
            if other is q or other.span.begin >= q.span.begin or not other.speakers:
                continue
            if content.strip(" ,.") and content.strip(" ,.") in other.content.of(text):
                speakers, who_span = list(other.speakers), other.speaker_span
                break
    # 5a. "… recalls a guard, Ana Ruiz, who taught him “that …”": the name the relative follows
    if not speakers and work is None and content[:1].islower():
        found, span = _relative_teller(doc, sentence, q.span)
        if found:
            speakers, who_span = found, span
    # 5b. a fragment woven into the writer's sentence after a verb of saying, when nothing
    # else gave a source: "X described the strike as part of “a fight that …”", "X told the
    # Militant he “never thought …”". Only a named agent: a phrase that names nobody ("a fact
    # underlined in the report") is no speaker.
    if not speakers and work is None and content[:1].islower():
        verbs = list(rx["verb"].finditer(text, sentence.begin, q.span.begin))
        if verbs and not re.search(r"[“”\"]", text[verbs[-1].start():q.span.begin]):
            subj = subject_before(doc, Span(sentence.begin, q.span.begin), verbs[-1].start())
            if subj.of(text).strip():
                found, _w, span = speaker_from_phrase(doc, subj, works, scope)
                if found and all(a.kind == "entity" for a in found):
                    speakers, who_span = found, span
    # 5c. a predicate reported in a participle phrase: "The officers’ association defended him,
    # saying he “followed procedure.”": the clause's subject speaks
    if not speakers and work is None and content[:1].islower():
        found, span = _participle_subject(doc, sentence, q.span, works, scope)
        if found:
            speakers, who_span = found, span
    # 6. a quotation standing alone as the next sentence after an attributed one, in the same
    # paragraph, continues it ("“…,” said Kim Jin-ho, a locomotive engineer. “We will stay out …”"),
    # also over one or two sentences between that go on about that speaker (`_about_speaker`:
    # "“…,” said Ana Ruiz, a cutter. She has worked the line for ten years. “…”")
    if not speakers and work is None and scope is not None:
        alone = len(q.span) >= 0.8 * len(_strip(sentence.of(text)))
        prev = [o for o in doc.annotations.quotations if o.kind == "quotation" and o.speakers
                and scope.begin <= o.span.end <= q.span.begin]
        if alone and prev and not re.search(r"[“\"]", text[prev[-1].span.end:q.span.begin]) \
                and prev[-1].sentence.end <= sentence.begin:
            between = [s for s in doc.annotations.sentences
                       if prev[-1].sentence.end <= s.span.begin < sentence.begin]
            if len(between) <= 2 and all(_about_speaker(doc, s.span, prev[-1]) for s in between):
                speakers, who_span = list(prev[-1].speakers), prev[-1].speaker_span
    # 6b. the second part of an interrupted quotation, its attribution between the parts:
    # "“…,” Ana Ruiz said, adding, “…”", "“…,” explained Ana Ruiz, who drives a truck, “and …”"
    if not speakers and work is None:
        prev = [o for o in doc.annotations.quotations if o.kind == "quotation" and o.speakers
                and o.speaker_span is not None and sentence.begin <= o.span.begin
                and o.span.end <= o.speaker_span.begin and o.speaker_span.end <= q.span.begin]
        if prev and not re.search(r"[“”\"]", text[prev[-1].span.end:q.span.begin]):
            speakers, who_span = list(prev[-1].speakers), prev[-1].speaker_span
    # 7. the sentence before or after it, or the previous paragraph's quotation (kg.nlp.quotations.context)
    if not speakers and work is None:
        speakers, who_span = speaker_nearby(doc, q, works)
    if slogan:
        speakers, who_span = [], None
    q.speakers = list(dict.fromkeys(named_in_full(doc, a) for a in speakers))
    q.speaker_span = who_span if speakers else None
    q.work = work.key if work else None


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
    # a title before the name ("Judge Ruiz …": the entities stage names the person by the
    # surname after it, kg.nlp.entities.mentions `_title_before_surname`) is no other subject
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
    if re.search(r"[“”\"]", sentence.of(text)) \
            or patterns()["speech"].search(text, sentence.begin, sentence.end):
        return False
    if len(prev.speakers) != 1 or prev.speakers[0].kind != "entity":
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


def annotate(doc: Document) -> Document:
    """Fill doc.annotations.quotations (run kg.nlp.quotations.citations first for sources)."""
    works = doc.annotations.works
    citations = doc.annotations.citations
    quotations: list[Quotation] = []
    for mark, content in find_marks(doc):
        sentence = sentence_of(doc, mark.begin) or sentence_of(doc, content.begin) or mark
        kind = "term" if _is_term(doc, content, mark, sentence) else "quotation"
        if any(content.contains(s) and len(content) - len(s) <= 2 for w in works for s in w.spans):
            kind = "title"  # a work's title in quotation marks: see doc.annotations.works
        quotations.append(Quotation(span=mark, content=content, sentence=sentence, kind=kind))
    doc.annotations.quotations = quotations
    for q in quotations:
        if q.kind == "quotation":
            attribute(doc, q, works, citations)
    inner = [i for q in quotations if q.kind == "quotation" for i in _passed_on(doc, q, works, citations)]
    titled = headline_quotation(doc)  # an interview's or a talk's words over it
    if inner or titled:
        doc.annotations.quotations = sorted(quotations + inner + ([titled] if titled else []),
                                            key=lambda q: q.span.begin)
    return doc


def _passed_on(doc: Document, outer: Quotation, works: list[Work],
               citations: list[Citation]) -> list[Quotation]:
    """The quotations in single marks inside `outer` that a verb of saying introduces ("… Ana
    was the one who said, ‘We are staying.’”"), attributed by the same rules, read inside the
    outer quotation only (kg.nlp.quotations.nested). Found after every outer quotation has its
    speaker, so that none of the rules carrying a speaker on to the next quotation takes an
    inner one for the last quotation of a paragraph. A first person there ("we told them, ‘…’")
    is the outer quotation's speaker, not the writer; a "she" is someone named inside the outer
    quotation before it, or nobody (a speaker does not call herself "she"); and a speaker the
    rules found only outside the outer marks is nobody (the outer speaker passes on someone
    else's words)."""
    text = doc.text
    out: list[Quotation] = []
    writer_words = agents.lowered("agents", "writer")
    person_words = agents.lowered("agents", "person")
    for mark, content in inner_marks(text, outer.content):
        sentence = sentence_of(doc, mark.begin) or mark
        sentence = Span(max(sentence.begin, outer.content.begin), min(sentence.end, outer.content.end))
        floor = max([sentence.begin] + [o.span.end for o in out])
        if not patterns()["before"].search(text[floor:mark.begin]):
            continue
        q = Quotation(span=mark, content=content, sentence=sentence)
        attribute(doc, q, works, citations)
        word = q.speaker_span.of(text).strip().lower() if q.speaker_span is not None else ""
        if word in writer_words:
            q.speakers, q.speaker_span = list(outer.speakers), outer.speaker_span if outer.speakers else None
        elif word in person_words:
            # "… She told them, ‘…’”: in the speaker's mouth "she" is someone else, named in the
            # quotation before it or nobody, never the speaker named outside the marks
            m = agents.previous_mention(doc, q.speaker_span.begin, persons=True, floor=outer.content.begin)
            q.speakers = [agents.entity_agent(doc, m.entity)] if m is not None else []
            q.speaker_span = q.speaker_span if m is not None else None
        elif q.speakers and (q.speaker_span is None or not outer.content.contains(q.speaker_span)):
            # "“A retired driver brought coffee and told us, ‘…’”": no subject read back from the verb, and
            # the rules that look around a quotation found someone outside the outer marks (its
            # speaker, most often); words passed on are someone's the speaker names inside, so
            # the inner quotation has nobody
            q.speakers, q.speaker_span = [], None
        out.append(q)
    return out
