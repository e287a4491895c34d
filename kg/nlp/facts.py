"""Dated facts in the forms news notes use, as Wikidata-style statements.

- lifespans: "Golda Meir (1898-1978)" -> born 1898, died 1978;
- offices with periods: "served as Israel’s prime minister from 1969 to 1974", "was emperor
  of Ethiopia from 1930 to 1974", "commander-in-chief of the Israeli army (1953-58) and defense
  minister (1967-73)" (two-digit end years), "was commander of X in the 1948 war" (a point),
  "was a leader of the 1934 strikes and later national secretary of X from 1953 to 1972" (the
  office after "and later");
- foundings: "(PLO), which was formed in 1964", "X was founded in 1938", "The Teamsters union,
  founded in 1903," (a relative clause or participle hangs on the name right before it, or
  on a name and its head noun); births: "X was born in 1898" (persons only);
- events with years: "led the 1954-63 popular struggle in Algeria", "led the resistance to ...
  from 1960 to 1975", "the 1946-49 civil war led by the Chinese Communist Party".
The subject is the entity named first in the clause, outside any prepositional phrase ("Under
Golda Meir, Moshe Dayan served as ..." is about Dayan), or a pronoun's antecedent in the
same note or paragraph); every fact keeps the sentence it was read from. Words are data
(kg/data/nlp/facts.toml).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.annotations import Agent, Fact
from kg.model import Document, Span
from kg.nlp import agents, cuedata
from kg.nlp.text import YEAR, month_number, scope_of, sentence_spans, year_range

_RANGE = rf"(?P<y1>{YEAR})\s*[-–]\s*(?P<y2>\d{{2,4}})(?!\d)"


@cuedata.cached
def _rx() -> dict[str, re.Pattern]:
    w = lambda key: cuedata.phrase_pattern(cuedata.words("facts", "words", key))  # noqa: E731
    office = w("office_verbs")
    nouns = w("office_nouns")
    found = w("founding_verbs") + "|" + w("birth_verbs")
    lead = w("leading_verbs")
    phrase = r"[^,;:()“”—]{2,80}?"
    return {
        "birth": re.compile(w("birth_verbs")),
        "lifespan": re.compile(rf"\s*\({_RANGE}\)"),
        "office_from_to": re.compile(
            rf"(?<![\w’'])(?:{office})\s+(?P<office>[^,;:()“”—]{{2,200}}?)\s+from\s+(?P<y1>{YEAR})\s+"
            rf"(?:to|until|through)\s+(?P<y2>{YEAR})", re.I),
        # "was a leader of the 1934 strikes and later national secretary of X from 1953 to 1972"
        "and_later": re.compile(rf".*\s(?:and|but)\s+(?:(?:{w('office_sequels')})\s+)*"
                                rf"(?:(?:{office})\s+)?", re.I),
        "office_paren": re.compile(rf"(?P<office>{phrase})\s*\({_RANGE}\)", re.I),
        "office_in": re.compile(
            rf"(?<![\w’'])(?:{office})\s+(?P<office>{phrase})\s+in\s+the\s+(?P<y1>{YEAR})\s+\w+", re.I),
        "office_noun": re.compile(rf"(?<![\w’'-])(?:{nouns})(?![\w’'])", re.I),
        "office_verb": re.compile(rf"(?:^|\s)(?:{office})\s", re.I),
        "founding": re.compile(
            rf"(?:(?:,\s*(?:which|that|who)\s+)?(?:was|were|had been)|(?P<appositive>,))\s+(?:{found})\s+"
            rf"(?:in\s+[A-Z][\w ]{{0,30}}?\s+)?in\s+(?:(?P<month>[A-Z][a-z]+)\s+)?(?P<y1>{YEAR})(?![\d’'s])"),
        "led_range": re.compile(rf"(?<![\w’'])(?:{lead})\s+the\s+(?:{_RANGE}|(?P<y>{YEAR}))\s+"
                                rf"(?P<event>[^,;:()“”—.]{{2,80}}?)"
                                rf"(?=\s+(?:that|which|in which|against)\b|[,;.]|$)"),
        "led_from_to": re.compile(rf"(?<![\w’'])(?:{lead})\s+(?P<event>the\s+[^,;:()“”—]{{2,120}}?)\s+"
                                  rf"from\s+(?P<y1>{YEAR})\s+(?:to|until)\s+(?P<y2>{YEAR})"),
        "led_by": re.compile(rf"the\s+(?:{_RANGE}|(?P<y>{YEAR}))\s+(?P<event>[\w -]{{2,60}}?)\s+"
                             rf"(?:{lead})\s+by\s+"),
    }


def _subject(doc: Document, sentence: Span, before: int, scope: Span | None) -> tuple[Agent, Span] | None:
    """The clause's subject: the first entity (or pronoun) of the clause that ends at `before`."""
    text = doc.text
    clause_begin = sentence.begin
    for m in re.finditer(r"[;:]|,\s+(?:and|but|while)\s", text[sentence.begin:before]):
        clause_begin = sentence.begin + m.end()
    head = Span(clause_begin, before)
    # "Under Golda Meir, Moshe Dayan served as ...": a mention after a preposition is no subject
    ms = [m for m in agents.head_mentions(doc, head) if agents.is_agentive(doc, m.entity)]
    pron = re.match(r"\s*(He|She|It|They)\b", text[clause_begin:before])
    if pron and (not ms or ms[0].span.begin > clause_begin + pron.end()):
        sp = Span(clause_begin + pron.start(1), clause_begin + pron.end(1))
        found = agents.resolve(doc, sp, scope=scope, unidentified=False)
        return (found[0], sp) if found else None
    if ms:
        return Agent("entity", ms[0].entity), ms[0].span
    return None


def _inside_a_name(doc: Document, sentence: Span, mention) -> bool:
    """"al-Qaeda in Iraq, which was founded in 2004": the name right before the relative clause
    ends a longer name (a capitalised word, a preposition, then it), which the clause is about."""
    if not agents.governed(doc, Span(sentence.begin, mention.span.end), mention):
        return False
    preps = cuedata.phrase_pattern(cuedata.words("agents", "prepositions"))
    before = doc.text[sentence.begin:mention.span.begin]
    return re.search(rf"(?<![\w’'])[\w’'-]*[A-Z][\w’'-]*\s+(?:{preps})\s+(?:the\s+)?$", before) is not None


def _note_number(doc: Document, at: int) -> int | None:
    note = doc.note_at(at)
    return note.number if note else None


def _office_span(doc: Document, b: int, e: int) -> Span | None:
    """The office phrase, if it names an office ("Israel’s prime minister")."""
    text = doc.text
    while b < e and text[b].isspace():
        b += 1
    seg = text[b:e].rstrip()
    if not _rx()["office_noun"].search(seg):
        return None
    return Span(b, b + len(seg))


@dataclass
class _Facts:
    """What the fact steps share: the document, its compiled patterns, the person kinds, the
    facts found so far; per sentence (set by `annotate`), the sentence, its scope (the note or
    paragraph a pronoun's antecedent is looked for in) and the office phrases `_offices_from_to`
    took, which the other office steps leave alone."""

    doc: Document
    rx: dict[str, re.Pattern]
    persons: list[str]  # agents.person_kinds()
    facts: list[Fact] = field(default_factory=list)
    sentence: Span = Span(0, 0)
    scope: Span | None = None
    taken: list[Span] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.doc.text

    def add(self, subject, prop, sentence, **kw) -> None:
        agent, subj_span = subject
        self.facts.append(Fact(subject=agent, subject_span=subj_span, property=prop, source=sentence,
                               note=_note_number(self.doc, sentence.begin), **kw))


def _lifespans(st: _Facts) -> None:
    """lifespans: a person mention followed by (1898-1978)"""
    doc, text, sentence = st.doc, st.text, st.sentence
    for m in agents.mentions_in(doc, sentence):
        if agents.kind_of(doc, m.entity) not in st.persons:
            continue
        life = st.rx["lifespan"].match(text, m.span.end)
        if life:
            born, died = year_range(life.group("y1"), life.group("y2"))
            subj = (Agent("entity", m.entity), m.span)
            st.add(subj, "born", sentence, value_date=born)
            st.add(subj, "died", sentence, value_date=died)


def _offices_from_to(st: _Facts) -> None:
    """'served as X from 1969 to 1974' (the office after 'and later' when there is one); the
    spans it takes go to `st.taken`."""
    doc, text, sentence = st.doc, st.text, st.sentence
    for m in st.rx["office_from_to"].finditer(text, sentence.begin, sentence.end):
        ob = m.start("office")
        later = st.rx["and_later"].match(text, ob, m.end("office"))
        office = _office_span(doc, later.end() if later else ob, m.end("office"))
        if office is not None and len(office) > 80:
            office = None
        subj = _subject(doc, sentence, m.start(), st.scope)
        if office and subj:
            st.add(subj, "position", sentence, value_span=office, start=m.group("y1"), end=m.group("y2"))
            st.taken.append(Span(m.start(), m.end()))


def _offices_paren(st: _Facts) -> None:
    """'defense minister (1967-73)', outside what `_offices_from_to` took."""
    doc, text, sentence = st.doc, st.text, st.sentence
    for m in st.rx["office_paren"].finditer(text, sentence.begin, sentence.end):
        if any(t.begin <= m.start() < t.end for t in st.taken):
            continue
        # The office phrase runs back to an office verb or to "and".
        ob = m.start("office")
        phrase = text[ob:m.end("office")]
        cut = 0
        for v in st.rx["office_verb"].finditer(phrase):
            cut = max(cut, v.end())
        if " and " in phrase:
            cut = max(cut, phrase.rfind(" and ") + 5)
        office = _office_span(doc, ob + cut, m.end("office"))
        subj = _subject(doc, sentence, ob + cut, st.scope)
        if office and subj:
            start, end = year_range(m.group("y1"), m.group("y2"))
            st.add(subj, "position", sentence, value_span=office, start=start, end=end)


def _offices_in(st: _Facts) -> None:
    """'was commander of X in the 1948 war' (a point in time), outside what was taken."""
    doc, text, sentence = st.doc, st.text, st.sentence
    for m in st.rx["office_in"].finditer(text, sentence.begin, sentence.end):
        if any(t.begin <= m.start() < t.end for t in st.taken):
            continue
        office = _office_span(doc, m.start("office"), m.end("office"))
        subj = _subject(doc, sentence, m.start(), st.scope)
        if office and subj:
            st.add(subj, "position", sentence, value_span=office, point=m.group("y1"))


def _foundings(st: _Facts) -> None:
    """Foundings and births: 'X was founded in 1938', a relative clause or participle hanging on
    the name right before it; 'X was born in 1898' only of a person."""
    doc, text, sentence, persons = st.doc, st.text, st.sentence, st.persons
    for m in st.rx["founding"].finditer(text, sentence.begin, sentence.end):
        before = Span(sentence.begin, m.start())
        subj = None
        # "(PLO), which was formed in 1964", "The Teamsters union, founded in 1903,"
        relative = text[m.start():m.end()].lstrip(", ").startswith(("which", "that", "who"))
        if m.group("appositive") or relative:
            near = agents.previous_mention(doc, m.start(), persons=False, floor=sentence.begin)
            # only the name the relative clause hangs on: "the PLO, which was formed in 1964"
            heads = cuedata.phrase_pattern(cuedata.words("facts", "words", "founded_heads"))
            between = rf"\s*(?:\([^()]{{1,20}}\)|\)|{heads})?\s*"
            if near is not None and not _inside_a_name(doc, sentence, near) and re.fullmatch(
                    between, text[near.span.end:m.start()]):
                subj = (Agent("entity", near.entity), near.span)
        else:
            subj = _subject(doc, sentence, before.end, st.scope)
        if subj:
            mon = month_number(m.group("month") or "")
            date = f"{m.group('y1')}-{mon:02d}" if mon else m.group("y1")
            born = _rx()["birth"].search(text, m.start(), m.end())
            if born and agents.kind_of(doc, subj[0].key) not in persons:
                continue  # "X was born in 1898" says nothing of an organization's founding
            st.add(subj, "born" if born else "inception", sentence, value_date=date)


def _led_ranges(st: _Facts) -> None:
    """'led the 1954-63 popular struggle', 'led the 1979 revolution'."""
    for m in st.rx["led_range"].finditer(st.text, st.sentence.begin, st.sentence.end):
        subj = _subject(st.doc, st.sentence, m.start(), st.scope)
        if not subj:
            continue
        _participation(st.add, subj, st.sentence, m)


def _led_from_to(st: _Facts) -> None:
    """'led the resistance to ... from 1960 to 1975'."""
    sentence = st.sentence
    for m in st.rx["led_from_to"].finditer(st.text, sentence.begin, sentence.end):
        subj = _subject(st.doc, sentence, m.start(), st.scope)
        if subj:
            st.add(subj, "participant", sentence, value_span=Span(m.start("event"), m.end("event")),
                   start=m.group("y1"), end=m.group("y2"))


def _led_by(st: _Facts) -> None:
    """'the 1946-49 civil war led by the Chinese Communist Party': the agent named right after."""
    doc, sentence = st.doc, st.sentence
    for m in st.rx["led_by"].finditer(st.text, sentence.begin, sentence.end):
        after = [x for x in agents.mentions_in(doc, Span(m.end(), sentence.end))
                 if agents.is_agentive(doc, x.entity) and x.span.begin - m.end() <= 5]
        if not after:
            continue
        subj = (Agent("entity", after[0].entity), after[0].span)
        _participation(st.add, subj, sentence, m)


# The steps run on every sentence in this order (a sentence's facts come in it); the office
# steps after `_offices_from_to` skip what it took.
FACT_STEPS: tuple[Callable[[_Facts], None], ...] = (
    _lifespans, _offices_from_to, _offices_paren, _offices_in, _foundings, _led_ranges,
    _led_from_to, _led_by)


def annotate(doc: Document) -> Document:
    """Fill doc.annotations.facts from the notes and the body: every step of `FACT_STEPS` on
    every sentence, in order."""
    st = _Facts(doc, _rx(), agents.person_kinds())
    for sentence in sentence_spans(doc):
        st.sentence, st.scope, st.taken = sentence, scope_of(doc, sentence.begin), []
        for step in FACT_STEPS:
            step(st)
    doc.annotations.facts = st.facts
    return doc


def _participation(add, subj, sentence: Span, m: re.Match[str]) -> None:
    """'led the 1954-63 struggle' (a year range) or 'led the 1979 revolution' (one year)."""
    ev = Span(m.start("event"), m.end("event"))
    if m.group("y1"):
        start, end = year_range(m.group("y1"), m.group("y2"))
        add(subj, "participant", sentence, value_span=ev, start=start, end=end)
    else:
        add(subj, "participant", sentence, value_span=ev, point=m.group("y"))
