"""The home page of an issue on the text site (2000–2017 `index.shtml`): the site's navigation
with the week's titles, the tagline over the volume line, then the front-page article.

Between the volume line and the article the page may hold a notice of its own (`2010-15 Militant
Index` / `Now Available Online`), set like a headline and a deck. The week's titles in the
navigation name the article: the first line under the masthead that repeats one of them is the
headline, and what stands between, but a label (`(front page)`), is page chrome. Without such a
repeat nothing moves: the page reads as before.
"""

from __future__ import annotations

from kg.reader import cues
from kg.reader.patterns import LABEL_RE
from kg.reader.source import Line

# How far under the volume line the repeated title may stand (non-blank lines): a notice is a
# few lines, an article's header is more than that.
PROMO_MAX_LINES = 6
# How far under it a repeated title may stand when a label stands right over it.
LABELLED_PROMO_MAX_LINES = 14


def _tagline_at(lines: list[Line], volume_at: int) -> int | None:
    """The index of the tagline right above the volume line at `volume_at`, if there is one."""
    prev = next((i for i in range(volume_at - 1, -1, -1) if not lines[i].blank), None)
    if prev is not None and lines[prev].text.lower() in cues.taglines():
        return prev
    return None


def promo_lines(lines: list[Line], volume_at: int) -> tuple[list[Line], int] | None:
    """The notice's lines between the masthead's volume line at `volume_at` and the front-page
    article, and the index the article's header starts at (its label when a label stands just
    above the headline); None on any other page, or when nothing stands between."""
    tagline = _tagline_at(lines, volume_at)
    if tagline is None:
        return None
    titles = {" ".join(ln.text.split()) for ln in lines[:tagline] if not ln.blank}
    below = [i for i in range(volume_at + 1, len(lines)) if not lines[i].blank]
    below = below[:LABELLED_PROMO_MAX_LINES + 1]
    headline = next((i for k, i in enumerate(below)
                     if (k <= PROMO_MAX_LINES or (k > 0 and _label(lines[below[k - 1]].text)))
                     and _repeats_title(lines, below[k:], titles)), None)
    if headline is None:
        return None
    before = [i for i in below if i < headline]
    start = headline
    while before and _label(lines[before[-1]].text):
        start = before.pop()
    if not before or any(_label(lines[i].text) for i in before):
        return None
    return [lines[i] for i in before], start


def _label(text: str) -> bool:
    """A label, in its brackets or printed bare ("lead article" on a 2002 home page)."""
    return bool(LABEL_RE.match(text)) or cues.is_bare_label(text)


# The most lines a headline the navigation names in one line is set over under the volume line.
TITLE_MAX_LINES = 3


def _repeats_title(lines: list[Line], at: list[int], titles: set[str]) -> bool:
    """The line at `at[0]`, alone or run on over the next lines (a headline set over two lines
    that the navigation prints in one, a 2002 home page: its deck, the navigation's next line,
    was the first repeat and was read as the headline), is one of the navigation's titles."""
    for n in range(1, min(TITLE_MAX_LINES, len(at)) + 1):
        if " ".join(" ".join(lines[i].text for i in at[:n]).split()) in titles:
            return True
    return False
