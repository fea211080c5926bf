"""Victim groups named with a figure (extract.passes.scope): identity words and "members of"."""

from __future__ import annotations

from newsprism.extract.figures import extract_figures
from newsprism.model.article import Article
from newsprism.model.ids import article_id_for
from newsprism.segment.sentences import split_sentences


def _groups(text: str) -> dict[int | None, str | None]:
    article = Article(
        article_id=article_id_for(text),
        ref="t.txt",
        title=text.splitlines()[0],
        text=text,
        lang="en",
        lang_confidence=1.0,
        cleaner="test",
    )
    return {f.quantity.value: f.group for f in extract_figures(article, split_sentences(text))}


def test_identity_words_before_the_group_name_a_narrower_group() -> None:
    groups = _groups("Clashes on the coast\n\nAt least 430 Alawite civilians were killed.")
    assert groups[430] == "Alawite civilians"


def test_a_title_case_headline_names_no_narrower_group() -> None:
    groups = _groups("Over 430 Armed Civilians Killed In Clashes\n\nThe clashes went on.")
    assert groups.get(430) in {None, "civilians"}


def test_the_group_after_members_of_is_found() -> None:
    text = (
        "Ambush on the coast\n\nThe conflict began after an ambush that killed 13 members of "
        "the Syrian state security services near Latakia."
    )
    assert _groups(text)[13] == "Syrian security forces"
