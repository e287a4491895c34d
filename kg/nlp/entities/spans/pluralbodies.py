"""A body named by an adjective or noun, a plural noun and "of" a capitalised name: "the
Freedom Hawks of West Kelvia", "the Liberation Lions of Dorrowstan" (issue 10, branch ent99).

Such a name has no head word the cues know, so the scanner closed its run before "of"
(kg.nlp.entities.spans.runwalk `two_names`: "Jonathan Silberman of Pathfinder Books" is a
person and a body), and the page got two pieces ("Freedom Hawks", "West Kelvia"), neither a
name. A person's name is not made so: its first word is no common English word that a given
name list lacks, and it does not end in a common noun's plural. A run of two or three English
words (`[plural_bodies] english_min_zipf`, kg/data/nlp/entities.toml: "Liberation", "Hawks"
are English words, if rarer than the common-word list's), none a title, role, group, head or
function word, whose first is no given name and whose last is a plural whose singular is an
English word too, followed by " of " and a run of capitalised words, is one body's name with
that run: an organisation.
kg.nlp.entities.spans.regionsteps runs `plural_bodies`.
"""

from __future__ import annotations

from wordfreq import zipf_frequency

from kg.nlp.cuedata import cached, load
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import TextIndex


@cached
def _min_zipf() -> float:
    return float(load("entities")["plural_bodies"]["english_min_zipf"])


def _english(word: str) -> bool:
    return zipf_frequency(word.lower(), "en", wordlist="small") >= _min_zipf()


def _plural_common(words: list[str], cues: Cues) -> bool:
    """Two or three English words, no cue word among them, no given name first, a plural last."""
    last = words[-1]
    return 2 <= len(words) <= 3 and all(_english(w) and w[:1].isupper() and w.isalpha()
                                        and not cues.generic(w) and w not in cues.roles
                                        and w not in cues.titles and w not in cues.heads for w in words) \
        and last.endswith("s") and not last.endswith("ss") and _english(last[:-1]) \
        and not evidence().given_name_first(words)


def plural_bodies(text: str, runs: list[Run], cues: Cues, tx: TextIndex) -> list[Run]:
    """The runs, each such plural body's run joined with the run " of " after it (module
    docstring)."""
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        if nxt is not None and text[run.end:nxt.begin] == " of " and not run.title and not nxt.title \
                and run.kind is None and nxt.kind in (None, "place") and not run.absorbed \
                and not tx.is_sentence_start(run.begin) \
                and _plural_common([w[2] for w in run.words], cues):
            out.append(Run(run.begin, nxt.end, list(run.words) + list(nxt.words),
                           absorbed=list(nxt.absorbed), kind="organization"))
            i += 2
            continue
        out.append(run)
        i += 1
    return out
