"""The dead named in a list after a frame that says they died: "The dead were Arlo Venn, from
Kelvia; Tomas Dorrow Ilyen, from Dorrow; and Ana Kelvey Marrin and Ruy Tallo, from Brask"
(set CB, branch ent113).

The paper names the workers a disaster killed in one sentence, often with where each came from
or their age, and many of their given names are in no list the evidence holds: a name of four
words (two given names, two family names) stayed untyped, `coordinated` and `listed_people`
reading two or three words only. After a frame of the dead (kg/data/nlp/kinds.toml
`[dead_lists] frames`, any case) every untyped plain name of two to five words in the rest of
the sentence that opens the list or follows a list's separator (a comma, a semicolon, "and")
is a person: no title, not in capitals, no head word or group word, no place the gazetteer or
the registry knows. The places after "from" and the ages between the names are typed or are no
names. A declared step of `KIND_STEPS` (kg.nlp.entities.kinds.resolve), before `coordinated`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import Run

_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"]|\s*$)")
_LONGEST = 600  # a list of the dead runs no longer than this
_OPENS = re.compile(r"(?:^|[,;:]\s*|\s+and\s+|[,;]\s+and\s+)$")


@cached
def _frames() -> re.Pattern:
    """"the dead were ", "those killed were " right before a list."""
    return re.compile(r"(?<![\w’'-])(?i:" + phrase_pattern(load("kinds")["dead_lists"]["frames"]) + r")\s+")


def _lists(text: str) -> list[tuple[int, int]]:
    """(begin, end) of each list of the dead: from its frame's end to its sentence's end."""
    out = []
    for m in _frames().finditer(text):
        end = _SENTENCE_END.search(text, m.end(), m.end() + _LONGEST)
        out.append((m.end(), end.start() if end else min(len(text), m.end() + _LONGEST)))
    return out


def _plain_name(ctx: NameContext, run: Run, label: str, kinds: Kinds) -> bool:
    """An untyped name of two to five words that nothing marks as no person's."""
    words = label.split()
    return kinds.of[label][0] == "thing" and not run.title and run.kind is None and not label.isupper() \
        and 2 <= len(words) <= 5 and ctx.ev.place_kind(label) is None \
        and not any(w in ctx.cues.heads or ctx.cues.group(w) for w in words)


def dead_lists(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """Each untyped plain name listed after a frame of the dead: a person (module docstring)."""
    spans = _lists(ctx.text)
    if not spans:
        return
    for run, label, _k in kept:
        inside = next(((b, e) for b, e in spans if b <= run.begin and run.end <= e), None)
        if inside is None or not _plain_name(ctx, run, label, kinds) \
                or not _OPENS.search(ctx.text[inside[0]:run.begin]):
            continue
        kinds.of[label] = ("person", True)
        kinds.typed.append((run.begin, run.end, "person"))
