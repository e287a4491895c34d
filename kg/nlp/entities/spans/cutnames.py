"""Long names the scanner's runs cut into pieces at what joins their parts (sets AR and AS,
branch ent71): a registry body the runs do not cross, a hyphen, initials in parentheses.

- `registry_foreign_place`: "Confédération Nationale du Travail du Kelvo": a registry body in
  French, Spanish or Portuguese (its first word a head of kg/data/nlp/boundaries.toml
  [foreign_names]) that the text goes on past in its language ("du Kelvo") is one longer name,
  the body's branch in that country; the registry name is absorbed, the lone place after it no
  name of its own (kg.nlp.entities.spans.foreign reads the part after it).
- `union_before_unit`: "United Bakers-CIO Local 91", "United Bakers and Cooks (UBC) Local 12":
  a union's name (a registry body or a run) joined to a numbered unit ("Local",
  `numbered_heads`) by a hyphen and its federation's initials, or by its own initials in
  parentheses, is the unit's name; "Local 91" alone after it was junk.

Each is a step of kg.nlp.entities.spans.regionsteps.REGION_STEPS.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans import foreign
from kg.nlp.entities.spans.capruns import as_runs
from kg.nlp.entities.spans.runs import PLACE_KINDS, Run
from kg.nlp.entities.spans.textspan import Region


def registry_foreign_place(text: str, r: Region, runs: list[Run], known: list[Match]) -> list[Run]:
    """A registry organisation whose name opens with a head of those languages, run on by
    `foreign.extend` past its registry end ("… du Kelvo"): one name, the registry's absorbed."""
    places = {m.begin: m.end for m in known if m.entry.kind in PLACE_KINDS}
    starts = {m.begin for m in known}
    spans = []
    for m in known:
        if not (r.begin <= m.begin < r.end) or m.entry.kind != "organization" or m.how != "name":
            continue
        first = re.match(r"[^\W\d_][\w-]*", text[m.begin:m.end])
        if first is None or not foreign.is_head(first.group(0)) or not text.startswith(" ", m.end):
            continue
        f = foreign.extend(text, m.begin, m.end, r.end, places.get,
                           lambda i, b=m.begin: i in starts and i not in places and i != b)
        if f is not None and f.end > m.end:
            spans.append((f.begin, f.end))
    return as_runs(text, runs, spans, known, "organization") if spans else runs


# the union's federation by its initials after a hyphen ("-CIO "), or the union's own initials
# in parentheses (" (UBC) "), between the union's name and the numbered unit
_JOINED_UNIT = re.compile(r"(?:-[A-Z]{2,6}| \([A-Z]{2,6}\)) ")


def union_before_unit(text: str, runs: list[Run], known: list[Match], cues: Cues) -> list[Run]:
    """A numbered unit's run ("Local 91") glued after a union's name by `_JOINED_UNIT` opens at
    the union: the union's run or registry name, and the initials between, are the unit's.
    The union must be an organisation (a registry body, or a run no registry name cuts)."""
    orgs = {m.end: m for m in known if m.entry.kind == "organization" and m.how == "name"}
    by_end = {run.end: run for run in runs if not run.title and run.kind in (None, "organization")}
    out = list(runs)
    for run in runs:
        if run.title or run.kind is not None or not run.words \
                or run.words[0][2] not in cues.numbered or run.words[0][2] in cues.numbered_places:
            continue
        joint = None
        for end in range(max(0, run.begin - 12), run.begin):
            j = _JOINED_UNIT.fullmatch(text, end, run.begin)
            if j is not None:
                joint = j
                break
        if joint is None:
            continue
        reg, union = orgs.get(joint.start()), by_end.get(joint.start())
        if union is not None and union in out and len(union.words) > 1:
            b, words, absorbed = union.begin, union.words, union.absorbed
            out.remove(union)
        elif reg is not None:
            b, words, absorbed = reg.begin, [(reg.begin, reg.end, text[reg.begin:reg.end])], [reg]
        else:
            continue
        inside = [m for m in known if joint.start() <= m.begin and m.end <= run.begin]
        if any(m.begin < run.begin and b < m.end and m not in inside and m not in absorbed
               and not (b <= m.begin and m.end <= joint.start()) for m in known):
            continue
        initials = text[joint.start():run.begin].strip(" -()")
        at = text.index(initials, joint.start())
        run.words[:0] = words + [(at, at + len(initials), initials)]
        run.absorbed[:0] = absorbed + inside
        run.begin = b
        out = [x for x in out if not (joint.start() <= x.begin and x.end <= joint.end())]
    return sorted(out, key=lambda x: x.begin)

