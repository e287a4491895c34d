"""Does a pattern match just before, or just after, a point of the text?

The finders ask this of nearly every name they weigh ("is 'the' right before this run?", "does
'said' follow it?"), each time in a window of a few characters or words next to the run: the cue
must stand by the name, not anywhere earlier in the paragraph, and a short window keeps the
search cheap. Written out by hand, each question repeats the clamp at the text's start
(`max(0, at - window)`); these two helpers say it once.

Two readings of a window, and a call site keeps the one it was written with:

- in place (the default): the pattern runs on the whole text between the window's bounds
  (`pattern.search(text, lo, hi)`). The window's far end counts as the text's end (`$`, `\\Z`
  match there), but its near start does not count as the text's start: `^` and `\\A` match there
  only at offset 0, and `\\b` and lookbehinds see the characters before it. Offsets of the match
  are offsets into the text.
- cut (`cut=True`): the pattern runs on the window cut out as a string of its own
  (`pattern.search(text[lo:hi])`). Its first character is then the string's start for `^`,
  `\\A`, `\\b` and lookbehinds, and the match's offsets count from the window's start.
"""

from __future__ import annotations

import functools
import re

Pattern = str | re.Pattern[str]


@functools.lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern the callers pass as text, compiled once: the sentence splitter (pysbd) compiles
    some hundred patterns of its own per document, thousands in a build, which push these out
    of the `re` module's cache (512 patterns) every few documents, to be compiled again."""
    return re.compile(pattern)


def before(pattern: Pattern, text: str, at: int, window: int, *, cut: bool = False) -> re.Match[str] | None:
    """The first match of `pattern` within the `window` characters that end at `at` (fewer near
    the text's start), the match itself so that a caller can read its groups. `pattern` is
    anchored at `at` by ending in `$` or `\\Z` when it must touch the point; `cut`: search the
    window as a string of its own (see the module's docstring)."""
    lo = max(0, at - window)
    if isinstance(pattern, str):
        pattern = _compiled(pattern)
    return pattern.search(text[lo:at]) if cut else pattern.search(text, lo, at)


def after(pattern: Pattern, text: str, at: int, window: int | None = None, *,
          cut: bool = False) -> re.Match[str] | None:
    """`pattern` matched at `at`, within the `window` characters that follow it when a window is
    given (to the text's end otherwise): the window's end counts as the text's end for `$` and
    `\\Z`. `cut`: match the window as a string of its own (see the module's docstring)."""
    hi = len(text) if window is None else at + window
    if isinstance(pattern, str):
        pattern = _compiled(pattern)
    return pattern.match(text[at:hi]) if cut else pattern.match(text, at, hi)
