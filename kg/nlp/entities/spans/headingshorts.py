"""A body's short form in a heading set in Title Case: "Drive Aims at Dorrix, Tallvane" over
"bargaining with Dorrix Health Corp., Tallvane Clinics" (set BE, branch ent94).

kg.nlp.entities.names reads no run of a headline or deck set in Title Case but the places
after "in" (kg.nlp.entities.spans.titleplaces): Title Case capitalises any word, so a capital
there says no name. A heading shortens the names its text gives in full, though: one word that
is no common English word, which the page's prose writes as the first word of a longer name
(the word, a space, a capitalised word), is that name's short form, and
kg.nlp.entities.kinds.shortforms reads it as the longer name. A common word ("Steel" over "Steel
Workers Union") is still Title Case's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import Run, run_label


def opens_prose_name(ctx: NameContext, run: Run) -> bool:
    """Whether `run` is one word, no common English word, that opens a longer capitalised name
    in one of the page's prose regions."""
    word = run_label(ctx.text, run)
    if len(run.words) != 1 or not word[:1].isupper() or not word.isalpha() \
            or common_words().common(word):
        return False
    opens = re.compile(rf"(?<![\w’'-]){re.escape(word)} [A-Z]")
    return any(r.kind == "prose" and opens.search(ctx.text, r.begin, r.end) for r in ctx.regs)


def opens_longer_name(label: str, elsewhere: Iterable[str]) -> bool:
    """Whether the one-word `label`, no common English word, opens a longer name of `elsewhere`
    (the labels of runs outside Title Case lines): kg.nlp.entities.spans.openers
    `title_case_lines` keeps such a run of a heading, as `opens_prose_name` let it in."""
    if " " in label or not label[:1].isupper() or common_words().common(label):
        return False
    return any(len(name.split()) > 1 and name.split()[0] == label for name in elsewhere)
