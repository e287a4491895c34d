"""The published store: pyoxigraph on disk, switched atomically from release to release."""

from kg.store.releases import PublishError, Release, StoreDir

__all__ = ["PublishError", "Release", "StoreDir"]
