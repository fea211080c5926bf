"""Run settings: one validated options object instead of flags threaded through calls."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from newsprism.errors import ConfigError

#: Inputs larger than this are rejected unread (a guess at "clearly not one article"; JSON Lines
#: and WARC files are streamed and the limit applies to each line or record).
DEFAULT_MAX_BYTES = 20_000_000
#: The clean text of one article may have at most ``max_bytes // MAX_CHARS_PER_BYTE``
#: characters (1,000,000 by default, a few hundred pages): HTML pages are mostly markup, and
#: analysing a text costs about 13 s per million characters of prose (measured), more when
#: dense with numbers.
MAX_CHARS_PER_BYTE = 20


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """How a run behaves.

    ``workers``: processes for the per-article stages (1 = in process).
    ``max_bytes``: largest input read (a file; a line or record of a streamed format); the clean
    text of an article may have ``max_chars`` characters, a twentieth of it.
    ``strict``: stop at the first rejected input instead of recording it and going on.
    ``on_error``: what an internal stage failure does: ``"record"`` it as a rejection and go on,
    or ``"raise"`` it.
    ``domains``: domain packs used by figure extraction besides the language packs (names from
    ``newsprism langs``, e.g. ``"gun-violence"``), or ``"auto"`` to select them per article by
    their detection cues; none by default (conflict and disaster news).
    """

    workers: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES
    strict: bool = False
    on_error: Literal["raise", "record"] = "record"
    domains: tuple[str, ...] = ()

    @property
    def max_chars(self) -> int:
        """Longest clean text analysed as one article (``max_bytes // MAX_CHARS_PER_BYTE``)."""
        return max(1, self.max_bytes // MAX_CHARS_PER_BYTE)

    def __post_init__(self) -> None:
        if self.workers < 1:
            msg = f"workers must be at least 1, got {self.workers}"
            raise ConfigError(msg)
        if self.domains:
            from newsprism.lang.domains import available_domains  # noqa: PLC0415 - reads data

            known = {*available_domains(), "auto"}
            unknown = sorted(set(self.domains) - known)
            if unknown:
                msg = f"unknown domain pack(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})"
                raise ConfigError(msg)
        if self.max_bytes < 1:
            msg = f"max_bytes must be positive, got {self.max_bytes}"
            raise ConfigError(msg)
