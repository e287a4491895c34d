"""A table's row as the paper prints one in plain text: a name in the first cell, then figures
in cells set off by tabs ("Kelvinburg<TAB>$9,000<TAB>$6,410<TAB>71%": a fund drive's quota and
what a branch paid). The name opens its line, so its capital says nothing as a sentence's first
word would; its cells say it is a row's label, and a town the gazetteer knows is named there
(set Z, branch ent41).
"""

from __future__ import annotations

import re

# The rest of a row after its first cell: one or more cells of figures, each after a tab
# (money, counts, percentages, signs; blanks allowed)
_FIGURE_CELLS = re.compile(r"(?:\t[ $€£¥%\d.,()+\-–]*\d[ $€£¥%\d.,()+\-–]*)+[ \t]*(?:\n|$)")


def first_cell(text: str, begin: int, end: int) -> bool:
    """Does text[begin:end] fill its line's first cell, figures in the cells after it?"""
    line_start = text.rfind("\n", 0, begin) + 1
    return not text[line_start:begin].strip() and bool(_FIGURE_CELLS.match(text, end))
