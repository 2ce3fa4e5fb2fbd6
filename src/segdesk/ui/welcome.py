"""The first start: a welcome page over the main window with three ways to begin.

"Try with Demo Data" fills the database with realistic sample contacts (off the GUI
thread, with progress), "Import My Contacts" opens the import wizard, "Start Empty"
leaves the empty window. The page also says where the database lives (with a way to
change it) and how backups work. Choosing writes the preferences file, so the page is
never shown again; closing it without a choice shows it again next time.
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from segdesk.services.databases import Store
from segdesk.services.demo import generate_demo
from segdesk.services.errors import OperationFailed, UserError
from segdesk.services.preferences import (
    LoadedPreferences,
    backup_folder_for,
    check_computer_preferences,
    load_preferences,
    mark_welcome_done,
    save_preferences,
    welcome_due,
)
from segdesk.ui.icons import icon
from segdesk.ui.workers import JobRunner

if TYPE_CHECKING:
    from segdesk.ui.main_window import MainWindow

__all__ = ["DEMO_CONTACTS", "WelcomeDialog", "show_welcome_if_due"]

DEMO_CONTACTS = 500
DEMO_SEED = 1
# The three choices as cards: a frame that lights up under the mouse (palette colours: light and dark).
CHOICE_STYLE = """
QCommandLinkButton {
    border: 1px solid palette(mid); border-radius: 8px; padding: 10px 14px;
    background: palette(base);
}
QCommandLinkButton:hover { border-color: palette(highlight); background: palette(alternate-base); }
QCommandLinkButton:focus { border: 2px solid palette(highlight); }
QCommandLinkButton:disabled { color: palette(mid); }
"""


class _Progress(QObject):
    """Carries the demo's progress from the worker thread to the GUI thread (a queued signal)."""

    progressed = Signal(int, int)


class WelcomeDialog(QDialog):
    """Welcome to segdesk: demo data, import or empty; where the data lives and how it is kept safe."""

    finishedChoice = Signal(str)  # "demo", "import" or "empty", once done

    def __init__(self, window: MainWindow, *, modal_wizard: bool = True) -> None:
        super().__init__(window)
        self.setObjectName("welcomeDialog")
        self.window_ = window
        self.modal_wizard = modal_wizard
        self.choice: str | None = None
        self.runner = JobRunner(self)
        self._progress = _Progress(self)
        self._progress.progressed.connect(self._show_progress)
        self.setWindowTitle(self.tr("Welcome to segdesk"))
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 24)
        layout.setSpacing(14)
        layout.addLayout(self._header())
        layout.addWidget(self._heading(self.tr("How would you like to start?")))
        self.demo_button = self._choice(
            "demoButton",
            self.tr("Try with Demo Data"),
            self.tr(
                "Explore segdesk with %1 realistic sample customers, their orders and calls. "
                "Best for a first look; start a fresh database for your real contacts."
            ).replace("%1", str(DEMO_CONTACTS)),
            "contacts",
        )
        self.import_button = self._choice(
            "importButton",
            self.tr("Import My Contacts"),
            self.tr(
                "Bring in a spreadsheet (CSV, Excel) or vCards from your phone or mail program; "
                "you check every column before anything is saved."
            ),
            "import",
        )
        self.empty_button = self._choice(
            "emptyButton",
            self.tr("Start Empty"),
            self.tr("Open the empty database and add contacts yourself, one by one."),
            "contact-new",
        )
        for button in (self.demo_button, self.import_button, self.empty_button):
            layout.addWidget(button)
        self.demo_button.clicked.connect(self.try_demo)
        self.import_button.clicked.connect(self.import_contacts)
        self.empty_button.clicked.connect(self.start_empty)

        self.progress = QProgressBar()
        self.progress.setObjectName("demoProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.progress)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addSpacing(4)
        layout.addWidget(line)
        layout.addWidget(self._heading(self.tr("Your data")))
        layout.addLayout(self._data_section())
        self.show_store(window.store)
        self.setMinimumWidth(760)
        self.adjustSize()

    # -- building ----------------------------------------------------------------------------

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setSpacing(16)
        icon = QApplication.windowIcon()
        if not icon.isNull():
            picture = QLabel()
            picture.setPixmap(icon.pixmap(56, 56))
            header.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        title = QLabel(self.tr("Welcome to segdesk"))
        title.setObjectName("welcomeTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        subtitle = QLabel(
            self.tr(
                "Your customers, their purchases and every call in one place: segments for "
                "targeted mailings, follow-up reminders, call sheets and labels."
            )
        )
        subtitle.setWordWrap(True)
        words.addWidget(title)
        words.addWidget(subtitle)
        header.addLayout(words, 1)
        return header

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        label.setFont(font)
        return label

    def _choice(self, name: str, text: str, description: str, icon_name: str) -> QPushButton:
        button = QCommandLinkButton(text, description)
        button.setObjectName(name)
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(32, 32))
        button.setStyleSheet(CHOICE_STYLE)
        return button

    def _data_section(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.database_label = QLabel()
        self.database_label.setObjectName("welcomeDatabase")
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.setObjectName("changeDatabaseButton")
        self.change_button.setToolTip(self.tr("Keep the database in another file (a new or an existing one)"))
        self.change_button.clicked.connect(self.change_database)
        self.backups_label = QLabel()
        self.backups_label.setObjectName("welcomeBackups")
        self.backups_label.setWordWrap(True)
        self.backups_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for row, (title, widget) in enumerate(
            ((self.tr("Database:"), self.database_label), (self.tr("Backups:"), self.backups_label))
        ):
            caption = QLabel(title)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1)
        grid.addWidget(self.change_button, 0, 2, Qt.AlignmentFlag.AlignTop)
        return grid

    def show_store(self, store: Store) -> None:
        """Say where ``store`` lives and how its backups work."""
        path = store.sqlite_path
        if path is None:
            self.database_label.setText(
                self.tr("%1<br><small>A shared PostgreSQL server (team mode).</small>").replace(
                    "%1", html.escape(store.display_name)
                )
            )
            self.backups_label.setText(
                self.tr(
                    "The server's administrator backs up a shared database (for example with pg_dump); "
                    "segdesk does not copy it."
                )
            )
            return
        self.database_label.setText(
            self.tr("<b>%1</b><br><small>One file on this computer; nothing leaves it.</small>").replace(
                "%1", html.escape(str(path))
            )
        )
        loaded = load_preferences()
        folder = store.backup_dir or backup_folder_for(path, loaded.preferences)
        when = self.tr(
            "A verified copy of the database every day, and before every import, bulk delete and "
            "program update, in:"
        )
        kept = self.tr(
            "The newest %1 are kept. File ▸ Backups… restores one; Edit ▸ Preferences… changes "
            "the folder and how many are kept."
        ).replace("%1", str(store.backup_keep))
        self.backups_label.setText(
            f"{html.escape(when)}<br><b>{html.escape(str(folder))}</b><br><small>{html.escape(kept)}</small>"
        )

    # -- the choices ---------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        for button in (self.demo_button, self.import_button, self.empty_button, self.change_button):
            button.setEnabled(not busy)
        self.progress.setVisible(busy)

    def _remember(self) -> None:
        try:
            mark_welcome_done()
        except (UserError, OperationFailed) as exc:  # a read-only configuration folder: say so, go on
            QMessageBox.warning(self, self.tr("Welcome to segdesk"), str(exc))

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self._remember()
        self.accept()
        self.finishedChoice.emit(choice)

    def try_demo(self) -> None:
        """Fill the database with demo contacts on a worker thread; the window shows them when done."""
        self._set_busy(True)
        self.progress.setRange(0, DEMO_CONTACTS)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Adding demo contacts… %v of %m"))
        store, today, progress = self.window_.store, date.today(), self._progress

        def work() -> object:
            return generate_demo(
                store, DEMO_CONTACTS, DEMO_SEED, today=today, progress=progress.progressed.emit
            )

        self.runner.submit(work, lambda _summary: self._demo_done(), self._demo_failed)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _demo_done(self) -> None:
        self._finish("demo")
        self.window_.refresh()

    def _demo_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        QMessageBox.warning(
            self,
            self.tr("Demo Data"),
            self.tr("The demo contacts could not be added: %1").replace("%1", str(error)),
        )

    def import_contacts(self) -> None:
        self._finish("import")
        # After this page has closed, so the wizard stands alone over the window.
        QTimer.singleShot(0, self._open_wizard)

    def _open_wizard(self) -> None:
        wizard = self.window_.imports.open_wizard(modal=self.modal_wizard)
        if not self.modal_wizard:
            wizard.show()

    def start_empty(self) -> None:
        self._finish("empty")

    def change_database(self) -> None:
        """Keep the data in another file: a new one or an existing segdesk database."""
        current = self.window_.store.sqlite_path
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Database File"),
            str(current) if current else "",
            self.tr("segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.use_database(chosen)

    def use_database(self, location: str) -> bool:
        """Open ``location`` in the window and remember it in the preferences; False if it cannot be."""
        loaded = load_preferences()
        try:
            chosen = _with_database(loaded, location, save=False)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Database File"), str(exc))
            return False
        if not self.window_.open_database(chosen):
            return False
        try:
            _with_database(loaded, chosen, save=True)
        except (UserError, OperationFailed) as exc:
            QMessageBox.warning(self, self.tr("Database File"), str(exc))
        self.show_store(self.window_.store)
        return True

    def reject(self) -> None:
        if self.runner.is_busy():
            return  # the demo is being written: it cannot be stopped halfway
        super().reject()


def _with_database(loaded: LoadedPreferences, location: str, *, save: bool) -> str:
    """``location`` checked (and, with ``save``, remembered) as this computer's database."""
    wanted = replace(loaded.preferences, database=location)
    checked = save_preferences(wanted) if save else check_computer_preferences(wanted)
    return checked.database or location


def show_welcome_if_due(window: MainWindow) -> WelcomeDialog | None:
    """Show the welcome page over ``window`` on the first start (no preferences, no contacts)."""
    if not welcome_due(window.store):
        return None
    dialog = WelcomeDialog(window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.raise_()
    return dialog
