"""A firm's legal form after a comma (set U, branch ent34): Spanish, Portuguese and Latin
American firms print theirs after the name and a comma ("Kelvanos de Dorrovia, S.A.", "Grupo
Tallis, S.A. de C.V.", "Kelvo Textil, Ltda."). The comma stops the run of capitalised words, so
the name lost its form and the form was a name of its own ("S.A. de C.V.") or junk.

`legal_form_after_comma` puts a form of `comma_legal_forms` (kg/data/nlp/entities.toml) right
after a run's comma into the run: one organisation's name as printed. English forms (", Inc.")
are left as they were: the held-out sets' gold names those firms without them.

East Asian registers print a second form after the first and a comma ("Dorrow Kelvin Parts Co.,
Ltd."): the run ends in the first, and the second, a run of its own or dropped, is part of the
name as printed; `legal_form_after_comma` puts it into the run too (entities.toml
`double_legal_firsts`, `double_legal_seconds`; set DD's kind, passB42).

kg.nlp.entities.names calls it on one region's runs, after `foreign_names` (which joins
"Kelvanos de Dorrovia" over a registry country).
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import load
from kg.nlp.entities.spans.runs import Run, span_words


def _pattern(forms: list[str]) -> re.Pattern[str]:
    forms = sorted(forms, key=len, reverse=True)
    # the form ends at a space, a bracket, a comma or the text's end ("…, S.A. (KDSA)")
    return re.compile(r", (" + "|".join(map(re.escape, forms)) + r")(?=[\s),;:]|$)")


def _forms() -> re.Pattern[str]:
    return _pattern(load("entities")["comma_legal_forms"])


def _second_forms() -> tuple[frozenset[str], re.Pattern[str]]:
    """The first forms a run may end in, and the pattern of a second form after its comma."""
    entities = load("entities")
    return frozenset(entities["double_legal_firsts"]), _pattern(entities["double_legal_seconds"])


def _form_after(text: str, run: Run, pattern: re.Pattern[str],
                firsts: frozenset[str], second: re.Pattern[str]) -> re.Match[str] | None:
    """The legal form after the run's comma: one of `comma_legal_forms`, or a second form after
    a run of two words or more ending in a first ("… Co., Ltd.")."""
    m = pattern.match(text, run.end)
    if m is None and len(run.words) > 1 and run.words[-1][2] in firsts:
        m = second.match(text, run.end)
    return m


def legal_form_after_comma(text: str, runs: list[Run]) -> list[Run]:
    """The runs, a firm's legal form after a comma put into the run before it (module docstring).
    A title or a run another cue typed otherwise than a body stays as it was."""
    pattern = _forms()
    firsts, second = _second_forms()
    out: list[Run] = []
    for run in runs:
        if out and out[-1].end > run.begin:
            continue  # the form, a run of its own, is inside the name now
        m = _form_after(text, run, pattern, firsts, second)
        if m is None or run.title or run.kind not in (None, "organization"):
            out.append(run)
            continue
        words = span_words(text, m.start(1), m.end(1), r"\S+")
        out.append(Run(run.begin, m.end(1), run.words + words, False, run.absorbed, kind="organization"))
    return out
