"""Long work off the GUI thread: service calls run on a QThreadPool, results come back as signals.

Every job has a *key* ("contact-list", "sidebar"...). Starting a job under a key
makes the earlier ones of that key stale: their results are dropped when they
arrive, so a slow count of an old search never overwrites a newer one. A runner
made with ``serial=True`` runs its jobs one after another in the order given
(writes, undo and redo), on one thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

__all__ = ["JobRunner"]

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Signals(QObject):
    # Only the job's number crosses threads; its result stays a Python attribute of the job
    # (a Python object sent through a queued signal can have its references miscounted).
    finished = Signal(int)


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its result has been delivered
        self.number = number
        self.work = work
        self.signals = signals
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work()
        except BaseException as exc:  # every failure is reported, on the GUI thread
            self.error = exc
        self.signals.finished.emit(self.number)


class JobRunner(QObject):
    """Runs functions on worker threads and calls back on the GUI thread, latest job per key only."""

    busyChanged = Signal(bool)
    jobFailed = Signal(str, object)  # key, exception: for jobs started without an error handler

    def __init__(self, parent: QObject | None = None, *, threads: int = 2, serial: bool = False) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1 if serial else threads)
        self._numbers = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._running: dict[int, tuple[str, _Job, Done | None, Failed | None]] = {}
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished)

    def run(
        self,
        key: str,
        work: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> int:
        """Start ``work()`` on a worker thread; ``on_done(result)`` follows unless a newer ``key`` job began.

        ``on_error(exception)`` gets a failure (else :attr:`jobFailed` is emitted).
        """
        number = next(self._numbers)
        job = _Job(number, work, self._signals)
        was_busy = bool(self._running)
        self._latest[key] = number
        self._running[number] = (key, job, on_done, on_error)
        self._pool.start(job)
        if not was_busy:
            self.busyChanged.emit(True)
        return number

    def submit(
        self, work: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> int:
        """Start ``work()`` whose result is always delivered (no key shared with other jobs)."""
        return self.run(f"job-{next(self._numbers)}", work, on_done, on_error)

    def forget(self, key: str) -> None:
        """Drop the result of the running ``key`` job, if any."""
        self._latest.pop(key, None)

    def is_busy(self, key: str | None = None) -> bool:
        if key is None:
            return bool(self._running)
        return any(entry[0] == key for entry in self._running.values())

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has finished (closing the window, tests); deliveries follow as events."""
        return self._pool.waitForDone(msecs)

    @Slot(int)
    def _on_finished(self, number: int) -> None:
        entry = self._running.pop(number, None)
        if entry is None:
            return
        key, job, on_done, on_error = entry
        current = self._latest.get(key) == number
        if current:
            del self._latest[key]
        if not self._running:
            self.busyChanged.emit(False)
        if not current:
            return  # overtaken by a newer job of the same key
        if job.error is not None:
            if on_error is not None:
                on_error(job.error)
            else:
                self.jobFailed.emit(key, job.error)
        elif on_done is not None:
            on_done(job.result)
