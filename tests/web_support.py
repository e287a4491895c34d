"""A real `kg serve` for the web tests (tests/test_serve.py, tests/test_query_editor.py,
tests/test_browser_find.py): the server process on a free loopback port, its stderr drained.

Support, not tests: a test module imports the server from here, never from another test module
(that would run the other module's code and tie the two files together).
"""

from __future__ import annotations

import re
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from ld_fixture import BASE

SERVE = [sys.executable, "-m", "kg.cli", "serve"]  # `kg serve`
AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"


def axe_violations(pg) -> list[dict]:
    """axe-core's serious and critical violations on the page a Playwright `pg` shows."""
    pg.add_script_tag(path=str(AXE))
    found = pg.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
        .map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))""")
    return [v for v in found if v["impact"] in ("serious", "critical")]


class Server:
    def __init__(self, store: Path, log: Path, *extra: str) -> None:
        self.proc = subprocess.Popen(
            [*SERVE, "--store", str(store), "--port", "0", "--base", BASE, "--threads", "4",
             "--access-log", str(log), *extra],
            stderr=subprocess.PIPE, text=True)
        self.url = self._wait_for_url()
        self.errors: list[str] = []  # drained all along, so a full pipe never blocks the server
        self._drain = threading.Thread(target=lambda: self.errors.extend(self.proc.stderr), daemon=True)
        self._drain.start()

    def _wait_for_url(self, timeout: float = 30) -> str:
        deadline, seen = time.monotonic() + timeout, []
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.proc.stderr], [], [], 0.2)
            if ready:
                line = self.proc.stderr.readline()
                seen.append(line)
                found = re.search(r" at (http://127\.0\.0\.1:\d+)/", line)
                if found:
                    return found.group(1)
            if self.proc.poll() is not None:
                break
        self.proc.kill()
        raise RuntimeError("kg serve did not start: " + "".join(seen) + self.proc.stderr.read())

    def stop(self) -> tuple[int, str]:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._drain.join(timeout=5)
        return self.proc.returncode, "".join(self.errors)
