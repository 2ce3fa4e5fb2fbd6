"""The window face of segdesk (PySide6). ``app.py`` starts it with :func:`run_gui`."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from segdesk import __version__
from segdesk.services.databases import Store
from segdesk.ui import qt_fixes  # noqa: F401 - before any signal is emitted (PySide6 6.12 refcount bug)
from segdesk.ui.translation import install_translators

__all__ = ["run_gui", "show_startup_error"]


def _application(argv: list[str] | None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("segdesk")
    app.setApplicationName("segdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("segdesk")
    from segdesk.ui.icons import app_icon  # imports the resource module

    app.setWindowIcon(app_icon())
    return app


def run_gui(
    store: Store,
    *,
    smoke_test: bool = False,
    language: str | None = None,
    argv: list[str] | None = None,
) -> int:
    """Open the main window on ``store`` and run until it is closed; the exit code.

    ``language`` is a code such as ``"it"`` (else ``$SEGDESK_LANG``, else the
    system's). With ``smoke_test`` the window is built, shown, given one round of
    events and closed, without touching the saved window layout, then the checks of
    :mod:`segdesk.ui.smoke` run on a throwaway database: 0 means the installed
    program has all it needs.
    """
    from segdesk.ui.main_window import MainWindow, app_settings
    from segdesk.ui.theme import apply_theme, wants_dark

    app = _application(argv)
    install_translators(app, language)
    if wants_dark(app_settings()):
        apply_theme(app, True)
    window = MainWindow(store, save_state=not smoke_test)
    window.show()
    if not smoke_test:
        from segdesk.ui.welcome import show_welcome_if_due

        show_store_warnings(window, store)
        show_welcome_if_due(window)  # the first start only: demo data, import or empty
    if smoke_test:
        from segdesk.ui.smoke import run_smoke_test

        return run_smoke_test(app, window, language)
    return app.exec()


def show_store_warnings(parent: QWidget, store: Store) -> None:
    """What opening the database found worth saying (a sync folder...), without blocking the window."""
    for warning in store.warnings:
        box = QMessageBox(QMessageBox.Icon.Warning, "segdesk", warning, QMessageBox.StandardButton.Ok, parent)
        box.setModal(False)
        box.show()


def show_startup_error(
    message: str,
    *,
    language: str | None = None,
    argv: list[str] | None = None,
    db: str | os.PathLike[str] | None = None,
    error: BaseException | None = None,
) -> int:
    """Tell the user why segdesk cannot start (the database cannot be opened); exit code 1.

    When ``error`` says the database ``db`` is damaged, the box offers to restore
    the latest good backup; after a restore segdesk starts as usual.
    """
    from segdesk.services.backups import is_damaged_database_error

    app = _application(argv)
    install_translators(app, language)
    if is_damaged_database_error(error):
        from segdesk.services.databases import StoreError, open_database
        from segdesk.ui.startup_recovery import offer_restore

        restored = offer_restore(message, db)
        if restored is None:
            return 1
        try:
            store = open_database(restored)
        except StoreError as exc:
            return show_startup_error(str(exc), language=language, argv=argv)
        try:
            return run_gui(store, language=language, argv=argv)
        finally:
            store.close()
    box = QMessageBox(QMessageBox.Icon.Critical, "segdesk", message, QMessageBox.StandardButton.Close)
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow",
            "Choose another database with --db PATH, or set SEGDESK_DB, and start segdesk again.",
        )
    )
    box.exec()
    return 1
