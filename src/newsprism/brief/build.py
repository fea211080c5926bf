"""The brief: a short English summary of a story, built from templates, every sentence cited.

Key numbers first (one quotable line per kind of figure), then sections in order: what was
reported, by whom and when; the reconciled figures with their origins and dates; what is
disputed and why; what only one article says. Nothing is generated freely: each sentence is a
template filled with numbers, names and quotes from the inputs, carries the ids of the
articles behind it, and marks where each figure's number sits in it.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from newsprism.brief import phrases
from newsprism.brief.disputes import disputed_sentences
from newsprism.brief.figures import group_sentences
from newsprism.brief.key_numbers import key_numbers
from newsprism.brief.text import Line, count_words, date_span, listing, number_word
from newsprism.clean.outlet import OutletSource, outlet_of
from newsprism.model.article import Article
from newsprism.model.figures import FigureKind
from newsprism.model.reconcile import (
    Brief,
    BriefSection,
    BriefSentence,
    FigureGroup,
    SingleSourceClaim,
)
from newsprism.model.stories import Story

BRIEF_GENERATOR = "brief.template.v2"

#: Limits that keep the brief short (a guess at what a reader takes in at a glance).
MAX_FIGURE_GROUPS = 6
MAX_SINGLE_SOURCE = 5


def _overview(story: Story, articles: Sequence[Article]) -> list[BriefSentence]:
    """ "Five articles from four outlets, in English (four) and Indonesian (one), published
    between 7 and 10 March 2025, report this story." """
    n = len(articles)
    line = Line().add(count_words(n, "article"))
    outlets = {
        o.name for o in (outlet_of(a) for a in articles) if o.source is not OutletSource.FILE
    }
    if outlets:
        line.add(f" from {count_words(len(outlets), 'outlet')}")
    counts = Counter(a.lang for a in articles if a.lang in phrases.LANGUAGE_NAMES)
    if counts:
        names = [
            phrases.LANGUAGE_NAMES[code] + (f" ({number_word(k)})" if len(counts) > 1 else "")
            for code, k in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        ]
        line.add(f", in {listing(names)},")
    dates = sorted(a.published for a in articles if a.published is not None)
    first, last = (
        story.first_seen or min(dates, default=None),
        story.last_seen or max(dates, default=None),
    )
    if first is not None and last is not None:
        line.add(f" published {date_span(first, last)},")
    verb = "reports" if n == 1 else "report"
    line.add(f" {verb} this story")
    if first is None:
        line.add("; none gives a publication date" if n > 1 else "; it gives no publication date")
    return line.add(".").sentence((a.article_id for a in articles), BriefSection.OVERVIEW)


def _brief_groups(groups: Sequence[FigureGroup]) -> list[FigureGroup]:
    """The groups worth a sentence: casualty counts and the most reported first, shown in
    their own order."""
    casualty_kinds = (FigureKind.KILLED, FigureKind.INJURED, FigureKind.CASUALTIES)
    ranked = sorted(
        range(len(groups)),
        key=lambda i: (groups[i].kind not in casualty_kinds, -groups[i].n_articles, i),
    )
    return [groups[i] for i in sorted(ranked[:MAX_FIGURE_GROUPS])]


def _closed(quoted: str) -> str:
    """A quote closing a sentence: no second full stop after one inside the quotes."""
    return quoted if quoted[-2:-1] in {".", "!", "?", "…"} else f"{quoted}."


def _single_source(claims: Sequence[SingleSourceClaim]) -> list[BriefSentence]:
    chosen = sorted(claims, key=lambda c: (c.support, c.article_id, c.span.start))
    chosen = sorted(chosen[:MAX_SINGLE_SOURCE], key=lambda c: (c.article_id, c.span.start))
    out: list[BriefSentence] = []
    for claim in chosen:
        out += (
            Line()
            .add(f"only one article reports, {phrases.citing(claim.attribution)}: ")
            .add(_closed(phrases.quote(claim.text)))
            .sentence((claim.article_id,), BriefSection.SINGLE_SOURCE)
        )
    return out


def build_brief(
    story: Story,
    articles: Sequence[Article],
    groups: Sequence[FigureGroup],
    single_source: Sequence[SingleSourceClaim],
) -> Brief:
    """The cited brief of ``story`` from its reconciled groups and single-source claims.

    ``references`` lists the cited articles in reference order (by ``Article.ref``); each
    sentence's citations are in that order too, so renderers number them ``[1]``, ``[2]``...
    """
    members = set(story.article_ids)
    in_story = sorted(
        (a for a in articles if a.article_id in members), key=lambda a: (a.ref, a.article_id)
    )
    shown = _brief_groups(groups)
    by_id = {g.group_id: g for g in groups}
    langs = {a.article_id: a.lang for a in in_story}
    sentences = [
        *_overview(story, in_story),
        *(s for g in shown for s in group_sentences(g, by_id, langs)),
        *disputed_sentences(shown, groups, langs),
        *_single_source(single_source),
    ]
    keys = key_numbers(groups, langs)
    order = {a.article_id: i for i, a in enumerate(in_story)}
    cited = {c for s in sentences for c in s.citations} | {c for k in keys for c in k.citations}
    references = tuple(sorted(cited, key=lambda a: (order.get(a, len(order)), a)))
    position = {a: i for i, a in enumerate(references)}
    return Brief(
        story_id=story.story_id,
        sentences=tuple(
            dataclasses.replace(s, citations=tuple(sorted(s.citations, key=position.__getitem__)))
            for s in sentences
        ),
        references=references,
        generator=BRIEF_GENERATOR,
        key_numbers=tuple(
            dataclasses.replace(k, citations=tuple(sorted(k.citations, key=position.__getitem__)))
            for k in keys
        ),
    )
