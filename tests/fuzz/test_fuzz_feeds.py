"""Fuzzing the RSS/Atom reader: generated feeds with hostile GUIDs, entities, CDATA, broken
XML and dates (issue #12)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fuzzing import fuzz_settings, hostile_text, mutated, run_reader

DATES = st.sampled_from(
    [
        "Sun, 09 Mar 2025 14:00:00 GMT",
        "2025-03-09T14:00:00Z",
        "yesterday",
        "",
        "99999999999999",
        "Mon, 32 Foo 99999 99:99:99 +9999",
        "2025-02-30",
    ]
)
ENTITIES = '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


GUIDS = hostile_text(40) | st.just("evil\nrejected x.txt: \x1b[2J")
SHORT = hostile_text(40)
BODIES = hostile_text(200)
BODY_FORMS = st.sampled_from(["cdata", "escaped-html", "escaped", "empty", "entity", "cdata-end"])
ATOM_TYPES = st.sampled_from(["html", "text", "xhtml", "bogus"])
RSS_TAGS = st.sampled_from(["description", "content:encoded", "summary", "none"])


def _body_as(form: str, body: str) -> str:
    return {
        "cdata": f"<![CDATA[<p>{body}</p>]]>",
        "escaped-html": _escaped(f"<p>{body}</p>"),
        "escaped": _escaped(body),
        "empty": "",
        "entity": "&b;",
        "cdata-end": "<![CDATA[]]]]><![CDATA[>]]>",
    }[form]


@st.composite
def item(draw: st.DrawFn, *, atom: bool) -> str:
    guid = _escaped(draw(GUIDS))
    title = _escaped(draw(SHORT))
    body = _body_as(draw(BODY_FORMS), draw(BODIES))
    date = draw(DATES)
    if atom:
        kind = draw(ATOM_TYPES)
        return (
            f"<entry><id>{guid}</id><title>{title}</title><updated>{date}</updated>"
            f'<content type="{kind}">{body}</content><link href="{guid}"/></entry>'
        )
    tag = draw(RSS_TAGS)
    content = f"<{tag}>{body}</{tag}>" if tag != "none" else ""
    return (
        f"<item><guid>{guid}</guid><title>{title}</title><pubDate>{date}</pubDate>{content}</item>"
    )


ITEMS = {atom: st.lists(item(atom=atom), max_size=4) for atom in (True, False)}
FEED_ENCODINGS = st.sampled_from(["utf-8", "iso-8859-1", "utf-16", "windows-1256"])


@st.composite
def feed(draw: st.DrawFn) -> bytes:
    atom = draw(st.booleans())
    items = "".join(draw(ITEMS[atom]))
    doctype = ENTITIES if draw(st.integers(0, 5)) == 0 else ""
    encoding = draw(FEED_ENCODINGS)
    title = _escaped(draw(SHORT))
    if atom:
        text = (
            f"<?xml version='1.0' encoding='{encoding}'?>{doctype}"
            f"<feed xmlns='http://www.w3.org/2005/Atom'><title>{title}</title>{items}</feed>"
        )
    else:
        text = (
            f"<?xml version='1.0' encoding='{encoding}'?>{doctype}<rss version='2.0' "
            "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
            f"<title>{title}</title>{items}</channel></rss>"
        )
    return text.encode(encoding, errors="replace")


FEEDS = mutated(feed() | st.binary(max_size=100))


@fuzz_settings(1200)
@given(data=FEEDS, name=st.sampled_from(["a.rss", "a.atom", "a.xml"]))
def test_fuzz_feeds(data: bytes, name: str) -> None:
    run_reader(name, data)
