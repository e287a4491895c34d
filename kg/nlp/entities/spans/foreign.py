"""Names in French, Spanish or Portuguese whose inner words are in lower case.

"Syndicat des travailleurs de l’aluminium de Kelvin", "Fédération des travailleurs et
travailleuses du Québec", "Central de Trabajadores de Cuba": those languages capitalise only a
name's first word and its proper names, so a run of capitalised words (kg.nlp.entities.names)
stops at the first lower-case word and keeps the head alone ("Syndicat": junk) and the place at
the end ("Québec": junk for the union). `named_by_initials` in initials.py reads such a name where
an acronym in parentheses follows it; this module reads it without one.

A run that opens with an institutional head word of those languages (kg/data/nlp/boundaries.toml
[foreign_names] heads) runs on, one space at a time, over that language's function words
("de", "des", "du", "l’", "y", "et"), its lower-case words and capitalised words (after a
function word or another capital of the name, and no common English word: "… Tuesday"), and ends at
the last word that still belongs to it: a capitalised word, a registry place, or a lower-case
word of the name ("Confédération des syndicats nationaux"); a registry place after "de",
"du" or an elided "d’" is where the body is, part of its name. A lower-case word belongs when
wordfreq finds it more common in French, Spanish or Portuguese than in English by a margin, or
when it has a letter English does not write ("travailleuses", "créditos", "pequeños"), or when
English does not know it at all (wordfreq's list of words used once per million or more); an
English word ("said", "and") ends the name, and so does any sign but a space or an apostrophe
of elision, or a comma before the function word of the name's next part ("… des employés,
de l’entretien et du nettoyage"). A word both languages write ("relations", "national")
after a function word is of the name only when the name goes on after it ("Office des
relations du logement"); at the end it is left out (branch ent22). Nothing changes unless one
lower-case word of the name or a place after "de" is crossed: "the Parti Québécois
government" stays the run's. After a head that is no English word ("Banco", "Centro"), a
function word and a capital after it are crossing enough: "Banco do Nordeste", "Centro de
Obreros Libres en la Frontera" are one body each, as no English run joins over "do" or
"en la" (branch ent23); after "Union" or "Front", English heads too, they are not.

One capitalised word with no head, an elided article glued on the lower-case word after it, and
the name run on from there to a French firm's legal form (`firm_forms`: "Kelvo d’amiante du
Québec Ltée") is the firm's whole name, the form with it (branch passL43).

Tagalog names a body by capitalised words joined by "ng", "ng mga", "at" (no head word the
list could hold): a function word of `opening_words` glued after any run opens the name's
foreign part, and unlocks its language's other function words (`language_words`: "at",
English too, joins nothing before it). `crossing_words` ("des", "ng"), which no English name
writes, are crossing enough; and a parenthesis after a capitalised English word or a word
both languages write ends the name there, its gloss or initials following (sets AB, AC;
branch ent45). Spanish "por" and "para" open a body's cause the same way after a run with no
head ("Madres Unidas por la Vivienda"; branch passT44).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import evidence

# a word with its elided article glued on ("l’aluminium", "d’Alma") or alone; a compound place
# whose hyphens hold an elided article is one word ("Nord-de-l’Île-de-Kelvo"; branch passL43)
_TOKEN = re.compile(r"(,?)[ \u00a0]+(?:([dlDL])[’'])?([^\W\d_][\w-]*(?:(?<=-[dlDL])[’'][^\W\d_][\w-]*)*)")
_ENGLISH_LETTERS = re.compile(r"[A-Za-z'’-]+")


@dataclass(frozen=True)
class _Words:
    heads: frozenset[str]
    function: frozenset[str]
    languages: tuple[str, ...]
    margin: float
    particle_articles: frozenset[str]
    crossing: frozenset[str]
    opening: frozenset[str]
    language_words: dict[str, frozenset[str]]
    in_words: frozenset[str]
    own_country_names: frozenset[str]
    firm_forms: frozenset[str]


@cached
def _words() -> _Words:
    c = load("boundaries")["foreign_names"]
    return _Words(frozenset(c["heads"]), frozenset(c["function_words"]), tuple(c["languages"]),
                  float(c["margin"]), frozenset(c["particle_articles"]), frozenset(c["crossing_words"]),
                  frozenset(c["opening_words"]),
                  {k: frozenset(v) for k, v in c["language_words"].items()},
                  frozenset(c["in_words"]), frozenset(c["own_country_names"]), frozenset(c["firm_forms"]))


def is_head(word: str) -> bool:
    """An institutional head word of those languages ("Syndicat", "Central", "Cooperativa"),
    also in the plain-ASCII spelling of pages set without accents ("Societe", "Federacion")."""
    return word in _words().heads or word.isascii() and word in _ascii_heads()


def function_word(word: str) -> bool:
    """A function word of those languages' names ("de", "des", "du", "y"): it carries a name on
    past its head, where an English word after the head ends it."""
    return word in _words().function


def _plain(word: str) -> str:
    """The word without its accents ("Société" → "Societe")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@cached
def _ascii_heads() -> frozenset[str]:
    """The heads of accented spelling as a page set in plain ASCII prints them (the paper's
    1990s pages: "Societe Kelvoise des Transports en commun Lyonnais"; branch ent56)."""
    return frozenset(_plain(h) for h in _words().heads if not h.isascii())


@cached
def _foreign_capital(word: str) -> bool:
    """A capitalised word of the name after one of its lower-case words, where plain-ASCII
    pages capitalise a name's adjective ("… des Transports en commun Lyonnais"): a word of those
    languages by wordfreq (a use per million there, more than in English by `margin`), no
    given name ("… des travailleurs Pierre Dorrow" is the union and a person; branch ent56)."""
    from wordfreq import zipf_frequency
    low, w = word.lower(), _words()
    english = zipf_frequency(low, "en", wordlist="small")
    return not evidence().gazetteer.is_given_name(word) and any(
        (f := zipf_frequency(low, lang, wordlist="small")) >= 3.0 and f >= english + w.margin
        for lang in w.languages)


@cached
def _foreign_word(word: str) -> bool:
    """A lower-case word of French, Spanish or Portuguese rather than English."""
    w = _words()
    if not _ENGLISH_LETTERS.fullmatch(word):
        return True  # "travailleuses", "pequeños": a letter English does not write
    from wordfreq import zipf_frequency  # a dependency (pyproject.toml), read lazily
    english = zipf_frequency(word, "en", wordlist="small")
    if english == 0:
        # no English word of any frequency: "dorrois", "obreros"; but a rarer English word the
        # small list leaves out, which none of the languages' full lists knows, is English
        # ("the Union Navy gunboats": no French "gunboats"; set BY, branch ent112)
        return not _rare_english(word, w.languages)
    return any(zipf_frequency(word, lang, wordlist="small") >= english + w.margin for lang in w.languages)


_RARE_ENGLISH = 2.0  # Zipf in English's full list: a use in ten million words, no typo's


def _rare_english(word: str, languages: tuple[str, ...]) -> bool:
    """English's full word list knows the word (`_RARE_ENGLISH`) and no full list of the other
    languages knows it at all."""
    from wordfreq import zipf_frequency
    return zipf_frequency(word, "en") >= _RARE_ENGLISH \
        and not any(zipf_frequency(word, lang) for lang in languages)


def foreign_capital(word: str) -> bool:
    """A capitalised word of French, Spanish or Portuguese rather than English: one with a letter
    English does not write ("Ouvrière"), or `_foreign_capital` (wordfreq, no given name): a word
    of a name in that language after its language's adjective
    (kg.nlp.entities.spans.languagecuts)."""
    return not _ENGLISH_LETTERS.fullmatch(word) or _foreign_capital(word)


def foreign_word(word: str) -> bool:
    """A lower-case word of French, Spanish or Portuguese rather than English (`_foreign_word`):
    the second word of a translated title in sentence case (kg.nlp.entities.spans.titles)."""
    return _foreign_word(word)


@cached
def _shared_word(word: str) -> bool:
    """A lower-case word those languages write as English does ("relations", "national",
    "action"): common in one of them too (Zipf 3, a use per million words)."""
    from wordfreq import zipf_frequency
    return any(zipf_frequency(word, lang, wordlist="small") >= 3.0 for lang in _words().languages)


@dataclass(frozen=True)
class ForeignName:
    """A name's span, longer than the run it opened with."""
    begin: int
    end: int


def extend(text: str, begin: int, end: int, region_end: int,
           place_at: Callable[[int], int | None], other_at: Callable[[int], bool],
           firm_at: Callable[[int], int | None] = lambda i: None) -> ForeignName | None:
    """The name a run text[begin:end] opens, when its first word is such a head and lower-case
    words of the name follow it; else None. `place_at(i)` is the end of a registry place
    starting at i (or None); `other_at(i)` says another registry name starts at i (it ends the
    name), but `firm_at(i)`, the end of a registry organisation starting at i, after a function
    word of the name is the employer the union is of ("Syndicat des travailleurs du Kel-Mart de
    Dorrow"), part of its name as a place there is (branch passL43)."""
    w = _words()
    if (located := _in_own_country(text, end, region_end, w)) is not None:
        return ForeignName(begin, located)
    first = re.match(r"[^\W\d_][\w-]*", text[begin:end])
    if first is None:
        return None
    head = first.group(0)
    if head in w.particle_articles:
        # "La Générale des Forges et des Mines", "La Compagnie des …": an article opening the
        # name before its head (sets AD/AE, branch ent47)
        second = re.match(r"[ \u00a0]+([^\W\d_][\w-]*)", text[begin + first.end():end])
        if second is not None and is_head(second.group(1)):
            head = second.group(1)
    headless = False  # a firm's name with no head, closed by its legal form (`firm_forms`)
    if not is_head(head):
        # "Samahang Kelan ng mga Doruno …": no head, but a function word of a language that
        # opens a name's next part with no head (`opening_words`) glued after the run
        nxt = _TOKEN.match(text, end, region_end)
        if nxt is None or nxt.group(1):
            return None
        if nxt.group(2) and nxt.group(3)[:1].islower() and " " not in text[begin:end]:
            headless = True  # "Kelvo d’amiante du Québec Ltée": its form must close it
        elif nxt.group(2) or nxt.group(3) not in w.opening:
            return None
    function = set(w.function) | w.opening
    pos, last, crossed = end, end, False
    pending_function, after_capital = False, True  # the head itself is capitalised
    after_crossing = False  # the last word was a crossing function word ("des")
    # an opening word crossed ("ng", "mga"): a Tagalog name, which writes English words of a
    # trade or a reach in capitals after its own "at" or another capital ("… ng mga Drayber at
    # Owner Citywide"); they are the name's, not an English capital ending it (set AO)
    opened = False
    # a head no English text writes ("Banco", "Centro"): its function words and the capitals
    # after them are the name's even where no lower-case word is crossed (branch ent23)
    foreign_head = not common_words().common(head)
    while pos < region_end:
        t = _TOKEN.match(text, pos, region_end)
        if t is None:
            break
        word_at = t.start(3) if not t.group(2) else t.start(2)
        word = t.group(3)
        elided = bool(t.group(2))
        prev_crossing, after_crossing = after_crossing, False
        if t.group(1) and not (elided or word in w.function):
            break  # a comma goes on only before "de", "du", "et", "l’" of the name's next part
        if (e := place_at(word_at)) is not None or (e := place_at(t.start(3))) is not None:
            if not (pending_function or elided):
                break  # "Central Kelvia": a place glued on with no "de" is no part of it
            pos = last = e  # "… de Cuba", "… du Québec": where the body is, part of its name
            pending_function, crossed, after_capital = False, True, False
            continue
        if pending_function and not elided and (e := firm_at(t.start(3))) is not None:
            pos = last = e  # "… du Kel-Mart de …": the employer, part of the union's name
            pending_function, crossed, after_capital = False, True, True
            continue
        if other_at(word_at) or other_at(t.start(3)):
            break
        if word in function and not elided:
            function |= w.language_words.get(word, frozenset())  # "ng" unlocks Tagalog's "at"
            crossed = crossed or word in w.crossing  # "des", "ng": no English name writes them
            pending_function, after_capital = True, False
            after_crossing = word in w.crossing
            opened = opened or word in w.opening
        elif word[:1].isupper():
            # a capital after "de" or after another capital of the name ("… de Créditos y
            # Servicios Antonio Maceo"); an English word glued after is none ("… mineurs Tuesday")
            # (or a word of the name's language, capitalised where a page sets no accents:
            # "… en commun Lyonnais")
            if not (pending_function or elided or after_capital or crossed and _foreign_capital(word)) \
                    or common_words().common(word) and not _foreign_word(word.lower()) \
                    and not (after_capital and crossed and _before_parenthesis(text, t.end())) \
                    and not prev_crossing and not opened:  # "… et des Mines": no English text writes "des"
                break  # an English capital ends it, unless it ends the name before its gloss
            if pending_function and foreign_head:
                crossed = True  # "Banco do Nordeste", "Centro de Obreros … en la Frontera"
            last = t.end()
            pending_function, after_capital = False, True
        elif elided or _foreign_word(word.lower()):  # English elides no article: "l’aluminium"
            last, crossed = t.end(), True
            pending_function, after_capital = False, False
        elif (pending_function or pos == end) and _shared_word(word):
            # "… des relations du logement": a word both languages write, after the name's
            # "des", belongs only if the name goes on past it: `last` waits (branch ent22), or
            # if the name's gloss or initials in parentheses follow it ("… de transition (…)");
            # so does an adjective right after the head ("Syndicat national des …"; passL43)
            if _before_parenthesis(text, t.end()):
                last = t.end()
            pending_function, after_capital = False, False
        else:
            break  # an English word: "… des travailleurs said"
        pos = t.end()
    if not crossed or last <= end:
        return None
    if headless:  # the form closes the name: its last word, or the word right after it
        if any(text.startswith(f" {f}", last - len(f) - 1) for f in w.firm_forms):
            return ForeignName(begin, last)
        form = next((f for f in w.firm_forms if text.startswith(f" {f}", last)
                     and not text[last + len(f) + 1:last + len(f) + 2].isalnum()), None)
        return ForeignName(begin, last + len(form) + 1) if form else None
    # the federation's initials glued by a dash after a union's name ("…–CSN"): the union's
    # name as the federation prints it (branch passL43)
    if (fed := _FEDERATION.match(text, last)) is not None:
        last = fed.end()
    return ForeignName(begin, last)


_FEDERATION = re.compile(r"[–-][A-Z]{2,5}\b(?![–-]\w)")


def _in_own_country(text: str, end: int, region_end: int, w: _Words) -> int | None:
    """Where a body's name ends when a Scandinavian "i" ("in") and a country's name in its own
    language follow the run ("Kelvo Dockers i Danmark"): the country is where the body is and
    part of its name, as in "… de Cuba"; None if not so. English writes no lower-case "i", and
    the country must be one of `own_country_names`, so no English run is lengthened."""
    t = _TOKEN.match(text, end, region_end)
    if t is None or t.group(1) or t.group(2) or t.group(3) not in w.in_words:
        return None
    c = _TOKEN.match(text, t.end(), region_end)
    if c is None or c.group(1) or c.group(2) or c.group(3) not in w.own_country_names:
        return None
    return c.end()


def _before_parenthesis(text: str, i: int) -> bool:
    """A parenthesis opens right after text[:i]: the name's English gloss or its initials
    follow, so the name ends at i (branch ent45)."""
    return text.startswith(" (", i)


def particle_name(words: list[str]) -> bool:
    """"Marcel de La Tour": a given name, "de", a capitalised article (`particle_articles`) and
    one capitalised word are a French person's name. Opening a sentence, its given name is then
    no common noun capitalised by position (kg.nlp.entities.spans.openers `drop_initial_noun`), which
    dropped it with "de" and left "La Tour" as junk (branch ent20)."""
    return len(words) == 4 and words[1] == "de" and words[2] in _words().particle_articles \
        and words[3][:1].isupper() and evidence().gazetteer.is_given_name(words[0])
