from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsprism.report.render.evidence import article_blocks, marked_pieces


def fig(fid: str, start: int, end: int, s_start: int, s_end: int) -> dict:
    return {
        "figure_id": fid,
        "start": start,
        "end": end,
        "sentence": 0,
        "sentence_start": s_start,
        "sentence_end": s_end,
    }


def test_quotes_are_marked_inside_their_sentences() -> None:
    text = "Calm day. Ten people were killed in Homs. Rain."
    blocks = article_blocks(text, [fig("f1", 10, 32, 10, 41)])
    assert "".join(p.text for b in blocks for p in b.pieces) == text
    sentence = next(b for b in blocks if b.sentence is not None)
    assert [(p.text, p.figure) for p in sentence.pieces] == [
        ("Ten people were killed", "f1"),
        (" in Homs.", None),
    ]


@given(
    st.text(min_size=1, max_size=80),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80), st.integers(0, 80)), max_size=6),
)
def test_blocks_always_give_back_the_whole_text(text: str, spans: list) -> None:
    figures = []
    for i, (a, b, c) in enumerate(spans):
        lo, mid, hi = sorted((a, b, c))
        figures.append(fig(f"f{i}", mid, min(hi, len(text)), lo, min(hi, len(text))))
    blocks = article_blocks(text, figures)
    assert "".join(p.text for b in blocks for p in b.pieces) == text


def test_marked_pieces_link_numbers_to_their_quotes() -> None:
    pieces = marked_pieces(
        "According to X, over 1,000 people were killed.",
        [{"start": 16, "end": 26, "figure": "f9"}],
        lambda f: f"#f-{f}",
    )
    assert [(p.text, p.href) for p in pieces] == [
        ("According to X, ", None),
        ("over 1,000", "#f-f9"),
        (" people were killed.", None),
    ]
