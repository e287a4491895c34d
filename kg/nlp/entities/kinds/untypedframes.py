"""Untyped names the words right around them type (set BC, branch ent84). Each step reads only
a name no rule typed ("thing"), no title and no acronym in capitals, and the text's frame, with
its words as data (kg/data/nlp/kinds.toml `[untyped_frames]`, the offices of `[chosen_as]`):

* `office_appositions`: a person set off by commas beside an office: "K.L. Dorrow, Kelvotek’s
  president, says …" (a name, a comma, a possessive and an office), "the governor of the Kelvo
  District, Tavrano Dossa, was …" (an office "of" a place, a comma, the name, a comma or a
  full stop). Initials or a foreign given name left such a name untyped.
* `site_nouns`: a place named before a site's noun: "Kelvimim air base", "Canada Post’s
  Dorr-Kelvin mail processing plant" (up to two lower-case words between, no function word:
  "released Dana Kelvo from prison" is no site; set DD, passB42). Only an untyped name:
  the employer's frame ("the Kelvo plant") types a firm first, and sitenames reads that one.
* `site_short_forms`: "mines like Kelvo Queen" after "the Kelvo Queen Mine": an untyped name
  that, with a site's capitalised head after it (`site_heads`: "Mine", "Pipeline", "Dam"), is
  a name the article types a place is the same site, a place (set CM, branch ent131).
* `family_plurals`: "the Dorrovs made us afraid" after "Ivan Dorrov": "the" and the plural of
  the surname of a person the article names (a particle such as "al-" aside) is that family,
  people.

Apart from kg.nlp.entities.kinds.namekinds: declared steps of `KIND_STEPS`."""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.kinds.kindstate import Kept, Kinds
from kg.nlp.entities.kinds.shortforms import surname
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import Run

_CAP = r"[A-Z][\w’'.-]*"


@cached
def _offices() -> str:
    return phrase_pattern(load("kinds")["chosen_as"]["offices"])


@cached
def _office_after() -> re.Pattern:
    """", Kelvotek’s president," right after a name."""
    return re.compile(rf",\s+{_CAP}(?:\s+{_CAP}){{0,2}}[’']s?\s+(?:{_offices()})\s*,")


@cached
def _office_before() -> re.Pattern:
    """"the governor of the Kelvo District, " right before a name."""
    return re.compile(rf"(?<![\w’'-])the\s+(?:{_offices()})\s+of\s+(?:the\s+)?"
                      rf"{_CAP}(?:\s+{_CAP}){{0,3}},\s+\Z")


@cached
def _site_after() -> re.Pattern:
    """" air base", " mail processing plant" right after a name."""
    nouns = phrase_pattern(load("kinds")["untyped_frames"]["site_nouns"])
    return re.compile(rf"((?:\s+[a-z][a-z-]*){{0,2}}?)\s+(?:{nouns})(?![\w’'-])")


def untyped_name(kinds: Kinds, run: Run, label: str) -> bool:
    """A name no rule typed, no title, no acronym in capitals, every word capitalised: the
    only names a frame step of this module (and kg.nlp.entities.kinds.kinnames) types."""
    return kinds.of[label][0] == "thing" and not run.title and run.kind is None \
        and not label.isupper() and all(w[:1].isupper() for w in label.split())


def office_appositions(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name set off by commas beside an office is a person."""
    text = ctx.text
    for run, label, _k in kept:
        if not untyped_name(kinds, run, label) or ctx.ev.place_kind(label):
            continue
        closed = text[run.end:run.end + 1] in (",", ".")
        if _office_after().match(text, run.end) \
                or closed and _office_before().search(text, max(0, run.begin - 120), run.begin):
            kinds.of[label] = ("person", True)


def site_nouns(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name right before a site's noun is that site's place. A function word
    between says the noun is another site's ("released Dana Kelvo from prison": the person)."""
    function = {w.lower() for w in ctx.cues.function_words}
    for run, label, _k in kept:
        if untyped_name(kinds, run, label) and (m := _site_after().match(ctx.text, run.end)) \
                and not function & set(m.group(1).split()):
            kinds.of[label] = ("place", False)


def site_short_forms(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """An untyped name whose name with a site's head after it is a place the article names."""
    heads = load("kinds")["untyped_frames"]["site_heads"]
    for run, label, _k in kept:
        if untyped_name(kinds, run, label) and any(
                kinds.of.get(f"{label} {head}", ("", False))[0] == "place" for head in heads):
            kinds.of[label] = ("place", False)


def _surnames(ctx: NameContext, kept: Kept, kinds: Kinds) -> set[str]:
    """The surnames of the people the article names in full, with a particle glued by a hyphen
    ("al-Dorrov") also without it."""
    labels = [m.entry.label for m in ctx.covered if m.entry.kind == "person"]
    labels += [label for _r, label, _k in kept if kinds.of[label][0] == "person" and " " in label]
    out = set()
    for label in labels:
        s = surname(label)
        out.add(s)
        head, _, rest = s.partition("-")
        if rest and head.lower() in ctx.cues.particles:
            out.add(rest)
    return out


def family_plurals(ctx: NameContext, kept: Kept, kinds: Kinds) -> None:
    """"the Dorrovs": the plural of a surname the article names, after "the", is that family."""
    names = None
    for run, label, _k in kept:
        if not untyped_name(kinds, run, label) or " " in label or not label.endswith("s") \
                or ctx.text[max(0, run.begin - 4):run.begin].lower() != "the ":
            continue
        names = _surnames(ctx, kept, kinds) if names is None else names
        if label[:-1] in names or label.endswith("es") and label[:-2] in names:
            kinds.of[label] = ("person", False)
