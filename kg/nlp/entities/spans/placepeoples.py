"""The people of a state, a region or a city named alone in the plural: "Tallowans voted",
"Kelvinians marched" (set BS's first measure, branch ent118). A group word, as a country's
people are ("Kenyans", `Cues.group`), which names no single thing; the scanner kept it because
the country's peoples are read from the gazetteer's countries alone.

The word is such a plural where, less its "s", it is a place's adjective the gazetteer knows
(as kg.nlp.entities.spans.regionpeoples reads a region's adjective: "Kashmir" + "i",
"California" + "n")
or a place's name ending in "s" with that "s" made "n" ("Tallowas" → "Tallowan", as the
states' "Kansan" and "Texan" are made). A run of that one word, no registry name inside it,
no given name, is dropped. A body so named carries more words ("Tallowans for Fair Courts")
and keeps its run. kg.nlp.entities.spans.regionsteps runs `place_peoples` after
`region_peoples`.
"""

from __future__ import annotations

from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.spans.runs import Run

# endings that make a place's name its people's word (regionpeoples' `_ENDINGS`: "Kashmir-i",
# "California-n", "Ohio-an", "Boston-ian"); the stem left must be a place the gazetteer knows as
# spelled, not one sharing only its first letters (a country's adjective does: "Congo", "Congress")
_ENDINGS = ("n", "an", "ian", "ean", "i")
_STEM = 4  # letters of a place's name at least


def is_place_people(word: str) -> bool:
    """"Tallowans", "Kashmiris": a plural, its singular an adjective of a place the gazetteer
    knows (module docstring); no given name and no place of its own."""
    g = gazetteer()
    if not word.endswith("s") or not word[:1].isupper() or g.place_kind(word) or g.is_given_name(word):
        return False
    one = word[:-1]
    stems = [one[:-len(e)] for e in _ENDINGS if one.endswith(e)]
    if one.endswith("n"):
        stems.append(one[:-1] + "s")  # "Kansan" of "Kansas"
    return any(len(stem) >= _STEM and g.place_kind(stem) is not None for stem in stems)


def place_peoples(runs: list[Run]) -> list[Run]:
    """The runs less the lone plurals that name a place's people (module docstring)."""
    return [run for run in runs if not _lone_people(run)]


def _lone_people(run: Run) -> bool:
    return len(run.words) == 1 and not run.title and run.kind is None and not run.absorbed \
        and is_place_people(run.words[0][2])
