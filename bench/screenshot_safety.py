"""Shows File ▸ Backups… or Contact ▸ History… over the main window, or writes a person-record PDF.

    ../shared/tools/xshot -s 1400x860 docs/screenshots/backups-dialog.png \\
        python bench/screenshot_safety.py --backups
    ../shared/tools/xshot -s 1400x860 docs/screenshots/contact-history.png \\
        python bench/screenshot_safety.py --history
    python bench/screenshot_safety.py --record bench/out/person-record.pdf
    pdftoppm -png -r 80 -f 1 -l 1 -singlefile bench/out/person-record.pdf docs/screenshots/report-person-record

Works on a copy of ``bench/out/screenshots.sqlite3`` (see screenshot_window.py) in a
temporary folder, with backups of several kinds and an edit history for the
showcase contact, so the demo database itself is never changed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from sqlalchemy import select, update

sys.path.insert(0, str(Path(__file__).parent))
from screenshot_window import database, screenshot_application, showcase_contact
from segdesk.services import contact_bulk, contacts, privacy
from segdesk.store.backup import backup_sqlite
from segdesk.store.database import Store, open_store
from segdesk.store.models import AuditEntry, ConsentRecord, TeamMember
from segdesk.ui import qt_fixes  # noqa: F401 - as the app has it
from segdesk.ui.audit_dialog import HistoryDialog
from segdesk.ui.backups_dialog import open_backups_dialog
from segdesk.ui.main_window import MainWindow

TODAY = date(2026, 11, 24)
BACKUPS = (
    ("daily", datetime(2026, 11, 24, 8, 41, 12)),
    ("before-import", datetime(2026, 11, 21, 16, 5, 40)),
    ("daily", datetime(2026, 11, 21, 8, 37, 2)),
    ("before-delete", datetime(2026, 11, 19, 11, 22, 9)),
    ("daily", datetime(2026, 11, 19, 8, 45, 51)),
    ("manual", datetime(2026, 11, 14, 18, 2, 33)),
    ("daily", datetime(2026, 11, 14, 8, 39, 17)),
    ("before-migration", datetime(2026, 11, 10, 9, 1, 5)),
)


def working_copy() -> Path:
    """The demo database copied to a fresh folder (so backups and edits stay out of bench/out)."""
    source = database()
    path = source.sqlite_path
    assert path is not None
    with source.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    source.close()
    folder = Path(tempfile.mkdtemp(prefix="segdesk-shots-"))
    copy = folder / "shop.sqlite3"
    shutil.copyfile(path, copy)
    return copy


def make_backups(db: Path) -> None:
    for reason, moment in BACKUPS:
        backup_sqlite(db, db.parent / "backups", reason, now=moment)


def make_history(store: Store, contact_id: int) -> None:
    """A few weeks of changes by two colleagues, spread over time as they would be."""
    with store.sessions() as session:
        members = list(session.scalars(select(TeamMember.name).order_by(TeamMember.id).limit(2)))
    owner = members[0] if members else None
    steps: list[tuple[str, datetime]] = []

    def edit(changes: dict[str, object], actor: str, at: datetime) -> None:
        version = contacts.get_contact(store, contact_id, TODAY).version
        contacts.update_contact(
            store, contact_id, changes, expected_version=version, actor=actor, today=TODAY
        )
        steps.append((actor, at))

    edit({"job_title": "Head of purchasing", "stage": "loyal"}, "Marta Rossi", datetime(2026, 9, 3, 10, 12))
    edit({"phone": "+39 02 8721 4410", "postal_code": "20121"}, "giulia", datetime(2026, 9, 17, 15, 40))
    privacy.set_consent(store, contact_id, "email", True, actor="Marta Rossi", source="shop counter")
    steps.append(("Marta Rossi", datetime(2026, 10, 2, 11, 5)))
    edit({"birth_date": "1984-06-12", "language": "it"}, "giulia", datetime(2026, 10, 20, 9, 31))
    contact_bulk.add_tag(store, [contact_id], "fiera-2026", actor="Marta Rossi")
    steps.append(("Marta Rossi", datetime(2026, 11, 12, 17, 48)))
    if owner:
        contact_bulk.set_owner(store, [contact_id], owner, actor="giulia")
        steps.append(("giulia", datetime(2026, 11, 18, 14, 2)))
    privacy.set_consent(store, contact_id, "phone", False, actor="giulia", source="phone call")
    steps.append(("giulia", datetime(2026, 11, 23, 16, 20)))
    # Each service call stamped "now": move every step's rows to its moment in the story.
    with store.transaction() as session:
        ids = list(
            session.scalars(
                select(AuditEntry.id)
                .where(
                    AuditEntry.contact_id == contact_id,
                    AuditEntry.at >= datetime.now() - timedelta(minutes=5),
                )
                .order_by(AuditEntry.id)
            )
        )
        stamps = sorted({row for row in session.execute(
            select(AuditEntry.at).where(AuditEntry.id.in_(ids))
        ).scalars()})  # fmt: skip
        for stamp, (_actor, moment) in zip(stamps, steps, strict=False):
            session.execute(
                update(AuditEntry).where(AuditEntry.id.in_(ids), AuditEntry.at == stamp).values(at=moment)
            )


CONSENT_MOMENTS = (datetime(2026, 10, 2, 11, 5), datetime(2026, 11, 23, 16, 20))


def date_consent(store: Store, contact_id: int) -> None:
    with store.transaction() as session:
        records = session.scalars(
            select(ConsentRecord.id)
            .where(ConsentRecord.contact_id == contact_id)
            .order_by(ConsentRecord.id.desc())
        ).all()[: len(CONSENT_MOMENTS)]
        for record, moment in zip(reversed(records), CONSENT_MOMENTS, strict=False):
            session.execute(
                update(ConsentRecord).where(ConsentRecord.id == record).values(recorded_at=moment)
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--backups", action="store_true")
    which.add_argument("--history", action="store_true")
    which.add_argument("--record", type=Path, metavar="OUT.pdf")
    args = parser.parse_args()

    db = working_copy()
    store = open_store(db)
    contact_id = showcase_contact(store)
    make_history(store, contact_id)
    date_consent(store, contact_id)
    if args.record:
        pdf = privacy.person_data_pdf(
            store, contact_id, lang="en", now=datetime(2026, 11, 24, 15, 5), actor="Marta Rossi"
        )
        args.record.parent.mkdir(parents=True, exist_ok=True)
        args.record.write_bytes(pdf.data)
        print(f"{args.record}: {pdf.pages} pages")
        store.close()
        return 0
    make_backups(db)

    app = screenshot_application()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "segdesk.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings=settings, save_state=False)
    window.setGeometry(0, 0, 1400, 860)
    window.show()

    def show() -> None:
        row = window.model.row_of(contact_id)
        window.list_panel.select_row(row if row is not None else 0)
        if args.backups:
            dialog = open_backups_dialog(window)
            dialog.move(330, 170)
        else:
            name = window.details.details.full_name if window.details.details else ""
            history = HistoryDialog(store, contact_id, name, window, currency=window.currency_symbol())
            history.resize(940, 440)
            history.move(230, 190)
            history.show()

    QTimer.singleShot(800, show)
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
