"""What the kind steps share: the names kept with their first kinds, and the kinds resolved so far.

Declared apart from kinds/resolve.py, which runs the steps, so that a step's own module can name
the state it fills without importing the runner (imports flow one way: tests/test_imports.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Protocol

from kg.nlp.entities.spans.namecontext import NameContext
from kg.nlp.entities.spans.runs import Run

Kept = list[tuple[Run, str, tuple[str, bool]]]


@dataclasses.dataclass
class Kinds:
    """The kinds resolved so far: `of` (label → (kind, strong)); `typed`, every typed span
    (begin, end, kind), filled by `typed_spans`; what two steps leave for the short forms:
    `union_words` ("Kelvifor" of "Kelvifor Local 597", read before the union's short forms are
    typed) and `family_of` (a name of two family names → its first, "Gómez")."""

    of: dict[str, tuple[str, bool]]
    typed: list[tuple[int, int, str]] = dataclasses.field(default_factory=list)
    union_words: set[str] = dataclasses.field(default_factory=set)
    family_of: dict[str, str] = dataclasses.field(default_factory=dict)

    def untyped_capitalised(self, run: Run, label: str, is_place: Callable[[str], object],
                            most: int | None = None) -> bool:
        """Whether a name no rule typed is a bare run of two capitalised words or more (at most
        `most`), no title and no place `is_place` knows: the only names the frame steps
        (`named_times`, `struck_firms`, `chosen_as`) may type from the words around them."""
        words = label.split()
        return (self.of[label][0] == "thing" and not run.title
                and 2 <= len(words) <= (most or len(words))
                and all(w[:1].isupper() for w in words) and not is_place(label))


class OpenerNames(Protocol):
    """What a reader of kg.nlp.entities.kinds.shortforms `OPENER_READERS` reads of `ShortForms`
    (which imports the readers, so they cannot import it): the names' context and their kinds."""

    ctx: NameContext
    kinds: Kinds
