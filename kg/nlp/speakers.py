"""Who speaks: the agents a subject phrase names, and the subject phrase before a verb.

Shared by the quotation, reported-speech and stance stages (kg.nlp.quotations.quotes, kg.nlp.claims.reported,
kg.nlp.claims.stances), which all attribute words to someone the same way.
"""

from __future__ import annotations

import re

from kg.annotations import Agent, Work
from kg.model import Document, Span
from kg.nlp import agents, cuedata
from kg.nlp.namemarks import inside_name
from kg.nlp.speakingsubject import speaking_subject


@cuedata.cached
def _fillers_tail() -> re.Pattern:
    """Filler words between a speaker and the verb ("X also said"), at the end of a phrase."""
    fillers = cuedata.phrase_pattern(cuedata.words("quotes", "speaker_fillers"))
    return re.compile(rf"(?:\s+(?:{fillers}))+\s*$", re.I)


def speaker_from_phrase(doc: Document, phrase: Span, works: list[Work],
                         scope: Span | None) -> tuple[list[Agent], Work | None, Span | None]:
    """Agents and/or work that a subject phrase names."""
    text = doc.text
    # A work named in the phrase ("Lenin’s draft theses ...", "A column by ...").
    for w in works:
        for s in w.spans:
            if phrase.begin <= s.begin < phrase.end:
                return list(w.authors), w, s
    who = text[phrase.begin:phrase.end]
    cleft = _cleft().search(who)
    if cleft:  # "Ana Ruiz was the one who": the cleft's subject
        phrase = Span(phrase.begin, phrase.begin + cleft.end("subject"))
        who = text[phrase.begin:phrase.end]
    # Trailing pronoun ("... he", "we often"): the phrase's last word.
    tail = re.search(r"([\w’']+)\s*$", who)
    if tail:
        word = tail.group(1)
        at = Span(phrase.begin + tail.start(1), phrase.begin + tail.end(1))
        pronouns = {w.lower() for key in ("writer", "recipient", "person", "group")
                    for w in cuedata.words("agents", key)}
        if word.lower() in pronouns and re.search(r"(?<![\w’'])of\s+$", text[phrase.begin:at.begin]):
            # "One of them, a worker from Honduras, said": one member, not the group, speaks
            return [Agent("unidentified", " ".join(who.split()))], None, phrase
        if word.lower() in pronouns and _governed_pronoun(text[phrase.begin:at.begin]):
            # "Then a man beside me said, “…”", "A driver behind them shouted": the pronoun is
            # a preposition's object, and the one it places speaks, unnamed (the writer of a
            # letter, or on a page of letters the paper, was taken for the speaker: set EO,
            # 2026-12-07, rdr47)
            described = agents.description(who)
            return ([Agent("unidentified", described)] if described else []), None, phrase
        chained = _chained_pronoun(doc, at, scope)
        took_floor = speaking_subject(doc, chained, scope)
        # "Ana Ruiz, of the local, spoke on Carl Boyd’s book. “…,” she said.": the one the
        # sentence before has take the floor, not the last person it names on the way
        cls = [took_floor] if took_floor is not None else \
            agents.resolve(doc, chained, works=works, scope=scope, unidentified=False)
        if word.lower() in pronouns:
            # the pronoun is the subject, even when it names nobody ("you" outside a letter)
            return cls, None, Span(phrase.begin + tail.start(1), phrase.begin + tail.end(1))
    ms = [m for m in agents.head_mentions(doc, phrase) if agents.is_agentive(doc, m.entity)]
    if ms:
        # "Ana Ruiz and Li Wei, both packers, said": names joined by "and" (or a list's commas)
        # speak together; otherwise the last name speaks
        joined = [ms[-1]]
        for m in reversed(ms[:-1]):
            if not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?|\s*,\s*", text[m.span.end:joined[0].span.begin]):
                break
            joined.insert(0, m)
        if len(joined) > 1 and re.search(r"\band\b", text[joined[0].span.end:joined[-1].span.begin]):
            keys = list(dict.fromkeys(m.entity for m in joined))[:3]
            return [Agent("entity", k) for k in keys], None, Span(joined[0].span.begin, joined[-1].span.end)
        m = ms[-1]
        return [Agent("entity", m.entity)], None, m.span
    found = agents.resolve(doc, phrase, works=works, scope=scope)
    return found, None, phrase if found else None


def _governed_pronoun(before: str) -> bool:
    """Do the words before a phrase's last word end on a preposition
    (kg/data/nlp/agents.toml `prepositions`) with a word before it ("a woman behind ",
    "a striker next to ")? The pronoun after it is then the preposition's object, not the
    phrase's subject. "of" is read on its own above: one of a group speaks."""
    words = re.findall(r"[\w’']+", before)
    return len(words) >= 2 and words[-1].lower() in agents.lowered("agents", "prepositions")


def inscribed(doc: Document, phrase: Span) -> bool:
    """Whether a verb of saying's subject is a thing that carries words, not someone who speaks
    ("Our banner at the rally next week will say", "The placards carried by strikers said"): the
    phrase's head noun, its last word before a preposition, a relative word or a participle in
    -ed or -ing (determiners and possessives before it, kg/data/nlp/agents.toml), is one of
    kg/data/nlp/quotes.toml `inscription_nouns`, and no agent's name heads the phrase ("Sign painter
    Ana Ruiz said" is Ana Ruiz). The slogan is then nobody's words: not the possessor's ("Our" is
    not the writer speaking) and not a person named nearby."""
    words = re.findall(r"[\w’'-]+", phrase.of(doc.text))
    stops = agents.lowered("agents", "prepositions") | {"who", "which", "that", "whose", "whom"}
    # a pronoun after the noun opens a relative clause with no relative word ("The banner we
    # carried that spring said: “…”"); before it, it is a possessive ("Our banner")
    pronouns = agents.lowered("agents", "writer") | agents.lowered("agents", "person") \
        | agents.lowered("agents", "group")
    head = []
    for w in words:
        if w.lower() in stops or (head and (re.fullmatch(r"[a-z]+(?:ed|ing)", w) or w.lower() in pronouns)):
            break
        head.append(w)
    nouns = agents.lowered("quotes", "inscription_nouns")
    if not head or head[-1].lower() not in nouns:
        return False
    return not any(agents.is_agentive(doc, m.entity) for m in agents.head_mentions(doc, phrase))


@cuedata.cached
def _cleft() -> re.Pattern:
    """"Ana Ruiz was the one who" (kg/data/nlp/quotes.toml `cleft_heads`), at the end of a phrase."""
    heads = cuedata.phrase_pattern(cuedata.words("quotes", "cleft_heads"))
    return re.compile(rf"^(?P<subject>.*?\S)\s+(?:was|is|were|are)\s+(?:the|a)\s+(?:{heads})"
                      rf"\s+(?:who|that)\s*$", re.I | re.S)


def _chained_pronoun(doc: Document, at: Span, scope: Span | None) -> Span:
    """A "he" or "she" whose sentence follows one opening with the same pronoun stands for what
    that one stands for: in "Ana Ruiz chaired the meeting. She called for the removal of the
    board, headed by Carl Boyd. “…,” she said." the second "she" is Ana Ruiz, as the first is,
    not the name nearest before it. Walks back over such sentences (in the same paragraph) and
    returns the first pronoun of the chain, or `at` itself."""
    text = doc.text
    word = at.of(text).lower()
    if word not in {w.lower() for w in cuedata.words("agents", "subject_pronouns")}:
        return at
    sentences = [s.span for s in doc.annotations.sentences]
    while True:
        here = next((i for i, s in enumerate(sentences) if s.begin <= at.begin < s.end), None)
        if not here:
            return at
        prev = sentences[here - 1]
        if scope is not None and prev.begin < scope.begin:
            return at
        first = re.match(r"\s*([\w’']+)", text[prev.begin:prev.end])
        if first is None or first.group(1).lower() != word:
            return at
        at = Span(prev.begin + first.start(1), prev.begin + first.end(1))


def subject_before(doc: Document, sentence: Span, verb_begin: int) -> Span:
    """The subject of the verb at verb_begin: the words after the last comma before it, or,
    when the verb follows a comma directly (an inserted phrase), the clause's first words."""
    text = doc.text
    seg_begin = sentence.begin
    for m in re.finditer(r"[;—:”]|--", text[sentence.begin:verb_begin]):  # "--": 2000–2002 pages
        if not inside_name(doc, sentence.begin + m.start()):  # "Tom “Bull” Kelvin, said": a nickname's
            seg_begin = sentence.begin + m.end()
    seg = text[seg_begin:verb_begin]
    seg_clean = _fillers_tail().sub("", seg)
    end = seg_begin + len(seg_clean.rstrip())
    signer = _signer_re().search(seg_clean)
    if signer is not None and _names_a_person(doc, seg_begin + signer.start("who")):
        # "A message from the Kelvo local, signed by Ana Ruiz, its president, said": the signer
        # speaks the message's words, not the body it came from (the message was given to the
        # body named first, set EH, 2026-12-07, rdr46); a body or bodies signing ("signed by
        # the Kelvo local and two parties") leave the subject as it was
        return Span(seg_begin + signer.start("who"), seg_begin + signer.end("who"))
    last_comma = seg_clean.rstrip().rfind(",")
    if last_comma >= 0 and _coordinated_predicate(seg_clean[last_comma + 1:]):
        # "Her neighbor, retired now, gave us coffee and told us": the words after the comma are
        # the clause's first predicate, not its subject; the subject stands before its appositions
        subject = _before_appositions(seg_begin, seg_clean[:last_comma])
        if subject is not None:
            return subject
    if last_comma >= 0 and seg_clean[last_comma + 1:].strip():
        return Span(seg_begin + last_comma + 1, end)
    if last_comma >= 0:
        named = _named_before_apposition(doc, seg_begin, seg_clean[:last_comma])
        if named is not None:  # "Vivian Ortiz, a nurse at Mercy Hospital, said"
            return named
        # "Lenin’s draft theses ..., prepared for ..., stressed"
        first = seg_clean.find(",")
        return Span(seg_begin, seg_begin + first)
    pronoun = _pronoun_before_predicate(seg_clean)
    if pronoun is not None:
        lead = len(seg_clean) - len(seg_clean.lstrip())
        return Span(seg_begin + lead, seg_begin + lead + len(pronoun))
    return Span(seg_begin, end)


def _pronoun_before_predicate(seg: str) -> str | None:
    """A clause's subject pronoun when a first predicate joins the verb of saying with no comma
    ("She used to lend us a pamphlet and tell us", "he smiled and said"): the clause opens with a
    subject pronoun (agents.toml `subject_pronouns`), then a lower-case word, and ends with a
    coordinator (agents.toml `coordinators`). The pronoun speaks; the whole clause named
    nobody (a memorial meeting's retold advice had no speaker, set EH, 2026-12-07, rdr46).
    None for any other clause."""
    words = seg.split()
    if len(words) < 3 or words[-1].lower() not in agents.lowered("agents", "coordinators"):
        return None
    first = words[0]
    return first if (first.lower() in agents.lowered("agents", "subject_pronouns")
                     and words[1][:1].islower()) else None


def _not_kin_only(doc: Document, people: list) -> list:
    """The people of one surname without those the page names only as someone's kin, every
    mention right after a possessive and a family noun ("Her husband, Tom Ruud,", "her son
    Lev Ruud"; kg/data/nlp/kinds.toml `kin_names`). An obituary names the dead one's family so,
    in full, and goes on calling the dead one by the surname alone: the surname is hers, not her
    husband's (set EH's 2022 page, 2026-12-07, rdr46). Nobody left out when all are kin."""
    kin = _kin_before()
    def kin_only(key: str) -> bool:
        spans = [m.span for m in doc.annotations.mentions if m.entity == key]
        return bool(spans) and all(kin.search(doc.text, max(0, sp.begin - 40), sp.begin)
                                   for sp in spans)
    rest = [e for e in people if not kin_only(e.key)]
    return rest or people


def _called_by_surname(doc: Document, people: list, surname: str) -> list:
    """Of people of one surname, the one the page already calls by the surname alone (a mention
    of that person's entity reads the surname and nothing else): "Tom Dorrell … Dorrell said …
    his wife, Ana Dorrell, … Dorrell said he …". The writer names the namesake in full and goes
    on calling the one first so called by the surname; the entities stage tied the surname to
    him while he was the only Dorrell named, and left it an entity of its own once she was, and
    its quotation had no full name (set O's 2021 page, 2026-12-07, rdr48). All of them, when
    none or several are so called."""
    called = [e for e in people if any(
        m.entity == e.key and doc.text[m.span.begin:m.span.end] == surname
        for m in doc.annotations.mentions)]
    return called if len(called) == 1 else people


@cuedata.cached
def _kin_before() -> re.Pattern:
    """A possessive and a family noun (kinds.toml `kin_names`), perhaps a comma, ending right
    where a name begins."""
    possessives = cuedata.phrase_pattern(cuedata.words("kinds", "kin_names", "possessives"))
    nouns = cuedata.phrase_pattern(cuedata.words("kinds", "kin_names", "nouns"))
    return re.compile(rf"(?<![\w’'-])(?:{possessives})\s+(?:{nouns}),?\s+$", re.I)


def _names_a_person(doc: Document, at: int) -> bool:
    """Does a mention of a person (agents.person_kinds) begin at `at`?"""
    kinds = agents.person_kinds()
    return any(m.span.begin == at and agents.kind_of(doc, m.entity) in kinds
               for m in doc.annotations.mentions)


@cuedata.cached
def _signer_re() -> re.Pattern:
    """", signed by Ana Ruiz," inside a verb's subject (quotes.toml `signer_phrases`): the name
    after the phrase, up to the next comma or the verb, as `who`."""
    phrases = cuedata.phrase_pattern(cuedata.words("quotes", "signer_phrases"))
    return re.compile(rf",\s+(?:{phrases})\s+(?P<who>[A-ZÀ-Þ][^,;:“”\"]*?)\s*(?:,|$)")


def _coordinated_predicate(part: str) -> bool:
    """Whether the words between a clause's last comma and its verb are a first predicate joined
    to the verb ("…, gave us coffee and told us"): they end with a coordinator (agents.toml
    `coordinators`) and open with a lower-case word that is no pronoun, determiner or apposition
    opener ("…, she smiled and said" keeps "she" as the subject)."""
    words = part.split()
    if len(words) < 2 or words[-1].lower() not in agents.lowered("agents", "coordinators"):
        return False
    first = words[0]
    subjects = {w.lower() for key in ("writer", "recipient", "person", "group")
                for w in cuedata.words("agents", key)} | agents.lowered("agents", "determiners") \
        | agents.lowered("quotes", "apposition_openers")
    return first[:1].islower() and first.lower() not in subjects


def _before_appositions(seg_begin: int, seg: str) -> Span | None:
    """The part of a clause before its appositions ("Her neighbor, retired now, …" -> "Her
    neighbor"): walking back over comma-separated parts that open with a lower-case word, an
    apposition opener or a number, the nearest other part. None when every part is one."""
    openers = agents.lowered("quotes", "apposition_openers")
    for m in reversed(list(re.finditer(r"[^,]+", seg))):
        part = m.group()
        first = re.match(r"\s*([\w’'-]+)", part)
        if first is None:
            return None
        word = first.group(1)
        if word.lower() in openers or word[:1].isdigit() or word[:1].islower():
            continue
        lead = len(part) - len(part.lstrip())
        return Span(seg_begin + m.start() + lead, seg_begin + m.start() + len(part.rstrip()))
    return None


def _named_before_apposition(doc: Document, seg_begin: int, seg: str) -> Span | None:
    """In "At a forum on May 7, Ana Ruiz, a garment worker from Hong Kong, said", the
    comma-separated parts before the verb: walking back over appositions (a part that opens
    with an article, a number or a lower-case word: "a garment worker ...", "45", "one of
    them"), the nearest part with a mention of an agent at its head is the subject; a person's
    name standing alone as the last part follows a role ("The mayor, Ana Ruiz, said"); when
    every part is a role or an apposition, the one person an apposition names ("The narrator,
    a young miner named Ana Ruiz, says"). None when no such shape is there."""
    parts = [(m.start(), m.group()) for m in re.finditer(r"[^,]+", seg)]
    openers = {w.lower() for w in cuedata.words("quotes", "apposition_openers")}
    skipped = False
    in_apposition: Span | None = None  # "The narrator, a young miner named Ana Ruiz, said"
    for start, part in reversed(parts):
        span = Span(seg_begin + start, seg_begin + start + len(part))
        first = re.match(r"\s*([\w’'-]+)", part)
        if first is None:
            return None
        word = first.group(1)
        heads = [m for m in agents.head_mentions(doc, span) if agents.is_agentive(doc, m.entity)]
        lead = len(part) - len(part.lstrip())
        whole = Span(span.begin + lead, span.begin + len(part.rstrip()))
        if heads and skipped:
            return whole
        named = any(m.span == whole and agents.kind_of(doc, m.entity) == "person" for m in heads)
        if named and len(parts) > 1:
            return whole  # "The mayor, Ana Ruiz, said": the name after the role
        titled = _role_then_name(doc, whole, word) if len(parts) > 1 else None
        if titled is not None:
            return titled  # "Her neighbor, Teamsters member Ana Ruiz, said"

        if word.lower() in openers or word[:1].isdigit() or word[:1].islower():
            persons = [m for m in heads if agents.kind_of(doc, m.entity) == "person"]
            if in_apposition is None and len(persons) == 1:
                in_apposition = persons[0].span
            skipped = True
            continue
        return None
    # every part a role or an apposition: the one person an apposition names speaks
    return in_apposition


def _role_then_name(doc: Document, part: Span, first: str) -> Span | None:
    """A person's name that ends a part after a role written before it ("Teamsters member Ana
    Ruiz", "Labor Party candidate Ana Ruiz"): the part opens with a capitalised word that opens
    no apposition, and a lower-case word (the role's noun) stands right before the name. The
    name, not the body in the role, names the one who speaks; a part that opens in lower case
    ("wife of striker Ana Ruiz") is an apposition about someone else and gives None."""
    openers = agents.lowered("quotes", "apposition_openers")
    if not first[:1].isupper() or first.lower() in openers:
        return None
    persons = [m for m in agents.mentions_in(doc, part)
               if m.span.end == part.end and agents.kind_of(doc, m.entity) == "person"]
    if not persons or persons[0].span.begin == part.begin:
        return None
    role = re.search(r"([\w’'-]+)\s+$", doc.text[part.begin:persons[0].span.begin])
    return persons[0].span if role and role.group(1)[:1].islower() else None


def _untitled(label: str) -> str:
    """A name without the titles before it (kg/data/nlp/entities.toml `titles`): "Judge
    Bexley" -> "Bexley", "Rev. Ana Ruiz" -> "Ana Ruiz"; a name that is only a title stays."""
    titles = sorted(cuedata.words("entities", "titles"), key=len, reverse=True)
    rest = label.strip()
    while True:
        title = next((t for t in titles if rest.startswith(t + " ")), None)
        if title is None:
            return rest
        rest = rest[len(title):].strip()


def named_in_full(doc: Document, agent: Agent) -> Agent:
    """The person a surname standing alone names, when the entities stage left it an entity of
    its own ("Brandvold", of a kind that may be a person; "Judge Brandvold", a title before it)
    while the article names that person in full ("Lyle K. Brandvold", perhaps also "Lyle
    Brandvold"): the speaker of "“…,” Brandvold writes" is the person, by the fullest form of the
    name. Every person of the article whose
    name ends with the surname must be that one name, told apart by middle initials at most;
    two people of one surname ("Carl Ruud", "Ingrid Ruud") leave the surname as it was, and so
    does a one-word name the registry knows; but a relative named only as someone's kin ("Her
    husband, Tom Ruud, worked …": `_not_kin_only`) is not the one the surname goes on naming,
    and of two the page names in full, the one it already called by the surname alone is
    (`_called_by_surname`)."""
    ents = doc.annotations.entities
    ent = ents.get(agent.key) if agent.kind == "entity" else None
    kinds = agents.person_kinds()
    if ent is None or ent.known or ent.kind not in kinds:
        return agent  # a registry's name ("Lenin") is somebody already
    bare = _untitled(ent.label)  # "Judge Bexley": the surname after a title
    if len(bare.split()) != 1:
        return agent
    surname = bare.casefold()
    def rank(label: str) -> int | None:
        """0: the surname ends the name; 1: agents.surnames gives it otherwise, as the first of
        two surnames ("Dorrego" of "Rosa Elena Dorrego Tallis") or before a suffix ("Ford" of
        "Henry Ford II"); None: not this person's surname."""
        words = label.split()
        if len(words) > 1 and words[-1].casefold() == surname:
            return 0
        return 1 if len(words) > 2 and surname in agents.surnames(label) else None
    ranked = [(r, e) for e in ents.values() if e.kind == "person" and e.key != ent.key
              and (r := rank(e.label)) is not None]
    if not ranked:
        return agent
    best_rank = min(r for r, _ in ranked)  # a name the surname ends outranks the others
    full = [e for r, e in ranked if r == best_rank]
    def given(label: str) -> list[str]:  # the given names, middle initials left out
        return [w for w in label.split()[:-1] if not re.fullmatch(r"[A-ZÀ-Þ]\.", w)]
    if len({tuple(given(e.label)) for e in full}) != 1:
        full = _not_kin_only(doc, full)
        if len({tuple(given(e.label)) for e in full}) != 1:
            full = _called_by_surname(doc, full, bare)
            if len(full) != 1:
                return agent
    first = {e.key: min((m.span.begin for m in doc.annotations.mentions if m.entity == e.key),
                        default=len(doc.text)) for e in full}
    best = max(full, key=lambda e: (len(e.label.split()), -first[e.key]))
    return Agent("entity", best.key)
