"""The output folder is checked before a run (issue #12 defect 5)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsprism.errors import ConfigError
from newsprism.report.render.files import check_output_folder


def test_check_output_folder_accepts_an_existing_or_creatable_folder(tmp_path: Path) -> None:
    check_output_folder(tmp_path)
    check_output_folder(tmp_path / "new" / "deeper")
    assert not (tmp_path / "new").exists()  # nothing is created by the check


@pytest.mark.parametrize(
    ("target", "message"),
    [("report.json", "is a file, not a folder"), ("report.json/sub", "is not a folder")],
)
def test_check_output_folder_refuses_a_file(tmp_path: Path, target: str, message: str) -> None:
    (tmp_path / "report.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        check_output_folder(tmp_path / target)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_check_output_folder_refuses_a_read_only_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    try:
        with pytest.raises(ConfigError, match="not writable"):
            check_output_folder(locked / "out")
    finally:
        locked.chmod(0o755)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_check_output_folder_refuses_a_folder_nobody_may_write_in() -> None:
    # /proc refuses new files even to root (CI runs as root, where the test above is skipped).
    with pytest.raises(ConfigError, match="not writable"):
        check_output_folder(Path("/proc/newsprism-out"))
