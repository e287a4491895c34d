"""A mine named after its owner's possessive ("drillers at Velmaro’s Tashkaran copper mine voted
to strike"): the mine's name is a place and the owner an organisation (issue 10, set BA, branch
ent82).

kg.nlp.entities.kinds.placedsites types a mine by name a place where "the" or a preposition of
place stands before it; a possessive there instead ("Velmaro’s Tashkaran mine") left the name to
the employer's frame, a firm, and the owner before it to the "at" that opens the phrase, a
place: the kinds the wrong way round. The shape says both: one mine's noun in the singular after
the name (a lower-case word such as "copper" between; kinds.toml `[sites] mine_nouns`, the
nouns placedsites reads), and right before it the possessive of a capitalised word. The site is
a place unless an organisation's head word ends its name ("Dorrow Mining"); the owner, a new
name ending at the possessive, becomes an organisation only when no place of the gazetteer's is
named so ("Peru’s Tashkaran mine": a country's mine, the country stays a place), no person is,
and the article writes it before a mine's noun nowhere ("the Kelvo mine … Kelvo’s Dorrow pit":
a mine and one of its pits). Apart from kg.nlp.entities.kinds.namekinds: a declared step of `KIND_STEPS`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.namecues import head_word
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.wordspans import word_spans


@dataclass(frozen=True)
class _Cues:
    mine_after: re.Pattern[str]  # " mine", " copper mine" right after the site's name
    possessive: re.Pattern[str]  # "Velmaro’s " right before it: a capitalised word's possessive


@cached
def _cues() -> _Cues:
    nouns = load("kinds")["sites"]["mine_nouns"]
    return _Cues(
        re.compile(r"[ \t]+(?:[a-z][a-z-]*[ \t]+)?(?:" + phrase_pattern(nouns) + r")(?![\w’'-])"),
        re.compile(r"(?<![\w’'.&-])(?P<owner>[^\W\d_][\w’'.&-]*?)(?P<mark>[’']s)[ \t]+\Z"))


def owned_sites(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"drillers at Velmaro’s Tashkaran copper mine": the name before the mine's noun is a place, the owner
    whose possessive stands before it an organisation."""
    text, cues = ctx.text, _cues()
    ends = {run.end: label for run, label, _k in kept}
    for run, label, _k in kept:
        if not cues.mine_after.match(text, run.end):
            continue
        poss = textwindow.before(cues.possessive, text, run.begin, 40)
        if poss is None or not poss.group("owner")[:1].isupper():
            continue
        if kinds.of[label][0] in ("thing", "organization") \
                and ctx.cues.heads.get(head_word(label, ctx.cues)) != "organization":
            kinds.of[label] = ("place", True)
        owner = ends.get(poss.start("mark"))
        if owner is not None and owner != label and kinds.of[owner][0] in ("thing", "place") \
                and not ctx.ev.place_kind(owner) and not _a_site(text, owner, cues):
            kinds.of[owner] = ("organization", True)


def _a_site(text: str, label: str, cues: _Cues) -> bool:
    """Whether the article writes the name before a mine's noun itself ("the Kelvo mine" beside
    "Kelvo’s Dorrow pit"): a mine with pits of its own, no owner."""
    return any(cues.mine_after.match(text, e) for _, e in word_spans(text, label))
