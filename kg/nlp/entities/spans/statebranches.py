"""A body's branch in a state named with "of" ("the Kelvish Civil Rights Union of Ohio", "the
ACLU of Ohio", "Planned Parenthood of Iowa and Nebraska"): an organisation's name (a registry
organisation's, found by the registry or by the runs, or a body's initials in capitals), "of" and
one or two places joined by "and" that the registry or the gazetteer knows as a state or a region
(kind `place`: no country, no town) is one name, the branch's, as the paper prints it and as
its affiliates are named (set BL, branch ent97). The registry body and the places inside are
absorbed: "Ohio" there is a word of the branch's name, no place the text is about (where the
text names it alone, that mention stays).

A country after "of" is left alone: a firm's subsidiary ("Kelvane Group of Norway",
kg.nlp.entities.spans.placetails) and a party's national section are named apart from it, and
a party named for its country ("Communist Party of Kelvia") is found whole by the runs. A
capitalised word right after the place ("… of Ohio County") means the place goes on: left to
the runs. kg.nlp.entities.spans.regionsteps runs `state_branches`."""

from __future__ import annotations

import re

from kg.nlp.entities.cues.capitals import INITIALS
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run, span_words

# a place's words after "of": one to three capitalised words
_PLACE = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}"
# two places joined by "and" only where a stop closes the second ("… of Iowa and Nebraska, both
# in …"): "the AFL-CIO of Ohio and Indiana workers" is the branch and a place's workers
_OF_PLACES = re.compile(rf" of (?P<a>{_PLACE})(?: and (?P<b>{_PLACE})(?=[,.;:)])|(?![\w’'-]| [A-Z\d]| and ))")
# a body's initials: two to six capitals ("ACLU", "NAACP")


def state_branches(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """The runs with each organisation's name, "of" and its state or region (or two, joined by
    "and") made one name of an organisation, the matches and runs inside absorbed."""
    out = list(runs)
    bodies = [m for m in known if m.entry.kind == "organization"]
    bodies += [r for r in runs if _body_run(text, r, cues)]
    for body in sorted(bodies, key=lambda x: x.begin):
        m = _OF_PLACES.match(text, body.end)
        if m is None or not all(_state(text, m.span(g), known) for g in ("a", "b") if m.group(g)):
            continue
        end = m.end()
        if any(x is not body and x.begin < end and body.begin < x.end
               and not (m.start("a") <= x.begin and x.end <= end) for x in out):
            continue  # a run over the body itself, or one running past the place: not ours to cut
        inside = [x for x in out if x is body or m.start("a") <= x.begin and x.end <= end]
        absorbed = [k for k in known if body.begin <= k.begin and k.end <= end]
        words = span_words(text, body.begin, end, r"\S+")
        out = [x for x in out if x not in inside]
        out.append(Run(body.begin, end, words, absorbed=absorbed, kind="organization"))
    return sorted(out, key=lambda x: x.begin)


def _body_run(text: str, run: Run, cues: Cues) -> bool:
    """A plain run that names an organisation: a registry organisation's label, or initials."""
    if run.kind is not None or run.title or run.same_as:
        return False
    label = text[run.begin:run.end]
    return bool(INITIALS.fullmatch(label)) or cues.org_label(label)


def _state(text: str, span: tuple[int, int], known: list[Match]) -> bool:
    """Is the text at `span` a state or a region: a registry place there whole, else a name the
    gazetteer knows as a place of that kind (no country, no town)?"""
    b, e = span
    hits = [k for k in known if k.begin == b and k.end == e]
    if hits:
        return all(k.entry.kind == "place" for k in hits)
    if any(k.begin < e and b < k.end for k in known):
        return False
    return evidence().place_kind(text[b:e]) == "place"
