"""The evidence the learned test of names weighs for one name: is it a name at all?

The typer's features (kg.nlp.entities.typer.features: the name's words, endings, shape, the
gazetteers, the two words around each mention) say what a name looks like; a span that is no
name looks otherwise in ways of its own, which these add:

- its words are common English words (wordfreq, kg.nlp.entities.cues.commonwords) and the
  article writes them in lower case elsewhere ("Pickets", "Better Housing");
- where it stands: opening a sentence (a common word capitalised by its place), alone on a short
  line or a line in capitals (a heading, a label, a caption: "Remembering <Town>"), inside
  quotation marks (a slogan);
- its form: a plural of a common noun ("Pickets"), a given name alone, a title before it;
- where else the text writes its words inside a longer run of capitals (a surname given in
  full: a name);
- what the cue words say of its head (`head=organization`: "… Committee");
- a capitalised word touching it, or beyond a small word or a possessive: a piece of a longer run
  of capitals, cut there, is no name as it stands.

A pure function of the text, the spans of the name's mentions and its label, so that the
trainer (bench/quality/train_reject.py) and the stage compute the same features. No feature
names an entity of the paper.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from kg.nlp.entities.cues.commonwords import common_words
from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.entities.cues.namecues import Cues, head_word
from kg.nlp.entities.typer.features import features as name_features
from kg.nlp.wordspans import writes_word

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# a sentence ends before it: a full stop, a question or exclamation mark (a closing quote or
# bracket may follow), or the line's start
_SENTENCE_END = re.compile(r"(?:[.?!][\"'”’)]?\s+|\n\s*|^\s*)[\"“‘(]?$")
_QUOTES_OPEN = "\"“‘'"
_QUOTES_CLOSE = "\"”’'"
_HEADING_WORDS = 8  # a line of at most this many words and no full stop: a heading or a label
_BEFORE = 4  # characters read before a mention for a sentence's end


def _line(text: str, begin: int, end: int) -> str:
    start = text.rfind("\n", 0, begin) + 1
    stop = text.find("\n", end)
    return text[start:len(text) if stop == -1 else stop].strip()


def _sentence_initial(text: str, begin: int) -> bool:
    return _SENTENCE_END.search(text[max(0, begin - _BEFORE):begin]) is not None


def _quoted(text: str, begin: int, end: int) -> bool:
    """The mention stands right inside quotation marks, or its line's quotation marks before it
    are open (an odd number of them)."""
    if begin and text[begin - 1] in _QUOTES_OPEN and end < len(text) and text[end] in _QUOTES_CLOSE:
        return True
    start = text.rfind("\n", 0, begin) + 1
    head = text[start:begin]
    return (head.count("“") > head.count("”")) or head.count('"') % 2 == 1


# a capitalised word right before a mention: alone, after a possessive's "’s", or before one of
# the small words inside names ("… Tarrow Rent Board’s Office", "… for Better Schools")
_CAP_BEFORE = re.compile(r"[A-Z][\w.-]*(?:(?P<poss>[’']s)|\s+(?P<join>of|for|on|and|de|in|the|of the))?\s+$")
_CAP_AFTER = re.compile(r"^(?:[’']s\s+|\s+(?P<join>of|for|on|and|de|in|the|of the)\s+|\s+)[“\"‘]?[A-Z]")
_GLUE_WINDOW = 40


def _glued(text: str, begin: int, end: int) -> set[str]:
    """A capitalised word touching the mention, or beyond a small word or a possessive: the
    mention may be a piece of a longer run of capitals (its bounds cut), not a name of its own."""
    out = set()
    before = _CAP_BEFORE.search(text[max(0, begin - _GLUE_WINDOW):begin])
    if before and not _sentence_initial(text, begin - len(before.group())):
        out.add("glue_before_poss" if before.group("poss") else
                "glue_before_join" if before.group("join") else "glue_before")
    after = _CAP_AFTER.match(text[end:end + _GLUE_WINDOW])
    if after:
        out.add("glue_after_join" if after.group("join") else "glue_after")
    return out


# a run of capitalised words, for where else the text writes a name's words inside a longer one
_CAP_RUN = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*")


@lru_cache(maxsize=4)
def _cap_runs(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """(begin, end, words) of each run of capitalised words of the text, of two words or more."""
    return tuple((m.start(), m.end(), tuple(w.rstrip(".,’'") for w in m.group().split()))
                 for m in _CAP_RUN.finditer(text) if " " in m.group())


def _inside_longer(text: str, spans: list[tuple[int, int]], words: list[str]) -> set[str]:
    """Where the text writes the name's words inside a longer run of capitals away from its own
    mentions: last (a surname the text gives in full: "… Kelvane" after "Ana Kelvane"), first, or
    between."""
    out = set()
    n = len(words)
    bare = tuple(w.rstrip(".,’'") for w in words)
    for begin, end, run in _cap_runs(text):
        if len(run) <= n or any(b < end and begin < e for b, e in spans):
            continue
        for i in range(len(run) - n + 1):
            if run[i:i + n] == bare:
                out.add("inside_last" if i + n == len(run) else "inside_first" if i == 0
                        else "inside_mid")
    return out


def _heading(line: str) -> bool:
    words = _WORD.findall(line)
    return bool(words) and len(words) <= _HEADING_WORDS and not line.rstrip("\"”’'").endswith((".", ",", ";"))


def features(text: str, spans: Iterable[tuple[int, int]], label: str) -> set[str]:
    """The features of the name `label` whose mentions are `spans` of `text` (not its kind: the
    runs of the text the trainer learns from have none, and the model would learn the kind
    `none` of its examples instead of the span)."""
    spans = list(spans)
    words = label.split()
    out = name_features(text, spans, label)
    if not words:
        return out
    common = common_words()
    low = [w.lower().strip(".,’'") for w in words]
    caps = [w for w in words if w[:1].isupper()]
    n_common = sum(common.common(w.strip(".,")) for w in caps)
    if caps:
        out.add("common=all" if n_common == len(caps) else "common=some" if n_common else "common=none")
        n_lower = sum(writes_word(text, w, before="", after="") for w in low if w)
        out.add("lower=all" if n_lower == len(low) else "lower=some" if n_lower else "lower=none")
        if n_common == len(caps) and n_lower == len(low):
            out.add("common_lower_all")
    if common.common(words[0].strip(".,")):
        out.add("common_first")
    if common.common(words[-1].strip(".,")):
        out.add("common_last")
    last = low[-1]
    if len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")) \
            and common.common(last[:-1]):
        out.add("plural_common")
    gaz = gazetteer()
    if len(words) == 1 and gaz.is_given_name(words[0]):
        out.add("given_alone")
    cues = Cues()
    head = cues.heads.get(head_word(label, cues))
    out.add(f"head={head}" if head else "head=none")
    if cues.title_at(words) or words[0] in cues.titles:
        out.add("title_first")
    if label.isupper() and len(words) > 1:
        out.add("caps_phrase")
    out |= _inside_longer(text, spans, words)
    initial = heading = quoted = caps_line = 0
    glue: list[str] = []
    for begin, end in spans:
        glue.extend(_glued(text, begin, end))
        line = _line(text, begin, end)
        initial += _sentence_initial(text, begin)
        heading += _heading(line)
        quoted += _quoted(text, begin, end)
        caps_line += line.isupper() and len(_WORD.findall(line)) > len(words)
    total = len(spans)
    for name, count in Counter(glue).items():
        out.add(f"{name}=all" if count == total else f"{name}=some")
    for name, count in (("initial", initial), ("heading", heading), ("quoted", quoted),
                        ("capsline", caps_line)):
        if total and count:
            out.add(f"{name}=all" if count == total else f"{name}=some")
    return out
