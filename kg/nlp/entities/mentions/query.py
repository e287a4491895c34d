"""One registry match as the keep rules read it (`MentionQuery`): the document's context, the
match, the region it stands in; and, computed once on first use, what several rules read (its
kind, whether it names a place, whether it stands in a heading)."""

from __future__ import annotations

import dataclasses
import functools

from kg.nlp.entities.mentions.context import PLACE_KINDS, MentionContext
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.textspan import Region


@dataclasses.dataclass(frozen=True)
class MentionQuery:
    """A match of a registry form in a region: what `keep` was given."""

    cx: MentionContext
    m: Match
    r: Region

    @functools.cached_property
    def text(self) -> str:
        return self.cx.text

    @functools.cached_property
    def kind(self) -> str:
        """The registry entry's kind."""
        return self.m.entry.kind

    @functools.cached_property
    def place(self) -> bool:
        """The entry is a country, a city or another place."""
        return self.m.entry.kind in PLACE_KINDS

    @functools.cached_property
    def heading(self) -> bool:
        """The match stands in a headline or a deck (which may be in title case)."""
        return self.r.kind in ("headline", "deck")
