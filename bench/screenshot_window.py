"""Shows the real main window (and optionally a contact editor) on a demo database, for screenshots.

    ../shared/tools/xshot -s 1400x860 docs/screenshots/main-window.png python bench/screenshot_window.py
    ../shared/tools/xshot -s 1400x1050 docs/screenshots/contact-editor.png \\
        python bench/screenshot_window.py --editor --height 1050
    SEGDESK_THEME=dark ../shared/tools/xshot -s 1400x860 docs/screenshots/main-window-dark.png \\
        python bench/screenshot_window.py
    SEGDESK_LANG=pl ../shared/tools/xshot -s 1400x860 docs/screenshots/main-window-pl.png \\
        python bench/screenshot_window.py
    SEGDESK_LANG=pseudo ../shared/tools/xshot -s 1400x900 docs/screenshots/pseudo-contact-editor.png \\
        python bench/screenshot_window.py --editor --natural --height 900

``SEGDESK_LANG`` picks the language (``pseudo``: pseudo-localised English, to find cut text);
English and pseudo use Irish formats (€, day/month/year), other languages their own.

The database is ``bench/out/screenshots.sqlite3``: 2,000 demo contacts (seed 1), made once.
Window state goes to a throw-away settings file, so the user's layout is never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from segdesk.services.demo import generate_demo
from segdesk.services.segments import save_segment
from segdesk.store.database import Store, open_store
from segdesk.store.models import Contact, Interaction, Setting
from segdesk.ui import qt_fixes  # noqa: F401 - as the app has it
from segdesk.ui.icons import app_icon
from segdesk.ui.main_window import MainWindow
from segdesk.ui.theme import apply_theme, wants_dark
from segdesk.ui.translation import install_translators

OUT = Path(__file__).with_name("out")
TODAY = date(2026, 11, 24)
SEGMENTS = (
    ("Lapsed customers", "#d93025", {"version": 1, "match": "all", "rules": [
        {"field": "last_purchase_at", "op": "older_than", "value": {"amount": 12, "unit": "months"}}]}),
    ("Loyal regulars", "#8d6e63", {"version": 1, "match": "all", "rules": [
        {"field": "stage", "op": "in", "value": ["loyal", "ambassador"]}]}),
    ("Newsletter VIP", "#1a73e8", {"version": 1, "match": "all", "rules": [
        {"field": "tags", "op": "includes_all", "value": ["vip", "newsletter"]}]}),
    ("Trade fair 2026", "#188038", None),
)  # fmt: skip


def screenshot_application() -> QApplication:
    """The QApplication of a screenshot: segdesk's names and icon, ``$SEGDESK_LANG`` (default English).

    English and pseudo use Irish formats (€, day/month/year); other languages their own.
    """
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("segdesk")
    app.setApplicationName("segdesk")
    app.setWindowIcon(app_icon())
    if install_translators(app, os.environ.get("SEGDESK_LANG", "en")) in ("en", "pseudo"):
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Ireland))
    return app


def database() -> Store:
    path = OUT / "screenshots.sqlite3"
    fresh = not path.is_file()
    OUT.mkdir(exist_ok=True)
    store = open_store(path)
    if fresh:
        generate_demo(store, 2000, 1, today=TODAY)
        with store.transaction() as session:
            session.merge(Setting(key="currency", value="EUR"))
        for name, colour, rules in SEGMENTS:
            save_segment(store, name, rules, colour=colour)
    return store


def showcase_contact(store: Store) -> int:
    """A person who works for a company and has a good history: what an editor looks like in use."""
    with store.sessions() as session:
        counts = (
            select(Interaction.contact_id, func.count().label("n"))
            .group_by(Interaction.contact_id)
            .subquery()
        )
        found = session.execute(
            select(Contact.id)
            .join(counts, counts.c.contact_id == Contact.id)
            .where(Contact.kind == "person", Contact.company_id.is_not(None), Contact.purchase_count > 1)
            .where(Contact.email.is_not(None), Contact.phone.is_not(None))
            .order_by(counts.c.n.desc(), Contact.id)
            .limit(1)
        ).scalar()
    assert found is not None
    return int(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editor", action="store_true", help="open the selected contact's editor too")
    parser.add_argument(
        "--natural", action="store_true", help="leave the editor at the size it opens with (layout checks)"
    )
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args()

    app = screenshot_application()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "segdesk.ini"), QSettings.Format.IniFormat)
    if wants_dark(settings):
        apply_theme(app, True)
    store = database()
    window = MainWindow(store, settings=settings, save_state=False)
    window.setGeometry(0, 0, args.width, args.height)
    window.show()
    contact_id = showcase_contact(store)

    def select() -> None:
        row = window.model.row_of(contact_id)
        window.list_panel.select_row(row if row is not None else 0)
        table = window.list_panel.table
        table.scrollTo(table.currentIndex(), table.ScrollHint.PositionAtCenter)
        if args.editor:
            editor = window.contacts.edit_contact(contact_id)
            if args.natural:
                editor.move(40, 30)
            else:
                editor.setGeometry(150, 30, 1160, args.height - 50)

    QTimer.singleShot(800, select)
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
