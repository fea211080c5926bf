"""The cited brief: a template-built English summary of a story."""

from __future__ import annotations

from newsprism.brief.build import BRIEF_GENERATOR, build_brief
from newsprism.brief.render import brief_to_text

__all__ = ["BRIEF_GENERATOR", "brief_to_text", "build_brief"]
