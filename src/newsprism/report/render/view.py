"""What a reader sees of one story, worked out from report.json (as a dictionary) for the
templates of the HTML report and the web app: numbered sources with outlet names, key numbers,
the brief with linked numbers and citations, figure groups with their charts, single-source
claims, and the articles with highlighted quotes.

Everything here is data: the templates escape every string they print.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsprism.brief import phrases
from newsprism.brief.text import date_span, date_words
from newsprism.clean.outlet import url_host
from newsprism.model.figures import Attribution, AttributionKind, FigureKind, Qualifier
from newsprism.model.reconcile import TOTAL_SCOPE, Agreement, ConflictReason
from newsprism.report.render.charts import range_chart, timeline_chart
from newsprism.report.render.evidence import Piece, article_blocks, marked_pieces

JsonDict = dict[str, Any]

_SECTION_TITLES = {
    "overview": "",
    "figures": "",
    "disputed": "Disputed",
    "single_source": "Reported by one article only",
}
_AGREEMENT = {
    Agreement.SINGLE.value: "one source",
    Agreement.AGREE.value: "sources agree",
    Agreement.OVERLAP.value: "differ, all can be true",
    Agreement.CONFLICT.value: "cannot all be true",
}
_REASONS = {
    ConflictReason.DIFFERENT_TIME.value: "reported at different times",
    ConflictReason.DIFFERENT_SCOPE.value: "may count different places or groups",
    ConflictReason.DIFFERENT_ORIGIN.value: "from different sources",
    ConflictReason.CONTRADICTION.value: "from the same source, unexplained",
}
_OUTLET_FROM = {
    "metadata": "",
    "url": "from the article's web address",
    "byline": "from the article's byline",
    "file": "outlet not named; file",
}


@dataclass(frozen=True, slots=True)
class Links:
    """Where the pages link: an article (by its JSON record) and a figure's quote (by id)."""

    article: Callable[[JsonDict], str]
    figure: Callable[[str], str | None]


def offline_links(report: JsonDict) -> Links:
    """Links inside one self-contained page (the HTML report)."""
    known = {f["figure_id"] for f in report["figures"]}
    return Links(
        article=lambda a: f"#a-{a['article_id']}",
        figure=lambda f: f"#f-{f}" if f in known else None,
    )


def amount(record: JsonDict, *, short: bool = True) -> str:
    """A figure (or timeline point) as worded: "over 1,000", "hundreds", "1,383"."""
    words = phrases.amount(
        Qualifier(record.get("qualifier", "exact")), record["value"], record["low"], record["high"]
    )
    return words.removesuffix(" of") if short else words


def language_name(code: str) -> str:
    """ "English" for "en"; the code itself when unknown."""
    return phrases.LANGUAGE_NAMES.get(code, "unknown language" if code == "unknown" else code)


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address that can be linked; ``None`` otherwise."""
    return url if url and url_host(url) else None


def _date(value: str | None) -> str:
    return date_words(dt.date.fromisoformat(value)) if value else ""


_RULE_WORDS = (
    (re.compile(r", (?:named|vague|anonymous|none), stated alike"), ", stated alike"),
    (re.compile(r"\bfrom none origins\b"), "from figures that name no source"),
    (re.compile(r"\bfrom vague origins\b"), "from unnamed sources"),
    (re.compile(r"\bfrom anonymous origins\b"), "from anonymous sources"),
    (re.compile(r"\bfrom named origins\b"), "from named sources"),
)


def readable(text: str, names: dict[str, str]) -> str:
    """Reconciliation's wording with origin labels ("vague: Independent monitors",
    "unattributed") replaced by readable names ("unnamed independent monitors")."""
    for label, name in sorted(names.items(), key=lambda item: -len(item[0])):
        if label != name:
            text = text.replace(label, name)
    for pattern, words in _RULE_WORDS:
        text = pattern.sub(words, text)
    return text.replace("unattributed", "no source named")


def _what(group: JsonDict) -> str:
    participle = phrases.KIND_PARTICIPLES[FigureKind(group["kind"])]
    scope = "all victims" if group["scope"] == TOTAL_SCOPE else group["label"]
    return f"{participle.capitalize()}: {scope}"


class ReportIndex:
    """A report's articles by reference and figures by article, built once for all its story
    views (building them per story made rendering quadratic in the number of articles)."""

    def __init__(self, report: JsonDict) -> None:
        self.articles: dict[str, JsonDict] = {a["article"]: a for a in report["articles"]}
        self.figures: dict[str, list[JsonDict]] = {}
        for figure in report["figures"]:
            self.figures.setdefault(figure["article"], []).append(figure)


class StoryView:
    """The reader's view of one story of ``report`` (see the module docstring); views of many
    stories of one report share its ``index``."""

    def __init__(
        self, report: JsonDict, story: JsonDict, links: Links, index: ReportIndex | None = None
    ) -> None:
        self.story = story
        self.links = links
        index = index or ReportIndex(report)
        articles = index.articles
        self.members = [articles[r] for r in story["articles"] if r in articles]
        brief = story.get("brief") or {}
        cited = [r for r in brief.get("references", []) if r in articles]
        rest = sorted(r["article"] for r in self.members if r["article"] not in set(cited))
        self.numbers = {ref: i + 1 for i, ref in enumerate([*cited, *rest])}
        self.by_ref = articles
        self.figures = index.figures
        self.brief = brief

    # -- header -----------------------------------------------------------------------------

    @property
    def headline(self) -> str:
        return str(self.story.get("headline") or self.story["label"])

    def meta(self) -> list[str]:
        """ "5 articles", "English (4), Indonesian (1)", outlets, dates."""
        n = len(self.members)
        langs = Counter(a["lang"] for a in self.members)
        parts = [f"{n} article{'s' if n != 1 else ''}"]
        parts.append(
            ", ".join(
                f"{language_name(code)}" + (f" ({k})" if len(langs) > 1 else "")
                for code, k in sorted(langs.items(), key=lambda item: (-item[1], item[0]))
            )
        )
        outlets = [o["name"] for o in self.story.get("outlet_names", [])]
        parts.append(f"outlets: {', '.join(outlets)}" if outlets else "outlets not named")
        first, last = self.story.get("first_seen"), self.story.get("last_seen")
        if first and last:
            parts.append(
                date_span(dt.date.fromisoformat(first), dt.date.fromisoformat(last))
                .removeprefix("on ")
                .removeprefix("between ")
            )
        else:
            parts.append("publication dates not given")
        return parts

    def cites(self, refs: list[str]) -> list[tuple[int, str]]:
        """Citation numbers with their links, in number order."""
        found = [
            (self.numbers[r], self.links.article(self.by_ref[r])) for r in refs if r in self.numbers
        ]
        return sorted(set(found))

    # -- key numbers and brief --------------------------------------------------------------

    def key_numbers(self) -> list[JsonDict]:
        rows = []
        for key in self.brief.get("key_numbers", []):
            rows.append(
                {
                    "kind": phrases.KIND_PARTICIPLES[FigureKind(key["kind"])].capitalize(),
                    "low": key["low"],
                    "best": key["best"],
                    "high": key["high"],
                    "pieces": marked_pieces(key["text"], key["marks"], self.links.figure),
                    "cites": self.cites(key["citations"]),
                }
            )
        return rows

    def brief_sections(self) -> list[JsonDict]:
        """The brief's sentences in sections (the first two run together, untitled)."""
        sections: list[JsonDict] = []
        for sentence in self.brief.get("sentences", []):
            title = _SECTION_TITLES.get(sentence["section"], "")
            if not sections or sections[-1]["title"] != title:
                sections.append({"title": title, "sentences": []})
            sections[-1]["sentences"].append(
                {
                    "pieces": marked_pieces(
                        sentence["text"], sentence.get("marks", []), self.links.figure
                    ),
                    "cites": self.cites(sentence["citations"]),
                }
            )
        return sections

    # -- figure groups ----------------------------------------------------------------------

    def _origin_names(self, group: JsonDict) -> dict[str, str]:
        return {o["key"]: o.get("name") or o["label"] for o in group["origin_details"]}

    def _row_labels(self, group: JsonDict) -> dict[str, str]:
        names = self._origin_names(group)
        labels = {}
        for point in group["timeline"]:
            number = self.numbers.get(point["article"])
            suffix = f" [{number}]" if number else ""
            labels[point["figure"]] = f"{names.get(point['origin'], '')}{suffix}"
        return labels

    def _origin_kinds(self, group: JsonDict) -> dict[str, str]:
        kinds = {o["key"]: o["attribution"] for o in group["origin_details"]}
        return {p["figure"]: kinds.get(p["origin"], "none") for p in group["timeline"]}

    def _label_names(self, group: JsonDict) -> dict[str, str]:
        return {o["label"]: o.get("name") or o["label"] for o in group["origin_details"]}

    def _conflicts(self, group: JsonDict, figures: dict[str, JsonDict]) -> list[str]:
        names = self._origin_names(group)
        origin_of = {p["figure"]: p["origin"] for p in group["timeline"]}
        lines = []
        for conflict in group["conflicts"]:
            if conflict.get("other_group"):
                lines.append(readable(conflict["explanation"], self._label_names(group)))
                continue
            stated = [
                f"{amount(figures[f])} ({names.get(origin_of.get(f, ''), 'no source named')})"
                for f in conflict["figures"]
                if f in figures
            ]
            verdict = "both can be true" if conflict["consistent"] else "cannot both be true"
            reason = _REASONS.get(conflict["reason"], conflict["reason"])
            lines.append(f"{' and '.join(stated)}: {reason}; {verdict}.")
        return lines

    def groups(self) -> list[JsonDict]:
        rows = []
        for group in self.story["groups"]:
            figures = {f["figure_id"]: f for f in group["figures"]}
            amounts = {fid: amount(f) for fid, f in figures.items()}
            names = self._origin_names(group)
            independent = [
                o.get("name") or o["label"] for o in group["origin_details"] if o["independent"]
            ]
            rows.append(
                {
                    "what": _what(group),
                    "low": group["low"],
                    "best": group["best"],
                    "high": group["high"],
                    "as_of": _date(group.get("as_of")),
                    "n_articles": group["n_articles"],
                    "sources": independent,
                    "agreement": _AGREEMENT.get(group["agreement"], group["agreement"]),
                    "rule": readable(group["rule"], self._label_names(group)),
                    "conflicts": self._conflicts(group, figures),
                    "range_chart": range_chart(
                        group, self._row_labels(group), self._origin_kinds(group)
                    ),
                    "dated": any(p["date"] for p in group["timeline"]),
                    "timeline_chart": timeline_chart(group, names, amounts),
                    "points": [
                        {
                            "date": _date(p["date"]) or "date not given",
                            "origin": names.get(p["origin"], ""),
                            "amount": amounts.get(p["figure"], ""),
                            "href": self.links.figure(p["figure"]),
                            "cites": self.cites([p["article"]]),
                        }
                        for p in sorted(
                            group["timeline"], key=lambda p: (p["date"] or "", p["origin"])
                        )
                    ],
                }
            )
        return rows

    # -- claims, sources, articles ----------------------------------------------------------

    def single_source(self) -> list[JsonDict]:
        return [
            {
                "text": claim["text"],
                "sourcing": phrases.citing(
                    Attribution(kind=AttributionKind(claim["attribution"]), source=claim["source"])
                ),
                "cites": self.cites([claim["article"]]),
            }
            for claim in self.story["single_source"]
        ]

    def sources(self) -> list[JsonDict]:
        """The numbered source list: outlet, headline, language, date, address."""
        copies = {a["article"]: a["duplicate_of"] for a in self.story["assignments"]}
        rows = []
        for ref, number in sorted(self.numbers.items(), key=lambda item: item[1]):
            article = self.by_ref[ref]
            copy_of = copies.get(ref)
            rows.append(
                {
                    "n": number,
                    "ref": ref,
                    "href": self.links.article(article),
                    "anchor": f"a-{article['article_id']}",
                    "outlet": article["outlet_name"],
                    "outlet_known": article["outlet_from"] != "file",
                    "outlet_note": _OUTLET_FROM.get(article["outlet_from"], ""),
                    "headline": article["headline"],
                    "lang": language_name(article["lang"]),
                    "published": _date(article["published"]) or "date not given",
                    "url": safe_url(article["url"]),
                    "copy_of": self.numbers.get(copy_of) if copy_of else None,
                    "n_figures": article["n_figures"],
                }
            )
        return rows

    def article_blocks(self, ref: str) -> list[Any]:
        """The article's text with its figures' quotes marked (needs report.json's text)."""
        article = self.by_ref[ref]
        return article_blocks(article.get("text", ""), self.figures.get(ref, []))


def figure_source(figure: JsonDict) -> str:
    """Who a figure is attributed to, for readers ("unnamed: Reports indicate")."""
    source = " ".join((figure["source"] or "").split())
    if figure["attribution"] == "named" and source:
        return source
    if figure["attribution"] == "anonymous":
        return "an anonymous source"
    if figure["attribution"] == "vague":
        return f"unnamed ({source})" if source else "unnamed sources"
    return "no source named"


def figure_title(figure: JsonDict) -> str:
    """A figure's tooltip: kind, amount and origin ("killed · over 1,000 · SOHR")."""
    return f"{figure['kind']} · {amount(figure, short=False)} · {figure_source(figure)}"


def pieces_text(pieces: list[Piece]) -> str:
    """The plain text of pieces (for tests and Markdown)."""
    return "".join(p.text for p in pieces)
