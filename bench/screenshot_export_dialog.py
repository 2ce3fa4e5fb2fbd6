"""Shows File > Export… over the main window with its list of formats open, for the screenshot.

    ../shared/tools/xshot -w 9 -s 1400x860 docs/screenshots/export-dialog.png \\
        python bench/screenshot_export_dialog.py

Uses the database and settings of ``bench/screenshot_window.py``; nothing is written
(the program is stopped while the dialog is open).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog

from screenshot_window import database, screenshot_application
from segdesk.ui import qt_fixes  # noqa: F401 - as the app has it
from segdesk.ui.main_window import MainWindow


def open_formats() -> None:
    dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)), None)
    if dialog is None or not dialog.isVisible():
        QTimer.singleShot(300, open_formats)
        return
    dialog.setGeometry(230, 120, 940, 560)
    combo = dialog.findChild(QComboBox, "fileTypeCombo")
    if combo is not None:
        combo.showPopup()


def main() -> int:
    app = screenshot_application()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "segdesk.ini"), QSettings.Format.IniFormat)
    store = database()
    window = MainWindow(store, settings=settings, save_state=False)
    window.setGeometry(0, 0, 1400, 860)
    window.show()
    QTimer.singleShot(1500, open_formats)
    QTimer.singleShot(1000, window.contacts.export)  # the modal dialog runs until the program is stopped
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
