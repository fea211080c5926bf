"""BASIL (Fan et al. 2019): 100 events, each told by the New York Times, Fox News and the
HuffPost, with gold spans of lexical and informational bias.

- Recall of lexical-bias spans: the share of gold ``lex`` spans that a ``loaded`` signal
  overlaps (and, beside it, any word-level opinion cue: loaded, evaluative, intensifier,
  certainty), with the lexicon baseline's words (``babe.subjective_words``) for comparison.
- Outlets compared within each event: for every two articles of an event whose numbers of
  lexical-bias spans differ, whether newsprism's loaded signals per sentence order them the
  same way (concordance; 0.5 is chance). And per outlet, over its 100 articles: gold lexical
  spans, loaded signals and opinion score per 100 sentences, as rows to read.

Articles are built from BASIL's own sentences (title, then paragraphs), so gold offsets map
exactly into the text; figures are extracted as in a real run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsprism.evaluation.babe import subjective_words
from newsprism.extract.figures import extract_figures
from newsprism.framing.article import frame_article
from newsprism.lang.phrases import WORD_RE
from newsprism.model.analysis import AnalyzedArticle
from newsprism.model.article import Article, Sentence, Span
from newsprism.model.framing import ArticleFraming, SignalKind
from newsprism.model.ids import article_id_for

#: Word-level cue signals counted in the wider recall.
_CUE_SIGNALS = frozenset(
    {SignalKind.LOADED, SignalKind.EVALUATIVE, SignalKind.INTENSIFIER, SignalKind.CERTAINTY}
)


@dataclass(frozen=True, slots=True)
class BasilArticle:
    """One BASIL article as newsprism reads it, with its gold lexical-bias spans."""

    event: str
    outlet: str
    analyzed: AnalyzedArticle
    lexical: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class OutletRow:
    """Per outlet: articles, and per 100 sentences gold lexical spans and loaded signals; the
    mean opinion score."""

    outlet: str
    articles: int
    gold_lexical: float
    loaded: float
    opinion: float


@dataclass(frozen=True, slots=True)
class BasilScores:
    lexical_recall: float
    cue_recall: float
    baseline_recall: float
    concordance: float
    pairs: int
    spans: int
    outlets: tuple[OutletRow, ...]


def _read(path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def read_basil(root: Path) -> Iterator[BasilArticle]:
    """Every article of the BASIL folder with its annotation file, in file order."""
    for path in sorted((root / "articles").glob("*/*.json")):
        annotation_path = (
            root / "annotations" / path.parent.name / path.name.replace(".json", "_ann.json")
        )
        if not annotation_path.exists():
            continue
        yield _article(_read(path), _read(annotation_path))


def _article(data: dict[str, object], annotation: dict[str, object]) -> BasilArticle:
    title = str(data.get("title") or "")
    paragraphs = data.get("body-paragraphs") or []
    assert isinstance(paragraphs, list)
    pieces: list[str] = []
    offsets: dict[str, int] = {}
    sentences: list[Span] = []
    cursor = 0

    def add(key: str, sentence: str, separator: str) -> None:
        nonlocal cursor
        if pieces:
            pieces.append(separator)
            cursor += len(separator)
        offsets[key] = cursor
        pieces.append(sentence)
        if sentence.strip():
            sentences.append(Span(cursor, cursor + len(sentence)))
        cursor += len(sentence)

    add("title", title, "")
    index = 0
    for paragraph in paragraphs:
        for k, sentence in enumerate(paragraph):
            add(f"p{index}", str(sentence), "\n\n" if k == 0 else " ")
            index += 1
    text = "".join(pieces)
    outlet = str(data.get("source") or "").lower()
    article = Article(
        article_id=article_id_for(text),
        ref=str(data.get("uuid") or ""),
        title=title,
        text=text,
        lang="en",
        lang_confidence=1.0,
        cleaner="basil",
        outlet=outlet,
    )
    spans = annotation.get("phrase-level-annotations") or []
    assert isinstance(spans, list)
    lexical = tuple(
        Span(offsets[s["id"]] + int(s["start"]), offsets[s["id"]] + int(s["end"]))
        for s in spans
        if s.get("bias") == "lex" and s.get("id") in offsets
    )
    split = tuple(Sentence(i, span) for i, span in enumerate(sentences))
    analyzed = AnalyzedArticle(
        article=article, sentences=split, figures=extract_figures(article, split)
    )
    return BasilArticle(
        event=str(data.get("triplet-uuid") or ""),
        outlet=outlet,
        analyzed=analyzed,
        lexical=lexical,
    )


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(o.start < span.end and span.start < o.end for o in others)


def _baseline_spans(text: str, words: frozenset[str]) -> list[Span]:
    return [Span(m.start(), m.end()) for m in WORD_RE.finditer(text) if m.group().lower() in words]


def evaluate_basil(root: Path) -> BasilScores:
    """Recall of lexical-bias spans and the comparison of outlets within events."""
    words = subjective_words()
    hits = cue_hits = base_hits = total = 0
    per_event: dict[str, list[tuple[int, float]]] = {}
    outlets: dict[str, list[tuple[BasilArticle, ArticleFraming]]] = {}
    for item in read_basil(root):
        framing = frame_article(item.analyzed)
        loaded = [s.span for s in framing.signals if s.signal is SignalKind.LOADED]
        cues = [s.span for s in framing.signals if s.signal in _CUE_SIGNALS]
        base = _baseline_spans(item.analyzed.article.text, words)
        for span in item.lexical:
            total += 1
            hits += _overlaps(span, loaded)
            cue_hits += _overlaps(span, cues)
            base_hits += _overlaps(span, base)
        rate = len(loaded) / max(1, len(item.analyzed.sentences))
        per_event.setdefault(item.event, []).append((len(item.lexical), rate))
        outlets.setdefault(item.outlet, []).append((item, framing))
    agree = 0.0
    pairs = 0
    for members in per_event.values():
        for i, (gold_a, ours_a) in enumerate(members):
            for gold_b, ours_b in members[i + 1 :]:
                if gold_a == gold_b:
                    continue
                pairs += 1
                if ours_a == ours_b:
                    agree += 0.5  # a tie orders nothing: half a pair
                elif (gold_a > gold_b) == (ours_a > ours_b):
                    agree += 1
    rows = []
    for outlet, items in sorted(outlets.items()):
        n_sentences = max(1, sum(len(a.analyzed.sentences) for a, _ in items))
        rows.append(
            OutletRow(
                outlet=outlet,
                articles=len(items),
                gold_lexical=100 * sum(len(a.lexical) for a, _ in items) / n_sentences,
                loaded=100 * sum(f.count(SignalKind.LOADED) for _, f in items) / n_sentences,
                opinion=sum(f.opinion for _, f in items) / len(items),
            )
        )
    return BasilScores(
        lexical_recall=hits / total if total else 0.0,
        cue_recall=cue_hits / total if total else 0.0,
        baseline_recall=base_hits / total if total else 0.0,
        concordance=agree / pairs if pairs else 0.0,
        pairs=pairs,
        spans=total,
        outlets=tuple(rows),
    )
