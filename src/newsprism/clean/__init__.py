"""Cleaning: HTML to main text, text normalisation, headlines; ``RawArticle`` -> ``Article``."""

from __future__ import annotations

from newsprism.clean.article import CLEANER, clean_article
from newsprism.clean.normalize import normalize

__all__ = ["CLEANER", "clean_article", "normalize"]
