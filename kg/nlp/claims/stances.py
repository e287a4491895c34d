"""Stances: a holder for or against a target ("communists call for the defeat of Israel",
"give no political support to Hezbollah", "we are for whatever strengthens ...").

Cue patterns and their polarity are data (kg/data/nlp/stances.toml). The holder is the subject
of the cue's clause, resolved like a speaker (kg.nlp.agents); the target is the entity first
named at the head of the target phrase (a phrase with no such entity still makes a stance,
with no target entity). A stance needs a holder: none is published when the subject is not
found. Words inside quotations are the quoted source's, not stances of the text.
"""

from __future__ import annotations

import re

from kg.annotations import Agent, Stance
from kg.model import Document, Span
from kg.nlp import agents, cuedata, textwindow
from kg.nlp.claims import reported
from kg.nlp.speakers import speaker_from_phrase, subject_before
from kg.nlp.text import scope_of, sentence_spans, words


@cuedata.cached
def _copular() -> re.Pattern:
    return re.compile(r"(?<![\w’'])" + cuedata.phrase_pattern(
        [p.partition("{target}")[0].rstrip() for p in cuedata.words("stances", "copular")]) + r"\s", re.I)


@cuedata.cached
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """Each stance cue's pattern and its polarity, "against" first; compiled once per data folder
    (asked at every sentence)."""
    out = []
    for polarity in ("against", "for"):
        for pat in cuedata.words("stances", polarity):
            cue, _, after = pat.partition("{target}")
            rx = r"(?<![\w’'])" + cuedata.phrase_pattern([cue.rstrip()]) + r"\s+(?=\S)"
            if after.strip():  # "for {target}’s defeat": the target is followed by these words
                rx += r"(?=[\w\s.-]{1,40}?" + cuedata.phrase_pattern([after]) + ")"
            out.append((polarity, re.compile(rx, re.I)))
    return tuple(out)


@cuedata.cached
def _stops() -> re.Pattern:
    stops = cuedata.phrase_pattern(cuedata.words("stances", "target_stops"))
    # a full stop ends it, not the one of an abbreviation ("the U.S. government")
    return re.compile(r"[,;:()\[\]—“”?!]|\.(?=\s|$)(?<!\b[A-Z]\.)|\s(?:" + stops + r")(?![\w’'])", re.I)


def _can_hold(doc: Document, stance: Stance, target: Span) -> bool:
    """"X is for Y" is a stance when X is the writer, a named agent or a description holding
    an agent noun, and Y is not an infinitive clause ("for workers to pay")."""
    if re.search(r"^(?:[\w’'-]+\s+){1,3}to\s+\w", target.of(doc.text)):
        return False
    holder = stance.holder
    if holder.kind != "unidentified":
        return True
    nouns = {w.lower() for w in cuedata.words("stances", "holder_nouns")}
    return bool(nouns & {w.lower() for w in words(holder.key)})


def _demanded(m: re.Match) -> bool:
    """Whether the cue's verb names what is demanded (its object is no one to be for)."""
    cue = m.group().split()  # "demand X", not "demand the withdrawal of X"
    return len(cue) == 1 and cue[0].lower() in {w.lower() for w in cuedata.words("stances", "demand_verbs")}


def _target(doc: Document, begin: int, end: int) -> Span | None:
    text = doc.text
    stop = _stops().search(text, begin, end)
    stop_at = stop.start() if stop else end
    for mk in doc.markers:  # "the Iowa Packinghouse Workers Union1": the marker ends the target
        if begin < mk.span.begin < stop_at:
            stop_at = mk.span.begin
    seg = text[begin:stop_at]
    ws = list(re.finditer(r"[\w’'-]+", seg))
    limit = cuedata.load("stances")["max_target_words"]
    if not ws:
        return None
    if ws[0].group().lower() in cuedata.words("stances", "not_target_openers"):
        return None
    last = ws[min(len(ws), limit) - 1]
    # "Rome’s defeat" -> "Rome"
    poss = re.match(r"(.+?)[’']s\s+defeat\b", seg)
    stop_rel = len(poss.group(1)) if poss else last.end()
    return Span(begin, begin + stop_rel)


def _target_entity(doc: Document, target: Span) -> str | None:
    """The entity the target phrase names: a mention at its head, not a modifier ("the
    U.S.-backed assault on Lebanon", "Kadima-led"), not inside a prepositional phrase ("the
    capitalist government in Tehran") unless its head stands for it ("the state of Israel"),
    not after a clause's words ("whatever strengthens the working class and Cuba")."""
    text = doc.text
    data = cuedata.load("stances")
    blockers = {w.lower() for w in data["target_blockers"]}
    heads = {w.lower() for w in data["metonymic_heads"]}
    for m in agents.mentions_in(doc, target):
        if textwindow.after(r"-\w", text, m.span.end, 2, cut=True) or agents.modifies(doc, target, m):
            continue
        before = [w.lower() for w in words(text[target.begin:m.span.begin])]
        if agents.governed(doc, target, m):
            # "the state of Israel": determiners and a metonymic head before "of"
            if before[-1:] == ["of"] and before[-2:-1] and before[-2] in heads and len(before) <= 3:
                return m.entity
            return None
        if len(before) > data["max_words_before_target"] or blockers & set(before):
            return None
        return m.entity
    return None


def _stance(doc: Document, sentence: Span, scope: Span | None, polarity: str, m: re.Match,
            target: Span, earlier: list[Stance]) -> Stance:
    text = doc.text
    cue = Span(m.start(), m.start() + len(m.group().rstrip()))
    holder = None
    same = [x for x in earlier if x.sentence == sentence and x.cue.end <= cue.begin]
    lead = re.match(r"([\w’']+)\s", m.group())
    raw = subject_before(doc, Span(sentence.begin, cue.begin), cue.begin)
    subj = reported.subject(doc, Span(sentence.begin, cue.begin), cue.begin)
    if same and re.search(r"\band\s*$", text[same[-1].target_span.end:cue.begin]):
        holder = same[-1].holder  # "Workers support X and oppose Y": one subject, two verbs
    elif not raw.of(text).strip() and lead:  # "We are for ..."
        found = agents.resolve(doc, Span(cue.begin, cue.begin + len(lead.group(1))),
                               scope=scope, unidentified=False)
        holder = found[0] if found else None
    elif subj is not None:
        found, _work, _ = speaker_from_phrase(doc, subj, doc.annotations.works, scope)
        holder = found[0] if found else None
    return Stance(sentence=sentence, cue=cue, polarity=polarity, holder=holder,
                  target=_target_entity(doc, target), target_span=target)


def annotate(doc: Document) -> Document:
    """Fill doc.annotations.stances."""
    text = doc.text
    quoted = [q.content for q in doc.annotations.quotations if q.kind == "quotation"]
    stances: list[Stance] = []
    for sentence in sentence_spans(doc):
        taken: list[Span] = []
        scope = scope_of(doc, sentence.begin)
        hits: list[tuple[str, re.Match, Span]] = []
        for polarity, rx in _patterns():  # "against" first: it wins an overlap
            for m in rx.finditer(text, sentence.begin, sentence.end):
                cue = Span(m.start(), m.end())
                if any(q.contains(cue) for q in quoted) or any(
                        t.begin < cue.end and cue.begin < t.end for t in taken):
                    continue
                # a cue inside an earlier target starts a stance of its own only as a second
                # verb of the same subject ("opposes the bombing and demands the withdrawal of")
                if any(h[2].begin <= cue.begin < h[2].end for h in hits) and not re.search(
                        r"(?:,|\band|\bor)\s*$", text[sentence.begin:cue.begin]):
                    continue
                target = _target(doc, m.end(), sentence.end)
                if target is None or len(words(target.of(text))) == 0:
                    continue
                taken.append(cue)
                hits.append((polarity, m, target))
        hits.sort(key=lambda h: h[1].start())
        for i, (polarity, m, target) in enumerate(hits[:-1]):
            nxt = hits[i + 1][1].start()
            if target.begin < nxt < target.end:  # "support X and oppose Y": X ends before "and"
                cut = re.sub(r"[\s,]*(?:and|or)?\s*$", "", text[target.begin:nxt])
                hits[i] = (polarity, m, Span(target.begin, target.begin + len(cut)))
        for polarity, m, target in hits:
            stance = _stance(doc, sentence, scope, polarity, m, target, stances)
            if stance.holder is None:
                continue  # nobody holds it: no stance rather than one of nobody
            if _copular().fullmatch(m.group()) and not _can_hold(doc, stance, target):
                continue  # "This money is for the strike fund"
            if stance.holder == Agent("entity", stance.target or ""):
                continue  # "They (Israel’s rulers) will ... defend the state of Israel": no one is for itself
            if _demanded(m) and any(agents.is_agentive(doc, x.entity) and not agents.governed(doc, target, x)
                                    for x in agents.mentions_in(doc, target)):
                continue  # "demand the U.S. government end its embargo": a demand made of it
            stances.append(stance)
    doc.annotations.stances = sorted(stances, key=lambda s: s.cue.begin)
    return doc
