"""The writer's verdict on a claim reported or quoted from someone else (a schema:ClaimReview).

- In the claim's own sentence: "Nothing could be further from the truth than the claims by X
  that …", "the alleged universal belief—a myth—of …", "…, as you explained, …" (review()).
- In the next sentence, when that sentence only gives a verdict: "Nothing could be further
  from the truth.", "That is not true.", "They are right." (verdict()); such a sentence says
  nothing of its own, so it is never a claim of the writer.
- A verdict after a comma ends the reported clause: "X claims that Y, but that is a myth"
  (cut_at_verdict()).
Cue words are data: kg/data/nlp/claims.toml [reviews].
"""

from __future__ import annotations

import re

from kg.annotations import Agent, Claim, Review
from kg.model import Document, Span
from kg.nlp import agents, cuedata


@cuedata.cached
def _rx() -> dict[str, re.Pattern]:
    c = cuedata.compiled
    subjects = cuedata.phrase_pattern(cuedata.words("claims", "reviews", "verdict_subjects"))
    fillers = cuedata.phrase_pattern(cuedata.words("claims", "reviews", "verdict_fillers"))
    return {
        "rejects": c("claims", "reviews", "rejects"),
        "endorses": c("claims", "reviews", "endorses", flags=0),
        "endorses_ci": c("claims", "reviews", "endorses"),
        "neutral": c("claims", "reviews", "neutral"),
        "verdict_rejects": c("claims", "reviews", "verdict_rejects"),
        "verdict_endorses": c("claims", "reviews", "verdict_endorses"),
        # what may stand before a verdict cue in a verdict-only sentence: "That is simply", "They"
        "before": re.compile(rf"^[\s“\"(]*(?:(?:{fillers})[\s,]+)*(?:(?:{subjects})(?:[’']s)?[\s,]+)?"
                             rf"(?:(?:{fillers})[\s,]+)*$", re.I),
        # and after it: ", however." / "." / a footnote marker
        "after": re.compile(rf"^(?:[\s,]+(?:{fillers}))*[\s.!”\"’)]*\d*$", re.I),
        # a clause boundary right before a verdict on the clause: ", but", "; "
        "boundary": re.compile(r"(?:\s*[,;]\s*(?:(?:but|yet|and|which)\s+)?|\s+(?:but|yet)\s+)"
                               r"(?:(?:that|this|it|which)\s+)?(?:(?:is|are|was|were|’s|'s)\s+)?$", re.I),
    }


def _cues(doc: Document, begin: int, end: int, alone: bool = False) -> list[tuple[int, re.Match]]:
    """Verdict cues between begin and end: rejections first, then endorsements. alone: also
    the cues that give a verdict only in a sentence of their own ("They are right.")."""
    rx = _rx()
    text = doc.text
    out = [(-1, m) for m in rx["rejects"].finditer(text, begin, end)]
    if alone:
        out += [(-1, m) for m in rx["verdict_rejects"].finditer(text, begin, end)]
    endorse = list(rx["endorses"].finditer(text, begin, end)) or list(
        rx["endorses_ci"].finditer(text, begin, end))
    if alone:
        endorse += list(rx["verdict_endorses"].finditer(text, begin, end))
    out += [(1, m) for m in endorse if not any(m.start() < r.end() and r.start() < m.end() for _, r in out)]
    return out


def review(doc: Document, sentence: Span, claim: Claim, exclude: Span | None = None) -> None:
    """The writer's verdict on claim, from cues in its sentence outside the claim's own words
    (or inside `exclude`, a part of the claim's span that is not its words: "as you explained")."""
    text = doc.text
    if _rx()["neutral"].search(text, sentence.begin, sentence.end):
        return
    writer = agents.writers(doc)
    own = not writer or writer[0] in claim.authors

    def outside(m: re.Match) -> bool:
        inside_claim = claim.span.begin <= m.start() < claim.span.end
        return not inside_claim or (exclude is not None and exclude.begin <= m.start() < exclude.end)

    for rating, m in _cues(doc, sentence.begin, sentence.end):
        if rating < 0 and (outside(m) or in_dashes(text, claim.span, m.start())):
            by = writer[0] if writer else claim.authors[0]
            claim.review = Review(-1, Span(m.start(), m.end()), by)
            return
    if own:
        return
    for rating, m in _cues(doc, sentence.begin, sentence.end):
        if rating > 0 and outside(m):
            claim.review = Review(1, Span(m.start(), m.end()), writer[0])
            return


def in_dashes(text: str, span: Span, at: int) -> bool:
    """A cue set off by dashes inside the claim ("the alleged universal belief—a myth—of ...")."""
    seg = text[span.begin:span.end]
    rel = at - span.begin
    return seg.rfind("—", 0, rel) >= 0 and seg.find("—", rel) >= 0


def verdict(doc: Document, sentence: Span, authors: list[Agent] = ()) -> Review | None:
    """The writer's review when the sentence only gives a verdict ("Nothing could be further
    from the truth.", "That is true.", "They are right.", "Romero is right."), else None.
    `authors`: the authors of the claim just before, who may be named as the subject."""
    text = doc.text
    writer = agents.writers(doc)
    if not writer or _rx()["neutral"].search(text, sentence.begin, sentence.end):
        return None
    cues = _cues(doc, sentence.begin, sentence.end, alone=True)
    if not cues:
        return None
    rating, m = cues[0]
    before = text[sentence.begin:m.start()]
    for men in agents.mentions_in(doc, Span(sentence.begin, m.start())):  # "Romero is right."
        if agents.entity_agent(doc, men.entity) in authors:
            rel = slice(men.span.begin - sentence.begin, men.span.end - sentence.begin)
            before = before[:rel.start] + "they" + before[rel.stop:]
    if not _rx()["before"].match(before) or not _rx()["after"].match(text[m.end():sentence.end]):
        return None
    return Review(rating, Span(m.start(), m.end()), writer[0])


def cut_at_verdict(doc: Document, begin: int, end: int) -> int:
    """The end of a reported clause that runs from begin: before a verdict on it set off by a
    comma or a conjunction ("X claims that Y, but that is a myth"); else end."""
    text = doc.text
    for _rating, m in sorted(_cues(doc, begin, end), key=lambda c: c[1].start()):
        b = _rx()["boundary"].search(text, begin, m.start())
        if b is not None and b.start() > begin:
            return b.start()
    return end
