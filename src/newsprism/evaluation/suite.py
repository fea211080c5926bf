"""The evaluations behind ``newsprism eval`` and the CI gate, run through the real pipeline.

Each suite returns printable rows (measure, ours, baseline) and named ``Metric``s for the gate.
Articles are read and cleaned exactly as ``newsprism analyze`` reads them, so the scores are
those of what users run. Larger data sets are read from ``data_dir`` when present; a suite
whose data is absent says so instead of passing silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsprism.api import Engine
from newsprism.cluster.embedding import Embedder
from newsprism.evaluation.baseline import baseline_figures
from newsprism.evaluation.dev_figures import dev_paths, evaluate_dev_figures
from newsprism.evaluation.figures import evaluate_figures, evaluate_gva_statements, evaluate_idmc
from newsprism.evaluation.gate import Metric, data_digest
from newsprism.model.analysis import AnalyzedArticle
from newsprism.settings import Settings

GVA = "gva-semeval2018-task5"
IDMC = "idmc-idetect"
SEMEVAL = "semeval2022-task8-sample"
BABE = "babe"
BASIL = "basil"
MULTILINGUAL = "multilingual-news-dev"


@dataclass
class SuiteResult:
    """What one suite measured: rows to print, metrics for the gate, and what it skipped."""

    title: str
    rows: list[tuple[str, str, str]] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def add(self, name: str, value: float, data: str, baseline: float | None = None) -> None:
        self.metrics.append(Metric(name, value, data, baseline))
        self.rows.append((name, f"{value:.3f}", "" if baseline is None else f"{baseline:.3f}"))


def _analyze(paths: Sequence[Path]) -> list[AnalyzedArticle]:
    analyzed, _, _ = Engine(Settings(workers=1)).analyze_articles(list(paths))
    return analyzed


def _dev_figures(result: SuiteResult, articles: Path, gold: Path) -> None:
    """Figures of the multilingual development set: P/R/F1 and attribution, overall and per
    language, beside the regex baseline."""
    analyzed = _analyze([articles])
    scores = evaluate_dev_figures(
        analyzed, gold, lambda a: baseline_figures(a.article, a.sentences)
    )
    digest = data_digest([gold, *sorted(articles.iterdir())])
    ours, base = scores.overall, scores.baseline
    result.add("figures.multilingual.precision", ours.precision, digest, base.precision)
    result.add("figures.multilingual.recall", ours.recall, digest, base.recall)
    result.add("figures.multilingual.f1", ours.f1, digest, base.f1)
    result.add(
        "figures.multilingual.attribution_accuracy",
        ours.attribution_accuracy,
        digest,
        base.attribution_accuracy,
    )
    result.add(
        "figures.multilingual.source_accuracy",
        ours.source_accuracy,
        digest,
        base.source_accuracy,
    )
    for lang, lang_scores in scores.by_lang.items():
        lang_base = scores.baseline_by_lang[lang]
        result.add(f"figures.multilingual.{lang}.f1", lang_scores.f1, digest, lang_base.f1)
        result.add(
            f"figures.multilingual.{lang}.attribution_accuracy",
            lang_scores.attribution_accuracy,
            digest,
            lang_base.attribution_accuracy,
        )


def figures_suite(example_dir: Path, gold: Path, data_dir: Path | None) -> SuiteResult:
    """Figure extraction: example gold (P/R/F1, attribution), the multilingual development set
    (per language), IDMC quantities, GVA upper bound."""
    result = SuiteResult("figures")
    analyzed = _analyze([example_dir])
    texts = {a.article.ref: a.article.text for a in analyzed}
    ours = evaluate_figures({a.article.ref: a.figures for a in analyzed}, texts, gold)
    base = evaluate_figures(
        {a.article.ref: baseline_figures(a.article, a.sentences) for a in analyzed}, texts, gold
    )
    digest = data_digest([gold, *sorted(example_dir.iterdir())])
    result.add("figures.example.precision", ours.precision, digest, base.precision)
    result.add("figures.example.recall", ours.recall, digest, base.recall)
    result.add("figures.example.f1", ours.f1, digest, base.f1)
    result.add(
        "figures.example.attribution_accuracy",
        ours.attribution_accuracy,
        digest,
        base.attribution_accuracy,
    )
    result.add(
        "figures.example.source_accuracy", ours.source_accuracy, digest, base.source_accuracy
    )
    result.add("figures.example.no_violation", 1.0 if ours.violations == 0 else 0.0, digest)
    result.rows.extend(("  error", e, "") for e in ours.errors)
    dev = dev_paths(data_dir) if data_dir else None
    if dev is not None:
        _dev_figures(result, *dev)
    else:
        result.skipped.append(
            f"multilingual figures (no {MULTILINGUAL} under {data_dir or '--data (not given)'})"
        )
    idmc = data_dir / IDMC / "IDETECT_test_dataset.csv" if data_dir else None
    if idmc is not None and idmc.exists():
        scores = evaluate_idmc(idmc)
        baseline = evaluate_idmc(idmc, baseline_figures)
        result.add("figures.idmc.quantity_share", scores.share, data_digest([idmc]), baseline.share)
    else:
        result.skipped.append(f"IDMC excerpts (no {IDMC} under {data_dir or '--data (not given)'})")
    gva = data_dir / GVA if data_dir else None
    if gva is not None and (gva / "documents.jsonl").exists():
        docs, incidents = gva / "documents.jsonl", gva / "incidents.jsonl"
        scores_gva = evaluate_gva_statements(docs, incidents)
        baseline_gva = evaluate_gva_statements(docs, incidents, baseline_figures)
        digest = data_digest([docs, incidents])
        result.add(
            "figures.gva.killed_stated", scores_gva.killed_share, digest, baseline_gva.killed_share
        )
        result.add(
            "figures.gva.injured_stated",
            scores_gva.injured_share,
            digest,
            baseline_gva.injured_share,
        )
    else:
        result.skipped.append(f"GVA articles (no {GVA} under {data_dir or '--data (not given)'})")
    return result


#: The quality gate scores GVA story clustering on one incident in this many (a fixed sample,
#: ``evaluation.stories.in_incident_sample``): embedding all 4,262 documents is about 9 of the
#: gate's minutes on two cores. ``newsprism eval stories`` and ``eval gate --full`` score all.
GATE_GVA_SAMPLE_EVERY = 4


def stories_suite(
    example_dir: Path, data_dir: Path | None, *, gva_sample_every: int = 1
) -> SuiteResult:
    """Story clustering: the example set is one story; the multilingual development set and
    GVA B-cubed (``gva_sample_every`` > 1: on the fixed one-in-N incident sample, scored as
    ``stories.gva_sample.*``); SemEval-2022 Pearson."""
    from newsprism.cluster.embedding import E5Embedder  # noqa: PLC0415 - loads the model
    from newsprism.evaluation.semeval import evaluate_semeval  # noqa: PLC0415
    from newsprism.evaluation.stories import evaluate_gva  # noqa: PLC0415

    result = SuiteResult("stories")
    report = Engine(Settings(workers=1)).analyze([example_dir])
    digest = data_digest(sorted(example_dir.iterdir()))
    result.add("stories.example.one_story", 1.0 if len(report.stories) == 1 else 0.0, digest)
    embedder = E5Embedder()
    multilingual = data_dir / MULTILINGUAL if data_dir else None
    if multilingual is not None and (multilingual / "gold.jsonl").exists():
        _multilingual(result, multilingual, embedder)
    else:
        result.skipped.append(
            f"multilingual stories (no {MULTILINGUAL} under {data_dir or '--data (not given)'})"
        )
    gva = data_dir / GVA / "documents.jsonl" if data_dir else None
    if gva is not None and gva.exists():
        scores = evaluate_gva(gva, embedder, sample_every=gva_sample_every)
        digest = data_digest([gva])
        name = "stories.gva_sample" if gva_sample_every > 1 else "stories.gva"
        result.add(f"{name}.bcubed_precision", scores.precision, digest, scores.baseline_precision)
        result.add(f"{name}.bcubed_recall", scores.recall, digest, scores.baseline_recall)
        result.add(f"{name}.bcubed_f1", scores.f1, digest, scores.baseline_f1)
        if gva_sample_every > 1:
            result.rows.append(
                (
                    f"  one incident in {gva_sample_every}: articles, incidents",
                    f"{scores.articles}, {scores.gold_stories}",
                    "",
                )
            )
        result.rows.append(("  clustering seconds", f"{scores.seconds:.1f}", ""))
    else:
        result.skipped.append(f"GVA clustering (no {GVA} under {data_dir or '--data (not given)'})")
    semeval = data_dir / SEMEVAL / "testing_set.csv" if data_dir else None
    if semeval is not None and semeval.exists():
        pairs = evaluate_semeval(semeval, embedder)
        digest = data_digest([semeval])
        result.add("stories.semeval.pearson", pairs.pearson, digest, pairs.cosine_pearson)
        result.add(
            "stories.semeval.combined_pearson", pairs.combined_pearson, digest, pairs.cosine_pearson
        )
    else:
        result.skipped.append(
            f"SemEval-2022 pairs (no {SEMEVAL} under {data_dir or '--data (not given)'})"
        )
    return result


def _multilingual(result: SuiteResult, folder: Path, embedder: Embedder) -> None:
    from newsprism.evaluation.multilingual import evaluate_multilingual  # noqa: PLC0415

    scores = evaluate_multilingual(folder, embedder)
    digest = data_digest([folder / "gold.jsonl", *sorted((folder / "articles").iterdir())])
    name = "stories.multilingual"
    result.add(f"{name}.bcubed_precision", scores.precision, digest, scores.baseline_precision)
    result.add(f"{name}.bcubed_recall", scores.recall, digest, scores.baseline_recall)
    result.add(f"{name}.bcubed_f1", scores.f1, digest, scores.baseline_f1)
    result.add(f"{name}.no_distractor_merged", float(scores.distractors_merged == 0), digest)
    for split in scores.splits:
        absorbed = f"; absorbed {', '.join(split.absorbed)}" if split.absorbed else ""
        result.rows.append(
            (f"  {split.event}", f"{split.articles} -> {split.stories} stories{absorbed}", "")
        )


def _events(result: SuiteResult, folder: Path) -> None:
    """Whole-event low / best / high of the multilingual development events, per kind, beside
    the largest number of the story, and the per-event table."""
    from newsprism.evaluation.events import evaluate_events  # noqa: PLC0415

    scores = evaluate_events(folder)
    digest = data_digest(
        [folder / "events.jsonl", folder / "gold.jsonl", *sorted((folder / "articles").iterdir())]
    )
    name = "reconcile.multilingual"
    result.add(f"{name}.best_exact", scores.share("exact"), digest, scores.share("baseline_exact"))
    result.add(
        f"{name}.best_inside", scores.share("inside"), digest, scores.share("baseline_inside")
    )
    result.add(f"{name}.low_agreement", scores.bound_agreement("low"), digest)
    result.add(f"{name}.high_agreement", scores.bound_agreement("high"), digest)
    for kind in scores.kinds:
        result.add(
            f"{name}.{kind}.best_exact",
            scores.share("exact", kind),
            digest,
            scores.share("baseline_exact", kind),
        )
    result.rows.append(("  event / kind: gold low/best/high", "ours low/best/high", "baseline"))
    for r in scores.results:
        marks = ("exact" if r.exact else "") + (" inside" if r.inside else "")
        result.rows.append(
            (
                f"  {r.event} {r.kind}: {_n(r.gold_low)}/{_n(r.gold_best)}/{_n(r.gold_high)}",
                f"{_n(r.low)}/{_n(r.best)}/{_n(r.high)} {marks.strip() or 'miss'}"
                + (f" ({r.origin})" if r.origin else ""),
                _n(r.baseline),
            )
        )


def _n(number: int | None) -> str:
    return "-" if number is None else f"{number:,}"


def reconcile_suite(data_dir: Path | None) -> SuiteResult:
    """Reconciliation: whole-event estimates of the multilingual development events, and best
    killed / injured per GVA incident against the gold counts."""
    from newsprism.evaluation.figures import gva_extractor  # noqa: PLC0415
    from newsprism.evaluation.reconcile import evaluate_gva_reconcile  # noqa: PLC0415
    from newsprism.segment.sentences import split_sentences  # noqa: PLC0415

    result = SuiteResult("reconcile")
    multilingual = data_dir / MULTILINGUAL if data_dir else None
    if multilingual is not None and (multilingual / "events.jsonl").exists():
        _events(result, multilingual)
    else:
        result.skipped.append(
            f"multilingual events (no {MULTILINGUAL} under {data_dir or '--data (not given)'})"
        )
    gva = data_dir / GVA if data_dir else None
    if gva is None or not (gva / "documents.jsonl").exists():
        result.skipped.append(f"GVA incidents (no {GVA} under {data_dir or '--data (not given)'})")
        return result
    docs, incidents = gva / "documents.jsonl", gva / "incidents.jsonl"
    scores = evaluate_gva_reconcile(
        docs, incidents, lambda article: gva_extractor(article, split_sentences(article.text))
    )
    digest = data_digest([docs, incidents])
    result.add(
        "reconcile.gva.killed_accuracy",
        scores.killed_accuracy,
        digest,
        scores.baseline_killed_accuracy,
    )
    result.add(
        "reconcile.gva.injured_accuracy",
        scores.injured_accuracy,
        digest,
        scores.baseline_injured_accuracy,
    )
    result.rows.append(
        ("  killed MAE", f"{scores.killed_mae:.3f}", f"{scores.baseline_killed_mae:.3f}")
    )
    result.rows.append(
        ("  injured MAE", f"{scores.injured_mae:.3f}", f"{scores.baseline_injured_mae:.3f}")
    )
    result.rows.append(("  incidents scored", str(scores.n_scored), str(scores.n_incidents)))
    return result


def framing_suite(example_dir: Path, data_dir: Path | None) -> SuiteResult:
    """Framing: the example set's checks; BABE opinion and bias macro-F1 (lexicon baseline
    beside, thresholds chosen by leaving topics out); BASIL recall of lexical-bias spans and
    outlets compared within events."""
    from newsprism.evaluation.babe import evaluate_babe  # noqa: PLC0415
    from newsprism.evaluation.basil import evaluate_basil  # noqa: PLC0415
    from newsprism.evaluation.framing import check_example  # noqa: PLC0415

    result = SuiteResult("framing")
    checks = check_example(_analyze([example_dir]))
    digest = data_digest(sorted(example_dir.iterdir()))
    result.add("framing.example.opinion_above_reports", checks.opinion_above_reports, digest)
    result.add("framing.example.editorial_flagged", checks.editorial_flagged, digest)
    result.add("framing.example.anonymous_reliance", checks.anonymous_reliance, digest)
    result.rows.extend(("  " + note, "", "") for note in checks.notes)
    babe = data_dir / BABE / "sg2.jsonl" if data_dir else None
    if babe is not None and babe.exists():
        scores = evaluate_babe(babe)
        digest = data_digest([babe])
        opinion, bias = scores.opinion, scores.bias
        result.add(
            "framing.babe.opinion_macro_f1", opinion.macro_f1, digest, opinion.baseline_macro_f1
        )
        result.add("framing.babe.bias_macro_f1", bias.macro_f1, digest, bias.baseline_macro_f1)
        result.rows.append(
            (
                "  opinion / bias at fixed 0.5",
                f"{opinion.macro_f1_fixed:.3f} / {bias.macro_f1_fixed:.3f}",
                "",
            )
        )
        result.rows.append(
            ("  sentences (opinion / bias), topics", f"{opinion.n} / {bias.n}", str(scores.topics))
        )
    else:
        result.skipped.append(
            f"BABE (no {BABE}/sg2.jsonl under {data_dir or '--data (not given)'})"
        )
    basil = data_dir / BASIL if data_dir else None
    if basil is not None and (basil / "articles").is_dir():
        found = evaluate_basil(basil)
        digest = data_digest(sorted(basil.glob("*/*/*.json")))
        result.add(
            "framing.basil.lexical_recall", found.lexical_recall, digest, found.baseline_recall
        )
        result.add("framing.basil.outlet_concordance", found.concordance, digest, 0.5)
        result.rows.append(("  recall by any opinion cue", f"{found.cue_recall:.3f}", ""))
        result.rows.append(("  lexical spans, pairs compared", str(found.spans), str(found.pairs)))
        for row in found.outlets:
            result.rows.append(
                (
                    f"  {row.outlet}: gold lexical / loaded per 100 sentences, opinion",
                    f"{row.gold_lexical:.2f} / {row.loaded:.2f}",
                    f"{row.opinion:.3f}",
                )
            )
    else:
        result.skipped.append(f"BASIL (no {BASIL} under {data_dir or '--data (not given)'})")
    return result
