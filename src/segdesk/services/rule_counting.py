"""Live counts for the rule editor: each condition read once, every group combined in memory.

The editor recounts after every change, and most changes do not touch a condition:
a drop, a reorder, wrapping in a group, all/any/none. So each *condition* is asked of
the segment engine once (``SELECT id`` of the contacts it matches, compiled by
:func:`segdesk.services.segments.member_query`, the very SQL a saved segment runs)
and kept as a bitmap of contact ids; groups are then pure set algebra on those
bitmaps (``all`` = AND, ``any`` = OR, ``none`` = everyone AND NOT OR), which is exact
because the rule semantics are two-valued (DESIGN.md). A drop recounts in well under a
millisecond at a million contacts; editing a value reads that one condition again.

Bitmaps are Python ints (bit ``n`` = contact ``n``): 125 kB per condition at a million
contacts; AND/OR and ``bit_count`` take microseconds. A bitmap older than
:data:`MAX_AGE` seconds is read again, so changes made meanwhile (a colleague's
import) show up; :meth:`TreeCounter.forget` drops them all at once.

Reading a condition turns hundreds of thousands of rows into Python ints, and in a
thread that competes for the GIL with the window (measured: 40-100 ms pauses of the GUI
thread at a million contacts). So conditions are read in helper *processes*
(``spawn``, shared by every counter, each with its own connection); where processes
cannot start, in threads.
"""

from __future__ import annotations

import atexit
import json
import multiprocessing
import threading
import time
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from segdesk.domain.rules import Condition, Group, Node, Path, parse_rules, to_json
from segdesk.segments.counts import small_segment_threshold, small_segment_warning
from segdesk.services.segments import CountResult, member_query
from segdesk.store.database import Store, open_store
from segdesk.store.models import Contact

__all__ = ["MAX_AGE", "TreeCounter", "bitmap_of", "read_bitmap", "warm_up"]

MAX_AGE = 120.0  # seconds a condition's bitmap is trusted
READERS = 3  # conditions read side by side (each on its own connection)


def bitmap_of(ids: Iterable[int]) -> int:
    """The set of ``ids`` as an int whose bit ``n`` is set for id ``n``."""
    found = list(ids)
    if not found:
        return 0
    buffer = bytearray((max(found) >> 3) + 1)
    for contact_id in found:
        buffer[contact_id >> 3] |= 1 << (contact_id & 7)
    return int.from_bytes(buffer, "little")


def _key(condition: Condition) -> str:
    body = to_json(Group("all", [condition]))["rules"]
    return json.dumps(body, sort_keys=True, ensure_ascii=False)


@dataclass(frozen=True)
class _Entry:
    bits: int
    read_at: float


class TreeCounter:
    """Counts rule trees on one store and day; thread-safe, meant for one worker at a time."""

    def __init__(
        self, store: Store, today: date, *, max_age: float = MAX_AGE, processes: bool = True
    ) -> None:
        self.store = store
        self.processes = processes
        self.today = today
        self.max_age = max_age
        self._conditions: dict[str, _Entry] = {}
        self._everyone: _Entry | None = None
        self._threshold: int | None = None  # the database's small-segment threshold, read once
        self._lock = threading.Lock()
        self.reads = 0  # conditions read from the database so far (for tests and benchmarks)

    def forget(self) -> None:
        """Read everything again next time (the data changed)."""
        with self._lock:
            self._conditions.clear()
            self._everyone = None
            self._threshold = None

    def count(self, rules: Mapping[str, Any]) -> CountResult:
        """Total, matched and every node's own count (by path) of a valid version-1 document."""
        group = parse_rules(rules)
        now = time.monotonic()
        conditions = {_key(c): c for c in _conditions(group)}
        with self._lock:
            stale = [k for k in conditions if self._is_stale(self._conditions.get(k), now)]
            everyone_stale = self._is_stale(self._everyone, now)
        fresh = self._read(conditions, stale, everyone_stale)
        with self._lock:
            for key, bits in fresh.items():
                if key == "":
                    self._everyone = _Entry(bits, now)
                else:
                    self._conditions[key] = _Entry(bits, now)
            everyone = self._everyone.bits if self._everyone else 0
            bitmaps = {k: self._conditions[k].bits for k in conditions}
        nodes: dict[Path, int] = {}
        matched = _combine(group, (), bitmaps, everyone, nodes)
        total = everyone.bit_count()
        size = matched.bit_count()
        return CountResult(total, size, nodes, small_segment_warning(size, self._small_threshold()))

    def _small_threshold(self) -> int:
        if self._threshold is None:
            with self.store.sessions() as session:
                self._threshold = small_segment_threshold(session)
        return self._threshold

    def _is_stale(self, entry: _Entry | None, now: float) -> bool:
        return entry is None or now - entry.read_at > self.max_age

    def _read(self, conditions: dict[str, Condition], stale: list[str], everyone: bool) -> dict[str, int]:
        jobs: dict[str, dict[str, Any] | None] = {k: _doc(conditions[k]) for k in stale}
        if everyone:
            jobs[""] = None
        if not jobs:
            return {}
        url = self.store.url.render_as_string(hide_password=False)
        pool = _process_pool() if self.processes else None
        if pool is not None:
            try:
                return self._run(lambda doc: pool.submit(read_bitmap, url, self.today, doc), jobs)
            except (BrokenProcessPool, OSError, RuntimeError):
                _drop_process_pool()
        with ThreadPoolExecutor(max_workers=min(READERS, len(jobs))) as threads:
            return self._run(lambda doc: threads.submit(_read_bitmap, self.store, self.today, doc), jobs)

    def _run(self, submit: Any, jobs: dict[str, dict[str, Any] | None]) -> dict[str, int]:
        futures = {key: submit(doc) for key, doc in jobs.items()}
        found = {key: int(future.result()) for key, future in futures.items()}
        with self._lock:
            self.reads += len(found)
        return found


def _doc(condition: Condition) -> dict[str, Any]:
    return to_json(Group("all", [condition]))


def _read_bitmap(store: Store, today: date, doc: Mapping[str, Any] | None) -> int:
    """The contacts matching one condition's document (everyone for None) as a bitmap."""
    with store.sessions() as session:
        query = select(Contact.id) if doc is None else member_query(session, today, rules=doc)
        return bitmap_of(int(i) for i in session.execute(query).scalars())


# -- helper processes -----------------------------------------------------------------

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()
_stores: dict[str, Store] = {}  # in a helper process: one open store per database


def _process_pool() -> ProcessPoolExecutor | None:
    global _pool
    with _pool_lock:
        if _pool is None:
            try:
                _pool = ProcessPoolExecutor(READERS, mp_context=multiprocessing.get_context("spawn"))
            except (OSError, ValueError, NotImplementedError):
                return None
            atexit.register(_pool.shutdown, wait=False, cancel_futures=True)
        return _pool


def _drop_process_pool() -> None:
    global _pool
    with _pool_lock:
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


def warm_up() -> None:
    """Start the helper processes now (they take a second to import), not at the first count."""
    pool = _process_pool()
    if pool is not None:
        for _ in range(READERS):
            pool.submit(time.sleep, 0)


def read_bitmap(url: str, today: date, doc: Mapping[str, Any] | None) -> int:
    """In a helper process: :func:`_read_bitmap` on the database at ``url``."""
    store = _stores.get(url)
    if store is None:
        store = _stores[url] = open_store(url, migrate=False)
    return _read_bitmap(store, today, doc)


def _conditions(node: Node) -> Iterable[Condition]:
    if isinstance(node, Condition):
        yield node
        return
    for child in node.rules:
        yield from _conditions(child)


def _combine(node: Node, path: Path, bitmaps: dict[str, int], everyone: int, nodes: dict[Path, int]) -> int:
    """``node``'s contacts as a bitmap; records every node's own count in ``nodes``."""
    if isinstance(node, Condition):
        bits = bitmaps[_key(node)] & everyone  # a contact deleted since the condition was read
    else:
        children = [_combine(c, (*path, i), bitmaps, everyone, nodes) for i, c in enumerate(node.rules)]
        if node.match == "all":
            bits = everyone
            for child in children:
                bits &= child
        else:
            union = 0
            for child in children:
                union |= child
            bits = union if node.match == "any" else everyone & ~union
    nodes[path] = bits.bit_count()
    return bits
