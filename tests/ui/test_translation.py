"""Translations reach the window, code below ui/, and the command line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from segdesk.domain import i18n
from segdesk.domain.fields import DEFAULT_CATALOGUE
from segdesk.store.database import Store
from segdesk.ui.main_window import MainWindow
from segdesk.ui.translation import (
    PseudoTranslator,
    install_translators,
    load_cli_translator,
    qm_resource,
    resolve_language,
)

# A segdesk string and Qt's own standard buttons, as each language has them.
EXPECTED = {
    "it": ("&File", "&Sì", "Annulla"),
    "fr": ("&Fichier", "&Oui", "Annuler"),
    "pl": ("&Plik", "&Tak", "Anuluj"),
    "de": ("&Datei", "&Ja", "Abbrechen"),
    "es": ("&Archivo", "&Sí", "Cancelar"),
}


@pytest.mark.parametrize("language", ["en", "it", "fr", "pl", "de", "es"])
def test_every_language_is_in_the_resources(language: str) -> None:
    assert qm_resource("segdesk", language) == f":/i18n/segdesk_{language}.qm"
    if language != "en":
        assert qm_resource("qtbase", language) == f":/i18n/qtbase_{language}.qm"
    assert qm_resource("segdesk", "ja") is None


def _buttons() -> tuple[str, str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel)
    yes = box.button(QDialogButtonBox.StandardButton.Yes)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert yes is not None and cancel is not None
    return yes.text(), cancel.text()


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_segdesk_and_qt_speak_each_language(qapp: QApplication, language: str) -> None:
    assert install_translators(qapp, language) == language
    file_menu, yes, cancel = EXPECTED[language]
    assert QCoreApplication.translate("MainWindow", "&File") == file_menu
    assert _buttons() == (yes, cancel)


def test_translations_load_from_the_resources_not_the_working_directory(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "from PySide6.QtCore import QCoreApplication; from segdesk.ui.translation import install_translators;"
        "app = QCoreApplication([]); install_translators(app, 'pl');"
        "tr = QCoreApplication.translate;"
        "print(tr('MainWindow', '&File'), tr('QPlatformTheme', 'Cancel'))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["&Plik", "Anuluj"]


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


def test_pseudo_localisation_makes_every_text_longer_and_accented(
    qapp: QApplication,
    qtbot: QtBot,
    filled_store: Store,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SEGDESK_LANG", "pseudo")
    assert resolve_language() == "pseudo"
    assert install_translators(qapp) == "pseudo"
    window = MainWindow(filled_store, settings=settings)
    qtbot.addWidget(window)
    assert window.file_menu.title() == "[&Fîļé··]"
    assert window.count_label.text().startswith("[30 çöñţåçţš")
    yes, cancel = _buttons()
    assert yes.startswith("[&Yéš") and cancel.startswith("[Çåñçéļ")
    assert i18n.translate("RuleSummary", "%n days", None, 1).startswith("[1 ðåý")
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.No)
    assert box.buttons()[0].text().startswith("[&Nö")  # the accelerator letter stays


def test_pseudo_translator_keeps_the_english_plural_forms() -> None:
    translator = PseudoTranslator()
    assert translator.translate("Any", "Save %1") == "[Šåṽé %1···]"
    assert translator.translate("Any", "") == ""
    load_cli_translator("pseudo")
    try:
        assert i18n.translate("MainWindow", "%Ln contacts", None, 1) == "[1 çöñţåçţ·····]"
        assert i18n.translate("MainWindow", "%Ln contacts", None, 2) == "[2 çöñţåçţš·····]"
    finally:
        i18n.uninstall()


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
