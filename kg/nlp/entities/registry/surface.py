"""Surface forms of registry entries as patterns, and the checks a match must pass.

A form matches with either apostrophe, any dash, any run of spaces, and with a trailing part
inside editorial brackets ("Steve [Clark]"). The match is made case-blind and then checked:
each word must keep the case of its first letter ("Labor" is not "labor"), unless the text is
in capitals ("JACK BARNES"). A match never runs into a following letter or digit, except a
footnote marker glued to the name ("Kuomintang2"), which stays outside the mention.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from kg.nlp.entities.cues import edges
from kg.nlp.entities.registry.particlecase import case_free
from kg.nlp.entities.registry.registry import Alias, Entry, Registry, normalise

APOS = "['’‘`]"
DASH = "[-‐‑‒–—]"
_TOKEN_SPLIT = re.compile(r"\s+")


def _token_pattern(token: str) -> str:
    out = []
    for ch in token:
        if ch in "'’‘`":
            out.append(APOS)
        elif ch in "-‐‑‒–—":
            out.append(DASH)
        else:
            out.append(re.escape(ch))
    return "".join(out)


def form_pattern(text: str) -> str:
    """Regex for a surface form, with the bracketed-tail variants."""
    toks = [_token_pattern(t) for t in _TOKEN_SPLIT.split(text.strip()) if t]
    alts = [r"\s+".join(toks)]
    for k in range(1, len(toks)):
        alts.append(r"\s+".join(toks[:k]) + r"\s+\[" + r"\s+".join(toks[k:]) + r"\]")
    return "(?:" + "|".join(alts) + ")"


def first_key(text: str) -> str:
    """Index key of a form or of a word of text: its first word, normalised, up to an apostrophe,
    a hyphen or a slash ("Kelvo/Dorrow", a firm named for its two parents, is found where the
    text's word "Kelvo" is looked up; branch cuts41)."""
    word = _TOKEN_SPLIT.split(text.strip().lstrip("["), maxsplit=1)[0]
    return re.split(r"['\-/]", normalise(word))[0].rstrip(".,;:0123456789")


@dataclass(frozen=True)
class Form:
    alias: Alias
    entry: Entry
    regex: re.Pattern


@dataclass
class Match:
    begin: int
    end: int
    entry: Entry
    alias: Alias | None
    how: str  # name | short | acronym | description | year | metonymy | compass ("north Korea")

    def overlaps(self, other: Match) -> bool:
        return self.begin < other.end and other.begin < self.end

    def within(self, other: Match) -> bool:
        return other.begin <= self.begin and self.end <= other.end

    def __len__(self) -> int:
        return self.end - self.begin


class FormIndex:
    """Every surface form of the registry, indexed by its first word."""

    def __init__(self, registry: Registry) -> None:
        self.by_first: dict[str, list[Form]] = defaultdict(list)
        for entry in registry:
            for alias in entry.forms():
                rx = re.compile(form_pattern(alias.text), re.IGNORECASE)
                self.by_first[first_key(alias.text)].append(Form(alias, entry, rx))

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(self.by_first)

    def candidates(self, text: str, begin: int, end: int,
                   shorts: bool = False) -> list[tuple[int, int, Form]]:
        """All (begin, end, form) matches in text[begin:end] whose case and edges are right.
        Short forms are left out unless `shorts` (they need a full mention first)."""
        out = []
        for m in re.finditer(r"\[?([^\W_][\w.’'‘`]*)", text[begin:end]):
            pos = begin + m.start(1)
            if pos > begin and (text[pos - 1].isalnum() or text[pos - 1] in "’'") \
                    or edges.glued_prefix(text, pos):  # "All-Kelvia Federation …": one word
                continue
            key = first_key(m.group(1))
            for form in self.by_first.get(key, ()):
                if form.alias.short != shorts:
                    continue
                hit = form.regex.match(text, pos, end)
                if hit and case_ok(hit.group(0), form.alias.text, form.entry) \
                        and not (form.entry.kind == "person" and _SURNAME_GOES_ON.match(text, hit.end())):
                    out.append((pos, hit.end(), form))
        return out


# A hyphen and a capital right after a person's registry name: a double-barrelled surname
# goes on ("Ana Kelvo-Marsh" is not "Ana Kelvo"), another person's name (set V, branch ent35)
_SURNAME_GOES_ON = re.compile(r"-[A-Z]")


def _words(text: str) -> list[str]:
    return [w for w in _TOKEN_SPLIT.split(text.replace("[", " ").replace("]", " ")) if w]


def case_ok(found: str, form: str, entry: Entry) -> bool:
    """Each word keeps the case of its first letter, or the whole match is in capitals.
    An event's head noun may go either way ("Iran-Iraq war" for "Iran–Iraq War"), but not as
    the form's first word: "a march on Washington" is any march there, not the "March on
    Washington" the paper names."""
    fw, aw = _words(found), _words(form)
    if len(fw) != len(aw):
        return False
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return True
    heads = {h.casefold() for h in entry.heads}
    for i, (f, a) in enumerate(zip(fw, aw, strict=True)):
        if f.casefold() in heads and i > 0 or case_free(f, a, i, len(aw)):
            continue  # "de La Kelvera" for "de la Kelvera" (registry/particlecase.py, ent116)
        fa = [c for c in f if c.isalpha()]
        aa = [c for c in a if c.isalpha()]
        if fa[:1] and aa[:1] and fa[0].isupper() != aa[0].isupper():
            return False
        if a.isupper() and len(aa) > 1 and f != a and not f.isupper():
            return False  # acronyms keep their capitals: "UN" is not "un"
    return True


def end_ok(text: str, end: int, limit: int, marker_starts: set[int]) -> bool:
    """The match stops at a word edge, or right before a footnote marker."""
    if end >= limit:
        return True
    nxt = text[end]
    if nxt.isalnum():
        return end in marker_starts
    return True
