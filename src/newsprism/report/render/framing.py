"""The framing section of the HTML and Markdown reports, kept apart from the other sections.

Both work from report.json's dictionaries (``stories[].profiles`` and ``articles[].framing``):
a table of the story's outlets, and per article its most opinionated sentences with the cues
that made them so marked. Article text is hostile: the HTML template autoescapes every segment,
and Markdown goes through the escape function the Markdown renderer passes in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

#: Opinionated sentences shown per article.
MAX_SENTENCES = 3
#: Signals that mark words inside a sentence (the others mark whole sentences or figures).
_WORD_SIGNALS = frozenset(
    {
        "loaded",
        "evaluative",
        "intensifier",
        "first_person",
        "second_person",
        "normative",
        "hedge",
        "certainty",
        "anonymous_source",
        "vague_source",
    }
)
#: Signals counted in the outlet table, in this order, with their column headings.
TABLE_SIGNALS = {
    "opinion": "opinion sentences",
    "loaded": "loaded terms",
    "hedge": "hedges",
    "anonymous_source": "anonymous sources",
    "vague_source": "vague sources",
    "unsourced_figure": "figures without source",
    "single_source": "single-source claims",
    "headline_mismatch": "headline mismatches",
}


def mix_text(mix: Mapping[str, Any]) -> str:
    """ "named 67%, none 33% of 3 figures", or "no figures"."""
    if not mix.get("figures"):
        return "no figures"
    parts = [
        f"{kind} {round(100 * share)}%"
        for kind in ("named", "anonymous", "vague", "none")
        if (share := mix.get(kind))
    ]
    return f"{', '.join(parts)} of {mix['figures']} figure(s)"


def opinion_sentences(framing: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The article's most opinionated sentences (score at least one half), highest first, each
    as ``{"sentence", "opinion", "segments"}`` where segments are ``(text, signal or None)``
    pieces of the sentence: the marked cues and the text between them."""
    signals = framing.get("signals", [])
    scores = {s["sentence"]: s["opinion"] for s in framing.get("sentences", [])}
    passages = sorted(
        (s for s in signals if s["signal"] == "opinion"),
        key=lambda s: (-scores.get(s["sentence"], 0.0), s["start"]),
    )[:MAX_SENTENCES]
    out = []
    for passage in passages:
        start, end, text = passage["start"], passage["end"], passage["quote"]
        cues = sorted(
            (
                s
                for s in signals
                if s["signal"] in _WORD_SIGNALS and start <= s["start"] and s["end"] <= end
            ),
            key=lambda s: (s["start"], -s["end"]),
        )
        segments: list[tuple[str, str | None]] = []
        cursor = start
        for cue in cues:
            if cue["start"] < cursor:
                continue  # overlaps a cue already marked
            segments.append((text[cursor - start : cue["start"] - start], None))
            segments.append((text[cue["start"] - start : cue["end"] - start], cue["signal"]))
            cursor = cue["end"]
        segments.append((text[cursor - start :], None))
        out.append(
            {
                "sentence": passage["sentence"],
                "opinion": scores.get(passage["sentence"]),
                "segments": [(t, k) for t, k in segments if t],
            }
        )
    return out


def framing_markdown(
    story: Mapping[str, Any],
    articles: Mapping[str, Mapping[str, Any]],
    escape: Callable[[object], str],
) -> list[str]:
    """The Markdown lines of a story's framing section (empty without profiles)."""
    profiles = story.get("profiles") or []
    if not profiles:
        return []
    lines = [
        "### Framing by outlet",
        "",
        "| outlet | articles | opinion | attribution | "
        + " | ".join(TABLE_SIGNALS.values())
        + " |",
        "| --- | --- | --- | --- | " + " | ".join("---" for _ in TABLE_SIGNALS) + " |",
    ]
    for p in profiles:
        counts = p["signal_counts"]
        cells = " | ".join(str(counts.get(k, 0)) for k in TABLE_SIGNALS)
        lines.append(
            f"| {escape(p['outlet'])} | {p['n_articles']} | {p['opinion']:.2f} | "
            f"{escape(mix_text(p['attribution_mix']))} | {cells} |"
        )
    lines.append("")
    for ref in story.get("articles", []):
        framing = (articles.get(ref) or {}).get("framing")
        if not framing:
            continue
        sentences = opinion_sentences(framing)
        if not sentences:
            continue
        lines.append(f"- {escape(ref)} (opinion {framing['opinion']:.2f}):")
        for item in sentences:
            marked = "".join(
                f"**{escape(t)}**" if kind else _keep_spaces(t, escape(t))
                for t, kind in item["segments"]
            )
            lines.append(f"  - “{marked}” ({item['opinion']:.2f})")
    lines.append("")
    return lines


def _keep_spaces(raw: str, escaped: str) -> str:
    """``escaped`` with the spaces ``raw`` had at its ends (the escape function trims them)."""
    lead = " " if raw[:1].isspace() else ""
    trail = " " if raw[-1:].isspace() and raw.strip() else ""
    return f"{lead}{escaped}{trail}"
