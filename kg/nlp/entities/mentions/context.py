"""One document's mention finding as its steps share it (`MentionContext`): the document, its
text and index, the registry and its compiled forms, the regions read, the cue words compiled
once per document, and what the steps leave for later ones (the spans blocked from new names,
the acronyms introduced in parentheses, a firm's national arms). kg.nlp.entities.mentions
builds it once per document; finding (find), keeping (keep, glue), publishing (publish) read
it, so none of them imports another's state."""

from __future__ import annotations

import os
import re

from kg.model import Document
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.edges import compass_abbreviations
from kg.nlp.entities.registry.registry import Entry, Registry
from kg.nlp.entities.registry.surface import FormIndex, Match
from kg.nlp.entities.registry.writtenyears import WrittenYears
from kg.nlp.entities.spans.textspan import Region, TextIndex, regions
from kg.nlp.wordspans import writes_word

# KG_TRACE_MENTIONS=1 logs which keep rule dropped a registry match (logger
# "kg.nlp.entities.mentions", DEBUG); read once per document, so it costs nothing when unset
TRACE_VARIABLE = "KG_TRACE_MENTIONS"

PLACE_KINDS = frozenset({"city", "country", "place"})


def form_index(registry: Registry) -> FormIndex:
    """The compiled forms of a registry (built once per registry object)."""
    if registry.form_index is None:
        registry.form_index = FormIndex(registry)
    return registry.form_index


@cached
def _patterns() -> dict[str, re.Pattern[str] | tuple[re.Pattern[str], ...]]:
    """The cue patterns every document's `MentionContext` reads, compiled once per data folder:
    a context per document compiled them anew, and between two documents they fell out of the
    `re` module's cache."""
    cues = load("entities")
    return {
        # "the Kelvo dictatorship": nouns for a ruler's rule after a surname (`ruler_after`)
        "rule_after": re.compile(r"\s+(?:" + phrase_pattern(cues.get("ruler_after", ["\x00"]))
                                 + r")(?![\w’'-])"),
        "naming": re.compile(r"(?<![\w’'-])" + phrase_pattern(cues["naming"]["cues"]) + r"\s*[“‘\"']?$",
                             re.IGNORECASE),
        # "an all-Kelvia wage scale": a place's adjective after a lower-case prefix (`hyphen_prefixes`)
        "prefixed_adjective": (
            re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, cues["hyphen_prefixes"])) + r")-\Z"),
            re.compile(r"[ \u00a0][a-z]")),
        "place_prefix": re.compile(r"(?:^|(?<=[\s(\[“‘\"]))(?:"
                                   + "|".join(re.escape(w) for w in cues["place_prefixes"]) + r")\s$"),
        "and_more": re.compile(r"\s+and\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:"
                               + "|".join(map(re.escape, cues["and_single_heads"])) + r")(?![\w’'-])"),
        "place_runs_on": re.compile(r"[ \u00a0](?:" + "|".join(map(re.escape, cues["place_runs_on"]))
                                    + r")[ \u00a0][A-Z]"),
        "branch_after": re.compile(r"[ \u00a0](?:" + "|".join(map(re.escape, cues["place_branch_of"]))
                                   + r")(?![\w’'-])"),
        "compass": re.compile(r"(?:^|(?<=[\s(\[“‘\"]))(?:"  # "Central Asia", "NE Ohio"
                              + "|".join(map(re.escape, cues["compass_words"] + compass_abbreviations()))
                              + r")\s$"),
    }


class MentionContext:
    """What every step of one document's mention finding reads, and the little they hand on."""

    def __init__(self, doc: Document, registry: Registry) -> None:
        self.doc = doc
        self.text = doc.text
        self.registry = registry
        self.index = form_index(registry)
        self.regions: list[Region] = regions(doc)
        self.tx = TextIndex(doc, self.regions)
        # the year each offset was written in: a "Years Ago" item's own, else the issue's
        self.years = WrittenYears(doc)
        self.trace = os.environ.get(TRACE_VARIABLE) == "1"
        cues = load("entities")
        self.titles = set(cues["titles"])
        rx = _patterns()  # the cue patterns, compiled once per data folder
        self.rule_after = rx["rule_after"]
        self.function_words = set(cues["function_words"]) | set(cues["not_names"])
        self.naming = rx["naming"]
        self.blocked: list[tuple[int, int]] = []
        self.groups = set(cues["group_words"])
        self.adjective_suffixes = tuple(cues["adjective_suffixes"])
        # words that open a body's name ("Royal"): glued before a place, never its adjective
        self.body_openers = set(cues["leading_head_types"]["organization"])
        self.state_qualifiers = set(cues["state_qualifiers"])
        self.hyphen_suffixes = set(cues["hyphen_suffixes"])
        self.prefixed_adjective = rx["prefixed_adjective"]
        self.workers_after = set(cues["workers_after"])
        self.calendar = set(cues["calendar"])
        self.place_prefix = rx["place_prefix"]
        self.and_more = rx["and_more"]
        self.place_runs_on = rx["place_runs_on"]
        self.branch_after = rx["branch_after"]
        self.compass_words = list(cues["compass_words"])
        self.compass = rx["compass"]
        self._signed: list[tuple[int, int]] | None = None  # where the page's signed names stand
        self.extra_aliases: dict[str, set[str]] = {}  # acronyms introduced in parentheses, by key
        self.firm_arms: set[tuple[int, int]] = set()  # "KLV USA": initials, then a country

    def spans(self, *kinds: str) -> list[tuple[int, int]]:
        """(begin, end) of the regions read, or of those of these kinds only."""
        return [(r.begin, r.end) for r in self.regions if not kinds or r.kind in kinds]

    def in_context(self, entry: Entry) -> bool:
        """One of the entry's context words is in the article (an ambiguous form needs one)."""
        text = self.tx.all_text()
        return any(writes_word(text, w, before="", after=None) for w in entry.context)

    def countries_ending(self, begin: int, end: int) -> list[tuple[int, Match]]:
        """(begin, match) of the registry names found in text[begin:end] that end at `end`."""
        return [(b, Match(b, e, form.entry, form.alias, "name"))
                for b, e, form in self.index.candidates(self.text, begin, end) if e == end]

    def signed_spans(self) -> list[tuple[int, int]]:
        """Where a name the page signs with stands (a byline, an item's author, a letter's
        sender), in any case ("BY ANNA DE LEÓN" too); found on first use."""
        if self._signed is None:
            names = {p.name for p in list(self.doc.bylines) + [i.author for i in self.doc.items if i.author]
                     if p.name and " " in p.name.strip()}
            self._signed = [(x.start(), x.end()) for n in names
                            for x in re.finditer(r"(?<![\w’'-])" + re.escape(n) + r"(?![\w’'-])", self.text,
                                                re.IGNORECASE)]  # the byline in capitals too
        return self._signed
