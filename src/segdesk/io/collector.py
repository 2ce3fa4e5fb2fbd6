"""Pausing Python's cyclic garbage collector while an import builds its rows.

A 100,000-row import creates a few million short-lived dicts, lists and strings;
each allocation burst sets off the cyclic collector, which walks every live object
again: about a third of the whole import's time, measured. None of these objects
form reference cycles, so reference counting frees them anyway; the collector
runs again as soon as the last import in the process finishes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused_collection"]

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def paused_collection() -> Iterator[None]:
    """No cyclic collection inside; nested and concurrent uses restore the state of the first."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
