"""Capital letters as an acronym's pattern reads them (branch ent28).

Acronyms of unions and parties abroad keep their language's capitals: Turkish "DİSK" (a dotted
capital I), Czech "ČKD", Polish "ŁZS", Icelandic "ASÍ". A pattern written with ASCII's `[A-Z]`
misses them, and with them the acronym after a name ("… of Turkey (DİSK)") and the name's later
mentions by it. `UPPER` is the class of capitals every acronym pattern of the entities stage is
built with: ASCII's, and the capitals of the Latin, Greek and Cyrillic letters Unicode holds
(Python's `re` has no `\\p{Lu}`).
"""

from __future__ import annotations

import re

_RANGES = ((0xC0, 0x250), (0x370, 0x400), (0x400, 0x530), (0x1E00, 0x1F00))

# "A-Z" and every other capital of those ranges, for use inside a character class: "[" + UPPER + "]"
UPPER = "A-Z" + "".join(ch for lo, hi in _RANGES for ch in map(chr, range(lo, hi)) if ch.isupper())

# A body's initials in ASCII capitals, two to six letters ("UAW", "AFSCME"): the one pattern the
# steps test a whole word or label against (`fullmatch`) where they ask "is this an acronym"
# (firmsnotplaces, acronymworks, publish, runwalk, acronymlists, leaders, runclose, statebranches,
# conferencebranches, operatorsites). ASCII's `[A-Z]`, as each of those steps was written: to
# build it with `UPPER` instead would read "DİSK" there too, a change of behaviour to measure.
INITIALS = re.compile(r"[A-Z]{2,6}")
