"""A body's own-language name holding its founding date, before its English gloss (set BE,
branch ent88): "the Mouvement du 12 mars (March 12 Movement)", "the Movimiento 15 de mayo
(May 15 Movement)". The own-language name writes the month in lower case and the day as a
number, so the run of capitalised words stopped after its first word: "Mouvement" alone was
junk, the name lost.

`dated_glosses` joins the first word, the small words, the day and the lower-case month into
one organisation's run where the gloss right after it, in parentheses, is a body named for the
same day (kg.nlp.entities.spans.datednames read it: "(March 12 Movement)"): the gloss says what
the words before it are. The day must be the gloss's; between the word and the day only the
small words a name in another language holds (`initials_skip`: "du", "de", "del").

kg.nlp.entities.spans.regionsteps runs it after `dated_names`.
"""

from __future__ import annotations

import re

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.spans.runs import Run

# after the first word: small words, the day, small words, the month in lower case, " ("
_DATED = re.compile(r"((?: [a-zà-ÿ’']+)?) ([1-9]|[12]\d|3[01])((?: [a-zà-ÿ]+){1,2}) \(")


@cached
def _small() -> frozenset[str]:
    """The small words of another language's names (kg/data/nlp/entities.toml `initials_skip`)."""
    return frozenset(load("entities")["initials_skip"])


def dated_glosses(text: str, runs: list[Run]) -> list[Run]:
    """The runs, an own-language name with its date joined before its dated gloss (module
    docstring)."""
    out: list[Run] = []
    for k, run in enumerate(runs):
        gloss = runs[k + 1] if k + 1 < len(runs) else None
        m = _DATED.match(text, run.end)
        if m is None or gloss is None or gloss.begin != m.end() or len(run.words) != 1 \
                or run.kind is not None or run.title or not _dated_gloss(gloss, m.group(2)) \
                or not _small_words(m.group(1), m.group(3)):
            out.append(run)
            continue
        end = m.end() - 2
        words = run.words + [(run.end + 1, end, text[run.end + 1:end])]
        out.append(Run(run.begin, end, words, False, run.absorbed, kind="organization"))
    return out


def _dated_gloss(gloss: Run, day: str) -> bool:
    """A body's run named for a date, its day `day` ("March 12 Movement")."""
    return gloss.kind == "organization" and len(gloss.words) >= 3 and gloss.words[1][2] == day


def _small_words(before: str, after: str) -> bool:
    """The word before the day is a small word of a name (or none), and so are the words after
    it but the last, the month ("de mayo")."""
    small = _small()
    inner = after.split()[:-1]
    return (not before.strip() or before.strip() in small) and all(w in small for w in inner)
