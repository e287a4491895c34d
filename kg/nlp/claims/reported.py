"""Reported speech: a claim of the reported source, not of the writer.

Forms read, in this order (the first that yields a claim in a sentence wins):
1. "Or that …" right after a reported claim continues it (same source, same verdict);
2. "the claims by X that …", "X’s assertion that …" (a noun of claiming);
3. "According to X, …";
4. "X says/argues/pointed out (on Monday, in a statement) that …";
5. without "that": "X says/claims/argues/insists/contends CLAUSE", when a finite clause
   follows ("The bosses claim the bailout will protect jobs"; not "X says hello", not
   "claim the land", not "claim the land that was taken");
6. "X told the Militant (that) CLAUSE": the one told is a name or a word such as "reporters";
7. "…, as X explained, …" (the writer asserts it too);
8. a trailing attribution without quotation marks: "Washington’s policy has failed, she added.",
   "…, said X, a locomotive engineer.";
9. an inserted attribution: "The contract, the company says, will cut wages."
The source is the subject before the verb, resolved like a quotation's speaker (an entity
when a mention names the phrase's head, else an unidentified agent the phrase describes);
the writer's own "I think that …" is not reported speech. Words: kg/data/nlp/claims.toml
[reported] and kg/data/nlp/quotes.toml.

find() also says whether the sentence is only the report's frame ("The company claims that
…", "According to X, …"): then it is not also the writer's claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.annotations import Agent, Claim, Review
from kg.model import Document, Span
from kg.nlp import agents, cuedata
from kg.nlp.claims import reviews
from kg.nlp.claims.spans import Claims, claim_span, strip_end, without_markers, writer_voice
from kg.nlp.speakers import speaker_from_phrase, subject_before
from kg.nlp.text import scope_of, words


@dataclass
class Found:
    claims: list[Claim]
    frame: bool  # the sentence only frames the report: not also the writer's claim


def _words(key: str) -> list[str]:
    return cuedata.words("claims", "reported", key)


@cuedata.cached
def _rx() -> dict[str, re.Pattern]:
    speech = [v for v in cuedata.words("quotes", "speech_verbs") if v not in _words("not_assertions")]
    says = cuedata.phrase_pattern(speech)
    bare = cuedata.phrase_pattern(_words("bare_clause_verbs"))
    nouns = cuedata.phrase_pattern(_words("claim_nouns"))
    told = cuedata.phrase_pattern(_words("told_verbs"))
    between = cuedata.phrase_pattern(_words("verb_that_fillers"))
    told_objects = cuedata.phrase_pattern(_words("told_objects"))
    fillers = cuedata.phrase_pattern(cuedata.words("quotes", "speaker_fillers"))
    return {
        "that_clause": re.compile(rf"(?<![\w’'])(?P<verb>{says})(?:\s*\([^()]*\))?"
                                  rf"(?:\s*,?\s+(?:{between}),?)?\s+that\s+", re.I),
        "bare_clause": re.compile(rf"(?<![\w’'])(?P<verb>{bare})(?:\s*,)?\s+(?!that\b)(?=\S)"),
        "told": re.compile(rf"(?<![\w’'])(?P<verb>{told})\s+(?=\S)"),
        "told_object": re.compile(rf"(?:{told_objects})(?![\w’'])\s*,?\s*", re.I),
        "as_clause": re.compile(rf"(?:^|(?<=[\s,]))[Aa]s\s+(?P<who>[\w’' -]{{1,40}}?)\s+(?P<verb>{says})"
                                rf"(?P<rest>[^,;—]*)(?:[,;—]|$)"),
        "noun_claim": re.compile(rf"(?<![\w’'])(?:the|these|those|such|this|their|his|her|its|our|"
                                 rf"[A-Z][\w-]*[’']s)\s+(?:(?P<noun>{nouns})|(?:[\w-]+\s+){{1,2}}?(?P<noun2>{nouns})(?=\s+(?:by|of)\s))"
                                 rf"(?:\s+(?:by|of)\s+(?P<who>[^—,;:]+?))?"
                                 rf"\s*(?:—[^—]*—\s*)?,?\s*that\s+", re.I),
        "according": re.compile(r"(?<![\w’'])" + cuedata.phrase_pattern(_words("according_to"))
                                + r"\s+(?P<who>[^,]{1,60}),\s*", re.I),
        "continuation": re.compile(r"\s*" + cuedata.phrase_pattern(_words("continuations")) + r"\s+", re.I),
        # ", she added." / ", the company said." / ", said Kim Jin-ho, a locomotive engineer."
        "trailing_who_verb": re.compile(
            rf",\s+(?P<who>[^,;:“”()\[\]]{{1,50}}?)\s+(?:(?:{fillers})\s+)*(?P<verb>{says})"
            rf"(?:\s+(?:on|in|at|last|this)\s[^,;:“”]{{1,30}})?[\s.!]*\d*$"),
        "trailing_verb_who": re.compile(
            rf",\s+(?P<verb>{says})\s+(?P<who>[^,;:“”()\[\]]{{1,50}}?)(?:,[^;:“”]{{0,80}})?[\s.!]*\d*$"),
        # "The contract, the company says, will cut wages." / "…, says the company, …"
        "inserted_who_verb": re.compile(
            rf",\s+(?P<who>[^,;:“”()\[\]]{{1,50}}?)\s+(?:(?:{fillers})\s+)*(?P<verb>{says}),\s+(?=\S)"),
        "inserted_verb_who": re.compile(
            rf",\s+(?P<verb>{says})\s+(?P<who>[^,;:“”()\[\]]{{1,50}}?),\s+(?=\S)"),
        "subject_openers": re.compile(r"\W*(?:" + cuedata.phrase_pattern(_words("subject_openers"))
                                      + r")(?:\s*,)?\s+", re.I),
        "subordinators": re.compile(r"\W*" + cuedata.phrase_pattern(_words("subordinators"))
                                    + r"(?![\w’'])", re.I),
        "insertion": re.compile(r",\s*(?:which|who|whose|where|whom)\s[^,;:]{1,80},"),
        "label": re.compile(r"\s*(?:\(?\d{1,2}\)|\d{1,2}\.)\s+(?:that\s+)?"),
        "time_openers": re.compile(r"(?:" + cuedata.phrase_pattern(_words("clause_time_openers"))
                                   + r")(?:\s*,)?\s+", re.I),
    }


@cuedata.cached
def _lower(key: str, source: str = "claims") -> frozenset[str]:
    if source == "agents":
        return frozenset(w.lower() for w in cuedata.words("agents", key))
    return frozenset(w.lower() for w in _words(key))


def finite_clause(text: str) -> bool:
    """Whether text opens with a finite clause: a subject of a few words, then a finite verb
    (an auxiliary or modal, or a past tense in -ed that is not a participle modifying a noun:
    "the land owned by farmers"), before any relative word or punctuation."""
    text = _rx()["insertion"].sub(" ", text)  # "the plant, which was built in 1948, will stay open"
    seg = re.split(r"[;:—()“”\"]|,(?!\d)", text, maxsplit=1)[0]  # "8,000" is one number
    ws = words(seg)
    if not ws or ws[0].lower() in _lower("clause_not_openers"):
        return False
    finite = _lower("finite_verbs")
    relatives = _lower("relatives")
    dets = _lower("determiners", "agents")
    preps = _lower("prepositions", "agents")
    not_verbs = _lower("not_verbs_ed")
    limit = cuedata.load("claims")["reported"]["max_subject_words"]
    if len(ws) > 1 and ws[0].lower() in _lower("subject_pronouns") and ws[1].lower() not in (
            _lower("clause_not_openers") | agents.function_words() | relatives):
        return True  # "it wants peace": after a subject pronoun comes its verb
    for i, w in enumerate(ws[:limit + 1]):
        lw = w.lower()
        if i == 0:
            continue
        if lw in relatives:
            return False
        if lw in finite or lw.replace("’", "'") in finite:
            return True
        if (lw.endswith("ed") and len(lw) > 4 and lw not in not_verbs and w[:1].islower()
                and ws[i - 1].lower() not in dets and (i + 1 >= len(ws) or ws[i + 1].lower() not in preps)):
            return True
    return False


def subject(doc: Document, sentence: Span, verb_begin: int) -> Span | None:
    """The reporting verb's subject, without opening conjunctions ("But the bosses"); None
    when it is inside a subordinate clause ("While the bosses claim ...")."""
    text = doc.text
    subj = subject_before(doc, sentence, verb_begin)
    label = _rx()["label"].match(text, subj.begin, subj.end)  # "(1) that communist workers ..."
    if label:
        subj = Span(label.end(), subj.end)
    if not subj.of(text).strip():
        return None
    if _rx()["subordinators"].match(text, subj.begin, subj.end):
        return None
    m = _rx()["subject_openers"].match(text, subj.begin, subj.end)
    begin = m.end() if m else subj.begin
    words_in = words(text[begin:subj.end])
    if len(words_in) == 1 and words_in[0].lower() in _lower("expletive_subjects"):
        return None
    if not words_in or words_in[-1].lower() in _lower("noun_markers") or re.search(
            r"[’']s$", words_in[-1]):
        return None  # "Their claim is ...", "the company’s claims": a noun, not a verb
    return Span(begin, subj.end)


def _frames(doc: Document, sentence: Span, subject: Span) -> bool:
    """Whether the words before the subject leave the sentence a mere frame of the report
    ("Yes, Trotsky pointed out that ...", "In a statement, the company claimed ...")."""
    before = doc.text[sentence.begin:subject.begin].strip()
    return not before or before.endswith(",") or len(words(before)) <= 2


def _in_quotation(doc: Document, at: int) -> bool:
    return any(q.span.begin <= at < q.span.end for q in doc.annotations.quotations if q.kind == "quotation")


class _Reader:
    def __init__(self, doc: Document, cl: Claims, sentence: Span) -> None:
        self.doc, self.cl, self.sentence = doc, cl, sentence
        self.text = doc.text
        self.works = doc.annotations.works
        self.scope = scope_of(doc, sentence.begin)
        self.writer = agents.writers(doc)

    def speaker(self, subj: Span) -> tuple[list[Agent], str | None]:
        who, work, _ = speaker_from_phrase(self.doc, subj, self.works, self.scope)
        if not who and work is not None:
            who = list(work.authors)
        if not who or (self.writer and set(who) <= set(self.writer)):
            return [], None  # "I think that ..." is the writer's own claim
        return who, work.key if work else None

    def clause(self, begin: int, who: list[Agent], work: str | None = None,
               end: int | None = None) -> Claim | None:
        end = reviews.cut_at_verdict(self.doc, begin, self.sentence.end if end is None else end)
        return self.cl.add(claim_span(self.doc, begin, end), self.sentence, "reported", who, work=work)

    def review(self, claim: Claim | None, exclude: Span | None = None) -> None:
        if claim is not None and writer_voice(self.doc, self.sentence):
            reviews.review(self.doc, self.sentence, claim, exclude=exclude)

    def quoted_after(self, at: int) -> bool:
        """An attributed quotation in the rest of the sentence ("X said he had then explained,
        “…”"): the quotation's claim, not a reported one."""
        return any(at <= q.span.begin < self.sentence.end and q.speakers
                   for q in self.doc.annotations.quotations if q.kind == "quotation")

    # -- the forms -------------------------------------------------------------------------
    def continuation(self, prev: Claim) -> Found | None:
        cont = _rx()["continuation"].match(self.text, self.sentence.begin, self.sentence.end)
        if not cont or prev.voice != "reported":
            return None
        claim = self.clause(cont.end(), prev.authors, prev.work)
        if claim is None:
            return None
        self.review(claim)
        if claim.review is None and prev.review is not None:
            claim.review = Review(prev.review.rating, prev.review.cue, prev.review.author)
        return Found([claim], True)

    def noun_claims(self) -> Found | None:
        made = []
        for m in _rx()["noun_claim"].finditer(self.text, self.sentence.begin, self.sentence.end):
            who = [Agent("unidentified", "unnamed sources")]
            if m.group("who"):
                who = agents.resolve(self.doc, Span(m.start("who"), m.end("who")), works=self.works,
                                     scope=self.scope)
            claim = self.clause(m.end(), who)
            if claim is not None:
                self.review(claim)
                made.append(claim)
        if not made:
            return None
        # "Nothing could be further from the truth than the claims by X that ...": the verdict
        # is the sentence's whole point; "Workers reject the claim that ..." stays the writer's.
        return Found(made, any(c.review is not None and c.review.rating < 0 for c in made))

    def according(self) -> Found | None:
        made, frame = [], False
        for m in _rx()["according"].finditer(self.text, self.sentence.begin, self.sentence.end):
            who = agents.resolve(self.doc, Span(m.start("who"), m.end("who")), works=self.works,
                                 scope=self.scope)
            claim = self.clause(m.end(), who)
            if claim is not None:
                self.review(claim)
                made.append(claim)
                frame = frame or len(words(self.text[self.sentence.begin:m.start()])) <= 2
        return Found(made, frame) if made else None

    def verb_clauses(self, rx: re.Pattern, bare: bool) -> Found | None:
        made, frame = [], False
        for m in rx.finditer(self.text, self.sentence.begin, self.sentence.end):
            if bare and (_in_quotation(self.doc, m.start()) or self.quoted_after(m.end())
                         or not finite_clause(self.text[m.end():self.sentence.end])):
                continue
            subj = subject(self.doc, Span(self.sentence.begin, m.start("verb")), m.start("verb"))
            if subj is None:
                continue
            who, work = self.speaker(subj)
            if not who:
                continue
            begin = m.end()
            if bare:  # "Officials said Monday the plant will close"
                t = _rx()["time_openers"].match(self.text, begin, self.sentence.end)
                begin = t.end() if t else begin
            claim = self.clause(begin, who, work)
            if claim is not None:
                self.review(claim)
                made.append(claim)
                frame = frame or _frames(self.doc, self.sentence, subj)
        return Found(made, frame) if made else None

    def told(self) -> Found | None:
        """"X told the Militant the union’s demands are unrealistic": the one told is a name or
        a word of claims.toml told_objects; "that" may follow."""
        made, frame = [], False
        for m in _rx()["told"].finditer(self.text, self.sentence.begin, self.sentence.end):
            if _in_quotation(self.doc, m.start()) or self.quoted_after(m.end()):
                continue
            after = self._object_end(m.end())
            if after is None:
                continue
            that = re.match(r"that\s+", self.text[after:self.sentence.end])
            begin = after + (that.end() if that else 0)
            if not that and not finite_clause(self.text[begin:self.sentence.end]):
                continue
            subj = subject(self.doc, Span(self.sentence.begin, m.start("verb")), m.start("verb"))
            who, work = self.speaker(subj) if subj is not None else ([], None)
            if not who:
                continue
            claim = self.clause(begin, who, work)
            if claim is not None:
                self.review(claim)
                made.append(claim)
                frame = frame or _frames(self.doc, self.sentence, subj)
        return Found(made, frame) if made else None

    def _object_end(self, at: int) -> int | None:
        """Where the one told ends: after a mention or a told_objects phrase right at `at`."""
        obj = _rx()["told_object"].match(self.text, at, self.sentence.end)
        if obj:
            return obj.end()
        for men in self.doc.annotations.mentions:
            lead = self.text[at:men.span.begin]
            if men.span.begin >= at and re.fullmatch(r"(?:the\s+)?", lead):
                end = men.span.end
                while end < self.sentence.end and self.text[end] in " ,":
                    end += 1
                return end
        return None

    def as_clause(self) -> Found | None:
        for m in _rx()["as_clause"].finditer(self.text, self.sentence.begin, self.sentence.end):
            who = agents.resolve(self.doc, Span(m.start("who"), m.end("who")), works=self.works,
                                 scope=self.scope, unidentified=False)
            if not who or (self.writer and set(who) <= set(self.writer)):
                continue
            span = claim_span(self.doc, self.sentence.begin, self.sentence.end)
            head = self._words(Span(span.begin, max(span.begin, m.start()))).rstrip()
            tail = self._words(Span(min(m.end(), span.end), span.end))
            first = (words(tail) or [""])[0].lower()
            if m.group().rstrip().endswith(",") and first in _lower("finite_verbs"):
                head = head.rstrip(",")  # "Hezbollah, as you explained ..., is" -> "Hezbollah is"
            rest = re.sub(r"\s+", " ", re.sub(r"\s+,", ",", f"{head} {tail}")).strip()
            rest = rest[:1].upper() + rest[1:]
            claim = self.cl.add(span, self.sentence, "reported", who, text=strip_end(rest))
            if claim is None:
                return None
            self.review(claim, exclude=Span(m.start(), m.end()))
            return Found([claim], False)  # the writer asserts it too
        return None

    def inserted(self) -> Found | None:
        """"The contract, the company says, will cut wages.": the sentence without the inserted
        attribution is the speaker's claim, not the writer's."""
        if any(self.sentence.begin <= q.span.begin < self.sentence.end
               for q in self.doc.annotations.quotations if q.kind == "quotation"):
            return None
        for key in ("inserted_who_verb", "inserted_verb_who"):
            m = _rx()[key].search(self.text, self.sentence.begin, self.sentence.end)
            if m is None:
                continue
            who_span = Span(m.start("who"), m.end("who"))
            if not self._speaker_words(who_span):
                continue
            who, work = self.speaker(who_span)
            if not who:
                continue
            span = claim_span(self.doc, self.sentence.begin, self.sentence.end)
            head = self._words(Span(span.begin, m.start()))
            tail = self._words(Span(m.end(), span.end))
            if not finite_clause(f"{head} {tail}"):
                continue
            claim = self.cl.add(span, self.sentence, "reported", who, work=work,
                                text=strip_end(re.sub(r"\s+", " ", f"{head} {tail}").strip()))
            if claim is not None:
                self.review(claim, exclude=Span(m.start(), m.end()))
                return Found([claim], True)
        return None

    def _speaker_words(self, who_span: Span) -> bool:
        """Whether a phrase can name a speaker: a few words, not a subordinate clause or an
        infinitive ("…, said to be the oldest …")."""
        who = who_span.of(self.text)
        ws = words(who)
        return bool(ws) and len(ws) <= cuedata.load("claims")["reported"]["max_speaker_words"] \
            and ws[0].lower() not in _lower("clause_not_openers") - _lower("expletive_subjects") \
            and not _rx()["subordinators"].match(who)

    def _words(self, span: Span) -> str:
        return without_markers(self.doc, span) or span.of(self.text)

    def trailing(self) -> Found | None:
        """"Washington’s policy has failed for more than 50 years, she added." (no quotation)."""
        if any(self.sentence.begin <= q.span.begin < self.sentence.end
               for q in self.doc.annotations.quotations if q.kind == "quotation"):
            return None  # the quotation stage attributes "“…,” she said"
        for key in ("trailing_who_verb", "trailing_verb_who"):
            m = _rx()[key].search(self.text, self.sentence.begin, self.sentence.end)
            if m is None:
                continue
            who_span = Span(m.start("who"), m.end("who"))
            if not self._speaker_words(who_span):
                continue  # "…, said to be the oldest in the state."
            head = self.text[self.sentence.begin:m.start()]
            if _rx()["subordinators"].match(head) or not any(
                    finite_clause(seg) for seg in re.split(r"(?<=,)", head)):
                continue
            who, work = self.speaker(who_span)
            if not who:
                continue
            claim = self.clause(self.sentence.begin, who, work, end=m.start())
            if claim is not None:
                return Found([claim], True)
        return None


def find(doc: Document, cl: Claims, sentence: Span, prev: Claim | None) -> Found | None:
    """Reported speech in one sentence (prev: the reported claim of the sentence before)."""
    r = _Reader(doc, cl, sentence)
    rx = _rx()
    if prev is not None:
        found = r.continuation(prev)
        if found is not None:
            return found
    return (r.noun_claims() or r.according() or r.verb_clauses(rx["that_clause"], False)
            or r.verb_clauses(rx["bare_clause"], True) or r.told() or r.as_clause() or r.trailing()
            or r.inserted())
