"""Reading inputs: files and folders to a stream of raw articles and rejections.

``iter_inputs`` walks folders recursively in sorted order (so runs are deterministic) and
hands each file to the reader for its format, chosen by extension:

====================  =======================================================
``.txt``              one article (``ingest.text``)
``.html``, ``.htm``   one HTML page (``ingest.html``)
``.json``             an object, a list of objects, or JSON Lines (``ingest.json_document``)
``.jsonl[.gz]``       one article per line, streamed (``ingest.json_lines``); also
                      ``.ndjson[.gz]``
``.rss``, ``.atom``   a feed, one article per item (``ingest.feeds``)
``.xml``              sniffed: a feed, or an XHTML page
``.warc[.gz]``        one article per HTML/text response (``ingest.warc``)
====================  =======================================================

Bad input never raises and never stops the iteration: every file, line, item or record that
cannot be read becomes a ``Rejection`` with a reason a user can act on: also a folder that
cannot be listed, a broken symbolic link, a link to a folder (not followed, so a walk never
loops) and anything that is not a regular file. Hidden files and folders (names starting with
``.``) are skipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Protocol

from newsprism.ingest.feeds import read_feed
from newsprism.ingest.html import read_html
from newsprism.ingest.json_document import read_json_document
from newsprism.ingest.json_lines import read_json_lines
from newsprism.ingest.text import read_text
from newsprism.ingest.warc import read_warc
from newsprism.model.article import RawArticle, Rejection

#: Default size limit for one input (a whole file, or one JSON line / WARC record): news
#: articles are kilobytes; 20 MB leaves room for heavy HTML pages and big JSON exports.
DEFAULT_MAX_BYTES = 20_000_000
#: Bytes read from an ``.xml`` file to tell a feed from an XHTML page.
_SNIFF_BYTES = 4096


class Reader(Protocol):
    """Reads one file into articles and rejections; never raises for bad input."""

    def __call__(
        self, path: Path, ref: str, *, max_bytes: int
    ) -> Iterator[RawArticle | Rejection]: ...


_READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".json": read_json_document,
    ".jsonl": read_json_lines,
    ".ndjson": read_json_lines,
    ".jsonl.gz": read_json_lines,
    ".ndjson.gz": read_json_lines,
    ".rss": read_feed,
    ".atom": read_feed,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}
SUPPORTED_EXTENSIONS = tuple(sorted([*_READERS, ".xml"]))
#: Extensions of two parts (a format, then its compression).
_DOUBLE_EXTENSIONS = tuple(e for e in _READERS if e.count(".") == 2)


def iter_inputs(
    paths: Sequence[Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawArticle | Rejection]:
    """Yield the raw articles in ``paths`` (files or folders), and a ``Rejection`` for each
    input or part of one that cannot be read.

    ``ref`` of a file is its path relative to the folder given (its name when a file is given).
    ``max_bytes`` limits a whole file, or one record of a streamed format (JSON Lines, WARC).

    >>> from pathlib import Path
    >>> [r.reason for r in iter_inputs([Path("no/such/folder")])]
    ['no such file or folder; check the path']
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for entry in _walk(path):
                if isinstance(entry, Rejection):
                    yield entry
                else:
                    yield from read_file(entry[0], entry[1], max_bytes=max_bytes)
        elif path.is_file():
            yield from read_file(path, path.name, max_bytes=max_bytes)
        elif path.exists():
            yield Rejection(ref=str(path), reason=_NOT_REGULAR)
        elif path.is_symlink():
            yield Rejection(ref=str(path), reason=_broken_link(path))
        else:
            yield Rejection(ref=str(path), reason="no such file or folder; check the path")


def read_file(path: Path, ref: str, *, max_bytes: int) -> Iterator[RawArticle | Rejection]:
    """Read one file with the reader for its extension; unknown extensions are rejected."""
    reader = reader_for(path)
    if reader is None:
        extension = _extension(path) or "(none)"
        yield Rejection(
            ref=ref,
            reason=f"unsupported file type {extension}; newsprism reads "
            f"{', '.join(SUPPORTED_EXTENSIONS)}",
        )
        return
    try:
        yield from reader(path, ref, max_bytes=max_bytes)
    except Exception as exc:  # noqa: BLE001 - hostile bytes meet third-party parsers here
        # A reader bug (or one of a library under it) must not end the run: this file is
        # rejected, the next one is read. The fuzz tests fail on this reason.
        problem = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        yield Rejection(
            ref=ref,
            reason=f"internal error while reading ({problem}); the rest of this file was not "
            "read: please report it with this input",
        )


def reader_for(path: Path) -> Reader | None:
    """The reader for ``path``'s extension (``.xml`` is sniffed), or ``None``."""
    extension = _extension(path)
    if extension == ".xml":
        return read_html if _looks_like_xhtml(path) else read_feed
    return _READERS.get(extension)


def _extension(path: Path) -> str:
    name = path.name.lower()
    for double in _DOUBLE_EXTENSIONS:
        if name.endswith(double):
            return double
    return Path(name).suffix


_NOT_REGULAR = "not a regular file or folder (a pipe, socket or device); it was not read"


def _walk(root: Path) -> Iterator[tuple[Path, str] | Rejection]:
    """Files under ``root`` with their refs, sorted by relative path, hidden names skipped;
    a ``Rejection`` in its place for each entry that cannot be read as a file or walked."""
    found: list[tuple[tuple[str, ...], tuple[Path, str] | Rejection]] = []

    def ref_of(path: Path) -> tuple[tuple[str, ...], str]:
        parts = path.relative_to(root).parts
        return parts, "/".join(parts) or str(root)

    def unlistable(exc: OSError) -> None:
        parts, ref = ref_of(Path(str(exc.filename)))
        reason = (
            f"cannot read the folder: {exc.strerror or exc}; the files in it were not read "
            "(check its permissions)"
        )
        found.append((parts, Rejection(ref=ref + "/", reason=reason)))

    for folder, subfolders, files in os.walk(root, onerror=unlistable):
        here = Path(folder)
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in subfolders:
            if (here / name).is_symlink():
                parts, ref = ref_of(here / name)
                reason = (
                    "a symbolic link to a folder: links to folders are not followed; give "
                    "the folder it points to as an input"
                )
                found.append((parts, Rejection(ref=ref + "/", reason=reason)))
        for name in files:
            if name.startswith("."):
                continue
            path = here / name
            parts, ref = ref_of(path)
            if path.is_file():
                found.append((parts, (path, ref)))
            elif path.is_symlink() and not path.exists():
                found.append((parts, Rejection(ref=ref, reason=_broken_link(path))))
            else:
                found.append((parts, Rejection(ref=ref, reason=_NOT_REGULAR)))
    for _, entry in sorted(found, key=lambda item: item[0]):
        yield entry


def _broken_link(path: Path) -> str:
    try:
        target = str(path.readlink())
    except OSError:
        target = "?"
    return (
        f"a broken symbolic link: it points to {target}, which does not exist; fix or remove "
        "the link"
    )


def _looks_like_xhtml(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES).lower()
    except OSError:
        return False
    is_feed = any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf", b"<channel"))
    return not is_feed and b"<html" in head
