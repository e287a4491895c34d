"""Where a text writes a given name or word as a word of its own.

Many rules ask "where else does the article write this name?" ("Dorrow" alone, before "plant",
after "in"), once per name per article: thousands of different strings in a build. Asked as a
regular expression built from the name (`(?<![\\w’'-])` + `re.escape(name)` + …) each question
compiles a pattern of its own, and with the sentence splitter's own patterns they overflow the
`re` module's cache (512 patterns), so most are compiled afresh every time: some tenth of the
annotation's time went to compiling patterns used once. A plain substring search with the edges
checked by hand answers the same question with no pattern at all.
"""

from __future__ import annotations

from collections.abc import Iterator

#: Characters besides word characters that glue onto a name: an apostrophe ("Dorrow’s") or a
#: hyphen ("Dorrow-owned") makes the name a piece of a longer word.
GLUE = "’'-"


def _glued(c: str, glue: str) -> bool:
    """`c` continues a word: a word character as `re` reads `\\w` (alphanumerics and "_"), or
    one of `glue`."""
    return c.isalnum() or c == "_" or c in glue


def _spans(text: str, word: str, before: str | None, after: str | None) -> Iterator[tuple[int, int]]:
    if not word:
        return
    at = text.find(word)
    while at != -1:
        e = at + len(word)
        if (before is None or at == 0 or not _glued(text[at - 1], before)) \
                and (after is None or e == len(text) or not _glued(text[e], after)):
            yield at, e
            at = text.find(word, e)
        else:
            at = text.find(word, at + 1)


def word_spans(text: str, word: str, *, before: str | None = GLUE,
               after: str | None = GLUE) -> list[tuple[int, int]]:
    """(begin, end) of each place in `text` that writes `word` with no word character and none
    of `before` just before it, and none of `after` (and no word character) just after it;
    `None` leaves that edge unchecked. The same places, left to right and not overlapping, as
    `re.finditer(r"(?<![\\w<before>])" + re.escape(word) + r"(?![\\w<after>])", text)`."""
    return list(_spans(text, word, before, after))


def writes_word(text: str, word: str, *, before: str | None = GLUE, after: str | None = GLUE) -> bool:
    """Whether `text` writes `word` as a word of its own at least once (see `word_spans`)."""
    return next(_spans(text, word, before, after), None) is not None
