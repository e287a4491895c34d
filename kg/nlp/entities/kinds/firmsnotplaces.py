"""Firms and bodies typed as places (issue 10, branch ent68).

A name no gazetteer knows and no head word types falls back to a place when a bare locative
stands before it ("a nurse at Kelvo", "the drivers are in Dorrlef"): `at` and `in` take a firm
or a union as often as a town. Once every name of the article has its kind, these steps read
the rest of the text for evidence that only a body gives and turn such a weak place into an
organisation:

- an owner's possessive before a site it holds, a site's own name between ("Kelvane’s Dorro
  shaft", "at Tallmark’s Wendo mine"): a town holds no shaft (`owned_site`);
- an acronym set in capitals inside a sentence ("doors opened at KELSA", "outside the DRW
  hub"): a town's name is no acronym, whether or not its letters spell a common word;
- membership named twice in one sentence ("the guards are in the Kelvish Rail Union, and the
  drivers are in Dorrlef"): people "in" a body beside people "in" another body;
- a Romance name opened by a body's word, its particles inside ("Grupo Unidos por el Kelvo",
  "Hospital Central de Dorrow"): the first word is the head, not the last ("Kelvo" a canal).

A name the gazetteer knows, a place's head word, a name the text also writes before a place's
noun ("the KELPA industrial park") or, for the owner's evidence, where only a place stands
(kg.nlp.entities.cues.framing `placed`), or a strong cue's kind stays as it is.
The cue words live in kg/data/nlp/kinds.toml `[firms_not_places]`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.capitals import INITIALS
from kg.nlp.entities.cues.framing import framing
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.kinds.kindstate import Kinds
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run
from kg.nlp.wordspans import word_spans


@dataclass(frozen=True)
class _Cues:
    owned_site: re.Pattern[str]  # right after a name: "’s Dorro shaft"
    member_before: re.Pattern[str]  # right before a name: "drivers are in (the) "
    body_openers: frozenset[str]  # a Romance name's first word that makes it a body
    romance_particles: frozenset[str]  # "de", "por", "el" inside such a name


@cached
def _cues() -> _Cues:
    c = load("kinds")["firms_not_places"]
    sites = "|".join(re.escape(w) for w in sorted(c["owned_sites"], key=len, reverse=True))
    # a possessive, up to three capitalised words naming the site, then the site's noun
    owned = re.compile(r"[’']s\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:" + sites + r")(?![\w’'-])")
    verbs = "|".join(re.escape(w) for w in c["member_verbs"])
    pronouns = "|".join(re.escape(w) for w in c["member_pronouns"])
    # people (a plural noun or a pronoun), perhaps a verb, then "in": "drivers are in (the) "
    member = re.compile(r"(?<![\w’'-])(?:[A-Za-z][a-z]+s|" + pronouns + r")\s+(?:(?:" + verbs
                        + r")\s+)?in\s+(?:the\s+)?$")
    return _Cues(owned, member, frozenset(c["body_openers"]), frozenset(c["romance_particles"]))


def firms_not_places(ctx: NameContext, kept: list[tuple[Run, str, tuple[str, bool]]],
                     kinds: Kinds) -> None:
    """The kind step (kg.nlp.entities.kinds.resolve `KIND_STEPS`): each weak place that the
    text's evidence makes a body becomes an organisation, and its spans in `kinds.typed` with it."""
    text, cues, ev = ctx.text, ctx.cues, ctx.ev
    fr = framing()
    for run, label, _k in kept:
        kind, strong = kinds.of[label]
        if strong or kind not in PLACE_KINDS or ev.place_kind(label) is not None:
            continue
        if _romance_body(label, cues) or head_word(label, cues) not in cues.heads \
                and not _before_a_place_noun(text, label, cues) and (
                _acronym_in_sentence(text, run, label) or _member_of_body(text, run, kinds.typed)
                or _owner_of_site(text, label) and not fr.placed(text, label)):
            kinds.of[label] = ("organization", False)
            kinds.typed[:] = [(b, e, "organization" if text[b:e] == label else k) for b, e, k in kinds.typed]


def _occurrences(text: str, label: str) -> list[tuple[int, int]]:
    """Where the article writes `label` as a word of its own (a possessive "’s" after it too)."""
    return word_spans(text, label, after="-")


def _before_a_place_noun(text: str, label: str, cues: Cues) -> bool:
    """"the KELPA industrial park", "the Dorrow Hill depot": the text names the site by the name
    and a place's noun after it, the place its own evidence says (as `owner_firms` keeps it)."""
    return any(cues.place_after.match(text, e) or cues.site_place_after.match(text, e)
               for _, e in _occurrences(text, label))


def _owner_of_site(text: str, label: str) -> bool:
    """"Kelvane’s Dorro shaft": the name owns a site somewhere in the text."""
    return any(_cues().owned_site.match(text, e) for _, e in _occurrences(text, label))


def _acronym_in_sentence(text: str, run: Run, label: str) -> bool:
    """An acronym's shape, in a line written in lower case too (no heading in capitals): a body's
    initials, even where they spell a common word in capitals ("UPS" is no verb here)."""
    if not INITIALS.fullmatch(label):
        return False
    start = text.rfind("\n", 0, run.begin) + 1
    stop = text.find("\n", run.end)
    line = text[start:stop if stop >= 0 else len(text)]
    return sum(ch.islower() for ch in line) > sum(ch.isupper() for ch in line)


def _member_of_body(text: str, run: Run, typed: list[tuple[int, int, str]]) -> bool:
    """"the drivers are in Dorrlef" in the sentence that says "the guards are in the Kelvish
    Rail Union": people in a body beside people in another, an organisation typed as such."""
    member = _cues().member_before
    if not textwindow.before(member, text, run.begin, 40):
        return False
    start = max(text.rfind(".", 0, run.begin), text.rfind("\n\n", 0, run.begin)) + 1
    stop = min((i for i in (text.find(".", run.end), text.find("\n\n", run.end)) if i >= 0),
               default=len(text))
    return any(k == "organization" and start <= b < stop and (b, e) != (run.begin, run.end)
               and member.search(text, max(start, b - 40), b) for b, e, k in typed)


def _romance_body(label: str, cues: Cues) -> bool:
    """"Grupo Unidos por el Kelvo", "Hospital Central de Dorrow": a name of three words or more
    opened by a body's word (`body_openers`, or a leading head of an organisation) with a
    Romance particle inside names the body its first word says, whatever its last word is."""
    words = label.split()
    return len(words) > 2 and (words[0] in _cues().body_openers
                               or cues.leading_heads.get(words[0]) == "organization") \
        and any(w in _cues().romance_particles for w in words[1:-1])
