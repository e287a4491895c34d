"""Two joins of a body's name the scanner leaves in pieces (issue 10, set AW's kinds, branch
ent77; docs/entities.md "Set AW's names"):

- `acronym_own_language`: "the Kelvish Free Union (KFP, Kelvarski fralny pradmet)": a bracket
  holding an acronym, a comma and the body's name in its own language, whose words' initials
  spell the acronym. Many languages write such a name in lower case after its first word, so
  the scanner keeps the first word alone (a junk "Kelvarski"); the initials say where the name
  runs, and the name before the bracket says it is a body.
- `state_branch_after_body`: "the American Federation of Teachers-New Mexico": a registry body
  glued by a hyphen to a state or country the gazetteer knows is the body's branch there, one
  name; the scanner had kept the body and a piece of the place ("Mexico", "Virginia").

Both only join runs; the name's kind is read by the kinds chain as any other name's, except the
own-language name, which takes the organisation's kind the bracket's acronym stands for.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run

# "(KFP, Kelvarski fralny pradmet)": an acronym, a comma, a capitalised word and up to six more
# words of any case, closed by the bracket
_BRACKET = re.compile(rf"\((?P<a>[{UPPER}]{{2,6}}),\s+(?P<n>[{UPPER}][\w’'-]*(?:\s+[\w’'-]+){{1,6}})\)")
# "(KFP": the bracket's opening right after the name it glosses
_NAME_BEFORE = re.compile(r"\s+\Z")
# "Teachers-West Virginia": a hyphen and one to three capitalised words
_HYPHENED_PLACE = re.compile(rf"-(?P<p>[{UPPER}][\w’'.]*(?:\s+[{UPPER}][\w’'.]*){{0,2}})(?![\w’'-])")


@cached
def _connectors() -> frozenset[str]:
    """Small words an acronym's initials skip ("Partido dos Trabalhadores": PT)."""
    return frozenset(load("kinds")["own_language"]["initials_skip"])


def spells(acronym: str, words: list[str]) -> bool:
    """Whether the words' first letters, small connectors left out, spell the acronym
    ("Kelvarski fralny pradmet" → KFP); with every word counted as well, for a connector that
    has a letter in the acronym."""
    initials = "".join(w[0] for w in words).upper()
    kept = "".join(w[0] for w in words if w.lower() not in _connectors()).upper()
    return acronym in (initials, kept)


def _body_before(text: str, begin: int, runs: list[Run], known: list[Match], cues: Cues) -> bool:
    """A body's name ends right before the bracket at `begin`: a registry organisation or a run
    whose last word is an organisation's head ("Union", "Committee")."""
    if any(m.end == begin and m.entry.kind == "organization" for m in known):
        return True
    return any(r.end == begin and r.words and cues.heads.get(r.words[-1][2]) == "organization"
               for r in runs)


def acronym_own_language(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """"(KFP, Kelvarski fralny pradmet)" after a body's name: the words after the comma are one
    name, the body's own, when their initials spell the acronym; the runs inside (a lone first
    word) give way to it. Typed an organisation, as the name before the bracket is; a bracket
    after a person's or a place's name is left alone."""
    out = list(runs)
    for m in _BRACKET.finditer(text):
        b, e = m.start("n"), m.end("n")
        words = [(b + w.start(), b + w.end(), w.group(0)) for w in re.finditer(r"[^\s]+", m.group("n"))]
        if not spells(m.group("a"), [w for (_b, _e, w) in words]):
            continue
        before = m.start()
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if not _body_before(text, before, out, known, cues):
            continue
        if any(b <= k.begin < e or k.begin < b < k.end for k in known):
            continue  # a registry name inside: the registry's reading stands
        inside = [x for x in out if b <= x.begin and x.end <= e]
        if any(x.begin < e and b < x.end and x not in inside for x in out):
            continue
        out = [x for x in out if x not in inside] + [Run(b, e, words, kind="organization")]
    return sorted(out, key=lambda x: x.begin)


def state_branch_after_body(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """"the American Federation of Teachers-New Mexico": a registry organisation of two words or
    more, a hyphen and capitalised words the gazetteer or the registry knows as a place are the
    body's branch in that place, one name; the registry body is absorbed, the runs inside the
    place's words give way ("AFL-CIO", one word each side, is no such pair)."""
    ev = evidence()
    places = {(m.begin, m.end) for m in known if m.entry.kind in ("place", "country")}
    out = list(runs)
    for body in known:
        if body.entry.kind != "organization" or body.how != "name" or len(body.entry.label.split()) < 2:
            continue
        h = _HYPHENED_PLACE.match(text, body.end)
        if h is None:
            continue
        b, e = h.start("p"), h.end("p")
        if (b, e) not in places and ev.place_kind(h.group("p")) is None:
            continue
        if any(k is not body and k.begin < e and b < k.end and (k.begin, k.end) != (b, e) for k in known):
            continue
        inside = [x for x in out if b <= x.begin and x.end <= e]
        if any(x.begin < e and body.begin < x.end and x not in inside for x in out):
            continue
        words = [(body.begin, body.end, text[body.begin:body.end])]
        words += [(b + w.start(), b + w.end(), w.group(0)) for w in re.finditer(r"\S+", h.group("p"))]
        absorbed = [body] + [k for k in known if (k.begin, k.end) == (b, e)]
        out = [x for x in out if x not in inside] + [Run(body.begin, e, words, absorbed=absorbed)]
    return sorted(out, key=lambda x: x.begin)
