"""A foreign name's English gloss in brackets that the runs cut in pieces: "Parti Kelvois
(France Rising)", "the Taxe kelvoise (General Farm Levy)" (issue 10, set BA, branch ent86).

The gloss names the same thing as the name before it, but its words are scanned as any others:
a registry place opening it was matched alone ("France", with "Rising" a junk run), and a
title word opening it was cut as a person's title ("General", leaving "Farm Levy" a person).
A bracket right after a name (or after the lower-case words of a foreign name, none a common
English word: "Taxe agricole solidaire (…)") that holds only capitalised words (two or more; "of", "and",
"for", "the" between them) and no given name first (unless a place or a registry name opens
it: "France" is both), cut by the runs into more than one piece
or a piece shorter than the bracket, is one name: the gloss, typed as the name before it is
(kg.nlp.entities.kinds `glossed_bodies` types it from a body's name). A bracket holding one
registry name whole ("(New York)"), one run whole, or initials ("(KWU)") is left to the other
steps, and so is one after a person's name ("Ana Dorr (Retired Teacher)").

The step `filled_glosses` of `REGION_STEPS` (kg.nlp.entities.spans.regionsteps)."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.capitals import UPPER
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.joins import common_word
from kg.nlp.entities.spans.runs import Run, span_words

_CAP = rf"[{UPPER}][\w’'-]*"
# a foreign name's lower-case words after its capitalised first ("Taxe agricole solidaire")
_LOWER_TAIL = re.compile(r"(?: [^\W\d_A-Z][\w’'-]*){0,3}")
_BRACKET = re.compile(rf" \((?P<g>{_CAP}(?: (?:of|and|for|the|{_CAP}))*? {_CAP})\)")


def filled_glosses(text: str, runs: list[Run], known: list[Match]) -> list[Run]:
    """The runs with each cut gloss of capitalised words in brackets after a name made one run,
    the registry names inside it absorbed."""
    ev = evidence()
    out = list(runs)
    for run in runs:
        tail = _LOWER_TAIL.match(text, run.end)
        if any(common_word(w) for w in tail.group(0).split()):
            continue  # "the Kelvo strike (…)": an English word, no foreign name's
        m = _BRACKET.match(text, tail.end())
        if run.title or m is None or ev.gazetteer.is_given_name(run.words[0][2]) \
                or any(k.entry.kind == "person" and k.end == run.end for k in known):
            continue
        b, e = m.start("g"), m.end("g")
        inside_known = [k for k in known if b <= k.begin < e]
        first = text[b:e].split(" ")[0]
        if ev.gazetteer.is_given_name(first) and ev.place_kind(first) is None \
                and not any(k.begin == b and k.entry.kind != "person" for k in inside_known):
            continue  # "(Ana Dorr)": a person's name, no gloss ("France" is a given name too)
        inside = [x for x in out if b <= x.begin and x.end <= e]
        if any(k.end > e for k in inside_known) \
                or any(x.begin < e and b < x.end and x not in inside for x in out):
            continue
        pieces = sorted([(x.begin, x.end) for x in inside] + [(k.begin, k.end) for k in inside_known])
        if pieces == [(b, e)] or not pieces:
            continue  # whole already, or nothing the scanner saw: the other steps' bracket
        out = [x for x in out if x not in inside] + [Run(b, e, span_words(text, b, e, r"\S+"),
                                                         kind=run.kind, absorbed=inside_known)]
    return sorted(out, key=lambda x: x.begin)
