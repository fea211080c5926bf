"""The brief as plain text with numbered citations: ``[1]`` is ``Brief.references[0]``."""

from __future__ import annotations

from collections.abc import Mapping

from newsprism.model.ids import ArticleId
from newsprism.model.reconcile import Brief


def brief_to_text(brief: Brief, refs: Mapping[ArticleId, str] | None = None) -> str:
    """One sentence per line, each followed by its citation numbers; then the reference list
    (article refs from ``refs`` where given, else ids).

    >>> from newsprism.model.reconcile import BriefSection, BriefSentence
    >>> from newsprism.model.ids import ArticleId, StoryId
    >>> a = ArticleId("a1")
    >>> s = BriefSentence(text="Hello.", citations=(a,), section=BriefSection.OVERVIEW)
    >>> print(brief_to_text(Brief(story_id=StoryId("s"), sentences=(s,), references=(a,),
    ...       generator="g"), {a: "one.txt"}))
    Hello. [1]
    <BLANKLINE>
    [1] one.txt
    """
    number = {a: i + 1 for i, a in enumerate(brief.references)}
    lines = [
        f"{s.text} {''.join(f'[{number[c]}]' for c in s.citations)}".rstrip()
        for s in brief.sentences
    ]
    names = refs or {}
    lines.append("")
    lines += [f"[{i + 1}] {names.get(a, a)}" for i, a in enumerate(brief.references)]
    return "\n".join(lines)
