"""The cyclic collector is paused during an import and comes back as it was."""

from __future__ import annotations

import gc
import threading

import pytest

from segdesk.io.collector import paused_collection


def test_paused_inside_and_restored_after_nested_uses_and_errors() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError, match="bad row"), paused_collection():
        assert not gc.isenabled()
        with paused_collection():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer use is still running
        raise ValueError("bad row")
    assert gc.isenabled()


def test_a_collector_someone_else_turned_off_stays_off() -> None:
    gc.disable()
    try:
        with paused_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_imports_in_threads_restore_it_when_the_last_ends() -> None:
    first_inside, second_done = threading.Event(), threading.Event()

    def first() -> None:
        with paused_collection():
            first_inside.set()
            second_done.wait(5)

    thread = threading.Thread(target=first)
    thread.start()
    first_inside.wait(5)
    with paused_collection():
        pass
    assert not gc.isenabled()  # the first import still runs
    second_done.set()
    thread.join(5)
    assert gc.isenabled()
