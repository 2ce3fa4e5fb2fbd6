"""Shows the first-run welcome page (or the Preferences dialog) over the real main window, for screenshots.

    ../shared/tools/xshot -s 1400x860 docs/screenshots/welcome.png python bench/screenshot_first_run.py
    ../shared/tools/xshot -s 1400x860 docs/screenshots/preferences.png \\
        python bench/screenshot_first_run.py --preferences Database
    ../shared/tools/xshot -s 1400x860 docs/screenshots/preferences-general.png \\
        python bench/screenshot_first_run.py --preferences General

Everything lives in a throw-away folder: an empty database (the welcome page) or the
screenshot database of ``screenshot_window.py`` (Preferences), preferences and window
state; the user's own files are never touched.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from screenshot_window import screenshot_application
from segdesk.services.databases import open_database
from segdesk.ui import qt_fixes  # noqa: F401 - as the app has it
from segdesk.ui.main_window import MainWindow
from segdesk.ui.theme import apply_theme, wants_dark


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preferences", metavar="SECTION", help="show Preferences at this section instead")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="segdesk-first-run-"))
    os.environ["SEGDESK_CONFIG_DIR"] = str(home / "config")

    app = screenshot_application()
    settings = QSettings(str(home / "segdesk.ini"), QSettings.Format.IniFormat)
    if wants_dark(settings):
        apply_theme(app, True)
    if args.preferences:
        from screenshot_window import database

        store = database()
    else:
        store = open_database(str(home / "Documents" / "segdesk" / "segdesk.sqlite3"))
    window = MainWindow(store, settings=settings, save_state=False)
    window.setGeometry(0, 0, 1400, 860)
    window.show()

    def show() -> None:
        if args.preferences:
            dialog = window.preferences.open_dialog(modal=False)
            dialog.show_section(args.preferences)
        else:
            from segdesk.ui.welcome import show_welcome_if_due

            dialog = show_welcome_if_due(window)  # type: ignore[assignment]
        assert dialog is not None
        dialog.move(
            (window.width() - dialog.width()) // 2, max(20, (window.height() - dialog.height()) // 2 - 20)
        )

    QTimer.singleShot(500, show)
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
