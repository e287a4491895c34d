"""A name that ends in its number: "the Linea 40 buses", "the Kelvo 7 defendants" (issue 10,
set BD's kinds, branch ent87).

Bus companies, routes and lines, squads and groups of defendants are named by a word and a
number; the scanner makes no run of a number (a number is no name), so the word alone was a
junk run and the name was lost. One capitalised word that is nothing else the cues know (no
common English word, month, title, function word or place: "in Kelvo 300 workers
marched" keeps the town; a registry name is no run here), right before a number of one to four
digits that no comma, decimal point or hyphen goes on from, is one name with the number. The
numbered heads the cues already read ("Local 12", "Route 9", "Article 23") are left to their
own steps, and so is a word opening a sentence (a number of things may follow anything there).
kg.nlp.entities.spans.regionsteps runs `number_ends`.
"""

from __future__ import annotations

import re

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import TextIndex

NUMBER = re.compile(r" (\d{1,4})(?![\w,.%/:-]\d|[\w%/-])")
# the number says how many or how much, no name's: "Kelvo 300 workers" reads so only after a
# count's noun, which the common-word test keeps out; these lower-case words after it say so too
_THE = re.compile(r"(?<![\w’'-])[Tt]he \Z")
# shared by the other number steps (closingnumbers, echoednumbers): one list of quantity words
QUANTITY = re.compile(r" (?:percent|per|times|years?|months?|days?|hours?|miles?|km)\b")


def number_ends(text: str, runs: list[Run], cues: Cues, tx: TextIndex) -> list[Run]:
    """The runs with each lone unknown word before a number made one name with the number."""
    return numbered_runs(text, runs, cues, tx, _THE, QUANTITY)


def numbered_runs(text: str, runs: list[Run], cues: Cues, tx: TextIndex, before: re.Pattern[str],
                  not_after: re.Pattern[str], common: bool = False, heads: bool = False) -> list[Run]:
    """The runs with each lone unknown word that `before` matches the text before, and a number
    after that `not_after` does not go on from, made one name with the number; with `common`, a
    common English word too; with `heads`, a name's head word too ("Barrio 18")."""
    out = []
    for run in runs:
        m = NUMBER.match(text, run.end)
        if m and _bare_word(text, run, cues, tx, before, common, heads) \
                and not not_after.match(text, m.end()):
            run = Run(run.begin, m.end(), list(run.words) + [(m.start(1), m.end(1), m.group(1))],
                      absorbed=list(run.absorbed))
        out.append(run)
    return out


def _bare_word(text: str, run: Run, cues: Cues, tx: TextIndex, before: re.Pattern[str], common: bool,
               heads: bool = False) -> bool:
    """One capitalised word no cue reads (nor a common English word, unless `common`), after
    `before` mid-sentence, in a run nothing typed."""
    if len(run.words) != 1 or run.kind is not None or run.title or run.absorbed \
            or tx.is_sentence_start(run.begin) or not before.search(text, max(0, run.begin - 20), run.begin):
        return False
    w = run.words[0][2]
    ev = evidence()
    return w[:1].isupper() and w.isalpha() and not w.isupper() \
        and w not in cues.numbered and w not in cues.numbered_places and (heads or w not in cues.heads) \
        and w not in cues.function and w not in cues.titles and w not in cues.calendar \
        and (common or not common_words().common(w)) and not ev.place_kind(w)
