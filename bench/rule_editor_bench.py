"""Rule editor responsiveness: from a drop to the count on screen, and the GUI thread while counting.

    python bench/rule_editor_bench.py [--contacts 100000] [--big 1000000] [--runs 10] [--seconds 1.0]

On the ``--contacts`` demo database (``bench/out/demo-N.sqlite3``, generated with
``generate_demo`` when missing), the editor shows a nested rule; each run drops a
condition into another group through the model (what a real drop does) and times:

- *drop -> count on screen*: until the total label shows the new count and has painted;
- the engine's own ``count_rules`` for the same rule, called directly (no Qt), and a raw
  ``SELECT count(*) FROM contacts`` through sqlite3 on the same file: the floors.

On the ``--big`` database it records, with a QTimer heartbeat every 5 ms on the GUI
thread, the longest gap between beats while the editor counts (several drops back to
back), next to the same heartbeat in a bare Qt window doing nothing, and in a bare window
while a plain thread runs a raw SQL count. A gap is the time the GUI thread could not
react (paint, keys). Targets: drop -> screen under 100 ms at 100k; no gap over 50 ms at 1M.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from common import demo_store
from segdesk.domain.rules import Condition, to_json
from segdesk.services.segment_drafts import SegmentDraft
from segdesk.services.segments import count_rules
from segdesk.store.database import Store
from segdesk.ui import qt_fixes  # noqa: F401
from segdesk.ui.rule_editor import RuleEditorWindow

TODAY = date(2026, 11, 1)
BEAT_MS = 5
RULES: dict[str, Any] = {
    "version": 1,
    "match": "all",
    "rules": [
        {"field": "region", "op": "in", "value": ["Lombardia", "Piemonte", "Île-de-France"]},
        {"field": "last_contact_at", "op": "older_than", "value": {"amount": 90, "unit": "days"}},
        {
            "match": "any",
            "rules": [
                {"field": "products", "op": "includes_any", "value": ["ESPRESSO-1"]},
                {"field": "tags", "op": "includes_all", "value": ["vip"]},
            ],
        },
        {"field": "total_spent", "op": "gte", "value": 200, "window": {"amount": 12, "unit": "months"}},
    ],
}


class Heartbeat(QObject):
    """A 5 ms timer on the GUI thread; ``gaps`` are the times between its beats (ms)."""

    def __init__(self) -> None:
        super().__init__()
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps, default=0.0)


class ShownWatch(QObject):
    """When the editor set a new count on its label, and when the label then painted it."""

    def __init__(self, editor: RuleEditorWindow) -> None:
        super().__init__(editor)
        self.editor = editor
        self.shown_at: float | None = None
        self.painted_at: float | None = None
        editor.countShown.connect(self._shown)
        editor.total_label.installEventFilter(self)

    def _shown(self, _count: object) -> None:
        if self.shown_at is None:
            self.shown_at = time.perf_counter()

    def done(self) -> bool:
        return self.painted_at is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.shown_at is not None and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False

    def detach(self) -> None:
        self.editor.countShown.disconnect(self._shown)
        self.editor.total_label.removeEventFilter(self)


def wait(app: QApplication, done: Callable[[], bool], timeout: float = 120.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the editor did not finish counting")
        app.processEvents()
        time.sleep(0.0005)


def open_editor(app: QApplication, store: Store) -> RuleEditorWindow:
    editor = RuleEditorWindow(store, SegmentDraft(name="Bench", rules=RULES), today=TODAY)
    editor.resize(1440, 860)
    editor.show()
    wait(app, lambda: editor._last_count is not None and not editor.counter.busy())
    editor.pool.waitForDone()
    app.processEvents()
    return editor


def drop_once(editor: RuleEditorWindow) -> None:
    """Move the last root condition into the nested group, or back out: one drop."""
    model = editor.model
    root = model.index(0, 0)
    if len(model.root.rules) == 4:
        data = model.mimeData([model.index_of_path((3,))])
        model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of_path((2,)))
    else:
        data = model.mimeData([model.index_of_path((2, 0))])
        model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, root)


def time_drops(app: QApplication, editor: RuleEditorWindow, runs: int) -> tuple[list[float], list[float]]:
    """Drop -> count label set, and drop -> label painted (ms)."""
    to_text, to_paint = [], []
    for _ in range(runs):
        watch = ShownWatch(editor)
        start = time.perf_counter()
        drop_once(editor)
        wait(app, watch.done)
        assert watch.shown_at is not None and watch.painted_at is not None
        to_text.append((watch.shown_at - start) * 1000)
        to_paint.append((watch.painted_at - start) * 1000)
        watch.detach()
        editor.pool.waitForDone()
        app.processEvents()
    return to_text, to_paint


def best(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def raw_count(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM contacts").fetchone()[0])
    finally:
        connection.close()


def bare_heartbeat(
    app: QApplication, seconds: float, background: Callable[[], object] | None = None
) -> float:
    """The longest heartbeat gap in a bare window (optionally while ``background`` runs in a thread)."""
    window = QLabel("bare")
    window.resize(300, 100)
    window.show()
    beat = Heartbeat()
    beat.start()
    worker = None
    if background is not None:
        worker = threading.Thread(target=lambda: [background() for _ in range(3)])
        worker.start()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end or (worker is not None and worker.is_alive()):
        app.processEvents()
        time.sleep(0.0005)
    gap = beat.stop()
    window.close()
    return gap


def stall_while_counting(
    app: QApplication, store: Store, edits: int
) -> tuple[float, list[float], int, float]:
    """Longest heartbeat gap while an editor counts from scratch: its first count (every
    condition read), ``edits`` value edits (one condition read again each) and a full
    recount after forgetting everything; the duration of each count (ms)."""
    editor = RuleEditorWindow(store, SegmentDraft(name="Bench", rules=RULES), today=TODAY)
    editor.resize(1440, 860)
    shown = time.perf_counter()
    editor.show()
    app.processEvents()  # the window's first layout and paint: not counting, timed apart
    first_paint = (time.perf_counter() - shown) * 1000
    beat = Heartbeat()
    beat.start()
    durations: list[float] = []

    def counted(work: Callable[[], None]) -> None:
        shown: list[float] = []
        editor.countShown.connect(lambda count: shown.append(count.seconds))
        work()
        wait(app, lambda: bool(shown) and not editor.counter.busy(), timeout=600)
        editor.countShown.disconnect()
        durations.append(shown[-1] * 1000)

    counted(lambda: None)  # the first count, started by opening the editor
    path = (3,)
    for amount in range(edits):
        condition = editor.model.node(path)
        assert isinstance(condition, Condition)
        state = (condition.field, condition.op, 300 + 100 * amount, condition.window)
        counted(lambda state=state: editor.model.edit_condition(path, state))
    editor.counter.tree_counter.forget()
    counted(lambda: editor.model.set_match((2,), "all"))
    editor.pool.waitForDone()
    gap = beat.stop()
    beats = len(beat.gaps)
    editor.undo_stack.setClean()
    editor.close()
    return gap, durations, beats, first_paint


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--big", type=int, default=1_000_000, help="0 to skip the stall measurement")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=1.0, help="bare heartbeat duration")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)

    store = demo_store(args.contacts)
    path = store.sqlite_path
    assert path is not None
    editor = open_editor(app, store)
    to_text, to_paint = time_drops(app, editor, args.runs)
    engine = best(args.runs, lambda: count_rules(store, to_json(editor.model.root), TODAY))
    raw = best(args.runs, lambda: raw_count(path))
    screen = statistics.median(to_paint)
    print(f"\n== {args.contacts:,} contacts, {args.runs} drops ==")
    text = statistics.median(to_text)
    print(f"drop -> count label set   median {text:7.1f} ms   worst {max(to_text):7.1f} ms")
    print(f"drop -> label painted     median {screen:7.1f} ms   worst {max(to_paint):7.1f} ms")
    print(f"engine count_rules alone  best   {engine:7.1f} ms   (one SQL query, every node)")
    print(f"raw SELECT count(*)       best   {raw:7.1f} ms")
    print(f"ratio screen/engine {screen / engine:5.2f}x   screen/raw {screen / raw:6.1f}x")
    editor.undo_stack.setClean()
    editor.close()
    store.close()

    if args.big:
        big = demo_store(args.big)
        big_path = big.sqlite_path
        assert big_path is not None
        idle = bare_heartbeat(app, args.seconds)
        beside_raw = bare_heartbeat(app, args.seconds, lambda: raw_count(big_path))
        gap, durations, beats, first_paint = stall_while_counting(app, big, 3)
        first, edits, full = durations[0], durations[1:-1], durations[-1]
        print(f"\n== {args.big:,} contacts: GUI thread heartbeat every {BEAT_MS} ms ==")
        print(f"bare window, idle              longest gap {idle:6.1f} ms")
        print(f"bare window, raw count thread  longest gap {beside_raw:6.1f} ms")
        print(f"editor counting ({beats} beats)     longest gap {gap:6.1f} ms")
        print(f"  (showing the editor window, its first layout and paint, before: {first_paint:.0f} ms)")
        print(f"  first count {first:,.0f} ms; value edits {', '.join(f'{d:,.0f}' for d in edits)} ms;"
              f" full recount {full:,.0f} ms")  # fmt: skip
        ratio_idle, ratio_raw = gap / max(idle, 0.001), gap / max(beside_raw, 0.001)
        print(f"ratio editor/bare idle {ratio_idle:5.2f}x   editor/bare+raw thread {ratio_raw:5.2f}x")
        big.close()


if __name__ == "__main__":
    main()
