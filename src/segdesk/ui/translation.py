"""Loading segdesk's and Qt's translations, for the window and for the command line.

segdesk's ``.qm`` files and Qt's own ``qtbase_<lang>.qm`` (standard buttons,
file and colour dialogs) are compiled into :mod:`segdesk.ui.resources_rc` and
loaded from ``:/i18n/``, never from a path relative to the working directory.
Code below ``ui/`` reaches the same translations through
:mod:`segdesk.domain.i18n`, which is pointed at Qt here.

The language ``pseudo`` (``--lang pseudo``, ``SEGDESK_LANG=pseudo``) shows the
English text pseudo-localised (:mod:`segdesk.domain.pseudo_locale`): accented,
longer and in brackets, to find layouts that cut translated text.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QFile, QLocale, QObject, QTranslator

from segdesk.domain import i18n
from segdesk.domain.pseudo_locale import pseudo_localise
from segdesk.ui import resources_rc  # noqa: F401 - registers :/i18n

__all__ = [
    "LANGUAGES",
    "PSEUDO",
    "PseudoTranslator",
    "install_translators",
    "load_cli_translator",
    "qm_resource",
    "remove_translators",
    "resolve_language",
]

LANGUAGES = ("en", "it", "fr", "pl", "de", "es")
ENV_VAR = "SEGDESK_LANG"
PSEUDO = "pseudo"  # not a language: English text made longer and accented, for checking layouts
_installed: list[QTranslator] = []
_cli_translator: QTranslator | None = None


def _code(name: str | None) -> str | None:
    if not name:
        return None
    code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code or None


def resolve_language(language: str | None = None) -> str:
    """The language to show: ``language``, else ``$SEGDESK_LANG``, else the system's; else English."""
    for candidate in (language, os.environ.get(ENV_VAR)):
        code = _code(candidate)
        if code:
            return code if code in (*LANGUAGES, PSEUDO) else "en"
    for name in QLocale.system().uiLanguages():
        code = _code(name)
        if code in LANGUAGES:
            return code
    return "en"


def qm_resource(catalogue: str, language: str) -> str | None:
    """The resource path of ``<catalogue>_<language>.qm`` (``segdesk``, ``qtbase``); None if not shipped."""
    path = f":/i18n/{catalogue}_{language}.qm"
    return path if QFile.exists(path) else None


def _load(catalogue: str, language: str) -> QTranslator | None:
    path = qm_resource(catalogue, language)
    if path is None:
        return None
    translator = QTranslator()
    return translator if translator.load(path) else None


class PseudoTranslator(QTranslator):
    """Every text pseudo-localised: the English (its plural form from ``english``) made longer."""

    def __init__(self, english: QTranslator | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._english = english

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source_text:
            return ""
        text: str | None = None
        if self._english is not None:
            text = self._english.translate(context, source_text, disambiguation, n)
        return pseudo_localise(text or source_text)

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return "en"


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def remove_translators(app: QCoreApplication) -> None:
    """Undo :func:`install_translators`: English text, the system's formats."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.system())
    i18n.uninstall()


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Translate the application into ``language`` (see :func:`resolve_language`); returns the code used.

    Installing again replaces the previous language. An explicit language
    different from the system's also sets the default locale, so dates and
    numbers read the way that language writes them.
    """
    remove_translators(app)
    code = resolve_language(language)
    system = QLocale.system()
    explicit = _code(language) or _code(os.environ.get(ENV_VAR))
    if explicit and code != PSEUDO and QLocale(code).language() != system.language():
        QLocale.setDefault(QLocale(code))
    if code == PSEUDO:
        translators: tuple[QTranslator | None, ...] = (PseudoTranslator(_load("segdesk", "en")),)
    elif code != "en":
        translators = (_load("qtbase", code), _load("segdesk", code))
    else:
        # English source text, but plural forms ("1 contact", "2 contacts") come from segdesk_en.qm.
        translators = (_load("segdesk", "en"),)
    for translator in translators:
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    i18n.install(_qt_translate)
    return code


def load_cli_translator(language: str | None) -> None:
    """Translate messages of code below ``ui/`` for the command line, without a QApplication."""
    global _cli_translator
    code = resolve_language(language)
    translator: QTranslator | None
    if code == PSEUDO:
        translator = PseudoTranslator(_load("segdesk", "en"))
    else:
        translator = _load("segdesk", code)
    if translator is None:
        i18n.uninstall()
        _cli_translator = None
        return
    _cli_translator = translator

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n) or text
        return found.replace("%Ln", QLocale().toString(n)).replace("%n", str(n)) if n >= 0 else found

    i18n.install(translate)
