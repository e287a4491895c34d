"""A name's English gloss in brackets made of common words ("the Skupa (Union) coalition",
"the uprising, known in Kelvish as the Borova (the Rising)"): the runs leave such words out (an
English noun alone, capitalised inside brackets, opens no run), so the gloss, which names the
same body or event as the name before it, was lost, and the foreign name before it had no word
to type it. A bracket right after a run, holding one to three capitalised words (after "the",
left out of the name), no registry name inside and no run reaching out of it (a run of the
gloss's words alone is dropped there: the scanner's, untyped), is the name's gloss
where the text says what both name: a body's noun right after the bracket (kg/data/nlp/kinds.toml
`[glosses] body_nouns`: "coalition", "party" …), or in an apposition after it ("…
(Unity), the independent union"; branch ent89), makes both organisations; a noun for an event
before "known … as" (`[named_events] nouns` with `[phrases] known_as`: "the uprising, known
as") makes both events. Elsewhere a bracket of capitalised words is left as it was ("Kelvo
Dorrow (Retired)"). The gloss becomes a run of its own and both runs carry the kind (set AY,
branch ent79). A declared step of kg.nlp.entities.spans.regionsteps `REGION_STEPS`."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run

_WORDS = rf"[{UPPER}][\w’'-]*(?: [{UPPER}][\w’'-]*){{0,2}}"
_BRACKET = re.compile(rf" \((?:the )?(?P<g>{_WORDS})\)")


@cached
def _body_noun_after() -> re.Pattern:
    """A body's noun right after a closing bracket (`[glosses] body_nouns`)."""
    return re.compile(r"\s+(?:" + phrase_pattern(load("kinds")["glosses"]["body_nouns"]) + r")(?![\w’'-])")


@cached
def _body_noun_apposed() -> re.Pattern:
    """", the independent union formed in …": the bracket set off by a comma, "the" or "a", at
    most two lower-case words and a body's noun (`[glosses] body_nouns`): an apposition that says
    what the name and its gloss are (branch ent89)."""
    return re.compile(r",\s+(?:the|an?)\s+(?:[a-z][\w’'-]*\s+){0,2}(?:"
                      + phrase_pattern(load("kinds")["glosses"]["body_nouns"]) + r")(?![\w’'-])")


@cached
def _event_known_as() -> re.Pattern:
    """"the uprising, known in Kelvish as the ": an event's noun, a comma and "known as" right
    before a name (`[named_events] nouns`, `[phrases] known_as`)."""
    k = load("kinds")
    return re.compile(r"(?<![\w’'-])(?i:" + phrase_pattern(k["named_events"]["nouns"]) + r"),\s+(?:"
                      + phrase_pattern(k["phrases"]["known_as"]) + r")\s+(?:the\s+)?\Z")


def _kind_said(text: str, run: Run, after: int) -> str | None:
    """The kind the words around a name and its gloss (the bracket closing at `after`) say."""
    if _body_noun_after().match(text, after) or _body_noun_apposed().match(text, after):
        return "organization"
    if textwindow.before(_event_known_as(), text, run.begin, 80):
        return "event"
    return None


def short_glosses(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """Each gloss in the module docstring's shape, after a run that is no title and has no kind
    of its own yet, a run of its own, both typed as the text says; the runs as they were
    otherwise."""
    out = list(runs)
    for run in runs:
        m = _BRACKET.match(text, run.end)
        if run.title or run.kind is not None or m is None:
            continue
        b, e = m.start("g"), m.end("g")
        if any(x.begin < m.end() and m.start() < x.end and x is not run and not (b <= x.begin and x.end <= e)
               for x in out) or any(k.begin < m.end() and m.start() < k.end for k in known):
            continue
        kind = _kind_said(text, run, m.end())
        if kind is None:
            continue
        words = [(b + w.start(), b + w.end(), w.group(0)) for w in re.finditer(r"\S+", m.group("g"))]
        inside = [x for x in out if b <= x.begin and x.end <= e]
        out = [replace(x, kind=kind) if x is run else x for x in out if x not in inside]
        out.append(Run(b, e, words, kind=kind))
    return sorted(out, key=lambda x: x.begin)
