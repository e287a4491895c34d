"""Atomic publishing.

A store folder holds immutable releases and a `current` symlink:

    STORE/current -> releases/<id>      the published release, read by servers
    STORE/releases/<id>/oxigraph/       the pyoxigraph database
    STORE/releases/<id>/dumps/          dump files written at publish time
    STORE/releases/<id>/release.json    what the release holds (graphs, counts, time)
    STORE/.lock                         one writer at a time
    STORE/work/<id>/                    where a publish writes; the release is a checkpoint of it

A publish copies the current release (a RocksDB checkpoint, cheap) into a work folder,
changes it, writes the dumps, checkpoints it into a new release folder and only then
swaps the symlink with an atomic rename. A build that
fails or is killed leaves `current` untouched; its half-made folder is removed by the
next publish. Readers open a release read-only and never see it change under them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.store import diagnose
from kg.store.base import Finish, PublishError, Release, Snapshot, Store, StoreError
from kg.store.embedded import EmbeddedSnapshot, EmbeddedWriter

__all__ = ["PublishError", "Release", "StoreDir", "StoreError"]


def _disk_full(exc: BaseException | None) -> str:
    """The no-space message in an error or its causes ("" if the disk was not full). The
    engine reports it as an OSError without errno, so the message is read too."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and (exc.errno in (errno.ENOSPC, errno.EDQUOT)
                                         or "No space left on device" in str(exc)):
            return os.strerror(errno.ENOSPC) if exc.errno in (None, errno.ENOSPC) else str(exc)
        exc = exc.__cause__ or exc.__context__
    return ""


class StoreDir(Store):
    """The embedded store: a folder of releases, each with its own pyoxigraph database."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)

    @property
    def location(self) -> str:
        return str(self.path)

    @property
    def releases(self) -> Path:
        return self.path / "releases"

    @property
    def current_link(self) -> Path:
        return self.path / "current"

    def current(self) -> Release | None:
        """The release `current` points to (one readlink: servers call it per request)."""
        try:
            target = os.readlink(self.current_link)
        except (FileNotFoundError, NotADirectoryError):
            return None
        return Release((self.path / target).resolve())

    def problem(self) -> str | None:
        """The folder is missing, foreign or damaged (kg.store.diagnose)."""
        return diagnose.problem(self.path)

    def snapshot(self, release: Release | None = None) -> Snapshot:
        return EmbeddedSnapshot.open(release or self.require_current())

    def address(self, release: Release) -> str:
        return str(release.db)

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        found = self.problem() if self.path.exists() else None
        if found:  # never fill someone's folder with releases, nor build on a damaged one
            raise PublishError(found)
        self.path.mkdir(parents=True, exist_ok=True)
        with open(self.path / ".lock", "w") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise PublishError(f"{self.path}: another publish is running") from None
            yield

    @contextlib.contextmanager
    def publish(self, finish: Finish | None = None, *,
                before_switch: Callable[[EmbeddedWriter, Release, Release | None, dict], None] | None = None
                ) -> Iterator[EmbeddedWriter]:
        """Yield a writable copy of the current store; publish it if the block succeeds.

        `finish(writer, release)` runs after the block (dumps, description) and returns
        extra facts for release.json. `before_switch(writer, release, previous, info)` runs
        last, before `current` moves (a remote store copies the release to its server there).
        Any exception leaves `current` as it was.
        """
        with self._lock():
            self._collect_garbage()
            previous = self.current()
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
            release = Release(self.releases / f"{stamp}-{uuid.uuid4().hex[:8]}")
            release.path.mkdir(parents=True)
            work = self.path / "work" / release.id
            work.parent.mkdir(exist_ok=True)
            try:
                if previous is not None:
                    src = EmbeddedSnapshot.open(previous)
                    src.store.backup(str(work))
                    del src
                store = ox.Store(str(work))
                yield EmbeddedWriter(store, release)
                info = {
                    "id": release.id,
                    "published": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "previous": previous.id if previous else None,
                }
                if finish is not None:
                    info.update(finish(EmbeddedWriter(store, release), release))
                if before_switch is not None:
                    before_switch(EmbeddedWriter(store, release), release, previous, info)
                store.flush()
                # The release is a checkpoint nothing ever writes to: the caller may still hold
                # `store` (pyoxigraph has no close()), and its background work stays in `work`.
                store.backup(str(release.db))
                del store
                release.info_path.write_text(json.dumps(info, indent=2))
                self._switch(release)
            except BaseException as exc:
                # The half-written release and the working copy go at once (a full disk gets its
                # space back); a publish killed before this point leaves them to the next one.
                shutil.rmtree(release.path, ignore_errors=True)
                shutil.rmtree(work, ignore_errors=True)
                if _disk_full(exc):
                    raise PublishError(f"{self.path}: the disk is full ({_disk_full(exc)}); nothing "
                                       "was published and the half-written release was removed") from exc
                raise

    def _switch(self, release: Release) -> None:
        tmp = self.path / f".current-{uuid.uuid4().hex[:8]}"
        os.symlink(os.path.relpath(release.path, self.path), tmp)
        os.replace(tmp, self.current_link)  # atomic on POSIX

    def _collect_garbage(self, keep: int = 2) -> None:
        """Remove work folders, half-made releases and all but the `keep` newest published ones.

        Runs under the publish lock, so no publish is using what it removes."""
        shutil.rmtree(self.path / "work", ignore_errors=True)
        if not self.releases.is_dir():
            return
        current = self.current()
        done = sorted(p for p in self.releases.iterdir() if (p / "release.json").exists())
        keepers = set(done[-keep:])
        if current is not None:
            keepers.add(current.path)
        for p in self.releases.iterdir():
            if p not in keepers:
                shutil.rmtree(p, ignore_errors=True)
