"""Quotations: text in quotation marks, attributed to its speaker or source.

A passage in “…” (or "…", across paragraphs when the next paragraph reopens with “) is a
quotation unless it is a term in scare quotes (a few words, not introduced by a verb of
saying). Its source is found by the rules of kg.nlp.quotations.speakerrules `QUOTE_RULES`, in
order, until one gives a speaker or a work (`attribute`; each rule reads one
kg.nlp.quotations.attribution `Attribution`):
1. a verb of saying after it: "“…,” we said", "“…,” Trotsky wrote, “…”", "“…,” said X"
   (the readers of the name after the mark: kg.nlp.quotations.saying);
2. a verb of saying before it in its sentence: "Lenin emphasized “…”", "he described, “…”",
   "you said something to the effect that “…”" (the subject is read back from the verb); then an
   attributing phrase ("According to X, “…”"), a colon, a reported clause;
3. a footnote marker right after it whose note names a work ("…state.”7" -> the resolution);
4. a reference in parentheses right after it ("(LCW, vol. 31, p. 242.)"), parsed by
   kg.nlp.quotations.citations, which also gives the author when no speaker was found;
5. the same words quoted earlier, the attributed quotation just before it, and then the
   sentences and paragraph around it (kg.nlp.quotations.context).
3 and 4 give the work and its citation whatever gave the speaker (`_cited_work`, after the
rules); when either names the work, the rules of 5 do not run. "We said" / "we pointed out"
next to a document named shortly before ("our 2006 convention document") quotes that document.
A quotation in single marks inside one, introduced by a verb of saying, is read last
(kg.nlp.quotations.nested). Words are in kg/data/nlp/quotes.toml. `KG_TRACE_QUOTES=1` logs
(logger "kg.nlp.quotations.quotes", DEBUG) which rules attributed each quotation.
"""

from __future__ import annotations

import logging
import re

from kg.annotations import Citation, Mention, Quotation, Work
from kg.model import Document, Span
from kg.nlp import agents, cuedata
from kg.nlp.genders import contradicts
from kg.nlp.namemarks import outside_names
from kg.nlp.quotations import speakerrules
from kg.nlp.quotations.attribution import Attribution
from kg.nlp.quotations.context import colon_speaker
from kg.nlp.quotations.headline import deck_quotation, headline_quotation
from kg.nlp.quotations.nested import inner_marks
from kg.nlp.quotations.patterns import patterns
from kg.nlp.speakers import named_in_full
from kg.nlp.text import sentence_of, words

log = logging.getLogger("kg.nlp.quotations.quotes")

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
        return _named_charge(doc.text[sentence.begin:mark.begin], said, n)
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


@cuedata.cached
def _charge_before() -> re.Pattern:
    """The words of a charge right before a quoted phrase ("charges of", "charged with")."""
    frames = cuedata.phrase_pattern(cuedata.words("quotes", "charge_frames"))
    return re.compile(rf"(?<![\w’'-])(?:{frames})(?:\s+[\w’'-]+){{0,4}}?\s+(?:and\s+)?(?:of|with)?\s*$",
                      re.IGNORECASE)


def _named_charge(before: str, said: str, n: int) -> bool:
    """A longer phrase in quotation marks, in lower case and with no finite verb, right after the
    words of a charge names the charge ("faces charges of desertion and of “conduct
    prejudicial to good order”", "charged with “providing material support to terrorists”"): a
    term, no one's words (quotes.toml `charge_frames`, `charge_term_max_words`; a set BU page)."""
    return n <= cuedata.load("quotes")["charge_term_max_words"] and said[:1].islower() \
        and _charge_before().search(before) is not None and not _finite(said)


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
    "she said", "Ana Ruiz, 58, told"; an age or an apposition may stand between the name and
    the verb): a name (capitalised) or a pronoun, not any words before a verb."""
    rx = patterns()
    m = (rx["after_verb_who"].match(after) or rx["after_who_verb"].match(after)
         or rx["after_appositive_verb"].match(after))
    if m is None:
        return False
    who = m.group("who").strip()
    pronouns = {w.lower() for key in ("writer", "person", "group") for w in cuedata.words("agents", key)}
    return who[:1].isupper() or who.lower() in pronouns


def _finite(text: str) -> bool:
    from kg.nlp.claims.reported import finite_clause

    return finite_clause(text)


def attribute(doc: Document, q: Quotation, works: list[Work], citations: list[Citation]) -> None:
    """Fill q.speakers, q.speaker_span, q.work and q.citation: the rules of
    kg.nlp.quotations.speakerrules `QUOTE_RULES` in order until one settles the speaker, then
    the work and citation of a footnote or reference right after the quotation (`_cited_work`).
    A thing that carries the words (a banner's slogan, `said_phrase`) leaves them with no
    speaker whatever a later rule found."""
    a = Attribution(doc, q, works, citations)
    answered: list[str] = []
    for rule in speakerrules.QUOTE_RULES:
        if a.settled:
            break
        if a.trace:
            state = a.state()
            rule(a)
            if a.state() != state:
                answered.append(rule.__name__)
        else:
            rule(a)
    _cited_work(a)
    if a.slogan:
        a.speakers, a.who_span = [], None
    q.speakers = list(dict.fromkeys(named_in_full(doc, x) for x in a.speakers))
    q.speaker_span = a.who_span if a.speakers else None
    q.work = a.work.key if a.work else None
    if a.trace:
        log.debug("quotes: %s gave %r %s%s", "+".join(answered) or "no rule", a.content[:40],
                  [x.key for x in q.speakers], f" work {q.work}" if q.work else "")


def _cited_work(a: Attribution) -> None:
    """The work the quotation is quoted from, its citation and, when no rule gave a speaker, its
    authors: a footnote marker right after it whose note cites a work ("…state.”7" -> the
    resolution; only when no rule gave a work), then a reference in parentheses right after it
    ("(LCW, vol. 31, p. 242.)"), then, for a work a rule gave, the document's first citation of
    it. Either one gives the work and its locator even when a rule gave the speaker; the rules
    that look around the quotation do not run when one of them names the work
    (`Attribution.cites_work`)."""
    q = a.q
    if a.work is None and a.footnote is not None:
        q.citation, a.work = a.footnote  # the note's reference, with its locator
        if q.citation.intent == "cites":
            q.citation.intent = "includesQuotationFrom"
        if not a.speakers:
            a.speakers = list(a.work.authors)
    if a.reference is not None:
        q.citation = a.reference
        q.citation.intent = "includesQuotationFrom"
        if a.reference_work is not None:
            a.work = a.reference_work
            if not a.speakers:
                a.speakers = list(a.work.authors)
    if a.work is not None and q.citation is None:
        q.citation = next((c for c in a.citations if c.work == a.work.key), None)
        if q.citation is not None and q.citation.intent == "cites":
            q.citation.intent = "includesQuotationFrom"


def annotate(doc: Document) -> Document:
    """Fill doc.annotations.quotations (run kg.nlp.quotations.citations first for sources)."""
    works = doc.annotations.works
    citations = doc.annotations.citations
    quotations: list[Quotation] = []
    for mark, content in outside_names(doc, find_marks(doc)):  # a nickname is no quotation
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
    titled = [q for q in (headline_quotation(doc),  # an interview's or a talk's words over it
                          deck_quotation(doc)) if q is not None]  # a body quotation lifted
    if inner or titled:
        doc.annotations.quotations = sorted(quotations + inner + titled,
                                            key=lambda q: q.span.begin)
    return doc


def _named_before_outer(doc: Document, outer: Quotation, pronoun: str) -> Mention | None:
    """A "she" or "he" opening the outer quotation and the words it passes on, whom the outer
    quotation names nobody for ("Ana Ruiz led the classes. “She used to lend us a pamphlet and
    tell us, ‘Find the part you disagree with,’” said Tom Lee."; after a sentence of the outer
    quotation, "“My mother worked there. She told the boss, ‘…’”", the pronoun is someone the
    speaker speaks of, and stays nobody): the one person the text names before the outer
    quotation in its paragraph (else, when it names nobody there, in the paragraph before),
    outside quotation marks, whom the pronoun fits (kg.nlp.genders) and who is not the outer
    quotation's speaker (a speaker does not call himself "he"). Two such people there leave the
    words with nobody, as before: the pronoun could be either. A memorial meeting's speakers
    retell the dead one's words so; the inner quotations had nobody (set EH, 2026-12-07,
    rdr46)."""
    spans = doc.prose_spans()
    at = next((i for i, p in enumerate(spans) if p.begin <= outer.span.begin < p.end), None)
    if at is None:
        return None
    speakers = {a.key for a in outer.speakers}
    quoted = [q.span for q in doc.annotations.quotations if q.kind == "quotation"]
    persons = agents.person_kinds()
    for floor, before in ((spans[at].begin, outer.span.begin),
                          (spans[at - 1].begin, spans[at - 1].end) if at else (0, 0)):
        found: dict[str, Mention] = {}
        for m in doc.annotations.mentions:
            if not (floor <= m.span.begin and m.span.end <= before) \
                    or agents.kind_of(doc, m.entity) not in persons or agents.in_title(doc, m) \
                    or any(q.begin <= m.span.begin < q.end for q in quoted):
                continue
            key = agents.entity_agent(doc, m.entity).key
            ent = doc.annotations.entities.get(m.entity)
            if key in speakers or (ent is not None and contradicts(pronoun, ent.label)):
                continue
            found[key] = m
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _passed_on(doc: Document, outer: Quotation, works: list[Work],
               citations: list[Citation]) -> list[Quotation]:
    """The quotations in single marks inside `outer` that a verb of saying introduces ("… Ana
    was the one who said, ‘We are staying.’”"), attributed by the same rules, read inside the
    outer quotation only (kg.nlp.quotations.nested). Found after every outer quotation has its
    speaker, so that none of the rules carrying a speaker on to the next quotation takes an
    inner one for the last quotation of a paragraph. A first person there ("we told them, ‘…’")
    is the outer quotation's speaker, not the writer; a "she" or a "they" is someone named inside
    the outer quotation before it, or nobody (a speaker does not call herself "she"); a "she"
    named nowhere inside is the one the text named before the outer quotation, never its speaker
    (`_named_before_outer`); and a
    speaker the rules found only outside the outer marks is nobody (the outer speaker passes on
    someone else's words)."""
    text = doc.text
    out: list[Quotation] = []
    writer_words = agents.lowered("agents", "writer")
    person_words = agents.lowered("agents", "person")
    group_words = agents.lowered("agents", "group")
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
        elif word in person_words | group_words:
            # "… She told them, ‘…’”: in the speaker's mouth "she" is someone else, named in the
            # quotation before it or nobody, never the speaker named outside the marks; so is a
            # "they" ("… in court they say, ‘…’”), a body named in the quotation or nobody
            m = agents.previous_mention(doc, q.speaker_span.begin, persons=word in person_words,
                                        floor=outer.content.begin)
            if m is None and word in person_words and not doc.text[
                    outer.content.begin:q.speaker_span.begin].strip(" “\"‘'"):
                # the pronoun opens the outer quotation: its antecedent stands outside it
                m = _named_before_outer(doc, outer, word)
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
