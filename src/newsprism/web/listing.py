"""The story list: search words, and filters by language, date and kind of figure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from newsprism.web.snapshot import Snapshot

JsonDict = dict[str, Any]

#: Longest search text taken (longer input is cut: a query is a few words).
MAX_QUERY_CHARS = 200


@dataclass(frozen=True, slots=True)
class StoryQuery:
    """What the reader asked for; empty fields do not filter.

    ``date_from``/``date_to`` keep the stories whose publication dates overlap the period
    (stories without dates are left out when either is set).
    """

    q: str = ""
    lang: str = ""
    kind: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def summary(story: JsonDict, snapshot: Snapshot) -> JsonDict:
    """A story as listed: headline, languages, outlets, dates, kinds and key numbers."""
    brief = story.get("brief") or {}
    return {
        "story": story["story"],
        "headline": story.get("headline") or story["label"],
        "label": story["label"],
        "languages": story["languages"],
        "outlets": [o["name"] for o in story.get("outlet_names", [])],
        "first_seen": story["first_seen"],
        "last_seen": story["last_seen"],
        "n_articles": len(story["articles"]),
        "kinds": sorted({g["kind"] for g in story["groups"]}),
        "key_numbers": [k["text"] for k in brief.get("key_numbers", [])],
        "article_headlines": [
            snapshot.articles[a]["headline"] for a in story["article_ids"] if a in snapshot.articles
        ],
    }


def _matches_words(item: JsonDict, q: str) -> bool:
    haystack = " ".join(
        [item["headline"], item["label"], *item["outlets"], *item["key_numbers"]]
        + item["article_headlines"]
    ).casefold()
    return all(word in haystack for word in q.casefold().split())


def _in_period(item: JsonDict, query: StoryQuery) -> bool:
    if query.date_from is None and query.date_to is None:
        return True
    if not item["first_seen"] or not item["last_seen"]:
        return False
    first = dt.date.fromisoformat(item["first_seen"])
    last = dt.date.fromisoformat(item["last_seen"])
    return (query.date_from is None or last >= query.date_from) and (
        query.date_to is None or first <= query.date_to
    )


def list_stories(snapshot: Snapshot, query: StoryQuery) -> list[JsonDict]:
    """Summaries of the stories matching ``query``, most articles first."""
    out = []
    for story in snapshot.report["stories"]:
        item = summary(story, snapshot)
        if query.lang and query.lang not in item["languages"]:
            continue
        if query.kind and query.kind not in item["kinds"]:
            continue
        if query.q and not _matches_words(item, query.q[:MAX_QUERY_CHARS]):
            continue
        if not _in_period(item, query):
            continue
        out.append(item)
    return sorted(out, key=lambda i: (-i["n_articles"], i["headline"], i["story"]))


def facets(snapshot: Snapshot) -> JsonDict:
    """The languages and kinds present, for the filter menus."""
    stories = snapshot.report["stories"]
    return {
        "languages": sorted({lang for s in stories for lang in s["languages"]}),
        "kinds": sorted({g["kind"] for s in stories for g in s["groups"]}),
    }
