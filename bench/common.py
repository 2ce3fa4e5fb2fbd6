"""What the benchmarks share: one cached demo database per size, and best-of-N timing.

Benchmarks run as scripts (``python bench/NAME.py``), so this module is imported
as ``common`` from their own folder.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from segdesk.services.demo import generate_demo
from segdesk.store.database import Store, open_store

OUT = Path(__file__).with_name("out")
DEMO_TODAY = date(2026, 11, 1)  # the demo files are generated as of this day, whichever bench made them


def demo_store(contacts: int) -> Store:
    """The demo database of ``contacts`` contacts under ``bench/out/``, generated on first use."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"demo-{contacts}.sqlite3"
    fresh = not path.exists()
    store = open_store(path)
    if fresh:
        print(f"generating {contacts:,} demo contacts into {path} ...", flush=True)
        generate_demo(store, contacts=contacts, seed=1, today=DEMO_TODAY)
    return store


def best_of(runs: int, work: Callable[[], object]) -> tuple[float, Any]:
    """The shortest of ``runs`` timings of ``work()`` (seconds), and its last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result
