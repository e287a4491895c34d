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
        raise ReadError(path, f"not UTF-8 text (invalid byte 0x{data[e.start]:02x} at byte {e.start})",
                        line) from None


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


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    for number, m in enumerate(_LINE.finditer(text), start=1):
        if m.start() == len(text) and not m.group(0):
            break
        lines.append(Line(number, m.start(), m.group(1).removesuffix("\r")))
    return lines
