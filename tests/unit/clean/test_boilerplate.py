"""extract_page: HTML pages and fragments to main text."""

from __future__ import annotations

import pytest

from newsprism.clean.boilerplate import extract_page, fragment_text, is_fragment


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("Floods displaced 200 families.", "Floods displaced 200 families."),
        ("<p>One.</p><p>Two &amp; three.</p>", "One.\nTwo & three."),
        ("<ul><li>3 dead</li><li>5 hurt</li></ul>", "- 3 dead\n- 5 hurt"),
        ("x<br>y<script>alert(1)</script>", "x\ny"),
    ],
)
def test_fragment_text_keeps_lines(html: str, expected: str) -> None:
    assert fragment_text(html) == expected


def test_extract_page_reads_short_fragment() -> None:
    page = extract_page("<p>Floods displaced 200 families.</p>")
    assert page is not None
    assert page.text == "Floods displaced 200 families."


def test_extract_page_returns_none_for_empty_page() -> None:
    assert extract_page("<html><body><script>var x = 1;</script></body></html>") is None


def test_is_fragment_tells_pages_from_fragments() -> None:
    assert is_fragment("<p>x</p>")
    assert not is_fragment("<!doctype html><html><body></body></html>")


def test_extract_page_decodes_entities_in_plain_text_marked_as_html() -> None:
    page = extract_page("Tom &amp; Jerry &#8220;quoted&#8221;")
    assert page is not None
    assert page.text == "Tom & Jerry \u201cquoted\u201d"
