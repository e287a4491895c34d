"""An acronym in brackets after a registry name that spells a longer name than the registry's:
"the Kelvo and Socialist National Liberation Front (FLNKS)", where the registry knows "National
Liberation Front" (Algeria's) and the acronym is the longer body's (set CD).

kg.nlp.entities.mentions.find reads an acronym in brackets right after a registry name as that
entity's (`_acronyms_and_short_forms`), so every later "FLNKS" was a mention of the registry's
body, though the page's body is another whose name holds the registry's words. The acronym
belongs to a longer name when it has more letters than the registry name as printed has
capitalised words, and two or more of its letters open none of them: the name's own initials
cannot give it (an acronym of a foreign name with the same words, "FLN" for "National
Liberation Front", or "PKK" for "Kurdistan Workers Party", has its letters among them)."""

from __future__ import annotations

_MISSING = 2  # the acronym's letters no capitalised word of the name opens, at least


def spells_longer_name(surface: str, acronym: str) -> bool:
    """Whether `acronym`, bracketed after the registry name printed as `surface`, is a longer
    name's (module docstring)."""
    initials = [w[:1] for w in surface.split() if w[:1].isupper()]
    letters = [c for c in acronym if c.isalpha()]
    missing = [c for c in letters if c not in initials]
    return len(letters) > len(initials) and len(missing) >= _MISSING
