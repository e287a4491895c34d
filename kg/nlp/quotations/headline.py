"""A headline that is a quotation, on a page that gives one person's words (docs/claims.md).

The paper heads an interview or a talk with the speaker's own words in quotation marks
("‘We will not go back’" over "Militant:" questions and "Ruiz:" answers; "40 years on: ‘What
working people can do’" over "Below are excerpts from a talk by Ana Ruiz …"). Those words
stand in no paragraph, so the rules that read a quotation's speaker from its sentence find
none; the page itself names the speaker: the one person an interview's answer tags name (the
interviewer's tags, kg/data/nlp/quotes.toml `interviewer_tags`, apart), the person a talk's
introduction names (`spoken_pieces`), or the one who issued a statement the page prints
(`written_pieces`: "The following statement was released by Ana Ruiz", or "Below is the
statement she released" over a statement signed "— Ana Ruiz", or "The following message was read
at …" over a message signed under its closing), or the one byline of a page
that prints an excerpt of a written work (`excerpt_pieces`: "Below is an excerpt from …"
over "BY ANA RUIZ"). On any page, a headline whose words a body quotation holds ("‘Bosses broke
every promise’" over "“The bosses broke every promise,” said Ana Ruiz") is that quotation's
speaker's. Any other headline quotation is left alone: a headline may quote a slogan or a
document with no one to name.
"""

from __future__ import annotations

import re

from kg import nameparticles
from kg.annotations import Agent, Quotation
from kg.model import Document, Field, Span
from kg.nlp import agents, cuedata

# Opening and closing marks of a quotation that makes up a title.
_MARKS = {"‘": "’", "“": "”", "'": "'", '"': '"'}
# An interview's turn: a tag of one to three capitalised words and a colon opening a paragraph
# ("Militant: How long …?", "Ruiz: Three generations.").
_TURN_RE = re.compile(r"^([A-ZÀ-Þ][\w’'.-]*(?:\s[A-ZÀ-Þ][\w’'.-]*){0,2}):\s+\S")
_NAME_WORD = r"[A-ZÀ-Þ][\w’'.-]+"
# An answer tag names the interviewee when at least this many answers carry it.
MIN_ANSWERS = 2
# A headline quotes a body quotation's speaker when at least this many of its words (articles
# aside) stand together in that quotation: a two-word slogan may be anyone's.
MIN_REQUOTED = 3
# … or at least this many when they close that quotation, its last words ("‘our hospital’" over
# "“… We will, because it is our hospital,” she said"): the punch line the headline lifts, no
# slogan met anywhere in it.
MIN_REQUOTED_CLOSING = 2
# … or, for a headline that opens with words of its own and then lifts the body's ("‘We stay open
# until the last family is housed’" over "… keep the doors open “until the last family is
# housed, not …”"), at least this many of its last words standing together in the quotation,
# and at least half the headline's words.
MIN_REQUOTED_RUN = 5


@cuedata.cached
def _talk_re() -> re.Pattern:
    """"Below are excerpts from a talk by Ana Ruiz": an introduction's opening, then, in its
    first sentence, a spoken piece and "by" and the speaker's name."""
    return _introduction_re("spoken_pieces")


@cuedata.cached
def _statement_re() -> re.Pattern:
    """"The following statement was released Feb. 19 by Ana Ruiz", "Below is the statement she
    released": an introduction's opening, then a written piece; the name after "by", when the
    sentence gives one, is group "name"."""
    return _introduction_re("written_pieces", name_needed=False)


def _introduction_re(pieces_key: str, name_needed: bool = True) -> re.Pattern:
    """An editor's introduction naming a piece (kg/data/nlp/quotes.toml `pieces_key`) and, after
    "by", its speaker or author (optional unless name_needed)."""
    opens = cuedata.phrase_pattern(cuedata.words("quotes", "talk_introductions"))
    pieces = cuedata.phrase_pattern(cuedata.words("quotes", pieces_key))
    # a name: two to four capitalised words, the lower-case particles of the entities stage's
    # connectors between them ("de", "de la", "van der"; not "of" or "for": a body's words)
    particles = nameparticles.of_entities(cuedata.load("entities"))
    gap = rf"(?:\s+(?:{nameparticles.alternation(particles)}))*\s+"
    name = rf"{_NAME_WORD}(?:{gap}{_NAME_WORD}){{1,3}}"
    # within the sentence: a full stop only before a day's number ("released Feb. 12 by")
    within = r"(?:[^.\n]|\.(?=\s+\d))"
    by = rf"{within}{{0,80}}?\bby\s+(?P<name>{name})"
    # a talk's introduction opens its paragraph; a statement's may follow a sentence saying
    # who issued it ("The Communist League is running Ana Ruiz for mayor. Below is the
    # statement she released.")
    start = "^" if name_needed else r"(?:^|(?<=[.!?]\s))"
    return re.compile(rf"{start}(?:{opens})\b{within}{{0,80}}?\b(?:{pieces})\b"
                      + (by if name_needed else rf"(?:{by})?"))


def quoted_title(doc: Document, title: Field | None = None) -> tuple[Span, Span] | None:
    """(span with marks, content) of the headline's quotation (or of `title`'s, the deck's):
    the whole title in marks, or its part after a colon ("40 years on: ‘What …’"); None when
    the title is no quotation (or holds another quotation inside it)."""
    title = doc.headline if title is None else title
    if title is None or not title.span or len(title.span) == 0:
        return None
    span = title.span
    text = span.of(doc.text)
    colon = text.rfind(":")
    start = colon + 1 if colon >= 0 else 0
    while start < len(text) and text[start].isspace():
        start += 1
    end = len(text.rstrip())
    if end - start >= 3 and text[start] not in _MARKS and text[end - 1] in _MARKS.values():
        # "Cleaners say ward cuts hit ‘our hospital’": a quoted phrase ending the headline, opened
        # after a space (a body quotation's speaker may own it: `_requoted`)
        opened = max(text.rfind(" " + o, start, end - 1) for o in _MARKS if _MARKS[o] == text[end - 1])
        start = opened + 1 if opened >= start else start
    if end - start < 3 or text[start] not in _MARKS or text[end - 1] != _MARKS[text[start]]:
        return None
    opener, closer = text[start], _MARKS[text[start]]
    inner = text[start + 1:end - 1]
    if opener in inner or (opener == closer == '"') and '"' in inner:
        return None  # two quotations, or one quoted inside the title
    if closer in ("”", '"') and closer in inner:
        return None
    begin = span.begin + start
    return Span(begin, span.begin + end), Span(begin + 1, span.begin + end - 1)


def _answer_tag(doc: Document) -> str | None:
    """The one tag that opens an interview's answers ("Ruiz"), when the page is an interview:
    the interviewer's questions tagged too, and every other tag the same name."""
    interviewer = {t.lower() for t in cuedata.words("quotes", "interviewer_tags")}
    tags: dict[str, int] = {}
    asked = False
    for span in doc.prose_spans():
        m = _TURN_RE.match(span.of(doc.text))
        if m is None:
            continue
        tag = m.group(1)
        if tag.lower() in interviewer:
            asked = True
        else:
            tags[tag] = tags.get(tag, 0) + 1
    if not asked or len(tags) != 1:
        return None
    tag, count = next(iter(tags.items()))
    return tag if count >= MIN_ANSWERS else None


def _named_by_tag(doc: Document, tag: str) -> Agent:
    """The person a tag names: one person of the page whose name holds the tag as a word
    after the first ("Montero" for Rocío Montero Salas, "Ruiz" for Ana Ruiz), else by_name."""
    kinds = agents.person_kinds()
    low = tag.lower()
    hits = {e.key for e in doc.annotations.entities.values() if e.kind in kinds
            and low in [w.lower() for w in e.label.split()[1:]]}
    if len(hits) == 1:
        return agents.entity_agent(doc, hits.pop())
    return agents.by_name(doc, tag)


def _introduction(doc: Document) -> Span | None:
    """The span of the page's introduction: the first paragraph of its introduction section, or
    the page's first paragraph (an introduction the reader set in the body)."""
    intro = next((s for s in doc.sections if s.kind == "introduction" and s.paragraphs), None)
    first = intro.paragraphs[0] if intro else next(iter(doc.paragraphs), None)
    return first.span if first is not None else None


def _talk_speaker(doc: Document) -> Agent | None:
    """The speaker a talk's introduction names ("Below are excerpts from a talk by Ana Ruiz at
    …"): read in the first paragraph of the page's introduction, or in the page's first
    paragraph (an introduction the reader set in the body)."""
    first = _introduction(doc)
    if first is None:
        return None
    m = _talk_re().search(first.of(doc.text))
    if m is None:
        return None
    return _named_at(doc, first.begin + m.start("name"), m.group("name"))


def _statement_speaker(doc: Document) -> Agent | None:
    """Who issued the statement a page prints, when its introduction says it prints one: the
    name after "by" ("The following statement was released Feb. 19 by Ana Ruiz, candidate for
    …"), else the name the statement is signed with ("Below is the statement she released."
    over a statement ending "— Ana Ruiz"). None on any other page, or when nobody signs."""
    first = _introduction(doc)
    if first is None:
        return None
    m = _statement_re().search(first.of(doc.text))
    if m is None:
        return None
    if m.group("name"):
        return _named_at(doc, first.begin + m.start("name"), m.group("name"))
    if doc.signoff is not None:
        return _named_at(doc, doc.signoff.span.begin, doc.signoff.name)
    return _signer(doc, first)


def _signer(doc: Document, first: Span) -> Agent | None:
    """The one author a message printed whole is signed by: the reader takes the name under its
    closing as the page's author, set after the introduction ("The following message was read
    at …" over "Dear comrades, … Comradely, / Ana Ruiz / For the Executive Committee"). A byline
    over the page is no signer: an introduction after it may print someone else's message."""
    if len(doc.authors) != 1 or doc.authors[0].span is None or doc.authors[0].span.begin < first.end:
        return None
    return agents.writers(doc)[0]


@cuedata.cached
def _excerpt_re() -> re.Pattern:
    """"Below is an excerpt from <a book> …": an introduction's opening, then an excerpt."""
    opens = cuedata.phrase_pattern(cuedata.words("quotes", "talk_introductions"))
    pieces = cuedata.phrase_pattern(cuedata.words("quotes", "excerpt_pieces"))
    return re.compile(rf"^(?:{opens})\b[^.\n]{{0,20}}?\b(?:{pieces})\b")


def _excerpt_writer(doc: Document) -> Agent | None:
    """The writer of the excerpt a page prints: one byline over the page ("Below is an excerpt
    from <a book> …" signed "BY ANA RUIZ"), or the writer the introduction names after "by"
    ("Below is an excerpt from <a book> by Ana Ruiz", which the reader takes as the page's
    one author). The excerpt is the writer's own words either way, so a headline quoting it
    quotes them (bench/quality/README.md, "an excerpt's quoted headline"). None on any other
    page, when the page has no author or several, or when an author named inside the
    introduction is not the excerpt's ("by" does not stand right before the name)."""
    first = _introduction(doc)
    if first is None or len(doc.authors) != 1:
        return None
    opening = _excerpt_re().search(first.of(doc.text))
    if opening is None:
        return None
    signed = doc.authors[0].span
    if signed is None:
        return None
    if first.begin <= signed.begin < first.end:
        before = doc.text[first.begin + opening.end():signed.begin]
        if not re.search(r"\bby\s+$", before):
            return None
    return agents.writers(doc)[0]


def _named_at(doc: Document, begin: int, name: str) -> Agent:
    """The person the entities stage found where a name begins: its whole name, particles and
    all ("Alicia Treviño de la Garza", which the name patterns above cut at "de la"); else the
    name by itself (kg.nlp.agents.by_name)."""
    kinds = agents.person_kinds()
    ents = doc.annotations.entities
    for men in doc.annotations.mentions:
        if men.span.begin == begin and men.entity in ents and ents[men.entity].kind in kinds:
            return agents.entity_agent(doc, men.entity)
    return agents.by_name(doc, name)


def headline_quotation(doc: Document) -> Quotation | None:
    """The headline's quotation with its speaker, on an interview's, a talk's or a statement's
    page."""
    marks = quoted_title(doc)
    if marks is None:
        return None
    tag = _answer_tag(doc)
    mark, content = marks
    speaker = _named_by_tag(doc, tag) if tag else (_talk_speaker(doc) or _statement_speaker(doc)
                                                   or _excerpt_writer(doc))
    if speaker is None:
        said = _requoted(doc, content)  # the body's quotation of the same words
        if said is None:
            return None
        return Quotation(span=mark, content=content, sentence=doc.headline.span,
                         speakers=list(said.speakers), speaker_span=said.speaker_span)
    return Quotation(span=mark, content=content, sentence=doc.headline.span, speakers=[speaker])


def deck_quotation(doc: Document) -> Quotation | None:
    """The deck's quotation, whole or after a colon ("Miners: ‘Company put the coal first’"
    under the headline), when a body quotation holds its words (`_requoted`, articles aside, as
    the headline's): the speaker's words lifted into the deck, as the paper lifts them into a
    headline. Left alone otherwise: a deck may quote a slogan or a document. The deck's words
    had no speaker before (set EA's 2010 print page, 2026-12-07, rdr45)."""
    if doc.deck is None:
        return None
    marks = quoted_title(doc, doc.deck)
    if marks is None:
        return None
    mark, content = marks
    said = _requoted(doc, content)
    if said is None:
        return None
    return Quotation(span=mark, content=content, sentence=doc.deck.span,
                     speakers=list(said.speakers), speaker_span=said.speaker_span)


def _words(text: str) -> list[str]:
    """A passage's words, lower-cased and with the articles a headline drops left out
    (kg/data/nlp/quotes.toml `headline_dropped_words`)."""
    dropped = agents.lowered("quotes", "headline_dropped_words")
    return [w for w in re.findall(r"[\w’'-]+", text.lower().replace("'", "’")) if w not in dropped]


def _closing_run(said: list[str], body: list[str]) -> int:
    """How many of the headline's last words stand together in the body's quotation: the
    words it lifts after opening with its own. A headline that opens with the body's words and
    then says something else ("‘They can shut the mill but not the union’" over "“They can shut
    the mill, but they cannot shut …”") lifts none this way."""
    for n in range(len(said), 0, -1):
        tail = said[-n:]
        if any(body[i:i + n] == tail for i in range(len(body) - n + 1)):
            return n
    return 0


def _requoted(doc: Document, content: Span) -> Quotation | None:
    """The attributed quotation of the body that holds the headline's words, in order and
    together (articles aside, as a headline drops them: "‘Bosses broke every promise’"
    over "“… The bosses broke every promise they made,” said Ana Ruiz"): the headline quotes that
    speaker, on any page. At least MIN_REQUOTED words must match, or MIN_REQUOTED_CLOSING that
    close the body's quotation, or MIN_REQUOTED_RUN words closing the headline, half its words
    or more (a headline opening with words of its own: "‘We stay open until the last family is housed’"
    over "she said the team will keep the doors open “until the last family is housed, not …”");
    when two speakers' quotations hold the words, none is taken."""
    said = _words(content.of(doc.text))
    if len(said) < MIN_REQUOTED_CLOSING:
        return None
    found: list[Quotation] = []
    for q in doc.annotations.quotations:
        if q.kind != "quotation" or not q.speakers:
            continue
        body = _words(q.content.of(doc.text))
        if len(said) >= MIN_REQUOTED and any(body[i:i + len(said)] == said
                                             for i in range(len(body) - len(said) + 1)) \
                or len(body) > len(said) and body[-len(said):] == said \
                or _closing_run(said, body) >= max(MIN_REQUOTED_RUN, (len(said) + 1) // 2):
            found.append(q)
    if len({tuple(a.key for a in q.speakers) for q in found}) != 1:
        return None
    return found[0]
