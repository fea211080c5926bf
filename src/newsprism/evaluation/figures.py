"""Figure-extraction scores: the example gold set, the IDMC displacement excerpts and the
GVA incidents (an upper bound: how often some article states the gold count).

A predicted figure matches a gold figure when kind, value, low and high agree and its evidence
overlaps the gold quote. Headline figures count once (every copy of a headline that matches
is absorbed by one gold item); optional gold figures are not required but a prediction that
matches one is no false positive; an unmatched prediction overlapping a "not a figure" phrase
is a violation.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsprism.evaluation.gold import GoldFigure, article_from_text, load_gold, locate
from newsprism.evaluation.gva import gva_articles, read_incidents
from newsprism.extract.figures import extract_figures
from newsprism.lang.packs import load_pack
from newsprism.lang.phrases import WORD_RE, norm_token
from newsprism.model.article import Article, Sentence, Span
from newsprism.model.figures import Figure, FigureKind
from newsprism.segment.sentences import split_sentences

Extractor = Callable[[Article, Sequence[Sentence]], tuple[Figure, ...]]

#: Kinds that count as displacement figures for the IDMC excerpts (houses destroyed and
#: households are read as displaced; "in need" as affected).
IDMC_KINDS = frozenset({FigureKind.DISPLACED, FigureKind.AFFECTED})


@dataclass(frozen=True, slots=True, kw_only=True)
class FigureScores:
    """Precision/recall/F1 and attribution accuracy on a gold set, with the errors listed."""

    articles: int
    gold: int
    predicted: int
    true_positives: int
    false_positives: int
    false_negatives: int
    precision: float
    recall: float
    f1: float
    attribution_accuracy: float
    source_accuracy: float
    violations: int
    errors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class IdmcScores:
    """Share of IDMC excerpts whose gold quantity is among the extracted figures."""

    items: int
    correct: int
    share: float
    misses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class GvaScores:
    """Share of GVA incidents where some article states the gold killed / injured count."""

    incidents: int
    killed_incidents: int
    killed_stated: int
    killed_share: float
    injured_incidents: int
    injured_stated: int
    injured_share: float


def gva_extractor(article: Article, sentences: Sequence[Sentence]) -> tuple[Figure, ...]:
    """The extractor GVA articles are read with: the core plus the gun-violence domain pack."""
    return extract_figures(article, sentences, domains=("gun-violence",))


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _same_numbers(p: Figure, g: GoldFigure) -> bool:
    q = p.quantity
    return p.kind == g.kind and (q.value, q.low, q.high) == (g.value, g.low, g.high)


def _interval(
    value: int | None, low: int | None, high: int | None
) -> tuple[int | None, int | None]:
    """The bounds a figure states: its low/high where the wording sets one, else its value."""
    if low is None and high is None:
        return value, value
    return low, high


def same_bounds(p: Figure, g: GoldFigure) -> bool:
    """Kind and stated bounds agree ("more than 60" is low 61 whether or not the annotation
    also records the 60): the multilingual set annotates hedged values either way."""
    q = p.quantity
    return p.kind == g.kind and _interval(q.value, q.low, q.high) == _interval(
        g.value, g.low, g.high
    )


def _source_words(text: str) -> frozenset[str]:
    body = text.split("(", maxsplit=1)[0]
    return frozenset(
        w
        for w in (norm_token(m.group()) for m in WORD_RE.finditer(body))
        if w.isalnum() and len(w) > 2
    )


def same_source(predicted: str | None, predicted_norm: str | None, gold: str | None) -> bool:
    """Whether a predicted source is the gold one: the same known source, or (for sources no
    table knows) names whose words one contains the other's ("Kamrul Ahmed" in "Kamrul
    Ahmed, Anjuman Mufidul Islam")."""
    key = gold_source_key(gold)
    if predicted_norm is not None and predicted_norm == key:
        return True
    if not predicted or not gold:
        return False
    mine, theirs = _source_words(predicted), _source_words(gold)
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def gold_source_key(source: str | None) -> str | None:
    """The canonical key of a gold source name (``sources.toml``), or its lower-cased text."""
    if not source:
        return None
    pack = load_pack("en")
    norms = [norm_token(m.group()) for m in WORD_RE.finditer(source)]
    found = pack.sources.find_all(norms) or pack.sources_exact.find_all(
        [m.group().lower() if m.group().isupper() else "\0" for m in WORD_RE.finditer(source)]
    )
    return found[0][2].key if found else " ".join(source.lower().split())


def evaluate_figures(
    predicted: Mapping[str, Sequence[Figure]],
    texts: Mapping[str, str],
    gold_path: Path,
    *,
    numbers: Callable[[Figure, GoldFigure], bool] = _same_numbers,
    refs: frozenset[str] | None = None,
) -> FigureScores:
    """Score ``predicted`` figures (by article ref) against the gold file (only the articles
    ``refs`` when given); ``numbers`` says when a prediction's kind and numbers match."""
    gold = {r: g for r, g in load_gold(gold_path).items() if refs is None or r in refs}
    tp = fp = fn = attr_ok = attr_total = src_ok = src_total = violations = n_pred = n_gold = 0
    errors: list[str] = []
    for ref, article_gold in sorted(gold.items()):
        text = texts.get(ref, "")
        preds = list(predicted.get(ref, ()))
        n_pred += len(preds)
        used: set[int] = set()
        for g in sorted(article_gold.figures, key=lambda g: (g.optional, g.headline)):
            spans = locate(g.quote, text)
            hits = [
                k
                for k, p in enumerate(preds)
                if k not in used and numbers(p, g) and any(_overlaps(p.evidence, s) for s in spans)
            ]
            if not g.optional:
                n_gold += 1
            if not hits:
                if not g.optional:
                    fn += 1
                    errors.append(f"{ref}: missed {g.kind} {g.value}/{g.low}/{g.high} «{g.quote}»")
                continue
            # A headline stated twice (title and repeated title) is one figure.
            taken = hits if g.headline else hits[:1]
            used.update(taken)
            if g.optional:
                continue
            tp += 1
            p = preds[hits[0]]
            if g.headline:
                continue  # headline gold is scored for numbers only, not attribution
            attr_total += 1
            if p.attribution.kind == g.attribution:
                attr_ok += 1
            else:
                errors.append(
                    f"{ref}: attribution {p.attribution.kind} != {g.attribution} «{g.quote}»"
                )
            if g.attribution == "named":
                src_total += 1
                if same_source(p.attribution.source, p.attribution.source_norm, g.source):
                    src_ok += 1
        not_spans = [s for phrase in article_gold.not_figures for s in locate(phrase, text)]
        for k, p in enumerate(preds):
            if k in used:
                continue
            fp += 1
            errors.append(
                f"{ref}: extra {p.kind} {p.quantity.value}/{p.quantity.low} «{p.evidence.of(text)}»"
            )
            if any(_overlaps(p.evidence, s) for s in not_spans):
                violations += 1
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, n_gold)
    f1 = _ratio(2 * precision * recall, precision + recall) if precision + recall else 0.0
    return FigureScores(
        articles=len(gold),
        gold=n_gold,
        predicted=n_pred,
        true_positives=tp,
        false_positives=fp,
        false_negatives=fn,
        precision=precision,
        recall=recall,
        f1=f1,
        attribution_accuracy=_ratio(attr_ok, attr_total),
        source_accuracy=_ratio(src_ok, src_total),
        violations=violations,
        errors=tuple(errors),
    )


def read_folder(folder: Path) -> dict[str, str]:
    """Texts of the ``*.txt`` files of a folder, by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def extract_all(
    texts: Mapping[str, str], extractor: Extractor = extract_figures
) -> dict[str, tuple[Figure, ...]]:
    """Run ``extractor`` over texts (articles built by ``article_from_text``)."""
    out: dict[str, tuple[Figure, ...]] = {}
    for ref, text in texts.items():
        article = article_from_text(text, ref)
        out[ref] = extractor(article, split_sentences(article.text))
    return out


def evaluate_example_set(
    folder: Path, gold_path: Path, extractor: Extractor = extract_figures
) -> FigureScores:
    """Extract figures from a folder of ``.txt`` articles and score them against its gold."""
    texts = read_folder(folder)
    return evaluate_figures(extract_all(texts, extractor), texts, gold_path)


def _english(text: str, ref: str) -> Article:
    article = article_from_text(text, ref)
    return Article(
        article_id=article.article_id,
        ref=ref,
        title=article.title,
        text=text,
        lang="en",
        lang_confidence=1.0,
        cleaner=article.cleaner,
    )


def evaluate_idmc(csv_path: Path, extractor: Extractor = extract_figures) -> IdmcScores:
    """Share of IDMC excerpts where an extracted displacement-ish figure equals ``Quantity``."""
    correct = items = 0
    misses: list[str] = []
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            try:
                gold = int(float(row["Quantity"].replace(",", "")))
            except ValueError:
                continue
            items += 1
            text = row["excerpt"]
            article = _english(text, f"idmc:{row['excerpt_id']}")
            figures = extractor(article, split_sentences(text))
            kinds = IDMC_KINDS | {FigureKind.CASUALTIES}
            values = {
                v
                for f in figures
                if f.kind in kinds
                for v in (f.quantity.value, f.quantity.high if f.quantity.value is None else None)
            }
            if gold in values:
                correct += 1
            else:
                misses.append(
                    f"{row['excerpt_id']}: gold {gold}, got {sorted(v for v in values if v is not None)}"
                )
    return IdmcScores(
        items=items, correct=correct, share=_ratio(correct, items), misses=tuple(misses)
    )


def evaluate_gva_statements(
    documents_jsonl: Path,
    incidents_jsonl: Path,
    extractor: Extractor = gva_extractor,
    limit: int | None = None,
) -> GvaScores:
    """Share of incidents (with a non-zero gold count) where some article states that count."""
    stated: dict[str, dict[FigureKind, set[int]]] = {}
    for item in gva_articles(documents_jsonl, incidents_jsonl, limit=limit):
        per_kind = stated.setdefault(
            item.incident_id, {FigureKind.KILLED: set(), FigureKind.INJURED: set()}
        )
        article = item.article
        for f in extractor(article, split_sentences(article.text)):
            if f.kind in per_kind and f.quantity.value is not None:
                per_kind[f.kind].add(f.quantity.value)
    k_inc = k_ok = i_inc = i_ok = 0
    for inc in read_incidents(incidents_jsonl):
        found = stated.get(str(inc["incident_id"]))
        if found is None:
            continue
        if int(inc["num_killed"]) > 0:
            k_inc += 1
            k_ok += int(inc["num_killed"]) in found[FigureKind.KILLED]
        if int(inc["num_injured"]) > 0:
            i_inc += 1
            i_ok += int(inc["num_injured"]) in found[FigureKind.INJURED]
    return GvaScores(
        incidents=len(stated),
        killed_incidents=k_inc,
        killed_stated=k_ok,
        killed_share=_ratio(k_ok, k_inc),
        injured_incidents=i_inc,
        injured_stated=i_ok,
        injured_share=_ratio(i_ok, i_inc),
    )
