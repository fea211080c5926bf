"""The recipe of an article's analysis: what decides the output of the per-article stages.

A store keeps each article's analysis with its recipe's key (``store.analyses``) and reuses it
only under the same key. The recipe is

- the per-article stages' versioned names (``pipeline.article.STAGES``),
- the domain packs asked for (``Settings.domains``, in their order: the first pack with its own
  extractor wins; ``auto`` as such, since the packs it picks follow from the text),
- the engine version,
- a digest of the code and data of the packages the per-article stages run (``clean``, ``lang``
  with its language and domain packs, ``segment``, ``extract``, ``framing``, ``model``): rules
  and word lists change far more often than a stage's version is bumped (the figure rules
  changed in more than a hundred commits under ``extract.figures.v6``), and an analysis made by
  other rules must not be reused.

>>> recipe = Recipe(stages=("a.v1",), domains=(), version="1.0", code="c0de")
>>> recipe.key == Recipe(stages=("a.v1",), domains=(), version="1.0", code="c0de").key
True
>>> recipe.key == Recipe(stages=("a.v2",), domains=(), version="1.0", code="c0de").key
False
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

from newsprism import __version__
from newsprism.pipeline.article import STAGES

#: The packages whose code and data the per-article stages run (they import nothing else of
#: newsprism but ``errors``, which decides no output); ``pipeline/article.py`` wires them.
_PACKAGES = ("clean", "lang", "segment", "extract", "framing", "model")
_MODULES = ("pipeline/article.py",)

#: Hex digits of the recipe's key (128 bits).
_KEY_HEX_CHARS = 32


@dataclass(frozen=True, slots=True, kw_only=True)
class Recipe:
    """What an article's analysis was made with (see the module docstring)."""

    stages: tuple[str, ...]
    domains: tuple[str, ...]
    version: str
    code: str

    @property
    def key(self) -> str:
        """A short, stable key of the recipe, stored with every analysis."""
        digest = hashlib.sha256(str(self).encode("utf-8")).hexdigest()
        return f"r1:{digest[:_KEY_HEX_CHARS]}"

    def __str__(self) -> str:
        domains = ",".join(self.domains) or "-"
        return (
            f"newsprism {self.version}; stages {' '.join(self.stages)}; domains {domains}; "
            f"code {self.code}"
        )


def analysis_recipe(domains: Sequence[str] = ()) -> Recipe:
    """The recipe of this engine's per-article analysis with the domain packs ``domains``."""
    return Recipe(stages=STAGES, domains=tuple(domains), version=__version__, code=code_digest())


@functools.cache
def code_digest() -> str:
    """The digest (``digest_of``) of this installation's per-article code and data, computed
    once per process (about 1.3 MB read; a few milliseconds)."""
    return digest_of(resources.files("newsprism"))


def digest_of(root: Traversable) -> str:
    """A SHA-256 digest (hex, 16 digits) of the names and contents of every file of the
    per-article stages' packages under ``root`` (the ``newsprism`` package folder), compiled
    bytecode left out."""
    sha = hashlib.sha256()
    for name, item in sorted(_files(root), key=lambda pair: pair[0]):
        sha.update(name.encode("utf-8") + b"\0")
        sha.update(item.read_bytes())
        sha.update(b"\0")
    return sha.hexdigest()[:16]


def _files(root: Traversable) -> Iterator[tuple[str, Traversable]]:
    for module in _MODULES:
        item = root.joinpath(module)
        if item.is_file():
            yield module, item
    for package in _PACKAGES:
        yield from _walk(root.joinpath(package), package)


def _walk(folder: Traversable, prefix: str) -> Iterator[tuple[str, Traversable]]:
    if not folder.is_dir():
        return
    for item in folder.iterdir():
        name = f"{prefix}/{item.name}"
        if item.is_dir():
            if item.name != "__pycache__":
                yield from _walk(item, name)
        elif not item.name.endswith((".pyc", ".pyo")):
            yield name, item
