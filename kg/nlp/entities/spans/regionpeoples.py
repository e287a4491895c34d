"""A people named by its region's adjective: "Kelvinian Dorrans", "the Kelvinian Dorran
prisoners" (set CC, ent114). Peoples of a region inside a state (a peninsula's, a valley's, a
republic's) are written with the region's adjective before their own word ("Siberian
Tatars", "Crimean Greeks"); the people's word is a group word (kg/data/nlp/entities.toml
`group_words`: it names no single thing), and so is the whole: no person, body or place. The
scanner kept the pair as a name because the region's adjective is no group word (a whole
list of them would be every region's); it is read instead from the place the gazetteer knows
whose name the adjective adds an ending to ("Crimea" + "n", "Dagestan" + "i").

`region_peoples` drops a run of two or three words: one or two such adjectives or group words,
then the people's word (a group word or its plural), no head word among them. A body so named
carries a head ("Kelvinian Dorran Assembly") and keeps its run.
kg.nlp.entities.spans.regionsteps runs it.
"""

from __future__ import annotations

from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.cues.nations import is_nation_adjective
from kg.nlp.entities.spans.runs import Run

# endings that make a place's name its adjective ("Crimea-n", "Siberia-n", "Dagestan-i",
# "Bosnia-n", "Tyrol-ean", "Kosovo" has none): the stem left must be a known place
_ENDINGS = ("n", "an", "ian", "ean", "ese", "i")
_STEM = 4


def region_adjective(word: str) -> bool:
    """"Crimean", "Siberian": an adjective whose stem, less an ending, is a place the gazetteer
    knows; or a country's adjective (kg.nlp.entities.cues.nations)."""
    if not word[:1].isupper():
        return False
    g = gazetteer()
    return any(word.endswith(e) and len(word) - len(e) >= _STEM and g.place_kind(word[:-len(e)])
               for e in _ENDINGS) or is_nation_adjective(word)


def _region_people(run: Run, cues: Cues) -> bool:
    words = [w for _b, _e, w in run.words]
    if not 2 <= len(words) <= 3 or run.title or run.kind is not None or run.absorbed:
        return False
    *adjectives, people = words
    return cues.group(people) and not any(w in cues.heads for w in words) \
        and all(cues.group(w) or region_adjective(w) for w in adjectives)


def region_peoples(runs: list[Run], cues: Cues) -> list[Run]:
    """The runs less those that name a people by its region's adjective (the module's docstring)."""
    return [run for run in runs if not _region_people(run, cues)]
