"""Find the entities an article names, and every mention of each (issue 4).

`annotate(doc, registry)` fills doc.annotations.entities and .mentions. The steps, in order:

1. registry names: every surface form of every registry entry (kg.nlp.entities.registry.surface), kept only
   if its edges, case, date range and context allow it (`keep.KEEP_RULES`);
2. event descriptions: "the 1973 war", "the war in Lebanon", bare years in a list of wars
   (kg.nlp.entities.spans.events);
3. overlaps: the longest match wins; a name inside an event's name stays a mention too
   ("Lebanon" in "the war in Lebanon"), a place only inside a description, not inside a
   capitalised event name ("Vietnam" in "the Vietnam War" is none) (`overlaps.resolve`);
4. acronyms introduced in parentheses ("Israeli Defense Forces (IDF)") and short forms after a
   full mention ("Shirvani" after "Ma’mud Shirvani") are then found everywhere after;
5. metonymy: a capital standing for its state is re-pointed to the state (kg.nlp.entities.kinds.metonymy);
6. new names: capitalised sequences nobody matched become new entities (kg.nlp.entities.names).
A lower-case compass word before a name that is no place alone ("north Korea") makes the name a
mention of the registry's place of both words in step 1 (kg.nlp.entities.spans.compass); a new name
of step 6 that is a country's initials without their points in a line of mixed case ("US
strikes") is the registry's country of the dotted form (kg.nlp.entities.spans.undotted).
Names and cue words are data (kg/data/registry, kg/data/nlp); this package holds only rules.

The stage is split by task, imports flowing down this list: `context` (`MentionContext`, what
one document's steps share; `form_index`), `overlaps` (`resolve`), `query` (`MentionQuery`, one
registry match as the keep rules read it), `glue` (a match glued to the capitalised words around
it), `keep` (`KEEP_RULES`, the declared drop rules in order, and `keep`), `find` (steps 1–6),
`coreference` (a one-word name tied to the person named in full), `publish` (entities and
mentions written), `subjects` (`main_subjects`). Other modules import from this package only.
"""

from __future__ import annotations

from kg.model import Document
from kg.nlp.entities.mentions.context import MentionContext, form_index
from kg.nlp.entities.mentions.find import new_names, registry_mentions
from kg.nlp.entities.mentions.overlaps import resolve
from kg.nlp.entities.mentions.publish import publish
from kg.nlp.entities.mentions.subjects import main_subjects
from kg.nlp.entities.registry.registry import Registry

__all__ = ["annotate", "form_index", "main_subjects", "resolve"]


def annotate(doc: Document, registry: Registry) -> None:
    """Fill doc.annotations.entities (by key) and doc.annotations.mentions (by offset)."""
    cx = MentionContext(doc, registry)
    accepted = registry_mentions(cx)
    accepted, found = new_names(cx, accepted)
    publish(cx, accepted, found)
