"""The evidence the learned typer weighs for one name: its words and the words around it.

A pure function of the article's text, the spans of the name's mentions and its label, so the
training script (bench/quality/train_typer.py) and the pipeline compute exactly the same
features. Every feature is a string with the value 1 (a sparse binary vector): what the name is
made of (its words, first and last word, the last word's endings, its shape), what the
gazetteers say of it (a given name first, a place's name), and what the text writes around each
mention (the two words before and after: "said", "in", ", a", "of the"). No feature names an
entity of the paper; the weights learned from the held-out sets' gold say what each is worth.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.nlp.entities.cues.gazetteer import gazetteer
from kg.nlp.wordspans import writes_word

# a word, or one punctuation mark that tells a context apart ("Ortiz, a nurse"; "(CFMEU)")
_TOKEN = re.compile(r"[^\W_][\w'’.-]*|[&,;:()\"“”]")
_WINDOW = 60  # characters read on each side of a mention: enough for two words
_MAX_WORDS = 5  # name lengths above this share one feature
_MAX_MENTIONS = 4


def _context(text: str, begin: int, end: int) -> tuple[list[str], list[str]]:
    """The two tokens before and the two after a mention, lower case."""
    before = _TOKEN.findall(text[max(0, begin - _WINDOW):begin])[-2:]
    after = _TOKEN.findall(text[end:end + _WINDOW])[:2]
    return [w.lower() for w in before], [w.lower() for w in after]


def features(text: str, spans: Iterable[tuple[int, int]], label: str) -> set[str]:
    """The features of the name `label` whose mentions are `spans` of `text`."""
    words = label.split()
    if not words:
        return set()
    low = [w.lower().strip(".,") or w.lower() for w in words]
    first, last = low[0], low[-1]
    out = {f"w={w}" for w in low}
    out |= {f"first={first}", f"last={last}", f"n={min(len(words), _MAX_WORDS)}",
            f"suf={last[-3:]}", f"suf2={last[-2:]}", f"suf4={last[-4:]}", f"fsuf={first[-3:]}"}
    if len(low) > 1:
        out.add(f"last2={' '.join(low[-2:])}")
    if label.isupper() and len(label) > 1:
        out.add("allcaps")
    if any(c.isdigit() for c in label):
        out.add("digit")
    if " of " in label:
        out.add("has_of")
    if "&" in label:
        out.add("amp")
    if "-" in label:
        out.add("hyphen")
    # the head word written in lower case elsewhere: a common noun ("union", "company")
    if writes_word(text, last, before="", after=""):
        out.add("head_lower_in_text")
    gaz = gazetteer()
    if gaz.is_given_name(words[0]):
        out.add("given_first")
    if len(words) > 1 and gaz.is_given_name(words[-1]):
        out.add("given_last")
    if kind := gaz.place_kind(label):
        out.add(f"gaz={kind}")
    if len(words) > 1 and gaz.place_kind(words[-1]):
        out.add("gaz_last")
    if len(words) > 1 and gaz.place_kind(words[0]):
        out.add("gaz_first")
    count = 0
    for begin, end in spans:
        count += 1
        before, after = _context(text, begin, end)
        if before:
            out.add(f"p1={before[-1]}")
        if len(before) == 2:
            out.add(f"p2={' '.join(before)}")
        if after:
            out.add(f"n1={after[0]}")
        if len(after) == 2:
            out.add(f"n2={' '.join(after)}")
    out.add(f"m={min(count, _MAX_MENTIONS)}")
    return out
