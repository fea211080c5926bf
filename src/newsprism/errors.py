"""The newsprism exception tree.

::

    NewsprismError
    ├── ConfigError            bad settings or command-line values
    ├── InputError             an input cannot be read as articles (carries ``ref`` and ``reason``)
    ├── StageError             a pipeline stage failed on one article (carries ``stage``, ``article_id``)
    ├── StoreError             the store (SQLite or PostgreSQL) cannot be opened or written
    │   └── SchemaMismatch     the store was written by a newer newsprism
    └── BackendUnavailable     an optional extra is missing (names the extra to install)

"No result" is data, not an exception: an empty page is a ``Rejection`` record, an article with
no figures has an empty tuple. Built-in exceptions (``ValueError``, ``TypeError``) are kept for
programming errors.

Every error here survives pickling (a worker process raises it, the parent re-raises it): an
error whose ``__init__`` takes other arguments than its message defines ``__reduce__``.
"""

from __future__ import annotations


class NewsprismError(Exception):
    """Root of every error newsprism raises on purpose."""


class ConfigError(NewsprismError):
    """Settings or command-line values are invalid."""


class InputError(NewsprismError):
    """An input cannot be turned into articles.

    ``ref`` names the input (file name, or ``file:line`` for a JSON Lines record) and ``reason``
    says what is wrong with it, in words a user can act on.
    """

    def __init__(self, ref: str, reason: str) -> None:
        super().__init__(f"{ref}: {reason}")
        self.ref = ref
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        return (type(self), (self.ref, self.reason))


class StageError(NewsprismError):
    """A pipeline stage failed on one article."""

    def __init__(self, stage: str, article_id: str, message: str) -> None:
        super().__init__(f"stage {stage} failed on article {article_id}: {message}")
        self.stage = stage
        self.article_id = article_id
        self.message = message

    def __reduce__(self) -> tuple[type[StageError], tuple[str, str, str]]:
        return (type(self), (self.stage, self.article_id, self.message))


class StoreError(NewsprismError):
    """The store cannot be opened, read or written."""


class SchemaMismatch(StoreError):
    """The store's schema is newer than this version of newsprism understands."""


class BackendUnavailable(NewsprismError):
    """An optional component is not installed; the message names the extra to install."""
