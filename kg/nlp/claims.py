"""Claims: what the article asserts, who asserts it, and the writer's verdict on others' claims.

- Writer's claims: each assertive sentence of the body ("body" sections, the writer's voice;
  the editors' introduction and notes are not the writer's), minus greetings, thanks,
  asides about the letter, questions, imperatives and fragments (data/nlp/claims.toml).
- Quoted claims: each sentence of an attributed quotation, by its source; a quotation
  interrupted by its attribution ("“A,” Trotsky wrote, “B”") is one claim.
- Reported claims: "X says/argues/pointed out that …", "according to X, …", "the claims by X
  that …" (and "Or that …" after it), "…, as you explained, …".
- Reviews: a reported or quoted claim in a sentence that rejects it ("Nothing could be further
  from the truth", "a myth", "politically misleading") or endorses it ("as you explained")
  gets the writer's schema:ClaimReview, rating -1 or +1.
- Kinds: programmatic, predictive, factual, interpretive, by the cues in claims.toml.

annotate() is the pipeline's entry for issue 5: it runs citations, quotations, claims,
stances and facts, in that order, after sentences and entities.
"""

from __future__ import annotations

import re
from functools import cache

from kg.annotations import Agent, Claim, Quotation, Review, Work
from kg.model import Document, Span
from kg.nlp import agents, cuedata
from kg.nlp.text import scope_of, sentence_spans, words


@cache
def _rx() -> dict[str, re.Pattern]:
    c = cuedata.compiled
    speech = cuedata.phrase_pattern(cuedata.words("quotes", "speech_verbs"))
    nouns = cuedata.phrase_pattern(cuedata.words("claims", "reported", "claim_nouns"))
    return {
        "that_clause": re.compile(rf"(?<![\w’'])(?P<verb>{speech})(?:\s*\([^()]*\))?\s+that\s+", re.I),
        "as_clause": re.compile(rf"(?:^|(?<=[\s,]))[Aa]s\s+(?P<who>[\w’' -]{{1,40}}?)\s+(?P<verb>{speech})"
                                rf"(?P<rest>[^,;—]*)(?:[,;—]|$)"),
        "noun_claim": re.compile(rf"(?<![\w’'])(?:the|these|those|such|this|their|his|her|its|our|"
                                 rf"[A-Z][\w-]*[’']s)\s+(?:(?P<noun>{nouns})|(?:[\w-]+\s+){{1,2}}?(?P<noun2>{nouns})(?=\s+(?:by|of)\s))"
                                 rf"(?:\s+(?:by|of)\s+(?P<who>[^—,;:]+?))?"
                                 rf"\s*(?:—[^—]*—\s*)?,?\s*that\s+", re.I),
        "according": re.compile(r"(?<![\w’'])" + cuedata.phrase_pattern(
            cuedata.words("claims", "reported", "according_to")) + r"\s+(?P<who>[^,]{1,60}),\s*", re.I),
        "continuation": re.compile(r"\s*" + cuedata.phrase_pattern(
            cuedata.words("claims", "reported", "continuations")) + r"\s+", re.I),
        "rejects": c("claims", "reviews", "rejects"),
        "endorses": c("claims", "reviews", "endorses", flags=0),
        "endorses_ci": c("claims", "reviews", "endorses"),
        "neutral": c("claims", "reviews", "neutral"),
        "openers": re.compile(r"^\W*" + cuedata.phrase_pattern(
            cuedata.words("claims", "non_claim_openers")) + r"(?![\w’'])", re.I),
        "asides": c("claims", "aside_phrases"),
    }


def kind_of(text: str) -> str:
    """The claim's kind: the first of claims.toml [kinds].order whose cues occur, else interpretive."""
    for kind in cuedata.words("claims", "kinds", "order"):
        if cuedata.compiled("claims", "kinds", kind, "cues").search(text):
            return kind
    return "interpretive"


def is_assertive(text: str) -> bool:
    """Whether a sentence asserts something (see the module docstring)."""
    data = cuedata.load("claims")
    rx = _rx()
    ws = words(text)
    stripped = text.rstrip(" \t\n\"”’)0123456789")
    if len(ws) < data["min_words"] or stripped.endswith("?"):
        return False
    if stripped.endswith("!") and len(ws) < data["exclamation_max_words"]:
        return False
    if ws[0].lower() in data["fragment_openers"] and len(ws) < data["fragment_max_words"]:
        return False
    if rx["openers"].search(text) or rx["asides"].search(text):
        return False
    return True


def _clean_end(text: str, begin: int, end: int) -> int:
    """End of a claim without closing punctuation and glued footnote markers."""
    while end > begin and (text[end - 1] in " .;:,\n" or text[end - 1].isdigit()
                           and text[end - 2:end - 1] in (".", "”", ")")):
        end -= 1
    return end


def _span(text: str, begin: int, end: int) -> Span:
    while begin < end and (text[begin].isspace() or text[begin] in "“\"‘"):
        begin += 1
    return Span(begin, _clean_end(text, begin, end))


class _Claims:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.out: list[Claim] = []

    def add(self, span: Span, sentence: Span, voice: str, authors: list[Agent], *,
            work: str | None = None, text: str = "") -> Claim | None:
        if not authors or len(span) == 0 or len(words(text or span.of(self.doc.text))) < 2:
            return None
        claim = Claim(span=span, sentence=sentence, kind=kind_of(text or span.of(self.doc.text)),
                      voice=voice, authors=list(authors), mentions=agents.entity_keys(self.doc, span),
                      work=work, text=text)
        self.out.append(claim)
        return claim


def _writer_voice(doc: Document, sentence: Span) -> bool:
    section = next((s for s in doc.sections if s.span.begin <= sentence.begin < s.span.end), None)
    return section is not None and section.kind == "body"


def _review(doc: Document, sentence: Span, claim: Claim, exclude: Span | None = None) -> None:
    """The writer's verdict on claim, from cues in its sentence outside the claim's own words
    (or inside `exclude`, a part of the claim's span that is not its words: "as you explained")."""
    rx = _rx()
    text = doc.text
    if rx["neutral"].search(text, sentence.begin, sentence.end):
        return
    writer = agents.writers(doc)
    if not writer or writer[0] in claim.authors:
        own = True
    else:
        own = False

    def outside(m: re.Match) -> bool:
        inside_claim = claim.span.begin <= m.start() < claim.span.end
        return not inside_claim or (exclude is not None and exclude.begin <= m.start() < exclude.end)

    rej = [m for m in rx["rejects"].finditer(text, sentence.begin, sentence.end) if outside(m)
           or _in_dashes(text, claim.span, m.start())]
    if rej:
        by = writer[0] if writer else claim.authors[0]
        claim.review = Review(-1, Span(rej[0].start(), rej[0].end()), by)
        return
    if own:
        return
    end = [m for m in rx["endorses"].finditer(text, sentence.begin, sentence.end) if outside(m)] or [
        m for m in rx["endorses_ci"].finditer(text, sentence.begin, sentence.end) if outside(m)]
    if end and writer:
        claim.review = Review(1, Span(end[0].start(), end[0].end()), writer[0])


def _in_dashes(text: str, span: Span, at: int) -> bool:
    """A cue set off by dashes inside the claim ("the alleged universal belief—a myth—of ...")."""
    seg = text[span.begin:span.end]
    rel = at - span.begin
    return seg.rfind("—", 0, rel) >= 0 and seg.find("—", rel) >= 0


def _quoted(doc: Document, cl: _Claims, works: dict[str, Work]) -> set[int]:
    """Claims of attributed quotations; returns the sentences' begins they dominate."""
    text = doc.text
    share = cuedata.load("claims")["quoted_share"]
    quotes = [q for q in doc.annotations.quotations if q.kind == "quotation" and q.speakers]
    dominated: set[int] = set()
    i = 0
    while i < len(quotes):
        q = quotes[i]
        group = [q]
        while i + 1 < len(quotes) and _interrupted(text, group[-1], quotes[i + 1]):
            i += 1
            group.append(quotes[i])
        i += 1
        pieces = _sentence_pieces(doc, group[0]) if len(group) == 1 else [
            (Span(group[0].content.begin, group[-1].content.end), group[0].sentence,
             " ".join(text[g.content.begin:_clean_end(text, g.content.begin, g.content.end)]
                      for g in group))]
        for span, sentence, joined in pieces:
            claim = cl.add(span, sentence, "quoted", group[0].speakers, work=group[0].work,
                           text=joined if joined != span.of(text) else "")
            if claim is not None and _writer_voice(doc, sentence):
                _review(doc, sentence, claim, exclude=None)
    for s in doc.annotations.sentences:
        covered = sum(max(0, min(s.span.end, x.span.end) - max(s.span.begin, x.span.begin)) for x in quotes)
        if len(s.span) and covered / len(s.span) > share:
            dominated.add(s.span.begin)
    return dominated


def _interrupted(text: str, a: Quotation, b: Quotation) -> bool:
    """“A,” Trotsky wrote, “B”: b continues a after its attribution."""
    between = text[a.span.end:b.span.begin]
    return (a.sentence == b.sentence and a.speakers == b.speakers and len(between) <= 40
            and a.content.of(text).rstrip().endswith(",") and between.strip().endswith(","))


def _sentence_pieces(doc: Document, q: Quotation) -> list[tuple[Span, Span, str]]:
    """A quotation's content cut at sentence ends: (span, sentence, text)."""
    text = doc.text
    out = []
    for s in doc.annotations.sentences:
        b, e = max(s.span.begin, q.content.begin), min(s.span.end, q.content.end)
        if e > b:
            sp = _span(text, b, e)
            if len(sp):
                out.append((sp, s.span, sp.of(text)))
    return out or [(_span(text, q.content.begin, q.content.end), q.sentence, "")]


def _reported(doc: Document, cl: _Claims, sentence: Span, prev: Claim | None) -> Claim | None:
    """Reported speech in one sentence; returns the claim made (for "Or that …" after it)."""
    rx = _rx()
    text = doc.text
    works = doc.annotations.works
    scope = scope_of(doc, sentence.begin)
    writer = agents.writers(doc)
    cont = rx["continuation"].match(text, sentence.begin, sentence.end)
    if cont and prev is not None and prev.voice == "reported":
        claim = cl.add(_span(text, cont.end(), sentence.end), sentence, "reported", prev.authors,
                       work=prev.work)
        if claim is not None:
            _review(doc, sentence, claim)
            if claim.review is None and prev.review is not None:
                claim.review = Review(prev.review.rating, prev.review.cue, prev.review.author)
        return claim
    made = None
    for m in rx["noun_claim"].finditer(text, sentence.begin, sentence.end):
        who = agents.resolve(doc, Span(m.start("who"), m.end("who")), works=works, scope=scope) \
            if m.group("who") else [Agent("unidentified", "unnamed sources")]
        made = cl.add(_span(text, m.end(), sentence.end), sentence, "reported", who) or made
    if made is None:
        for m in rx["according"].finditer(text, sentence.begin, sentence.end):
            who = agents.resolve(doc, Span(m.start("who"), m.end("who")), works=works, scope=scope)
            made = cl.add(_span(text, m.end(), sentence.end), sentence, "reported", who) or made
    if made is None:
        for m in rx["that_clause"].finditer(text, sentence.begin, sentence.end):
            from kg.nlp.quotes import _speaker_from_phrase, _subject_before

            subj = _subject_before(doc, Span(sentence.begin, m.start("verb")), m.start("verb"))
            if not subj.of(text).strip():
                continue
            who, work, _ = _speaker_from_phrase(doc, subj, works, scope)
            if not who and work is not None:
                who = list(work.authors)
            if not who or (writer and set(who) <= set(writer)):
                continue  # "I think that …" is the writer's own claim
            made = cl.add(_span(text, m.end(), sentence.end), sentence, "reported", who,
                          work=work.key if work else None) or made
    if made is None:
        for m in rx["as_clause"].finditer(text, sentence.begin, sentence.end):
            who_span = Span(m.start("who"), m.end("who"))
            who = agents.resolve(doc, who_span, works=works, scope=scope, unidentified=False)
            if not who or (writer and set(who) <= set(writer)):
                continue
            rest = (text[sentence.begin:m.start()] + " " + text[m.end():sentence.end]).strip()
            rest = re.sub(r"\s+", " ", re.sub(r"\s+,", ",", rest))
            rest = rest[:1].upper() + rest[1:]
            made = cl.add(_span(text, sentence.begin, sentence.end), sentence, "reported", who,
                          text=_strip_end(rest)) or made
            if made is not None and _writer_voice(doc, sentence):
                _review(doc, sentence, made, exclude=Span(m.start(), m.end()))
            return made
    if made is not None and _writer_voice(doc, sentence):
        _review(doc, sentence, made)
    return made


def _verdict_only(doc: Document, sentence: Span, prev: Claim) -> bool:
    """A short sentence that only gives the writer's verdict on the claim reported just before
    it; the verdict becomes that claim's review."""
    text = doc.text
    if not _writer_voice(doc, sentence) or len(words(sentence.of(text))) > 10:
        return False
    probe = Claim(span=Span(sentence.begin, sentence.begin), sentence=sentence, kind="", voice="reported",
                  authors=prev.authors)
    _review(doc, sentence, probe)
    if probe.review is None:
        return False
    prev.review = probe.review
    return True


def _editorial(s: str) -> bool:
    """An editor's insertion in square brackets ("[For a brief discussion ... —Ed.]")."""
    return s.startswith("[") and s.rstrip(" .").endswith("]")


def _strip_end(s: str) -> str:
    return re.sub(r"[\s.;:,]*\d*$", "", s) if s else s


def annotate_claims(doc: Document) -> Document:
    """Fill doc.annotations.claims (quotations, citations and works must be annotated)."""
    text = doc.text
    cl = _Claims(doc)
    works = {w.key: w for w in doc.annotations.works}
    dominated = _quoted(doc, cl, works)
    writer = agents.writers(doc)
    prev: Claim | None = None
    for sentence in sentence_spans(doc):
        if prev is not None and prev.review is None and _verdict_only(doc, sentence, prev):
            prev = None  # "The company claims that ... . Nothing could be further from the truth."
            continue
        reported = _reported(doc, cl, sentence, prev)
        continued = reported is not None and prev is not None and _rx()["continuation"].match(
            text, sentence.begin, sentence.end) is not None
        prev = reported
        if not writer or not _writer_voice(doc, sentence) or sentence.begin in dominated or continued:
            continue
        if is_assertive(sentence.of(text)) and not _editorial(sentence.of(text)):
            cl.add(_span(text, sentence.begin, sentence.end), sentence, "writer", writer)
    doc.annotations.claims = sorted(cl.out, key=lambda c: (c.span.begin, c.span.end, c.voice))
    return doc


def annotate(doc: Document) -> Document:
    """Issue 5's stages in order: cited works, quotations, claims, stances, dated facts."""
    from kg.nlp import citations, facts, quotes, stances

    sentence_spans(doc)
    citations.annotate(doc)
    quotes.annotate(doc)
    annotate_claims(doc)
    stances.annotate(doc)
    facts.annotate(doc)
    return doc
