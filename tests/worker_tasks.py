"""Stage doubles that run on Dask workers in the tests: importable by name (this folder is on
``sys.path`` through pytest's ``pythonpath``, which worker processes inherit), because a
test module's functions are not."""

from __future__ import annotations

import os
import time

from newsprism.model.article import Rejection

#: Input that makes ``shout`` kill the worker process running it (a poison input).
POISON = "poison"


def shout(word: str) -> str | Rejection:
    """Upper-case ``word``; ``"empty"`` is a rejection, ``"bad"`` raises, ``POISON`` kills the
    worker process (as a segfault in a native library would)."""
    if word == POISON:
        os._exit(17)
    if word == "bad":
        msg = f"cannot shout {word!r}"
        raise ValueError(msg)
    if word == "empty":
        return Rejection(ref=word, reason="nothing to shout")
    return word.upper()


def slow_double(number: int) -> int:
    """``2 * number``, slowly (so that a worker can be killed while the run is under way)."""
    time.sleep(0.05)
    return 2 * number


def worker_pid(_: object) -> int:
    """The process id of the worker that runs it."""
    return os.getpid()
