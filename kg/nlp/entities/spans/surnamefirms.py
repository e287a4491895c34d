"""A firm named by two surnames joined by "and" or "&" ("the Kelvin and Dorrow shipyard",
"pickets from Tallow and Brennock said …"; the paper prints old firms named for their two founders
so: a shipbuilder, a soap maker, a publisher). The runs part at "and" (it parts two names as
often as it joins one), so each surname was left a name of its own, and a bare "from" or "at"
made places of them.

Two runs of one capitalised word each, "and" (or one run glued at "&" by
kg.nlp.entities.spans.joins), are one organisation where the article frames the pair as one
employer at least once: a works' or firm's noun in the singular right after it (kg/data/nlp/
boundaries.toml `[surname_firms] nouns_after`; "the Kelvo and Dorrow plants" in the plural are
two firms' works), workers from or at it before it (`before`, `[evidence] employer_before`), or
its possessive before an employer's noun ("Tallow and Brennock’s bosses"). Every mention of the
same pair in the article is then that firm. Two people ("Ruiz and Dorrow spoke") have no such
frame; the words must name nothing else either: no registry name, no place the gazetteer knows,
no common English word, head or group word, not two given names, no given name where only a
possessive frames the pair ("Maria and Jose’s boss"), no surname of a person the article
names in full, and neither word written alone elsewhere in the article ("drivers for Kelvride
and Dorrlift … the Kelvride headquarters": two firms). A declared step of
kg.nlp.entities.spans.regionsteps `REGION_STEPS` (branch ent89); the nouns are data, the firms
are not."""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern
from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.evidence import Evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.registry.surface import Match
from kg.nlp.entities.spans.runs import Run

_SURNAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?")  # "Dorrow", "McKelvin"
_JOINER = re.compile(r" (?:and|&) ")
_POSSESSIVE = re.compile(r"[’']s?(?![\w’'-])")


@cached
def _nouns_after() -> re.Pattern[str]:
    nouns = phrase_pattern(list(load("boundaries")["surname_firms"]["nouns_after"]))
    return re.compile(r"\s+(?:[a-z][a-z-]*\s+)?(?:" + nouns + r")(?![\w’'-])")


@cached
def _before() -> re.Pattern[str]:
    phrases = phrase_pattern(list(load("boundaries")["surname_firms"]["before"]))
    return re.compile(r"(?<![\w’'-])(?:" + phrases + r")\s+(?:the\s+)?$", re.IGNORECASE)


def _word_ok(word: str, cues: Cues, ev: Evidence) -> bool:
    """A surname that names nothing else: no place, common word, head, group or generic word."""
    return bool(_SURNAME.fullmatch(word)) and ev.place_kind(word) is None \
        and not ev.gazetteer.town_kind(word) and not common_words().common(word) \
        and word not in cues.heads and not cues.group(word) and not cues.generic(word)


def _named_in_full(text: str, word: str, ev: Evidence) -> bool:
    """The article names a person with this surname ("Ana Dorrow"): the word is hers."""
    for m in re.finditer(r"(?<![\w’'-])([A-Z][a-z]+) " + re.escape(word) + r"(?![\w’'-])", text):
        if ev.gazetteer.is_given_name(m.group(1)):
            return True
    return False


def _framed(text: str, first: str, second: str, ev: Evidence, given: bool) -> bool:
    """Somewhere in the article the pair stands in a firm's frame; with a given name among the
    two (`given`), a possessive alone does not say so."""
    pair = re.compile(r"(?<![\w’'-])" + re.escape(first) + r" (?:and|&) " + re.escape(second) + r"(?![\w-])")
    for m in pair.finditer(text):
        if _nouns_after().match(text, m.end()) or textwindow.before(_before(), text, m.start(), 30) \
                or textwindow.before(ev.employer_before, text, m.start(), 30):
            return True
        if not given and _POSSESSIVE.match(text, m.end()) \
                and ev.employer_after.match(text[m.end():m.end() + 40]):
            return True
    return False


def _alone_elsewhere(text: str, first: str, second: str) -> bool:
    """The article writes either word outside the pair ("the Kelvride headquarters" beside
    "drivers for Kelvride and Dorrlift"): two firms of one word each, not one of two names."""
    pair = re.compile(r"(?<![\w’'-])" + re.escape(first) + r" (?:and|&) " + re.escape(second) + r"(?![\w-])")
    spans = [(m.start(), m.end()) for m in pair.finditer(text)]
    for word in (first, second):
        for m in re.finditer(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w-])", text):
            if not any(b <= m.start() < e for b, e in spans):
                return True
    return False


def _pair_ok(text: str, first: str, second: str, cues: Cues, ev: Evidence) -> bool:
    if not (_word_ok(first, cues, ev) and _word_ok(second, cues, ev)):
        return False
    given = [ev.gazetteer.is_given_name(w) for w in (first, second)]
    if all(given) or any(_named_in_full(text, w, ev) for w in (first, second)) \
            or _alone_elsewhere(text, first, second):
        return False
    return _framed(text, first, second, ev, any(given))


def _lone(run: Run, known: list[Match]) -> str | None:
    """The run's one word, where it is a plain run of one word no registry name touches."""
    if run.title or run.kind is not None or run.absorbed or len(run.words) != 1:
        return None
    if any(m.begin < run.end and run.begin < m.end for m in known):
        return None
    return run.words[0][2]


def _glued(text: str, run: Run, known: list[Match]) -> tuple[str, str] | None:
    """"Tallow & Bright": a run of two words the ampersand glued (kg.nlp.entities.spans.joins)."""
    if run.title or run.kind is not None or run.absorbed or len(run.words) != 2 \
            or text[run.words[0][1]:run.words[1][0]] != " & ":
        return None
    if any(m.begin < run.end and run.begin < m.end for m in known):
        return None
    return run.words[0][2], run.words[1][2]


def surname_firms(text: str, runs: list[Run], known: list[Match], cues: Cues, ev: Evidence) -> list[Run]:
    """The region's runs with each firm named by two surnames read as one organisation's run."""
    out: list[Run] = []
    for run in runs:
        prev = out[-1] if out else None
        first = _lone(prev, known) if prev is not None else None
        second = _lone(run, known)
        if first and second and _JOINER.fullmatch(text[prev.end:run.begin]) \
                and _pair_ok(text, first, second, cues, ev):
            out[-1] = Run(prev.begin, run.end, prev.words + run.words, kind="organization")
            continue
        pair = _glued(text, run, known)
        if pair is not None and _pair_ok(text, *pair, cues, ev):
            run = Run(run.begin, run.end, run.words, kind="organization")
        out.append(run)
    return out
