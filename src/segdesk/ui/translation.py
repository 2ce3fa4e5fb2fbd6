"""Loading segdesk's and Qt's translations, for the window and for the command line.

segdesk's ``.qm`` files ship inside the package (``segdesk/resources/i18n``) and
are found with :mod:`importlib.resources`, never relative to the working
directory; Qt's own ``qtbase_<lang>.qm`` (standard buttons, dialogs) come from
Qt's translations folder when it has them. Code below ``ui/`` reaches the same
translations through :mod:`segdesk.domain.i18n`, which is pointed at Qt here.
"""

from __future__ import annotations

import os
from contextlib import ExitStack
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from segdesk.domain import i18n

__all__ = [
    "LANGUAGES",
    "install_translators",
    "load_cli_translator",
    "remove_translators",
    "resolve_language",
    "segdesk_qm_path",
]

LANGUAGES = ("en", "it", "fr", "pl", "de", "es")
ENV_VAR = "SEGDESK_LANG"

_files = ExitStack()  # keeps extracted .qm files (zipped installs) alive while they are in use
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
            return code if code in LANGUAGES else "en"
    for name in QLocale.system().uiLanguages():
        code = _code(name)
        if code in LANGUAGES:
            return code
    return "en"


def segdesk_qm_path(language: str) -> Path | None:
    """The installed ``segdesk_<language>.qm``, as a real file; None if segdesk has none."""
    resource = resources.files("segdesk").joinpath("resources", "i18n", f"segdesk_{language}.qm")
    if not resource.is_file():
        return None
    return Path(_files.enter_context(resources.as_file(resource)))


def _load_segdesk(language: str) -> QTranslator | None:
    path = segdesk_qm_path(language)
    if path is None:
        return None
    translator = QTranslator()
    return translator if translator.load(str(path)) else None


def _load_qtbase(language: str) -> QTranslator | None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not (Path(folder) / f"qtbase_{language}.qm").is_file():
        return None
    translator = QTranslator()
    return translator if translator.load(f"qtbase_{language}", folder) else None


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
    if explicit and QLocale(code).language() != system.language():
        QLocale.setDefault(QLocale(code))
    if code != "en":
        for translator in (_load_qtbase(code), _load_segdesk(code)):
            if translator is not None and app.installTranslator(translator):
                _installed.append(translator)
    else:
        # English source text, but plural forms ("1 contact", "2 contacts") come from segdesk_en.qm.
        translator = _load_segdesk("en")
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    i18n.install(_qt_translate)
    return code


def load_cli_translator(language: str | None) -> None:
    """Translate messages of code below ``ui/`` for the command line, without a QApplication."""
    global _cli_translator
    code = resolve_language(language)
    translator = _load_segdesk(code)
    if translator is None:
        i18n.uninstall()
        _cli_translator = None
        return
    _cli_translator = translator

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    i18n.install(translate)
