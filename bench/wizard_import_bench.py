"""The Import wizard's two steps on a 100,000-row CSV: check (a dry run), then import.

    python bench/wizard_import_bench.py [--rows 100000] [--runs 2]

The wizard runs both steps on a worker thread, so its helper processes are started with
spawn, as they always are on Windows and macOS. Printed side by side, in this process:

- the wizard's way: the dry run checks the rows once and the import reuses that check;
- the reference: both steps checking every row (what the wizard did before).

Nothing heavy is imported at the top of this file: spawned helpers import the starting
script again, as they import the ``segdesk`` launcher, and that should cost them nothing.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _on_worker_thread(work: Callable[..., Any], *args: Any) -> Any:
    """``work(*args)`` run on another thread, as the wizard runs it (which makes the pool use spawn)."""
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(work(*args)))
    thread.start()
    thread.join()
    return result[0]


def _two_steps(store: Any, path: Path, reuse: bool) -> tuple[float, float, Any]:
    from import_bench import TODAY
    from segdesk.services.imports import ImportOptions, import_table, propose, read_source

    table = read_source(path, language="it")
    mapping = propose(store, table)
    choice = ImportOptions(today=TODAY, country="IT", language="it")
    start = time.perf_counter()
    dry = import_table(store, table, mapping, choice, file_name=path.name, dry_run=True)
    middle = time.perf_counter()
    checked = dry.checked if reuse else None
    report = import_table(store, table, mapping, choice, file_name=path.name, checked=checked)
    end = time.perf_counter()
    return middle - start, end - middle, report


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()

    from import_bench import make_rows, write_csv
    from segdesk.store.database import open_store

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "contacts.csv"
        write_csv(source, make_rows(args.rows, seed=1))
        print(f"{args.rows} rows; both steps on a worker thread (helpers started with spawn)")
        for run in range(args.runs):
            for reuse in (True, False):
                store = open_store(work / f"wizard-{run}-{reuse}.sqlite3")
                dry_s, real_s, report = _on_worker_thread(_two_steps, store, source, reuse)
                store.close()
                assert report.created == args.rows, report.problems[:3]
                name = "check reused " if reuse else "checked twice"
                total = dry_s + real_s
                print(f"  {name}: check {dry_s:.2f} s + import {real_s:.2f} s = {total:.2f} s", end="")
                if reuse:
                    reused_total = total
                    print()
                else:
                    print(f"  (reuse takes {reused_total / total:.2f}x of this)")


if __name__ == "__main__":
    main()
