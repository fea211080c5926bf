"""Every error newsprism raises, and every error its readers meet, survives pickling: a worker
process raises it and the parent gets it back (issue #12 defect 2)."""

from __future__ import annotations

import copyreg
import gzip
import inspect
import json
import multiprocessing
import pickle
import zlib
from collections.abc import Iterator

import pytest
from warcio.exceptions import ArchiveLoadFailed

from newsprism import errors

#: Arguments for each error class, by the parameter names of its ``__init__``.
_ARGUMENTS = {
    "ref": "feed.rss#3",
    "reason": "empty file",
    "stage": "pipeline.article",
    "article_id": "a.txt",
    "message": "ValueError: boom",
}


def _newsprism_errors() -> list[BaseException]:
    found = []
    for _, cls in inspect.getmembers(errors, inspect.isclass):
        if not issubclass(cls, BaseException) or cls.__module__ != errors.__name__:
            continue
        params = [p for p in inspect.signature(cls.__init__).parameters if p != "self"]
        if params in (["args", "kwargs"], []):
            found.append(cls("the store s.sqlite is damaged"))
        else:
            found.append(cls(*(_ARGUMENTS[p] for p in params)))
    return found


def _reader_errors() -> list[BaseException]:
    """Errors the readers catch from the standard library and from warcio."""
    found: list[BaseException] = [ArchiveLoadFailed("Unknown archive format, first line: x")]
    for broken in (lambda: json.loads("{"), lambda: b"\xff".decode("utf-8")):
        try:
            broken()
        except ValueError as exc:
            found.append(exc)
    for corrupt in (lambda: gzip.decompress(b"\x1f\x8bxx"), lambda: zlib.decompress(b"xx")):
        try:
            corrupt()
        except (OSError, EOFError, zlib.error) as exc:
            found.append(exc)
    return found


ERRORS = _newsprism_errors() + _reader_errors()


def test_every_newsprism_error_class_is_covered() -> None:
    classes = {type(e) for e in ERRORS}
    assert {errors.InputError, errors.StageError, errors.SchemaMismatch} <= classes
    assert len([c for c in classes if c.__module__ == errors.__name__]) == 7


@pytest.fixture(autouse=True)
def _standard_pickling() -> Iterator[None]:
    """Pickling as a newsprism process does it: ``dask.distributed`` (imported by the Dask tests
    of the same run, never by the local executor) registers tblib's reducer for every exception
    class in ``copyreg``, and that reducer drops a ``UnicodeDecodeError``'s arguments. Its
    entries are set aside for these tests (in place: the pickler holds the table itself)."""
    table = copyreg.dispatch_table
    added = {k: v for k, v in table.items() if isinstance(k, type) and issubclass(k, BaseException)}
    for key in added:
        del table[key]
    try:
        yield
    finally:
        table.update(added)


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_error_survives_pickling(error: BaseException) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)


def _raise(error: BaseException) -> None:
    raise error


def test_errors_raised_in_a_worker_reach_the_parent() -> None:
    with multiprocessing.get_context("fork").Pool(1) as pool:
        for error in ERRORS:
            with pytest.raises(type(error)) as caught:
                pool.apply_async(_raise, (error,)).get(timeout=60)
            assert str(caught.value) == str(error)
