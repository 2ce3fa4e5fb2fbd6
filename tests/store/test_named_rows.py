"""Tags and needs are created once by name, even when two people add the same new tag at once."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from segdesk.store.database import Store, open_store
from segdesk.store.models import Need, Tag
from segdesk.store.named_rows import named_ids


def test_names_are_created_once_and_found_again(store: Store) -> None:
    with store.transaction() as session:
        first = named_ids(session, Tag, ["vip", "fiera-2026"])
    with store.transaction() as session:
        again = named_ids(session, Tag, ["fiera-2026", "vip", "nuovo"])
        needs = named_ids(session, Need, ["vip"])
    assert {k: again[k] for k in first} == first and "nuovo" in again
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Tag)) == 3
        assert session.scalar(select(func.count()).select_from(Need)) == 1
    assert set(needs) == {"vip"}


def test_two_people_adding_the_same_new_tag_at_once_both_succeed(postgres_url: str) -> None:
    stores = [open_store(postgres_url) for _ in range(2)]
    first_inserted, release = threading.Event(), threading.Event()
    results: dict[str, int] = {}
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with stores[0].transaction() as session:
                results["first"] = named_ids(session, Tag, ["saldi-inverno"])["saldi-inverno"]
                first_inserted.set()
                release.wait(10)  # hold the new row uncommitted while the second person adds it too
        except BaseException as exc:
            errors.append(exc)
            first_inserted.set()

    def second() -> None:
        try:
            first_inserted.wait(10)
            with stores[1].transaction() as session:
                results["second"] = named_ids(session, Tag, ["saldi-inverno"])["saldi-inverno"]
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    threads[1].join(0.5)  # the second insert now waits on the first transaction's row
    release.set()
    for thread in threads:
        thread.join(20)
    for opened in stores:
        opened.close()
    assert not errors, errors
    assert results["first"] == results["second"]
