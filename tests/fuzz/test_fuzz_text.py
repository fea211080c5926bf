"""Fuzzing the plain-text and HTML readers (and cleaning, language, sentences, figures after
them): odd encodings, byte-order marks, binary noise, deep and broken markup (issue #12)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fuzzing import fuzz_settings, hostile_text, mutated, run_reader

ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-32",
    "latin-1",
    "cp1252",
    "cp1251",
    "cp1256",
    "iso-8859-9",
    "gb18030",
    "shift_jis",
    "koi8-r",
]


TEXTS = hostile_text(400)
ENCODING = st.sampled_from(ENCODINGS)


@st.composite
def encoded_text(draw: st.DrawFn) -> bytes:
    text = draw(TEXTS)
    return text.encode(draw(ENCODING), errors="replace")


TEXT_FILES = mutated(encoded_text() | st.binary(max_size=300))

TAGS = [
    "p",
    "div",
    "article",
    "span",
    "a",
    "h1",
    "li",
    "table",
    "td",
    "script",
    "style",
    "noscript",
    "iframe",
    "svg",
    "template",
    "title",
    "main",
    "header",
    "footer",
    "b",
]
ATTRIBUTES = st.sampled_from(
    [
        "",
        ' class="content"',
        ' id="main"',
        ' href="javascript:alert(1)"',
        " onload=x()",
        ' style="display:none"',
        ' lang="ar" dir="rtl"',
        " hidden",
        ' charset="koi8-r"',
    ]
)


def _html_tree() -> st.SearchStrategy[str]:
    leaves = hostile_text(80).map(lambda t: t.replace("<", "&lt;")) | st.sampled_from(
        ["&amp;", "&#x0;", "&#99999999;", "&bogus;", "<br>", "<!-- c -->", "<![CDATA[x]]>", ""]
    )

    def wrap(children: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
        return st.tuples(st.sampled_from(TAGS), ATTRIBUTES, children).map(
            lambda t: f"<{t[0]}{t[1]}>{''.join(t[2])}</{t[0]}>"
        )

    return st.recursive(leaves, lambda inner: wrap(st.lists(inner, max_size=4)), max_leaves=12)


HTML_TREE = _html_tree()
CHARSETS = st.sampled_from(["utf-8", "windows-1251", "iso-8859-1", "utf-16", "bogus", ""])
TITLES = hostile_text(40)
DEPTHS = st.sampled_from([0, 0, 0, 0, 0, 0, 50, 600])


@st.composite
def html_page(draw: st.DrawFn) -> bytes:
    charset = draw(CHARSETS)
    head = f'<meta charset="{charset}">' if charset else ""
    title = draw(TITLES).replace("<", "")
    body = draw(HTML_TREE)
    depth = draw(DEPTHS)
    page = (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
        + "<div>" * depth
        + body
        + "</div>" * draw(st.integers(0, depth))
        + "</body></html>"
    )
    encoding = charset if charset not in ("", "bogus") else "utf-8"
    return page.encode(encoding, errors="replace")


HTML_FILES = mutated(html_page() | encoded_text())


@fuzz_settings(1500)
@given(data=TEXT_FILES, name=st.sampled_from(["a.txt", "a.TXT"]))
def test_fuzz_text_files(data: bytes, name: str) -> None:
    run_reader(name, data)


@fuzz_settings(800)
@given(data=HTML_FILES, name=st.sampled_from(["a.html", "a.htm", "a.xhtml", "a.xml", "a.txt"]))
def test_fuzz_html_files(data: bytes, name: str) -> None:
    run_reader(name, data)
