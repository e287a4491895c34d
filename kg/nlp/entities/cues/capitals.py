"""Capital letters as an acronym's pattern reads them (branch ent28).

Acronyms of unions and parties abroad keep their language's capitals: Turkish "DİSK" (a dotted
capital I), Czech "ČKD", Polish "ŁZS", Icelandic "ASÍ". A pattern written with ASCII's `[A-Z]`
misses them, and with them the acronym after a name ("… of Turkey (DİSK)") and the name's later
mentions by it. `UPPER` is the class of capitals every acronym pattern of the entities stage is
built with: ASCII's, and the capitals of the Latin, Greek and Cyrillic letters Unicode holds
(Python's `re` has no `\\p{Lu}`).
"""

from __future__ import annotations

_RANGES = ((0xC0, 0x250), (0x370, 0x400), (0x400, 0x530), (0x1E00, 0x1F00))

# "A-Z" and every other capital of those ranges, for use inside a character class: "[" + UPPER + "]"
UPPER = "A-Z" + "".join(ch for lo, hi in _RANGES for ch in map(chr, range(lo, hi)) if ch.isupper())
