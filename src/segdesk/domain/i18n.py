"""Translation hook for code below ``ui/``.

Layers under ``ui/`` never import Qt, yet their messages must reach the user in
their language. They call :func:`translate` with a context and the English
source text; ``app.py`` installs Qt's translator as the implementation at start
up (for the window and the command line alike).

Call it as ``i18n.translate("Context", "text")`` or, for plurals,
``i18n.translate("Context", "%n contacts", None, n)``: ``pyside6-lupdate`` only
extracts attribute calls with Qt's argument order, and
``QT_TRANSLATE_NOOP("Context", "text")`` for strings translated later.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]


def _identity(context: str, text: str, disambiguation: str | None, n: int) -> str:
    if n >= 0:
        return text.replace("%n", str(n))
    return text


_active: Translator = _identity


def install(translator: Translator) -> None:
    """Route every :func:`translate` call through ``translator``."""
    global _active
    _active = translator


def uninstall() -> None:
    install(_identity)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The user's-language version of ``text`` (``%n`` is replaced by ``n``)."""
    return _active(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # name lupdate looks for
    """Mark ``text`` for extraction; translate later with :func:`translate`."""
    return text


def fill(template: str, *values: object) -> str:
    """Put ``values`` into the ``%1``, ``%2``... placeholders of a translated template."""
    # Highest numbers first, so %1 never eats the start of %10.
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template
