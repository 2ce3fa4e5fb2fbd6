"""Checking every row of a table: in chunks, with progress and cancel, in helper processes when big.

The checks per row are independent and pure Python (email-validator, phonenumbers),
so a big file is split into chunks checked by :func:`segdesk.io.rows.check_rows` in
a process pool, one process per core; the chunks come back in order, so drafts and
problems are exactly those of one pass over the whole table. Small files are checked
here: starting helper processes (about half a second with spawn) would cost more
than it saves. When no pool can be started the check runs here too.

The pool pays even on a busy machine: with the cyclic collector paused, sending the
drafts back costs about 0.25 s per 100,000 rows, and two processes get more of a shared
CPU than one (measured with three busy loops on two cores: 4.8–7.1 s against 5.4–10.7 s).

Fork is used only where it is safe and cheap (Linux, no other thread running: the
command line, the benchmarks); otherwise spawn, whose helpers import only
:mod:`segdesk.io.row_chunks` (packaged builds call ``multiprocessing.freeze_support()``
first thing in ``segdesk/__main__.py``).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext

from segdesk.domain import i18n
from segdesk.io.collector import paused_collection
from segdesk.io.mapping import ColumnMapping
from segdesk.io.row_chunks import Packed, check_chunk, check_inherited_chunk, inherit, unpack
from segdesk.io.rows import Draft, Problem, RowCheck, RowOptions, Validation, check_rows, plan_check
from segdesk.io.tables import Table
from segdesk.services.errors import UserError

__all__ = [
    "CHUNK_ROWS",
    "POOL_MIN_ROWS",
    "ChunkSink",
    "ImportCancelled",
    "Progress",
    "pool_workers",
    "validate_table",
]

Progress = Callable[[str, int, int], None]  # stage, done, total
ChunkSink = Callable[[list[Draft], list[Problem]], None]  # each chunk's drafts and problems, in order
CHUNK_ROWS = 10_000
POOL_MIN_ROWS = 30_000  # below this a pool's start-up costs more than the second core gains


class ImportCancelled(UserError):
    """The user stopped the import; the transaction was rolled back."""

    def __init__(self) -> None:
        super().__init__(i18n.translate("Import", "The import was cancelled; nothing was written."))


def _workers() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def pool_workers(rows: int, pool_min_rows: int = POOL_MIN_ROWS) -> int:
    """Helper processes worth starting for ``rows`` rows: 0 for small files or one core."""
    workers = min(_workers(), -(-rows // CHUNK_ROWS))
    if rows < pool_min_rows or workers < 2:
        return 0
    return workers


def _context() -> BaseContext:
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class _Chunks:
    """Chunk results gathered in row order, with progress and cancel between chunks."""

    def __init__(
        self,
        total: int,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        sink: ChunkSink | None,
    ) -> None:
        self.total, self.progress, self.cancelled, self.sink = total, progress, cancelled, sink
        self.drafts: list[Draft] = []
        self.problems: list[Problem] = []
        self.done = 0

    def tick(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled
        if self.progress is not None:
            self.progress("check", self.done, self.total)

    def add(self, result: tuple[list[Draft], list[Problem]], rows: int) -> None:
        self.drafts += result[0]
        self.problems += result[1]
        self.done += rows
        self.tick()
        if self.sink is not None:
            self.sink(*result)


def _in_process(check: RowCheck, rows: list[list[str]], chunks: _Chunks, first: int = 0) -> None:
    for start in range(first, len(rows), CHUNK_ROWS):
        part = rows[start : start + CHUNK_ROWS]
        chunks.add(check_rows(check, part, start), len(part))


def _in_pool(check: RowCheck, rows: list[list[str]], chunks: _Chunks, workers: int) -> bool:
    """Check in helper processes; False (nothing gathered) when no pool could be used."""
    context = _context()
    try:
        pool = ProcessPoolExecutor(workers, mp_context=context)
    except (OSError, ValueError, NotImplementedError):
        return False
    futures: list[Future[Packed]] = []
    forked = context.get_start_method() == "fork"
    if forked:
        inherit(rows)
    try:
        for start in range(0, len(rows), CHUNK_ROWS):
            stop = start + CHUNK_ROWS
            if forked:
                futures.append(pool.submit(check_inherited_chunk, check, start, stop))
            else:
                futures.append(pool.submit(check_chunk, check, rows[start:stop], start))
        for index, future in enumerate(futures):
            try:
                result = future.result()
            except (BrokenProcessPool, OSError):
                _in_process(check, rows, chunks, index * CHUNK_ROWS)  # a helper died: finish here
                return True
            chunks.add(unpack(result), min(CHUNK_ROWS, len(rows) - index * CHUNK_ROWS))
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        inherit(None)
    return True


def validate_table(
    table: Table,
    mapping: ColumnMapping,
    options: RowOptions,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    pool_min_rows: int = POOL_MIN_ROWS,
    sink: ChunkSink | None = None,
) -> Validation:
    """Every row of ``table`` checked: the drafts to import and every problem, in row order.

    ``sink`` gets each chunk's drafts and problems as soon as they are in, while helper
    processes go on with the next chunks (the problems about whole columns are not in them).
    """
    with paused_collection():
        check, problems = plan_check(table, mapping, options)
        chunks = _Chunks(len(table.rows), progress, cancelled, sink)
        chunks.tick()
        workers = pool_workers(len(table.rows), pool_min_rows)
        if not workers or not _in_pool(check, table.rows, chunks, workers):
            _in_process(check, table.rows, chunks)
        return Validation(chunks.drafts, problems + chunks.problems)
