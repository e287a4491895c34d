"""An access log: one line per request in the Common Log Format, written when the response
has been sent (so streamed bodies are counted in full).

    127.0.0.1 - - [30/Nov/2026:03:50:01 +0000] "GET /sparql?query=... HTTP/1.1" 200 5120 0.004

The last field (seconds spent) extends the common format, as Apache's %D does. Lines go to
the `kg.access` logger; `kg serve` sends it to stderr or to a file.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from urllib.parse import quote

logger = logging.getLogger("kg.access")


class _Body:
    """Wraps the response body to count its bytes and log when the server closes it."""

    def __init__(self, body: Iterable[bytes], done: Callable[[int], None]) -> None:
        self.body, self.done, self.size = body, done, 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.body:
            self.size += len(chunk)
            yield chunk

    def close(self) -> None:
        try:
            close = getattr(self.body, "close", None)
            if close is not None:
                close()
        finally:
            self.done(self.size)


class AccessLog:
    """WSGI middleware writing one Common Log Format line per request."""

    def __init__(self, app, log: logging.Logger = logger) -> None:
        self.app, self.log = app, log

    def __call__(self, environ: dict, start_response):
        started = time.monotonic()
        status: list[str] = ["-"]

        def recording_start(code: str, headers, exc_info=None):
            status[0] = code.split(" ", 1)[0]
            return start_response(code, headers, exc_info)

        def done(size: int) -> None:
            if not self.log.isEnabledFor(logging.INFO):
                return
            path = environ.get("REQUEST_URI") or environ.get("RAW_URI")
            if not path:  # PEP 3333: the path is bytes decoded as latin-1
                raw = (environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")).encode("latin-1")
                path = quote(raw, safe="/:@!$&'()*+,;=-._~%")
                if environ.get("QUERY_STRING"):
                    path += "?" + environ["QUERY_STRING"]
            stamp = time.strftime("%d/%b/%Y:%H:%M:%S %z", time.localtime())
            self.log.info('%s - %s [%s] "%s %s %s" %s %s %.3f',
                          environ.get("REMOTE_ADDR", "-"), environ.get("REMOTE_USER") or "-", stamp,
                          environ.get("REQUEST_METHOD", "-"), path, environ.get("SERVER_PROTOCOL", "-"),
                          status[0], size if size else "-", time.monotonic() - started)

        try:
            body = self.app(environ, recording_start)
        except BaseException:
            status[0] = "500"
            done(0)
            raise
        return _Body(body, done)
