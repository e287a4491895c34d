"""Decoding a source file and cutting it into lines that keep their offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.reader.errors import ReadError

# White space, and the byte-order mark U+FEFF.
_SPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\ufeff"


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    begin: int  # offset of the first character
    raw: str  # the line without its line break

    @property
    def text(self) -> str:
        """The line without surrounding white space (a byte-order mark counts as space)."""
        return self.raw[self.start - self.begin:self.stop - self.begin]

    @property
    def start(self) -> int:
        """Offset of the first non-space character. A file saved with a byte-order mark (as
        Windows editors do) keeps it in the text, so offsets stay exact, but no line starts
        with it."""
        return self.begin + (len(self.raw) - len(self.raw.lstrip(_SPACE)))

    @property
    def stop(self) -> int:
        """Offset just after the last non-space character."""
        return self.begin + len(self.raw.rstrip(_SPACE))

    @property
    def blank(self) -> bool:
        return not self.text


def decode(path: str, data: bytes) -> str:
    """Decode UTF-8 strictly, keeping the text exactly as in the file (no newline translation)."""
    if not data.strip():
        raise ReadError(path, "empty file")
    if b"\x00" in data:
        raise ReadError(path, "binary file (it contains NUL bytes), not article text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ReadError(path, f"not UTF-8 text (invalid byte 0x{data[e.start]:02x} at byte {e.start})"
                        + _windows_hint(data, e.start), line) from None


# Windows-1252's one-byte "smart" quotes, dashes and ellipsis (‘ ’ “ ” – — …): a page saved by
# a Windows editor in that code page holds them where a UTF-8 page holds two or three bytes.
_WINDOWS_SMART = frozenset(b"\x91\x92\x93\x94\x96\x97\x85")


def _windows_hint(data: bytes, at: int) -> str:
    """What to do about a page that is not UTF-8 when the bad byte is a Windows-1252 "smart"
    quote or dash and the whole file reads as Windows-1252: save it again as UTF-8. The reader
    does not guess a code page (a wrong guess would misread every name with an accent), so the
    error says which one the file seems to be in."""
    if data[at] not in _WINDOWS_SMART:
        return ""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return ""
    shown = bytes([data[at]]).decode("cp1252")
    return (f": it looks saved as Windows-1252 (the byte is its “{shown}”);"
            " save the file as UTF-8 and read it again")


def read_text(path: str | Path) -> str:
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise ReadError(str(path), "is a folder, not an article file") from None
    except OSError as e:
        raise ReadError(str(path), e.strerror or str(e)) from None
    return decode(str(path), data)


_LINE = re.compile(r"([^\n]*)(\n|$)")
# A file saved with the old Macintosh line ends, a carriage return alone (no "\n" anywhere):
# read as one line, its page was refused with "no headline after the masthead".
_CR_LINE = re.compile(r"([^\r]*)(\r|$)")


def split_lines(text: str) -> list[Line]:
    """The text's lines, each keeping its offset: cut at "\n" (a "\r" before it dropped from
    the line, as Windows saves it), or at "\r" in a file that has no "\n" at all."""
    lines: list[Line] = []
    pattern = _CR_LINE if "\r" in text and "\n" not in text else _LINE
    for number, m in enumerate(pattern.finditer(text), start=1):
        if m.start() == len(text) and not m.group(0):
            break
        lines.append(Line(number, m.start(), m.group(1).removesuffix("\r")))
    return lines
