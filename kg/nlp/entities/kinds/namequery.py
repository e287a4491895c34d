"""One new name as the rules of kg.nlp.entities.kinds.namekinds read it (`NameQuery`): where it
stands (the document, its text, the run), its label, what the article already says (the byline
and letter names, the registry mentions), the cue words and the evidence; and, computed once on
first use, what several rules read (the label's words, its head word, the gazetteer's kind, a
firm's frame …). A rule reads only what it needs, so a value no rule before the answer reads
is never computed."""

from __future__ import annotations

import dataclasses
import functools
import re

from kg.model import Document
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.cues.phrases import Phrases, phrases
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import joins
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run

# a kind and whether a cue in the text gave it (strong) rather than a head word (weak)
Kind = tuple[str, bool]

_NUMBERED_LABEL = re.compile(rf"(\S+) (?:No\. )?{joins.UNIT_NUMBER}$")  # "Shaft No. 4" too (set AO)


# a name's acronym in brackets, or its gloss in Title Case ("Minas du Kelvar (Kelvar Mines)"),
# or the bracket that closes the gloss itself (sets AP/AQ, branch ent67)
_BRACKETED_ACRONYM = re.compile(r"[ \t]+\((?:[A-Z][A-Za-z&-]{1,9}"
                                r"|[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|of|the|and|for)){1,6})\)"
                                r"|\)(?=,)")


def past_acronym(text: str, end: int) -> int:
    """Where the text goes on after a name and its acronym or its English gloss in brackets
    ("Landsdorrowen (LK)", "Minas du Kelvar (Kelvar Mines)"), or after a gloss's closing
    bracket: an apposition after them is the name's (sets AH/AI, branch ent55; AP/AQ, ent67);
    else `end`."""
    m = _BRACKETED_ACRONYM.match(text, end)
    return m.end() if m else end


@dataclasses.dataclass(frozen=True)
class NameQuery:
    """One name to type: what `name_kind` was given. The cached properties are the values the
    chain once computed part-way as locals; each is computed on first use, as pure as before."""

    doc: Document
    text: str
    run: Run
    label: str
    person_fields: dict[str, str]  # byline and letter names, normalised
    known: list[Match]  # the registry mentions
    cues: Cues
    ev: Evidence

    @functools.cached_property
    def words(self) -> list[str]:
        return self.label.split()

    @functools.cached_property
    def ph(self) -> Phrases:
        return phrases()

    @functools.cached_property
    def head(self) -> str:
        return head_word(self.label, self.cues)

    @functools.cached_property
    def compound(self) -> str:
        """The last two words of the head ("Sewer District"), for `[compound_heads]`."""
        return head_word(self.label, self.cues, 2)

    @functools.cached_property
    def place(self) -> str | None:
        """The gazetteer's kind of the whole label."""
        return self.ev.place_kind(self.label)

    @functools.cached_property
    def numbered(self) -> re.Match[str] | None:
        """"Route 9", "Local 5958", "Shaft No. 4": a word and a unit's number ending the label
        (before any "of")."""
        return _NUMBERED_LABEL.search(self.label.split(" of ")[0])

    @functools.cached_property
    def firm(self) -> int:
        """The strength of a firm's frame around the name (framing `firm_frame`)."""
        return framing().firm_frame(self.text, self.run.begin, self.run.end,
                                    self.ev.given_name_first(self.words))

    @functools.cached_property
    def lead(self) -> str | None:
        """The kind of a leading head opening the name ("Tropical Storm Fay", "Ciudad Juárez")."""
        names, heads = self.words, self.cues.leading_heads
        return (heads.get(" ".join(names[:2])) if len(names) > 2 else None) or (
            heads.get(names[0]) if len(names) > 1 else None)

    @functools.cached_property
    def regional(self) -> bool:
        """"Shelter Western Cape": a common word (no given name, head or compass word) before a
        place of two words or more, the name of a firm of that region (set V, branch ent35)."""
        words, run, ev, cues = self.words, self.run, self.ev, self.cues
        regional = len(words) > 2 and (
            any(m.end == run.end and m.begin > run.begin and m.entry.kind in PLACE_KINDS
                for m in run.absorbed)
            or ev.place_kind(" ".join(words[1:])))
        return bool(regional) and not ev.given_name_first(words) \
                and not ev.gazetteer.is_given_name(words[0]) \
            and common_words().common(words[0]) \
            and words[0] not in cues.heads and words[0] not in cues.compass
