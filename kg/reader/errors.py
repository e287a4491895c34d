"""Errors of the reader: each names the file and, where it applies, the line."""

from __future__ import annotations

from kg.errors import KgError


class ReadError(KgError):
    """An article file that cannot be read as a Militant article."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.message = message
        self.line = line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
