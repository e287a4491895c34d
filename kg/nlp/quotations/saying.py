"""Who a verb of saying next to a quotation's marks names: the readers of the words after a
closing mark ("“…,” said Ana Ruiz, a cutter.", "“…,” Tessa P. Dorrow said.", "“…,” a welder named
Ana Ruiz told us.") and of the speaker's phrase they give (a whole name over a middle initial's or
a title's full stop, a name apposed to a role, an occupation printed before a name, a source
passed on by a quoting phrase). The attribution rules (kg.nlp.quotations.speakerrules) call
them."""

from __future__ import annotations

import re

from kg.annotations import Agent
from kg.model import Document, Span
from kg.nlp import agents, cuedata, textwindow
from kg.nlp.namemarks import inside_name
from kg.nlp.quotations.patterns import patterns


def name_before_clause(after: str) -> re.Match | None:
    """"“…,” said Ana Ruiz as she opened a meeting here May 3 to …": a verb of saying, then a
    name in capitals (one to four words) that a clause follows with no comma between (its
    opening words: kg/data/nlp/quotes.toml `clause_openers`). The name speaks."""
    m = patterns()["after_verb_name_clause"].match(after)
    if m is None or not all(w[:1].isupper() for w in m.group("who").split()):
        return None
    return m


def person_after_verb(doc: Document, at: int, after: str) -> tuple[re.Match, Span] | None:
    """"“…,” said Tomás Ibarra-Quintero on the picket line outside the plant here March 4.": a
    verb of saying right after the closing mark at `at`, perhaps an occupation printed before the
    name ("said conductor Tomás Ibarra-Quintero …", `role_words`), then the name of a person the entities
    stage found (however long the words after it run before the sentence's next comma, where the
    other patterns look for the end of a speaker's name). `after`: the text from `at` to the
    sentence's end. (the verb's match in `after`, the name's span), or None when no person's
    name follows the verb."""
    m = patterns()["after_verb"].match(after)
    if m is None:
        return None
    kinds = agents.person_kinds()
    begin = at + m.end() + role_words(after[m.end():])
    name = next((n for n in doc.annotations.mentions if n.span.begin == begin
                 and agents.kind_of(doc, n.entity) in kinds), None)
    return (m, name.span) if name is not None else None


def role_words(after: str) -> int:
    """The length of the lower-case words that name a speaker's occupation between a verb of
    saying and the name (a role printed without an article or comma: "said guard Ana Ruiz-Toledo
    on the picket line", "said retired welder Ana Ruiz at the rally"): one to three words, none of
    them a preposition, determiner or other function word (agents.toml `prepositions`,
    `determiners`, `after_head`) nor a bridge before a quotation (quotes.toml `bridges`), and
    ending where a capitalised word begins. 0 when no such words stand there ("said Ana Ruiz")."""
    m = re.match(r"(?:[a-z][a-z’'-]*\s+){1,3}(?=[A-ZÀ-Þ])", after)
    if m is None:
        return 0
    small = agents.lowered("agents", "prepositions") | agents.lowered("agents", "determiners") \
        | agents.function_words() | agents.lowered("quotes", "bridges")
    return 0 if any(w in small for w in m.group().split()) else m.end()


def whole_name(doc: Document, who: Span) -> Span:
    """The speaker's name as the entities stage found it, when the words read after the verb
    stop inside it: a middle initial's full stop ("said Tessa P. Dorrow, the firm's chief")
    ends the words a verb's speaker is read from, not a name the entities stage holds whole. A
    person's mention (or a new name's) that starts where the words do, or after an occupation
    printed before it ("said district manager Tessa P. Dorrow."), and runs on past their end over
    that full stop gives the name; otherwise the words as read."""
    kinds = agents.person_kinds()
    # an occupation printed before the name ("said area manager Tessa P. Dorrow."): the name
    # starts after it (`role_words`)
    begins = {who.begin, who.begin + role_words(doc.text[who.begin:who.end])}
    name = next((n for n in doc.annotations.mentions
                 if n.span.begin in begins and who.begin < who.end < n.span.end
                 and (doc.text[who.end:who.end + 1] == "." or _nickname_mark(doc, who.end))
                 and agents.kind_of(doc, n.entity) in kinds),
                None)
    if name is None and _title_stop(doc, who):
        # "said Rev. Darnell Okafor-Pryce of Mount Zion Baptist Church.": the words stopped at the
        # title's full stop (a long name and its "of …" run past the words a speaker is read
        # from); the person's name right after the title speaks
        after = who.end + textwindow.after(r"\.\s*", doc.text, who.end, 4, cut=True).end()
        name = next((n for n in doc.annotations.mentions if n.span.begin == after
                     and agents.kind_of(doc, n.entity) in kinds), None)
    return name.span if name is not None else who


def _nickname_mark(doc: Document, end: int) -> bool:
    """Whether the words stop at a quotation mark inside a person's name ("said Odile "Ti-Paul"
    Kelvane, a stitcher": a straight mark ends the words a verb's speaker is read from as a
    full stop does; branch passJ42), the mark right at `end` or after one space."""
    at = end + (doc.text[end:end + 1] == " ")
    return doc.text[at:at + 1] in "\"“”‘’'" and doc.text[at:at + 1] != "" and inside_name(doc, at)


def _title_stop(doc: Document, who: Span) -> bool:
    """Whether the words end with a title's abbreviation whose full stop follows them ("Rev",
    "Dr" before ". "; kg/data/nlp/entities.toml `titles`)."""
    last = re.search(r"[\w]+$", who.of(doc.text))
    if last is None or doc.text[who.end:who.end + 1] != ".":
        return False
    titles = {t.lower() for t in cuedata.words("entities", "titles") if t.endswith(".")}
    return last.group().lower() + "." in titles


def named_after_description(doc: Document, at: int, after: str) -> tuple[re.Match, Span] | None:
    """"“…,” a welder and member of the Kelvo local named Ana Ruiz told us at the gate.": right
    after the closing mark at `at`, a description opened by an article or a number
    (`apposition_openers`), a naming word (kg/data/nlp/quotes.toml `naming_words`), then the name
    of a person the entities stage found and a verb of saying. The described one speaks, by the
    name, not an organisation named inside the description (the other patterns read at most a
    few words before the verb). (the verb's match in `after`, read from the name's end; the
    name's span), or None."""
    openers = cuedata.phrase_pattern(cuedata.words("quotes", "apposition_openers"))
    naming = cuedata.phrase_pattern(cuedata.words("quotes", "naming_words"))
    lead = re.match(rf"\s*(?:{openers})\s[^.;:!?“”\"()]{{1,150}}?\s(?:{naming})\s+", after, re.I)
    if lead is None:
        return None
    kinds = agents.person_kinds()
    name = next((n for n in doc.annotations.mentions if n.span.begin == at + lead.end()
                 and agents.kind_of(doc, n.entity) in kinds), None)
    if name is None:
        return None
    verb = patterns()["verb_after_name"].match(after, name.span.end - at)
    return (verb, name.span) if verb is not None else None


def person_before_verb(doc: Document, at: int, after: str) -> tuple[re.Match, Span] | None:
    """"“…,” Tessa P. Dorrow said.": the name of a person the entities stage found right
    after the closing mark at `at`, then a verb of saying (fillers allowed between: "also"). The
    other patterns read a speaker's name up to a full stop, which a middle initial holds; an
    apposition may stand between the name and the verb ("“…,” Md. Rafiq Hossain, a cutter, said.").
    (the verb's match in `after`, read from the name's end; the name's span), or None."""
    kinds = agents.person_kinds()
    lead = len(after) - len(after.lstrip())
    name = next((n for n in doc.annotations.mentions if n.span.begin == at + lead
                 and agents.kind_of(doc, n.entity) in kinds), None)
    if name is None:
        return None
    verb = patterns()["verb_after_name"].match(after, name.span.end - at)
    if verb is None and doc.text[name.span.end:name.span.end + 1] == ",":
        # "“…,” Md. Rafiq Hossain, a cutter, said.": the name holds a full stop the other
        # patterns stop at; its apposition stands between it and the verb
        verb = patterns()["after_appositive_verb"].match(after, name.span.end - at + 1)
    return (verb, name.span) if verb is not None else None


def quoted_source(doc: Document, at: int, sentence: Span) -> Span | None:
    """The phrase after an attribution that says whose words the speaker passes on: in "“…,” she
    said, quoting a text from an uncle who drives a bus", the words from "a text"
    to the end of the clause. None when no quoting phrase (kg/data/nlp/quotes.toml
    `quoting_phrases`) follows at `at`."""
    m = patterns()["quoting"].match(doc.text, at, sentence.end)
    if m is None:
        return None
    return Span(m.start("src"), m.start("src") + len(m.group("src").rstrip()))


def name_after_role(doc: Document, who: Span) -> tuple[Span, Agent | None]:
    """"said the local’s president, Ana Ruiz.", "said his wife, Florence.", "said Pruitt’s
    daughter, Mary Beth.": a role that names nobody, or one that names only whose it is (a
    possessive, then lower-case words), then a person's name after the comma; the name speaks,
    not the role's possessor. Returns the span that speaks and, when the entities stage typed that name as no
    agent (a city called "Florence"), the person the apposition says it is; otherwise the phrase
    as found and None."""
    if agents.head_mentions(doc, who) and not _possessed_role(doc, who):
        return who, None
    comma = textwindow.after(r",\s*", doc.text, who.end, 3, cut=True)
    if comma is None:
        return who, None
    at = who.end + comma.end()
    kinds = agents.person_kinds()
    m = next((m for m in doc.annotations.mentions if m.span.begin == at), None)
    if m is not None and agents.kind_of(doc, m.entity) in kinds:
        return m.span, None
    if not _possessed_role(doc, who):
        return who, None
    # the name alone in the apposition, up to the clause's end
    name = textwindow.after(r"[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){0,3}(?=\s*(?:[.,;!?]|$))",
                            doc.text, at, 80, cut=True)
    if name is None:
        return who, None
    span = Span(at, at + name.end())
    if m is not None and m.span == span and agents.is_agentive(doc, m.entity):
        return m.span, None  # "said his employer, Acme Foods.": the firm speaks
    return span, Agent("person", name.group())


def _possessed_role(doc: Document, who: Span) -> bool:
    """Whether a phrase is a role named by whose it is: a possessive pronoun ("his wife") or a
    name with ’s ("Pruitt’s daughter"), then one to three lower-case words and nothing else."""
    m = re.fullmatch(r"\s*(?:[A-ZÀ-Þ][\w’'.-]*(?:\s+[A-ZÀ-Þ][\w’'.-]*){0,3}[’']s|(?P<pronoun>[\w’']+))"
                     r"(?:\s+[a-z][\w-]*){1,3}\s*", who.of(doc.text))
    if m is None:
        return False
    if m.group("pronoun") is None:
        return True
    possessives = agents.lowered("quotes", "possessive_determiners")
    return m.group("pronoun").lower() in possessives
