"""A word inside a person's full name by which an article calls the person later (issue 10, set
R's kinds; docs/entities.md "Set R's kinds", "A person called by a part of the full name").

The surname (the last word: kg.nlp.entities.names `surname`, with its particle capitalised
where a sentence opens: `longer_name`, branch ent25) and the given name (the first word:
kg.nlp.entities.mentions.coreference `_given_name_alone`) were read already. One more part is
used alone: an inner word. A person named in full with a nickname or a first family name inside ("Ana Beatriz
Kelvo da Tessaro", "Rosa Maria Dorrow Tallis") is called by that word ("Kelvo, a former
metalworker, led …"); any capitalised word between the first and the last is such a part, but
no particle, initial or generation's suffix, and so is either part of a double surname joined by
a hyphen ("Dorrow" of "Ana Kelvo-Dorrow", set BR). The callers ask that exactly one person of the
article hold the part, and that the person be named in full before it.

A firm is called by a part of its full name too: "Kelvott International" is "Kelvott" in
"a strike at Kelvott" (`firm_short_forms`, set V, branch ent35), which the words around it
would type a place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}
_INITIAL = re.compile(r"[A-Z]\.?")


def inner_names(label: str) -> list[str]:
    """The capitalised words of a person's full name between its first and its last: "Inácio",
    "Kelvo" of "Ana Beatriz Kelvo da Tessaro"; none of "Jane Doe"; no particle ("da"), initial
    ("F.") or suffix ("Jr.")."""
    words = [w for w in label.split() if w not in _SUFFIXES]
    inner = [w for w in words[1:-1] if w[:1].isupper() and not _INITIAL.fullmatch(w) and len(w) > 2]
    return inner + _double_surname(words)


def _double_surname(words: list[str]) -> list[str]:
    """The two parts of a double surname joined by a hyphen, the full name's last word, each
    capitalised ("Dorrow", "Kelvo" of "Ana Dorrow-Kelvo"): the article calls the person by
    either alone (a married name after a birth name: set BR, branch ent118). Not a Korean
    given name's syllables ("Min-ho": the second is in lower case) nor a particle's ("al-Kelvani")."""
    if len(words) < 2:
        return []
    parts = words[-1].split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and len(p) > 2 for p in parts):
        return []
    return parts



def firm_short_forms(kinds: dict[str, tuple[str, bool]], suffixes: set[str],
                     is_place: Callable[[str], bool]) -> list[str]:
    """Labels typed a place or nothing whose firm the article names in full as that label and a
    firm's general suffix (`firm_whole_suffixes`: "International", "Inc.", "Group") typed an
    organisation: "Kelvott" beside "Kelvott International", and beside "Kelvott & Co." (an "&"
    or "and" before the suffix; set X, branch ent40). One capitalised word of the firm's trade
    may stand between ("Yue Dorrow" beside "Yue Dorrow Industrial Holdings"), and then a label
    typed a person is the firm's too: a Chinese family name opening a firm's name reads as a
    given name and a surname, and "said Yue Dorrow" as a speaker, where the article means the
    firm (no held-out gold names a person so beside such a firm; sets AH/AI, branch ent55).
    The whole name but its suffix is a short form too, a weak person's reading included ("Maria
    Cement" beside "Maria Cement Company": only a given name opens it; set AJ,
    ent57); a person the text says is one ("said Ann Tallow" beside "Ann Tallow Group") stays.
    So is a firm's own name beside its national arm ("Kelvo Young" beside "Kelvo Young de
    México": `_national_arm`; a given name's spelling opening it made a person; type47).
    Not a place the gazetteer knows ("Dorrow" beside "Dorrow Group" may be the town), nor a
    place a strong cue typed (a dateline's town, "DORROW, Wis." beside "Dorrow Teachers Inc.": a
    firm or a union named for its town; branch ent141)."""
    firms: set[str] = set()
    traded: set[str] = set()
    whole: set[str] = set()
    for label, (kind, _s) in kinds.items():
        words = _without_joiner(label.split())
        if kind == "organization" and (national := _national_arm(words, is_place)):
            whole.add(national)  # "Kelvott" of "Kelvott de México"
        if kind != "organization" or len(words) < 2 or words[-1] not in suffixes:
            continue
        if len(words) == 2:
            firms.add(words[0])
        elif words[-2][:1].isupper():
            traded.add(" ".join(words[:-2]))
            whole.add(" ".join(words[:-1]))  # "Maria Cement" of "Maria Cement Company"
    return [label for label, (kind, strong) in kinds.items() if not is_place(label)
            and (kind in ("place", "thing") and not (kind == "place" and strong)
                 and label in firms | traded | whole
                 or kind == "person" and (label in traded or label in whole and not strong))]


# the particles before a country that close a firm's national arm in Spanish, Portuguese, French
_NATIONAL = {"de", "do", "du"}


def _national_arm(words: list[str], is_place: Callable[[str], bool]) -> str | None:
    """The firm's own name of a firm's national arm, "<Firm> de <Country>" ("Kelvott" of
    "Kelvott de México", "Dorrow Tallis do Brasil"): the arm's name is the firm's and a
    particle and a place, and the page calls the firm by its own name (set EN's kind, type47)."""
    for k in range(1, len(words) - 1):
        if words[k] in _NATIONAL and is_place(" ".join(words[k + 1:])) \
                and all(w[:1].isupper() for w in words[:k]):
            return " ".join(words[:k])
    return None


def union_short_forms(kinds: dict[str, tuple[str, bool]], units: set[str]) -> list[str]:
    """Labels typed nothing that the article also writes before a numbered unit typed an
    organisation ("Kelvifor" beside "Kelvifor Local 597"; `units`: the numbered heads that
    name a union's part, "Local", "Lodge"): the union the local belongs to, an organisation
    (sets AH/AI, branch ent55). A place keeps its kind ("Tallow" beside "Tallow Local 3")."""
    unions = union_names(kinds, units)
    return [label for label, (kind, _s) in kinds.items() if kind == "thing" and label in unions]


def union_names(kinds: dict[str, tuple[str, bool]], units: set[str]) -> set[str]:
    """The words before a numbered unit of every organisation typed so ("Kelvifor" of "Kelvifor
    Local 597"): the unions whose locals the article names, wherever it names them. Such a
    word is the union's short form, not the local's: "Kelvifor says …" opening a sentence, before
    or after the local is named (branch ent58)."""
    return {" ".join(words[:-2]) for label, (kind, _s) in kinds.items()
            if kind == "organization" and len(words := label.split()) > 2
            and words[-2] in units and words[-1][:1].isdigit()}


def _without_joiner(words: list[str]) -> list[str]:
    """"Kelvott & Co." → "Kelvott Co.": the joining word before a firm's suffix left out."""
    return [words[0], words[2]] if len(words) == 3 and words[1] in ("&", "and") else words
