"""Opening a store from what ``--db`` says: a SQLite file path, or a PostgreSQL URL.

``postgresql://`` (or ``postgres://``) URLs open ``store.postgres.PostgresStore``, which needs
the ``[postgres]`` extra (imported only then); anything else is a SQLite file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol, runtime_checkable

from newsprism.errors import BackendUnavailable
from newsprism.store.base import Store
from newsprism.store.sqlite import SqliteStore

_POSTGRES_SCHEMES = ("postgresql://", "postgres://")


@runtime_checkable
class LocksStories(Protocol):
    """A store that several processes write at once: ``story_lock`` serialises story
    assignment (a single-machine store has no such method)."""

    def story_lock(self) -> contextlib.AbstractContextManager[None]: ...


def is_postgres(target: str | Path) -> bool:
    """Whether ``target`` names a PostgreSQL database rather than a SQLite file."""
    return str(target).startswith(_POSTGRES_SCHEMES)


def open_store(target: str | Path, *, read_only: bool = False) -> Store:
    """The store ``target`` names (created and migrated unless ``read_only``).

    Raises ``BackendUnavailable`` for a PostgreSQL URL without the ``[postgres]`` extra, and
    ``StoreError`` (naming the store) when it cannot be opened.
    """
    if not is_postgres(target):
        return SqliteStore(Path(target), read_only=read_only)
    try:
        from newsprism.store.postgres import PostgresStore  # noqa: PLC0415 - optional extra
    except ImportError as exc:
        msg = (
            f"--db {str(target).split('://', 1)[0]}://... needs the PostgreSQL driver, which is "
            f"not installed ({exc}); install it with `pip install 'newsprism[postgres]'`"
        )
        raise BackendUnavailable(msg) from exc
    return PostgresStore(str(target), read_only=read_only)


@contextlib.contextmanager
def story_lock(store: Store) -> Iterator[None]:
    """Hold ``store``'s story lock when it has one (PostgreSQL), else nothing."""
    if isinstance(store, LocksStories):
        with store.story_lock():
            yield
    else:
        yield
