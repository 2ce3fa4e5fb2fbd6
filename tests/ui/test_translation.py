"""Translations reach the window, code below ui/, and the command line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from segdesk.domain import i18n
from segdesk.domain.fields import DEFAULT_CATALOGUE
from segdesk.store.database import Store
from segdesk.ui.main_window import MainWindow
from segdesk.ui.translation import install_translators, load_cli_translator, resolve_language, segdesk_qm_path


@pytest.mark.parametrize("language", ["en", "it", "fr", "pl", "de", "es"])
def test_every_language_ships_inside_the_package(language: str) -> None:
    path = segdesk_qm_path(language)
    assert path is not None and path.stat().st_size > 0


def test_the_language_comes_from_the_argument_then_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEGDESK_LANG", "pl_PL.UTF-8")
    assert resolve_language("it") == "it"
    assert resolve_language(None) == "pl"
    assert resolve_language("ja") == "en"


def test_the_window_speaks_german(
    qapp: QApplication, qtbot: QtBot, filled_store: Store, settings: QSettings
) -> None:
    assert install_translators(qapp, "de") == "de"
    window = MainWindow(filled_store, settings=settings)
    qtbot.addWidget(window)
    assert window.file_menu.title() == "&Datei"
    assert window.help_menu.title() == "&Hilfe"
    assert window.count_label.text() == "30 Kontakte"
    assert window.sidebar.topLevelItem(0).text(0) == "Alle Kontakte"
    assert window.model.headerData(2, _horizontal()) == "E-Mail"
    # Code below ui/ translates through the hook, plurals included.
    assert DEFAULT_CATALOGUE["city"].translated_label() == "Ort"
    assert i18n.translate("RuleSummary", "%n days", None, 3) == "3 Tagen"


def test_polish_has_three_plural_forms(qapp: QApplication) -> None:
    install_translators(qapp, "pl")
    forms = [i18n.translate("MainWindow", "%Ln contacts", None, n) for n in (1, 3, 5, 22, 25)]
    assert forms == ["1 kontakt", "3 kontakty", "5 kontaktów", "22 kontakty", "25 kontaktów"]


def test_english_uses_singular_and_plural(qapp: QApplication) -> None:
    install_translators(qapp, "en")
    assert i18n.translate("MainWindow", "%Ln contacts", None, 1) == "1 contact"
    assert i18n.translate("MainWindow", "%Ln contacts", None, 2) == "2 contacts"


def test_the_command_line_translator_needs_no_application() -> None:
    load_cli_translator("it")
    try:
        assert i18n.translate("Format", "Yes") == "Sì"
        assert i18n.translate("RuleSummary", "%n days", None, 4) == "4 giorni"
        assert i18n.translate("NoSuchContext", "left as it is") == "left as it is"
    finally:
        i18n.uninstall()


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
