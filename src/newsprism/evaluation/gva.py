"""The GVA shooting-incident set (SemEval-2018 task 5), read through the product's own path.

``documents.jsonl`` is read by ``ingest.sources.iter_inputs`` (the JSON Lines reader knows
``content``, ``title``, ``dct`` and ``doc_id``), cleaned by ``clean.article.clean_article`` and
language-identified by ``pipeline.article.identify``: exactly what ``newsprism analyze`` does
with the file, so evaluation scores are those of what users run. Each article is joined to its
gold incident through ``incidents.jsonl`` (its ``doc_ids`` list the article refs); a document
listed twice is read once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.clean.article import clean_article
from newsprism.ingest.sources import iter_inputs
from newsprism.model.article import Article, Rejection
from newsprism.pipeline.article import identify


@dataclass(frozen=True, slots=True)
class GvaArticle:
    """A cleaned, language-identified GVA article and its gold incident."""

    incident_id: str
    article: Article


def read_incidents(incidents_jsonl: Path) -> list[dict[str, Any]]:
    """The gold incidents, in file order."""
    with incidents_jsonl.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def incident_of(incidents: list[dict[str, Any]]) -> dict[str, str]:
    """The gold incident of each document ref (``doc_id``)."""
    return {str(doc): str(i["incident_id"]) for i in incidents for doc in i.get("doc_ids", ())}


def gva_articles(
    documents_jsonl: Path,
    incidents_jsonl: Path,
    *,
    limit: int | None = None,
    wanted: frozenset[str] | None = None,
) -> Iterator[GvaArticle]:
    """Every GVA article with a gold incident, in file order (the first ``limit`` documents
    when given; only incidents in ``wanted`` when given). Rejected records are skipped."""
    gold = incident_of(read_incidents(incidents_jsonl))
    seen: set[str] = set()
    for n, raw in enumerate(iter_inputs([documents_jsonl])):
        if limit is not None and n >= limit:
            return
        if isinstance(raw, Rejection) or raw.ref in seen:
            continue
        incident = gold.get(raw.ref)
        if incident is None or (wanted is not None and incident not in wanted):
            continue
        seen.add(raw.ref)
        cleaned = clean_article(raw)
        if isinstance(cleaned, Article):
            yield GvaArticle(incident, identify(cleaned))


__all__ = ["GvaArticle", "gva_articles", "incident_of", "read_incidents"]
