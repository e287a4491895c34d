"""Football clubs named with the Arabic article in lower case (issue 10: types on untuned pages).

Egypt's and the Arab world's clubs are printed "al-Ahly", "el-Dorrawi": the name opens with a
lower-case article, so the name finder (which reads capitalised runs) finds none. Where the
words around say a club ("al-Ahly fans", "the el-Dorrawi club", "fans of al-Ahly", "al-Ahly and
al-Dorrawi supporters"), the name is an organisation. A name glued after a capitalised word is a
person's ("Abdel Fattah al-Sisi", "Khaled el-Dorrawi") and is left alone. The words are data
(kg/data/nlp/kinds.toml [clubs]).
"""

from __future__ import annotations

import re

from kg.nlp import textwindow
from kg.nlp.cuedata import cached, load, phrase_pattern


class _Clubs:
    def __init__(self) -> None:
        c = load("kinds")["clubs"]
        arts = "|".join(map(re.escape, c["articles"]))
        name = rf"(?:{arts})-[A-Z][a-zé]+(?:-[A-Z][a-z]+)?"
        # a list of such names: "al-Ahly, al-Dorrawi and el-Kelvo"
        self.names = re.compile(rf"(?<![\w’'-])({name})(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)({name}))*")
        self.one = re.compile(name)
        self.after = re.compile(r"(?:[’']s)?\s+(?:" + phrase_pattern(c["after"]) + r")(?![\w’'-])")
        self.before = re.compile(r"(?<![\w’'-])(?i:" + phrase_pattern(c["before"]) + r")\s+(?:the\s+)?$")


@cached
def _clubs() -> _Clubs:
    return _Clubs()


def find_clubs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of club names in `spans` (the article's prose) that the words around make
    clubs: a club's noun after the name (or after the list it ends), "fans of" before it."""
    cl = _clubs()
    out: list[tuple[int, int]] = []
    for b0, e0 in spans:
        for m in cl.names.finditer(text, b0, e0):
            if _glued(text, m.start()):
                continue
            if cl.after.match(text, m.end()) or textwindow.before(cl.before, text, m.start(), 30):
                out += [n.span() for n in cl.one.finditer(text, m.start(), m.end())]
    return out


_OPENERS = {"The", "A", "An", "And", "But", "Or", "Of", "In", "At", "For", "With", "By", "From", "To",
            "On", "When", "As", "Both", "Fans", "Supporters", "Players"}


def _glued(text: str, at: int) -> bool:
    """A capitalised word right before, one space away: part of a person's name ("Abdel Fattah
    al-Sisi"); a word opening the sentence ("The al-Ahly fans") is none."""
    m = textwindow.before(r"([A-Z][\w’'.-]*) $", text, at, 30, cut=True)
    return bool(m) and m.group(1) not in _OPENERS
