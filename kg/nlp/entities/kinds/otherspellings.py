"""A name's other spelling, or its name in another language, printed right after it (set CC,
ent114): "Kelvograd — Kelvohrad in Dorrish and Kelvogrod in Tallish —", "Dorrinsk, also
spelled Dorrynsk", "Ana Kelvova—Hanna Kelvava, as her name goes in Dorrish—",
"Kelvinskaya Ploshchad in Dorrish and Kelvovaya in Tallish". Pages on Eastern Europe print a
town's, a square's or a ruler's names in two or three languages side by side; the first is
typed (the registry, the gazetteer or a head word knows it), the others are transliterations
nobody lists, so they stayed untyped.

`other_spellings` gives such an untyped name (one to four capitalised words, no title) the kind
of the typed name it renames: the name right before it across a dash, a bracket or
", also spelled", or the previous other name of the chain ("… in Dorrish and <X> in Tallish").
A dash or a bracket alone says nothing (an aside may name anything), so a language must follow
the name there ("<X> in Tallish", "<X>, as the locals say in Tallish"); "also spelled" says it by
itself. A body's or a place's name, its noun and an aside in dashes ("the Kelvo movement —
Dorrow Unity —") is its English name too, and a people's name for a place is that place
("Kelvia, which Dorrans call Kelvistan", "Dorrans call the town Kelvograd": the noun one of
kinds.toml [phrases] `known_as_place_nouns`). A place's kinds (city, country) give a place; a
person's and a body's are kept.

kg.nlp.entities.kinds.resolve runs it in `KIND_STEPS` after the glossed names.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import PLACE_KINDS

# the kinds another spelling takes from the name it renames
_KINDS = {"person": "person", "organization": "organization"} | {k: "place" for k in PLACE_KINDS}
_WORD = re.compile(r"[A-ZÀ-Þ][\w’'.-]*")


class _Frames(NamedTuple):
    """The frames built from kinds.toml `other_spellings`."""

    dash: re.Pattern[str]  # a dash or a bracket between the names
    also: re.Pattern[str]  # ", also spelled" between them
    chain: re.Pattern[str]  # a language and "and" closing the previous name of a chain
    after: re.Pattern[str]  # a language after the other name
    aside: re.Pattern[str]  # a dash, after a body's or a place's name and its noun
    aside_end: re.Pattern[str]  # the dash closing the aside
    which_call: re.Pattern[str]  # ", which <People> call" after the name
    call_the: re.Pattern[str]  # "<People> call the <noun>" before the other name


@cached
def _frames() -> _Frames:
    data = load("kinds")["other_spellings"]
    names = sorted(data["languages"], key=len, reverse=True)  # "Crimean Tatar" before "Tatar"
    lang = "(?:" + "|".join(re.escape(w) for w in names) + r")(?![\w’'-])"
    spelled = "(?:" + "|".join(re.escape(w) for w in data["spelled"]) + ")"
    return _Frames(
        dash=re.compile(r"[ \t]*(?:[—–]|--|\()[ \t]*|[ \t]+-[ \t]+"),
        also=re.compile(rf",[ \t]+(?:also[ \t]+)?{spelled}[ \t]+(?:as[ \t]+)?"),
        chain=re.compile(rf"[ \t]+in[ \t]+{lang},?[ \t]+(?:and|or)[ \t]+"),
        after=re.compile(rf"[ \t]+in[ \t]+{lang}|,[ \t]+as[ \t]+[^.;:\n—–()]{{0,40}}?\bin[ \t]+{lang}"),
        aside=re.compile(r"(?:[ \t]+[a-z]+)?[ \t]*(?:[—–]|--)[ \t]*"),
        aside_end=re.compile(r"[ \t]*(?:[—–]|--)"),
        which_call=re.compile(r",[ \t]+which[ \t]+(?:[A-Z][\w’'-]*[ \t]+){1,2}call[ \t]+"),
        call_the=re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*[ \t]+call[ \t]+the[ \t]+(?P<noun>[a-z]+)[ \t]+\Z"))



def renamed_kind(text: str, begin: int, end: int, typed: list[tuple[int, int, str]]) -> str | None:
    """The kind of the typed name the name from `begin` to `end` renames, if the words between
    and after them say it is its other spelling (the module's docstring), else None."""
    f = _frames()
    called = f.call_the.search(text, max(0, begin - 40), begin)
    if called is not None and called.group("noun") in load("kinds")["phrases"]["known_as_place_nouns"]:
        return "place"
    language_after = f.after.match(text, end) is not None
    aside_closed = f.aside_end.match(text, end) is not None
    for _b, e, kind in sorted(typed, key=lambda t: t[0]):
        if e > begin or kind not in _KINDS or begin - e > 40:
            continue
        if f.also.fullmatch(text, e, begin) or (
                language_after and (f.dash.fullmatch(text, e, begin) or f.chain.fullmatch(text, e, begin))):
            return _KINDS[kind]
        if aside_closed and kind != "person" and f.aside.fullmatch(text, e, begin) \
                or f.which_call.fullmatch(text, e, begin):
            return _KINDS[kind]
    return None


def other_spellings(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"Kelvograd — Kelvohrad in Dorrish": an untyped other spelling takes the kind of the name
    it renames, in text order, so that a chain's third name follows its second."""
    for run, label, _k in sorted(kept, key=lambda item: item[0].begin):
        words = label.split()
        if kinds.of[label][0] != "thing" or run.title or not 1 <= len(words) <= 4 \
                or not all(_WORD.fullmatch(w) for w in words):
            continue
        kind = renamed_kind(ctx.text, run.begin, run.end, kinds.typed)
        if kind is not None:
            kinds.of[label] = (kind, False)
            kinds.typed.append((run.begin, run.end, kind))
