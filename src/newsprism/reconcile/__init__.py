"""Reconciliation: figure groups per story, independent origins, low/best/high estimates,
timelines, explained conflicts, and single-source claims."""

from __future__ import annotations

from newsprism.reconcile.story import RECONCILER, reconcile_story

__all__ = ["RECONCILER", "reconcile_story"]
