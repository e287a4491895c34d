"""The project's error base: an error a user can act on, shown as one line without a traceback."""

from __future__ import annotations


class KgError(Exception):
    """Bad input or a refused operation: the message names the file or request."""


class UnknownFormat(KgError, KeyError):
    """An RDF or results format nobody declared in kg/formats.py."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


def is_user_error(e: BaseException) -> bool:
    return isinstance(e, (KgError, OSError, SyntaxError))
