"""The main window on a 1,000,000-contact database: first page, jump to the last row, memory.

    python bench/main_window_bench.py [--contacts 1000000] [--seed 1] [--runs 5] [--append-doc]

Uses ``bench/out/demo-<N>.sqlite3`` (made once with ``generate_demo``, which takes about
15 minutes for a million contacts; reused when present). In one process it times:

- **first page visible**: ``MainWindow(store)`` built, shown, and its table painted with the
  first rows (a paint event of the table's viewport after the rows were read);
  next to a bare ``QTableView`` on a ``QStandardItemModel`` of 200 rows, built, shown and painted;
- **jump to the last row**: Ctrl+End on the table (``select_row(count - 1)``), until the
  rows at the bottom are painted; next to the raw SQL of that page
  (``SELECT … ORDER BY sort_name, id LIMIT 200 OFFSET count - 200`` through ``sqlite3``);
- **a search** typed in the box, until its count and first page are shown (off the GUI
  thread: the longest the GUI thread was blocked meanwhile is printed too);
- **resident memory** after all of it (``VmRSS`` and the peak ``VmHWM`` from /proc/self/status,
  else ``getrusage``), next to the process before the window was opened.

Budgets (issue 4): first page < 1 s, jump < 100 ms, memory < 400 MB. ``--append-doc`` adds
the figures to docs/benchmarks.md under "Main window".
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from segdesk.services.demo import generate_demo
from segdesk.store.database import Store, open_store
from segdesk.ui import qt_fixes  # noqa: F401 - the PySide 6.12 reference fix, as the app has it
from segdesk.ui.main_window import MainWindow

OUT = Path(__file__).with_name("out")
DOC = Path(__file__).parent.parent / "docs" / "benchmarks.md"
BUDGET_FIRST_PAGE = 1.0
BUDGET_JUMP = 0.100
BUDGET_MEMORY_MB = 400


def memory_mb() -> tuple[float, float]:
    """(resident now, peak) in MB."""
    status = Path("/proc/self/status")
    if status.is_file():
        fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024
    return peak_mb, peak_mb


def database(contacts: int, seed: int) -> Path:
    path = OUT / f"demo-{contacts}.sqlite3"
    if path.is_file():
        return path
    OUT.mkdir(exist_ok=True)
    partial = OUT / f"demo-{contacts}.partial.sqlite3"
    for stale in OUT.glob(partial.name + "*"):
        stale.unlink()
    print(f"generating {contacts:,} demo contacts into {path} (once; minutes)…", flush=True)
    store = open_store(partial)
    try:
        generate_demo(store, contacts, seed, today=date(2026, 11, 1))
    finally:
        store.close()
    partial.replace(path)
    return path


class PaintWatch(QObject):
    """Notes when a widget was last painted."""

    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.painted = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted += 1
        return False


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there in time")


class Stall(QObject):
    """The longest gap between ticks of a 5 ms timer: how long the GUI thread was busy at once."""

    def __init__(self) -> None:
        super().__init__()
        self.longest = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest = 0.0
        self._clock.start()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.longest

    def _tick(self) -> None:
        self.longest = max(self.longest, self._clock.restart() / 1000)


def reference_table(app: QApplication) -> float:
    start = time.perf_counter()
    model = QStandardItemModel(200, 7)
    for row in range(200):
        for column in range(7):
            model.setItem(row, column, QStandardItem(f"Cell {row}:{column}"))
    view = QTableView()
    view.setModel(model)
    view.resize(1400, 860)
    watch = PaintWatch(view.viewport())
    view.show()
    wait_until(app, lambda: watch.painted > 0)
    elapsed = time.perf_counter() - start
    view.close()
    view.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return elapsed


def reference_sql(path: Path, count: int) -> float:
    connection = sqlite3.connect(path)
    try:
        start = time.perf_counter()
        rows = connection.execute(
            "SELECT id, full_name, company_name, email, phone, city, last_contact_at, total_spent_cents "
            "FROM contacts ORDER BY sort_name, id LIMIT 200 OFFSET ?",
            (count - 200,),
        ).fetchall()
        elapsed = time.perf_counter() - start
    finally:
        connection.close()
    assert len(rows) == 200
    return elapsed


def open_window(app: QApplication, store: Store, settings: QSettings) -> tuple[MainWindow, float]:
    start = time.perf_counter()
    window = MainWindow(store, settings=settings, save_state=False)
    watch = PaintWatch(window.list_panel.table.viewport())
    window.show()
    wait_until(app, lambda: watch.painted > 0 and window.model.rowCount() > 0)
    elapsed = time.perf_counter() - start
    assert window.model.index(0, 0).data(), "the first row is painted with its name"
    return window, elapsed


def jump_to_last(app: QApplication, window: MainWindow) -> float:
    table = window.list_panel.table
    watch = PaintWatch(table.viewport())
    last = window.model.rowCount() - 1
    start = time.perf_counter()
    window.list_panel.select_row(last)
    table.viewport().repaint()  # paints now, reading the last page if needed
    app.processEvents()
    elapsed = time.perf_counter() - start
    assert watch.painted > 0 and window.model.index(last, 0).data()
    window.list_panel.select_row(0)
    table.viewport().repaint()
    window.model.refresh()  # forget the pages read, so each run reads the last page again
    wait_until(app, lambda: not window.model.loading)
    return elapsed


def search(app: QApplication, window: MainWindow, text: str) -> tuple[float, float, int]:
    stall = Stall()
    stall.start()
    start = time.perf_counter()
    window.list_panel.search_edit.setText(text)
    window.list_panel.apply_search()
    wait_until(app, lambda: not window.model.loading and window.model.query.search == text)
    table = window.list_panel.table
    table.viewport().repaint()
    elapsed = time.perf_counter() - start
    longest = stall.stop()
    found = window.model.rowCount()
    window.list_panel.search_edit.clear()
    window.list_panel.apply_search()
    wait_until(app, lambda: not window.model.loading)
    return elapsed, longest, found


def close(app: QApplication, window: MainWindow) -> None:
    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # processEvents() leaves these
    app.processEvents()
    gc.collect()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--search", default="rossi")
    parser.add_argument("--append-doc", action="store_true")
    args = parser.parse_args()

    path = database(args.contacts, args.seed)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    settings = QSettings(str(OUT / "main-window-bench.ini"), QSettings.Format.IniFormat)
    settings.clear()
    rss_before, _ = memory_mb()

    start = time.perf_counter()
    store = open_store(path)
    open_seconds = time.perf_counter() - start
    count = 0
    first_pages, references, jumps, sql_pages, searches = [], [], [], [], []
    stalls, found = [], 0
    try:
        # The window a user keeps open: opened, jumped to the end, searched; memory read with it open.
        window, _seconds = open_window(app, store, settings)
        jump_to_last(app, window)
        search(app, window, args.search)
        rss, peak = memory_mb()
        close(app, window)
        for _run in range(args.runs):
            window, seconds = open_window(app, store, settings)
            first_pages.append(seconds)
            references.append(reference_table(app))
            count = window.model.rowCount()
            for _jump in range(3):
                jumps.append(jump_to_last(app, window))
                sql_pages.append(reference_sql(path, count))
            took, longest, found = search(app, window, args.search)
            searches.append(took)
            stalls.append(longest)
            close(app, window)
        _rss_end, peak_end = memory_mb()
    finally:
        store.close()

    first, reference = min(first_pages), min(references)
    jump, sql_page = statistics.median(jumps), statistics.median(sql_pages)
    typed, stall = statistics.median(searches), max(stalls)
    lines = [
        f"contacts: {count:,} ({path.name}, {path.stat().st_size / 1e9:.1f} GB); "
        f"store opened in {open_seconds:.2f} s",
        f"first page visible: {first * 1000:.0f} ms (best of {args.runs}); bare QTableView + "
        f"QStandardItemModel(200 rows): {reference * 1000:.0f} ms; ratio {first / reference:.1f}×; "
        f"budget {BUDGET_FIRST_PAGE * 1000:.0f} ms: {'ok' if first < BUDGET_FIRST_PAGE else 'OVER'}",
        f"jump to last row: {jump * 1000:.1f} ms (median of {len(jumps)}); raw SQL page: "
        f"{sql_page * 1000:.1f} ms; ratio {jump / sql_page:.1f}×; budget {BUDGET_JUMP * 1000:.0f} ms: "
        f"{'ok' if jump < BUDGET_JUMP else 'OVER'}",
        f"search “{args.search}” ({found:,} found): {typed * 1000:.0f} ms to count and show "
        f"(median), GUI thread blocked at most {stall * 1000:.0f} ms meanwhile",
        f"resident memory: {rss:.0f} MB with the window open (peak {peak:.0f} MB; {rss_before:.0f} MB "
        f"before the window, code loaded); budget {BUDGET_MEMORY_MB} MB: "
        f"{'ok' if peak < BUDGET_MEMORY_MB else 'OVER'}; "
        f"peak after {args.runs} more windows opened and closed: {peak_end:.0f} MB",
    ]
    for line in lines:
        print(line)
    if args.append_doc:
        append_doc(
            args, first, reference, jump, sql_page, typed, stall, (rss, peak, rss_before), found, count
        )
    return 0


def append_doc(
    args: argparse.Namespace,
    first: float,
    reference: float,
    jump: float,
    sql_page: float,
    typed: float,
    stall: float,
    memory: tuple[float, float, float],
    found: int,
    count: int,
) -> None:
    rss, peak, before = memory
    machine = (
        f"{os.cpu_count()}-core {platform.machine()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )
    from PySide6 import __version__ as pyside

    rows = "\n".join(
        [
            "| measure | segdesk | reference in the same process | ratio | budget |",
            "| --- | ---: | ---: | ---: | ---: |",
            f"| first page visible | {first * 1000:.0f} ms | bare QTableView, 200-row QStandardItemModel: "
            f"{reference * 1000:.0f} ms | {first / reference:.1f}× | < 1,000 ms |",
            f"| jump to the last row | {jump * 1000:.1f} ms | raw SQL page "
            f"(LIMIT 200 OFFSET {count - 200:,}): {sql_page * 1000:.1f} ms | "
            f"{jump / sql_page:.1f}× | < 100 ms |",
            f"| search “{args.search}” ({found:,} found), count and first page | {typed * 1000:.0f} ms "
            f"(GUI thread blocked ≤ {stall * 1000:.0f} ms) | – | – | never freezes |",
            f"| resident memory, window open | {rss:.0f} MB (peak {peak:.0f} MB) | the same process before "
            f"the window (Qt, SQLAlchemy, segdesk loaded): {before:.0f} MB | – | < 400 MB |",
        ]
    )
    section = f"""
## Main window

```
python bench/main_window_bench.py --contacts {args.contacts} --runs {args.runs} --append-doc
```

The window opened on the {count:,}-contact demo database (offscreen platform,
{machine}, PySide {pyside}; a shared machine, so ±30%).
"First page visible" runs from `MainWindow(store)` to the first paint of
the table with its rows (best of {args.runs}); "jump" from selecting the last row (what Ctrl+End
does) to its page painted, the page read anew each time (median of {3 * args.runs}). Memory is the
whole process (Python, Qt, SQLAlchemy, SQLite's cache) with the window open after a jump and a
search.

{rows}

- The list never holds the million rows: one count, then pages of 200 read by keyset while
  scrolling, by index offset after a jump, and backwards from the end for the second half of the
  list (the last page costs as little as the first; the reference `OFFSET 999,800` walks the
  whole index). An LRU of 64 pages is kept.
- Counting a search and reading its first page (and where the selected contact now is) run on a
  worker thread (`ui/workers.py`); the old list stays on screen meanwhile and a result overtaken
  by newer typing is dropped. A search scans the table (no full-text index), hence the time.
- Of the memory before the window opens, about 135 MB is phonenumbers' region names for every
  language, loaded by `io/countries.py` when the window's modules are imported.
"""
    text = DOC.read_text(encoding="utf-8") if DOC.is_file() else "# Benchmarks\n"
    if "\n## Main window\n" in text:
        head, _old, tail = text.partition("\n## Main window\n")
        rest = tail.split("\n## ", 1)
        text = head + section.rstrip() + "\n" + ("\n## " + rest[1] if len(rest) > 1 else "")
    else:
        text = text.rstrip() + "\n" + section
    DOC.write_text(text, encoding="utf-8")
    print(f"appended to {DOC}")


if __name__ == "__main__":
    raise SystemExit(main())
