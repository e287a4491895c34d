"""Who a phrase names: an entity (through the mentions covering it), the writer, the
letter's recipient, the authors of a work named just before, or an unidentified agent
described by the text itself.

Used by the quotation, claim, stance and fact stages alike, so that a speaker, holder or
subject is resolved the same way everywhere.
"""

from __future__ import annotations

import re

from kg.annotations import Agent, Mention, Work
from kg.iri import slug
from kg.model import Document, Span
from kg.nlp import cuedata, textwindow
from kg.nlp.genders import contradicts

_WORD = re.compile(r"[\w’'-]+")


def _person(doc: Document, person) -> Agent:
    """A byline or letter name as an agent: its entity when the entities stage knows it."""
    for m in doc.annotations.mentions:
        if m.span.begin < person.span.end and person.span.begin < m.span.end:
            return entity_agent(doc, m.entity)
    return by_name(doc, person.name)


def writers(doc: Document) -> list[Agent]:
    """The article's writers: its bylines, or the embedded letter's sender; an unsigned piece
    (an editorial) speaks for the paper, so its writer is the periodical's publisher."""
    if not doc.authors:
        return [Agent("publisher", doc.masthead.periodical.value)]
    return [_person(doc, p) for p in doc.authors]


def recipient(doc: Document) -> list[Agent]:
    if doc.letter and doc.letter.recipient:
        return [_person(doc, doc.letter.recipient)]
    return []


def entity_agent(doc: Document, key: str) -> Agent:
    """An entity as an Agent; a person entity that is also the writer stays one node."""
    return Agent("entity", key)


def mentions_in(doc: Document, span: Span) -> list[Mention]:
    """Mentions inside span, in text order."""
    return sorted((m for m in doc.annotations.mentions if span.contains(m.span)),
                  key=lambda m: m.span.begin)


def governed(doc: Document, phrase: Span, mention: Mention) -> bool:
    """Whether a preposition inside `phrase` governs `mention` ("communist workers in Iran",
    "the government of President Park Geun-hye"): the mention is then a modifier of the
    phrase, not what it names. Determiners and capitalised words (titles) may stand between.
    A name coordinated with one the preposition governs is governed too ("the union founded by
    Ana Ruiz and Carl Boyd": neither founder is what the phrase names; `coordinators`)."""
    text = doc.text
    preps = lowered("agents", "prepositions")
    dets = lowered("agents", "determiners")
    coordinators = lowered("agents", "coordinators")
    others = [m.span for m in doc.annotations.mentions if m.span != mention.span]
    for tok in reversed(list(_WORD.finditer(text, phrase.begin, mention.span.begin))):
        w = tok.group()
        if w.lower() in preps:
            return True
        if w.lower() in dets:
            continue
        if w.lower() in coordinators:
            first = next((m for m in doc.annotations.mentions if m.span != mention.span
                          and phrase.begin <= m.span.begin
                          and re.fullmatch(r"[\s,]*", text[m.span.end:tok.start()])), None)
            return first is not None and governed(doc, phrase, first)
        if w[:1].isupper() and not any(s.begin <= tok.start() < s.end for s in others):
            continue
        return False
    return False


@cuedata.cached
@cuedata.cached
def lowered(name: str, *keys: str) -> frozenset[str]:
    """A cue list of NAME.toml, lower-cased, built once per bound data folder: every stage that
    compares lower-cased words with a cue list reads it here (quotations, speakers)."""
    return frozenset(w.lower() for w in cuedata.words(name, *keys))


@cuedata.cached
def function_words() -> frozenset[str]:
    """Words after a name that leave it the head of its phrase: prepositions, conjunctions,
    relatives and verbs' auxiliaries (agents.toml)."""
    keys = ("prepositions", "after_head")
    return frozenset(w.lower() for key in keys for w in cuedata.words("agents", key))


def modifies(doc: Document, span: Span, mention: Mention) -> bool:
    """Whether the mention modifies a common noun after it inside span ("The Obama
    administration", "the U.S. bombing"): then the phrase names that noun's referent."""
    nxt = re.match(r"[ \t]+([\w’'-]+)(?:[ \t]+([\w’'-]+))?", doc.text[mention.span.end:span.end])
    if not nxt or not nxt.group(1)[:1].islower():
        return False
    word = nxt.group(1).lower()
    finite = lowered("claims", "reported", "finite_verbs")
    if nxt.group(2) and nxt.group(2).lower() in lowered("agents", "object_openers"):
        return False  # "Ana Ruiz sent a note": a verb and its object follow, no noun the name modifies
    return word not in function_words() and word not in finite and not word.endswith("ed")


def head_mentions(doc: Document, span: Span) -> list[Mention]:
    """Mentions inside span that name what the phrase is about: not governed by a preposition
    ("communist workers in Iran"), not modifying a noun ("the Obama administration")."""
    return [m for m in mentions_in(doc, span) if not governed(doc, span, m) and not modifies(doc, span, m)]


def entity_keys(doc: Document, span: Span) -> list[str]:
    """Keys of the entities mentioned inside span, each once, in text order."""
    out: list[str] = []
    for m in mentions_in(doc, span):
        if m.entity not in out:
            out.append(m.entity)
    return out


def kind_of(doc: Document, key: str) -> str:
    ent = doc.annotations.entities.get(key)
    return ent.kind if ent else "thing"


def is_agentive(doc: Document, key: str) -> bool:
    return kind_of(doc, key) in cuedata.words("agents", "agent_kinds")


def _pronoun_class(word: str) -> str | None:
    w = word.lower()
    for cls in ("writer", "recipient", "person", "group"):
        if w in (x.lower() for x in cuedata.words("agents", cls)):
            return cls
    return None


def person_kinds() -> list[str]:
    """The entity kinds that may stand for a person: "person", and the kinds the entities stage
    gives a name it could not type (kg/data/nlp/agents.toml `unknown_person_kinds`), since a
    new name the registry does not know is most often a person's. Every stage that looks for a
    speaker, a subject or a named person asks here, so that they all take the same kinds."""
    return ["person", *cuedata.words("agents", "unknown_person_kinds")]


def previous_mention(doc: Document, before: int, *, persons: bool, floor: int = 0,
                     pronoun: str | None = None) -> Mention | None:
    """The nearest mention ending before offset `before` (and not before `floor`). For persons,
    a name of unknown kind (a new name the registry does not type) is the fallback. A pronoun
    ("she") passes over a person whose given name takes the other one (kg.nlp.genders)."""
    # persons: a person first, then a person or a name of unknown kind
    kinds = [["person"], person_kinds()] if persons else [cuedata.words("agents", "agent_kinds")]
    # "he" stands for a clause's subject, not for a name governed by a preposition ("Ana Ruiz,
    # a cook at the Harbor Hotel, said ... “…,” he said": not the hotel, even when the entities
    # stage took it for a person); such a name is taken only when no other is there.
    # A name of no known kind that a preposition governs ("died of COVID-19", "one N95 mask") is
    # a thing the sentence names, not someone who speaks: only a typed person is taken so.
    passes = [(allowed, heads) for heads in ((True, False) if persons else (False,)) for allowed in kinds
              if heads or not persons or allowed == ["person"]]
    quoted = _quoted_elsewhere(doc, before)
    for allowed, heads in passes:
        best = None
        for m in doc.annotations.mentions:
            if floor <= m.span.begin and m.span.end <= before and kind_of(doc, m.entity) in allowed \
                    and not in_title(doc, m) \
                    and (best is None or m.span.end > best.span.end) \
                    and not any(q.begin <= m.span.begin < q.end for q in quoted) \
                    and not (heads and governed(doc, Span(max(floor, m.span.begin - 80), m.span.end), m)) \
                    and not (heads and appositive_possessor(doc, m)) \
                    and not (pronoun and _other_gender(doc, pronoun, m)):
                best = m
        if best is not None:
            return best
    return None


def _opens_subject(word: str) -> bool:
    """Does `word`, right after a relative word, open a subject of the clause's own: a
    determiner ("which the press"), a capitalised name ("which Ana Ruiz") or a personal pronoun
    ("which he", "that they")?"""
    low = word.lower()
    if low in lowered("agents", "object_relatives") or low == "who":
        return False
    return low in lowered("agents", "determiners") or word[:1].isupper() \
        or _pronoun_class(word) is not None


def appositive_possessor(doc: Document, mention: Mention) -> bool:
    """Whether a name is the possessor in an apposition to another person's name ("Gail
    Dorrow, Tom’s wife, runs the food bank", "Ana Ruiz, Carl Boyd's lawyer, said"): the
    apposition says who the first one is, so the clause's subject, and a later "she", is the
    first name, not the possessor named on the way (it was: set EE's two pages, 2026-12-07,
    rdr45). Such a name is taken, as a governed one is, only when no other is there."""
    text = doc.text
    if not re.match(r"[’']s\b", text[mention.span.end:mention.span.end + 3]):
        return False
    start = max(0, mention.span.begin - 4)
    comma = re.search(r",\s*$", text[start:mention.span.begin])
    if comma is None:
        return False
    at = start + comma.start()  # where the name before the apposition must end
    return any(m.span.end == at and m is not mention and kind_of(doc, m.entity) in person_kinds()
               for m in doc.annotations.mentions)


def in_title(doc: Document, mention: Mention) -> bool:
    """Whether a name is part of a work's title rather than someone the sentence speaks of: the
    title-case words it stands in ("Habla Ana Ruiz", "Cartas de Ana Ruiz") are followed by an
    apposition that says what work they are ("…, the Spanish edition of …", "…, a new book by
    …"; the nouns of entities.toml `[work_nouns]` and `[translated_titles]`). A person named
    inside a title says nothing and is no "he" or "she" of a later sentence, even when the
    entities stage found the name but not the title around it."""
    text = doc.text
    end = mention.span.end
    # the title-case words after it, over small lower-case words ("Cartas de Ana Ruiz")
    run = textwindow.after(r"(?:[ \t]+(?:[a-zß-ÿ]{1,3}[ \t]+)*[A-ZÀ-Þ][\w’'.-]*)*", text, end, 120, cut=True)
    end += run.end() if run else 0
    m = textwindow.after(_title_apposition(), text, end, 120)
    if m is None:
        return False
    skipped = [w.lower() for w in m.group("between").split()]
    return not any(w in lowered("agents", "prepositions") or w in lowered("agents", "determiners")
                   for w in skipped)


@cuedata.cached
def _title_apposition() -> re.Pattern:
    """", the Spanish edition of", ", a new book by": an article, at most three words, then a
    noun for a kind of work (not a possessive: "a book’s author" names a person) and "of", "by"
    or the clause's end."""
    nouns = [w for key in ("book", "work") for w in cuedata.words("entities", "work_nouns", key)
             if " " not in w and not w.endswith("ed")]
    nouns += cuedata.words("entities", "translated_titles", "nouns")
    alternation = cuedata.phrase_pattern(nouns)
    return re.compile(rf",\s+(?:the|a|an)\s+(?P<between>(?:[\w’'-]+\s+){{0,3}}?)(?:{alternation})"
                      rf"(?![\w’'])\s*(?:of\b|by\b|[,.;:]|$)", re.I)


def _quoted_elsewhere(doc: Document, at: int) -> list[Span]:
    """The quotations (their marks) that do not hold offset `at`: a name inside someone's quoted
    words is theirs to use, and a pronoun outside them ("“Putin thinks we will give up,” he
    said") never stands for it. A pronoun inside a quotation may still stand for a name inside
    that same quotation."""
    return [q.span for q in doc.annotations.quotations
            if q.kind == "quotation" and not q.span.begin <= at < q.span.end]


def surnames(label: str) -> list[str]:
    """The words of a person's name that may stand alone for it, lower-cased: the last word,
    and, for a name of three words or more, the word before it, the first of two surnames as
    Spanish usage gives them ("Rosa Elena Dorrego Tallis" is "Dorrego" on second mention; "Raúl
    Castro Ruz" is "Castro"). An initial ("K.") or a suffix ("Jr.") is no surname."""
    words = [w for w in label.lower().replace("’", "'").split()
             if not w.endswith(".") and w not in lowered("agents", "name_suffixes")]
    if not words:
        return []
    return words[-1:] + (words[-2:-1] if len(words) >= 3 else [])


def _other_gender(doc: Document, pronoun: str, mention: Mention) -> bool:
    """Whether the mention names a person whose given name takes the other pronoun: by the
    entity's label ("Dolores Hart" for a mention "Hart"), else the words mentioned."""
    ent = doc.annotations.entities.get(mention.entity)
    names = [ent.label] if ent is not None else []
    return any(contradicts(pronoun, n) for n in names + [mention.span.of(doc.text)])


def last_work(doc: Document, works: list[Work], before: int, floor: int = 0) -> Work | None:
    """The work named last before offset `before` (not before `floor`)."""
    best, at = None, -1
    for w in works:
        for s in w.spans:
            if floor <= s.begin and s.end <= before and s.end > at:
                best, at = w, s.end
    return best


def book_author(doc: Document, before: int) -> list[Agent]:
    """The author of the work the article named last before offset `before`, as the entities
    stage found it (a mention of a kind of agents.toml `work_kinds`), when some mention of that
    work is followed by "by" and a person's name: a review's header ("Steel Towns: A History\nby
    Ana Ruiz") or its text ("Steel Towns, by Ana Ruiz, tells …"). "The author writes that “…”"
    in the review is then that person; an author the article does not give is nobody."""
    kinds = set(cuedata.words("agents", "work_kinds"))
    named = [m for m in doc.annotations.mentions if m.span.end <= before and kind_of(doc, m.entity) in kinds]
    if not named:
        return []
    work = max(named, key=lambda m: m.span.end).entity
    persons = person_kinds()
    for m in doc.annotations.mentions:
        if m.entity != work:
            continue
        by = textwindow.after(r"[\s,]*by\s+", doc.text, m.span.end, 12, cut=True)
        if by is None:
            continue
        at = m.span.end + by.end()
        author = next((a for a in doc.annotations.mentions if a.span.begin == at
                       and kind_of(doc, a.entity) in persons), None)
        if author is not None:
            return [entity_agent(doc, author.entity)]
    return []


def resolve(doc: Document, span: Span, *, works: list[Work] = (), scope: Span | None = None,
            unidentified: bool = True) -> list[Agent]:
    """The agents a phrase names.

    span: the phrase ("Lenin", "he", "the authors", "certain sections of the bourgeois press").
    scope: where pronouns may look back for their antecedent (a paragraph or a note).
    """
    phrase = span.of(doc.text).strip(" ,;:—–-()[]")
    if not phrase:
        return []
    low = phrase.lower()
    floor = scope.begin if scope else 0
    if low in (w.lower() for w in cuedata.words("agents", "work_authors")):
        work = last_work(doc, list(works), span.begin, floor)
        if work is None:  # no work cited in reach: the book the page names, as a review does
            return book_author(doc, span.begin)
        return list(work.authors) if work.authors else []
    words = _WORD.findall(phrase)
    if len(words) == 1:
        cls = _pronoun_class(words[0])
        if cls == "writer":
            return writers(doc)
        if cls == "recipient":
            return recipient(doc)
        if cls in ("person", "group"):
            pronoun = words[0] if cls == "person" else None
            m = previous_mention(doc, span.begin, persons=cls == "person", floor=floor, pronoun=pronoun)
            if m is None and cls == "person":
                found = _surname_before(doc, span.begin, floor, pronoun)
                if found or scope is None:
                    return found
                unnamed = _unnamed_subject(doc, span.begin, floor)
                if unnamed is not None:
                    # "A driver from Leeds said her son … “…,” she said.": the one the
                    # paragraph describes, not a person named in the paragraph before
                    return [unnamed]
                # "Ana Ruiz, a housekeeper, has worked there 14 years." then a paragraph
                # "“…,” she said.": the person named in the paragraph before
                prior = [sp for sp in doc.prose_spans() if sp.end <= scope.begin]
                if not prior or not same_section(doc, prior[-1].begin, scope.begin):
                    return []  # a letter or "Years Ago" item is a section: no reaching into the last
                opener = _reporting_opener(doc, prior[-1], pronoun)
                if opener is not None:
                    # "Ana Ruiz described how … Judge Carl Boyd refused …" then a paragraph
                    # "“…,” she said.": the one the paragraph reports, not the last one it names
                    return [opener]
                m = previous_mention(doc, prior[-1].end, persons=True, floor=prior[-1].begin,
                                     pronoun=pronoun)
                if m is None:  # "Dorrego described …" in the paragraph before, no mention of its own
                    return _surname_before(doc, prior[-1].end, prior[-1].begin, pronoun)
            return [entity_agent(doc, m.entity)] if m else []
    keys = []
    for m in head_mentions(doc, span):
        if is_agentive(doc, m.entity) and m.entity not in keys:
            keys.append(m.entity)
    if keys:
        # "Lenin’s draft theses": the possessor speaks; "X and Y": both do.
        return [entity_agent(doc, k) for k in keys[:3]]
    for p in doc.authors:  # the writer named in full (no registry entry needed)
        if p.name.lower() == low:
            return writers(doc)
    possessives = lowered("agents", "writer_possessives") | lowered("agents", "person_possessives")
    if (len(words) == 2 and words[0].lower() in lowered("agents", "person_possessives")
            and words[1].lower() in lowered("agents", "written_by_possessor")):
        # "“…,” his message said": the piece is the possessor's own words, so the possessive
        # stands for its writer, the person named before it (a consul's message read at a
        # memorial meeting had no speaker, set EH, 2026-12-07, rdr46)
        first = re.search(r"[\w’']+", span.of(doc.text))
        at = span.begin + first.start()
        return resolve(doc, Span(at, at + len(words[0])), works=works, scope=scope,
                       unidentified=False)
    if len(words) > 1 and words[0].lower() in possessives and words[1][:1].islower():
        # "My mother still says, “…”", "Her neighbor told us": the writer's or a person's
        # possessive opens a description of someone else, unnamed (a talk under an editor's
        # introduction has the paper as its writer: the paper's mother is nonsense, and so is
        # the speaker's own name for her words)
        described = description(phrase) if unidentified else None
        return [Agent("unidentified", described)] if described else []
    if len(words) > 1 and words[0].lower() in lowered("agents", "object_relatives") \
            and _opens_subject(words[1]):
        # "the scheme, which the press has dubbed “…”", "which he calls “…”": the relative word
        # is the verb's object, the words after it its subject (the antecedent of "which" was
        # taken for the speaker: a set ED page, 2026-12-07, rdr45)
        rel = re.search(r"[\w’']+", span.of(doc.text))
        rest = re.search(r"\S", doc.text[span.begin + rel.end():span.end])
        if rest is None:
            return []
        return resolve(doc, Span(span.begin + rel.end() + rest.start(), span.end), works=works,
                       scope=scope, unidentified=unidentified)
    if words and _pronoun_class(words[0]) in ("writer", "recipient", "person", "group"):
        # "They will take ...": the phrase opens with its subject pronoun
        first = re.search(r"[\w’']+", span.of(doc.text))
        at = span.begin + first.start()
        return resolve(doc, Span(at, at + len(words[0])), works=works, scope=scope,
                       unidentified=False)
    if unidentified and words and not phrase[0].isdigit():
        described = description(phrase)
        return [Agent("unidentified", described)] if described else []
    return []


def same_section(doc: Document, a: int, b: int) -> bool:
    """Whether offsets a and b lie in one section of the document (an item of a page of
    letters or "Years Ago" items is a section of its own); True when the document has none."""
    def at(offset: int) -> int | None:
        return next((i for i, s in enumerate(doc.sections) if s.span.begin <= offset < s.span.end), None)
    return not doc.sections or at(a) == at(b)


def _surname_before(doc: Document, before: int, floor: int, pronoun: str | None = None) -> list[Agent]:
    """"Romero pointed to ... “…,” he said": a surname alone, not marked as a mention, that
    names one person (or unknown-kind name) mentioned in full elsewhere in the article."""
    quoted = _quoted_elsewhere(doc, before)
    for m in reversed(list(re.finditer(r"\b[A-Z][a-z’'-]+\b", doc.text[floor:before]))):
        if any(q.begin <= floor + m.start() < q.end for q in quoted):
            continue  # a name in someone's quoted words
        if any(n.span.begin <= floor + m.start() < n.span.end and in_title(doc, n)
               for n in doc.annotations.mentions):
            continue  # a word of a work's title ("Habla Ana Ruiz, the Spanish edition of …")
        a = by_name(doc, m.group(), pronoun)
        kinds = person_kinds()
        ent = doc.annotations.entities.get(a.key) if a.kind == "entity" else None
        if pronoun and ent is not None and contradicts(pronoun, ent.label):
            continue
        if a.kind == "entity" and kind_of(doc, a.key) in kinds:
            return [a]
    return []


def _unnamed_subject(doc: Document, before: int, floor: int) -> Agent | None:
    """The unnamed person a sentence of the paragraph (from `floor` to `before`) opens with and
    reports the words of: an indefinite opener and a lower-case noun ("A driver from Leeds who moved
    here last year told us …"; agents.toml `indefinite_openers`) in a sentence with a verb that reports
    an assertion (claims.toml `bare_clause_verbs`, `told_verbs`; not "A driver asked him about
    …", whose "he" may be the one asked), described as an unidentified agent, the nearest such
    sentence first; else the writer's kin or friend the paragraph's first sentence opens with ("My
    aunt still works in …"), whatever its verb. None when no sentence there does so (or its
    description runs too long)."""
    openers = lowered("agents", "indefinite_openers")
    reporting = lowered("claims", "reported", "bare_clause_verbs") \
        | lowered("claims", "reported", "told_verbs")
    mine = lowered("agents", "writer_possessives")
    for s in reversed(doc.annotations.sentences):
        if s.span.begin < floor or s.span.begin >= before:
            continue
        words = doc.text[s.span.begin:min(s.span.end, before)].split()
        if len(words) > 1 and words[0].lower() in openers and words[1][:1].islower() \
                and any(w.strip(",;:").lower() in reporting for w in words):
            described = description(" ".join(words))
            return Agent("unidentified", described) if described else None
    first = next((s for s in doc.annotations.sentences if floor <= s.span.begin < before), None)
    if first is not None:
        # "My aunt still works in Kelvo. … “…,” she wrote to us.": the writer's kin or
        # friend the paragraph opens with is the one who speaks, unnamed (a set BR letter)
        words = doc.text[first.span.begin:first.span.end].split()
        if len(words) > 2 and words[0].lower() in mine and words[1][:1].islower():
            described = description(" ".join(words)) or ""
            if len(described.split()) > 3:  # "My aunt still works in …": no verb list cut it
                described = " ".join(words[:2]).strip(" ,;:")
            return Agent("unidentified", described)
    return None


@cuedata.cached
def _opener_verb() -> re.Pattern:
    """A sentence opening with a name (one to four capitalised words), perhaps a filler
    ("also"), then a verb of saying (kg/data/nlp/quotes.toml `speaker_fillers`, `speech_verbs`)."""
    fillers = cuedata.phrase_pattern(cuedata.words("quotes", "speaker_fillers"))
    verbs = cuedata.phrase_pattern(cuedata.words("quotes", "speech_verbs"))
    return re.compile(rf"\s*(?P<who>[A-ZÀ-Þ][\w’'.-]*(?:\s+[A-ZÀ-Þ][\w’'.-]*){{0,3}})"
                      rf"\s+(?:(?:{fillers})\s+)*(?:{verbs})\b")


def _reporting_opener(doc: Document, para: Span, pronoun: str | None) -> Agent | None:
    """The person a paragraph's first sentence names as the subject of a verb of saying ("Ana
    Ruiz described how the bosses broke the strike."; a surname alone does, `by_name`): the
    sentences after it report what that person said, so a "she said" in the next paragraph is
    hers, not that of someone the report names on the way. None when the paragraph does not
    open so, or the name is no person's or takes the other pronoun."""
    first = next((s.span for s in doc.annotations.sentences if para.begin <= s.span.begin < para.end), None)
    m = _opener_verb().match(doc.text, first.begin, first.end) if first is not None else None
    if m is None:
        return None
    agent = by_name(doc, m.group("who"), pronoun)
    ent = doc.annotations.entities.get(agent.key) if agent.kind == "entity" else None
    if ent is None or ent.kind not in person_kinds() or (pronoun and contradicts(pronoun, ent.label)):
        return None
    return agent


def description(phrase: str) -> str | None:
    """A short noun phrase naming an unidentified agent, cut before its verb: "communists
    around the world waged ..." -> "communists around the world"; None if too long to be one."""
    kept = []
    finite = {w.lower() for w in cuedata.words("claims", "reported", "finite_verbs")}
    words = phrase.split()
    adverbs = {w.lower() for w in cuedata.words("agents", "leading_adverbs")}
    irregular = lowered("agents", "irregular_past")
    relatives = lowered("claims", "reported", "relatives")
    while len(words) > 1 and words[0].strip(",").lower() in adverbs:
        words = words[1:]  # "Later a man … told us": the time, no word of who spoke
    for i, w in enumerate(words):
        if i and (re.fullmatch(r"[a-z]+(?:ed|ing)", w) and w not in ("united", "red") or w.lower() in finite):
            break  # "A march was held in ..." -> "A march"
        if i > 1 and (w in irregular or w in relatives):
            break  # "One old woman gave us …", "a driver who moved …" -> "One old woman", "a driver"
        kept.append(w)
    if words and words[-1].lower() in relatives:
        return None  # "A pensioner sent $10 with a note that told us": the relative is the subject
    max_words = cuedata.load("agents").get("description_max_words", 7)
    if not kept or len(kept) > max_words or not re.search(r"[A-Za-z]", kept[0]):
        return None
    return " ".join(kept).strip(" ,;:")


def agent_slug(agent: Agent) -> str:
    return slug(agent.key, max_words=8)


def by_name(doc: Document, name: str, pronoun: str | None = None) -> Agent:
    """An agent named outside any mention (a citation's author): registry entity if the
    name, an alias or (for persons) the surname matches one entity, else a person by name.
    A pronoun that stands for the surname ("Ashby said … “…,” she said") tells apart the persons
    of that surname by their given names (kg.nlp.genders): of "Loretta Ashby" and "Curtis Ashby",
    "she" is Loretta Ashby."""
    low = " ".join(name.split()).lower().replace("’", "'")
    ents = doc.annotations.entities.values()
    for e in ents:
        if low in (x.lower().replace("’", "'") for x in (e.label, *e.aliases)):
            return entity_agent(doc, e.key)
    for m in doc.annotations.mentions:  # the same words mentioned in the text
        if m.span.of(doc.text).lower().replace("’", "'") == low:
            return entity_agent(doc, m.entity)
    surname = low.split()[-1] if low else ""
    kinds = person_kinds()
    hits = {e.key for e in ents if e.kind in kinds and len(e.label.split()) > 1
            and e.label.lower().replace("’", "'").split()[-1:] == [surname]}
    if not hits and len(low.split()) == 1:
        # "Dorrego" for "Rosa Elena Dorrego Tallis": a first surname of two
        hits = {e.key for e in ents if e.kind in kinds and len(e.label.split()) > 2
                and surname in surnames(e.label)}
    if len(hits) > 1 and pronoun:
        ents_by_key = doc.annotations.entities
        hits = {k for k in hits if not contradicts(pronoun, ents_by_key[k].label)}
    if len(hits) == 1:
        return entity_agent(doc, hits.pop())
    return Agent("person", " ".join(name.split()))
