"""A private Virtuoso Open Source server on loopback, for the tests, the bench and trying the
SPARQL store (docs/stores.md). Debian's `virtuoso-opensource` package cannot start its own
service in a container, so this writes its own virtuoso.ini (database in a folder of yours, SQL
and HTTP ports on 127.0.0.1), starts `virtuoso-t +foreground`, waits for /sparql, and replaces
the default `dba` password with a generated one.

    python -m kg.store.virtuoso FOLDER     # runs until Ctrl-C; prints the store URL and settings
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from kg.errors import KgError

BINARY = "virtuoso-t"
ISQL = "isql-vt"
VSP = "/var/lib/virtuoso-opensource-7/vsp"


class VirtuosoError(KgError):
    """The local Virtuoso server could not be started or set up."""


def available() -> bool:
    return shutil.which(BINARY) is not None and shutil.which(ISQL) is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ini(folder: Path, sql_port: int, http_port: int, *, buffers: int = 10000,
        max_rows: int = 1_000_000, max_seconds: int = 120, after_image: int = 2_000_000_000) -> str:
    """A virtuoso.ini with every file in `folder` and both ports on loopback only.

    `after_image`: the bytes one transaction may write (TransactionAfterImageLimit, default
    50 MB): the switch of a publish that rewrites a whole 1M-triple release is one transaction,
    refused at 50 MB ("log after image size went above the limit", found by the bench)."""
    return f"""[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {buffers * 3 // 4}
ThreadsPerQuery = 2
MaxSortedTopRows = {max_rows + 1}
TransactionAfterImageLimit = {after_image}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {VSP}
ServerThreads = 10
MaxClientConnections = 10
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = {max_seconds}
MaxQueryCostEstimationTime = 400
"""


@dataclass
class Virtuoso:
    """One server: `start()`, then `url` (the store URL) and `env()` (the KG_REMOTE_* settings)."""

    folder: Path
    sql_port: int = field(default_factory=free_port)
    http_port: int = field(default_factory=free_port)
    password: str = field(default_factory=lambda: secrets.token_urlsafe(12))
    buffers: int = 10000
    process: subprocess.Popen | None = None
    _fresh: bool = False  # launched on a new database: the password is still the default one

    def __post_init__(self) -> None:
        self.folder = Path(self.folder).resolve()  # virtuoso.ini names files by absolute path

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def url(self) -> str:
        return f"sparql+{self.origin}/sparql-graph-crud-auth"

    def env(self, releases: Path) -> dict[str, str]:
        return {"KG_REMOTE_PASSWORD": self.password, "KG_REMOTE_USER": "dba",
                "KG_REMOTE_RELEASES": str(releases)}

    def start(self, timeout: float = 180.0) -> Virtuoso:
        """Start the server (a new database the first time, the existing one after a stop/kill)
        and wait until it answers."""
        return self.launch().ready(timeout)

    def launch(self) -> Virtuoso:
        """Start the server process without waiting for it (a fresh database takes 7–15 s to
        come up: a caller can do other work meanwhile, then call `ready()`)."""
        if not available():
            raise VirtuosoError(f"{BINARY} is not installed (apt-get install virtuoso-opensource)")
        self.folder.mkdir(parents=True, exist_ok=True)
        fresh = not (self.folder / "virtuoso.db").exists()
        secret = self.folder / "dba-password"
        if fresh:
            secret.write_text(self.password)
            secret.chmod(0o600)
        elif secret.exists():
            self.password = secret.read_text().strip()
        (self.folder / "virtuoso.ini").write_text(ini(self.folder, self.sql_port, self.http_port,
                                                      buffers=self.buffers))
        log = open(self.folder / "server.out", "ab")
        self.process = subprocess.Popen(
            [BINARY, "+foreground", "+configfile", str(self.folder / "virtuoso.ini")],
            cwd=self.folder, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        self._fresh = fresh
        return self

    def ready(self, timeout: float = 180.0) -> Virtuoso:
        """Wait until /sparql answers; on a new database, replace the default password."""
        if self.process is None:
            raise VirtuosoError("Virtuoso was not launched")
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise VirtuosoError(f"virtuoso-t exited with status {self.process.returncode}; see "
                                    f"{self.folder / 'virtuoso.log'}")
            try:
                if requests.get(self.origin + "/sparql", params={"query": "ASK {}"}, timeout=5).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                self.kill()
                raise VirtuosoError(f"Virtuoso did not answer on {self.origin}/sparql within "
                                    f"{timeout:.0f} s")
            time.sleep(0.1)
        if self._fresh:
            self._isql(f'set password "dba" "{self.password}";', password="dba")
            self._isql("checkpoint;")  # else a crash before the first checkpoint forgets the password
            self._fresh = False
        return self

    def _isql(self, statement: str, password: str | None = None) -> None:
        done = subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", "dba", password or self.password,
                               f"exec={statement}"], capture_output=True, text=True, timeout=60)
        if done.returncode != 0 or "Error" in done.stdout:
            raise VirtuosoError(f"isql {statement!r} failed: {done.stdout.strip()} {done.stderr.strip()}")

    def stop(self, timeout: float = 60.0) -> None:
        """A clean shutdown (checkpoint), or a kill when it does not come."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """SIGKILL: what a crash looks like to the database (no checkpoint)."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(30)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip())
        return 2
    server = Virtuoso(Path(argv[1]).resolve()).start()
    print(f"Virtuoso is up at {server.origin}/sparql (database in {server.folder}).\n"
          f"  export KG_REMOTE_PASSWORD={server.password}\n"
          f"  kg build --store {server.url}\n"
          "Ctrl-C stops it.", flush=True)
    try:
        server.process.wait()
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
