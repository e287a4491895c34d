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
One plural alone before " of " and one such English word alone ("Barges of Promise", a
programme named so: set CM's junk "Opportunity", branch ent130) is one too: no person's or
place's name is a plural and an abstract noun.
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


def english_word(word: str) -> bool:
    """A word of English at `[plural_bodies] english_min_zipf`, rarer words than everyday ones
    included ("Liberation", "Hawks", "Needy"), no made-up or foreign surname; also the words of
    a cause after "for" (kg.nlp.entities.spans.runwalk `two_names`)."""
    return zipf_frequency(word.lower(), "en", wordlist="small") >= _min_zipf()


def _plain(word: str, cues: Cues) -> bool:
    """A capitalised English word that is no cue word: no generic, role, title or head."""
    return english_word(word) and word[:1].isupper() and word.isalpha() and not cues.generic(word) \
        and word not in cues.roles and word not in cues.titles and word not in cues.heads


def _plural_common(words: list[str], cues: Cues, after: Run) -> bool:
    """Two or three English words, no cue word among them, no given name first, a plural last;
    or one such plural before one such English word alone ("Barges of Promise", a
    programme or a body named by a plural and an abstract noun), that no name of a person or a
    place is made of."""
    last = words[-1]
    tail = [w[2] for w in after.words]
    size = 2 <= len(words) <= 3 or (len(words) == 1 and len(tail) == 1 and not after.absorbed
                                    and after.kind is None and _plain(tail[0], cues))
    return size and all(_plain(w, cues) for w in words) \
        and last.endswith("s") and not last.endswith("ss") and english_word(last[:-1]) \
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
                and _plural_common([w[2] for w in run.words], cues, nxt):
            out.append(Run(run.begin, nxt.end, list(run.words) + list(nxt.words),
                           absorbed=list(nxt.absorbed), kind="organization"))
            i += 2
            continue
        out.append(run)
        i += 1
    return out
