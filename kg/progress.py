"""What a person watching `kg build` sees while it runs.

On a terminal: a progress bar (tqdm) with the articles done, articles per second and the time
left. Otherwise (a log file, CI): one plain line per article with the same figures, so a long
build can be followed with `tail -f`. `--quiet`: nothing but warnings and errors.
The build calls `article` once per article (built, reused or failed) and `stage` when it
moves to a step that is not per article (publishing).
"""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO


class Watcher(Protocol):
    """What kg.pipeline.build tells whoever watches it."""

    def article(self, message: str) -> None: ...

    def stage(self, message: str) -> None: ...


class Silent:
    """Nobody is watching (--quiet, library use)."""

    def article(self, message: str) -> None:
        pass

    def stage(self, message: str) -> None:
        pass

    def close(self) -> None:
        pass


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}h{m:02d}m" if h else f"{m}m{s:02d}s" if m else f"{s}s"


class LogLines:
    """One line per article: `[12/1000] path: ... (3.1 articles/s, 5m19s left)`."""

    def __init__(self, total: int, stream: TextIO, clock=time.monotonic) -> None:
        self.total, self.stream, self.clock = total, stream, clock
        self.done, self.started = 0, clock()

    def article(self, message: str) -> None:
        self.done += 1
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0.0
        print(f"[{self.done}/{self.total}] {message} ({rate:.2f} articles/s, "
              f"{_duration(left)} left)", file=self.stream, flush=True)

    def stage(self, message: str) -> None:
        print(message, file=self.stream, flush=True)

    def close(self) -> None:
        pass


class Bar:
    """A tqdm bar on a terminal: articles done of all, per second, time left."""

    def __init__(self, total: int, stream: TextIO) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=total, unit="article", desc="building", file=stream,
                        dynamic_ncols=True, smoothing=0.05)

    def article(self, message: str) -> None:
        self.bar.update(1)

    def stage(self, message: str) -> None:
        self.bar.set_description_str(message)
        self.bar.refresh()

    def close(self) -> None:
        self.bar.close()


def watcher(total: int, quiet: bool = False, stream: TextIO | None = None) -> Silent | LogLines | Bar:
    """The right way to show a build of `total` articles on `stream` (default: stderr)."""
    stream = stream or sys.stderr
    if quiet:
        return Silent()
    if stream.isatty():
        return Bar(total, stream)
    return LogLines(total, stream)
