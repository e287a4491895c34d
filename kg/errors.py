"""The project's error base: an error a user can act on, shown as one line without a traceback."""

from __future__ import annotations


class KgError(Exception):
    """Bad input or a refused operation: the message names the file or request."""


class DataError(KgError):
    """A file of the project's data (registry, cue lists, shapes, settings) is missing or malformed:
    the message names the file and, where it applies, the key or line. Raised when the data are
    loaded and checked, before any article is read."""


class SettingsError(KgError, ValueError):
    """A setting (environment variable or option) has a value kg cannot use; the message names it."""


class UnknownFormat(KgError, KeyError):
    """An RDF or results format nobody declared in kg/formats.py."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


def is_user_error(e: BaseException) -> bool:
    return isinstance(e, (KgError, OSError, SyntaxError))
