"""A person's surname that is also a title ("Gov. Tom Justice … a deal with Justice"; issue 10,
set AW's kinds, branch ent77; docs/entities.md "Set AW's names").

The scanner never makes a run of a lone title word ("Justice", "Judge", "Major": entities.toml
`titles`), so where the page names a person in full whose surname is such a word, the surname
alone later in the text was missed. `title_word_surnames` adds that word as a person's run
(kg.nlp.entities.names links it to the full name as any other surname), only where it stands
alone mid-sentence: no capitalised word glued before or after it ("Justice Department",
"Chief Justice Dorrow"), no article before it ("the Justice"), not opening a sentence.
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.entities.cues.evidence import evidence
from kg.nlp.entities.cues.namecues import Cues
from kg.nlp.entities.spans.runs import Run
from kg.nlp.entities.spans.textspan import Region

# "Tom Justice": a capitalised word (the given name) and one more, closed by no capitalised word
_FULL_NAME = re.compile(r"(?<![\w’'-])(?P<g>[A-Z][a-z]+)\s+(?P<s>[A-Z][a-z]+)(?![\w’'-])(?!\s+[A-Z])")
# before the lone word: a lower-case word or a comma (mid-sentence), not an article
_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:the|a|an|The|A|An)\s)[a-z][\w’'-]*,?\s+\Z")
# after it: no capitalised word, no "of" (a title's office: "Justice of the Peace")
_AFTER = re.compile(r"(?![’']s\s+[A-Z])(?!\s+(?:[A-Z]|of\s))")


def _title_surnames(text: str, cues: Cues) -> set[str]:
    """Title words the page's full names end with: "Justice" in "Tom Justice", a given name
    before it (the gazetteer's)."""
    ev = evidence()
    return {m.group("s") for m in _FULL_NAME.finditer(text)
            if m.group("s") in cues.titles and ev.gazetteer.is_given_name(m.group("g"))
            and m.group("g") not in cues.titles}


def title_word_surnames(text: str, r: Region, runs: list[Run], cues: Cues) -> list[Run]:
    """The page's title-word surnames standing alone in region `r`, each a person's run."""
    words = _title_surnames(text, cues)
    if not words:
        return runs
    out = list(runs)
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(map(re.escape, words))) + r")(?![\w-])")
    for m in pattern.finditer(text, r.begin, r.end):
        b, e = m.start(), m.end()
        if any(x.begin < e and b < x.end for x in out):
            continue
        if not textwindow.before(_BEFORE, text, b, 30) or not _AFTER.match(text, e):
            continue
        out.append(Run(b, e, [(b, e, m.group(0))], kind="person"))
    return sorted(out, key=lambda x: x.begin)
