"""iter_inputs: walking folders, dispatching on extension, rejecting what cannot be read."""

from __future__ import annotations

import errno
import gzip
import os
from pathlib import Path
from typing import Any

import pytest

from newsprism.ingest.sources import iter_inputs
from newsprism.model.article import ContentType, RawArticle, Rejection


def _split(items: list[RawArticle | Rejection]) -> tuple[list[RawArticle], list[Rejection]]:
    raws = [i for i in items if isinstance(i, RawArticle)]
    rejections = [i for i in items if isinstance(i, Rejection)]
    return raws, rejections


def test_iter_inputs_reads_example_folder_in_sorted_order(example_dir: Path) -> None:
    raws, rejections = _split(list(iter_inputs([example_dir])))
    assert rejections == []
    assert [r.ref for r in raws] == sorted(p.name for p in example_dir.glob("*.txt"))
    assert all(r.content_type is ContentType.TEXT for r in raws)


def test_iter_inputs_keeps_txt_body_as_read(example_dir: Path) -> None:
    path = example_dir / "002_e328f3ef30151934.txt"
    raws, _ = _split(list(iter_inputs([path])))
    assert raws[0].body == path.read_text(encoding="utf-8")
    assert raws[0].title is None  # inferred by clean_article


def test_iter_inputs_walks_subfolders_with_relative_refs(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Second\n\nBody.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First\n\nBody.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden", encoding="utf-8")
    raws, rejections = _split(list(iter_inputs([tmp_path])))
    assert [r.ref for r in raws] == ["a.txt", "b/z.txt"]
    assert rejections == []


@pytest.mark.parametrize(
    ("name", "content", "reason_part"),
    [
        ("notes.pdf", b"%PDF-1.4", "unsupported file type .pdf"),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", b"\x00\x01\x02\x03binary\x00", "binary content"),
        ("controls.txt", bytes(range(1, 9)) * 10, "control characters"),
        ("big.txt", b"x" * 200, "over the 100-byte limit"),
    ],
)
def test_iter_inputs_rejects_unreadable_files(
    tmp_path: Path, name: str, content: bytes, reason_part: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    items = list(iter_inputs([path], max_bytes=100))
    assert len(items) == 1
    assert isinstance(items[0], Rejection)
    assert items[0].ref == name
    assert reason_part in items[0].reason


def test_iter_inputs_rejects_missing_path_and_continues(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Headline\n\nBody.", encoding="utf-8")
    raws, rejections = _split(list(iter_inputs([tmp_path / "missing", good])))
    assert [r.ref for r in raws] == ["good.txt"]
    assert "no such file" in rejections[0].reason


def test_iter_inputs_decodes_legacy_encodings(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = "Café à Paris\n\nLes événements de la journée ont été très difficiles pour tous."
    path.write_bytes(text.encode("cp1252"))
    raws, _ = _split(list(iter_inputs([path])))
    assert raws[0].body == text


def test_iter_inputs_reads_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("Headline\n\nBody text.".encode("utf-16"))
    raws, _ = _split(list(iter_inputs([path])))
    assert raws[0].body == "Headline\n\nBody text."


def test_iter_inputs_keeps_html_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text("<html><body><p>Text</p></body></html>", encoding="utf-8")
    raws, _ = _split(list(iter_inputs([path])))
    assert raws[0].content_type is ContentType.HTML
    assert raws[0].title is None


def test_iter_inputs_reads_warc_gz_extension(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"not a warc at all"))
    _, rejections = _split(list(iter_inputs([path])))
    assert rejections
    assert all(r.ref.startswith("broken.warc.gz") for r in rejections)


def test_iter_inputs_uses_charset_declared_in_html(tmp_path: Path) -> None:
    path = tmp_path / "ru.html"
    page = (
        '<html><head><meta charset="windows-1251"></head><body><p>Пожар в Москве</p></body></html>'
    )
    path.write_bytes(page.encode("cp1251"))
    raws, _ = _split(list(iter_inputs([path])))
    assert "Пожар в Москве" in raws[0].body


def test_iter_inputs_reads_html_saved_as_txt_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text("<!DOCTYPE html><html><body><p>Text</p></body></html>", encoding="utf-8")
    raws, _ = _split(list(iter_inputs([path])))
    assert raws[0].content_type is ContentType.HTML


def _unlistable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make ``folder`` impossible to list: mode 000, and for root (whom modes do not stop)
    a ``PermissionError`` from ``os.scandir`` on it, as the kernel would give anyone else."""
    folder.chmod(0)
    if os.geteuid() == 0:
        real_scandir = os.scandir

        def scandir(path: Any = ".") -> Any:
            if Path(path) == folder:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)


def test_iter_inputs_rejects_what_a_walk_cannot_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Regression (issue #12 defect 7): these were skipped without a word.
    (tmp_path / "good.txt").write_text("Headline\n\nBody.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "inside.txt").write_text("Never read.", encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "linked").symlink_to(tmp_path / "locked")
    os.mkfifo(tmp_path / "pipe.txt")
    _unlistable(monkeypatch, tmp_path / "locked")
    try:
        raws, rejections = _split(list(iter_inputs([tmp_path])))
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert [r.ref for r in raws] == ["good.txt"]
    reasons = {r.ref: r.reason for r in rejections}
    assert set(reasons) == {"dangling.txt", "linked/", "locked/", "pipe.txt"}
    assert "broken symbolic link" in reasons["dangling.txt"]
    assert "gone.txt" in reasons["dangling.txt"]
    assert "cannot read the folder" in reasons["locked/"]
    assert "not followed" in reasons["linked/"]
    assert "not a regular file" in reasons["pipe.txt"]


def test_iter_inputs_names_a_broken_link_given_as_input(tmp_path: Path) -> None:
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    [rejection] = list(iter_inputs([tmp_path / "link.txt"]))
    assert isinstance(rejection, Rejection)
    assert "broken symbolic link" in rejection.reason
