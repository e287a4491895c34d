"""The lower-case particles inside a person's name ("Ana de la Cruz", "Marcos dos Tallares",
"Jeanne van der Linden", "Kiprono arap Chelimo"), read from one data list.

The list is the entities stage's connectors (kg/data/nlp/entities.toml `connectors`): the small
words that may join capitalised words inside one name. Those that join a body's name ("of",
"of the", "for the") or a lawsuit's ("v.") are no person's; the rest are the particles. The
reader (bylines, sign-offs, credit lines, a statement's author: kg.reader.patterns), the
entities stage (a surname's particle capitalised by position: kg.nlp.entities.cues.namecues) and a
talk's speaker (kg.nlp.quotations.headline) all take them from here, so a particle added to the
data reaches every one of them. The module sits below kg.reader and kg.nlp and imports neither
(the reader never imports kg.nlp). Which file and key hold the list is said here only:
`of_entities` takes the entities stage's cue file as kg.nlp.cuedata parsed it (the data folder
of the running build), `load` reads the file from a data folder itself (the reader, which has
no parsed copy).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kg.config import DATA_DIR

# The entities stage's cue file (in a data folder's nlp/) and its key holding the connectors.
ENTITIES_FILE = Path("nlp") / "entities.toml"
CONNECTORS_KEY = "connectors"
# … and its key holding the particles joined to a capitalised word by a hyphen ("Omar al-Kelvi",
# "Yosef ben-Kelvan"): such a word is one word of a name, capitalised by its second part.
HYPHENED_KEY = "name_particles"
# … and its key holding the particles elided before a capital with an apostrophe ("Marie
# d’Kelvigny", "Carlo dell’Orvio"): such a word is one word of a name, capitalised after the mark.
ELIDED_KEY = "elided_particles"

# The connectors' words that join a body's name ("Socialist Workers Party of Iran", "Coalition
# for the Homeless"): English function words, never a particle of a person's name.
_BODY_WORDS = frozenset({"of", "the", "for"})


# The marks of a particle written with an apostrophe as a word of its own ("’t", "a’").
APOSTROPHES = "’'"


def _particle_word(word: str) -> bool:
    """A lower-case word of letters, or of letters and one apostrophe at an edge ("’t", "a’"):
    not "v.", which joins a lawsuit's parties."""
    core = word.strip(APOSTROPHES)
    return core.isalpha() and core.islower() and len(word) - len(core) <= 1


def particles(connectors: Iterable[str]) -> frozenset[str]:
    """The words of the connectors that are a person's name particles: lower-case words of
    letters only (not "v.", which joins a lawsuit's parties), or of letters and an apostrophe
    at an edge ("’t" of "van ’t Kelder", "a’" of "Nic a’ Dhorrain"), a body's words apart."""
    return frozenset(w for c in connectors for w in c.split() if _particle_word(w)) - _BODY_WORDS


def apostrophed(connectors: Iterable[str]) -> frozenset[str]:
    """The particles written with an apostrophe as a word of their own ("’t", "a’"): the
    entities stage's scanner reads no such word (it reads "can’t" as one word, and a mark as no
    letter), so it lets one join the name's words on either side of it
    (kg.nlp.entities.spans.runwalk)."""
    return frozenset(w for w in particles(connectors) if not w.isalpha())


def alternation(words: Iterable[str]) -> str:
    """The particles as a regular expression's alternatives, longest first ("dela" tried
    before "de"), in an order that does not change from run to run as a set's does."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


def of_entities(entities: Mapping[str, Any]) -> frozenset[str]:
    """The particles of the entities stage's cue file, parsed (kg/data/nlp/entities.toml)."""
    return particles(entities[CONNECTORS_KEY])


def hyphened_of_entities(entities: Mapping[str, Any]) -> frozenset[str]:
    """The particles joined by a hyphen to a name's capitalised word ("al" of "al-Kelvi"), from
    the entities stage's cue file, parsed: the entities stage counts such a word as a
    capitalised one (kg.nlp.entities.cues.namecues), and the reader must too."""
    return frozenset(entities[HYPHENED_KEY])


def _read(data_dir: Path) -> dict[str, Any]:
    """DATA_DIR's entities stage's cue file, parsed (the three loaders below read it alike)."""
    with (data_dir / ENTITIES_FILE).open("rb") as fh:
        return tomllib.load(fh)


def load_hyphened(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """The hyphened particles of DATA_DIR's entities stage's cue file, read from disk."""
    return hyphened_of_entities(_read(data_dir))


def elided_of_entities(entities: Mapping[str, Any]) -> frozenset[str]:
    """The particles elided before a name's capitalised part ("d" of "d’Kelvigny"), from the
    entities stage's cue file, parsed: the entities stage counts such a word as a capitalised
    one (kg.nlp.entities.cues.namecues), and the reader's bylines must too."""
    return frozenset(entities[ELIDED_KEY])


def load_elided(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """The elided particles of DATA_DIR's entities stage's cue file, read from disk."""
    return elided_of_entities(_read(data_dir))


def load(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """The particles of DATA_DIR's entities stage's cue file, read from disk."""
    return of_entities(_read(data_dir))
