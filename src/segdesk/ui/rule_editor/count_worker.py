"""Work off the GUI thread: counts, previews, explanations and value lists.

A :class:`Job` runs one service call on a :class:`QThreadPool` thread. Service calls
open their own session (SQLAlchemy hands each thread its own connection), so the GUI
thread never waits on the database. Results come back as a queued signal carrying
the *generation* they were asked for; :class:`LiveCounter` drops any result older
than the tree the user is looking at, and never runs more than one count at a time:
a change during a count waits for it, then only the newest tree is counted. Counting
itself is :class:`segdesk.services.rule_counting.TreeCounter`: conditions read once, groups
combined in memory, so a drop recounts without touching the database.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from segdesk.domain.rules import Path
from segdesk.services.databases import Store, StoreError
from segdesk.services.errors import OperationFailed, UserError
from segdesk.services.rule_counting import TreeCounter, warm_up
from segdesk.services.rule_editing import Countable, countable
from segdesk.services.segments import CountResult

__all__ = ["DEBOUNCE_MS", "Job", "LiveCounter", "TreeCount", "run_job"]

DEBOUNCE_MS = 150  # typing in a value box: count once the user pauses
log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread, child of the job's owner: the worker emits its signals, which
    Qt queues to the GUI thread, where they reach plain callables. Only the GUI thread ever
    deletes it (``deleteLater`` once delivered, or with its owner), never the worker."""

    finished = Signal(int, object)
    broke = Signal(int, str)

    def __init__(
        self, owner: QObject, on_done: Callable[[int, Any], None], on_failed: Callable[[int, str], None]
    ) -> None:
        super().__init__(owner)
        self._on_done, self._on_failed = on_done, on_failed
        self.finished.connect(self._deliver_done)
        self.broke.connect(self._deliver_failure)

    @Slot(int, object)
    def _deliver_done(self, generation: int, result: object) -> None:
        self.deleteLater()
        self._on_done(generation, result)

    @Slot(int, str)
    def _deliver_failure(self, generation: int, message: str) -> None:
        self.deleteLater()
        self._on_failed(generation, message)


class Job(QRunnable):
    """``work()`` on a pool thread; its outcome goes to the relay's signals."""

    def __init__(self, generation: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.generation = generation
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except (UserError, OperationFailed, StoreError) as exc:
            self.relay.broke.emit(self.generation, str(exc))
        except Exception as exc:  # a bug must not kill the pool thread silently
            log.exception("background job failed")
            message = QCoreApplication.translate("RuleEditor", "Could not count: %1").replace("%1", str(exc))
            self.relay.broke.emit(self.generation, message)
        else:
            self.relay.finished.emit(self.generation, result)


def run_job(
    pool: QThreadPool,
    generation: int,
    work: Callable[[], Any],
    on_done: Callable[[int, Any], None],
    on_failed: Callable[[int, str], None],
    owner: QObject,
) -> Job:
    """Start ``work()`` on ``pool``; its result reaches ``on_done``/``on_failed`` on the GUI thread.

    ``pool`` must be deleted before ``owner`` (a child created earlier of the same parent, or
    the owner's parent): deleting a pool waits for its jobs, so no job outlives its relay.
    """
    job = Job(generation, work, _Relay(owner, on_done, on_failed))
    pool.start(job)
    return job


@dataclass(frozen=True)
class TreeCount:
    """A finished count, already mapped onto the edited tree's node uids."""

    generation: int
    result: CountResult
    counts: dict[int, int]  # uid -> own count
    skipped: int  # incomplete conditions left out
    seconds: float  # from the request to the result


class LiveCounter(QObject):
    """Counts the rule after every edit: at once for a structural change, after a pause for typing."""

    counted = Signal(object)  # TreeCount
    failed = Signal(str)
    started = Signal()

    def __init__(
        self,
        store: Store,
        snapshot: Callable[[], tuple[Countable, dict[Path, int]]],
        today: date,
        pool: QThreadPool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.tree_counter = TreeCounter(store, today)
        warm_up()  # helper processes take a second to start: not at the first count
        self._snapshot = snapshot
        self._pool = pool
        self.generation = 0
        self._running: int | None = None  # generation of the count in flight
        self._wanted = False  # a newer tree is waiting for the one in flight
        self._asked: dict[int, tuple[float, dict[Path, int], Countable]] = {}
        self._job: Job | None = None  # kept alive until its result arrives
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.count_now)

    def schedule(self, *, immediate: bool) -> None:
        """The tree changed: count it now (a drop, a new operator) or after a pause (typing)."""
        self.generation += 1
        if immediate:
            self._timer.stop()
            self.count_now()
        else:
            self._timer.start()

    def busy(self) -> bool:
        return self._running is not None or self._timer.isActive() or self._wanted

    def count_now(self) -> None:
        self._timer.stop()
        if self._running is not None:
            self._wanted = True
            return
        generation = self.generation
        plan, uids = self._snapshot()
        self._asked = {generation: (time.perf_counter(), uids, plan)}
        self._running = generation
        counter, doc = self.tree_counter, plan.doc
        self.started.emit()
        self._job = run_job(
            self._pool, generation, lambda: counter.count(doc), self._done, self._failed, self
        )

    def _next(self) -> bool:
        self._running = None
        self._job = None
        if self._wanted:
            self._wanted = False
            self.count_now()
            return True
        return False

    def _done(self, generation: int, result: CountResult) -> None:
        asked = self._asked.pop(generation, None)
        if self._next() or generation != self.generation or asked is None:
            return  # stale: the tree changed meanwhile
        started, uids, plan = asked
        counts = {uids[plan.paths[p]]: n for p, n in result.nodes.items() if plan.paths.get(p) in uids}
        elapsed = time.perf_counter() - started
        self.counted.emit(TreeCount(generation, result, counts, plan.skipped, elapsed))

    def _failed(self, generation: int, message: str) -> None:
        self._asked.pop(generation, None)
        if self._next() or generation != self.generation:
            return
        self.failed.emit(message)


def countable_snapshot(model: Any, segment_names: list[str] | None) -> tuple[Countable, dict[Path, int]]:
    """What to count for the model's tree now, and each path's node uid (taken on the GUI thread)."""
    return countable(model.root, model.catalogue, segment_names=segment_names), model.uids_by_path()
