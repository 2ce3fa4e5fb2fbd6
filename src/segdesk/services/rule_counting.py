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
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from segdesk.domain.rules import Condition, Group, Node, Path, parse_rules, to_json
from segdesk.segments.counts import small_segment_warning
from segdesk.services.segments import CountResult, member_query
from segdesk.store.database import Store
from segdesk.store.models import Contact

__all__ = ["MAX_AGE", "TreeCounter", "bitmap_of"]

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

    def __init__(self, store: Store, today: date, *, max_age: float = MAX_AGE) -> None:
        self.store = store
        self.today = today
        self.max_age = max_age
        self._conditions: dict[str, _Entry] = {}
        self._everyone: _Entry | None = None
        self._lock = threading.Lock()
        self.reads = 0  # conditions read from the database so far (for tests and benchmarks)

    def forget(self) -> None:
        """Read everything again next time (the data changed)."""
        with self._lock:
            self._conditions.clear()
            self._everyone = None

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
        return CountResult(total, matched.bit_count(), nodes, small_segment_warning(matched.bit_count()))

    def _is_stale(self, entry: _Entry | None, now: float) -> bool:
        return entry is None or now - entry.read_at > self.max_age

    def _read(self, conditions: dict[str, Condition], stale: list[str], everyone: bool) -> dict[str, int]:
        jobs: dict[str, Condition | None] = {k: conditions[k] for k in stale}
        if everyone:
            jobs[""] = None
        if not jobs:
            return {}
        if len(jobs) == 1:
            key, condition = next(iter(jobs.items()))
            return {key: self._read_one(condition)}
        with ThreadPoolExecutor(max_workers=min(READERS, len(jobs))) as pool:
            futures = {key: pool.submit(self._read_one, condition) for key, condition in jobs.items()}
            return {key: future.result() for key, future in futures.items()}

    def _read_one(self, condition: Condition | None) -> int:
        """One condition's matching contacts (or everyone, for None) as a bitmap."""
        with self.store.sessions() as session:
            if condition is None:
                query = select(Contact.id)
            else:
                doc = to_json(Group("all", [condition]))
                query = member_query(session, self.today, rules=doc)
            bits = bitmap_of(int(i) for i in session.execute(query).scalars())
        with self._lock:
            self.reads += 1
        return bits


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
