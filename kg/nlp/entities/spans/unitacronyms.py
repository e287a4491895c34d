"""An acronym in brackets after a unit's name "<unit> of the <body>" that spells the body alone:
"the Kelvo Air Component of the Canadian Union of Public Employees (CUPE)" (set CI, branch
ent122).

A unit named with its parent body ("… Chapter of …", "… Component of …": kg/data/nlp/boundaries.toml
`branch_heads`) is one name, the body inside it; the acronym bracketed after the whole is the
body's when its letters are the initials of the words after one "of" (or "of the") and not
the whole's. kg.nlp.entities.spans.initials `acronyms` gave it to the whole name, so every later
"CUPE" on the page, which names the union, became a mention of the unit. Asked there before an
acronym is given to a new name."""

from __future__ import annotations

import re

from kg.nlp.entities.spans.ownlanguage import spells

_OF = re.compile(r" of (?:the )?")


def spells_inner_body(label: str, acronym: str) -> bool:
    """Whether `acronym` spells the part of `label` after one of its "of"s, not the whole."""
    if spells(acronym, label.split()):
        return False
    return any(len(inner := label[cut.end():].split()) > 1 and spells(acronym, inner)
               for cut in _OF.finditer(label))
