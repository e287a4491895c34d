"""Named points of a build where a fault-injection test can stop it, deterministically.

Tests kill `kg build` with SIGKILL in each of its phases and check that the published release
and its dumps are untouched and that the next build needs no clean-up (tests/test_faults.py).
Timing a kill with sleeps would hit a phase only by luck; instead the test sets

    KG_TEST_PAUSE_AT=PHASE      one of PHASES
    KG_TEST_PAUSE_FILE=PATH     where the paused process writes "PID PHASE" once it is there

and the build, on reaching that phase, writes the file and waits while it exists (at most
KG_TEST_PAUSE_SECONDS, default 120): the test kills it there, or does something at that moment
(fills the disk) and removes the file to let it go on. Nothing sets these variables outside
tests; unset, a point costs one environment lookup.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

PHASES = {
    "extract": "an article is being read, annotated and mapped",
    "validate": "an article graph is being checked against the shapes",
    "store": "the new store is being written (articles loaded into the publish's copy)",
    "dumps": "the dumps of the new release are being written (the N-Quads file is done)",
}


def pause_point(phase: str) -> None:
    """Stop here if a test asked for this phase (see the module docstring)."""
    if os.environ.get("KG_TEST_PAUSE_AT") != phase:
        return
    end = time.monotonic() + float(os.environ.get("KG_TEST_PAUSE_SECONDS", "120"))
    marker = Path(os.environ.get("KG_TEST_PAUSE_FILE") or os.devnull)
    if marker != Path(os.devnull):  # written whole, then renamed: never seen half-written
        part = marker.with_name(marker.name + ".part")
        part.write_text(f"{os.getpid()} {phase}\n")
        part.replace(marker)
    while marker.exists() and time.monotonic() < end:
        time.sleep(0.05)
